"""DOCX -> PDF through LibreOffice: real conversions, one process per batch, clear errors."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from generator import pdf
from generator.pdf import convert_to_targets, docx_to_pdf
from laborclause.errors import ConversionError

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice not installed"
)


def make_docx(path: Path, heading: str, body: str) -> Path:
    document = docx.Document()
    document.add_heading(heading, level=1)
    document.add_paragraph(body)
    document.save(path)
    return path


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.pdf
@needs_soffice
def test_converts_a_batch_in_one_soffice_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = [
        make_docx(
            tmp_path / f"supplier-{n}.docx",
            f"Supplier {n}",
            f"Smith & Sons No. {n} shall not use forced labor.",
        )
        for n in range(3)
    ]
    calls: list[list[str]] = []
    real_popen = subprocess.Popen

    def spy(command: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        calls.append(command)
        return real_popen(command, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(pdf.subprocess, "Popen", spy)
    written = docx_to_pdf(sources, tmp_path / "pdf")

    assert written == [tmp_path / "pdf" / f"supplier-{n}.pdf" for n in range(3)]
    assert len(calls) == 1
    assert any(arg.startswith("-env:UserInstallation=file:///") for arg in calls[0])
    for n, path in enumerate(written):
        assert path.read_bytes().startswith(b"%PDF-")
        text = pdf_text(path)
        assert f"Supplier {n}" in text
        assert f"Smith & Sons No. {n} shall not use forced labor." in text


@pytest.mark.pdf
@needs_soffice
def test_a_corrupt_docx_is_named_in_the_error(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx", "Good", "Fine.")
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            target.writestr(entry, data[:150] if entry.filename == "word/document.xml" else data)
    with pytest.raises(ConversionError) as caught:
        docx_to_pdf([good, broken], tmp_path / "out")
    assert caught.value.path == str(broken)
    assert "could not convert" in caught.value.message
    assert "\n" not in str(caught.value)


def test_missing_soffice_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = make_docx(tmp_path / "a.docx", "A", "Text.")
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    with pytest.raises(ConversionError) as caught:
        docx_to_pdf([source], tmp_path / "out")
    message = str(caught.value)
    assert "\n" not in message
    assert (
        "apt-get install libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea"
        in message
    )
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "no such file"),
        (b"plain text, not a zip", "not a DOCX file (not a zip archive)"),
    ],
)
def test_non_docx_inputs_are_refused_before_libreoffice(
    tmp_path: Path, content: bytes | None, expected: str
) -> None:
    source = tmp_path / "input.docx"
    if content is not None:
        source.write_bytes(content)
    with pytest.raises(ConversionError) as caught:
        docx_to_pdf([source], tmp_path / "out")
    assert caught.value.message == expected
    assert caught.value.path == str(source)


def test_a_zip_that_is_not_a_word_document_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "sheet.docx"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ConversionError, match=r"no word/document.xml"):
        docx_to_pdf([source], tmp_path / "out")


def test_two_inputs_for_one_target_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = make_docx(tmp_path / "a" / "x.docx", "A", "a")
    second = make_docx(tmp_path / "b" / "x.docx", "B", "b")
    with pytest.raises(ConversionError, match=r"would both be written to"):
        docx_to_pdf([first, second], tmp_path / "out")


def test_empty_list_needs_no_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert docx_to_pdf([], tmp_path / "out") == []


def fake_soffice(tmp_path: Path, script: str, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    program = bin_dir / "soffice"
    program.write_text("#!/bin/sh\n" + script)
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")


def test_a_hanging_libreoffice_is_killed_after_the_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The child sleeps too: killing only the script would leave it holding the pipes.
    fake_soffice(tmp_path, "sleep 60 & wait\n", monkeypatch)
    source = make_docx(tmp_path / "a.docx", "A", "Text.")
    with pytest.raises(ConversionError) as caught:
        convert_to_targets([source], [tmp_path / "a.pdf"], timeout=1)
    assert caught.value.message == "LibreOffice did not finish converting to PDF within 1 s"
    assert caught.value.path == str(source)


def test_libreoffice_that_writes_nothing_is_a_failure_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_soffice(tmp_path, "echo 'Error: source file could not be loaded' >&2\n", monkeypatch)
    first = make_docx(tmp_path / "first.docx", "A", "Text.")
    second = make_docx(tmp_path / "second.docx", "B", "Text.")
    with pytest.raises(ConversionError) as caught:
        docx_to_pdf([first, second], tmp_path / "out")
    assert caught.value.path == str(first)
    assert caught.value.message == (
        "LibreOffice could not convert it to PDF (and 1 more): "
        "Error: source file could not be loaded"
    )
