"""DOCX: body paragraphs and tables in document order, with Word's visible numbering.

python-docx opens the package (after `safety.open_docx_zip` has vetted it); the body is
then walked on its XML so tables, content controls and tracked insertions keep their
place. Automatic numbering is rendered the way Word shows it ("1.", "12.3", "(b)") from
numbering.xml: abstractNum levels (start, numFmt, lvlText, lvlRestart, isLgl), num
overrides, counters per list and level, and numbering inherited from paragraph styles.
Headers and footers are collected apart from the body.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from analyzer.layout import Para, classify, detect_number, format_number
from analyzer.safety import open_docx_zip
from laborclause.errors import DocumentError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
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
    styles = _Styles(part.styles.element if _has_part(part, "styles") else None)
    numbering = _Numbering(
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


def _val(el: etree._Element | None, child: str) -> str | None:
    if el is None:
        return None
    node = el.find(W + child)
    return node.get(W + "val") if node is not None else None


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


# --- styles ------------------------------------------------------------------------------


@dataclass
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: str | None
    outline: str | None


class _Styles:
    def __init__(self, root: etree._Element | None):
        self.styles: dict[str, _Style] = {}
        self.list_styles: dict[str, str] = {}  # numbering style id -> numId
        self.default: str | None = None
        self._headings: dict[str | None, int | None] = {}
        self._numbering: dict[str | None, tuple[str | None, str | None, str | None]] = {}
        if root is None:
            return
        for st in root.iterfind(W + "style"):
            sid = st.get(W + "styleId") or ""
            ppr = st.find(W + "pPr")
            numpr = ppr.find(W + "numPr") if ppr is not None else None
            if st.get(W + "type") == "numbering":
                if (num_id := _val(numpr, "numId")) is not None:
                    self.list_styles[sid] = num_id
                continue
            if st.get(W + "type") != "paragraph":
                continue
            self.styles[sid] = _Style(
                name=(_val(st, "name") or sid).lower(),
                based_on=_val(st, "basedOn"),
                num_id=_val(numpr, "numId"),
                ilvl=_val(numpr, "ilvl"),
                outline=_val(ppr, "outlineLvl"),
            )
            if st.get(W + "default") in ("1", "true"):
                self.default = sid

    def chain(self, sid: str | None) -> Iterator[tuple[str, _Style]]:
        seen: set[str] = set()
        sid = sid or self.default
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            yield sid, self.styles[sid]
            sid = self.styles[sid].based_on

    def heading_level(self, sid: str | None) -> int | None:
        if sid not in self._headings:
            self._headings[sid] = self._heading_level(sid)
        return self._headings[sid]

    def _heading_level(self, sid: str | None) -> int | None:
        for _, style in self.chain(sid):
            if style.name == "title":
                return 1
            if style.name.startswith("heading ") and style.name[8:].strip().isdigit():
                return int(style.name[8:])
            if style.outline is not None and style.outline.isdigit() and int(style.outline) < 9:
                return int(style.outline) + 1
        return None

    def numbering(self, sid: str | None) -> tuple[str | None, str | None, str | None]:
        """(numId, ilvl, styleId that carries it) inherited from the style chain."""
        if sid not in self._numbering:
            found: tuple[str | None, str | None, str | None] = (None, None, None)
            for style_id, style in self.chain(sid):
                if style.num_id is not None:
                    found = (style.num_id, style.ilvl, style_id)
                    break
            self._numbering[sid] = found
        return self._numbering[sid]


# --- numbering ---------------------------------------------------------------------------


@dataclass
class _Level:
    start: int = 0
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None
    legal: bool = False
    style: str | None = None


@dataclass
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, _Level] = field(default_factory=dict)


def _parse_level(lvl: etree._Element, base: _Level | None = None) -> _Level:
    level = _Level(**vars(base)) if base else _Level()
    if (v := _val(lvl, "start")) is not None and v.lstrip("-").isdigit():
        level.start = int(v)
    if (v := _val(lvl, "numFmt")) is not None:
        level.fmt = v
    if (v := _val(lvl, "lvlText")) is not None:
        level.text = v
    if (v := _val(lvl, "lvlRestart")) is not None and v.isdigit():
        level.restart = int(v)
    if (node := lvl.find(W + "isLgl")) is not None:
        level.legal = node.get(W + "val") not in ("0", "false")
    level.style = _val(lvl, "pStyle") or level.style
    return level


class _Numbering:
    def __init__(self, root: etree._Element | None, list_styles: dict[str, str]):
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, _Num] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.used: set[str] = set()
        if root is None:
            return
        links: dict[str, str] = {}  # abstractNum -> the numbering style it defers to
        for an in root.iterfind(W + "abstractNum"):
            levels = {}
            for lvl in an.iterfind(W + "lvl"):
                levels[int(lvl.get(W + "ilvl", "0"))] = _parse_level(lvl)
            aid = an.get(W + "abstractNumId", "")
            self.abstract[aid] = levels
            if (link := _val(an, "numStyleLink")) is not None:
                links[aid] = link
        for num in root.iterfind(W + "num"):
            aid = _val(num, "abstractNumId") or ""
            entry = _Num(aid)
            for ov in num.iterfind(W + "lvlOverride"):
                ilvl = int(ov.get(W + "ilvl", "0"))
                if (v := _val(ov, "startOverride")) is not None and v.isdigit():
                    entry.starts[ilvl] = int(v)
                if (lvl := ov.find(W + "lvl")) is not None:
                    entry.levels[ilvl] = _parse_level(lvl, self.abstract.get(aid, {}).get(ilvl))
                    entry.starts.setdefault(ilvl, entry.levels[ilvl].start)
            self.nums[num.get(W + "numId", "")] = entry
        # A list that uses a list style (numStyleLink) takes its levels, and its counters,
        # from the abstractNum of the num that the style names.
        for entry in self.nums.values():
            link = links.get(entry.abstract)
            target = self.nums.get(list_styles.get(link or "", ""))
            if target is not None and self.abstract.get(target.abstract):
                entry.abstract = target.abstract

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        num = self.nums.get(num_id)
        if num is None:
            return None
        for ilvl, level in self.abstract.get(num.abstract, {}).items():
            if level.style == style_id:
                return ilvl
        return None

    def _level(self, num: _Num, ilvl: int) -> _Level:
        return num.levels.get(ilvl) or self.abstract.get(num.abstract, {}).get(ilvl) or _Level()

    def next_label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the list's counter at this level and render the visible label."""
        num = self.nums.get(num_id)
        if num is None or num.abstract not in self.abstract:
            return None
        counters = self.counters.setdefault(num.abstract, {})
        if num_id not in self.used:
            # the first paragraph of a num with start overrides restarts those levels
            self.used.add(num_id)
            for lvl in num.starts:
                counters.pop(lvl, None)
        level = self._level(num, ilvl)
        counters[ilvl] = (
            counters[ilvl] + 1 if ilvl in counters else num.starts.get(ilvl, level.start)
        )
        for deeper in [k for k in counters if k > ilvl]:
            restart = self._level(num, deeper).restart
            if restart is None or (restart != 0 and ilvl < restart):
                del counters[deeper]
        if level.fmt == "bullet":
            return None

        def value(i: int) -> str:
            lvl = self._level(num, i)
            n = counters.get(i, num.starts.get(i, lvl.start))
            return format_number(n, "decimal" if level.legal and i < ilvl else lvl.fmt)

        out = []
        text = level.text
        i = 0
        while i < len(text):
            if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit():
                out.append(value(int(text[i + 1]) - 1))
                i += 2
            else:
                out.append(text[i])
                i += 1
        return "".join(out).strip() or None


# --- body ----------------------------------------------------------------------------------


class _BodyReader:
    def __init__(self, styles: _Styles, numbering: _Numbering):
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
        sid = _val(ppr, "pStyle")
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        num_id, ilvl = _val(numpr, "numId"), _val(numpr, "ilvl")
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
