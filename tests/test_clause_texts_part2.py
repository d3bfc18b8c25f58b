"""Clause files of the second drafting batch: schema, strict rendering and drafting hygiene.

Independent of the generator package: each file is read with yaml.safe_load and every text is
rendered with a jinja environment configured like the generator's (StrictUndefined,
trim_blocks, lstrip_blocks), for each document kind's voice and several jurisdiction sets.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import clause_environment, clause_variables

from laborclause import load_catalog
from laborclause.resources import resource_path

CLAUSE_DIR = resource_path("laborclause.clauses")

# id -> `order` from the team's ORDER.md (responsible-purchasing-traditional shares 230).
ORDER = {
    "child-labor": 40,
    "recruitment-fees": 50,
    "identity-documents": 60,
    "wages-hours": 70,
    "humane-treatment": 75,
    "non-discrimination-association": 78,
    "health-safety-living-conditions": 80,
    "risk-assessment": 100,
    "restricted-sources": 130,
    "unauthorized-subcontracting": 140,
    "records-retention": 180,
    "regulatory-cooperation": 200,
    "responsible-purchasing": 230,
    "responsible-purchasing-traditional": 230,
    "indemnification": 250,
    "precedence-survival": 260,
}

RIDER = "forced-labor-clauses"
CODE = "code-of-conduct"
PROGRAM = "social-compliance-program"
TRAINING = "training-acknowledgement"
KINDS = {RIDER, CODE, PROGRAM, TRAINING}
TOPICS = {
    "recruitment-fees",
    "identity-documents",
    "wages-hours",
    "child-labor",
    "restricted-sources",
    "risk-assessment",
}
CONTRACT_ONLY = {"indemnification", "responsible-purchasing", "responsible-purchasing-traditional"}

# The document kinds each file must (and may only) have texts for.
EXPECTED_KINDS: dict[str, set[str]] = {
    clause_id: {RIDER, CODE, PROGRAM} | ({TRAINING} if clause_id in TOPICS else set())
    for clause_id in ORDER
}
EXPECTED_KINDS.update(
    {
        "indemnification": {RIDER, PROGRAM},
        "responsible-purchasing": {RIDER, PROGRAM},
        "responsible-purchasing-traditional": {RIDER, PROGRAM},
        "humane-treatment": {CODE, PROGRAM},
        "non-discrimination-association": {CODE},
        "health-safety-living-conditions": {CODE, PROGRAM},
        "precedence-survival": {RIDER},
    }
)
FRAME = {
    "humane-treatment",
    "non-discrimination-association",
    "health-safety-living-conditions",
    "precedence-survival",
}

SCHEMA_KEYS = {
    "id",
    "title",
    "obligations",
    "order",
    "styles",
    "jurisdictions",
    "citations",
    "texts",
}
JURISDICTION_SETS = [["us"], ["us", "eu", "uk", "ca", "au"], ["eu"], ["uk"], ["ca", "au"]]
HEDGES = re.compile(
    r"\b(endeavou?r\w*|seek\w*|sought|should|encourag\w*|expect\w*|aspir\w*"
    r"|(?:commercially )?reasonable efforts|best efforts)\b",
    re.I,
)
EXCEPTIONS = re.compile(r"\b(except\w*|unless|provided that)\b", re.I)
ITEM = re.compile(r"^\(([a-z])\) ")


def load(clause_id: str) -> dict[str, Any]:
    data = yaml.safe_load((CLAUSE_DIR / f"{clause_id}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict), clause_id
    return data


def texts(clause_id: str) -> list[tuple[str, str, str]]:
    return [
        (kind, variant, body)
        for kind, variants in load(clause_id)["texts"].items()
        for variant, body in variants.items()
    ]


def render(body: str, ctx: dict[str, Any]) -> str:
    return clause_environment().from_string(body).render(ctx).strip()


def paragraphs(rendered: str) -> list[str]:
    return [" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", rendered) if chunk.strip()]


ALL_TEXTS = [
    pytest.param(clause_id, kind, variant, body, id=f"{clause_id}-{kind}-{variant}")
    for clause_id in ORDER
    for kind, variant, body in texts(clause_id)
]


@pytest.mark.parametrize("clause_id", sorted(ORDER))
def test_schema_and_order(clause_id: str) -> None:
    data = load(clause_id)
    assert SCHEMA_KEYS <= set(data) <= SCHEMA_KEYS | {"headings"}
    assert data["id"] == clause_id
    assert data["order"] == ORDER[clause_id]
    title = data["title"]
    assert isinstance(title, str) and title.strip() == title
    small = {"and", "or", "of", "the", "with", "to", "for", "in"}
    assert all(word[0].isupper() for word in title.split() if word not in small), title
    assert set(data["obligations"]) <= set(load_catalog().ids)
    assert set(data["styles"]) <= {"shared-responsibility", "traditional"}
    assert set(data["jurisdictions"]) <= {"us", "eu", "uk", "ca", "au"}
    assert data["citations"] and all(isinstance(c, str) and c.strip() for c in data["citations"])
    assert set(data["texts"]) == EXPECTED_KINDS[clause_id]
    for kind, variants in data["texts"].items():
        assert kind in KINDS
        assert "balanced" in variants and set(variants) <= {"balanced", "strict"}
        assert all(isinstance(body, str) and body.strip() for body in variants.values())


@pytest.mark.parametrize("clause_id", sorted(ORDER))
def test_obligations_and_styles(clause_id: str) -> None:
    data = load(clause_id)
    if clause_id in FRAME:
        assert data["obligations"] == []
    else:
        expected = "responsible-purchasing" if clause_id.startswith("responsible-") else clause_id
        assert data["obligations"] == [expected]
        assert "strict" in data["texts"][RIDER] or clause_id.startswith("responsible-")
    styles = {
        "responsible-purchasing": ["shared-responsibility"],
        "responsible-purchasing-traditional": ["traditional"],
    }
    assert data["styles"] == styles.get(clause_id, [])
    if clause_id in CONTRACT_ONLY:
        assert CODE not in data["texts"]


@pytest.mark.parametrize(("clause_id", "kind", "variant", "body"), ALL_TEXTS)
def test_block_tags_do_not_glue_lines(clause_id: str, kind: str, variant: str, body: str) -> None:
    """With trim_blocks a tag ending a line eats the newline: only a tag alone on its line,
    or on the text's last line, may end one."""
    lines = body.rstrip("\n").split("\n")
    for number, line in enumerate(lines[:-1], start=1):
        stripped = line.strip()
        if stripped.endswith("%}"):
            assert stripped.startswith("{%") and stripped.count("{%") == 1, (
                f"{clause_id} {kind}.{variant} line {number}: {line!r}"
            )


