"""Phrasing rows for binding forms found after the rule round: present-tense promises
("indemnifies", "assures"), "subject to the prior approval of Buyer", a possessive party
that is not the subject, a verb after "and" that shares the main clause's subject, and
"19 U.S.C. 1307" written in capitals."""

from __future__ import annotations

import pytest
from helpers import CONTRACT, FL, assert_status, phrasing_params

ROWS: list[tuple[str, str, str, str]] = [
    # (id, text, obligation, expected)
    (
        "usc-capitals",
        CONTRACT + "Supplier shall comply with 19 U.S.C. 1307.",
        "legal-compliance",
        "present",
    ),
    (
        "usc-section-sign",
        CONTRACT + "Supplier shall comply with 19 U.S.C. § 1307.",
        "legal-compliance",
        "present",
    ),
    # marking of country of origin is customs law, not the forced-labour import ban
    (
        "usc-other-section",
        CONTRACT + "Supplier shall comply with 19 U.S.C. 1304.",
        "legal-compliance",
        "missing",
    ),
    (
        "indemnifies",
        FL + "Supplier indemnifies Buyer against all losses arising from any breach "
        "of this clause.",
        "indemnification",
        "present",
    ),
    (
        "indemnifies-ip-near-miss",
        CONTRACT + "Supplier indemnifies Buyer against all claims that "
        "the Goods infringe any patent.",
        "indemnification",
        "missing",
    ),
    (
        "assures",
        CONTRACT + "Supplier assures Buyer that no forced, bonded or prison labour is "
        "used to make the Goods.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "affirms-hedged",
        CONTRACT + "Supplier affirms that it will endeavour to ensure that no "
        "forced labour is used to make the Goods.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "subject-to-approval",
        CONTRACT + "Any subcontracting of the manufacture of the Goods is "
        "subject to the prior written approval of Buyer.",
        "unauthorized-subcontracting",
        "present",
    ),
    # "Buyer's" owns the approval; the restriction falls on the supplier
    (
        "possessive-buyer",
        CONTRACT + "Buyer's prior written approval is required for any change "
        "in the place of manufacture of the Goods.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "subject-to-law-near-miss",
        CONTRACT + "Any subcontracting of the manufacture of the Goods "
        "is subject to applicable law.",
        "unauthorized-subcontracting",
        "missing",
    ),
]


# a verb after "and" shares the main clause's subject, not the that-clause's party
ROWS += [
    (
        "acknowledges-and-agrees",
        CONTRACT + "Supplier acknowledges that Buyer has a zero-tolerance policy on forced labour "
        "and agrees not to use forced, bonded or prison labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "understands-and-shall",
        CONTRACT + "Supplier understands that Buyer is subject to the UFLPA and shall not use "
        "child labour.",
        "child-labor",
        "present",
    ),
    (
        "buyer-acknowledges-and-agrees",
        CONTRACT + "Buyer acknowledges that Supplier has a policy against forced labour and "
        "agrees not to use forced, bonded or prison labour in its own stores.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "acknowledges-and-endeavours",
        CONTRACT + "Supplier acknowledges that Buyer has a zero-tolerance policy and will "
        "endeavour not to use forced, bonded or prison labour.",
        "forced-labor-prohibition",
        "weak",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
