"""The obligation engine: Document + Playbook -> Analysis (pure, no I/O).

segment (blocks -> spaCy sentences) -> match (library recognizer, term and cue matchers)
-> context (frames, modality, negation, party) -> verdict (one Finding per obligation).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache, partial
from string import ascii_uppercase

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from analyzer.context import Sentence, keep_longest, link_frames
from analyzer.doc_kind import document_kind
from analyzer.document import Block, BlockKind, Document
from analyzer.findings import Analysis, Evidence
from analyzer.frames import LABOR_GROUPS
from analyzer.layout import PREFIXED
from analyzer.matching import matcher_for
from analyzer.nlp import get_nlp, make_doc
from analyzer.parties import defined_parties
from analyzer.playbook import Playbook
from analyzer.quality import text_quality
from analyzer.recognize import recognize
from analyzer.ruleset import modifiers, segmentation
from analyzer.topic_model import TopicModel, bundled_model, topic_settings
from analyzer.verdict import DocFacts, judge, weigh

CHUNK_CHARS = 100_000
_NUMBER = re.compile(
    r"^\s*((?:(?:Section|Article|Clause|Schedule|Part)\s+)?\d+(?:\.\d+)*\.?|\(?[a-z]{1,4}\)|"
    r"\(\d+\)|[A-Z]\.)\s+",
    re.I,
)
_ITEM = re.compile(
    r"^\s*(?:\(?[a-z0-9]{1,4}\)|[•\-–*·]|(?:(?:Section|Article|Clause)\s+)?\d+(?:\.\d+)*\.?)\s"
)


def document_from_text(text: str, path: str = "<text>") -> Document:
    """A Document from plain text: blank lines end paragraphs, wrapped lines are joined, a
    line that starts with a list marker or clause number starts a block, and a short
    stand-alone line without a final stop is a heading."""
    blocks: list[Block] = []
    pos = 0
    lines: list[tuple[int, int]] = []  # (start, end) of the non-blank lines of a paragraph

    def flush() -> None:
        groups: list[list[tuple[int, int]]] = []
        for start, end in lines:
            if not groups or _ITEM.match(text[start:end]):
                groups.append([(start, end)])
            else:
                groups[-1].append((start, end))
        for group in groups:
            start, end = group[0][0], group[-1][1]
            body = text[start:end]
            number = _NUMBER.match(body)
            words = body.split()
            heading = (
                len(group) == 1
                and len(groups) == 1
                and len(body) <= 90
                and len(words) <= 12
                and not body.endswith((".", ";", ",", ":"))
                and not body[:1].islower()
                and not (number and len(words) > 8)
                and not re.match(r"\(?[a-z0-9]{1,4}\)", body)
                and not body.endswith((" or", " and"))
            )
            kind: BlockKind = (
                "heading" if heading else ("list-item" if _ITEM.match(body) else "paragraph")
            )
            num = number.group(1).rstrip(".") if number else None
            blocks.append(Block(start, end, kind, None, num, num.count(".") + 1 if num else 0))
        lines.clear()

    for line in text.splitlines(keepends=True):
        body = line.strip()
        if body:
            begin = pos + len(line) - len(line.lstrip())
            lines.append((begin, begin + len(body)))
        else:
            flush()
        pos += len(line)
    flush()
    return Document(
        path=path,
        format="txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        text=text,
        blocks=blocks,
        pages=None,
        size=len(text.encode()),
    )


def _chunks(doc: Document) -> list[tuple[int, int, list[int]]]:
    """(start, end, block starts) pieces of the text, cut at block boundaries."""
    blocks = doc.blocks or document_from_text(doc.text).blocks
    out: list[tuple[int, int, list[int]]] = []
    start, starts = 0, list[int]()
    for b in blocks:
        if b.start - start > CHUNK_CHARS and starts:
            out.append((start, b.start, starts))
            start, starts = b.start, []
        starts.append(b.start)
    out.append((start, len(doc.text), starts))
    return out


def _party_matcher(names: dict[str, str]) -> PhraseMatcher | None:
    if not names:
        return None
    nlp = get_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for name, side in names.items():
        matcher.add(side, [nlp.make_doc(name)])
    return matcher


def segment(doc: Document, playbook: Playbook) -> list[Sentence]:
    """Sentences of the document with their term, cue and party hits, frames linked."""
    matcher, _ = matcher_for(playbook)
    parties = _party_matcher(defined_parties(doc.text))
    strings = get_nlp().vocab.strings
    blocks = doc.blocks or document_from_text(doc.text).blocks
    block_starts = [b.start for b in blocks]
    sentences: list[Sentence] = []
    for c_start, c_end, starts in _chunks(doc):
        chunk = make_doc(doc.text[c_start:c_end], [s - c_start for s in starts])
        hits = matcher(chunk)
        party_hits = [(strings[k], s, e) for k, s, e in parties(chunk)] if parties else []
        first = len(sentences)
        for tok_start, tok_end, s_start, s_end in _sentence_spans(chunk, c_start):
            raw = doc.text[s_start:s_end]
            if not raw.strip():
                continue
            start = s_start + len(raw) - len(raw.lstrip())
            end = s_start + len(raw.rstrip())
            block = max(0, bisect_right(block_starts, start) - 1)
            sentences.append(
                Sentence(
                    len(sentences),
                    chunk,
                    tok_start,
                    tok_end,
                    start,
                    end,
                    block,
                    doc.text[start:end],
                )
            )
        tok_starts = [s.tok_start for s in sentences[first:]]
        cues: dict[int, list] = {}
        for hit in hits:
            i = bisect_right(tok_starts, hit.start) - 1
            if i < 0:
                continue
            s = sentences[first + i]
            if hit.end > s.tok_end:
                continue
            if hit.kind == "T":
                s.groups.setdefault(hit.name, hit.start)
            elif hit.kind == "C":
                cues.setdefault(s.index, []).append(hit)
            else:
                s.parties.append((hit.name, hit.start, hit.end))
        for side, ps, pe in party_hits:
            i = bisect_right(tok_starts, ps) - 1
            if i >= 0:
                sentences[first + i].parties.append((side, ps, pe))
        for index, found in cues.items():
            s = sentences[index]
            stops = [c for c in found if c.name == "terminate"]
            kept = keep_longest([c for c in found if c.name != "terminate"]) + keep_longest(stops)
            s.cues = sorted((c for c in kept if c.name != "pseudo"), key=lambda c: c.start)
        for s in sentences[first:]:
            s.parties.sort(key=lambda p: p[1])
    heading_blocks = {i for i, b in enumerate(blocks) if b.kind == "heading"}
    mark_section_refs(doc.text, sentences, blocks, heading_blocks)
    link_frames(sentences, heading_blocks)
    return sentences


def _sentence_spans(chunk: Doc, offset: int) -> list[tuple[int, int, int, int]]:
    """(first token, end token, start char, end char) of each of `chunk.sents`, read from
    arrays (a Span per sentence and its `.text` cost more than the rest of the loop)."""
    n = len(chunk)
    if not n:
        return []
    rows = chunk.to_array([SENT_START, IDX, LENGTH]).astype("int64")
    bounds = [0, *(numpy.nonzero(rows[1:, 0] == 1)[0] + 1).tolist(), n]
    starts = (rows[:, 1] + offset).tolist()
    stops = (rows[:, 1] + rows[:, 2] + offset).tolist()
    return [(a, b, starts[a], stops[b - 1]) for a, b in zip(bounds, bounds[1:], strict=False)]


_XREF = re.compile(
    r"\b(?:section|clause|article|schedule|paragraph|condition|point)s?\s+"
    rf"(\d+(?:[A-Z](?=\.\d))?(?:\.\d+)*|{PREFIXED}\b|[IVXL]{{1,6}}\b)",
    re.I,
)
_SECTION_SIGN = re.compile(r"(?:\bss?\.|§)\s*(\d+(?:\.\d+)*)")  # "s. 14", "ss. 3-5", "§ 7"
# "breaches of 4.2", "the warranty in 6.1 proves untrue": a bare clause number after a
# preposition, not a quantity ("4.2 tonnes", "4.5%")
_BARE_DECIMAL = re.compile(
    r"\b(?:in|of|under|by|with|to|from)\s+(\d+\.\d+(?:\.\d+)*)(?![.,]?\d)"
    r"(?!\s*(?:%|per\b|percent|tonnes?|tons?|kg|kilo|grams?|lbs?|pounds|hours?|days?|weeks?|"
    r"months?|years?|times|million|billion|metres?|meters?|km|cm|mm|litres?|liters?|units?|"
    r"pieces?|points?|degrees?))",
    re.I,
)


def _joint(words: str) -> str:
    """What joins one listed number or item to the next: ", ", ", and ", or one of `words`."""
    return rf"\s*(?:,\s*(?:and/or\s+|and\s+|or\s+)?|({words})\s+)"


# "clauses 5 and 6", "Section 4.2 or 4.3", "sections 3.2, 3.5 or 3.6", "paragraphs 5 to 8"
_LIST_MORE = re.compile(_joint("and/or|and|or|to|through") + r"(\d+(?:\.\d+)*)(?!\.?\d)", re.I)
MAX_RANGE = 20  # "paragraphs 5 to 12" names each paragraph between, up to this many


def _listed(
    text: str, first: str, at: int, more_pattern: re.Pattern[str] = _LIST_MORE
) -> tuple[tuple[str, ...], int]:
    """The clause numbers (or, with `_ITEM_MORE`, list items) a reference lists from its
    first one, and where the list ends."""
    numbers = [first]
    while (more := more_pattern.match(text, at)) is not None:
        word, number = (more.group(1) or "").lower(), more.group(2)
        # "5 to 8", and "6.24 to 6.27" under one parent number
        low_parent, _, low = numbers[-1].rpartition(".")
        high_parent, _, high = number.rpartition(".")
        if (
            word in ("to", "through")
            and low_parent == high_parent
            and low.isdigit()
            and high.isdigit()
        ):
            prefix = f"{low_parent}." if low_parent else ""
            last = min(int(high), int(low) + MAX_RANGE)
            numbers += [f"{prefix}{n}" for n in range(int(low) + 1, last)]
        numbers.append(number)
        at = more.end()
    return tuple(numbers), at


# "if the Contractor breaches SC1 or SC2": a rider's own numbers need no keyword
_BARE_PREFIXED = re.compile(rf"\b({PREFIXED})\b")
_ROMAN = re.compile(r"[IVXL]{1,6}")
_PREFIXED_NUMBER = re.compile(PREFIXED)
# "breach of paragraph (a)", "sub-clause (iii)": a sibling item of the same list
_ITEM_REF = re.compile(
    r"\b(?:paragraph|sub-?paragraph|sub-?clause|sub-?section|item|clause|section)s?\s+"
    r"(\((?:[a-z]{1,4}|\d{1,2})\))",
    re.I,
)
# "paragraph (b) or (c)", "items (a), (b) and (d)"
_ITEM_MORE = re.compile(_joint("and/or|and|or") + r"(\((?:[a-z]{1,4}|\d{1,2})\))", re.I)
ITEM_REACH = 12  # blocks either side of the reference
_REPLACED = re.compile(
    r"\b(?:section|clause|article|paragraph)\s+(\d+(?:\.\d+)*)\b[^.;]{0,80}?"
    r"\b(?:replaced|amended and restated|amended to read)\b[^.;]{0,30}?"
    r"(?:the following|as follows)\s*:?\s*$",
    re.I,
)
# a part attached to the agreement, named by its heading: "Annex 3", "Exhibit B", "Part C"
_ANNEX = re.compile(
    r"\b(annex|exhibit|schedule|appendix|attachment|part)\s+([A-Z]|\d{1,2})\b", re.I
)
_ANNEX_HEADING = re.compile(r"[\[(]?\s*" + _ANNEX.pattern[2:], re.I)  # "[SCHEDULE 7]" too


def _annexes(text: str, blocks: list[Block], heading_blocks: set[int]) -> dict[str, range]:
    """ "annex 3" -> the blocks of the part whose heading starts so, up to the next such part."""
    starts: list[tuple[str, int]] = []
    for i in sorted(heading_blocks):
        match = _ANNEX_HEADING.match(text, blocks[i].start, blocks[i].end)
        if match:
            starts.append((f"{match.group(1)} {match.group(2)}".lower(), i))
    ends = [i for _, i in starts[1:]] + [len(blocks)] if starts else []
    return {name: range(i, end) for (name, i), end in zip(starts, ends, strict=True)}


def mark_section_refs(
    text: str, sentences: list[Sentence], blocks: list[Block], heading_blocks: set[int]
) -> None:
    """Add the virtual group `labor-section-ref` where a sentence points at a labor section:
    "this Rider" / "this Clause" inside a section (or document) about forced labor or labor
    standards, or "Section 9(b)" / "clause 17.4" / "Annex 3" whose target is one."""
    section_of: list[int] = []
    current = 0
    for i, b in enumerate(blocks):
        number = (b.number or "").rstrip(".")
        top = number.isdigit() or ("." not in number and _PREFIXED_NUMBER.fullmatch(number))
        if i in heading_blocks or top:
            current = i
        section_of.append(current)
    topics: dict[int, set[str]] = {}
    for s in sentences:
        topics.setdefault(section_of[s.block] if section_of else 0, set()).update(s.groups)
    title = set(sentences[0].groups) if sentences else set()
    numbered: dict[str, list[int]] = {}
    for i, b in enumerate(blocks):
        if b.number:
            numbered.setdefault(b.number.rstrip("."), []).append(i)
        # an amendment's "Section 14(b) ... is replaced with the following:" quotes the new
        # Section 14(b) in the blocks after it
        replaced = _REPLACED.search(text, b.start, b.end)
        if replaced and i + 1 < len(blocks):
            numbered.setdefault(replaced.group(1), []).append(i + 1)
    targets = [*({g} for g in LABOR_GROUPS), *map(set, segmentation().labor_target_groups)]
    labor_blocks = {s.block for s in sentences if any(t <= s.groups.keys() for t in targets)}

    @cache  # a bare "SC4.2" is looked up to keep the reference, and again to judge it
    def nested(ref: str) -> list[int]:
        """ "SC4.3" where the rider's part "SC4" numbers its clauses "4.1", "4.2", "4.3"."""
        parent, _, tail = ref.partition(".")
        digits = parent.lstrip(ascii_uppercase)
        if not tail or parent not in numbered:
            return []

        def part_of(i: int) -> str:  # the nearest "SC4"-style number above block i
            above = (blocks[j].number or "" for j in range(i - 1, -1, -1))
            return next((n for n in above if _PREFIXED_NUMBER.fullmatch(n) and "." not in n), "")

        return [i for i in numbered.get(f"{digits}.{tail}", ()) if part_of(i) == parent]

    def target_is_labor(ref: str) -> bool:
        # "Article IV" runs to the next roman-numbered article, "Section 4" to the next
        # decimal number outside 4.x, "SC4" to the next such number outside SC4.x
        roman = bool(_ROMAN.fullmatch(ref.upper()))
        prefixed = not roman and bool(_PREFIXED_NUMBER.fullmatch(ref.upper()))
        ref = ref.upper() if roman or prefixed else ref
        starts = numbered.get(ref, [])
        if not starts and prefixed:
            starts = nested(ref)
            ref, prefixed = ref.lstrip(ascii_uppercase), False
        for start in starts:
            end = start + 1
            while end < len(blocks):
                number = blocks[end].number or ""
                if roman and _ROMAN.fullmatch(number):
                    break
                outside = not number.startswith(ref + ".")
                if prefixed and outside and _PREFIXED_NUMBER.fullmatch(number):
                    break
                if not roman and not prefixed and number[:1].isdigit() and outside:
                    break
                end += 1
            if not labor_blocks.isdisjoint(range(start, end)):
                return True
        return False

    annexes = _annexes(text, blocks, heading_blocks)

    def annexes_are_labor(names: tuple[str, ...]) -> bool:
        return any(not labor_blocks.isdisjoint(annexes.get(name, ())) for name in names)

    # the references in each sentence, from one pass over the text (not a search per sentence)
    starts = [s.start for s in sentences]
    pointing: dict[int, bool] = {}

    def any_is_labor(numbers: tuple[str, ...]) -> bool:
        return any(target_is_labor(n) for n in numbers)

    # (start, end, judge, the numbers or names the reference lists)
    refs: list[tuple[int, int, Callable[[tuple[str, ...]], bool], tuple[str, ...]]] = []
    for m in _XREF.finditer(text):
        numbers, end = _listed(text, m.group(1), m.end())
        refs.append((m.start(), end, any_is_labor, numbers))
    refs += [
        (m.start(1), m.end(), any_is_labor, (m.group(1),))
        for pattern in (_SECTION_SIGN, _BARE_PREFIXED, _BARE_DECIMAL)
        for m in pattern.finditer(text)
        if m.group(1) in numbered or (pattern is _BARE_PREFIXED and nested(m.group(1)))
    ]
    if annexes:
        refs += [
            (m.start(), m.end(), annexes_are_labor, (f"{m.group(1)} {m.group(2)}".lower(),))
            for m in _ANNEX.finditer(text)
        ]
    block_starts = [b.start for b in blocks]

    def items_are_labor(items: tuple[str, ...], at: int) -> bool:
        """ "paragraph (a) or (c)" inside a list: for each, the nearest item so numbered, a
        few blocks away."""
        here = bisect_right(block_starts, at) - 1
        near = range(max(0, here - ITEM_REACH), min(len(blocks), here + ITEM_REACH + 1))
        for ref in map(str.lower, items):
            found = [j for j in near if j != here and (blocks[j].number or "").lower() == ref]
            if found and min(found, key=lambda j: (abs(j - here), j > here)) in labor_blocks:
                return True
        return False

    for m in _ITEM_REF.finditer(text):
        items, end = _listed(text, m.group(1), m.end(), _ITEM_MORE)
        refs.append((m.start(), end, partial(items_are_labor, at=m.start()), items))
    for start, end, is_labor, ref in refs:
        i = bisect_right(starts, start) - 1
        if i >= 0 and end <= sentences[i].end and not pointing.get(i):
            pointing[i] = is_labor(ref)

    # "this Schedule", "this Annex": the whole attached part the sentence stands in, not only
    # its section as for "this Clause"
    whole = set(segmentation().whole_part_refs)

    def part_is_labor(block: int) -> bool:
        part = next((r for r in annexes.values() if block in r), None)
        return part is not None and not labor_blocks.isdisjoint(part)

    for s in sentences:
        pos = s.groups.get("self-ref")
        if pos is not None and (
            LABOR_GROUPS & (topics.get(section_of[s.block] if section_of else 0, set()) | title)
            or (pos + 1 < len(s.doc) and s.doc[pos + 1].lower_ in whole and part_is_labor(s.block))
        ):
            s.groups.setdefault("labor-section-ref", pos)
        elif pointing.get(s.index):
            s.groups.setdefault("labor-section-ref", s.tok_start)


