"""Clause texts, part 1: schema, strict rendering, drafting hygiene and defined terms.

Covers the clause files listed in OWNED. Deliberately independent of the generator
package: it reads the YAML itself and renders with its own strict jinja environment
configured like the generator's (StrictUndefined, trim_blocks, lstrip_blocks).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import jinja2
import pytest
import yaml
from helpers import clause_environment, clause_variables

from laborclause import load_catalog

OWNED = {
    "definitions": 5,
    "legal-compliance": 10,
    "code-of-conduct": 20,
    "forced-labor-prohibition": 30,
    "grievance-mechanism": 90,
    "training": 110,
    "traceability": 120,
    "subtier-flowdown": 150,
    "audit-rights": 160,
    "worker-engagement": 170,
    "notification": 190,
    "remediation": 210,
    "certification": 220,
    "termination-remedies": 240,
    "termination-remedies-traditional": 240,
}
OBLIGATION_CLAUSES = [cid for cid in OWNED if cid != "definitions"]
CONTRACT_ONLY = {"termination-remedies", "termination-remedies-traditional"}
TRAINING_TOPICS = {
    "forced-labor-prohibition",
    "grievance-mechanism",
    "notification",
    "code-of-conduct",
    "legal-compliance",
    "traceability",
}

TOP_KEYS = {"id", "title", "obligations", "order", "styles", "jurisdictions", "citations", "texts"}
KINDS = {
    "forced-labor-clauses",
    "code-of-conduct",
    "social-compliance-program",
    "training-acknowledgement",
}
VARIANTS = {"balanced", "strict"}
STYLES = {"shared-responsibility", "traditional"}
JURISDICTIONS = {"us", "eu", "uk", "ca", "au"}
JURISDICTION_SETS = [["us"], ["us", "eu", "uk", "ca", "au"]]

RIDER = "forced-labor-clauses"
COMPANY = "Acme Industries, Inc."
DEFINED_TERMS = {
    "Forced Labor",
    "Child Labor",
    "Worker",
    "Supply Chain",
    "Sub-Supplier",
    "Recruitment Fees",
    "Forced Labor Laws",
    "Restricted Source",
    "Code",
    "Government Action",
}
# Abbreviations the definitions introduce in passing (also defined terms of the rider).
ABBREVIATIONS = {"UFLPA"}
# Terms the rider's frame defines (parties, the agreement, the rider itself).
FRAME_TERMS = ["Buyer", "Supplier", "Agreement", "Rider", "Party", "Parties"]
# Proper names that are capitalized without being defined terms.
PROPER_NAMES = [
    "U.S. Customs and Border Protection",
    "Uyghur Forced Labor Prevention Act",
    "Trafficking Victims Protection Act",
    "Fighting Against Forced Labour and Child Labour in Supply Chains Act",
    "Countering America's Adversaries Through Sanctions Act",
    "Forced Labor Enforcement Task Force",
    "Xinjiang Uyghur Autonomous Region",
    "People's Republic of China",
    "General Principles and Operational Guidelines for Fair Recruitment",
    "Definition of Recruitment Fees and Related Costs",
    "Worst Forms of Child Labour Convention",
    "Forced Labour Convention",
    "European Parliament",
    "Modern Slavery Act",
    "UFLPA Entity List",
    "Withhold Release Order",
    "Request for Information",
    "Corrective Action Plan",
    "Customs Tariff",
    "United Kingdom",
    "United States",
    "Union",
    "Council",
    "Tariff Act",
    "Regulation (EU)",
    "CBP Form",
    "Bill S-211",
    "North Korean",
    "Findings",
    "Finding",
    "Australia",
    "English",
    "Canada",
    "Article",
    "Cth",
    "Pub. L.",
    "U.S.C.",
    "C.F.R.",
    "ILO",
    "No.",
]

HEDGES = re.compile(
    r"\bendeavou?r|\bseek|\bshould\b|\bencourag|\bexpect|\baspir|\breasonabl|\bbest efforts"
    r"|\bexcept\b|\bunless\b|\bprovided that\b",
    re.I,
)
ARTEFACTS = re.compile(
    r"\{\{|\{%|\[insert|\[\s*\]|  |\s[,;.:]|[,;:][A-Za-z]|\.\.(?!\.)|\bTODO\b", re.I
)
ITEM = re.compile(r"^\(([a-z])\) ")
LOWER_SENTENCE_START = re.compile(r"(?:^|(?<!U\.S)\. )[a-z]", re.M)

# Words an analyzer looks for, per clause (lower-case substrings of the rider and code texts).
KEY_PHRASES = {
    "legal-compliance": ["comply", "19 u.s.c. 1307", "uflpa", "18 u.s.c. 1589"],
    "code-of-conduct": ["comply", "code"],
    "forced-labor-prohibition": [
        "prison",
        "convict labor",
        "indentured",
        "bonded",
        "debt bondage",
        "involuntary",
        "trafficking",
        "slave",
        "wholly or in part",
    ],
    "grievance-mechanism": ["grievance", "confidential", "anonymous", "retaliat"],
    "training": ["train", "at least once a year"],
    "traceability": ["map", "trace", "origin", "bills of lading", "proof of payment"],
    "subtier-flowdown": ["subcontractors", "labor agents", "no less", "every tier", "responsible"],
    "audit-rights": [
        "audit and inspect",
        "third-party auditor",
        "unannounced",
        "records",
        "facilities",
    ],
    "worker-engagement": [
        "confidential interviews",
        "without management present",
        "representatives",
    ],
    "notification": [
        "promptly notify",
        "within 5 business days",
        "withhold release order",
        "detention",
    ],
    "remediation": ["remediat", "corrective action plan", "root cause", "within 30 days", "repay"],
    "certification": ["represent", "warrant", "certif", "annual"],
    "termination-remedies": [
        "terminate",
        "suspend",
        "cancel",
        "refuse",
        "responsible exit",
        "corrective action plan",
    ],
    "termination-remedies-traditional": [
        "terminate",
        "suspend",
        "cancel",
        "refuse",
        "material breach",
    ],
}


@cache
def load(clause_id: str) -> dict[str, Any]:
    path = resources.files("laborclause.clauses").joinpath(f"{clause_id}.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{clause_id}.yaml is not a mapping"
    return data


def render(source: str, kind: str, jurisdictions: list[str]) -> str:
    """Render strictly; line breaks inside a paragraph become spaces, as in the documents."""
    variables = clause_variables(kind, jurisdictions, company=COMPANY)
    text = clause_environment().from_string(source).render(variables).strip()
    chunks = re.split(r"\n[ \t]*\n", text)
    return "\n\n".join(" ".join(line.strip() for line in chunk.splitlines()) for chunk in chunks)


def all_texts() -> list[tuple[str, str, str]]:
    return [
        (cid, kind, variant)
        for cid in OWNED
        for kind, variants in load(cid)["texts"].items()
        for variant in variants
    ]


def rendered(cid: str, kind: str, variant: str, jurisdictions: list[str]) -> str:
    return _rendered(cid, kind, variant, tuple(jurisdictions))


@cache
def _rendered(cid: str, kind: str, variant: str, jurisdictions: tuple[str, ...]) -> str:
    return render(load(cid)["texts"][kind][variant], kind, list(jurisdictions))


def paragraphs(text: str) -> list[str]:
    return [" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", text) if chunk.strip()]


def in_context(pattern: re.Pattern[str], text: str) -> str | None:
    """The first match of `pattern` with some text around it, or None."""
    match = pattern.search(text)
    if match is None:
        return None
    return f"{match.group()!r} in {text[max(0, match.start() - 50) : match.end() + 50]!r}"


TEXT_IDS = [f"{c}:{k}:{v}" for c, k, v in all_texts()]


# ---------------------------------------------------------------- schema (a)


@pytest.mark.parametrize("clause_id", list(OWNED))
def test_schema(clause_id: str) -> None:
    data = load(clause_id)
    assert TOP_KEYS <= set(data) <= TOP_KEYS | {"headings"}
    for kind, heading in data.get("headings", {}).items():
        assert kind in data["texts"] and heading.strip() == heading != "", kind
    assert data["id"] == clause_id
    assert data["order"] == OWNED[clause_id]
    assert isinstance(data["title"], str) and data["title"].strip() == data["title"] != ""
    assert all(
        word[0].isupper()
        for word in data["title"].split()
        if word not in {"a", "and", "for", "in", "of", "on", "the", "to", "with"}
    )
    assert set(data["styles"]) <= STYLES
    assert set(data["jurisdictions"]) <= JURISDICTIONS
    assert data["citations"] and all(isinstance(c, str) and c for c in data["citations"])
    assert set(data["texts"]) <= KINDS
    for kind, variants in data["texts"].items():
        assert "balanced" in variants and set(variants) <= VARIANTS, kind
        assert all(isinstance(body, str) and body.strip() for body in variants.values()), kind


def test_obligation_ids_exist_and_match_clauses() -> None:
    catalog_ids = set(load_catalog().ids)
    assert load("definitions")["obligations"] == []
    for cid in OBLIGATION_CLAUSES:
        expected = "termination-remedies" if cid in CONTRACT_ONLY else cid
        assert load(cid)["obligations"] == [expected]
        assert expected in catalog_ids


def test_kinds_per_clause() -> None:
    assert set(load("definitions")["texts"]) == {RIDER}
    for cid in OBLIGATION_CLAUSES:
        texts = load(cid)["texts"]
        assert set(texts[RIDER]) == VARIANTS, cid
        assert "social-compliance-program" in texts, cid
        assert ("code-of-conduct" in texts) == (cid not in CONTRACT_ONLY), cid
        assert ("training-acknowledgement" in texts) == (cid in TRAINING_TOPICS), cid


def test_termination_styles_split() -> None:
    assert load("termination-remedies")["styles"] == ["shared-responsibility"]
    assert load("termination-remedies-traditional")["styles"] == ["traditional"]
    assert all(load(cid)["styles"] == [] for cid in OWNED if cid not in CONTRACT_ONLY)


# ------------------------------------------------------ rendering (b) and (c)


@pytest.mark.parametrize("jurisdictions", JURISDICTION_SETS, ids=["us", "all"])
@pytest.mark.parametrize(("cid", "kind", "variant"), all_texts(), ids=TEXT_IDS)
def test_renders_strictly_and_cleanly(
    cid: str, kind: str, variant: str, jurisdictions: list[str]
) -> None:
    text = rendered(cid, kind, variant, jurisdictions)
    assert text
    assert in_context(ARTEFACTS, text) is None
    assert in_context(HEDGES, text) is None
    assert in_context(LOWER_SENTENCE_START, text) is None, "a sentence starts in lower case"
    source = load(cid)["texts"][kind][variant]
    for allowed in ("{{ supplier }}", "Sub-Supplier", "{{ code_title }}"):
        source = source.replace(allowed, "")
    assert "Supplier" not in source, "name the supplier through {{ supplier }}"


def test_an_unknown_variable_fails_to_render() -> None:
    with pytest.raises(jinja2.UndefinedError):
        render("{{ supplier }} shall notify {{ purchaser }}.", RIDER, ["us"])


@pytest.mark.parametrize(("cid", "kind", "variant"), all_texts(), ids=TEXT_IDS)
def test_paragraph_and_list_format(cid: str, kind: str, variant: str) -> None:
    blocks = paragraphs(rendered(cid, kind, variant, ["us", "eu", "uk", "ca", "au"]))
    if kind == "training-acknowledgement":
        assert len(blocks) == 1 and ": " in blocks[0] and blocks[0].endswith(".")
        return
    expected = "a"
    for i, block in enumerate(blocks):
        match = ITEM.match(block)
        if not match:
            assert block.endswith((".", ":")), block
            expected = "a"
            continue
        assert match.group(1) == expected, f"item ({match.group(1)}) where ({expected}) was due"
        if expected == "a":
            assert i > 0 and blocks[i - 1].endswith(":"), (
                "a list needs a lead-in ending with a colon"
            )
        is_last = i + 1 == len(blocks) or not ITEM.match(blocks[i + 1])
        if is_last:
            assert block.endswith("."), block
        else:
            assert block.endswith((";", "; and", "; or")), block
        expected = chr(ord(expected) + 1)


def test_jurisdictions_switch_the_named_laws() -> None:
    us = rendered("definitions", RIDER, "balanced", ["us"])
    everywhere = rendered("definitions", RIDER, "balanced", ["us", "eu", "uk", "ca", "au"])
    for law in ["19 U.S.C. 1307", "Uyghur Forced Labor Prevention Act", "18 U.S.C. 1589"]:
        assert law in us
    for law in [
        "Regulation (EU) 2024/3015",
        "Modern Slavery Act 2015",
        "Bill S-211",
        "Modern Slavery Act 2018",
    ]:
        assert law not in us and law in everywhere
    assert "2024/3015" in rendered("definitions", RIDER, "balanced", ["us", "eu"])
    assert "Modern Slavery Act" not in rendered("definitions", RIDER, "balanced", ["us", "eu"])


@pytest.mark.parametrize("cid", OBLIGATION_CLAUSES)
def test_key_phrases(cid: str) -> None:
    data = load(cid)
    kinds = [RIDER] + (["code-of-conduct"] if "code-of-conduct" in data["texts"] else [])
    for kind in kinds:
        for variant in data["texts"][kind]:
            text = " ".join(rendered(cid, kind, variant, ["us"]).lower().split())
            for phrase in KEY_PHRASES[cid]:
                if kind == "code-of-conduct" and phrase in {"represent", "warrant"}:
                    continue
                assert phrase in text, f"{cid} {kind}/{variant} lacks {phrase!r}"


def test_rider_binds_with_shall() -> None:
    for cid in OBLIGATION_CLAUSES:
        for variant in VARIANTS:
            text = rendered(cid, RIDER, variant, ["us"])
            assert re.search(r"Supplier (shall|represents|acknowledges and agrees)", text), (
                cid,
                variant,
            )


# ---------------------------------------------------------- defined terms (d)


def defined_terms() -> set[str]:
    text = rendered("definitions", RIDER, "balanced", ["us", "eu", "uk", "ca", "au"])
    return set(re.findall(r'"([A-Z][A-Za-z -]*)"', text))


def test_definitions_define_exactly_the_shared_terms() -> None:
    assert defined_terms() == DEFINED_TERMS | ABBREVIATIONS


def undefined_capitalized(text: str, terms: set[str]) -> list[str]:
    """Capitalized words that are neither sentence starts, proper names nor defined terms."""
    ctx = clause_variables(RIDER, ["us"], company=COMPANY)
    known = [ctx["code_title"], ctx["grievance"]["channel"], ctx["company"]["name"], *PROPER_NAMES]
    known += [t + suffix for t in terms | set(FRAME_TERMS) for suffix in ("s", "")]
    for name in sorted(known, key=len, reverse=True):
        text = re.sub(rf"(?<![A-Za-z-]){re.escape(name)}(?![A-Za-z-])", "\u00a7", text)
    found = []
    for paragraph in paragraphs(text):
        for match in re.finditer(r"\b[A-Z][A-Za-z-]*", paragraph):
            before = paragraph[: match.start()].rstrip()
            sentence_start = (
                not before or before.endswith((".", ":")) or re.fullmatch(r"\([a-z]\)", before)
            )
            if not sentence_start and match.group() not in {"I"}:
                found.append(match.group())
    return found


RIDER_TEXTS = [(cid, variant) for cid, kind, variant in all_texts() if kind == RIDER]


@pytest.mark.parametrize(("cid", "variant"), RIDER_TEXTS, ids=[f"{c}:{v}" for c, v in RIDER_TEXTS])
def test_rider_uses_only_defined_terms(cid: str, variant: str) -> None:
    for jurisdictions in JURISDICTION_SETS:
        text = rendered(cid, RIDER, variant, jurisdictions)
        assert undefined_capitalized(text, defined_terms()) == [], (cid, variant, jurisdictions)


def test_undefined_term_detector_catches_a_stray_term() -> None:
    text = "Supplier shall ensure that each Subcontractor complies with the Code."
    assert undefined_capitalized(text, defined_terms()) == ["Subcontractor"]


def test_parties_are_named_by_the_frame_term() -> None:
    """The rider's frame defines "Party"/"Parties": no clause may say "the parties"."""
    for cid, variant in RIDER_TEXTS:
        for jurisdictions in JURISDICTION_SETS:
            text = rendered(cid, RIDER, variant, jurisdictions)
            assert not re.search(r"(?<!third-)\bpart(y|ies)\b", text), (cid, variant)


def test_every_defined_term_is_used_in_the_rider() -> None:
    rider = " ".join(
        rendered(cid, RIDER, variant, ["us"])
        for cid in OBLIGATION_CLAUSES
        for variant in load(cid)["texts"][RIDER]
    )
    for term in DEFINED_TERMS | ABBREVIATIONS:
        assert re.search(rf"(?<![A-Za-z-]){re.escape(term)}", rider), (
            f"{term} is defined but never used"
        )
