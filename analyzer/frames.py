"""Frames: headings, list lead-ins and schedules of standards around each sentence.

A list item inherits the cues and the subject of its lead-in ("Supplier shall not use:
(a) prison labor; (b) ..."); a sentence's topic is its heading and the document title; facts
inside a contract's schedule of labour standards bind like a code's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analyzer.context import Sentence

MODAL = ("binding", "commitment", "hedge", "permission")
# "All work is voluntary.": a short sentence with a finite verb states a standard
_STATEMENT = re.compile(r"\b(?:is|are|has|have|does|do)\b[^.]*\.\s*$")
_LEAD_END = (":", "—", "–", ":-", " -")
_MARKER = re.compile(r"^\s*(?:\(?[a-z]{1,4}\)|\(?\d+(?:\.\d+)*[.)]?|[•\-–*·])\s")


_ARTICLE = re.compile(r"^\s*(\d+)[.\s]")
# a section title: "§ 5 Rates and payment", "Article 7 Forced Labour" (not "1. No child
# labour", which in a code may be a standard)
_SECTION_HEAD = re.compile(
    r"^\s*(?:§+\s*\d+|(?:section|article|clause|part)\s+(?:\d+|[IVX]+))[.:\s]+[A-Z]",
    re.I,
)
# "Supplier shall comply with the following standards." announces the list after it
_ANNOUNCES = re.compile(r"\b(?:the following|as follows)\b", re.I)
# a contract's schedule of standards binds like a code ("SCHEDULE 3 - LABOUR STANDARDS")
_ANNEX = re.compile(r"^\s*(?:schedule|annex|exhibit|appendix|attachment|addendum)\b", re.I)
_STANDARDS = re.compile(
    r"standards?\b|\bcode\b|conduct|principles|requirements|guidelines|polic|ethic|"
    r"labou?r|social|human rights|sourcing|slavery",
    re.I,
)


_ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"}


def _marker_kind(text: str) -> tuple[str, str] | None:
    """The style of a list marker (bullet, "(a)", "(i)", "(1)", "1.", "a)") and its label."""
    match = _MARKER.match(text)
    if match is None:
        return None
    mark = match.group(0).strip()
    label = mark.strip("().").lower()
    if not label or not label[0].isalnum():
        return mark, ""
    style = "1" if label[0].isdigit() else "i" if label in _ROMAN else "a"
    return ("(" if mark[0] == "(" else "") + style, label


def _siblings(prev: Sentence, s: Sentence) -> bool:
    """Two items with the same kind of marker ("- Prohibit ..." then "- Respect ...") are
    siblings: the first is no lead-in of the second, even without a final stop ("(h)" then
    "(i)" is a sibling, "(b)" then "(i)" a sub-item)."""
    a, b = _marker_kind(prev.text), _marker_kind(s.text)
    if a is None or b is None:
        return False
    if a[0] == b[0]:
        return True
    return a[1] == "h" and b[1] == "i"


def _article_of(heading: Sentence) -> str | None:
    match = _ARTICLE.match(heading.text)
    return match.group(1) if match else None


# '"Forced Labor Event" means ...': a Title Case term defined in quotes
# ('"Forced labour" means ...': a capitalised first word is enough)
_DEFINED_TERM = re.compile(r"[\"“]([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4})[\"”]\s*$")
LABOR_GROUPS = frozenset({"forced-labor", "child-labor"})
LAW_GROUPS = frozenset({"forced-labor-law", "labor-law"})
CODE_GROUPS = frozenset({"code-ref"})
_SCOPE = frozenset({"subcontractor"})  # who a defined labour term reaches
_CODE_REACH = 6  # tokens after "means" within which the code a term names must begin
# '(the "Regulation")', '("UFLPA")': a short name given in passing
_INLINE_NAME = re.compile(
    r"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(the\s+)?"
    r"[\"“]((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)[\"”]\s*\)"
)


def _inline_names(sentences: list[Sentence]) -> dict[str, set[str]]:
    """A law named and given a short name in passing ('Regulation (EU) 2024/3015 ... (the
    "Regulation")'): the short name -> the groups matched at the law's own words, between the
    previous short name (or the sentence start) and this one."""
    names: dict[str, set[str]] = {}
    for s in sentences:
        begin = s.tok_start
        for match in _INLINE_NAME.finditer(s.text):
            char = s.doc[s.tok_start].idx + match.start()
            end = next((t.i for t in s.doc[begin : s.tok_end] if t.idx >= char), s.tok_end)
            # a law's name ("... on prohibiting products made with forced labour") also
            # carries the labour it is about
            at = {i for g, i in s.groups.items() if g in LAW_GROUPS and begin <= i < end}
            if at:
                at |= {i for g, i in s.groups.items() if g in LABOR_GROUPS and begin <= i < end}
            groups = {g for g, i in s.groups.items() if i in at}
            if groups:
                key = ("the " if match.group(1) else "") + match.group(2)
                names.setdefault(key, set()).update(groups)
            begin = end
    return names


def _add_groups(s: Sentence, at: int, groups: set[str]) -> None:
    char = s.doc[s.tok_start].idx + at
    token = next((t.i for t in s.doc[s.tok_start : s.tok_end] if t.idx >= char), s.tok_start)
    for group in groups:
        s.groups.setdefault(group, token)


def _opening_quote(s: Sentence, closing: int) -> int:
    """The token that opens the quoted term whose closing quote is at `closing`."""
    for i in range(closing - 1, s.tok_start - 1, -1):
        if s.doc[i].text in ('"', "“"):
            return i
    return closing


def expand_defined_terms(sentences: list[Sentence]) -> None:
    """A sentence that uses a defined term whose definition speaks of forced or child labour
    gets the definition's groups at the term ("shall not permit any Forced Labor Event", where
    '"Forced Labor Event" means any use of forced labor by the Vendor or its suppliers'), and
    one that uses the short name of a labour law gets the law's ("comply with the Regulation")."""
    for name, groups in _inline_names(sentences).items():
        used = re.compile(r"\b" + re.escape(name) + r"\b")
        for s in sentences:
            found = used.search(s.text)
            if found and not groups.issubset(s.groups):
                _add_groups(s, found.start(), groups)
    meanings: dict[str, set[str]] = {}
    for s in sentences:
        cues = [c for c in s.cues if c.name == "definition"]
        if not cues or (LABOR_GROUPS | CODE_GROUPS).isdisjoint(s.groups):
            continue
        # one sentence may hold several definitions: each means what lies up to the next
        # term's opening quote ('"Contractor" means the person ...; and "forced labor" has the
        # meaning ...': the next term's own words are not the Contractor's meaning)
        ends = [_opening_quote(s, c.start) for c in cues[1:]] + [s.tok_end]
        for cue, end in zip(cues, ends, strict=True):
            groups = {g for g, at in s.groups.items() if cue.end <= at < end}
            # a law's pattern may start at the term itself ('"Regulation" means Regulation (EU)
            # 2024/3015 on prohibiting products made with forced labour')
            term = _opening_quote(s, cue.start)
            groups |= {g for g, at in s.groups.items() if g in LAW_GROUPS and term <= at < cue.end}
            if "meaning" in s.doc[cue.start : cue.end].text.lower():
                # '"Modern Slavery" has the same meaning as in the Modern Slavery Act': the
                # term borrows the law's meaning; its uses are about the conduct, not the law
                groups -= LAW_GROUPS
            head = s.doc[s.tok_start : cue.start + 1].text  # up to the term's closing quote
            match = _DEFINED_TERM.search(head)
            if match is None:
                continue
            if not LABOR_GROUPS.isdisjoint(groups):
                meanings.setdefault(match.group(1), set()).update(groups)
            elif (
                CODE_GROUPS & groups
                and min(s.groups[g] for g in CODE_GROUPS & groups) - (cue.end) <= _CODE_REACH
            ):
                # '"Standard" means Company's Supplier Responsibility Standard': uses of the
                # term name the code (not '"Labor Compliance Officer" means the consultant the
                # City designates to monitor labor standards': a code named further on is the
                # term's remit, not what it is)
                meanings.setdefault(match.group(1), set()).update(CODE_GROUPS & groups)
            elif not LABOR_GROUPS.isdisjoint(s.groups):
                # the labour words are in the term itself ('"Forced Labor Event" means any use
                # ... by the Vendor or any of its suppliers'): its uses gain the scope
                at = {i for g, i in s.groups.items() if g in _SCOPE and cue.end <= i < end}
                scope = {g for g, i in s.groups.items() if i in at}
                if scope:
                    meanings.setdefault(match.group(1), set()).update(scope)
    if not meanings:
        return
    # a Title Case term is used as written; '"Forced labour"' also as "forced labour"
    uses = [
        (re.compile(re.escape(t), 0 if t.istitle() else re.I), groups)
        for t, groups in meanings.items()
    ]
    for s in sentences:
        if s.is_definition:
            continue
        for used, groups in uses:
            found = used.search(s.text)
            if found and not groups.issubset(s.groups):
                _add_groups(s, found.start(), groups)


