"""From an analysis to an amendment: which clauses close which gaps, and the document.

    report = analyze_contract(Path("supplier.docx"))            # or a saved analyze report
    plan = plan_amendment(report, data, level="recommended")     # gaps -> library clauses
    amendment = build_amendment(plan, parties, data)             # -> generator.assemble.Document

A `missing` obligation gets the library clause that covers it; a `weak` one gets the
clause too, and the clause says which provision of the contract it replaces (deleted when
that provision carries nothing the contract already binds, supplemented and superseded
where it does). `present` obligations are left alone. The document is the generator's own
model, so the DOCX, Markdown and PDF writers draw it like any other document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from generator import text as textmod
from generator.amend_frame import AmendmentFrame, load_amendment_frame, used_definitions
from generator.amend_parties import ContractParties
from generator.assemble import SIGNATURE_LINE, Block, Document, Heading, Item, Paragraph, Signatures
from generator.clause_library import Clause, load_library
from generator.context import CODE_TITLE, DISCLAIMER, RIDER, clause_context, format_date
from generator.data_model import CompanyData
from laborclause.catalog import load_catalog

LEVELS = {"required": ("required",), "recommended": ("required", "recommended")}
QUOTE_CHARS = 160
LABEL_SECTIONS = "templates/amendment.yaml sections"


@dataclass(frozen=True)
class Gap:
    """One obligation the contract lacks (`missing`) or states only in qualified form (`weak`)."""

    obligation: str
    title: str
    level: str
    status: Literal["missing", "weak"]
    reason: str
    evidence: tuple[dict[str, Any], ...]  # for weak: text, section, page, start, end


@dataclass(frozen=True)
class Replacement:
    """What a clause for a weak term supersedes in the contract."""

    mode: Literal["replace", "supplement", "quote"]
    sections: tuple[str, ...]  # the contract's section numbers ("8.3"); empty for quote
    quote: str  # the weak text, for contracts without section numbers


@dataclass(frozen=True)
class PlannedClause:
    clause: Clause
    gaps: tuple[Gap, ...]
    replaces: Replacement | None = None
    number: str = ""  # its section number in the amendment, once built


@dataclass
class AmendmentPlan:
    clauses: list[PlannedClause]
    unfilled: list[Gap] = field(default_factory=list)  # gaps no library clause fills
    present: list[str] = field(default_factory=list)  # obligations the contract has

    @property
    def gaps(self) -> list[Gap]:
        return [gap for planned in self.clauses for gap in planned.gaps]

    @property
    def targeted(self) -> list[str]:
        return [gap.obligation for gap in self.gaps]


@dataclass(frozen=True)
class Amendment:
    document: Document
    plan: AmendmentPlan
    parties: ContractParties
    clause_texts: dict[str, str]  # clause id -> the rendered text as the amendment has it


def _evidence_sections(findings: list[dict[str, Any]], status: str) -> set[str]:
    return {
        str(e["section"])
        for f in findings
        if f.get("status") == status
        for e in f.get("evidence", [])
        if e.get("section")
    }


def _replacement(gap: Gap, present_sections: set[str]) -> Replacement:
    sections = tuple(dict.fromkeys(str(e["section"]) for e in gap.evidence if e.get("section")))
    if not sections:
        text = " ".join(str(gap.evidence[0].get("text", "")).split()) if gap.evidence else ""
        quote = text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS].rsplit(" ", 1)[0] + " ..."
        return Replacement("quote", (), quote)
    shared = any(s in present_sections for s in sections)
    return Replacement("supplement" if shared else "replace", sections, "")


def _choose_clause(obligation: str, suggested: str | None, data: CompanyData) -> Clause | None:
    library = load_library()
    options = [
        c
        for c in library.covering(obligation)
        if c.applies(RIDER, data.document.style, data.document.jurisdictions)
    ]
    for clause in options:
        if clause.id == suggested:
            return clause
    return options[0] if options else None


def plan_amendment(
    report: dict[str, Any], data: CompanyData, level: str = "recommended"
) -> AmendmentPlan:
    """The clauses that close the report's gaps at `level` (required, or recommended = both)."""
    catalog = load_catalog()
    findings = list(report.get("findings", []))
    present_sections = _evidence_sections(findings, "present")
    wanted = LEVELS[level]
    by_clause: dict[str, list[Gap]] = {}
    clauses: dict[str, Clause] = {}
    plan = AmendmentPlan(
        clauses=[], present=[f["obligation"] for f in findings if f["status"] == "present"]
    )
    for finding in findings:
        if finding["status"] not in ("missing", "weak") or finding["level"] not in wanted:
            continue
        obligation = finding["obligation"]
        try:
            title = catalog.get(obligation).title
        except KeyError:
            title = obligation
        gap = Gap(
            obligation,
            title,
            finding["level"],
            finding["status"],
            str(finding.get("reason", "")),
            tuple(finding.get("evidence", []) if finding["status"] == "weak" else ()),
        )
        clause = _choose_clause(obligation, finding.get("clause"), data)
        if clause is None:
            plan.unfilled.append(gap)
            continue
        clauses[clause.id] = clause
        by_clause.setdefault(clause.id, []).append(gap)
    ordered = sorted(clauses.values(), key=lambda c: (c.order, c.id))
    for clause in ordered:
        gaps = tuple(by_clause[clause.id])
        weak = [g for g in gaps if g.status == "weak"]
        plan.clauses.append(
            PlannedClause(clause, gaps, _replacement(weak[0], present_sections) if weak else None)
        )
    return plan


