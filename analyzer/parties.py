"""Which side each party name is on, read from the document's own definitions.

Role words ("Supplier", "Buyer", "Distributor") have a fixed side (rules/parties.yaml), and so
do names whose last word is one ("Co-Manufacturer", "Approved Vendor").
Defined names ('Bachem AG ("Bachem")', '(the "Vendor")', 'hereinafter "Contractor"') take
the side of their role word when they are one, else the side of the verbs that follow their
mentions: "Bachem shall manufacture" makes Bachem the supplier, "AMAG shall purchase" the
buyer. A name with no evidence either way stays unknown (and is not excluded).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from analyzer.ruleset import parties

_DEFINED = re.compile(
    r"""[(\[]\s*(?:the\s+|each\s+a\s+|individually\s+|hereinafter(?:\s+referred\s+to\s+as)?\s+|
    herein\s+|also\s+|collectively\s+)?(?:the\s+)?["“](?:[Tt]he\s+)?([A-Z][\w&.'\- ]{1,40}?)["”]""",
    re.VERBOSE,
)
_HEREINAFTER = re.compile(
    r"""hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+)?"""
    r"""["“]([A-Z][\w&.'\- ]{1,40}?)["”]"""
)
# "Sunridge Packers Pty Ltd (the Packer)": a party defined without quotes, in the preamble
_BARE = re.compile(r"\(the ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)")
_NOT_PARTIES = {
    "agreement",
    "effective date",
    "products",
    "product",
    "territory",
    "term",
    "services",
    "contract",
    "confidential information",
    "parties",
    "party",
    "goods",
    "code",
    "order",
    "purchase order",
    "specifications",
    "deliverables",
    "schedule",
    "policy",
    "standards",
}


@lru_cache(maxsize=1)
def _role_words() -> dict[str, str]:
    words: dict[str, str] = {}
    for role in parties().roles:
        for word in role.words:
            words[word.lower()] = role.side
    return words


def _acts_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    p = parties()

    def verbs(stems: tuple[str, ...]) -> str:
        return "|".join(re.escape(s) for s in stems)

    lead = (
        r"\s+(?:shall|will|agrees\s+to|must|to|hereby\s+agrees\s+to|desires\s+to|wishes\s+to)?"
        r"\s*(?:\w+ly\s+)?"
    )
    not_purchase = (
        rf"(?!\W+(?:\w+\W+){{0,6}}(?:{verbs(p.not_purchases)}))" if p.not_purchases else ""
    )
    return (
        re.compile(lead + rf"(?:{verbs(p.supplier_acts)})\w*", re.I),
        # "shall procure that auditors are admitted" ensures, it does not buy
        re.compile(lead + rf"(?:{verbs(p.buyer_acts)})\w*\b(?!\s+that\b)" + not_purchase, re.I),
    )


def defined_parties(text: str) -> dict[str, str]:
    """Lower-cased defined party name -> "supplier" | "buyer" (unknown names left out)."""
    roles = _role_words()
    names: dict[str, str] = {}
    head = text[:20000]
    bare = _BARE.finditer(head[:3000])
    for match in [*_DEFINED.finditer(head), *_HEREINAFTER.finditer(head), *bare]:
        name = match.group(1).strip()
        if name.lower() in _NOT_PARTIES or len(name.split()) > 4:
            continue
        names.setdefault(name, "")
    supplier_acts, buyer_acts = _acts_pattern()
    out: dict[str, str] = {}
    voted: set[str] = set()  # names whose side only the verbs after them gave
    for name in names:
        low = name.lower()
        # a compound name takes its head word's role: "Co-Manufacturer", "Approved Vendor"
        role = roles.get(low) or roles.get(re.split(r"[\s-]", low)[-1])
        if role is not None:
            if role != "neutral":
                out[low] = role
            continue
        votes: Counter[str] = Counter()
        for mention in re.finditer(rf"\b{re.escape(name)}\b", text):
            tail = text[mention.end() : mention.end() + 60]
            if supplier_acts.match(tail):
                votes["supplier"] += 1
            elif buyer_acts.match(tail):
                votes["buyer"] += 1
            if sum(votes.values()) >= 40:
                break
        if votes and votes.most_common(1)[0][1] > 0:
            (side, top), *rest = votes.most_common()
            if not rest or top >= 2 * rest[0][1]:
                out[low] = side
                voted.add(low)
    # 'between Harbor Inc. ("Licensor") and Delta Ltd. ("Manufacturer")': of the two parties
    # the preamble defines, the one whose side is unknown is on the other side, and so is one
    # whose verbs put it on the side of the other's role word ("the Company sells tea towels in
    # its stores" beside "the Producer": the Company buys from the Producer)
    pair = _preamble_pair(head)
    if pair is not None:
        a, b = (n.lower() for n in pair)
        sides = {"supplier": "buyer", "buyer": "supplier"}
        for known, other in ((a, b), (b, a)):
            if known not in out or roles.get(other) == "neutral":
                continue
            unknown = other not in out
            outweighed = known not in voted and other in voted and out[other] == out[known]
            if unknown or outweighed:
                out[other] = sides[out[known]]
                break
        if out.get(a) == out.get(b) == "supplier":
            makers = {w.lower() for w in parties().makers}
            if (a in makers) != (b in makers):
                out[a if a in makers else b] = "buyer"
    yielding = {w.lower() for w in parties().yielding}
    if any(side == "buyer" and low not in yielding for low, side in out.items()):
        # (also a second name: '("Vantor" or "Distributor")')
        quoted = {w for w in yielding if re.search(rf"[\"“]{w}[\"”]", head, re.I)}
        for low in yielding & (out.keys() | quoted):
            out[low] = "supplier"
    for owner in _document_owners(head):
        if owner not in out and owner not in roles and owner not in text:
            out[owner] = "buyer"  # (a proper name: never written in lower case)
    # "the Contractor" engaging "the Subcontractor": the one with the sub- name supplies
    keys = {re.sub(r"[\s-]", "", n.lower()): n.lower() for n in names}
    for flat, low in keys.items():
        if flat.startswith("sub") and flat[3:] in keys:
            out[low] = "supplier"
            out[keys[flat[3:]]] = "buyer"
    return out


# "the Oskarsholm Supplier Code of Conduct", "Brightwater's Supplier Standards": the company
# that names a document for its suppliers after itself is the buying side
_SUPPLIER_DOC = (
    r"(?i:(?:supplier|vendor|partner)s?\s+"
    r"(?:code|standards?|manual|requirements|guidelines|principles|polic(?:y|ies)|handbook))"
)
_OWNED_DOC = re.compile(rf"\b([A-Z][A-Za-z&-]{{2,}})(?:'s|’s)?[ \t]+{_SUPPLIER_DOC}\b")
# a company header over the title: "ALDERCREST MEDICAL TECHNOLOGIES" / "SUPPLIER REQUIREMENTS
# MANUAL"
_HEADER = re.compile(rf"\A\s*([A-Z][A-Z&-]{{2,}})(?:[ \t]+[A-Z&.,-]+)*[ \t]*\n\s*{_SUPPLIER_DOC}\b")
_NOT_OWNERS = {"the", "this", "these", "our", "its", "their", "each", "any", "every", "such"}


def _document_owners(head: str) -> set[str]:
    """Lower-cased names of the company whose supplier code, standard or manual this is."""
    found = {m.group(1) for m in _OWNED_DOC.finditer(head)}
    header = _HEADER.match(head[:400])
    if header is not None and header.group(1).isupper():
        found.add(header.group(1))
    return {f.lower() for f in found if f.lower() not in _NOT_OWNERS}


# "between X ("A") and Y ("B")", or the same two names under a "Parties" heading
_BETWEEN = re.compile(
    r"(?:\bbetween\b|^\s*(?:the\s+)?parties\s*(?::|$))(.{0,400}?)\band\b(.{0,400}?[\"”]\s*\))",
    re.S | re.I | re.M,
)


# a "Parties" heading over a list of the parties, ended by a blank line
_PARTIES_LIST = re.compile(
    r"^[ \t]*(?:the\s+)?parties[ \t]*:?[ \t]*\n\s*(.+?)(?:\n[ \t]*\n|\Z)", re.S | re.I | re.M
)


def _preamble_pair(head: str) -> tuple[str, str] | None:
    """The two names the opening 'between X ("A") and Y ("B")' sentence defines, or the two
    a "Parties" list defines ("1. ... ("the Owner"). 2. ... ("the Agency")."), if any."""

    def names(text: str) -> list[str]:
        return [m.group(1).strip() for m in _DEFINED.finditer(text)]

    pairs: list[tuple[list[str], list[str]]] = []
    match = _BETWEEN.search(head[:3000])
    if match is not None:
        pairs.append((names(match.group(1)), names(match.group(2))))
    listed = _PARTIES_LIST.search(head[:3000])
    if listed is not None:
        found = names(listed.group(1))
        pairs.append((found[:1], found[1:]))
    for first, second in pairs:
        if len(first) != 1 or len(second) != 1:
            continue
        if {first[0].lower(), second[0].lower()} & _NOT_PARTIES:
            continue
        return first[0], second[0]
    return None
