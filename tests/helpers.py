"""Small helpers several test modules share: test data files, DOCX text, soffice runs, the
variables the clause-text tests render with (in the generator's own jinja environment), and
the phrasing-row harness of the analyzer's rule tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest

from generator import pdf
from generator.text import environment

# the clause-text tests render in the generator's own environment (StrictUndefined, trim_blocks)
clause_environment = environment


def write_csv(tmp_path: Path, text: str, name: str = "rows.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def docx_all_text(path: Path) -> str:
    """The paragraphs' text, then every table cell's, one per line."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def count_soffice_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that gets an item each time LibreOffice is started (it still runs)."""
    runs: list[int] = []
    real = pdf._run_soffice

    def counting(*args: object, **kwargs: object) -> str:
        runs.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "_run_soffice", counting)
    return runs


def clause_variables(
    kind: str,
    jurisdictions: list[str],
    *,
    company: str = "Acme Outdoor Goods, Inc.",
    buyer: str = "Buyer",
    supplier: str = "Supplier",
    agreement: str = "Agreement",
    code_title: str = "Supplier Code of Conduct",
) -> dict[str, Any]:
    """The variables CLAUSES.md promises every clause text, and nothing else; the rider
    (forced-labor-clauses) names the company by its defined term."""
    return {
        "buyer": buyer if kind == "forced-labor-clauses" else "Acme",
        "supplier": supplier,
        "company": {"name": company, "short_name": "Acme"},
        "agreement": agreement,
        "code_title": code_title,
        "options": {
            "notice_days": 5,
            "cure_days": 30,
            "records_years": 7,
            "audit_notice_days": 10,
            "training_frequency": "at least once a year",
        },
        "grievance": {"channel": "the Acme Speak-Up Line (speakup@acme.example, +1 800 555 0100)"},
        "jurisdictions": list(jurisdictions),
    }


PhrasingRow = tuple[str, str, str, str]  # id, document text, obligation id, expected status


def phrasing_params(rows: list[PhrasingRow]) -> list[Any]:
    """pytest params (text, obligation, expected) of phrasing rows, with their ids as test ids."""
    ids = [row[0] for row in rows]
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicated, f"duplicate row ids: {duplicated}"
    return [pytest.param(text, ob, expected, id=i) for i, text, ob, expected in rows]


def assert_status(text: str, obligation: str, expected: str) -> None:
    """The default playbook's finding for `obligation` in a plain-text document."""
    from analyzer.engine import analyze_document, document_from_text
    from analyzer.pipeline import cached_playbook

    analysis = analyze_document(document_from_text(text), cached_playbook(None))
    finding = next(f for f in analysis.findings if f.obligation == obligation)
    assert finding.status == expected, finding.reason


# The opening of the documents the phrasing rows are written into.
CONTRACT = (
    "SUPPLY AGREEMENT\n\n"
    'This Agreement is made between Harbor Retail Inc. ("Buyer") and Delta Textiles Ltd. '
    '("Supplier").\n\n'
)
CODE = "SUPPLIER CODE OF CONDUCT\n\nThis Code applies to all suppliers of Meridian Home.\n\n"
FL = CONTRACT + "Supplier shall not use forced labour in any form.\n\n"  # a labour ban first
FL_SECTION = (
    CONTRACT + "9. FORCED LABOUR\n\n9.1 Supplier shall not use forced labour in any form.\n\n"
)