# ---- the document --------------------------------------------------------------------


def _join(values: list[str]) -> str:
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1]


def _context(parties: ContractParties, data: CompanyData, plan: AmendmentPlan) -> dict[str, Any]:
    context = clause_context(RIDER, data)
    context.update(
        buyer=parties.buyer,
        supplier=parties.supplier,
        agreement=parties.agreement,
        code_title=parties.code_title or CODE_TITLE,
        buyer_name=parties.buyer_name or "",
        supplier_name=parties.supplier_name or "",
        agreement_title=parties.agreement_title or "",
        agreement_date=parties.agreement_date or "",
        number=1,
        effective_date=format_date(data.document.effective_date),
        replaces=any(p.replaces is not None for p in plan.clauses),
        adds=any(g.status == "missing" for g in plan.gaps),
    )
    return context


def clause_title(clause: Clause, parties: ContractParties) -> str:
    """The clause's heading; the code of conduct clause takes the name the contract gives
    the buyer's code ("Vendor Code of Conduct")."""
    return clause.title.replace(CODE_TITLE, parties.code_title or CODE_TITLE)


def _punctuate(items: list[str]) -> list[str]:
    """Items taken out of a longer list, punctuated again: ";" after each, "; and" before
    the last, "." at the end."""
    core = [re.sub(r"(?:;\s*and|;|\.)\s*$", "", item.rstrip()) for item in items]
    ends = ["; and" if i == len(core) - 2 else ";" for i in range(len(core) - 1)] + ["."]
    return [text + end for text, end in zip(core, ends, strict=True)] if core else []