@pytest.mark.parametrize(("clause_id", "kind", "variant", "body"), ALL_TEXTS)
@pytest.mark.parametrize("jurisdictions", JURISDICTION_SETS, ids="+".join)
def test_text_renders_cleanly(
    clause_id: str, kind: str, variant: str, body: str, jurisdictions: list[str]
) -> None:
    rendered = render(body, clause_variables(kind, jurisdictions))
    where = f"{clause_id} {kind}.{variant} {jurisdictions}"
    for artefact in ("{{", "}}", "{%", "%}", "[insert", "  ", " ,", " .", "..", "\n\n\n"):
        assert artefact not in rendered, f"{where}: {artefact!r}"
    hedge = HEDGES.search(rendered)
    assert hedge is None, f"{where}: hedge word {hedge.group(0)!r}"
    if kind in (RIDER, CODE):
        exception = EXCEPTIONS.search(rendered)
        assert exception is None, f"{where}: {exception.group(0)!r}"
    if kind == TRAINING:
        assert "\n" not in rendered and re.match(r"^[A-Z][\w ,-]+: \S", rendered), where
        assert rendered.endswith("."), where
        return
    check_paragraphs(paragraphs(rendered), where)


def check_paragraphs(blocks: list[str], where: str) -> None:
    """Lists run (a), (b), ... after a lead-in ending in a colon; items end like a lawyer's."""
    expected_letter = "a"
    for index, block in enumerate(blocks):
        match = ITEM.match(block)
        if not match:
            assert block[-1] in ".:", f"{where}: paragraph ends badly: {block[-60:]!r}"
            expected_letter = "a"
            continue
        assert match.group(1) == expected_letter, f"{where}: item ({match.group(1)})"
        if expected_letter == "a":
            assert index > 0 and blocks[index - 1].endswith(":"), f"{where}: lead-in"
        last = index + 1 == len(blocks) or not ITEM.match(blocks[index + 1])
        if last:
            assert block.endswith("."), f"{where}: last item: {block[-40:]!r}"
        else:
            penultimate = not ITEM.match(blocks[index + 2]) if index + 2 < len(blocks) else True
            ending = ("; and", "; or") if penultimate else (";",)
            assert block.endswith(ending), f"{where}: item ({expected_letter}): {block[-40:]!r}"
        expected_letter = chr(ord(expected_letter) + 1)


@pytest.mark.parametrize(("clause_id", "kind", "variant", "body"), ALL_TEXTS)
def test_party_names_come_from_variables(
    clause_id: str, kind: str, variant: str, body: str
) -> None:
    """With other defined terms no literal 'Buyer', 'Supplier' or 'Agreement' is left."""
    ctx = clause_variables(
        kind,
        ["us", "eu", "uk", "ca", "au"],
        buyer="Purchaser",
        supplier="Vendor",
        agreement="Master Supply Contract",
        code_title="Vendor Standards",
    )
    rendered = render(body, ctx)
    for literal in (r"\bBuyer\b", r"(?<!Sub-)\bSupplier\b", r"\bAgreement\b"):
        assert not re.search(literal, rendered), f"{clause_id} {kind}.{variant}: {literal!r}"


