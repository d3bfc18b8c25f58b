"""Shared text cleanup: from raw lines to numbered, located paragraphs.

Every reader ends here. PDF and plain text arrive as hard-wrapped lines: running headers,
footers and page numbers are dropped, words hyphenated across a line break are joined,
and lines are re-flowed into paragraphs. Every format then gets its clause numbers
("12.3", "Section 14.2", "ARTICLE 5", "(b)") detected at the start of a block, and
`assemble` joins the blocks into the Document text with exact offsets.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from analyzer.document import Block, BlockKind

BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Para:
    """A block before offsets are known."""

    text: str
    kind: BlockKind = "paragraph"
    page: int | None = None
    number: str | None = None
    level: int = 0


# --- clause numbers -------------------------------------------------------------------

_KEYWORD = re.compile(
    r"(?P<kw>(?:article|section|clause)\s+|(?:s\.|§)\s*)"
    r"(?P<num>\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,7}|[ivxlc]{1,7})"
    r"(?=[\s.:)\-\u2013\u2014]|$)",
    re.I,
)
# "12.3", "7A.1" (a clause inserted after clause 7), "5." or "5)"
_DECIMAL = re.compile(
    r"(?P<num>\d{1,3}[A-Z]?(?:\.\d{1,3})+)\.?(?=\s|$)|(?P<single>\d{1,3})[.)](?=\s|$)"
)
# a rider's or schedule's own numbering: "SC4.1 The Purchaser ...", "R2 Notices", "B3.1",
# "C.2", "F-4"; the label must be followed by a capital, bracket or quote ("CO2 emissions" is no
# clause)
PREFIXED = r"[A-Z]{1,3}[.-]?\d{1,3}(?:\.\d{1,3})*"
_PREFIXED = re.compile(rf"(?P<num>{PREFIXED})\.?(?=\s+[A-Z(\"\u201c]|\s*$)")
_BULLET = re.compile(r"[\u2022\u00b7\u25aa\u25cf\u2013*-]\s+")
_PAREN = re.compile(r"\((?P<num>[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]|\d{1,3})\)(?=\s|$)")
_LETTER = re.compile(r"(?P<num>[a-z]|[ivx]{2,5})[.)](?=\s)|(?P<upper>[A-Z]|[IVX]{2,5})\.(?=\s)")
_CLOSERS = "'\"\u201d)"


def _ends_with(text: str, marks: str) -> bool:
    """Whether text ends with one of `marks`, possibly followed by a quote or bracket."""
    text = text.rstrip()
    if text and text[-1] in _CLOSERS:
        text = text[:-1]
    return bool(text) and text[-1] in marks


@dataclass(frozen=True)
class ClauseNumber:
    number: str  # normalised: "12.3", "5", "V", "(b)"
    depth: int  # decimal depth (1 for "5", 2 for "12.3"); 0 for letters and romans
    keyword: bool  # "Article 5", "Section 14.2"
    end: int  # where the label ends in the text


def detect_number(text: str) -> ClauseNumber | None:
    """The clause number a block starts with, if any."""
    m = _KEYWORD.match(text)
    if m and not text[m.end() :].lstrip(" .:)")[:1].islower():
        # "Section 5 shall survive ..." is a sentence about a clause, not its heading
        num = m.group("num")
        depth = num.count(".") + 1 if num[0].isdigit() else 1
        return ClauseNumber(num, depth, True, m.end())
    m = _DECIMAL.match(text)
    if m:
        num = m.group("num") or m.group("single")
        return ClauseNumber(num, num.count(".") + 1, False, m.end())
    m = _PREFIXED.match(text)
    if m:
        num = m.group("num")
        return ClauseNumber(num, num.count(".") + 1, False, m.end())
    m = _PAREN.match(text)
    if m:
        return ClauseNumber(f"({m.group('num')})", 0, False, m.end())
    m = _LETTER.match(text)
    if m:
        if m.group("num"):
            return ClauseNumber(f"({m.group('num')})", 0, False, m.end())
        return ClauseNumber(m.group("upper"), 1, False, m.end())
    return None


def classify(para: Para) -> Para:
    """Fill number, kind and level from the text when the reader did not know them."""
    found = detect_number(para.text)
    if found is None:
        if para.kind == "paragraph" and _BULLET.match(para.text):
            return replace(para, kind="list-item", level=para.level or 1)
        if para.kind == "paragraph" and _looks_like_heading(para.text):
            return replace(para, kind="heading", level=para.level or 1)
        return para
    rest = para.text[found.end :].lstrip(" .:-\u2013\u2014\t").rstrip()
    kind = para.kind
    if kind == "paragraph":
        lettered = found.number.startswith("(")
        short_title = 0 < len(rest) <= 80 and not _ends_with(rest, ".;:,!?") and not lettered
        kind = "heading" if (short_title or (found.keyword and not rest)) else "list-item"
    level = para.level or max(found.depth, 1)
    return replace(para, number=para.number or found.number, kind=kind, level=level)


def _looks_like_heading(text: str) -> bool:
    if len(text) > 80 or _ends_with(text, ".;:,!?"):
        return False
    words = text.split()
    if not words or len(words) > 10:
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3:
        return False
    if all(c.isupper() for c in letters):
        return True
    small = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
    return all(w[0].isupper() or w in small or not w[0].isalpha() for w in words)


# --- list labels ------------------------------------------------------------------------


def format_number(n: int, fmt: str) -> str:
    """A list counter in a Word numFmt: decimal, lowerLetter, upperRoman, ordinal..."""
    if fmt in ("lowerLetter", "upperLetter"):
        s = _letters(n)
        return s if fmt == "lowerLetter" else s.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s if fmt == "lowerRoman" else s.upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return str(n)


def _letters(n: int) -> str:
    # Word repeats the letter: a..z, aa..zz, aaa..
    if n <= 0:
        return ""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    if n <= 0:
        return str(n)
    out = []
    for value, sym in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


# --- running headers, footers and page numbers -----------------------------------------

_PAGE_NUMBER = re.compile(
    r"(?:page\s*)?(?:#+|[ivxlc]{1,6})(?:\s*(?:of|/)\s*#+)?"
    r"|[-\u2013\u2014]\s*(?:#+|[ivxlc]{1,6})\s*[-\u2013\u2014]|#+\s*/\s*#+",
    re.I,
)
_ZONE = 3  # lines at the top and bottom of a page where headers and footers live


def _template(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def _signatures(line: str, page: int) -> set[tuple[str, int | None]]:
    """What must repeat across pages: the exact line, or its wording with a number that
    follows the page number ("Page 3 of 12", "Acme Supply Agreement - 7")."""
    text = " ".join(line.split())
    found = re.findall(r"\d+", text)
    numbers = {int(n) for n in found[:4] + found[-4:]}
    return {(text.lower(), None)} | {(_template(text), n - page) for n in numbers}


def _prose(text: str) -> bool:
    """A line that reads as part of a sentence is body text even if it repeats: it goes
    on in lower case, or it is a long line ending like a sentence."""
    return text[:1].islower() or (len(text.split()) >= 8 and _ends_with(text, ".;:,"))


def strip_running_lines(pages: list[list[str]]) -> tuple[list[list[int]], list[str]]:
    """Drop lines that repeat at the top or bottom of most pages, and bare page numbers.

    A line counts as running when the same text, or the same wording around a number
    that moves with the page, sits in the header or footer zone of many pages (30%).
    Returns, per page, the indices of the lines to keep, and the distinct removed lines
    (kept apart from the body).
    """
    zones: list[set[int]] = []
    counts: Counter[tuple[str, int | None]] = Counter()
    for page, lines in enumerate(pages, 1):
        filled = [i for i, line in enumerate(lines) if line.strip()]
        zone = {i for i in filled[:_ZONE] + filled[-_ZONE:] if not _prose(lines[i].strip())}
        zones.append(zone)
        counts.update(set().union(*(_signatures(lines[i], page) for i in zone)))
    # a third of the pages: running heads alternate between odd and even pages and change
    # with each chapter, so "most pages" would miss them
    need = max(2, -(-len(pages) * 3 // 10))
    repeated = {k for k, n in counts.items() if n >= need}
    removed: dict[str, None] = {}
    cleaned: list[list[int]] = []
    for page, (lines, zone) in enumerate(zip(pages, zones, strict=True), 1):
        keep = []
        for i, line in enumerate(lines):
            text = " ".join(line.split())
            if i in zone and (
                _PAGE_NUMBER.fullmatch(_template(text)) or _signatures(text, page) & repeated
            ):
                removed[text] = None
                continue
            keep.append(i)
        cleaned.append(keep)
    return cleaned, list(removed)


# --- re-flowing hard-wrapped lines ---------------------------------------------------------

_FIRST_WORD = re.compile(r"[a-z]+")
_RULE_LINE = re.compile(r"(?:[-=_*~\u2013\u2014] ?){3,}")  # "-----", "=====", "* * *"


def paragraph_gaps(baselines: list[float | None]) -> list[bool]:
    """For each line of a page, whether a wider than usual vertical gap precedes it.

    Baselines are in PDF units (growing up the page). The usual gap is the median
    distance between consecutive lines; a gap over 1.3 times that is paragraph spacing.
    """
    steps = [
        (a - b) if a is not None and b is not None else None
        for a, b in zip([None, *baselines], baselines, strict=False)
    ]
    positive = sorted(d for d in steps if d is not None and d > 0.5)
    if len(positive) < 3:
        return [False] * len(baselines)
    usual = positive[len(positive) // 2]
    return [d is not None and d > 1.3 * usual for d in steps]


def reflow(
    lines: Iterable[tuple[str, int | None] | tuple[str, int | None, bool]],
    *,
    is_word: Callable[[str], bool] | None = None,
) -> list[Para]:
    """Join hard-wrapped lines into paragraphs. A blank line or a drawn rule ("-----")
    always ends a paragraph.

    `lines` are (text, page) or (text, page, gap) tuples; a paragraph keeps the page of
    its first line. A new paragraph starts after a vertical gap (PDF) unless the line
    goes on in lower case, at a clause number or bullet after a line that could end one,
    after a short line ending a sentence, and around heading-like lines.
    """
    items = [
        (" ".join(item[0].split()), item[1], len(item) > 2 and bool(item[2])) for item in lines
    ]
    lengths = sorted(len(t) for t, _, _ in items if t)
    width = lengths[int(len(lengths) * 0.9)] if lengths else 80
    paras: list[Para] = []
    current: list[str] = []
    page_of: int | None = None

    def flush() -> None:
        nonlocal current
        if current:
            paras.append(Para("".join(current).strip(), page=page_of))
        current = []

    prev = ""
    for text, page, gap in items:
        if not text or _RULE_LINE.fullmatch(text):  # a drawn rule separates, it is not text
            flush()
            prev = ""
            continue
        if current and (_starts_block(prev, text, width) or (gap and not text[0].islower())):
            flush()
        if not current:
            current, page_of = [text], page
        else:
            current[-1], joined = _join(current[-1], text, is_word)
            current.append(joined)
        prev = text
    flush()
    return paras


_LIST_JOINER = re.compile(r"[;,] (?:and|or|and/or)$")
# "NOW, THEREFORE", "IN WITNESS WHEREOF", "WHEREAS the Parties"
_CAPS_LEAD = re.compile(r"[A-Z]{2,}[,:]? [A-Z]{2,}|[A-Z]{5,}[,:]? ")


# words a heading does not end on, and a wrapped clause line often does; modal verbs, which
# make a numbered line a clause, not its title
_OPEN_END = re.compile(
    r"\b(?:the|a|an|and|or|of|to|in|for|with|by|that|all|any|each|its|their|on|at|from|as|"
    r"is|are|be|not|no|per|under)$",
    re.I,
)
_MODAL = re.compile(r"\b(?:shall|must|will|may|should|agrees?|warrants?|undertakes?)\b", re.I)


def _numbered_title(line: str) -> bool:
    """ "3. Supplier risk rating", "Q6. Can a factory keep ID cards?": a clause number and a
    few words in sentence case, the title of the text on the next line."""
    found = detect_number(line)
    if found is None or found.number.startswith("("):
        return False
    rest = line[found.end :].strip(" .:-\u2013\u2014")
    return (
        0 < len(rest.split()) <= 10
        and rest[:1].isupper()
        and not _ends_with(rest, ".;:,")
        and not _OPEN_END.search(rest)
        and not _MODAL.search(rest)
    )


def _starts_block(prev: str, line: str, width: int) -> bool:
    prev_short = len(prev) < 0.75 * width
    prev_ends = _ends_with(prev, ".;:!?")
    if _looks_like_heading(prev) and (prev_short or prev.isupper() or detect_number(prev)):
        return True
    if prev_short and _numbered_title(prev) and (line[0].isupper() or line[0] in '("\u201c'):
        return True
    if detect_number(line) or _BULLET.match(line):
        return prev_ends or prev_short or bool(_LIST_JOINER.search(prev))
    if prev_ends and _CAPS_LEAD.match(line):
        return True
    if _looks_like_heading(line) and (prev_ends or prev_short) and len(line) < 0.6 * width:
        return True
    return (
        prev_ends
        and prev_short
        and (line[0].isupper() or line[0].isdigit() or line[0] in '("\u201c')
    )


def _join(prev: str, line: str, is_word: Callable[[str], bool] | None) -> tuple[str, str]:
    """Return the (possibly edited) previous line and the text to append after it."""
    if not (len(prev) > 1 and prev[-1] == "-" and prev[-2].isalpha()):
        return prev, " " + line
    if line[0].isupper():
        return prev, line  # "Non-" + "Compliance": a hyphenated compound, no space
    first = _FIRST_WORD.match(line)
    if first:
        start = len(prev) - 1
        while start > 0 and prev[start - 1].isalpha():
            start -= 1
        head, tail = prev[start:-1], first.group()
        # "obli-" + "gation" -> "obligation"; a real compound ("self-" + "employed") keeps it
        if is_word is None or is_word(head + tail) or not (is_word(head) and is_word(tail)):
            return prev[:-1], line
        return prev, line
    return prev, " " + line


_RUN_IN = re.compile(
    r"(?<=[.;:\"\u201d)]) +"
    r"(?=(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.|ARTICLE (?:\d{1,2}|[IVX]{1,5}))"
    r" +[\"\u201c(]?[A-Z])"
)
LONG_LINE = 400


def split_run_in(line: str) -> list[str]:
    """Split a long unwrapped line (a page exported as one line) before clause numbers
    that follow a sentence end: "... any successor. 1.5 Forecasted Needs ..." """
    if len(line) < LONG_LINE:
        return [line]
    return [part for part in _RUN_IN.split(line) if part.strip()]


# --- the Document text ---------------------------------------------------------------------


_BLANK_LINES = re.compile(r"\n\s*\n")


def assemble(paras: Iterable[Para]) -> tuple[str, list[Block]]:
    """Join blocks with a blank line; return the text and blocks with exact offsets.

    Each block also gets `section`: its own clause number or the one it falls under, with
    lettered items qualified by their decimal clause ("14.2(b)").
    """
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    decimal: str | None = None
    decimal_depth = 0
    section: str | None = None
    for para in paras:
        # a blank line inside a block (two line breaks, <pre>) would read as a block boundary
        text = _BLANK_LINES.sub("\n", para.text.strip())
        if not text:
            continue
        if parts:
            offset += len(BLOCK_SEPARATOR)
        level = para.level
        if para.number:
            if para.number.startswith("("):
                section = f"{decimal}{para.number}" if decimal else para.number
                if para.kind == "list-item" and level <= decimal_depth:
                    level = decimal_depth + 1
            else:
                decimal = section = para.number
                decimal_depth = para.number.count(".") + 1
        blocks.append(
            Block(offset, offset + len(text), para.kind, para.page, para.number, level, section)
        )
        parts.append(text)
        offset += len(text)
    return BLOCK_SEPARATOR.join(parts), blocks