_CONTRACTOR = {"contractor", "main contractor", "head contractor", "principal contractor"}
_SUBCONTRACTOR = {"subcontractor", "sub-contractor"}


def subcontract_roles(sentences: list[Sentence]) -> None:
    """In a subcontract that names no buyer, "the Contractor" engages "the Subcontractor": the
    Contractor is the buying side ("Contractor may audit the Subcontractor's site")."""
    preamble = []  # the title and party lines, before the first term with a modal
    for s in sentences:
        if s.cues_of(*MODAL):
            break
        preamble.append(s)
    named = any(
        s.doc[a:b].text[:1].isupper() and s.doc[a:b].text.lower() in _SUBCONTRACTOR
        for s in preamble
        for _, a, b in s.parties
    )
    if not named or any(p[0] == "buyer" for s in sentences for p in s.parties):
        return
    for s in sentences:
        s.parties = [
            ("buyer" if s.doc[a:b].text.lower() in _CONTRACTOR and _whole(s, a) else side, a, b)
            for side, a, b in s.parties
        ]


def _whole(s: Sentence, i: int) -> bool:
    """The role word at token i is not the tail of "Sub-Contractor"."""
    return i == 0 or s.doc[i - 1].text not in ("-", "Sub", "sub")


def link_frames(sentences: list[Sentence], heading_blocks: set[int]) -> None:
    """Set headings, lead-ins of list items, and each sentence's context groups: its frame
    (its own, its lead-in's or, for a lead-in, its items') and its topic (heading, title)."""
    expand_defined_terms(sentences)
    subcontract_roles(sentences)
    lead: Sentence | None = None
    heading: Sentence | None = None
    top: Sentence | None = None  # the heading of the enclosing article ("6. LABOR")
    tops: dict[int, Sentence] = {}
    standards = False  # inside "SCHEDULE 3 - LABOUR STANDARDS" until the next annex
    prev: Sentence | None = None
    items: dict[int, list[Sentence]] = {}
    for s in sentences:
        words = s.text.split()
        modal = bool(s.cues_of(*MODAL))
        # a heading block ("18. Confidentiality") ends a list even when numbered like an item,
        # and so does a short line in capitals ("8. MONITORING.") that layout did not mark
        capitals = (
            len(words) <= 6
            and s.text.isupper()
            and re.search(r"[A-Z]{3}", s.text) is not None  # a word, not "[ ] B1."
            and not s.text.rstrip().endswith((";", ",", ":"))
        )
        in_list = (
            lead is not None
            and s.block not in heading_blocks
            and not capitals
            and (bool(_MARKER.match(s.text)) or prev is lead)
        )
        s.is_heading = (
            not modal
            and not in_list
            and (
                s.block in heading_blocks
                or capitals
                or (
                    len(words) <= 4
                    and lead is None
                    and not s.text.rstrip().endswith((";", ","))
                    and not _STATEMENT.search(s.text)
                )
                or (
                    # "§ 5 Rates and payment", "Article 7 Forced and compulsory labour"
                    len(words) <= 9
                    and _SECTION_HEAD.match(s.text) is not None
                    and not s.text.rstrip().endswith((".", ";", ",", ":"))
                    and not _STATEMENT.search(s.text + ".")
                )
            )
        )
        if s.is_heading:
            heading, lead, prev = s, None, s
            if not re.match(r"^\s*\d+\.\d", s.text):
                top = s
            if _ANNEX.match(s.text):
                standards = bool(_STANDARDS.search(s.text))
            continue
        s.in_standards = standards
        s.heading = heading
        article = _ARTICLE.match(s.text)
        if top is not None and article and _article_of(top) not in (None, article.group(1)):
            top = None  # "19.1 ..." under a heading numbered 17: the article changed
        if top is not None:
            tops[s.index] = top
        stripped = s.text.rstrip()
        first = s.text.lstrip()[:1]
        marker = bool(_MARKER.match(s.text))
        continuing = prev is not None and prev.text.rstrip().endswith(
            (";", ":", "; and", "; or", ",", "—", "–")
        )
        if (
            lead is None
            and marker
            and prev is not None
            and not prev.is_heading
            and (
                prev.block == s.block
                or prev.text.rstrip()[-1:].isalpha()
                or _ANNOUNCES.search(prev.text) is not None
            )
            and not _siblings(prev, s)
            and bool(prev.cues_of(*MODAL))  # not a party line ("Subcontractor: Beta LLC")
        ):
            # "Seller shall indemnify Buyer against (a) ...; (b) ...": a fused lead-in, or
            # one that ends without punctuation ("Supplier shall ensure that")
            lead = prev
        # "...:" then unmarked paragraphs: the next one like the first item is an item too
        alike = (
            lead is not None
            and prev is not None
            and prev.is_item
            and prev.lead is lead
            and not marker
            and not _MARKER.match(prev.text)
            and not modal
            and len(words) <= 40
        )
        if lead is not None and (marker or continuing or first.islower() or prev is lead or alike):
            s.is_item, s.lead = True, lead
            items.setdefault(lead.index, []).append(s)
        else:
            lead = None
        if stripped.endswith(_LEAD_END) and (not s.is_item or s.cues_of(*MODAL)):
            lead = s
        prev = s
    title = None
    if sentences and not sentences[0].cues_of(*MODAL) and len(sentences[0].text.split()) <= 16:
        title = sentences[0]
    title = title or next((s for s in sentences[:3] if s.is_heading), None)
    title_groups = set(title.groups) if title is not None else set()
    for s in sentences:
        groups = set(s.groups)
        if s.lead is not None:
            groups |= set(s.lead.groups)
        for item in items.get(s.index, ()):
            groups |= set(item.groups)
        s.frame = frozenset(groups)
        topic = set(title_groups)
        for head in (s.heading, tops.get(s.index)):
            if head is not None:
                topic |= set(head.groups)
        s.topic = frozenset(topic)
