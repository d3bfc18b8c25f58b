"""Batch generation: one document per CSV row; bad rows reported, good rows kept, same bytes."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import docx
import pytest
from helpers import count_soffice_runs, docx_all_text, write_csv

from generator.batch_generate import check_columns, generate_batch, read_rows, slugify
from generator.data_model import load_data
from generator.render import sample_data_path
from laborclause.errors import ConversionError, DataError, TemplateError
from laborclause.resources import resource_path

KIND = "training-acknowledgement"

ROSTER = """\
trainee.name,trainee.role,training.date
Tran Thi Binh,HR Manager,2026-02-03
Le Minh Quan,Supervisor,2026-13-45
Ayşe Demir,Compliance Manager,2026-02-17
,Welfare Officer,2026-02-24
Tran Thi Binh,Line Leader,2026-02-03
"""


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_bad_row_is_reported_and_good_rows_are_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = write_csv(tmp_path, ROSTER)
    out = tmp_path / "acks"
    code = generate_batch(KIND, sample_data_path(), rows, out, workers=2)
    assert code == 2
    assert sorted(p.name for p in out.iterdir()) == [
        "ayse-demir.docx",
        "row-5.docx",
        "tran-thi-binh-2.docx",
        "tran-thi-binh.docx",
    ]
    captured = capsys.readouterr()
    stderr = captured.err.splitlines()
    assert len(stderr) == 1
    assert stderr[0].startswith(f"{rows} row 3: field 'training.date': ")
    assert "2026-13-45" in stderr[0]
    assert captured.out == f"wrote 4 files to {out}; 1 row failed\n"
    # Each row's values, not the data file's, are in its document.
    assert "Line Leader" in docx_all_text(out / "tran-thi-binh-2.docx")
    assert "HR Manager" in docx_all_text(out / "tran-thi-binh.docx")
    # A blank cell keeps the data file's value (the sample trainee) but the file is named by row.
    assert "Welfare Officer" in docx_all_text(out / "row-5.docx")


def test_same_inputs_give_byte_identical_files_whatever_the_workers(tmp_path: Path) -> None:
    rows = write_csv(tmp_path, ROSTER.replace("2026-13-45", "2026-02-10"))
    assert generate_batch(KIND, sample_data_path(), rows, tmp_path / "one", workers=1) == 0
    assert generate_batch(KIND, sample_data_path(), rows, tmp_path / "two", workers=2) == 0
    first, second = digests(tmp_path / "one"), digests(tmp_path / "two")
    assert len(first) == 5
    assert first == second


def test_name_column_and_other_formats(tmp_path: Path) -> None:
    rows = write_csv(
        tmp_path,
        "file,supplier.name,supplier.country\n"
        "Harbor 01,Harbor Textile Co.,Viet Nam\n"
        "Sunrise/02,Sunrise Footwear Sdn. Bhd.,Malaysia\n",
    )
    out = tmp_path / "md"
    code = generate_batch(
        "forced-labor-clauses", sample_data_path(), rows, out, fmt="md", name_column="file"
    )
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == ["harbor-01.md", "sunrise-02.md"]
    assert "Sunrise Footwear Sdn. Bhd." in (out / "sunrise-02.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        ("sample-suppliers.csv", ("forced-labor-clauses", "code-of-conduct", KIND)),
        ("sample-trainees.csv", (KIND,)),
    ],
)
def test_bundled_sample_csvs_are_valid_rows(name: str, kinds: tuple[str, ...]) -> None:
    path = resource_path("generator", "data", name)
    header, rows = read_rows(path)
    columns = check_columns(header, path)
    assert columns == header
    assert 5 <= len(rows) <= 10
    base = load_data(sample_data_path())
    for row in rows:
        assert row.problem is None
        data = base.merged(row.cells, row.source)
        for kind in kinds:
            data.require(kind)
        for column, value in row.cells.items():
            section, field = column.split(".")
            got = getattr(getattr(data, section), field)
            assert str(got) == value or got == [v for v in value.split(";")]


@pytest.mark.parametrize(
    ("csv_text", "name_column", "message"),
    [
        ("supplier.nmae\nAcme\n", None, "unknown column 'supplier.nmae'"),
        ("trainee.name,trainee.name\nA,B\n", None, "CSV header: duplicate column 'trainee.name'"),
        ("trainee.name\n", None, "CSV file has a header but no rows"),
        ("", None, "CSV file has no header row"),
        ("trainee.name\nA\n", "file", "no column 'file' for file names"),
    ],
)
def test_file_level_problems_stop_before_any_row(
    tmp_path: Path, csv_text: str, name_column: str | None, message: str
) -> None:
    rows = write_csv(tmp_path, csv_text)
    with pytest.raises(DataError) as caught:
        generate_batch(KIND, sample_data_path(), rows, tmp_path / "out", name_column=name_column)
    assert caught.value.path == str(rows)
    assert caught.value.message.startswith(message)
    assert not (tmp_path / "out").exists()


def test_excel_bom_and_extra_cells(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = tmp_path / "excel.csv"
    rows.write_bytes(
        "\ufefftrainee.name,trainee.role\nAnn Lee,Buyer\nBo Li,Clerk,surplus\n".encode()
    )
    out = tmp_path / "out"
    assert generate_batch(KIND, sample_data_path(), rows, out) == 2
    assert [p.name for p in out.iterdir()] == ["ann-lee.docx"]
    assert f"{rows} row 3: row has 3 cells but the header has 2 columns" in capsys.readouterr().err


def test_bad_data_file_is_one_error(tmp_path: Path) -> None:
    data = tmp_path / "company.yaml"
    data.write_text("company: {}\n", encoding="utf-8")
    rows = write_csv(tmp_path, "trainee.name\nA\nB\n")
    with pytest.raises(DataError) as caught:
        generate_batch(KIND, data, rows, tmp_path / "out")
    assert caught.value.path == str(data)


def test_broken_template_is_one_error_before_any_row(tmp_path: Path) -> None:
    template = tmp_path / "letterhead.docx"
    document = docx.Document()
    document.add_paragraph("Dear {{ trainee.")
    document.add_paragraph("name }}")
    document.save(str(template))
    rows = write_csv(tmp_path, "trainee.name\nA\nB\n")
    with pytest.raises(TemplateError) as caught:
        generate_batch(KIND, sample_data_path(), rows, tmp_path / "out", template=template)
    assert caught.value.path == str(template)
    assert "split across paragraphs" in caught.value.message
    assert not (tmp_path / "out").exists()


def test_user_template_in_batch(tmp_path: Path) -> None:
    template = tmp_path / "letterhead.docx"
    document = docx.Document()
    document.add_paragraph("{{ company.name }} acknowledgement for {{ trainee.name }}")
    document.save(str(template))
    rows = write_csv(tmp_path, "trainee.name\nSmith & Sons Trainee\n")
    out = tmp_path / "out"
    assert generate_batch(KIND, sample_data_path(), rows, out, template=template) == 0
    assert docx_all_text(out / "smith-sons-trainee.docx") == (
        "Acme Outdoor Goods, Inc. acknowledgement for Smith & Sons Trainee"
    )


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Harbor Textile Co., Ltd.", "harbor-textile-co-ltd"),
        ("Ayşe Demir", "ayse-demir"),
        ("../../etc/passwd", "etc-passwd"),
        ("北京", ""),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.pdf
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_pdf_batch_converts_all_rows_in_one_libreoffice_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs = count_soffice_runs(monkeypatch)
    rows = write_csv(tmp_path, "trainee.name\nAnn Lee\nBo Li\nCy Wu\n")
    out = tmp_path / "pdf"
    assert generate_batch(KIND, sample_data_path(), rows, out, fmt="pdf", workers=2) == 0
    assert sorted(p.name for p in out.iterdir()) == ["ann-lee.pdf", "bo-li.pdf", "cy-wu.pdf"]
    assert all(p.read_bytes().startswith(b"%PDF-") for p in out.iterdir())
    assert len(runs) == 1


def test_pdf_batch_without_libreoffice_stops_before_rendering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-bin"))
    rows = write_csv(tmp_path, "trainee.name\nAnn Lee\n")
    with pytest.raises(ConversionError, match="apt-get install libreoffice-writer-nogui"):
        generate_batch(KIND, sample_data_path(), rows, tmp_path / "out", fmt="pdf")
    assert not (tmp_path / "out").exists()


def test_an_edited_data_file_is_read_again(tmp_path: Path) -> None:
    data = tmp_path / "company.yaml"
    text = sample_data_path().read_text(encoding="utf-8")
    data.write_text(text, encoding="utf-8")
    rows = write_csv(tmp_path, "trainee.name\nAnn Lee\n")
    assert generate_batch(KIND, data, rows, tmp_path / "a", fmt="md") == 0
    data.write_text(text.replace("Acme Outdoor Goods, Inc.", "Zenith Outfitters LLC"), "utf-8")
    assert generate_batch(KIND, data, rows, tmp_path / "b", fmt="md") == 0
    assert "Zenith Outfitters LLC" in (tmp_path / "b" / "ann-lee.md").read_text(encoding="utf-8")


def test_cli_batch_exit_code_and_messages(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from cli import cli

    rows = write_csv(tmp_path, "trainee.name,training.date\nAnn Lee,2026-02-03\nBo Li,soon\n")
    out = tmp_path / "acks"
    result = CliRunner().invoke(
        cli,
        ["generate", KIND, "--data", str(sample_data_path()), "--batch", str(rows), "-o", str(out)],
    )
    assert result.exit_code == 2
    assert result.stdout == f"wrote 1 file to {out}; 1 row failed\n"
    assert result.stderr.startswith(f"{rows} row 3: field 'training.date': ")
    assert len(result.stderr.splitlines()) == 1
    assert [p.name for p in out.iterdir()] == ["ann-lee.docx"]
