"""A tracked-changes copy of a DOCX contract: the amendment's clauses written into the
contract itself, for counsel to accept or reject one by one in Word or LibreOffice.

- A weak term: its sentence is deleted (w:del) unless it is also evidence of a term the
  contract already binds, and the library clause is inserted (w:ins) right after it.
- A missing term: the clause is inserted as a new numbered section at the end of the body,
  before the signature block (or the section properties); the definitions the clauses use
  come first, as their own section.
- Every change is by author "laborclause" with one fixed date (the amendment's effective
  date), and carries a Word comment citing the obligation id and title.

Only the changed paragraphs are touched: the original's other paragraphs, styles,
numbering definitions and section properties stay as they are. New paragraphs take the
contract's own heading style and carry no automatic numbering, so no existing clause is
renumbered; their numbers are typed.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from generator import text as textmod
from generator.amend import Amendment, Gap, PlannedClause, clause_title
from generator.assemble import Heading, Item, Paragraph
from laborclause.errors import DocumentError

AUTHOR = "laborclause"
INITIALS = "LC"
INDENT = 567  # twips: list items of an inserted clause
_NUMBER = re.compile(r"^\s*(?:(?:Section|Article|Clause)\s+)?(?:\d+(?:\.\d+)*\.?|\([a-z0-9]{1,4}\))\s+", re.I)
_SIGNATURE = re.compile(
    r"^\s*(?:IN\s+WITNESS\s+WHEREOF|SIGNATURES?\b|SIGNED\s+(?:BY|FOR|ON\s+BEHALF)|EXECUTED\s+(?:BY|AS))",
    re.I,
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def _normalize(text: str) -> tuple[str, list[int]]:
    """Whitespace collapsed and quotes straightened, with each character's index in `text`."""
    out: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text.translate(_QUOTES)):
        if char.isspace():
            if not out or out[-1] == " ":
                continue
            char = " "
        out.append(char)
        where.append(index)
    return "".join(out), where


def _key(text: str) -> str:
    return _normalize(_NUMBER.sub("", text))[0].strip()


# ---- runs and their text ---------------------------------------------------------------


def _el(tag: str, attrs: dict[str, str] | None = None, parent: Any = None) -> Any:
    """A WordprocessingML element of python-docx's own classes (so its run methods work)."""
    element = OxmlElement(tag, attrs=attrs or {})
    if parent is not None:
        parent.append(element)
    return element


def _runs(p: Any) -> list[Any]:
    return list(p.xpath("./w:r | ./w:hyperlink/w:r | ./w:smartTag/w:r"))


def _run_text(r: Any) -> str:
    parts = []
    for child in r:
        if child.tag == qn("w:t"):
            parts.append(child.text or "")
        elif child.tag == qn("w:tab"):
            parts.append("\t")
        elif child.tag in (qn("w:br"), qn("w:cr")):
            parts.append("\n")
    return "".join(parts)


def _plain(r: Any) -> bool:
    """A run of rPr and w:t only: safe to split at any character."""
    return all(c.tag in (qn("w:rPr"), qn("w:t")) for c in r)


def _split(r: Any, at: int) -> Any:
    """Split a plain run at character `at`; returns the second half (inserted after `r`)."""
    text = _run_text(r)
    tail = copy.deepcopy(r)
    for node, value in ((r, text[:at]), (tail, text[at:])):
        for t in node.findall(qn("w:t")):
            node.remove(t)
        t = _el("w:t", parent=node)
        t.text = value
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.addnext(tail)
    return tail


def _isolate(p: Any, start: int, end: int) -> list[Any]:
    """The runs of `p` that cover characters [start, end), split at the ends where possible."""
    chosen = []
    position = 0
    for r in _runs(p):
        text = _run_text(r)
        lo, hi = position, position + len(text)
        position = hi
        if hi <= start or lo >= end or not text:
            continue
        if _plain(r) and lo < start:
            r = _split(r, start - lo)
            lo = start
        if _plain(r) and hi > end:
            _split(r, end - lo)
        chosen.append(r)
    return chosen


