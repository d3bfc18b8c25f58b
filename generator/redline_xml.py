"""WordprocessingML machinery for the redline: text of runs, splitting runs at a
character, tracked insertions and deletions, and comments anchored outside the revision
wrappers (generator.redline decides where the changes go).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

AUTHOR = "laborclause"
INITIALS = "LC"
_NUMBER = re.compile(
    r"^\s*(?:(?:Section|Article|Clause)\s+)?(?:\d+(?:\.\d+)*\.?|\([a-z0-9]{1,4}\))\s+", re.I
)

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def normalize(text: str) -> tuple[str, list[int]]:
    """Whitespace collapsed and quotes straightened, with each character's index in `text`."""
    out: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text.translate(_QUOTES)):
        if char.isspace():
            if not out or out[-1] == " ":
                continue
            char = " "
        out.append(char)
        where.append(index)
    return "".join(out), where


def key(text: str) -> str:
    return normalize(_NUMBER.sub("", text))[0].strip()


# ---- runs and their text ---------------------------------------------------------------


def el(tag: str, attrs: dict[str, str] | None = None, parent: Any = None) -> Any:
    """A WordprocessingML element of python-docx's own classes (so its run methods work)."""
    element = OxmlElement(tag, attrs=attrs or {})
    if parent is not None:
        parent.append(element)
    return element


def runs(p: Any) -> list[Any]:
    return list(p.xpath("./w:r | ./w:hyperlink/w:r | ./w:smartTag/w:r"))


def run_text(r: Any) -> str:
    parts = []
    for child in r:
        if child.tag == qn("w:t"):
            parts.append(child.text or "")
        elif child.tag == qn("w:tab"):
            parts.append("\t")
        elif child.tag in (qn("w:br"), qn("w:cr")):
            parts.append("\n")
    return "".join(parts)


def _plain(r: Any) -> bool:
    """A run of rPr and w:t only: safe to split at any character."""
    return all(c.tag in (qn("w:rPr"), qn("w:t")) for c in r)


def _split(r: Any, at: int) -> Any:
    """Split a plain run at character `at`; returns the second half (inserted after `r`)."""
    text = run_text(r)
    tail = copy.deepcopy(r)
    for node, value in ((r, text[:at]), (tail, text[at:])):
        for t in node.findall(qn("w:t")):
            node.remove(t)
        t = el("w:t", parent=node)
        t.text = value
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.addnext(tail)
    return tail


def isolate(p: Any, start: int, end: int) -> list[Any]:
    """The runs of `p` that cover characters [start, end), split at the ends where possible."""
    chosen = []
    position = 0
    for r in runs(p):
        text = run_text(r)
        lo, hi = position, position + len(text)
        position = hi
        if hi <= start or lo >= end or not text:
            continue
        if _plain(r) and lo < start:
            r = _split(r, start - lo)
            lo = start
        if _plain(r) and hi > end:
            _split(r, end - lo)
        chosen.append(r)
    return chosen


# ---- tracked changes and comments -----------------------------------------------------


@dataclass
class Revisions:
    date: str
    next_id: int

    def attrs(self) -> dict[str, str]:
        self.next_id += 1
        return {qn("w:id"): str(self.next_id), qn("w:author"): AUTHOR, qn("w:date"): self.date}

    def delete(self, runs: list[Any]) -> list[Any]:
        wrappers = []
        for r in runs:
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
            wrapper = el("w:del", self.attrs())
            r.addprevious(wrapper)
            wrapper.append(r)
            wrappers.append(wrapper)
        return wrappers

    def paragraph(
        self,
        text: str,
        style: str | None,
        *,
        bold_lead: str = "",
        indent: int | None = None,
        marker: str = "",
    ) -> Any:
        """A new paragraph whose mark and runs are tracked insertions; a list `marker`
        ("(a)") is followed by a tab to the hanging indent."""
        p = el("w:p")
        p_pr = el("w:pPr", parent=p)
        if style:
            el("w:pStyle", {qn("w:val"): style}, p_pr)
        if indent:
            el("w:ind", {qn("w:left"): str(indent), qn("w:hanging"): str(indent)}, p_pr)
        el("w:ins", self.attrs(), el("w:rPr", parent=p_pr))
        ins = el("w:ins", self.attrs(), p)
        if marker:
            r = el("w:r", parent=ins)
            el("w:t", parent=r).text = marker
            el("w:tab", parent=r)
        for value, bold in ((bold_lead, True), (text, False)):
            if not value:
                continue
            r = el("w:r", parent=ins)
            if bold:
                el("w:b", parent=el("w:rPr", parent=r))
            t = el("w:t", parent=r)
            t.text = value
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return p


def comment(document: Any, elements: list[Any], text: str, date: str) -> None:
    """A comment over `elements` (runs, or w:ins/w:del wrappers), markers outside the wrappers."""
    first, last = elements[0], elements[-1]
    first_run = first if first.tag == qn("w:r") else first.find(qn("w:r"))
    last_run = last if last.tag == qn("w:r") else last.findall(qn("w:r"))[-1]
    paragraph = DocxParagraph(first_run.getparent(), document.part)
    comment = document.add_comment(
        [Run(first_run, paragraph), Run(last_run, paragraph)],
        text=text,
        author=AUTHOR,
        initials=INITIALS,
    )
    comment._comment_elm.set(qn("w:date"), date)
    start = first_run.getprevious()
    end = last_run.getnext()
    reference = end.getnext()
    if first is not first_run:
        first.addprevious(start)
    if last is not last_run:
        last.addnext(reference)
        last.addnext(end)
