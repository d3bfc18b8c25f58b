"""The company data file: validation errors through the CLI (exit 2, one line naming the
file and the field), CSV-row overrides, init-data round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from cli import cli
from generator.data_model import CompanyData, load_data
from generator.render import sample_data_path
from laborclause.errors import DataError


def sample_raw() -> dict:
    return yaml.safe_load(sample_data_path().read_text(encoding="utf-8"))


def write_yaml(tmp_path: Path, raw: dict, name: str = "company.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def without(raw: dict, dotted: str) -> dict:
    *parents, leaf = dotted.split(".")
    node = raw
    for part in parents:
        node = node[part]
    del node[leaf]
    return raw


def with_value(raw: dict, dotted: str, value: object) -> dict:
    *parents, leaf = dotted.split(".")
    node = raw
    for part in parents:
        node = node[part]
    node[leaf] = value
    return raw


CASES = [
    ("missing field", lambda r: without(r, "company.name"), "field 'company.name' is missing"),
    (
        "missing nested",
        lambda r: without(r, "company.grievance.name"),
        "field 'company.grievance.name' is missing",
    ),
    (
        "wrong type",
        lambda r: with_value(r, "options.notice_days", "five"),
        "field 'options.notice_days': input should be a valid integer",
    ),
    (
        "unknown key",
        lambda r: with_value(r, "company.nmae", "Acme"),
        "unknown field 'company.nmae' (check the spelling",
    ),
    (
        "bad style",
        lambda r: with_value(r, "document.style", "modern"),
        "field 'document.style': expected one of 'shared-responsibility' or 'traditional', "
        "got 'modern'",
    ),
    (
        "bad variant",
        lambda r: with_value(r, "document.variant", "lenient"),
        "field 'document.variant': expected one of 'balanced' or 'strict', got 'lenient'",
    ),
    (
        "bad jurisdiction",
        lambda r: with_value(r, "document.jurisdictions", ["us", "fr"]),
        "field 'document.jurisdictions.1': expected one of 'us', 'eu', 'uk', 'ca' or 'au', "
        "got 'fr'",
    ),
    (
        "unquoted decimal version",
        lambda r: with_value(r, "document.version", 1.1),
        """field 'document.version': write the version in quotes, e.g. "1.1", got 1.1""",
    ),
    (
        "bad date",
        lambda r: with_value(r, "document.effective_date", "soon"),
        "field 'document.effective_date':",
    ),
    (
        "not a mapping",
        lambda r: ["company"],
        "expected a mapping with 'company' and 'document' sections",
    ),
]


@pytest.mark.parametrize("label, mutate, expected", CASES, ids=[c[0] for c in CASES])
def test_invalid_data_file_exits_2_with_one_line(
    tmp_path: Path, label: str, mutate, expected: str
) -> None:
    path = write_yaml(tmp_path, mutate(sample_raw()))
    result = run(
        "generate", "forced-labor-clauses", "--data", str(path), "-o", str(tmp_path / "out.docx")
    )
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"laborclause: error: {path}: "), lines[0]
    assert expected in lines[0]
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.parametrize(
    "kind, section",
    [
        ("training-acknowledgement", "trainee"),
        ("training-acknowledgement", "training"),
        ("social-compliance-program", "program"),
    ],
)
def test_section_required_by_kind_is_named(tmp_path: Path, kind: str, section: str) -> None:
    path = write_yaml(tmp_path, without(sample_raw(), section))
    result = run(
        "generate", kind, "--data", str(path), "-o", str(tmp_path / "out.md"), "--format", "md"
    )
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"laborclause: error: {path}: field '{section}' is required for {kind} "
        f"(add a '{section}:' section; see `laborclause init-data`)"
    )
    # The other kinds do not need it.
    ok = run(
        "generate",
        "forced-labor-clauses",
        "--data",
        str(path),
        "-o",
        str(tmp_path / "r.md"),
        "--format",
        "md",
    )
    assert ok.exit_code == 0, ok.stderr


def test_unreadable_and_malformed_files(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    result = run("generate", "code-of-conduct", "--data", str(missing))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"laborclause: error: {missing}: cannot read data file")
    broken = tmp_path / "broken.yaml"
    broken.write_text("company: [unclosed\n", encoding="utf-8")
    result = run("generate", "code-of-conduct", "--data", str(broken))
    assert result.exit_code == 2
    assert f"{broken}: not valid YAML (line" in result.stderr
    bad_json = tmp_path / "broken.json"
    bad_json.write_text("{", encoding="utf-8")
    result = run("generate", "code-of-conduct", "--data", str(bad_json))
    assert result.exit_code == 2
    assert f"{bad_json}: not valid JSON (line 1)" in result.stderr


def test_json_data_file_equals_yaml(tmp_path: Path) -> None:
    path = tmp_path / "company.json"
    path.write_text(json.dumps(sample_raw(), default=str), encoding="utf-8")
    assert load_data(path).model_dump() == load_data(sample_data_path()).model_dump()


def test_whole_number_version_is_accepted() -> None:
    raw = sample_raw()
    raw["document"]["version"] = 2
    assert CompanyData.model_validate(raw).document.version == "2"


def test_defaults_apply() -> None:
    raw = sample_raw()
    for section in ("terms", "options", "supplier", "training", "trainee", "program"):
        del raw[section]
    for key in ("style", "variant", "jurisdictions", "disclaimer"):
        del raw["document"][key]
    data = CompanyData.model_validate(raw)
    assert data.document.style == "shared-responsibility"
    assert data.document.variant == "balanced"
    assert data.document.jurisdictions == ["us"]
    assert data.document.disclaimer is True
    assert (data.terms.buyer, data.terms.supplier, data.terms.agreement) == (
        "Buyer",
        "Supplier",
        "Agreement",
    )
    assert (data.options.notice_days, data.options.cure_days, data.options.records_years) == (
        5,
        30,
        7,
    )
    assert data.options.audit_notice_days == 10
    assert data.supplier.name is None


def test_merged_overrides_dotted_columns() -> None:
    data = load_data(sample_data_path())
    row = {
        "supplier.name": "Delta Mills",
        "trainee.name": "Ana Silva",
        "training.date": "2026-03-01",
        "document.jurisdictions": "us; eu",
        "options.notice_days": "3",
        "note": "",
    }
    merged = data.merged(row, "rows.csv row 2")
    assert merged.supplier.name == "Delta Mills"
    assert merged.trainee is not None and merged.trainee.name == "Ana Silva"
    assert merged.training is not None and str(merged.training.date) == "2026-03-01"
    assert merged.document.jurisdictions == ["us", "eu"]
    assert merged.options.notice_days == 3
    assert merged.source == "rows.csv row 2"
    assert data.supplier.name == "Harbor Textile Co., Ltd."  # the original is untouched
    assert merged.sha256() != data.sha256()


@pytest.mark.parametrize(
    "row, expected",
    [
        (
            {"options.notice_days": "soon"},
            "field 'options.notice_days': input should be a valid integer",
        ),
        ({"supplier.nmae": "X"}, "unknown field 'supplier.nmae'"),
        ({"document.style": "modern"}, "field 'document.style': expected one of"),
        ({"company.name.first": "X"}, "column 'company.name.first': 'name' is not a section"),
    ],
)
def test_merged_invalid_row_names_the_source(row: dict, expected: str) -> None:
    data = load_data(sample_data_path())
    with pytest.raises(DataError) as info:
        data.merged(row, "rows.csv row 3")
    assert info.value.path == "rows.csv row 3"
    assert expected in info.value.message


def test_merged_section_created_from_columns() -> None:
    raw = sample_raw()
    del raw["trainee"]
    data = CompanyData.model_validate(raw)
    merged = data.merged(
        {
            "trainee.name": "Ana",
            "trainee.role": "Supervisor",
            "trainee.employer": "Delta",
            "trainee.site": "Plant 2",
        },
        "roster.csv row 2",
    )
    assert merged.trainee is not None and merged.trainee.site == "Plant 2"
    with pytest.raises(DataError, match="field 'trainee.role' is missing"):
        data.merged({"trainee.name": "Ana"}, "roster.csv row 3")


def fill_in(text: str) -> str:
    """Do what the file's comments ask, as a user would: give each FILL IN value its example."""
    lines = []
    for line in text.splitlines():
        if "# FILL IN" in line:
            key, comment = line.split(":", 1)[0], line[line.index("#") :]
            example = comment.rsplit("e.g. ", 1)[1].strip()
            is_date = len(example) == 10 and example[4] == "-" and example[7] == "-"
            line = f"{key}: {example if is_date else json.dumps(example)}  {comment}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def test_init_data_writes_a_file_to_fill_in(tmp_path: Path) -> None:
    target = tmp_path / "company.yaml"
    result = run("init-data", str(target))
    assert result.exit_code == 0, result.stderr
    assert "FILL IN" in result.output and str(target) in result.output
    text = target.read_text(encoding="utf-8")
    assert text.count("# FILL IN") >= 15
    # unfilled, it names the first value to fill instead of producing a document
    unfilled = run(
        "generate", "code-of-conduct", "--data", str(target), "-o", str(tmp_path / "x.docx")
    )
    assert unfilled.exit_code == 2
    assert unfilled.stderr.startswith(
        f"laborclause: error: {target}: field 'company.name' is empty; fill it in"
    )
    assert len(unfilled.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.docx").exists()
    # filled only where the comments ask, it generates every kind
    target.write_text(fill_in(text), encoding="utf-8")
    data = load_data(target)
    assert data.company.name == "Acme Outdoor Goods, Inc." and data.supplier.name is None
    for kind in (
        "code-of-conduct",
        "forced-labor-clauses",
        "training-acknowledgement",
        "social-compliance-program",
    ):
        for fmt in ("docx", "md"):
            out = tmp_path / f"{kind}.{fmt}"
            done = run("generate", kind, "--data", str(target), "--format", fmt, "-o", str(out))
            assert done.exit_code == 0, done.stderr
            assert out.stat().st_size > 1000
    rider = (tmp_path / "forced-labor-clauses.md").read_text(encoding="utf-8")
    assert "the supplier that is party to the Agreement" in rider and "None" not in rider


def test_init_data_does_not_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "company.yaml"
    assert run("init-data", str(target)).exit_code == 0
    again = run("init-data", str(target))
    assert again.exit_code == 2
    assert (
        again.stderr.strip()
        == f"laborclause: error: {target}: file exists; pass --force to overwrite it"
    )
    assert run("init-data", "--force", str(target)).exit_code == 0


def test_yes_no_on_off_stay_text_true_false_are_booleans(tmp_path: Path) -> None:
    """YAML 1.2 booleans: a supplier in Norway ("NO") is not False; true/false still work."""
    text = sample_data_path().read_text(encoding="utf-8")
    text = text.replace("country: Viet Nam", "country: NO").replace(
        "disclaimer: true", "disclaimer: false"
    )
    assert "country: NO" in text and "disclaimer: false" in text
    path = tmp_path / "company.yaml"
    path.write_text(text, encoding="utf-8")
    data = load_data(path)
    assert data.model_dump()["supplier"]["country"] == "NO"
    assert data.document.disclaimer is False
