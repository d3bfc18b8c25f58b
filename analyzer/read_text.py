"""Plain text, Markdown and HTML.

Text and Markdown are decoded (UTF-8/UTF-16 by BOM, else UTF-8, else cp1252) and
re-flowed like PDF lines; Markdown headings, list items and inline markup are read as
such. HTML goes through the standard library's `html.parser`, which never loads a DTD
or external entity: block elements become blocks, headings keep their level, ordered
list items get the number a browser would show, table cells become table-cell blocks,
and script, style and other non-content elements are skipped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from analyzer.layout import (
    Para,
    classify,
    format_number,
    reflow,
    split_run_in,
    strip_running_lines,
)
from analyzer.quality import is_word


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _lines(text: str) -> list[tuple[str, int | None]]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    out: list[tuple[str, int | None]] = []
    for line in text.split("\n"):
        parts = split_run_in(line)
        # pieces of one split line are separate blocks: a blank line between them
        for i, part in enumerate(parts):
            if i:
                out.append(("", None))
            out.append((part, None))
    return out


def read_txt(text: str) -> list[Para]:
    """Plain text; form feeds (text saved from a paged layout) are page breaks, whose
    running headers, footers and page numbers are dropped as in a PDF."""
    pages = text.split("\f")
    if len(pages) > 1:
        split = [page.replace("\r\n", "\n").replace("\r", "\n").split("\n") for page in pages]
        kept, _ = strip_running_lines(split)
        text = "\n\n".join(
            "\n".join(lines[i] for i in keep) for lines, keep in zip(split, kept, strict=True)
        )
    return [classify(p) for p in reflow(_lines(text), is_word=is_word)]


# --- Markdown ------------------------------------------------------------------------------

_ATX = re.compile(r"\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"\s{0,3}(=+|-+)\s*$")
_MD_ITEM = re.compile(r"(\s*)(?:[-*+]|(\d{1,3}[.)]))\s+(.*)$")
_TABLE_ROW = re.compile(r"\s{0,3}\|.*\|\s*$")
_TABLE_RULE = re.compile(r"\s{0,3}\|(?:\s*:?-+:?\s*\|)+\s*$")
_FENCE = re.compile(r"\s{0,3}(```|~~~)")
_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)"), r"\1"),
    (re.compile(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w])"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"<[^>\n]+>"), ""),
]


def _inline(text: str) -> str:
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return text


def _filled(lines: list[tuple[str, int | None]]) -> bool:
    return any(text.strip() for text, _ in lines)


def read_md(text: str) -> list[Para]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paras: list[Para] = []
    pending: list[tuple[str, int | None]] = []

    def flush() -> None:
        paras.extend(classify(p) for p in reflow(pending, is_word=is_word))
        pending.clear()

    in_fence = False
    for i, raw in enumerate(lines):
        if _FENCE.match(raw):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            pending.append((raw, None))
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if m := _ATX.match(raw):
            flush()
            paras.append(classify(Para(_inline(m.group(2)), "heading", level=len(m.group(1)))))
        elif (
            raw.strip() and _SETEXT.match(nxt) and not _filled(pending) and not _MD_ITEM.match(raw)
        ):
            level = 1 if nxt.strip().startswith("=") else 2
            paras.append(classify(Para(_inline(raw.strip()), "heading", level=level)))
        elif _SETEXT.match(raw) and paras and paras[-1].kind == "heading" and not _filled(pending):
            continue  # the underline of a setext heading
        elif _TABLE_ROW.match(raw):
            flush()
            if not _TABLE_RULE.match(raw):
                cells = raw.strip().strip("|").split("|")
                paras.extend(Para(_inline(c.strip()), "table-cell") for c in cells if c.strip())
        elif m := _MD_ITEM.match(raw):
            flush()
            indent = len(m.group(1).expandtabs(4)) // 2
            text = _inline(m.group(3))
            if m.group(2):
                text = f"{m.group(2)} {text}"
            paras.append(classify(Para(text, "list-item", level=indent + 1)))
        elif (
            raw.startswith((" ", "\t"))
            and raw.strip()
            and paras
            and paras[-1].kind == "list-item"
            and not _filled(pending)
        ):
            last = paras.pop()
            paras.append(
                Para(
                    f"{last.text} {_inline(raw.strip())}", last.kind, None, last.number, last.level
                )
            )
        elif raw.strip().startswith(">"):
            pending.append((_inline(raw.strip().lstrip("> ")), None))
        else:
            pending.append((_inline(raw), None))
    flush()
    return paras


# --- HTML ----------------------------------------------------------------------------------

_BLOCKS = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
    "pre", "li", "dt", "dd", "td", "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6",
    "tr", "table", "ul", "ol", "dl", "nav", "figure", "figcaption", "address", "hr", "body",
}  # fmt: skip
_SKIP = {
    "script",
    "style",
    "head",
    "title",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
}
_VOID = {
    "br",
    "hr",
    "img",
    "input",
    "meta",
    "link",
    "area",
    "base",
    "col",
    "embed",
    "source",
    "wbr",
}


class _HtmlBlocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paras: list[Para] = []
        self.buffer: list[str] = []
        self.kind = "paragraph"
        self.level = 0
        self.skip = 0
        self.pre = 0
        self.label = ""  # the number a browser shows before an <ol> item
        # [next number, type] per open <ol>; ["", ""] for <ul>
        self.lists: list[list[int | str]] = []

    def flush(self, *, keep_empty: bool = False) -> None:
        """End the current block. At the start of a nested block (<li><p>...) nothing has
        been written yet: keep_empty carries the item's kind and label into it."""
        raw = "".join(self.buffer)
        text = (raw if self.pre else " ".join(raw.split())).strip()
        if not text and keep_empty:
            return
        self.buffer = []
        if text:
            text = f"{self.label} {text}" if self.label else text
            self.paras.append(classify(Para(text, self.kind, level=self.level)))  # type: ignore[arg-type]
        self.kind, self.level, self.label = "paragraph", 0, ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        if tag == "br":
            self.buffer.append("\n" if self.pre else " ")
            return
        if tag not in _BLOCKS:
            return
        self.flush(keep_empty=tag not in ("li", "td", "th", "tr"))
        attr = dict(attrs)
        if tag == "pre":
            self.pre += 1
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.kind, self.level = "heading", int(tag[1])
        elif tag in ("td", "th"):
            self.kind = "table-cell"
        elif tag == "ol":
            start = attr.get("start") or "1"
            self.lists.append(
                [int(start) if start.lstrip("-").isdigit() else 1, attr.get("type") or "1"]
            )
        elif tag == "ul":
            self.lists.append(["", ""])
        elif tag == "li":
            self.kind, self.level = "list-item", len(self.lists) or 1
            if self.lists and self.lists[-1][1]:
                current = self.lists[-1]
                value = attr.get("value")
                n = int(value) if value and value.isdigit() else int(current[0])
                current[0] = n + 1
                self.label = _ol_label(n, str(current[1]))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip or tag not in _BLOCKS:
            return
        self.flush()
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.buffer.append(data)


def _ol_label(n: int, kind: str) -> str:
    fmt = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}.get(
        kind, "decimal"
    )
    value = format_number(n, fmt)
    return f"({value})" if fmt != "decimal" else f"{value}."


_DOCTYPE = re.compile(r"\s*<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.S | re.I)


def read_html(text: str) -> list[Para]:
    """html.parser never expands entities it does not know; a DOCTYPE (with any internal
    subset) is cut off first so its declarations cannot leak into the text."""
    parser = _HtmlBlocks()
    parser.feed(_DOCTYPE.sub("", text, count=1))
    parser.close()
    parser.flush()
    return parser.paras
