"""Who and what an amendment amends: the agreement's title, date and parties, read from
the contract itself so the amendment speaks the contract's language.

The defined party terms ("Vendor", "Purchaser", "Bachem") come from the analyzer's own
party resolver (`analyzer.parties.defined_parties`), so the amendment and the analysis
agree on who is the supplier; this module adds the original spelling, the legal names in
the preamble, the title and the date. Anything not found falls back to the company data
file, and the `--agreement-title`, `--agreement-date` and `--supplier` options win over both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzer.parties import defined_parties
from generator.data_model import CompanyData

HEAD_CHARS = 20_000  # the preamble and definitions live at the top of a contract
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(
    rf"(?:(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?:{_MONTHS}),?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)
_DATE_LEAD = re.compile(
    r"\b(?:made|dated|entered\s+into|effective|executed|signed|as\s+of)\b", re.IGNORECASE
)
_TITLE_WORDS = re.compile(
    r"\b(?:agreement|contract|terms|conditions|order|rider|addendum|schedule)\b", re.I
)
_THIS_TITLE = re.compile(
    r"\bThis\s+((?:[A-Z][\w&'\-]*\s+|(?:of|and|for|on)\s+){0,7}"
    r"(?:Agreement|Contract|Terms\s+and\s+Conditions(?:\s+of\s+(?:Purchase|Sale|Supply))?))\b"
)
_AGREEMENT_TERM = re.compile(
    r"\(\s*(?:this|the)\s+[\"“]([A-Z][\w ]{0,30}?(?:Agreement|Contract|Terms|Conditions))[\"”]"
)
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
_NAME_CONNECTORS = {"of", "and", "&", "de", "du", "la", "y", "the", "und", "et"}
_NAME_CUT = re.compile(
    r",\s+(?:a|an|with|having|located|whose|organi[sz]ed|incorporated|existing|acting|"
    r"registered|doing)\b.*$",
    re.S,
)
_NAME_LEAD = re.compile(r"^.*\b(?:between|and|by|with|from|to)\s+(?=[A-Z])", re.S)
_NAME_LABEL = re.compile(r"^(?:(?:between|and|by)\s+|[A-Za-z][A-Za-z ]{0,24}:\s*)", re.I)
_COMPANY_SUFFIX = re.compile(
    r"^(?:Inc|Ltd|LLC|L\.L\.C|Co|Corp|Corporation|Limited|S\.A|SA|GmbH|AG|plc|PLC|L\.P|LP|"
    r"N\.V|B\.V|Pty|Pte|S\.p\.A|S\.r\.l|K\.K|Sdn|AB|Oy|A/S)\b"
)
_CODE = re.compile(r"\b([A-Z][\w-]*\s+Code\s+of\s+(?:Conduct|Practice|Ethics))\b")
ROLE_FALLBACK = {
    "supplier": ("Supplier", "Vendor", "Seller", "Contractor", "Manufacturer", "Provider"),
    "buyer": ("Buyer", "Purchaser", "Customer", "Client", "Company"),
}


@dataclass(frozen=True)
class ContractParties:
    """The amended agreement as the amendment names it."""

    agreement_title: str | None  # "Vendor Supply Agreement (Case Goods)"; None: not found
    agreement_date: str | None  # as the contract writes it, "12 June 2025"
    agreement: str  # the agreement's defined term, "Agreement"
    supplier: str  # defined term of the supplier party, "Vendor"
    buyer: str  # defined term of the buying party, "Purchaser"
    supplier_name: (
        str | None
    )  # legal name, "Binh Duong Woodcraft Joint Stock Company"; None: not found
    buyer_name: str | None
    code_title: str | None = None  # the supplier code the contract names, "Vendor Code of Conduct"


def _title_case(text: str) -> str:
    words = text.lower().split()
    out = []
    for index, word in enumerate(words):
        core = word.lstrip("(")
        lead = word[: len(word) - len(core)]
        out.append(word if index and core in _SMALL else lead + core[:1].upper() + core[1:])
    return " ".join(out)


def agreement_title(text: str) -> str | None:
    """The contract's title: a heading line near the top, else "This ... Agreement"."""
    lines = [line.strip(" \t#*_") for line in text[:3000].splitlines() if line.strip(" \t#*_")]
    for line in lines[:5]:
        words = line.split()
        if (
            _TITLE_WORDS.search(line)
            and len(words) <= 14
            and not line.endswith((".", ";", ":", ","))
            and not line.lower().startswith(("this ", "these "))
        ):
            title = _title_case(line) if line.isupper() else line
            title = re.sub(r"\s+", " ", title)
            return title[1:-1] if title.startswith("(") and title.endswith(")") else title
    match = _THIS_TITLE.search(text[:5000])
    return re.sub(r"\s+", " ", match.group(1)) if match else None


