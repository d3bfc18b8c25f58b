"""Jinja contexts: what clause texts, frame templates and user DOCX templates may use.

- `clause_context`: exactly the names CLAUSES.md promises to clause authors.
- `frame_context`: the clause names plus the data file's sections (dates formatted),
  for templates/<kind>.yaml.
- `template_context`: flat variables for a user's own DOCX template, including the
  assembled sections as `clauses` (number, title, paragraphs).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from generator.data_model import CompanyData

CODE_TITLE = "Supplier Code of Conduct"
RIDER = "forced-labor-clauses"
DISCLAIMER = (
    "Drafting aid, not legal advice: this document was generated from a template and must be "
    "reviewed by qualified counsel before use."
)


def format_date(value: date) -> str:
    """U.S. legal style: 'January 15, 2026'."""
    return f"{value:%B} {value.day}, {value.year}"


def buyer_term(kind: str, data: CompanyData) -> str:
    """The rider uses the defined term ("Buyer"); other kinds use the company's short name."""
    return data.terms.buyer if kind == RIDER else data.company.short_name


def clause_context(kind: str, data: CompanyData) -> dict[str, Any]:
    grievance = data.company.grievance
    return {
        "buyer": buyer_term(kind, data),
        "supplier": data.terms.supplier,
        "company": {"name": data.company.name, "short_name": data.company.short_name},
        "agreement": data.terms.agreement,
        "code_title": CODE_TITLE,
        "options": data.options.model_dump(),
        "grievance": {
            "channel": grievance.channel,
            "name": grievance.name,
            "email": grievance.email or "",
            "phone": grievance.phone or "",
            "url": grievance.url or "",
        },
        "jurisdictions": list(data.document.jurisdictions),
    }


def _section(model: Any, dates: tuple[str, ...] = ()) -> dict[str, Any] | None:
    if model is None:
        return None
    values = model.model_dump()
    for key in dates:
        values[key + "_iso"] = values[key].isoformat()
        values[key] = format_date(values[key])
    return values


def _empty_to_blank(values: dict[str, Any]) -> dict[str, Any]:
    return {k: ("" if v is None else v) for k, v in values.items()}


def frame_context(kind: str, data: CompanyData, title: str = "") -> dict[str, Any]:
    context = clause_context(kind, data)
    company = data.company.model_dump()
    company["grievance"] = context["grievance"]
    context.update(
        {
            "kind": kind,
            "title": title,
            "company": company,
            "terms": data.terms.model_dump(),
            "document": _section(data.document, ("effective_date", "law_as_of")),
            "counterparty": _empty_to_blank(data.supplier.model_dump()),
            "training": _section(data.training, ("date",)),
            "trainee": _section(data.trainee),
            "program": _section(data.program, ("review_date",)),
            "disclaimer": DISCLAIMER if data.document.disclaimer else "",
        }
    )
    return context


def template_context(kind: str, data: CompanyData) -> dict[str, Any]:
    """Variables for a user's DOCX template (rendered by generator.user_template)."""
    from generator.assemble import Heading, Item, Paragraph
    from generator.render import build_document

    document = build_document(kind, data)
    sections: list[dict[str, Any]] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            sections.append(
                {"number": block.number.rstrip("."), "title": block.text, "paragraphs": []}
            )
        elif isinstance(block, (Paragraph, Item)) and sections:
            text = f"{block.marker} {block.text}" if isinstance(block, Item) else block.text
            sections[-1]["paragraphs"].append(text)
    frame = frame_context(kind, data, document.title)
    return {
        "kind": kind,
        "title": document.title,
        "subtitle": document.subtitle,
        "company": frame["company"],
        "supplier": frame["counterparty"],
        "terms": frame["terms"],
        "document": frame["document"],
        "options": frame["options"],
        "training": frame["training"],
        "trainee": frame["trainee"],
        "program": frame["program"],
        "disclaimer": frame["disclaimer"],
        "clauses": sections,
    }
