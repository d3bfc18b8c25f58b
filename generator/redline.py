"""A tracked-changes copy of a DOCX contract: the amendment's clauses written into the
contract itself, for counsel to accept or reject one by one in Word or LibreOffice.

- A weak term: its sentence is deleted (w:del) unless it is also evidence of a term the
  contract already binds, and the library clause is inserted (w:ins) right after it; when
  the deletion empties a numbered paragraph, the clause takes over that number.
- A missing term: the clause is inserted as a new section at the end of the body, before
  the signature block (or the section properties); the definitions the clauses use come
  first, as their own section.
- Every change is by author "laborclause" with one fixed date (the amendment's effective
  date), and carries a Word comment citing the obligation id and title.

Only the changed paragraphs are touched: the other paragraphs, the styles, the numbering
definitions and the section properties stay as they are. New paragraphs take the
contract's own heading style and no automatic numbering, so no existing clause is
renumbered; the numbers of new sections are typed, after the contract's last one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn

from generator import text as textmod
from generator.amend import Amendment, Gap, PlannedClause, clause_title
from generator.assemble import Heading, Item, Paragraph
from generator.redline_xml import (
    Revisions,
    comment,
    isolate,
    key,
    normalize,
    run_text,
    runs,
)
from laborclause.errors import DocumentError

INDENT = 567  # twips: list items of an inserted clause
DEFINITIONS_TITLE = "Forced Labor Definitions"
_SIGNATURE = re.compile(
    r"^\s*(?:IN\s+WITNESS\s+WHEREOF|SIGNATURES?\b|SIGNED\s+(?:BY|FOR|ON\s+BEHALF)|"
    r"EXECUTED\s+(?:BY|AS))",
    re.I,
)
_ONLY_NUMBER = re.compile(r"\s*(?:\d+(?:\.\d+)*\.?|\([a-z0-9]{1,4}\))?\s*")


# ---- where things go ------------------------------------------------------------------


def _paragraphs(document: Any) -> Iterator[Any]:
    yield from document.element.body.iter(qn("w:p"))


def _top(element: Any, body: Any) -> Any:
    while element.getparent() is not body:
        element = element.getparent()
    return element


def _find(document: Any, evidence: str) -> tuple[Any, int, int] | None:
    """The paragraph holding `evidence` and its character range in the paragraph's runs."""
    wanted = key(evidence)
    if len(wanted) < 12:
        return None
    for p in _paragraphs(document):
        norm, where = normalize("".join(run_text(r) for r in runs(p)))
        at = norm.find(wanted)
        if at < 0:
            at = norm.find(wanted[:80])
            if at < 0:
                continue
        end = min(len(where) - 1, at + len(wanted) - 1)
        return p, where[at], where[end] + 1
    return None


def _only_number(p: Any) -> bool:
    """Whether all a paragraph still shows, besides deleted text, is a clause number."""
    return bool(_ONLY_NUMBER.fullmatch("".join(run_text(r) for r in runs(p))))


def _end_anchor(document: Any) -> Any:
    """The body element the new sections go before: the signature block, else sectPr."""
    body = document.element.body
    for child in body.iterchildren(qn("w:p")):
        if _SIGNATURE.match("".join(t.text or "" for t in child.iter(qn("w:t")))):
            return child
    return body.find(qn("w:sectPr"))


def _style_of(p: Any) -> str | None:
    style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return None if style is None else str(style.get(qn("w:val")))


def _heading_style(document: Any) -> str | None:
    """The contract's most used top-level heading style ("Heading1"), if it uses one."""
    counts: dict[str, int] = {}
    for p in document.element.body.iterchildren(qn("w:p")):
        style = _style_of(p)
        if style and style.lower().startswith("heading"):
            counts[style] = counts.get(style, 0) + 1
    return min(counts, key=lambda s: (s[-1:], -counts[s])) if counts else None