# ---- tracked changes and comments -----------------------------------------------------


@dataclass
class _Revisions:
    date: str
    next_id: int

    def attrs(self) -> dict[str, str]:
        self.next_id += 1
        return {qn("w:id"): str(self.next_id), qn("w:author"): AUTHOR, qn("w:date"): self.date}

    def delete(self, runs: list[Any]) -> list[Any]:
        wrappers = []
        for r in runs:
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
            wrapper = _el("w:del", self.attrs())
            r.addprevious(wrapper)
            wrapper.append(r)
            wrappers.append(wrapper)
        return wrappers

    def paragraph(self, text: str, style: str | None, *, bold_lead: str = "", indent: int | None = None) -> Any:
        """A new paragraph whose mark and runs are tracked insertions."""
        p = _el("w:p")
        p_pr = _el("w:pPr", parent=p)
        if style:
            _el("w:pStyle", {qn("w:val"): style}, p_pr)
        if indent:
            _el("w:ind", {qn("w:left"): str(indent), qn("w:hanging"): str(indent)}, p_pr)
        _el("w:ins", self.attrs(), _el("w:rPr", parent=p_pr))
        ins = _el("w:ins", self.attrs(), p)
        for value, bold in ((bold_lead, True), (text, False)):
            if not value:
                continue
            r = _el("w:r", parent=ins)
            if bold:
                _el("w:b", parent=_el("w:rPr", parent=r))
            t = _el("w:t", parent=r)
            t.text = value
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return p


def _comment(document: Any, elements: list[Any], text: str, date: str) -> None:
    """A comment over `elements` (runs, or w:ins/w:del wrappers), markers outside the wrappers."""
    first, last = elements[0], elements[-1]
    first_run = first if first.tag == qn("w:r") else first.find(qn("w:r"))
    last_run = last if last.tag == qn("w:r") else last.findall(qn("w:r"))[-1]
    paragraph = DocxParagraph(first_run.getparent(), None)
    comment = document.add_comment(
        [Run(first_run, paragraph), Run(last_run, paragraph)], text=text, author=AUTHOR, initials=INITIALS
    )
    comment._comment_elm.set(qn("w:date"), date)
    cid = str(comment.comment_id)
    start = first_run.getprevious()
    end = last_run.getnext()
    reference = end.getnext()
    if first is not first_run:
        first.addprevious(start)
    if last is not last_run:
        last.addnext(reference)
        last.addnext(end)


# ---- where things go ------------------------------------------------------------------


def _body_paragraphs(document: Any) -> Iterator[Any]:
    yield from document.element.body.iter(qn("w:p"))


def _top(element: Any, body: Any) -> Any:
    while element.getparent() is not body:
        element = element.getparent()
    return element


def _find(document: Any, evidence: str) -> tuple[Any, int, int] | None:
    """The paragraph holding `evidence` and its character range in the paragraph's runs."""
    key = _key(evidence)
    if len(key) < 12:
        return None
    for p in _body_paragraphs(document):
        text = "".join(_run_text(r) for r in _runs(p))
        norm, where = _normalize(text)
        at = norm.find(key)
        if at < 0:
            probe = key[:80]
            at = norm.find(probe)
            if at < 0:
                continue
        end = min(len(where) - 1, at + len(key) - 1)
        return p, where[at], where[end] + 1
    return None


def _only_number(p: Any) -> bool:
    """Whether all a paragraph still shows, besides deleted text, is a clause number."""
    kept = "".join(_run_text(r) for r in _runs(p))
    return bool(re.fullmatch(r"\s*(?:\d+(?:\.\d+)*\.?|\([a-z0-9]{1,4}\))?\s*", kept))