class _Builder:
    """Blocks with clause numbers ("1.") and list markers ("(a)") as the writers expect."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.number = 0
        self.items = 0

    def heading(self, text: str, numbered: bool) -> str:
        self.items = 0
        number = ""
        if numbered:
            self.number += 1
            number = f"{self.number}."
        self.blocks.append(Heading(text, 1, number))
        return number.rstrip(".")

    def body(self, rendered: str) -> None:
        for block in textmod.split_blocks(rendered):
            if block.is_item:
                self.blocks.append(Item(block.text, f"({chr(97 + self.items)})"))
                self.items += 1
            else:
                self.blocks.append(Paragraph(block.text))


def _supersedes(
    frame: AmendmentFrame,
    planned: PlannedClause,
    number: str,
    groups: dict[tuple[str, ...], list[str]],
    context: dict[str, Any],
) -> str:
    replaced = planned.replaces
    assert replaced is not None
    this = f"this Section {number}"
    if replaced.mode == "replace":
        numbers = groups[replaced.sections]
        this = this if len(numbers) == 1 else f"Sections {_join(numbers)} of this Amendment"
    template = getattr(frame.supersedes, replaced.mode)
    values = {
        **context,
        "sections": ("Section " if len(replaced.sections) == 1 else "Sections ")
        + _join(list(replaced.sections))
        if replaced.sections
        else "",
        "count": len(replaced.sections),
        "this": this,
        "quote": replaced.quote,
        "topic": _join(
            [g.title[0].lower() + g.title[1:] for g in planned.gaps if g.status == "weak"]
        ),
    }
    text = textmod.render(template, values, f"templates/amendment.yaml supersedes.{replaced.mode}")
    return text[0].upper() + text[1:]


def build_amendment(plan: AmendmentPlan, parties: ContractParties, data: CompanyData) -> Amendment:
    """The amendment document for a non-empty plan."""
    if not plan.clauses:
        raise ValueError("no clauses to add: the contract has no gaps at this level")
    frame = load_amendment_frame()
    library = load_library()
    context = _context(parties, data, plan)
    variant = data.document.variant
    texts = {
        p.clause.id: frame.replace(p.clause.render(RIDER, variant, context)) for p in plan.clauses
    }
    # Numbers are known before rendering: the frame's numbered sections before the clauses.
    before = 0
    for section in frame.sections:
        if section.insert == "clauses":
            break
        before += int(section.numbered)
    clause_numbers = [str(before + i + 1) for i in range(len(plan.clauses))]
    first, last = clause_numbers[0], clause_numbers[-1]
    context["clause_sections"] = (
        f"Section {first}"
        if len(clause_numbers) == 1
        else f"Sections {first} and {last}"
        if len(clause_numbers) == 2
        else f"Sections {first} to {last}"
    )
    groups: dict[tuple[str, ...], list[str]] = {}
    for planned, number in zip(plan.clauses, clause_numbers, strict=True):
        if planned.replaces is not None and planned.replaces.mode == "replace":
            groups.setdefault(planned.replaces.sections, []).append(number)
    supersedes = {
        planned.clause.id: _supersedes(frame, planned, number, groups, context)
        for planned, number in zip(plan.clauses, clause_numbers, strict=True)
        if planned.replaces is not None
    }

    context["terms"] = True  # the definitions lead-in; settled once the terms are known
    frame_texts = [
        frame.replace(textmod.render(s.body + "\n" + s.after, context, "templates/amendment.yaml"))
        for s in frame.sections
    ]
    definitions = [
        b.text
        for b in textmod.split_blocks(library.get("definitions").render(RIDER, variant, context))
        if b.is_item
    ]
    used = [*texts.values(), *supersedes.values(), *frame_texts]
    terms = _punctuate(used_definitions(definitions, used))
    context["terms"] = bool(terms)

    builder = _Builder()
    if data.document.disclaimer:
        builder.blocks.append(Paragraph(DISCLAIMER, role="note"))
    placed: list[PlannedClause] = []
    for index, section in enumerate(frame.sections):
        name = f"{LABEL_SECTIONS}[{index}]"
        if section.heading:
            builder.heading(textmod.render(section.heading, context, name), section.numbered)
        for r_index, recital in enumerate(section.recitals):
            rendered = " ".join(textmod.render(recital, context, name).split())
            builder.blocks.append(Item(rendered, f"({chr(65 + r_index)})", "recital"))
        if section.body:
            builder.body(textmod.render(section.body, context, name))
        if section.insert == "definitions":
            for term in terms:
                builder.blocks.append(Item(term, f"({chr(97 + builder.items)})"))
                builder.items += 1
            if section.after:
                builder.body(textmod.render(section.after, context, name))
        elif section.insert == "clauses":
            for planned in plan.clauses:
                number = builder.heading(clause_title(planned.clause, parties), numbered=True)
                if planned.clause.id in supersedes:
                    builder.blocks.append(Paragraph(supersedes[planned.clause.id]))
                builder.body(texts[planned.clause.id])
                placed.append(PlannedClause(planned.clause, planned.gaps, planned.replaces, number))
    assert [p.number for p in placed] == clause_numbers
    signatures = tuple(
        (
            textmod.render(spec.heading, context, f"{LABEL_SECTIONS} signatures"),
            tuple(
                (k, textmod.render(v, context, "signatures") or SIGNATURE_LINE)
                for k, v in spec.rows
            ),
        )
        for spec in frame.signatures
    )
    builder.blocks.append(
        Signatures(textmod.render(frame.signature_intro, context, "signature_intro"), signatures)
    )
    title = " ".join(textmod.render(frame.title, context, "templates/amendment.yaml title").split())
    document = Document(
        kind="amendment",
        title=title,
        subtitle=" ".join(textmod.render(frame.subtitle, context, "subtitle").split()),
        company=parties.buyer_name or data.company.name,
        version=data.document.version,
        effective_date=data.document.effective_date,
        disclaimer=DISCLAIMER if data.document.disclaimer else "",
        blocks=tuple(builder.blocks),
    )
    return Amendment(document, AmendmentPlan(placed, plan.unfilled, plan.present), parties, texts)
