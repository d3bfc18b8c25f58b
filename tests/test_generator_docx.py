"""DOCX structure: built-in styles, Word automatic numbering (never typed numbers), header
and footer fields, signature tables, custom properties, deterministic bytes, LibreOffice."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from generator.context import DISCLAIMER
from generator.render import KINDS, provenance, render_bytes, sample_data, write_document

TYPED_NUMBER = re.compile(r"^\s*(\(?[0-9]{1,3}[.)]|\([a-zA-Z]{1,3}\)|[0-9]+\.[0-9]+)\s")


def open_docx(blob: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(blob))


def num_pr(paragraph) -> tuple[int, int] | None:
    p_pr = paragraph._p.pPr
    if p_pr is None or p_pr.numPr is None:
        return None
    return int(p_pr.numPr.numId.val), int(p_pr.numPr.ilvl.val)


def outline(document) -> list[tuple[str, int | None, str]]:
    """(style, numbering level, text) per paragraph: how DOCX output is compared."""
    rows = []
    for paragraph in document.paragraphs:
        numbering = num_pr(paragraph)
        rows.append((paragraph.style.name, numbering[1] if numbering else None, paragraph.text))
    return rows


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    data = sample_data()
    return {kind: render_bytes(kind, data, "docx") for kind in KINDS}


def test_rider_outline_uses_builtin_styles_and_numbering(rendered: dict[str, bytes]) -> None:
    rows = outline(open_docx(rendered["forced-labor-clauses"]))
    assert rows[0] == ("Title", None, "Forced Labor Rider")
    assert rows[1] == (
        "Subtitle",
        None,
        "to the Agreement between Acme Outdoor Goods, Inc. and Harbor Textile Co., Ltd.",
    )
    assert rows[2][0] == "Normal" and rows[2][2] == DISCLAIMER
    assert ("Heading 1", None, "Parties") in rows
    assert ("Heading 1", None, "Recitals") in rows
    assert ("Heading 1", 0, "Incorporation") in rows
    assert ("Heading 1", 0, "Definitions") in rows
    assert ("Heading 1", 0, "General") in rows
    recitals = [
        r for r in rows if r[2].startswith("Buyer and Supplier are parties to an agreement")
    ]
    assert recitals and recitals[0][:2] == ("List Number", 0)
    items = [r for r in rows if r[0] == "List Number" and r[1] == 1]
    assert any(r[2].startswith('"Child Labor" means') for r in items)


@pytest.mark.parametrize("kind", KINDS)
def test_numbering_is_automatic_never_typed(rendered: dict[str, bytes], kind: str) -> None:
    document = open_docx(rendered[kind])
    numbering_xml = document.part.numbering_part.element
    defined = {int(n.get(qn("w:numId"))) for n in numbering_xml.findall(qn("w:num"))}
    level_texts = {
        lvl.find(qn("w:lvlText")).get(qn("w:val")) for lvl in numbering_xml.iter(qn("w:lvl"))
    }
    assert {"%1.", "(%2)", "(%1)"} <= level_texts
    numbered = 0
    for paragraph in document.paragraphs:
        numbering = num_pr(paragraph)
        if paragraph.style.name == "List Number":
            assert numbering is not None, paragraph.text
        if numbering is not None:
            numbered += 1
            assert numbering[0] in defined
            assert not TYPED_NUMBER.match(paragraph.text), paragraph.text
    assert numbered > 3
    if kind != "training-acknowledgement":
        headings = [p for p in document.paragraphs if p.style.name == "Heading 1" and num_pr(p)]
        assert len(headings) >= 3
        assert all(num_pr(p)[1] == 0 for p in headings)


@pytest.mark.parametrize("kind", KINDS)
def test_header_footer_and_properties(rendered: dict[str, bytes], kind: str) -> None:
    blob = rendered[kind]
    document = open_docx(blob)
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "Acme Outdoor Goods, Inc."
    footer_xml = section.footer._element.xml
    instructions = [
        t.strip() for t in re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", footer_xml)
    ]
    assert instructions == ["PAGE", "NUMPAGES"]
    footer_text = section.footer.paragraphs[0].text
    assert "Version 1.0" in footer_text and "Effective January 15, 2026" in footer_text
    assert "Page 1 of 1" in footer_text  # field placeholders; Word/LibreOffice compute them
    core = document.core_properties
    assert core.created.date() == date(2026, 1, 15) == core.modified.date()
    assert core.comments == DISCLAIMER
    assert core.subject == kind
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        names = archive.namelist()
        custom = archive.read("docProps/custom.xml").decode("utf-8")
        content_types = archive.read("[Content_Types].xml").decode("utf-8")
        rels = archive.read("_rels/.rels").decode("utf-8")
    assert names[0] == "[Content_Types].xml"
    assert names[1:] == sorted(names[1:])
    assert "/docProps/custom.xml" in content_types and "custom-properties" in rels
    for key, value in provenance(kind, sample_data()).items():
        assert f'name="laborclause.{key}"><vt:lpwstr>{value}</vt:lpwstr>' in custom
    assert f'name="laborclause.disclaimer"><vt:lpwstr>{DISCLAIMER}</vt:lpwstr>' in custom


@pytest.mark.parametrize(
    "kind, headings, second_column",
    [
        (
            "forced-labor-clauses",
            ["Acme Outdoor Goods, Inc.", "Harbor Textile Co., Ltd."],
            "Name: Nguyen Van An",
        ),
        ("code-of-conduct", ["Harbor Textile Co., Ltd."], None),
        (
            "training-acknowledgement",
            ["Trainee", "Trainer"],
            "Name: Maria Lopez, Responsible Sourcing Manager",
        ),
        (
            "social-compliance-program",
            ["Program Owner", "Senior Management"],
            "Name: Samira Haddad",
        ),
    ],
)
def test_signature_table(
    rendered: dict[str, bytes], kind: str, headings: list[str], second_column: str | None
) -> None:
    table = open_docx(rendered[kind]).tables[-1]
    assert [cell.text for cell in table.rows[0].cells] == headings
    first_column = [row.cells[0].text for row in table.rows[1:]]
    assert first_column[0].endswith(": ________________________")
    if second_column:
        assert second_column in [row.cells[-1].text for row in table.rows]


def test_training_acknowledgement_field_tables(rendered: dict[str, bytes]) -> None:
    tables = open_docx(rendered["training-acknowledgement"]).tables
    trainee = {row.cells[0].text: row.cells[1].text for row in tables[0].rows}
    assert trainee == {
        "Name": "Tran Thi Binh",
        "Role": "Human Resources Manager",
        "Employer": "Harbor Textile Co., Ltd.",
        "Site": "Da Nang factory",
    }
    course = {row.cells[0].text: row.cells[1].text for row in tables[1].rows}
    assert course["Date"] == "February 3, 2026" and course["Language of delivery"] == "English"


def test_same_inputs_give_identical_bytes(tmp_path: Path) -> None:
    data = sample_data()
    first = write_document("forced-labor-clauses", data, tmp_path / "a.docx").read_bytes()
    second = write_document("forced-labor-clauses", data, tmp_path / "b.docx").read_bytes()
    assert first == second
    later = data.model_copy(
        update={"document": data.document.model_copy(update={"effective_date": date(2026, 2, 1)})}
    )
    assert render_bytes("forced-labor-clauses", later, "docx") != first


def test_disclaimer_switch_keeps_metadata() -> None:
    data = sample_data()
    off = data.model_copy(
        update={"document": data.document.model_copy(update={"disclaimer": False})}
    )
    blob = render_bytes("code-of-conduct", off, "docx")
    document = open_docx(blob)
    assert all(DISCLAIMER not in p.text for p in document.paragraphs)
    assert document.core_properties.comments == DISCLAIMER
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        assert DISCLAIMER in archive.read("docProps/custom.xml").decode("utf-8")
    assert DISCLAIMER not in render_bytes("code-of-conduct", off, "md").decode("utf-8")
    html = render_bytes("code-of-conduct", off, "html").decode("utf-8")
    assert f'<meta name="description" content="{DISCLAIMER}">' in html
    assert f'<p class="note">{DISCLAIMER}</p>' not in html
    assert '<meta name="laborclause.kind" content="code-of-conduct">' in html


def test_special_characters_are_escaped_in_every_format() -> None:
    data = sample_data()
    company = data.company.model_copy(update={"name": "Smith & Sons <Holdings>"})
    nasty = data.model_copy(update={"company": company})
    document = open_docx(render_bytes("forced-labor-clauses", nasty, "docx"))
    assert document.sections[0].header.paragraphs[0].text == "Smith & Sons <Holdings>"
    html = render_bytes("forced-labor-clauses", nasty, "html").decode("utf-8")
    assert "Smith &amp; Sons &lt;Holdings&gt;" in html and "<Holdings>" not in html
    for kind in KINDS:
        for fmt in ("md", "html"):
            assert "{{" not in render_bytes(kind, nasty, fmt).decode("utf-8")


@pytest.mark.pdf
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_converts_every_kind(tmp_path: Path) -> None:
    data = sample_data()
    sources = [write_document(kind, data, tmp_path / f"{kind}.docx") for kind in KINDS]
    result = subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            *map(str, sources),
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for kind in KINDS:
        pdf = tmp_path / "pdf" / f"{kind}.pdf"
        assert pdf.exists(), kind
        if shutil.which("pdftotext"):
            text = subprocess.run(
                ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True
            ).stdout
            pages = re.findall(r"Page (\d+) of (\d+)", text)
            assert pages and pages[0][0] == "1", kind
            assert all(total == pages[0][1] for _, total in pages)
            assert int(pages[0][1]) == len(pages)  # NUMPAGES was computed, one footer per page


def test_signature_block_stays_on_one_page(rendered: dict[str, bytes]) -> None:
    document = open_docx(rendered["forced-labor-clauses"])
    table = document.tables[-1]
    assert all(row._tr.trPr is not None and "cantSplit" in row._tr.trPr.xml for row in table.rows)
    keep = [row.cells[0].paragraphs[0].paragraph_format.keep_with_next for row in table.rows]
    assert keep == [True] * (len(table.rows) - 1) + [None]
    intro = [p for p in document.paragraphs if p.text.startswith("IN WITNESS WHEREOF")]
    assert intro and intro[0].paragraph_format.keep_with_next is True
