"""`laborclause analyze` end to end: exit codes, streaming formats, errors per document, order."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from readers_pdfkit import make_pdf
from report_schema import check_jsonl
from rich.console import Console

from analyzer.analyze_run import LiveStream
from analyzer.commands import SizeType
from cli import cli
from laborclause import load_catalog

# the shared schema checker next to the project checkout (absent in a plain clone)
CHECK_REPORT = Path(__file__).resolve().parents[2] / "shared" / "tools" / "check-report"

GOOD = """MASTER SUPPLY AGREEMENT

1. Definitions. "Supplier" means Acme Parts Ltd. and "Buyer" means Northwind Retail Inc.

2. Forced Labor. Supplier shall not use forced, prison, indentured, bonded or trafficked labor
in the manufacture of the Goods.

3. Compliance with Laws. Supplier shall comply with 19 U.S.C. 1307, the Uyghur Forced Labor
Prevention Act and the UK Modern Slavery Act 2015.

4. Audits. Buyer or its designated third-party auditor may conduct announced and unannounced
audits of Supplier's facilities, records and worker housing to verify compliance with Section 2.

5. Payment. Buyer shall pay each invoice within sixty days of receipt.
"""
BARE = """PURCHASE ORDER TERMS

1. Delivery. Seller shall deliver the Goods to the address stated in the order.

2. Payment. Buyer shall pay each invoice within thirty days.
"""
AMENDMENT = """AMENDMENT No. 1

1. Audits. Seller shall permit Buyer or its designated third-party auditor to conduct announced
and unannounced audits of Seller's facilities, records and worker housing to verify that no
forced labor is used.
"""


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["analyze", *args], catch_exceptions=False)


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """c-good.txt, a-broken.pdf (corrupt), b-bare.md: the walk gives them in sorted order."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "c-good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "a-broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\n")
    (folder / "b-bare.md").write_text(BARE, encoding="utf-8")
    (folder / "notes.xlsx").write_bytes(b"PK\x03\x04 not walked")
    return folder


def statuses(row: dict) -> dict[str, str]:
    return {f["obligation"]: f["status"] for f in row["findings"]}


def test_batch_with_a_corrupt_pdf_reports_every_document_in_order(batch: Path) -> None:
    result = run(str(batch), "--format", "jsonl", "--workers", "1")
    assert result.exit_code == 2
    rows = check_jsonl(result.stdout)
    assert [Path(r["document"]["path"]).name for r in rows] == [
        "a-broken.pdf",
        "b-bare.md",
        "c-good.txt",
    ]
    broken, bare, good = rows
    assert broken["error"]["code"] == "corrupt" and broken["error"]["message"]
    assert broken["document"]["sha256"] and broken["document"]["pages"] is None
    assert [f["obligation"] for f in good["findings"]] == load_catalog().ids
    assert statuses(good)["forced-labor-prohibition"] == "present"
    assert statuses(bare)["forced-labor-prohibition"] == "missing"
    errors = result.stderr.splitlines()
    assert errors[0] == (
        f"laborclause: error: {batch / 'a-broken.pdf'}: {broken['error']['message']}"
    )
    assert errors[1:] == ["laborclause: 1 of 3 documents could not be checked"]


