"""Supplier bundles: three documents per supplier and a manifest that matches them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from helpers import docx_all_text, write_csv

from generator.bundle import BUNDLE_KINDS, generate_bundles
from generator.data_model import load_data
from generator.render import provenance, sample_data_path
from laborclause.errors import DataError

SUPPLIERS = """\
supplier.name,supplier.country,trainee.name,trainee.employer
Harbor Textile Co.,Viet Nam,Tran Thi Binh,Harbor Textile Co.
Sunrise Footwear Sdn. Bhd.,Malaysia,Siti Aminah,Sunrise Footwear Sdn. Bhd.
"""


def test_manifest_lists_every_file_with_its_hash_and_provenance(tmp_path: Path) -> None:
    out = tmp_path / "bundles"
    assert (
        generate_bundles(
            sample_data_path(), write_csv(tmp_path, SUPPLIERS, "suppliers.csv"), out, workers=2
        )
        == 0
    )
    assert sorted(p.name for p in out.iterdir()) == [
        "harbor-textile-co",
        "sunrise-footwear-sdn-bhd",
    ]
    folder = out / "sunrise-footwear-sdn-bhd"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{kind}.docx" for kind in BUNDLE_KINDS] + ["manifest.json"]
    )
    assert manifest["supplier"] == "Sunrise Footwear Sdn. Bhd."
    assert manifest["row"] == 3
    assert [entry["kind"] for entry in manifest["files"]] == list(BUNDLE_KINDS)
    expected_data = load_data(sample_data_path()).merged(
        {
            "supplier.name": "Sunrise Footwear Sdn. Bhd.",
            "supplier.country": "Malaysia",
            "trainee.name": "Siti Aminah",
            "trainee.employer": "Sunrise Footwear Sdn. Bhd.",
        },
        "test",
    )
    for entry in manifest["files"]:
        content = (folder / entry["file"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(content).hexdigest()
        assert entry["bytes"] == len(content)
        assert entry["provenance"] == provenance(entry["kind"], expected_data)
    assert manifest["data_sha256"] == expected_data.sha256()
    assert "Sunrise Footwear Sdn. Bhd." in docx_all_text(folder / "forced-labor-clauses.docx")
    assert "Siti Aminah" in docx_all_text(folder / "training-acknowledgement.docx")


def test_bundles_are_reproducible(tmp_path: Path) -> None:
    rows = write_csv(
        tmp_path,
        SUPPLIERS.splitlines()[0] + "\n" + SUPPLIERS.splitlines()[2] + "\n",
        "suppliers.csv",
    )
    generate_bundles(sample_data_path(), rows, tmp_path / "a")
    generate_bundles(sample_data_path(), rows, tmp_path / "b")
    files = sorted((tmp_path / "a" / "sunrise-footwear-sdn-bhd").iterdir())
    assert len(files) == 4
    for file in files:
        assert file.read_bytes() == (tmp_path / "b" / file.parent.name / file.name).read_bytes()


def test_bad_row_leaves_no_partial_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = write_csv(
        tmp_path,
        "supplier.name,document.variant\nGood Supplier Ltd.,strict\nBad Supplier Ltd.,lenient\n",
        "suppliers.csv",
    )
    out = tmp_path / "bundles"
    assert generate_bundles(sample_data_path(), rows, out) == 2
    assert [p.name for p in out.iterdir()] == ["good-supplier-ltd"]
    captured = capsys.readouterr()
    err = captured.err.splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"{rows} row 3: field 'document.variant': expected one of")
    assert captured.out == f"wrote 1 bundle to {out}; 1 row failed\n"


def test_a_data_file_without_a_trainee_fails_each_row_before_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = sample_data_path().read_text(encoding="utf-8")
    data = tmp_path / "company.yaml"
    data.write_text(text.split("\ntrainee:")[0] + "\n", encoding="utf-8")
    rows = write_csv(tmp_path, "supplier.name\nHarbor Textile Co.\n", "suppliers.csv")
    out = tmp_path / "bundles"
    assert generate_bundles(data, rows, out) == 2
    assert list(out.iterdir()) == []
    assert "field 'trainee' is required for training-acknowledgement" in capsys.readouterr().err


def test_supplier_list_needs_a_supplier_name_column(tmp_path: Path) -> None:
    rows = write_csv(tmp_path, "trainee.name\nAnn\n", "suppliers.csv")
    with pytest.raises(DataError, match="needs a 'supplier.name' column"):
        generate_bundles(sample_data_path(), rows, tmp_path / "out")


def test_cli_generate_bundle(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from cli import cli

    rows = write_csv(tmp_path, "supplier.name\nHarbor Textile Co.\n", "suppliers.csv")
    out = tmp_path / "bundles"
    result = CliRunner().invoke(
        cli,
        [
            "generate",
            "bundle",
            "--data",
            str(sample_data_path()),
            "--batch",
            str(rows),
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote 1 bundle to {out}\n"
    manifest = json.loads((out / "harbor-textile-co" / "manifest.json").read_text(encoding="utf-8"))
    assert [entry["file"] for entry in manifest["files"]] == [f"{k}.docx" for k in BUNDLE_KINDS]