@pytest.mark.parametrize(("clause_id", "kind", "variant", "body"), ALL_TEXTS)
def test_rider_defines_nothing_and_uses_defined_terms(
    clause_id: str, kind: str, variant: str, body: str
) -> None:
    if kind != RIDER:
        return
    rendered = render(body, clause_variables(kind, ["us", "eu", "uk", "ca", "au"]))
    assert not re.search(r"[\"“”]", rendered), f"{clause_id}.{variant}: quoted (new) defined term"
    # Defined in the rider's definitions clause, or (Rider, Party, Parties) by its frame.
    for generic in (
        r"\bworkers?\b",
        r"\bsub-suppliers?\b",
        r"\brecruitment fees\b",
        r"\bsupply chain\b",
        r"\bthese clauses\b",
        r"\brider\b",
        r"(?<!third-)\bpart(y|ies)\b",
    ):
        found = re.search(generic, rendered)
        assert found is None, f"{clause_id}.{variant}: use the defined term, not {found.group(0)!r}"


# The key words each obligation text must carry, read on its own (rider, code and program).
KEY_WORDS: dict[str, list[str]] = {
    "recruitment-fees": [r"recruitment fee", r"\bpays?\b", r"repa(y|id)", r"\d+ days"],
    "identity-documents": [
        r"\bhold\b",
        r"confiscate",
        r"destroy",
        r"identity",
        r"immigration",
        r"resign",
        r"(leave|move)",
    ],
    "wages-hours": [
        r"in full",
        r"on time",
        r"directly",
        r"deduction",
        r"disciplinary",
        r"overtime",
        r"voluntary",
        r"(legal|lawful|law)",
    ],
    "child-labor": [r"child labor", r"\b15\b", r"(No\. 138|Convention)", r"\b18\b"],
    "indemnification": [
        r"indemnif",
        r"hold\w* .*harmless|harmless",
        r"detention",
        r"seiz",
        r"penalt",
        r"recall",
        r"re-export",
    ],
    "records-retention": [r"payroll", r"hour", r"recruitment", r"7 years", r"request"],
    "risk-assessment": [r"risk", r"supply chain", r"questionnaire"],
    "restricted-sources": [
        r"Xinjiang Uyghur Autonomous Region",
        r"UFLPA Entity List",
        r"Withhold Release Order",
        r"Finding",
        r"disclose",
    ],
    "regulatory-cooperation": [
        r"cooperat",
        r"U\.S\. Customs and Border Protection",
        r"\d+ business days",
        r"(detention|detains)",
    ],
    "unauthorized-subcontracting": [r"subcontract", r"prior written approval", r"facilit|site"],
    "responsible-purchasing": [
        r"price",
        r"lead times?",
        r"order changes?|changes to orders",
        r"remediation",
    ],
}


@pytest.mark.parametrize(("clause_id", "kind", "variant", "body"), ALL_TEXTS)
def test_obligation_key_words(clause_id: str, kind: str, variant: str, body: str) -> None:
    obligations = load(clause_id)["obligations"]
    if not obligations or kind == TRAINING:
        return
    rendered = " ".join(render(body, clause_variables(kind, ["us"])).split())
    for pattern in KEY_WORDS[obligations[0]]:
        assert re.search(pattern, rendered, re.I), f"{clause_id} {kind}.{variant}: {pattern}"
    subject = "Buyer" if kind == RIDER else "Acme"
    binding = r"\b(shall|must|may not|requires?|will)\b"
    assert re.search(binding, rendered), f"{clause_id} {kind}.{variant}: no binding verb"
    if clause_id.startswith("responsible-") and kind == RIDER:
        assert f"{subject} shall" in rendered


def test_core_sentences_name_the_right_party() -> None:
    """Spot checks of the core obligation sentence in the default rider text."""
    ctx = clause_variables(RIDER, ["us"])
    expectations = {
        "recruitment-fees": "Supplier shall ensure that no Worker pays",
        "identity-documents": "hold, retain, confiscate, conceal or destroy any Worker's identity",
        "wages-hours": "Supplier shall pay each Worker, in full, on time and directly",
        "child-labor": "Supplier shall not use Child Labor",
        "indemnification": "Supplier shall indemnify, defend and hold harmless Buyer",
        "records-retention": "for at least 7 years",
        "risk-assessment": "Supplier shall assess the risk of Forced Labor",
        "restricted-sources": "Supplier shall not supply any goods",
        "regulatory-cooperation": "Supplier shall cooperate fully",
        "unauthorized-subcontracting": "without Buyer's prior written approval",
        "responsible-purchasing": "Buyer shall conduct its purchasing",
        "responsible-purchasing-traditional": "Buyer shall not impose prices",
        "precedence-survival": "No limitation or exclusion of liability",
    }
    for clause_id, phrase in expectations.items():
        rendered = " ".join(render(load(clause_id)["texts"][RIDER]["balanced"], ctx).split())
        assert phrase in rendered, clause_id


@pytest.mark.skipif(not (Path("/work/team/ORDER.md")).exists(), reason="team ORDER.md not present")
def test_order_table_matches_team_order_file() -> None:
    text = Path("/work/team/ORDER.md").read_text(encoding="utf-8")
    table = {m.group(1): int(m.group(2)) for m in re.finditer(r"([a-z-]+) (\d+)", text)}
    for clause_id, order in ORDER.items():
        assert table.get(clause_id.removesuffix("-traditional")) == order, clause_id