@pytest.mark.skipif(not CHECK_REPORT.exists(), reason="shared check-report tool not present")
def test_jsonl_passes_the_shared_checker(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.jsonl"
    assert run(str(batch), "-o", str(out), "-j", "1").exit_code == 2
    checked = subprocess.run([str(CHECK_REPORT), str(out)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout


def test_explicit_paths_keep_their_order_and_exit_zero(batch: Path) -> None:
    good, bare = batch / "c-good.txt", batch / "b-bare.md"
    result = run(str(good), str(bare), "-f", "jsonl", "-j", "1")
    assert result.exit_code == 0, result.output
    assert [r["document"]["path"] for r in check_jsonl(result.stdout)] == [str(good), str(bare)]
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("level", "files", "code"),
    [
        ("required", ["b-bare.md"], 1),
        ("recommended", ["b-bare.md"], 1),
        ("required", ["b-bare.md", "a-broken.pdf"], 2),  # unreadable wins over --fail-on
    ],
)
def test_fail_on(batch: Path, level: str, files: list[str], code: int) -> None:
    result = run(*(str(batch / f) for f in files), "--fail-on", level, "-f", "json", "-j", "1")
    assert result.exit_code == code
    assert len(json.loads(result.stdout)) == len(files)


def test_json_is_the_jsonl_objects_as_an_array(batch: Path) -> None:
    as_json = json.loads(run(str(batch), "-f", "json", "-j", "1").stdout)
    as_jsonl = [
        json.loads(line) for line in run(str(batch), "-f", "jsonl", "-j", "1").stdout.splitlines()
    ]
    assert as_json == as_jsonl
    # the text around the evidence is for the HTML page only, not for machine reports
    assert all(
        "context" not in e
        for row in as_json
        for f in row.get("findings", [])
        for e in f["evidence"]
    )


def test_two_workers_give_the_same_report_as_one(batch: Path) -> None:
    for i in range(4):
        shutil.copy(batch / "c-good.txt", batch / f"d-copy{i}.txt")
    one = run(str(batch), "-f", "jsonl", "--workers", "1")
    two = run(str(batch), "-f", "jsonl", "--workers", "2")
    assert one.exit_code == two.exit_code == 2
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 7


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope.pdf"], "laborclause: error: nope.pdf: no such file or folder"),
        (["EMPTY"], "laborclause: error: EMPTY: no documents to check here"),
        (
            ["GOOD", "--playbook", "no-such-book"],
            "laborclause: error: no-such-book: no bundled playbook",
        ),
        (["GOOD", "--with", "gone.docx"], "laborclause: error: gone.docx: --with: no such file"),
        (
            ["GOOD", "-o", "NODIR/r.jsonl"],
            "laborclause: error: NODIR/r.jsonl: cannot write the report",
        ),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    batch: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    (tmp_path / "empty").mkdir()
    names = {
        "EMPTY": str(tmp_path / "empty"),
        "GOOD": str(batch / "c-good.txt"),
        "NODIR": str(tmp_path / "nodir"),
    }
    args = [names.get(a, a).replace("NODIR", names["NODIR"]) for a in args]
    message = message.replace("EMPTY", names["EMPTY"]).replace("NODIR", names["NODIR"])
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(message)


def test_bad_max_size_is_a_usage_error(batch: Path) -> None:
    result = run(str(batch), "--max-size", "lots")
    assert result.exit_code == 2 and "is not a size like 50MB" in result.stderr


def test_max_size_refuses_a_larger_document(batch: Path) -> None:
    result = run(
        str(batch / "c-good.txt"),
        str(batch / "b-bare.md"),
        "--max-size",
        "0.2k",
        "-f",
        "jsonl",
        "-j",
        "1",
    )
    assert result.exit_code == 2
    good, bare = check_jsonl(result.stdout)
    assert good["error"]["code"] == "too-large" and "findings" in bare


def test_with_appends_an_amendment(batch: Path, tmp_path: Path) -> None:
    amendment = tmp_path / "amendment-1.txt"
    amendment.write_text(AMENDMENT, encoding="utf-8")
    bare = str(batch / "b-bare.md")
    before = check_jsonl(run(bare, "-f", "jsonl", "-j", "1").stdout)[0]
    after = check_jsonl(run(bare, "--with", str(amendment), "-f", "jsonl", "-j", "1").stdout)[0]
    assert statuses(before)["audit-rights"] == "missing"
    assert statuses(after)["audit-rights"] in ("present", "weak")
    assert after["document"]["with"] == [str(amendment)]
    evidence = next(f for f in after["findings"] if f["obligation"] == "audit-rights")["evidence"][
        0
    ]
    assert evidence["start"] > len(BARE)


def test_csv_rows_per_document_and_obligation(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    assert run(str(batch), "-o", str(out), "-j", "1").exit_code == 2
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 1 + 2 * len(load_catalog().ids)
    assert rows[0]["error"].startswith("corrupt: ") and rows[0]["obligation"] == ""
    good = {r["obligation"]: r for r in rows if r["path"].endswith("c-good.txt")}
    assert good["forced-labor-prohibition"]["status"] == "present"
    assert "forced" in good["forced-labor-prohibition"]["evidence"]
    assert good["forced-labor-prohibition"]["theme"] == "commitment-governance"


def test_html_report_has_matrix_and_highlighted_evidence(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert run(str(batch), "-o", str(out), "-j", "1").exit_code == 2
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert page.count('<tr><td class="doc">') == 3 and 'class="s-error"' in page
    assert "<mark>Supplier shall not use forced" in page
    # the highlight sits inside its surrounding sentences from the document
    assert "Acme Parts Ltd. and" in page.split("<mark>Supplier shall not use forced")[0][-300:]


def test_markdown_and_table(batch: Path) -> None:
    md = run(str(batch), "-f", "md", "-j", "1").stdout
    assert md.startswith("# Contract check: playbook ctpat-forced-labor")
    assert "| forced-labor-prohibition | required | ✔ present |" in md
    assert "**Could not be checked** (corrupt: " in md
    table = run(str(batch), "-j", "1").stdout
    assert "\x1b[" not in table
    assert "forced-labor-prohibition" in table and "✔ present" in table
    assert "! could not be checked: corrupt:" in table
    assert all(t.title in table for t in load_catalog().themes)


@pytest.mark.parametrize(
    ("text", "size"),
    [("50MB", 50 * 2**20), ("1.5g", 3 * 2**29), ("800 KiB", 800 * 1024), ("1000", 1000)],
)
def test_size_option(text: str, size: int) -> None:
    assert SizeType().convert(text, None, None) == size


def test_live_stream_prints_whole_lines_above_the_progress_bar() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=20, color_system="standard")
    stream = LiveStream(console)
    stream.write('{"a": "' + "x" * 40 + '"}\n{"b"')
    assert screen.getvalue().count("\n") == 1 and "x" * 40 in screen.getvalue()
    stream.write(": 1}\n\x1b[31mred\x1b[0m\n")
    stream.flush()
    lines = screen.getvalue().splitlines()
    assert lines[1] == '{"b": 1}' and "red" in lines[2] and "\x1b[31m" in lines[2]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resume_appends_only_the_documents_not_yet_reported(
    batch: Path, tmp_path: Path, fmt: str
) -> None:
    (batch / "a-broken.pdf").unlink()
    out = tmp_path / f"report.{fmt}"
    assert run(str(batch), "-o", str(out), "-j", "1").exit_code == 0
    complete = out.read_text(encoding="utf-8")
    lines = complete.splitlines(keepends=True)
    # a crash after the first document, in the middle of writing the second
    kept = 1 if fmt == "jsonl" else 1 + len(load_catalog().ids)
    out.write_text("".join(lines[:kept]) + lines[kept][:20], encoding="utf-8")
    resumed = run(str(batch), "-o", str(out), "--resume", "-j", "1")
    assert resumed.exit_code == 0, resumed.output
    assert out.read_text(encoding="utf-8") == complete


def test_resume_needs_an_appendable_report(batch: Path) -> None:
    result = run(str(batch), "-f", "html", "--resume")
    assert result.exit_code == 2
    assert "--resume needs -o OUT with --format jsonl or csv" in result.stderr


def test_the_report_inside_the_input_folder_is_not_read_back(batch: Path) -> None:
    out = batch / "report.md"
    out.write_text("# an old report\n")
    result = run(str(batch), "-o", str(out), "-j", "1")
    assert result.exit_code == 2
    assert "## " + str(out) not in out.read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8").count("\n## ") == 3


def test_pdf_evidence_has_pages_and_both_backends_agree(tmp_path: Path) -> None:
    pdf = tmp_path / "supply.pdf"
    pdf.write_bytes(
        make_pdf(
            [
                ["SUPPLY AGREEMENT", "", "1. Delivery. Seller shall deliver the Goods on time."],
                [
                    "2. Forced Labor. Supplier shall not use forced, prison, indentured or",
                    "bonded labor in the manufacture of the Goods.",
                ],
            ]
        )
    )
    rows = {}
    for backend in ("pdfium", "pypdf"):
        result = run(str(pdf), "--pdf-backend", backend, "-f", "jsonl")
        assert result.exit_code == 0, result.output
        rows[backend] = check_jsonl(result.stdout)[0]
    assert rows["pdfium"] == rows["pypdf"]
    row = rows["pdfium"]
    assert row["document"]["pages"] == 2
    prohibition = next(f for f in row["findings"] if f["obligation"] == "forced-labor-prohibition")
    assert prohibition["status"] == "present" and prohibition["evidence"][0]["page"] == 2
