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
- The package is written with sorted entries and fixed dates (generator.docx_package),
  so output is deterministic.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any
from xml.sax.saxutils import escape

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from generator.assemble import Document, Fields, Heading, Item, Paragraph, Signatures
from generator.context import DISCLAIMER
from generator.docx_package import new_document, package_bytes

INDENT = 567  # twips (1 cm): hanging indent of one numbering level
STYLES = ("Title", "Subtitle", "Heading 1", "Heading 2", "List Number", "Table Grid")
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


_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _text(value: str) -> str:
    """Escaped element text; control characters XML cannot carry are dropped."""
    return escape(_INVALID_XML.sub("", value))


class _Body:
    """Collects paragraphs and tables as WordprocessingML strings and parses them once:
    building them through python-docx (style lookup by name, one element at a time) costs
    several times more, which dominates a batch."""

    def __init__(self, document: docx.document.Document) -> None:
        self.body = document.element.body
        self.style_ids = {name: document.styles[name].style_id for name in STYLES}
        section = document.sections[0]
        width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
        self.text_width = max(int(width / 635), 2000)  # EMU -> twips
        self.parts: list[str] = []

    def _paragraph(
        self,
        text: str,
        style: str | None = None,
        numbering: tuple[int, int] | None = None,
        indent: int | None = None,
        bold: bool = False,
        italic: bool = False,
        size: int = 0,
        keep_next: bool = False,
    ) -> str:
        p_pr = ""  # child order follows the schema: pStyle, keepNext, numPr, ind
        if style:
            p_pr += f'<w:pStyle w:val="{self.style_ids[style]}"/>'
        if keep_next:
            p_pr += "<w:keepNext/>"
        if numbering:
            level, num_id = numbering[1], numbering[0]
            p_pr += f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        if indent:
            p_pr += f'<w:ind w:left="{indent}"/>'
        r_pr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")  # schema order: b, i, sz
        r_pr += f'<w:sz w:val="{size * 2}"/>' if size else ""
        run = ""
        if text:
            run = (
                f"<w:r>{f'<w:rPr>{r_pr}</w:rPr>' if r_pr else ''}"
                f'<w:t xml:space="preserve">{_text(text)}</w:t></w:r>'
            )
        return f"<w:p>{f'<w:pPr>{p_pr}</w:pPr>' if p_pr else ''}{run}</w:p>"

    def paragraph(self, text: str, style: str | None = None, **options: Any) -> None:
        self.parts.append(self._paragraph(text, style, **options))

    def table(
        self,
        rows: list[list[str]],
        bold_first_row: bool,
        bold_first_col: bool,
        keep_together: bool = False,
    ) -> None:
        """A grid table; `keep_together` keeps it on one page (a signature block)."""
        width = self.text_width // len(rows[0])
        xml = [
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.style_ids["Table Grid"]}"/>'
            '<w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" '
            'w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
            "</w:tblPr><w:tblGrid>",
            f'<w:gridCol w:w="{width}"/>' * len(rows[0]),
            "</w:tblGrid>",
        ]
        for r, values in enumerate(rows):
            if keep_together:  # signature rows get room to sign
                height = '<w:trHeight w:val="454" w:hRule="atLeast"/>' if r else ""
                xml.append(f"<w:tr><w:trPr><w:cantSplit/>{height}</w:trPr>")
            else:
                xml.append("<w:tr>")
            keep_next = keep_together and r < len(rows) - 1
            for c, value in enumerate(values):
                bold = (bold_first_row and r == 0) or (bold_first_col and c == 0)
                xml.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                    f"{self._paragraph(value, bold=bold, keep_next=keep_next)}</w:tc>"
                )
            xml.append("</w:tr>")
        xml.append("</w:tbl>")
        self.parts.append("".join(xml))
        self.paragraph("")

    def flush(self) -> None:
        """Parse everything at once and put it before the section properties."""
        fragment = parse_xml(f"<w:body {nsdecls('w')}>{''.join(self.parts)}</w:body>")
        sect_pr = self.body.find(qn("w:sectPr"))
        for element in list(fragment):
            if sect_pr is not None:
                sect_pr.addprevious(element)
            else:
                self.body.append(element)
        self.parts = []


def _body(document: docx.document.Document, model: Document) -> None:
    numbering = _Numbering(document)
    body = _Body(document)
    body.paragraph(model.title, "Title")
    if model.subtitle:
        body.paragraph(model.subtitle, "Subtitle")
    in_numbered_section = False
    item_num: int | None = None  # list instance for items outside numbered sections
    for block in model.blocks:
        if isinstance(block, Heading):
            in_numbered_section = bool(block.number)
            item_num = None
            clause_number = (numbering.clauses, 0) if block.number else None
            body.paragraph(block.text, f"Heading {block.level}", numbering=clause_number)
        elif isinstance(block, Paragraph):
            if block.role == "note":
                body.paragraph(block.text, italic=True, size=9)
            else:
                body.paragraph(block.text, indent=INDENT if in_numbered_section else None)
        elif isinstance(block, Item):
            if block.series == "recital":
                item_number = (numbering.recitals, 0)
            elif in_numbered_section:
                item_number = (numbering.clauses, 1)
            else:
                if item_num is None:
                    item_num = numbering.num(numbering.clause_abstract, restart_level=1)
                item_number = (item_num, 1)
            body.paragraph(block.text, "List Number", numbering=item_number)
        elif isinstance(block, Fields):
            body.table([list(row) for row in block.rows], False, True)
        elif isinstance(block, Signatures):
            if block.intro:
                body.paragraph(block.intro, keep_next=True)
            rows = [[heading for heading, _ in block.parties]]
            for index in range(len(block.parties[0][1])):
                rows.append([f"{rows_[index][0]}: {rows_[index][1]}" for _, rows_ in block.parties])
            body.table(rows, True, False, keep_together=True)
    body.flush()


def docx_bytes(model: Document, provenance: dict[str, str]) -> bytes:
    document = new_document()
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

    return package_bytes(document)
