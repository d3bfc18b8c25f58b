"""`laborclause convert PATH... --to pdf [-o DIR]` through the real CLI."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from helpers import count_soffice_runs

from cli import cli

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice not installed"
)


def make_docx(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.mark.pdf
@needs_soffice
def test_files_and_folders_convert_in_one_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    single = make_docx(tmp_path / "rider.docx", "Rider text.")
    make_docx(tmp_path / "suppliers" / "a.docx", "Supplier A.")
    make_docx(tmp_path / "suppliers" / "nested" / "a.docx", "Nested supplier A.")
    (tmp_path / "suppliers" / "notes.txt").write_text("not a document")
    (tmp_path / "suppliers" / "~$a.docx").write_bytes(b"word lock file")
    runs = count_soffice_runs(monkeypatch)
    out = tmp_path / "pdf"
    result = CliRunner().invoke(
        cli, ["convert", str(single), str(tmp_path / "suppliers"), "--to", "pdf", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    expected = [out / "rider.pdf", out / "a.pdf", out / "nested" / "a.pdf"]
    assert result.stdout.splitlines() == [f"wrote {p}" for p in expected]
    assert all(p.read_bytes().startswith(b"%PDF-") for p in expected)
    assert len(runs) == 1


@pytest.mark.pdf
@needs_soffice
def test_without_output_folder_pdfs_go_next_to_their_docx(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "in" / "code.docx", "Code of conduct.")
    result = CliRunner().invoke(cli, ["convert", str(source)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {tmp_path / 'in' / 'code.pdf'}\n"
    assert (tmp_path / "in" / "code.pdf").read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "missing.docx: no such file or folder"),
        ("text", "notes.txt: not a .docx file (convert takes Word documents)"),
        ("empty-folder", "empty: no .docx files in this folder"),
        ("fake-docx", "fake.docx: not a DOCX file (not a zip archive)"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, setup: str, message: str) -> None:
    target = {
        "missing": tmp_path / "missing.docx",
        "text": tmp_path / "notes.txt",
        "empty-folder": tmp_path / "empty",
        "fake-docx": tmp_path / "fake.docx",
    }[setup]
    if setup == "text":
        target.write_text("hello")
    elif setup == "empty-folder":
        target.mkdir()
    elif setup == "fake-docx":
        target.write_text("not really a docx")
    result = CliRunner().invoke(cli, ["convert", str(target), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"laborclause: error: {tmp_path}/{message}\n"


def test_missing_libreoffice_is_one_line_with_install_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = make_docx(tmp_path / "a.docx", "Text.")
    monkeypatch.setenv("PATH", str(tmp_path / "no-bin"))
    result = CliRunner().invoke(cli, ["convert", str(source)])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("laborclause: error: LibreOffice is needed for PDF output")
    assert "apt-get install libreoffice-writer-nogui" in lines[0]


def test_only_pdf_is_offered() -> None:
    result = CliRunner().invoke(cli, ["convert", "x.docx", "--to", "odt"])
    assert result.exit_code == 2
    assert "Invalid value for '--to': 'odt' is not 'pdf'" in result.stderr


@pytest.mark.pdf
@needs_soffice
def test_good_files_are_written_when_one_fails(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx", "Fine.")
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            target.writestr(entry, data[:150] if entry.filename == "word/document.xml" else data)
    out = tmp_path / "pdf"
    result = CliRunner().invoke(cli, ["convert", str(good), str(broken), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stdout == f"wrote {out / 'good.pdf'}\n"
    assert result.stderr.startswith(
        f"laborclause: error: {broken}: LibreOffice could not convert it to PDF"
    )
    assert len(result.stderr.splitlines()) == 1
