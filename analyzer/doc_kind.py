"""Document kind from its title: a code (standards stated as facts bind), a policy (the
writer's own programme) or a contract."""

from __future__ import annotations

import re

_CODE_TITLE = re.compile(
    r"code of (?:business )?conduct|code of practice|guidelines|principles|"
    r"(?:supplier|labou?r|workplace|supply|sourcing|social|maker|partner|vendor|producer|"
    r"grower|factory|farm|programme|program|ethical|welfare) standards?\b|"
    # "FARM STANDARDS FOR KENYAN GROWERS", "STANDARDS FOR SUPPLIERS"
    r"\bstandards? for (?:\w+ ){0,2}(?:growers|farms|suppliers|vendors|producers|factories|"
    r"manufacturers|agents|contractors|partners)\b|"
    r"\bcode for|(?:supplier|vendor|partner|trading) code|for (?:suppliers|vendors)|"
    # rules a main contractor sets for every subcontractor on site ("SITE RULES FOR
    # SUBCONTRACTORS"): "No operative works under threat of penalty" states the rule
    r"\bsite rules\b|\brules for (?:sub-?)?contractors\b|"
    # a manual of standards addressed to suppliers ("VENDOR COMPLIANCE MANUAL")
    r"(?:supplier|vendor|partner|sourcing|trading|compliance|conduct|responsibility|"
    # ("SUPPLIER QUALITY MANUAL" too)
    r"sustainability)\s+(?:quality\s+)?(?:manual|handbook|requirements|guide)\b|"
    r"(?:supplier|vendor) (?:responsibility|sustainability|conduct) standards?\b",
    re.I,
)
_POLICY_TITLE = re.compile(
    # (a "Statement of Work" is a contract; a "Procurement Bulletin" states a buyer's policy)
    r"\bpolicy\b|\bstatement\b(?!\s+of\s+work)|\breport\b|\bcommitments?\b|\bprocedure\b|"
    r"\bbulletin\b",
    re.I,
)


_CONTRACT_TITLE = re.compile(
    r"\b(?:agreement|contract|terms and conditions|conditions of purchase|purchase order|"
    r"statement of work)\b",
    re.I,
)


# a title in capitals that a reader joined to the line after it ("LABOUR STANDARD FOR
# CONTRACT MANUFACTURERS Document LS-02, issue 3 - applies to all sites ...")
_CAPS_TITLE = re.compile(r"[^a-z]{10,}?(?=\s+[A-Z][a-z])")


def _title_part(line: str) -> str:
    """A long line's leading title in capitals, else the line."""
    if len(line) < 120:
        return line
    match = _CAPS_TITLE.match(line)
    return match.group(0) if match else line


def document_kind(text: str) -> str:
    """code (standards stated as facts bind), policy (a writer's own programme) or contract."""
    lines = [_title_part(ln.strip()) for ln in text[:3000].splitlines() if ln.strip()]
    # the first title line that names a kind decides ("HUMAN RIGHTS POLICY" / "Our principles")
    for line in (ln[:300] for ln in lines[:3] if len(ln) < 120):
        if re.search(r"business ethics", line, re.I) is None and _CODE_TITLE.search(line):
            return "code"
        if _POLICY_TITLE.search(line):
            return "policy"
        if _CONTRACT_TITLE.search(line):
            return "contract"  # "SUPPLY AGREEMENT", before a heading "3. Labour Standards"
    if len(re.findall(r"\bthis Code\b", text)) >= 3:
        return "code"
    return "contract"