def agreement_date(text: str) -> str | None:
    """The date the contract is made or takes effect, when its preamble states one."""
    head = text[:5000]
    for lead in _DATE_LEAD.finditer(head):
        found = _DATE.search(head, lead.end(), lead.end() + 80)
        if found:
            return re.sub(r"\s+", " ", found.group(0))
    return None


def _spelled(text: str, lower: str) -> str | None:
    """The spelling a defined term has where the contract defines it."""
    match = re.search(rf"[\"“]({re.escape(lower)})[\"”]", text, re.IGNORECASE)
    return match.group(1) if match else None


def _first_defined(text: str, names: dict[str, str], side: str) -> str | None:
    found: list[tuple[int, str]] = []
    for lower, name_side in names.items():
        if name_side != side:
            continue
        match = re.search(rf"[\"“]{re.escape(lower)}[\"”]", text, re.IGNORECASE)
        spelled = _spelled(text, lower)
        if match and spelled:
            found.append((match.start(), spelled))
    return min(found)[1] if found else None


def _used_role_word(text: str, side: str) -> str | None:
    """A capitalised role word the contract uses as a name without defining it."""
    counts = {w: len(re.findall(rf"\b{w}\b", text)) for w in ROLE_FALLBACK[side]}
    word, count = max(counts.items(), key=lambda item: item[1])
    return word if count >= 3 else None


def legal_name(text: str, term: str) -> str | None:
    """The name before '("Term")' in the preamble: 'Larchmont Furniture Galleries, Inc.'."""
    lead = r"(?:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?"
    pattern = rf"\(\s*{lead}[\"“]{re.escape(term)}[\"”]\s*\)"
    for match in re.finditer(pattern, text[:HEAD_CHARS]):
        before = text[max(0, match.start() - 240) : match.start()].rstrip(" ,\n")
        before = _last_name_line(before.split("\n\n")[-1])
        before = _NAME_LABEL.sub("", _NAME_LEAD.sub("", before.strip()))
        name = _company(_NAME_CUT.sub("", before).strip(" ,;"))
        words = name.replace(",", " ").split()
        if not words or len(words) > 10 or not name[:1].isupper():
            continue
        if all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_CONNECTORS for w in words):
            return re.sub(r"\s+", " ", name)
    return None


def _last_name_line(text: str) -> str:
    """The preamble line that holds the name, with the lines it continues from
    ("Sunrise Electronics Co.," + "Ltd., with ...")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()] or [""]
    name = lines.pop()
    while lines and (
        lines[-1].endswith((",", "and", "between", "by"))
        or not name[:1].isupper()
        or _COMPANY_SUFFIX.match(name)
    ):
        name = f"{lines.pop()} {name}"
    return name


def _company(name: str) -> str:
    """Cut what follows the company name: 'X Union, Ashanti Region, Ghana' -> 'X Union',
    but 'Larchmont Furniture Galleries, Inc.' stays whole."""
    parts = [p.strip() for p in name.split(",")]
    kept = [parts[0]]
    for part in parts[1:]:
        if not _COMPANY_SUFFIX.match(part):
            break
        kept.append(part)
    return ", ".join(kept)


def _code_title(text: str) -> str | None:
    """The name the contract gives the buyer's supplier code ("Vendor Code of Conduct"),
    if any; an industry code ("RBA Code of Conduct") is not the buyer's code."""
    for match in _CODE.finditer(text):
        words = match.group(1).split()
        if len(words) == 4 and words[0] in ROLE_FALLBACK["supplier"]:
            return " ".join(words)
    return None


def find_parties(
    text: str,
    data: CompanyData,
    *,
    title: str | None = None,
    date: str | None = None,
    supplier_name: str | None = None,
) -> ContractParties:
    """The agreement and its parties as `text` names them; options and data fill the gaps."""
    head = text[:HEAD_CHARS]
    names = defined_parties(text)
    supplier = (
        _first_defined(head, names, "supplier")
        or _used_role_word(head, "supplier")
        or data.terms.supplier
    )
    buyer = _first_defined(head, names, "buyer") or _used_role_word(head, "buyer")
    if buyer is None or buyer == supplier:
        buyer = data.terms.buyer
    term = _AGREEMENT_TERM.search(head)
    found_supplier = legal_name(text, supplier)
    return ContractParties(
        agreement_title=title or agreement_title(text),
        agreement_date=date or agreement_date(text),
        agreement=term.group(1) if term else data.terms.agreement,
        supplier=supplier,
        buyer=buyer,
        supplier_name=supplier_name or found_supplier,
        buyer_name=legal_name(text, buyer) or data.company.name,
        code_title=_code_title(text),
    )
