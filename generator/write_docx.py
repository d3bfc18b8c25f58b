"""DOCX output with python-docx: a real Word document, byte-identical for the same inputs.

- Built-in styles (Title, Subtitle, Heading 1/2, List Number, Table Grid).
- Clause numbering is Word automatic numbering: one multilevel list ("1." / "(a)") for
  numbered headings and their list items, one "(A)" list for recitals; the writer never
  types a number. List items outside a numbered section get their own list instance so
  they restart at "(a)".
- Header with the company name; footer with title, version, effective date and
  "Page X of Y" as PAGE / NUMPAGES fields.
- Core properties with fixed timestamps (the effective date) and custom properties
  (docProps/custom.xml) carrying the provenance and the disclaimer.
- The zip is rewritten with sorted entries and fixed dates, so output is deterministic.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from xml.sax.saxutils import escape

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Twips
from docx.text.paragraph import Paragraph as DocxParagraph

from generator.assemble import Document, Fields, Heading, Item, Paragraph, Signatures
from generator.context import DISCLAIMER

INDENT = 567  # twips (1 cm): hanging indent of one numbering level
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the fixed id of user-defined properties
OOXML = "http://schemas.openxmlformats.org/officeDocument/2006"

_CLAUSE_LEVELS = (
    ("decimal", "%1.", 0),
    ("lowerLetter", "(%2)", 1),
)


def _level(ilvl: int, fmt: str, text: str, indent_steps: int) -> str:
    left = INDENT * (indent_steps + 1)
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="{INDENT}"/></w:pPr></w:lvl>'
    )


class _Numbering:
    """Adds our abstractNum/num definitions to numbering.xml and hands out numIds."""

    def __init__(self, document: docx.document.Document) -> None:
        self.root = document.part.numbering_part.element
        abstract_ids = [
            int(a.get(qn("w:abstractNumId"))) for a in self.root.findall(qn("w:abstractNum"))
        ]
        num_ids = [int(n.get(qn("w:numId"))) for n in self.root.findall(qn("w:num"))]
        self.next_abstract = max(abstract_ids, default=-1) + 1
        self.next_num = max(num_ids, default=0) + 1
        self.clause_abstract = self._abstract(
            "multilevel", "".join(_level(i, f, t, s) for i, (f, t, s) in enumerate(_CLAUSE_LEVELS))
        )
        self.recital_abstract = self._abstract("singleLevel", _level(0, "upperLetter", "(%1)", 0))
        self.clauses = self.num(self.clause_abstract)
        self.recitals = self.num(self.recital_abstract)

    def _abstract(self, kind: str, levels: str) -> int:
        abstract_id = self.next_abstract
        self.next_abstract += 1
        element = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="{kind}"/>{levels}</w:abstractNum>'
        )
        # Schema order: every abstractNum precedes every num.
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            self.root.append(element)
        return abstract_id

    def num(self, abstract_id: int, restart_level: int | None = None) -> int:
        num_id = self.next_num
        self.next_num += 1
        override = (
            f'<w:lvlOverride w:ilvl="{restart_level}"><w:startOverride w:val="1"/></w:lvlOverride>'
            if restart_level is not None
            else ""
        )
        self.root.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                f"{override}</w:num>"
            )
        )
        return num_id


def _number(paragraph: DocxParagraph, num_id: int, ilvl: int) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.insert_element_before(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        ),
        "w:suppressLineNumbers",
        "w:pBdr",
        "w:shd",
        "w:tabs",
        "w:suppressAutoHyphens",
        "w:kinsoku",
        "w:wordWrap",
        "w:overflowPunct",
        "w:topLinePunct",
        "w:autoSpaceDE",
        "w:autoSpaceDN",
        "w:bidi",
        "w:adjustRightInd",
        "w:snapToGrid",
        "w:spacing",
        "w:ind",
        "w:contextualSpacing",
        "w:mirrorIndents",
        "w:suppressOverlap",
        "w:jc",
        "w:textDirection",
        "w:textAlignment",
        "w:textboxTightWrap",
        "w:outlineLvl",
        "w:divId",
        "w:cnfStyle",
        "w:rPr",
        "w:sectPr",
        "w:pPrChange",
    )


def _field(paragraph: DocxParagraph, instruction: str, placeholder: str) -> None:
    for xml in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instruction} </w:instrText>'
        "</w:r>",
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {nsdecls('w')}><w:t>{placeholder}</w:t></w:r>",
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def _custom_properties(values: dict[str, str]) -> bytes:
    props = "".join(
        f'<property fmtid="{FMTID}" pid="{pid}" name="{escape(name)}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(values.items(), start=2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{OOXML}/custom-properties" xmlns:vt="{OOXML}/docPropsVTypes">'
        f"{props}</Properties>"
    ).encode()


def _header_footer(document: docx.document.Document, model: Document) -> None:
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = model.company
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.add_run(f"{model.footer} · Page ")
    _field(footer, "PAGE", "1")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES", "1")
    for run in footer.runs:
        run.font.size = Pt(8)


def _table(
    document: docx.document.Document,
    rows: list[list[str]],
    bold_first_row: bool,
    bold_first_col: bool,
) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = document.styles["Table Grid"]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            run = cell.paragraphs[0].add_run(value)
            run.bold = (bold_first_row and r == 0) or (bold_first_col and c == 0)
    document.add_paragraph()


def _body(document: docx.document.Document, model: Document) -> None:
    numbering = _Numbering(document)
    in_numbered_section = False
    item_num: int | None = None  # list instance for items outside numbered sections
    for block in model.blocks:
        if isinstance(block, Heading):
            paragraph = document.add_paragraph(block.text, style=f"Heading {block.level}")
            in_numbered_section = bool(block.number)
            item_num = None
            if block.number:
                _number(paragraph, numbering.clauses, 0)
        elif isinstance(block, Paragraph):
            paragraph = document.add_paragraph()
            run = paragraph.add_run(block.text)
            if block.role == "note":
                run.italic = True
                run.font.size = Pt(9)
            elif in_numbered_section:
                paragraph.paragraph_format.left_indent = Twips(INDENT)
        elif isinstance(block, Item):
            paragraph = document.add_paragraph(block.text, style="List Number")
            if block.series == "recital":
                _number(paragraph, numbering.recitals, 0)
            elif in_numbered_section:
                _number(paragraph, numbering.clauses, 1)
            else:
                if item_num is None:
                    item_num = numbering.num(numbering.clause_abstract, restart_level=1)
                _number(paragraph, item_num, 1)
        elif isinstance(block, Fields):
            _table(document, [list(row) for row in block.rows], False, True)
        elif isinstance(block, Signatures):
            if block.intro:
                document.add_paragraph(block.intro)
            rows = [[heading for heading, _ in block.parties]]
            for index in range(len(block.parties[0][1])):
                rows.append([f"{rows_[index][0]}: {rows_[index][1]}" for _, rows_ in block.parties])
            _table(document, rows, True, False)


def docx_bytes(model: Document, provenance: dict[str, str]) -> bytes:
    document = docx.Document()
    document.add_paragraph(model.title, style="Title")
    if model.subtitle:
        document.add_paragraph(model.subtitle, style="Subtitle")
    _header_footer(document, model)
    _body(document, model)

    stamp = datetime(
        model.effective_date.year,
        model.effective_date.month,
        model.effective_date.day,
        tzinfo=timezone.utc,
    )
    core = document.core_properties
    core.title = model.title
    core.subject = model.kind
    core.author = model.company
    core.last_modified_by = "laborclause"
    core.comments = DISCLAIMER
    core.keywords = "forced labor; social compliance; CTPAT"
    core.category = model.kind
    core.created = stamp
    core.modified = stamp
    core.last_printed = stamp
    core.revision = 1

    custom = {f"laborclause.{key}": value for key, value in provenance.items()}
    custom["laborclause.disclaimer"] = DISCLAIMER
    package = document.part.package
    part = Part(
        PackURI("/docProps/custom.xml"),
        CT.OFC_CUSTOM_PROPERTIES,
        _custom_properties(custom),
        package,
    )
    package.relate_to(part, RT.CUSTOM_PROPERTIES)

    buffer = io.BytesIO()
    document.save(buffer)
    return _normalised_zip(buffer.getvalue())


def _normalised_zip(data: bytes) -> bytes:
    """Same entries, sorted ([Content_Types].xml first), fixed dates and attributes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = sorted(source.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, source.read(name))
    return out.getvalue()
