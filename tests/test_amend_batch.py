"""`amend FOLDER -o DIR`: one amendment per contract with gaps, summary.csv, bad files skipped."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
from amend_fixtures import SELLER, contract_docx, run_amend

from generator.render import build_document, provenance, sample_data
from generator.write_docx import docx_bytes


def full_rider() -> bytes:
    """The generated rider: every obligation present, so nothing to amend."""
    model = build_document("forced-labor-clauses", sample_data())
    return docx_bytes(model, provenance("forced-labor-clauses", sample_data()))


def test_batch_writes_amendments_and_summary_and_skips_bad_files(tmp_path: Path) -> None:
    folder = tmp_path / "contracts"
    folder.mkdir()
    (folder / "a-seller.txt").write_text(SELLER, encoding="utf-8")
    (folder / "b-broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj garbage")
    (folder / "c-rider.docx").write_bytes(full_rider())
    contract_docx(SELLER, folder / "d-seller.docx")
    out, redlines = tmp_path / "out", tmp_path / "redlines"
    result = run_amend(folder, out, "--redline", str(redlines), "-j", "2")
    assert result.exit_code == 2, result.output
    assert f"laborclause: error: {folder / 'b-broken.pdf'}:" in result.stderr
    assert result.stdout.strip().endswith(
        f"2 amended, 1 with no gaps, 1 failed; summary: {out / 'summary.csv'}"
    )
    with open(out / "summary.csv", encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [Path(r["contract"]).name for r in rows] == [
        "a-seller.txt",
        "b-broken.pdf",
        "c-rider.docx",
        "d-seller.docx",
    ]
    assert [r["status"] for r in rows] == ["amended", "error", "no gaps", "amended"]
    seller, broken, rider, seller_docx = rows
    assert broken["error"] and not broken["amendment"]
    assert rider["amendment"] == "" and rider["clauses"] == ""
    assert seller["amendment"] == str(out / "a-seller-amendment.docx")
    assert "recruitment-fees" in seller["replaces"].split(";") and seller["supersedes"] == "3.3"
    assert "audit-rights" in seller["adds"].split(";")
    assert seller["clauses"] == seller_docx["clauses"]
    assert sorted(p.name for p in out.iterdir()) == [
        "a-seller-amendment.docx",
        "d-seller-amendment.docx",
        "summary.csv",
    ]
    # a redline only for the DOCX contract
    assert seller["redline"] == "" and seller_docx["redline"] == str(
        redlines / "d-seller-redline.docx"
    )
    text = "\n".join(p.text for p in docx.Document(seller["amendment"]).paragraphs)
    assert 'Sunrise Electronics Co., Ltd. ("Seller")' in text


def test_batch_with_a_bad_data_file_stops_before_any_work(tmp_path: Path) -> None:
    folder = tmp_path / "contracts"
    folder.mkdir()
    (folder / "a.txt").write_text(SELLER, encoding="utf-8")
    data = tmp_path / "company.yaml"
    data.write_text("company: {name: X}\n", encoding="utf-8")
    result = run_amend(folder, tmp_path / "out", data=data)
    assert result.exit_code == 2
    assert result.output.startswith(
        f"laborclause: error: {data}: field 'company.short_name' is missing"
    )
    assert not (tmp_path / "out").exists()


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    result = run_amend(tmp_path, tmp_path / "out")
    assert result.exit_code == 2
    assert "no contracts to amend here" in result.output