def _end_anchor(document: Any) -> Any:
    """The body element the appended sections go before: the signature block, else sectPr."""
    body = document.element.body
    children = [c for c in body if c.tag in (qn("w:p"), qn("w:tbl"))]
    for child in children:
        text = "".join(t.text or "" for t in child.iter(qn("w:t")))
        if child.tag == qn("w:p") and _SIGNATURE.match(text):
            return child
    sect = body.find(qn("w:sectPr"))
    if sect is not None:
        return sect
    return None


def _heading_style(document: Any) -> str | None:
    counts: dict[str, int] = {}
    for p in document.element.body.iterchildren(qn("w:p")):
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is not None and style.get(qn("w:val"), "").lower().startswith("heading"):
            counts[style.get(qn("w:val"))] = counts.get(style.get(qn("w:val")), 0) + 1
    return min(counts, key=lambda s: (s[-1:], -counts[s])) if counts else None


def _next_number(sections: list[str]) -> int | None:
    tops = [int(s.split(".")[0]) for s in sections if s and s.split(".")[0].isdigit()]
    return max(tops) + 1 if tops else None


# ---- the redline ----------------------------------------------------------------------


def _in_agreement(text: str, agreement: str) -> str:
    """Clause text as part of the agreement itself: "this Amendment" becomes "this Agreement"."""
    text = re.sub(r"\bthis\s+Amendment\b", f"this {agreement}", text)
    return re.sub(r"\bThis\s+Amendment\b", f"This {agreement}", text)


def _clause_paragraphs(revisions: _Revisions, text: str, title: str, heading: str | None, body_style: str | None, inline_title: bool) -> list[Any]:
    out = []
    blocks = textmod.split_blocks(text)
    if not inline_title:
        out.append(revisions.paragraph(title, heading, bold_lead="" if heading else ""))
        if not heading:
            out[-1] = revisions.paragraph("", None, bold_lead=title)
    for index, block in enumerate(blocks):
        lead = f"{title}. " if inline_title and index == 0 else ""
        if block.is_item:
            out.append(revisions.paragraph(f"{block.marker} {block.text}", body_style, indent=INDENT))
        else:
            out.append(revisions.paragraph(block.text, body_style, bold_lead=lead))
    return out


def _definitions(amendment: Amendment) -> list[tuple[str, str]]:
    """(marker, text) of the definitions the amendment lists, and the interpretation sentence."""
    out: list[tuple[str, str]] = []
    inside = False
    for block in amendment.document.blocks:
        if isinstance(block, Heading):
            if inside:
                break
            inside = block.text.startswith("Definitions")
        elif inside and isinstance(block, Item):
            out.append((block.marker, block.text))
        elif inside and isinstance(block, Paragraph) and out:
            out.append(("", block.text))
    return out


def _comment_text(gaps: tuple[Gap, ...], clause: PlannedClause, deleted: bool) -> str:
    cited = "; ".join(f"{g.obligation} ({g.title}, {g.level}, {g.status})" for g in gaps)
    if deleted:
        return f"laborclause: {cited}: this term is only qualified; it is replaced by the clause {clause.clause.id} inserted after it."
    return f"laborclause: {cited}: inserts the library clause {clause.clause.id} ({clause.clause.title})."


