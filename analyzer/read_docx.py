"""DOCX: body paragraphs and tables in document order, with Word's visible numbering.

python-docx opens the package (after `safety.open_docx_zip` has vetted it); the body is
then walked on its XML so tables, content controls and tracked insertions keep their
place. Automatic numbering is rendered the way Word shows it ("1.", "12.3", "(b)") from
numbering.xml (see `docx_styles`). Headers and footers are collected apart from the body.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from analyzer.docx_styles import W_NS, Numbering, Styles, W, val
from analyzer.layout import Para, classify, detect_number
from analyzer.safety import open_docx_zip
from laborclause.errors import DocumentError

NS = {"w": W_NS, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
MAX_TABLE_DEPTH = 8

_TEXT_NODES = etree.XPath(
    "(.//w:r/w:t | .//w:r/w:tab | .//w:r/w:br | .//w:r/w:cr | .//w:r/w:noBreakHyphen)"
    "[not(ancestor::mc:Fallback)][not(ancestor::w:del)]",
    namespaces=NS,
)


@dataclass
class DocxContent:
    paras: list[Para]
    headers_footers: list[str]


def read_docx(data: bytes, path: str | Path) -> DocxContent:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    with open_docx_zip(data, path) as archive:
        if "word/document.xml" not in archive.namelist():
            raise DocumentError(
                "unsupported format: a zip archive that is not a Word document",
                path=path,
                code="unsupported-format",
            )
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError) as err:
        raise DocumentError(f"corrupt DOCX ({err})", path=path, code="corrupt") from None
    except ValueError as err:  # a zip with another content type: .xlsx, .pptx, ...
        raise DocumentError(
            f"not a Word document ({err})", path=path, code="unsupported-format"
        ) from None
    except etree.XMLSyntaxError as err:
        raise DocumentError(f"corrupt DOCX (bad XML: {err})", path=path, code="corrupt") from None
    part = document.part
    styles = Styles(part.styles.element if _has_part(part, "styles") else None)
    numbering = Numbering(
        part.numbering_part.element if _has_part(part, "numbering_part") else None,
        styles.list_styles,
    )
    reader = _BodyReader(styles, numbering)
    paras = list(reader.blocks(document.element.body))
    return DocxContent(paras, _headers_footers(document))


def _has_part(part: object, name: str) -> bool:
    try:
        getattr(part, name)
    except (NotImplementedError, KeyError):
        return False
    return True


def paragraph_text(p: etree._Element) -> str:
    out = []
    for node in _TEXT_NODES(p):
        tag = node.tag
        if tag == W + "t":
            out.append(node.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        else:
            out.append("\n")
    return "".join(out)


# --- body ----------------------------------------------------------------------------------


class _BodyReader:
    def __init__(self, styles: Styles, numbering: Numbering):
        self.styles = styles
        self.numbering = numbering

    def blocks(self, container: etree._Element, depth: int = 0) -> Iterator[Para]:
        for child in self._block_children(container):
            if child.tag == W + "p":
                para = self.paragraph(child)
                if para is not None:
                    yield para
            elif child.tag == W + "tbl" and depth < MAX_TABLE_DEPTH:
                yield from self.table(child, depth)

    def _block_children(self, container: etree._Element) -> Iterator[etree._Element]:
        for child in container:
            if child.tag in (W + "sdt", W + "customXml", W + "ins", W + "moveTo"):
                inner = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
                if inner is not None:
                    yield from self._block_children(inner)
            elif child.tag in (W + "p", W + "tbl"):
                yield child

    def label(self, p: etree._Element) -> tuple[str | None, int, str | None]:
        """(visible number label, list level, style id) of a paragraph."""
        ppr = p.find(W + "pPr")
        sid = val(ppr, "pStyle")
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        num_id, ilvl = val(numpr, "numId"), val(numpr, "ilvl")
        style_num, style_ilvl, carrier = self.styles.numbering(sid)
        if num_id is None:
            num_id = style_num
            if ilvl is None:
                ilvl = style_ilvl
                if ilvl is None and num_id and carrier:
                    found = self.numbering.level_for_style(num_id, carrier)
                    ilvl = str(found) if found is not None else None
        if not num_id or num_id == "0":
            return None, 0, sid
        level = int(ilvl) if ilvl and ilvl.isdigit() else 0
        return self.numbering.next_label(num_id, level), level + 1, sid

    def paragraph(self, p: etree._Element, *, kind: str = "paragraph") -> Para | None:
        label, list_level, sid = self.label(p)
        text = paragraph_text(p).strip()
        if not text:
            return None
        heading = self.styles.heading_level(sid)
        number = None
        if label:
            text = f"{label} {text}"
            found = detect_number(label + " ")
            number = found.number if found else label.rstrip(".")
        if heading is not None and kind == "paragraph":
            para = Para(text, kind="heading", number=number, level=heading)
        else:
            if kind == "paragraph" and list_level and not label:
                kind = "list-item"  # a bullet: a list item without a clause number
            para = Para(text, kind=kind, number=number, level=list_level)  # type: ignore[arg-type]
        return classify(para)

    def table(self, tbl: etree._Element, depth: int) -> Iterator[Para]:
        """One table-cell block per cell (its paragraphs joined by newlines), row by row;
        a nested table comes out where it stands inside its cell."""
        for tr in self._block_rows(tbl):
            for tc in tr.iterchildren(W + "tc", W + "sdt"):
                cell = tc.find(W + "sdtContent/" + W + "tc") if tc.tag == W + "sdt" else tc
                if cell is None:
                    continue
                lines: list[Para] = []
                for child in self._block_children(cell):
                    if child.tag == W + "p":
                        para = self.paragraph(child, kind="table-cell")
                        if para is not None:
                            lines.append(para)
                    elif depth + 1 < MAX_TABLE_DEPTH:
                        yield from _cell(lines)
                        lines = []
                        yield from self.table(child, depth + 1)
                yield from _cell(lines)

    def _block_rows(self, tbl: etree._Element) -> Iterator[etree._Element]:
        for child in tbl:
            if child.tag == W + "tr":
                yield child
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    yield from content.iterchildren(W + "tr")


def _cell(lines: list[Para]) -> Iterator[Para]:
    if lines:
        text = "\n".join(p.text for p in lines)
        yield Para(text, "table-cell", None, lines[0].number, lines[0].level)


def _headers_footers(document) -> list[str]:  # type: ignore[no-untyped-def]
    seen: dict[str, None] = {}
    for section in document.sections:
        for part in (
            section.header, section.footer, section.first_page_header,
            section.first_page_footer, section.even_page_header, section.even_page_footer,
        ):  # fmt: skip
            if part.is_linked_to_previous:
                continue
            for p in part._element.iter(W + "p"):
                text = " ".join(paragraph_text(p).split())
                if text:
                    seen[text] = None
    return list(seen)