def _body_style(document: Any) -> str | None:
    """The paragraph style most of the contract's body text uses (None: the default)."""
    counts: dict[str | None, int] = {}
    for p in document.element.body.iterchildren(qn("w:p")):
        style = _style_of(p)
        if style and re.match(r"(?i)heading|title|subtitle|list", style):
            continue
        text = next(p.iter(qn("w:t")), None) is not None
        if text and p.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is None:
            counts[style] = counts.get(style, 0) + 1
    return max(counts, key=lambda s: counts[s]) if counts else None


def _style_numbered(document: Any, style_id: str | None) -> bool:
    """Whether a paragraph style numbers its paragraphs itself (numPr in the style)."""
    if not style_id:
        return False
    for style in document.styles.element.iterchildren(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id:
            return style.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None
    return False


def _next_number(sections: list[str]) -> int | None:
    tops = [int(s.split(".")[0]) for s in sections if s and s.split(".")[0].isdigit()]
    return max(tops) + 1 if tops else None


# ---- what goes in ---------------------------------------------------------------------


def _in_agreement(text: str, agreement: str) -> str:
    """Clause text as part of the agreement itself: "this Amendment" becomes "this Agreement"."""
    text = re.sub(r"\bthis\s+Amendment\b", f"this {agreement}", text)
    return re.sub(r"\bThis\s+Amendment\b", f"This {agreement}", text)


def _definitions(amendment: Amendment) -> list[tuple[str, str]]:
    """(marker, text) of the definitions the amendment lists, then its interpretation text."""
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


def _comment_text(gaps: tuple[Gap, ...], planned: PlannedClause, deleted: bool) -> str:
    cited = "; ".join(f"{g.obligation} ({g.title}, {g.level}, {g.status})" for g in gaps)
    if deleted:
        return (
            f"laborclause: {cited}: this term is only qualified; the library clause "
            f"{planned.clause.id} inserted after it replaces it."
        )
    return f"laborclause: {cited}: inserts the library clause {planned.clause.id}."


@dataclass
class _Redline:
    document: Any
    amendment: Amendment
    revisions: Revisions
    present: list[str]  # normalized evidence of what the contract already binds
    body_style: str | None = None  # the contract's own body paragraph style
    anchors: dict[int, Any] = field(default_factory=dict)  # weak paragraph -> last insertion
    deleted: set[tuple[int, int, int]] = field(default_factory=set)

    def clause(
        self, planned: PlannedClause, heading: str, style: str | None, inline: bool
    ) -> list[Any]:
        """The clause's paragraphs as insertions: a heading paragraph, or (inline) the
        title in bold at the start of the first paragraph."""
        text = _in_agreement(
            self.amendment.clause_texts[planned.clause.id], self.amendment.parties.agreement
        )
        out = [] if inline else [self.heading(heading, style)]
        for index, block in enumerate(textmod.split_blocks(text)):
            if block.is_item:
                out.append(
                    self.revisions.paragraph(
                        block.text, self.body_style, indent=INDENT, marker=block.marker
                    )
                )
            else:
                lead = f"{heading}. " if inline and index == 0 else ""
                out.append(self.revisions.paragraph(block.text, self.body_style, bold_lead=lead))
        return out

    def heading(self, text: str, style: str | None) -> Any:
        if style:
            return self.revisions.paragraph(text, style)
        return self.revisions.paragraph("", self.body_style, bold_lead=text)

    def replace_weak(self, planned: PlannedClause) -> bool:
        """Delete the weak terms and insert the clause after them; False if none is found."""
        located = None
        for gap in planned.gaps:
            for evidence in gap.evidence:
                found = _find(self.document, str(evidence.get("text", "")))
                if found is None:
                    continue
                p, start, end = found
                located = p
                wanted = key(str(evidence.get("text", "")))
                shared = any(k and (k in wanted or wanted in k) for k in self.present)
                spot = (id(p), start, end)
                if shared or spot in self.deleted:
                    continue
                self.deleted.add(spot)
                wrappers = self.revisions.delete(isolate(p, start, end))
                if wrappers:
                    note = _comment_text(planned.gaps, planned, True)
                    comment(self.document, wrappers, note, self.revisions.date)
        if located is None:
            return False
        body = self.document.element.body
        top = _top(located, body)
        title = clause_title(planned.clause, self.amendment.parties)
        paragraphs = self.clause(planned, title, None, inline=True)
        first = paragraphs[0].find(qn("w:ins"))
        if id(top) not in self.anchors and top is located and _only_number(located):
            located.append(first)  # the emptied clause number carries the replacement
            paragraphs = paragraphs[1:]
        after = self.anchors.get(id(top), top)
        for p in paragraphs:
            after.addnext(p)
            after = p
        self.anchors[id(top)] = after
        comment(
            self.document, [first], _comment_text(planned.gaps, planned, False), self.revisions.date
        )
        return True

    def append(self, clauses: list[PlannedClause], number: int | None) -> None:
        """New sections before the signature block: the definitions, then the clauses."""
        style = _heading_style(self.document)
        if _style_numbered(self.document, style):
            number = None  # the style numbers the new headings after the contract's last one
        agreement = self.amendment.parties.agreement
        sections: list[tuple[list[Any], str]] = []

        def numbered(title: str) -> str:
            nonlocal number
            if number is None:
                return title
            number += 1
            return f"{number - 1}. {title}"

        definitions = _definitions(self.amendment)
        if definitions:
            paragraphs = [
                self.heading(numbered(DEFINITIONS_TITLE), style),
                self.revisions.paragraph(
                    f"In this {agreement}, the following terms have the following meanings:",
                    self.body_style,
                ),
            ]
            for marker, value in definitions:
                value = _in_agreement(value, agreement)
                paragraphs.append(
                    self.revisions.paragraph(
                        value, self.body_style, indent=INDENT if marker else None, marker=marker
                    )
                )
            cited = ", ".join(sorted(g.obligation for g in self.amendment.plan.gaps))
            sections.append(
                (paragraphs, f"laborclause: defines the terms the inserted clauses use ({cited}).")
            )
        for planned in clauses:
            title = numbered(clause_title(planned.clause, self.amendment.parties))
            sections.append(
                (
                    self.clause(planned, title, style, inline=False),
                    _comment_text(planned.gaps, planned, False),
                )
            )
        anchor = _end_anchor(self.document)
        for paragraphs, note in sections:
            for p in paragraphs:
                if anchor is not None:
                    anchor.addprevious(p)
                else:
                    self.document.element.body.append(p)
            comment(self.document, [paragraphs[0].find(qn("w:ins"))], note, self.revisions.date)


def write_redline(contract: Path, amendment: Amendment, report: dict[str, Any], out: Path) -> Path:
    """Write `out`: a copy of the DOCX `contract` with the amendment as tracked changes."""
    if contract.suffix.lower() != ".docx":
        raise DocumentError(
            "--redline needs a DOCX contract (tracked changes are a Word feature)", path=contract
        )
    from analyzer.readers import read_document

    try:
        document = docx.Document(str(contract))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a bad package
        raise DocumentError(f"cannot open the DOCX for the redline: {exc}", path=contract) from None
    ids = [int(v) for v in document.element.body.xpath(".//@w:id") if str(v).isdigit()]
    effective = amendment.document.effective_date
    findings = report.get("findings", [])
    redline = _Redline(
        document,
        amendment,
        Revisions(f"{effective.isoformat()}T00:00:00Z", max(ids, default=0) + 1000),
        [
            key(str(e.get("text", "")))
            for f in findings
            if f.get("status") == "present"
            for e in f.get("evidence", [])
        ],
        _body_style(document),
    )
    appended = [
        p for p in amendment.plan.clauses if p.replaces is None or not redline.replace_weak(p)
    ]
    if appended:
        sections = [b.number for b in read_document(contract).blocks if b.number]
        redline.append(appended, _next_number(sections))
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))
    return out
