"""Each report format rendered from fixed report rows, compared with golden files.

Regenerate the golden files after an intended change with
`UPDATE_GOLDEN=1 python -m pytest tests/test_reports.py` and review the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from report_schema import problems

from analyzer.findings import Analysis, Evidence, Finding
from analyzer.pipeline import context_around, error_row
from analyzer.report_formats import CSV_COLUMNS
from analyzer.report_model import catalog_context
from analyzer.reports import FORMATS, format_for, open_writer
from laborclause import load_catalog

GOLDEN = Path(__file__).parent / "golden" / "reports"
TEXT = (
    '1. Definitions. "Supplier" means Acme Parts Ltd. 2. Labor. Supplier shall not use forced, '
    "prison or indentured labor. Supplier shall flow these terms down to its subcontractors. "
    "3. Audits. Buyer may audit Supplier's facilities on notice. Supplier should endeavor to "
    'train its staff <at least yearly> & keep records | per site. =HYPERLINK("x") Supplier '
    "shall pay all fees. 4. Term. This Agreement runs for two years."
)
STATUS_CYCLE = ("present", "present", "weak", "missing")


def _span(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def contract_row(with_context: bool) -> dict[str, Any]:
    """A checked contract: the catalog's obligations, statuses cycling, evidence in TEXT."""
    sentences = [
        "Supplier shall not use forced, prison or indentured labor.",
        "Supplier shall flow these terms down to its subcontractors.",
        "Supplier should endeavor to train its staff <at least yearly> & keep records | per site.",
        '=HYPERLINK("x") Supplier shall pay all fees.',
    ]
    findings = []
    for i, ob in enumerate(load_catalog().obligations):
        status = STATUS_CYCLE[i % 4]
        evidence = []
        if status != "missing":
            sentence = sentences[(i // 4) % len(sentences)] if status == "present" else sentences[2]
            start, end = _span(sentence)
            evidence = [
                Evidence(
                    sentence,
                    page=1 + i // 6,
                    section=f"{2 + i % 2}.{1 + i % 3}",
                    start=start,
                    end=end,
                )
            ]
        findings.append(
            Finding(
                ob.id,
                ob.level,
                status,
                0.5 + (i % 5) / 10,
                evidence,
                clause=ob.id,
                theme=ob.theme,
                reason=f"{status} because rule {i} matched"
                if status != "missing"
                else "no binding clause found",
            )
        )
    row = Analysis(
        {"path": "in/acme supply.pdf", "format": "pdf", "sha256": "0" * 64, "pages": 4},
        {"id": "ctpat-forced-labor", "version": "1"},
        findings,
        quality=0.97,
    ).to_dict()
    if with_context:
        for f in row["findings"]:
            for e in f["evidence"]:
                e["context"] = context_around(TEXT, e["start"], e["end"], chars=60)
    return row


def rows(with_context: bool = False) -> list[dict[str, Any]]:
    docx = contract_row(with_context)
    docx["document"] = {"path": "in/beta.docx", "format": "docx", "sha256": "1" * 64, "pages": None}
    for f in docx["findings"]:
        f["status"], f["evidence"] = (
            ("missing", [])
            if f["level"] == "recommended"
            else (
                "present",
                f["evidence"]
                or [
                    {
                        "text": "Supplier shall pay all fees.",
                        "page": None,
                        "section": "3",
                        "start": 0,
                        "end": 10,
                    }
                ],
            )
        )
    broken = error_row("in/missing/broken.pdf", "corrupt", "not a PDF file (no %PDF header)")
    return [contract_row(with_context), broken, docx]


def render(fmt: str, batch: list[dict[str, Any]], *, color: bool = False) -> str:
    stream = io.StringIO()
    writer = open_writer(fmt, stream, catalog_context(color=color, width=120))
    for row in batch:
        writer.write(row)
    writer.close()
    return stream.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(fmt: str) -> None:
    text = render(fmt, rows(with_context=fmt == "html"))
    golden = GOLDEN / f"report.{fmt}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_fixture_rows_fit_the_schema() -> None:
    for row in rows():
        assert problems(row) == []


def test_jsonl_is_one_line_per_document_in_order() -> None:
    batch = rows()
    lines = render("jsonl", batch).splitlines()
    assert [json.loads(line) for line in lines] == batch


def test_json_is_an_array_of_the_same_objects() -> None:
    batch = rows()
    assert json.loads(render("json", batch)) == batch
    assert json.loads(render("json", [])) == []


def test_csv_has_a_row_per_document_and_obligation() -> None:
    table = list(csv.DictReader(io.StringIO(render("csv", rows()))))
    assert list(table[0]) == CSV_COLUMNS
    ids = load_catalog().ids
    by_path: dict[str, list[dict[str, str]]] = {}
    for line in table:
        by_path.setdefault(line["path"], []).append(line)
    assert list(by_path) == ["in/acme supply.pdf", "in/missing/broken.pdf", "in/beta.docx"]
    assert sorted(line["obligation"] for line in by_path["in/acme supply.pdf"]) == sorted(ids)
    assert by_path["in/missing/broken.pdf"] == [
        dict.fromkeys(CSV_COLUMNS, "")
        | {"path": "in/missing/broken.pdf", "error": "corrupt: not a PDF file (no %PDF header)"}
    ]
    first = next(line for line in by_path["in/acme supply.pdf"] if line["obligation"] == ids[0])
    assert (first["status"], first["page"], first["section"], first["theme"]) == (
        "present",
        "1",
        "2.1",
        "commitment-governance",
    )


def test_csv_neutralises_spreadsheet_formulas() -> None:
    cells = [cell for line in csv.reader(io.StringIO(render("csv", rows()))) for cell in line]
    assert '\'=HYPERLINK("x") Supplier shall pay all fees.' in cells
    assert not any(cell.startswith("=") for cell in cells)


def test_html_escapes_contract_text_and_is_self_contained() -> None:
    page = render("html", rows(with_context=True))
    assert "<at least yearly>" not in page and "&lt;at least yearly&gt; &amp; keep" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    # the evidence is highlighted inside the sentences around it
    assert (
        "Supplier shall not use forced, prison or indentured labor.</mark> Supplier shall flow"
        in page
    )
    assert page.count('<td class="s-error" colspan="24">') == 1
    matrix = page.split("<tbody>")[1].split("</tbody>")[0]
    assert (
        matrix.count('class="s-present"')
        + matrix.count('class="s-weak"')
        + matrix.count('class="s-missing"')
        == 48
    )
    titles = [t.title for t in load_catalog().themes]
    headings = re.findall(r"<h3>(.*?)</h3>", page)
    assert headings[:7] == titles and headings[7:] == titles


def test_table_colour_only_when_asked() -> None:
    plain = render("table", rows())
    assert "\x1b[" not in plain
    assert "\x1b[" in render("table", rows(), color=True)
    themes = [t.title for t in load_catalog().themes]
    positions = [plain.index(t) for t in themes]
    assert positions == sorted(positions)
    assert "in/missing/broken.pdf  ! could not be checked: corrupt: not a PDF file" in plain


def test_markdown_escapes_table_cells() -> None:
    md = render("md", rows())
    assert "keep records \\| per site" in md
    assert md.count("\n## ") == 3 and md.count("### Remedy") == 2


def test_every_format_handles_an_empty_batch() -> None:
    assert render("jsonl", []) == ""
    assert render("json", []) == "[]\n"
    assert render("csv", []) == ",".join(CSV_COLUMNS) + "\n"
    assert "No documents." in render("md", []) and "No documents." in render("table", [])
    assert "0 documents" in render("html", [])


@pytest.mark.parametrize(
    ("fmt", "output", "expected"),
    [
        (None, None, "table"),
        (None, "r.HTML", "html"),
        (None, "r.ndjson", "jsonl"),
        (None, "r.pdf", "table"),
        ("csv", "r.html", "csv"),
        (None, "report.md", "md"),
    ],
)
def test_format_from_output_suffix(fmt: str | None, output: str | None, expected: str) -> None:
    assert format_for(fmt, output) == expected


def test_narrow_table_drops_the_evidence_column_and_fits() -> None:
    stream = io.StringIO()
    writer = open_writer("table", stream, catalog_context(width=80))
    writer.write(rows()[0])
    writer.close()
    lines = stream.getvalue().splitlines()
    header = next(line for line in lines if line.startswith("Obligation"))
    assert "Evidence" not in header and "Where" in header
    assert max(len(line.rstrip()) for line in lines) <= 80
    assert "  forced-labor-prohibition" in stream.getvalue()
