"""Golden text per kind, the render API other modules use, and the generator commands."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from cli import cli
from generator.clause_library import load_library
from generator.context import template_context
from generator.data_model import CompanyData
from generator.render import (
    KINDS,
    build_document,
    provenance,
    render_bytes,
    sample_data,
    sample_data_path,
)
from laborclause import __version__
from laborclause.errors import LaborclauseError

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("LABORCLAUSE_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("kind", KINDS)
def test_markdown_matches_golden(kind: str) -> None:
    """Regenerate after an intended text change with LABORCLAUSE_UPDATE_GOLDEN=1."""
    text = render_bytes(kind, sample_data(), "md").decode("utf-8")
    golden = GOLDEN / f"{kind}.md"
    if UPDATE:
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"missing {golden}; run with LABORCLAUSE_UPDATE_GOLDEN=1"
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", KINDS)
def test_html_has_the_same_text_as_markdown(kind: str) -> None:
    html = render_bytes(kind, sample_data(), "html").decode("utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html and "@media print" in html
    # printed pages repeat the company, the footer and "Page X of Y" (CSS page boxes)
    assert '"Page " counter(page) " of " counter(pages)' in html
    assert '@top-right { content: "Acme Outdoor Goods, Inc.";' in html
    assert (
        "<script" not in html and "http://" not in html and "https://" not in html
    )  # self-contained
    document = build_document(kind, sample_data())
    for block in document.blocks:
        text = getattr(block, "text", None)
        if text:
            escaped = (
                text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace('"', "&#34;")
            )
            assert escaped.replace("'", "&#39;") in html, text[:60]


def test_print_page_boxes_cannot_break_out_of_the_style_element() -> None:
    data = sample_data()
    hostile = data.model_copy(
        update={"company": data.company.model_copy(update={"name": 'Smith "&" Sons</style><b>'})}
    )
    html = render_bytes("code-of-conduct", hostile, "html").decode("utf-8")
    style = html.split("<style>", 1)[1].split("</style>", 1)[0]
    assert '@top-right { content: "Smith \\"&\\" Sons\\3C /style>\\3C b>";' in style
    assert "<b>" not in html and "Smith &#34;&amp;&#34; Sons&lt;/style&gt;&lt;b&gt;" in html


def test_rider_numbers_clauses_in_text_formats() -> None:
    text = render_bytes("forced-labor-clauses", sample_data(), "md").decode("utf-8")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    numbered = [h for h in headings if h[3].isdigit()]
    assert numbered[0] == "## 1. Incorporation" and numbered[1] == "## 2. Definitions"
    assert [int(h[3:].split(".")[0]) for h in numbered] == list(range(1, len(numbered) + 1))
    assert numbered[-1].endswith(". General")


def test_training_topics_come_from_the_library() -> None:
    data = sample_data()
    document = build_document("training-acknowledgement", data)
    topics = {
        clause.id
        for clause in load_library().for_document(
            "training-acknowledgement", "shared-responsibility", ["us"]
        )
    }
    assert len(topics) >= 5
    items = [b for b in document.blocks if type(b).__name__ == "Item"]
    assert len(items) == len(topics) + 5  # topics plus the five attestations


def with_document_options(data: CompanyData, **options: object) -> CompanyData:
    """`data` with these document options (style, variant, jurisdictions) changed."""
    return data.model_copy(update={"document": data.document.model_copy(update=options)})


def test_style_and_variant_change_the_rider() -> None:
    data = sample_data()
    base = render_bytes("forced-labor-clauses", data, "md")
    traditional = with_document_options(data, style="traditional")
    strict = with_document_options(data, variant="strict")
    assert render_bytes("forced-labor-clauses", traditional, "md") != base
    assert render_bytes("forced-labor-clauses", strict, "md") != base
    assert "on which Buyer relies" in render_bytes(
        "forced-labor-clauses", traditional, "md"
    ).decode("utf-8")


def test_jurisdictions_switch_in_provisions() -> None:
    data = sample_data()
    eu = with_document_options(data, jurisdictions=["us", "eu", "uk"])
    text = render_bytes("forced-labor-clauses", eu, "md").decode("utf-8")
    assert "2024/3015" in text and "Modern Slavery Act 2015" in text
    assert "2024/3015" not in render_bytes("forced-labor-clauses", data, "md").decode("utf-8")
    every = with_document_options(data, jurisdictions=["us", "eu", "uk", "ca", "au"])
    topics = render_bytes("training-acknowledgement", every, "md").decode("utf-8")
    for law in (
        "2024/3015",
        "Modern Slavery Act 2015",
        "Customs Tariff",
        "Modern Slavery Act 2018",
    ):
        assert law in topics, law


def _combinations() -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (style, variant, jurisdictions)
        for style in ("shared-responsibility", "traditional")
        for variant in ("balanced", "strict")
        for jurisdictions in (("us",), ("us", "eu", "uk", "ca", "au"))
    ]


@pytest.mark.parametrize("style,variant,jurisdictions", _combinations())
@pytest.mark.parametrize("kind", ["forced-labor-clauses", "social-compliance-program"])
def test_no_provision_is_stated_twice(
    kind: str, style: str, variant: str, jurisdictions: tuple[str, ...]
) -> None:
    """The responsible-exit commitment and the more-protective-standard rule live in one
    section each (others refer to them), and no long sentence repeats word for word."""
    data = sample_data()
    data = with_document_options(
        data, style=style, variant=variant, jurisdictions=list(jurisdictions)
    )
    sections: dict[str, str] = {}
    current = ""
    for block in build_document(kind, data).blocks:
        if type(block).__name__ == "Heading":
            current = block.text  # type: ignore[union-attr]
        elif hasattr(block, "text"):
            sections[current] = sections.get(current, "") + " " + block.text  # type: ignore[union-attr]
    exit_terms = [
        h for h, body in sections.items() if re.search(r"timing (and manner )?of the exit", body)
    ]
    assert len(exit_terms) <= 1, exit_terms
    protective = [
        h
        for h, body in sections.items()
        if re.search(r"more protective of Workers|greater protection|stricter standard", body)
    ]
    assert len(protective) <= 1, protective
    sentences = [
        s.strip()
        for body in sections.values()
        for s in re.split(r"(?<=[.;:])\s+", body)
        if len(s.split()) >= 15
    ]
    repeated = {s for s in sentences if sentences.count(s) > 1}
    assert not repeated, repeated


CROSS_REFERENCE = re.compile(
    r"(?:clause|section) of this (?:Rider|program|Code) on ([a-z ,-]+?)(?=[.;]| as | and on)"
)


@pytest.mark.parametrize("style,variant,jurisdictions", _combinations())
def test_cross_references_name_a_heading_of_the_same_document(
    style: str, variant: str, jurisdictions: tuple[str, ...]
) -> None:
    """Clauses refer to each other by subject ("the clause of this Rider on remedies"), never
    by number; each such reference must match a heading in that very document."""
    data = sample_data()
    data = with_document_options(
        data, style=style, variant=variant, jurisdictions=list(jurisdictions)
    )
    for kind in KINDS:
        blocks = build_document(kind, data).blocks
        headings = [b.text.lower() for b in blocks if type(b).__name__ == "Heading"]  # type: ignore[union-attr]
        text = " ".join(getattr(b, "text", "") for b in blocks)
        for match in CROSS_REFERENCE.finditer(text):
            assert any(match.group(1) in h for h in headings), (kind, match.group(0))


SPELLED_PERIOD = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|forty-five|sixty|ninety)\s+(calendar\s+|business\s+)?(days|weeks|months|years|hours)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("style,variant,jurisdictions", _combinations())
def test_periods_are_written_in_digits(
    style: str, variant: str, jurisdictions: tuple[str, ...]
) -> None:
    """One numeral style throughout, as the option values render ("within 5 business days")."""
    data = sample_data()
    data = with_document_options(
        data, style=style, variant=variant, jurisdictions=list(jurisdictions)
    )
    for kind in KINDS:
        text = render_bytes(kind, data, "md").decode("utf-8")
        match = SPELLED_PERIOD.search(text)
        assert match is None, (kind, text[max(0, match.start() - 60) : match.end() + 20])


def test_the_code_uses_its_defined_term() -> None:
    """The code defines itself as this "Code" once; after that it says "this Code"."""
    data = sample_data()
    every = with_document_options(data, jurisdictions=["us", "eu", "uk", "ca", "au"])
    text = render_bytes("code-of-conduct", every, "md").decode("utf-8")
    body = text.split('(this "Code")', 1)[1].rsplit("\n---\n", 1)[0]
    assert "Supplier Code of Conduct" not in body
    # the laws it names read as one list: "A, B, C and D."
    assert "Customs Tariff of Canada and Australia's Modern Slavery Act 2018." in body


def test_provenance() -> None:
    data = sample_data()
    record = provenance("code-of-conduct", data)
    assert record["kind"] == "code-of-conduct"
    assert (
        record["template"] == "templates/code-of-conduct.yaml" and record["template_version"] == "2"
    )
    assert record["clause_library_version"] == load_library().version
    assert record["law_as_of"] == "2026-01-01"
    assert record["generator_version"] == __version__
    assert len(record["data_sha256"]) == 64
    other = data.merged({"supplier.name": "Other Co."}, "row 2")
    assert provenance("code-of-conduct", other)["data_sha256"] != record["data_sha256"]
    with pytest.raises(LaborclauseError, match="unknown document kind 'memo'"):
        provenance("memo", data)


def test_template_context_for_user_templates() -> None:
    context = template_context("forced-labor-clauses", sample_data())
    assert context["company"]["name"] == "Acme Outdoor Goods, Inc."
    assert context["supplier"]["name"] == "Harbor Textile Co., Ltd."
    assert context["terms"] == {"buyer": "Buyer", "supplier": "Supplier", "agreement": "Agreement"}
    assert context["document"]["effective_date"] == "January 15, 2026"
    assert context["title"] == "Forced Labor Rider"
    numbered = [c for c in context["clauses"] if c["number"]]
    assert numbered[0]["number"] == "1" and numbered[1]["title"] == "Definitions"
    assert any(p.startswith('(a) "Child Labor" means') for p in numbered[1]["paragraphs"])


# ---- commands ------------------------------------------------------------------------


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("fmt", ["docx", "md", "html"])
def test_generate_command(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"rider.{fmt}"
    result = run(
        "generate",
        "forced-labor-clauses",
        "--data",
        str(sample_data_path()),
        "-o",
        str(out),
        "--format",
        fmt,
    )
    assert result.exit_code == 0, result.stderr
    assert result.output.strip() == f"wrote {out}"
    assert out.read_bytes() == render_bytes("forced-labor-clauses", sample_data(), fmt)


def test_generate_bundle_needs_batch(tmp_path: Path) -> None:
    result = run("generate", "bundle", "--data", str(sample_data_path()))
    assert result.exit_code == 2 and "needs --batch" in result.stderr


def test_demo_writes_every_kind(tmp_path: Path) -> None:
    result = run("demo", "-o", str(tmp_path / "demo"))
    assert result.exit_code == 0, result.stderr
    files = sorted(p.name for p in (tmp_path / "demo").iterdir())
    assert files == sorted(f"{kind}.{fmt}" for kind in KINDS for fmt in ("docx", "html", "md"))
    # it says where every file is, what each kind is, and what to do next
    for name in files:
        assert str(tmp_path / "demo" / name) in result.output
    assert f"Wrote 12 files to {(tmp_path / 'demo').resolve()}{os.sep}" in result.output
    assert "sample-company.yaml" in result.output and "laborclause init-data" in result.output
    assert "supplier code of conduct" in result.output
    for kind in KINDS:
        assert (
            docx.Document(str(tmp_path / "demo" / f"{kind}.docx")).paragraphs[0].style.name
            == "Title"
        )


def test_clauses_list_and_show() -> None:
    listing = run("clauses", "list")
    assert listing.exit_code == 0
    lines = listing.output.splitlines()
    assert lines[0].split() == ["ID", "TITLE", "OBLIGATIONS", "KINDS"]
    assert len(lines) == len(load_library().clauses) + 1
    assert any(line.startswith("definitions ") for line in lines)
    shown = run("clauses", "show", "legal-compliance", "--kind", "forced-labor-clauses")
    assert shown.exit_code == 0
    assert shown.output.startswith("legal-compliance: ")
    assert "[forced-labor-clauses / balanced]" in shown.output and "{{" not in shown.output
    unknown = run("clauses", "show", "no-such-clause")
    assert unknown.exit_code == 2
    assert unknown.stderr.strip() == (
        "laborclause: error: no clause 'no-such-clause' in the library "
        "(see `laborclause clauses list`)"
    )


@pytest.mark.pdf
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_generate_pdf(tmp_path: Path) -> None:
    out = tmp_path / "program.pdf"
    result = run(
        "generate",
        "social-compliance-program",
        "--data",
        str(sample_data_path()),
        "-o",
        str(out),
        "--format",
        "pdf",
    )
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_rider_without_supplier_details_names_the_party_generically() -> None:
    data = sample_data()
    bare = data.merged({}, "data").model_copy(update={"supplier": type(data.supplier)()})
    text = render_bytes("forced-labor-clauses", bare, "md").decode("utf-8")
    assert 'the supplier that is party to the Agreement with Buyer ("Supplier")' in text
    assert (
        "to the Agreement between Acme Outdoor Goods, Inc. and the supplier named in the Agreement"
        in text
    )
    assert "None" not in text
    # a line to write the supplier's name on above its signature lines
    assert f"| Acme Outdoor Goods, Inc. | {'_' * 24} (Supplier) |" in text
    code = render_bytes("code-of-conduct", bare, "md").decode("utf-8")
    assert f"| {'_' * 24} (Supplier) |" in code and "None" not in code


def test_unwritable_output_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    result = run(
        "generate",
        "code-of-conduct",
        "--data",
        str(sample_data_path()),
        "-o",
        str(tmp_path / "taken"),
    )
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"laborclause: error: {tmp_path / 'taken'}: cannot write the document"
    )


def test_every_generator_command_has_help_with_an_example() -> None:
    from generator.commands import COMMANDS

    names = {command.name for command in COMMANDS}
    assert {"generate", "demo", "init-data", "clauses", "convert"} <= names
    for command in COMMANDS:
        subcommands = getattr(command, "commands", {})
        for path in [[command.name], *[[command.name, sub] for sub in subcommands]]:
            result = run(*path, "--help")
            assert result.exit_code == 0, path
            assert "laborclause " in result.output, f"{' '.join(path)}: help has no example"