def write_redline(contract: Path, amendment: Amendment, report: dict[str, Any], out: Path) -> Path:
    if contract.suffix.lower() != ".docx":
        raise DocumentError("--redline needs a DOCX contract (tracked changes are a Word feature)", path=contract)
    try:
        document = docx.Document(str(contract))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a bad package
        raise DocumentError(f"cannot open the DOCX for the redline: {exc}", path=contract) from None
    body = document.element.body
    effective = amendment.document.effective_date
    ids = [int(v) for v in body.xpath(".//@w:id") if str(v).isdigit()]
    revisions = _Revisions(f"{effective.isoformat()}T00:00:00Z", max(ids, default=0) + 1000)
    agreement = amendment.parties.agreement
    heading_style = _heading_style(document)
    present_keys = [
        _key(e.get("text", ""))
        for f in report.get("findings", [])
        if f.get("status") == "present"
        for e in f.get("evidence", [])
    ]
    sections = [str(e.get("section")) for f in report.get("findings", []) for e in f.get("evidence", []) if e.get("section")]
    from analyzer.readers import read_document

    sections += [b.number for b in read_document(contract).blocks if b.number]
    number = _next_number(sections)
    appended: list[tuple[PlannedClause, str]] = []
    anchors: dict[int, Any] = {}  # weak paragraph -> the last element inserted after it
    deleted: set[tuple[int, int, int]] = set()
    for planned in amendment.plan.clauses:
        text = _in_agreement(amendment.clause_texts[planned.clause.id], agreement)
        weak = [g for g in planned.gaps if g.status == "weak"]
        located = None
        for gap in weak:
            for evidence in gap.evidence:
                found = _find(document, str(evidence.get("text", "")))
                if found is None:
                    continue
                p, start, end = found
                located = p
                key = _key(str(evidence.get("text", "")))
                shared = any(k and (k in key or key in k) for k in present_keys)
                spot = (id(p), start, end)
                if not shared and spot not in deleted:
                    deleted.add(spot)
                    wrappers = revisions.delete(_isolate(p, start, end))
                    if wrappers:
                        _comment(document, wrappers, _comment_text(planned.gaps, planned, True), revisions.date)
        if located is None:
            appended.append((planned, text))
            continue
        top = _top(located, body)
        style = located.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        body_style = style.get(qn("w:val")) if style is not None and not str(style.get(qn("w:val"))).lower().startswith("heading") else None
        paragraphs = _clause_paragraphs(revisions, text, clause_title(planned.clause, amendment.parties), None, body_style, inline_title=True)
        first_ins = paragraphs[0].find(qn("w:ins"))
        if id(top) not in anchors and top is located and _only_number(located):
            # The whole term is deleted: its clause number carries the replacement.
            located.append(first_ins)
            paragraphs = paragraphs[1:]
        after = anchors.get(id(top), top)
        for p in paragraphs:
            after.addnext(p)
            after = p
        anchors[id(top)] = after
        _comment(document, [first_ins], _comment_text(planned.gaps, planned, False), revisions.date)
    if appended:
        anchor = _end_anchor(document)
        new: list[tuple[list[Any], PlannedClause | None]] = []
        definitions = _definitions(amendment)
        if definitions:
            title = "Forced Labor Definitions"
            heading = f"{number}. {title}" if number else title
            lead = f"In this {agreement}, the following terms have the following meanings:"
            ps = [revisions.paragraph(heading, heading_style) if heading_style else revisions.paragraph("", None, bold_lead=heading),
                  revisions.paragraph(lead, None)]
            for marker, value in definitions:
                value = _in_agreement(value, agreement)
                ps.append(revisions.paragraph(f"{marker} {value}" if marker else value, None, indent=INDENT if marker else None))
            new.append((ps, None))
            number = number + 1 if number else None
        for planned, text in appended:
            title = clause_title(planned.clause, amendment.parties)
            heading = f"{number}. {title}" if number else title
            number = number + 1 if number else None
            new.append((_clause_paragraphs(revisions, text, heading, heading_style, None, inline_title=False), planned))
        for ps, planned in new:
            for p in ps:
                if anchor is not None:
                    anchor.addprevious(p)
                else:
                    body.append(p)
            gaps = planned.gaps if planned else tuple(g for c in amendment.plan.clauses for g in c.gaps)
            note = (
                _comment_text(planned.gaps, planned, False)
                if planned
                else "laborclause: defines the terms the inserted clauses use ("
                + ", ".join(sorted({g.obligation for g in gaps}))
                + ")."
            )
            _comment(document, [ps[0].find(qn("w:ins"))], note, revisions.date)
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))
    return out
