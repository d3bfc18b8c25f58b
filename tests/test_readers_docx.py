"""DOCX reading: Word automatic numbering as visible numbers, tables in order, headers apart."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from analyzer.readers import read_document

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


ABSTRACTS = [
    # 900: contract clauses 1. / 1.1 / (a) / (i)
    (
        900,
        _lvl(0, "decimal", "%1.")
        + _lvl(1, "decimal", "%1.%2")
        + _lvl(2, "lowerLetter", "(%3)")
        + _lvl(3, "lowerRoman", "(%4)"),
    ),
    # 901: articles in roman numerals, linked to a paragraph style
    (901, _lvl(0, "upperRoman", "Article %1", extra='<w:pStyle w:val="ArticleHeading"/>')),
    # 902: a legal-style list starting at 12: "12.3" even though level 0 is roman
    (
        902,
        _lvl(0, "upperRoman", "%1.", start=12) + _lvl(1, "decimal", "%1.%2", extra="<w:isLgl/>"),
    ),
    # 903: bullets are not clause numbers
    (903, _lvl(0, "bullet", "\u2022")),
]
NUMS = {20: 900, 21: 900, 22: 901, 23: 902, 24: 903}
RESTART = 21  # a second list on the same abstractNum that restarts at 1


def _add_numbering(document: docx.document.Document) -> None:
    numbering = document.part.numbering_part.element
    for aid, levels in ABSTRACTS:
        el = parse_xml(f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}">{levels}</w:abstractNum>')
        first_num = numbering.find(f"{{{W_NS}}}num")
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)
    for num_id, aid in NUMS.items():
        override = (
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            if num_id == RESTART
            else ""
        )
        numbering.append(
            parse_xml(
                f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>'
                f"{override}</w:num>"
            )
        )


def _style(document: docx.document.Document) -> None:
    styles = document.styles.element
    styles.append(
        parse_xml(
            f'<w:style {NSDECL} w:type="paragraph" w:styleId="ArticleHeading">'
            '<w:name w:val="Article Heading"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:numPr><w:numId w:val="22"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>'
            "</w:style>"
        )
    )


def _numbered(document: docx.document.Document, text: str, num_id: int, ilvl: int = 0) -> None:
    p = document.add_paragraph(text)
    p._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {NSDECL}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


@pytest.fixture(scope="module")
def contract_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    document = docx.Document()
    _add_numbering(document)
    _style(document)
    section = document.sections[0]
    section.header.paragraphs[0].text = "ACME CONFIDENTIAL HEADER"
    section.footer.paragraphs[0].text = "Supplier Agreement footer"

    document.add_heading("Supplier Agreement", level=0)
    document.add_paragraph("Labor Standards", style="Article Heading")
    _numbered(document, "Definitions", 20, 0)
    _numbered(document, '"Supplier" means the seller of goods.', 20, 1)
    _numbered(document, "Supplier shall not use:", 20, 1)
    _numbered(document, "prison labor;", 20, 2)
    _numbered(document, "bonded labor.", 20, 2)
    _numbered(document, "Supplier shall pay wages in full.", 20, 1)
    _numbered(document, "on time;", 20, 2)
    _numbered(document, "in cash or by transfer.", 20, 3)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Obligation"
    table.cell(0, 1).text = "Owner"
    table.cell(1, 0).text = "Audit rights"
    table.cell(1, 1).text = "Buyer"
    _numbered(document, "Audit Rights", 20, 0)
    _numbered(document, "Buyer may conduct unannounced audits of the Supplier.", 20, 1)
    document.add_paragraph("Remedies", style="Article Heading")
    _numbered(document, "Remediation plans are agreed with the Buyer.", RESTART, 0)
    _numbered(document, "Legal numbering for the twelfth clause.", 23, 1)
    _numbered(document, "first bullet point", 24, 0)
    document.add_heading("Signatures", level=1)

    path = tmp_path_factory.mktemp("docx") / "contract.docx"
    document.save(str(path))
    return path


def test_visible_numbers_and_kinds(contract_docx: Path) -> None:
    doc = read_document(contract_docx)
    assert doc.format == "docx"
    assert doc.pages is None
    rows = [(b.kind, b.number, b.level, doc.text[b.start : b.end]) for b in doc.blocks]
    assert rows == [
        ("heading", None, 1, "Supplier Agreement"),
        ("heading", "I", 1, "Article I Labor Standards"),
        ("heading", "1", 1, "1. Definitions"),
        ("list-item", "1.1", 2, '1.1 "Supplier" means the seller of goods.'),
        ("list-item", "1.2", 2, "1.2 Supplier shall not use:"),
        ("list-item", "(a)", 3, "(a) prison labor;"),
        ("list-item", "(b)", 3, "(b) bonded labor."),
        ("list-item", "1.3", 2, "1.3 Supplier shall pay wages in full."),
        ("list-item", "(a)", 3, "(a) on time;"),
        ("list-item", "(i)", 4, "(i) in cash or by transfer."),
        ("table-cell", None, 0, "Obligation"),
        ("table-cell", None, 0, "Owner"),
        ("table-cell", None, 0, "Audit rights"),
        ("table-cell", None, 0, "Buyer"),
        ("heading", "2", 1, "2. Audit Rights"),
        ("list-item", "2.1", 2, "2.1 Buyer may conduct unannounced audits of the Supplier."),
        ("heading", "II", 1, "Article II Remedies"),
        ("list-item", "1", 1, "1. Remediation plans are agreed with the Buyer."),
        ("list-item", "12.1", 2, "12.1 Legal numbering for the twelfth clause."),
        ("list-item", None, 1, "first bullet point"),
        ("heading", None, 1, "Signatures"),
    ]
    assert "\n\n".join(doc.text[b.start : b.end] for b in doc.blocks) == doc.text


def test_sections_follow_numbers(contract_docx: Path) -> None:
    doc = read_document(contract_docx)
    block = doc.block_at(doc.text.index("bonded labor"))
    assert block is not None and block.section == "1.2(b)"
    block = doc.block_at(doc.text.index("unannounced audits"))
    assert block is not None and block.section == "2.1"


def test_headers_and_footers_kept_apart(contract_docx: Path) -> None:
    doc = read_document(contract_docx)
    assert "ACME CONFIDENTIAL HEADER" not in doc.text
    assert "footer" not in doc.text
    assert doc.headers_footers == ["ACME CONFIDENTIAL HEADER", "Supplier Agreement footer"]


def test_tracked_changes_and_nested_content(tmp_path: Path) -> None:
    """Inserted text counts, deleted text does not; content controls keep their place."""
    document = docx.Document()
    p = document.add_paragraph("Supplier shall ")
    p._p.append(
        parse_xml(
            f'<w:ins {NSDECL} w:id="1" w:author="a"><w:r><w:t xml:space="preserve">never </w:t>'
            "</w:r></w:ins>"
        )
    )
    p._p.append(
        parse_xml(
            f'<w:del {NSDECL} w:id="2" w:author="a"><w:r><w:delText>sometimes </w:delText>'
            "</w:r></w:del>"
        )
    )
    p.add_run("charge recruitment fees.")
    body = document.element.body
    body.insert(
        len(body) - 1,
        parse_xml(
            f"<w:sdt {NSDECL}><w:sdtContent><w:p><w:r><w:t>Inside a content control.</w:t></w:r>"
            "</w:p></w:sdtContent></w:sdt>"
        ),
    )
    document.add_paragraph("Last paragraph.")
    path = tmp_path / "tracked.docx"
    document.save(str(path))
    doc = read_document(path)
    assert doc.text.split("\n\n") == [
        "Supplier shall never charge recruitment fees.",
        "Inside a content control.",
        "Last paragraph.",
    ]


def test_docx_with_pdf_extension(tmp_path: Path, contract_docx: Path) -> None:
    path = tmp_path / "contract.pdf"
    path.write_bytes(contract_docx.read_bytes())
    doc = read_document(path)
    assert doc.format == "docx"
    assert "1.2 Supplier shall not use:" in doc.text
    assert doc.warnings == ["extension .pdf but the content is DOCX; read as DOCX"]


def test_empty_docx(tmp_path: Path) -> None:
    from laborclause.errors import DocumentError

    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert err.value.code == "empty"


def test_list_style_link(tmp_path: Path) -> None:
    """Word's multilevel list styles: a list's abstractNum defers (numStyleLink) to a
    numbering style, whose num points at the abstractNum that holds the levels."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = _lvl(0, "decimal", "Section %1.") + _lvl(1, "lowerLetter", "(%2)")
    first_num = numbering.find(f"{{{W_NS}}}num")
    for el in (
        f'<w:abstractNum {NSDECL} w:abstractNumId="910"><w:styleLink w:val="ContractList"/>'
        f"{levels}</w:abstractNum>",
        f'<w:abstractNum {NSDECL} w:abstractNumId="911"><w:numStyleLink w:val="ContractList"/>'
        "</w:abstractNum>",
    ):
        if first_num is not None:
            first_num.addprevious(parse_xml(el))
        else:
            numbering.append(parse_xml(el))
    for num_id, aid in ((30, 910), (31, 911)):
        numbering.append(
            parse_xml(
                f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/></w:num>'
            )
        )
    document.styles.element.append(
        parse_xml(
            f'<w:style {NSDECL} w:type="numbering" w:styleId="ContractList">'
            '<w:name w:val="Contract List"/><w:pPr><w:numPr><w:numId w:val="30"/></w:numPr>'
            "</w:pPr></w:style>"
        )
    )
    _numbered(document, "Supplier shall not use forced labor.", 31, 0)
    _numbered(document, "prison labor;", 31, 1)
    _numbered(document, "Buyer may audit the Supplier.", 31, 0)
    path = tmp_path / "linked.docx"
    document.save(str(path))
    doc = read_document(path)
    assert [(b.number, doc.text[b.start : b.end]) for b in doc.blocks] == [
        ("1", "Section 1. Supplier shall not use forced labor."),
        ("(a)", "(a) prison labor;"),
        ("2", "Section 2. Buyer may audit the Supplier."),
    ]
