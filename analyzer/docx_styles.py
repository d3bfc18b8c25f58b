"""Word styles and numbering definitions: how a paragraph gets its visible number.

numbering.xml holds abstractNum definitions (per level: start, numFmt, lvlText,
lvlRestart, isLgl, pStyle) and num instances that point at them, with start overrides.
Counters run per abstractNum, as in Word, so two nums of one list continue each other
unless a start override restarts them; a list style (numStyleLink) lends its levels.
Paragraph styles can carry numbering and heading levels, inherited through basedOn.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from analyzer.layout import format_number

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"


def val(el: etree._Element | None, child: str) -> str | None:
    """The w:val of a child element (`<w:numId w:val="3"/>` -> "3"), if present."""
    if el is None:
        return None
    node = el.find(W + child)
    return node.get(W + "val") if node is not None else None


# --- styles ------------------------------------------------------------------------------


@dataclass
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: str | None
    outline: str | None


class Styles:
    """Paragraph styles (name, basedOn, numbering, outline level) and list styles."""

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
                if (num_id := val(numpr, "numId")) is not None:
                    self.list_styles[sid] = num_id
                continue
            if st.get(W + "type") != "paragraph":
                continue
            self.styles[sid] = _Style(
                name=(val(st, "name") or sid).lower(),
                based_on=val(st, "basedOn"),
                num_id=val(numpr, "numId"),
                ilvl=val(numpr, "ilvl"),
                outline=val(ppr, "outlineLvl"),
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
    if (v := val(lvl, "start")) is not None and v.lstrip("-").isdigit():
        level.start = int(v)
    if (v := val(lvl, "numFmt")) is not None:
        level.fmt = v
    if (v := val(lvl, "lvlText")) is not None:
        level.text = v
    if (v := val(lvl, "lvlRestart")) is not None and v.isdigit():
        level.restart = int(v)
    if (node := lvl.find(W + "isLgl")) is not None:
        level.legal = node.get(W + "val") not in ("0", "false")
    level.style = val(lvl, "pStyle") or level.style
    return level


class Numbering:
    """numbering.xml, with the running counters of each list."""

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
            if (link := val(an, "numStyleLink")) is not None:
                links[aid] = link
        for num in root.iterfind(W + "num"):
            aid = val(num, "abstractNumId") or ""
            entry = _Num(aid)
            for ov in num.iterfind(W + "lvlOverride"):
                ilvl = int(ov.get(W + "ilvl", "0"))
                if (v := val(ov, "startOverride")) is not None and v.isdigit():
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