def sentences_by_group(sentences: list[Sentence]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for s in sentences:
        for g in s.groups:
            out.setdefault(g, []).append(s.index)
    return out


def _sections(blocks: list[Block]) -> list[str | None]:
    out: list[str | None] = []
    current: str | None = None
    for b in blocks:
        if b.number:
            current = b.number
        out.append(current)
    return out


def analyze_document(
    doc: Document, playbook: Playbook, topics: TopicModel | None = None
) -> Analysis:
    """One Finding per playbook obligation, in playbook order (pure: no I/O). `topics`: the
    topic model that suggests sentences where the rules find nothing (default: the bundled one)."""
    _, compiled = matcher_for(playbook)
    sentences = segment(doc, playbook)
    blocks = doc.blocks or document_from_text(doc.text).blocks
    sections = _sections(blocks)
    evidence_of = {
        s.index: Evidence(
            text=s.text,
            page=blocks[s.block].page if blocks else None,
            section=sections[s.block] if blocks else None,
            start=s.start,
            end=s.end,
        )
        for s in sentences
    }
    quality = text_quality(doc.text)
    facts = DocFacts(
        kind=document_kind(doc.text),
        groups=sentences_by_group(sentences),
        window=modifiers().window,
        quality=quality,
    )
    recognized = recognize(sentences, [ob.id for ob in playbook.obligations])
    weighed = [
        weigh(compiled[ob.id], sentences, facts, recognized, ob.id) for ob in playbook.obligations
    ]
    findings = [
        judge(ob, compiled[ob.id], w, sentences, facts, evidence_of, [])
        for ob, w in zip(playbook.obligations, weighed, strict=True)
    ]
    # the topic model fills what the rules left missing, from sentences the rules have not
    # already given to another obligation ("shall not use child labour" is no forced-labour ban)
    suggested = (topics or bundled_model()).suggest(sentences, topic_settings().context_groups)
    used = {e.start for f in findings for e in f.evidence}
    for i, (ob, finding) in enumerate(zip(playbook.obligations, findings, strict=True)):
        offered = [(p, s) for p, s in suggested.get(ob.id, []) if s.start not in used]
        if finding.status == "missing" and offered:
            findings[i] = judge(
                ob, compiled[ob.id], weighed[i], sentences, facts, evidence_of, offered
            )
    return Analysis(
        document=doc.meta(), playbook=playbook.meta(), findings=findings, quality=quality
    )
