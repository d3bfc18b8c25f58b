"""Phrasing rows for supply-chain drafting families (third round) found missing on the
second holdout: flow-down into contracts with any sub-tier party (vessel owners, gins, sheds),
undertakings "equivalent to clause 5.1" or "to that effect", and assurances only sought;
production kept off sites not listed or approved (any site noun: peeling sheds, mills) and a
code's bullet "No production is moved to ... a factory that ... has not approved"; notice of
breaches of a named workplace standard, of adverse impacts under a labour clause, of labour
grievances; due diligence documentation retained; "confirms that" certifies but a risk "is
confirmed" does not; "any vessel in its supply" is not the verb "supply" of customs cooperation;
"national origin" is not the origin of goods, origin marking "as required by customs" is
paperwork, "the country in which the goods were produced" is a country of origin (weak); what a
buyer "requires of its suppliers" is not a flow-down; no change of "the plant at which the Goods
are produced" without approval.
Each family has positives in several phrasings, a near miss, a hedged and a negated form.
"""

from __future__ import annotations

import pytest
from helpers import assert_status, phrasing_params

# a numbered labour section, so "Section 5" / "clauses 5.1 and 5.2" point at labour terms
LABOUR = (
    "SUPPLY AGREEMENT\n\n"
    'This Agreement is made between Harbor Retail Inc. ("Buyer") and Delta Textiles Ltd. '
    '("Supplier").\n\n'
    "5. LABOUR STANDARDS\n\n"
    "5.1 Supplier shall not use forced labour in any form.\n\n"
    "5.2 Supplier shall pay all workers at least the legal minimum wage.\n\n"
    "6. SUPPLY CHAIN\n\n"
    "6.1 "
)
CODE = (
    "SUPPLIER CODE OF CONDUCT\n\nThis Code applies to all suppliers of Meridian Home.\n\n"
    "Suppliers must meet the following standards:\n\n"
)

ROWS: list[tuple[str, str, str, str]] = [
    (
        "flow-section-contracts-vessel-owners",
        LABOUR + "Supplier shall include the requirements of Section 5 in its written contracts "
        "with vessel owners, manning agents and peeling sheds.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-section-contract-each-factory",
        LABOUR + "Supplier shall incorporate the terms of Section 5 into its manufacturing "
        "contract with each factory.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-require-each-gin-equivalent-undertakings",
        LABOUR + "Supplier shall require each cotton merchant and gin from which it buys cotton "
        "to give written undertakings equivalent to clauses 5.1 and 5.2.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-undertaking-to-that-effect",
        LABOUR + "Supplier shall include an undertaking to that effect in its manufacturing "
        "contract with each factory.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-section-contracts-hedged",
        LABOUR + "Supplier should include the requirements of Section 5 in its written contracts "
        "with vessel owners.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "flow-section-contracts-negated",
        LABOUR + "Supplier is not required to include the requirements of Section 5 in its "
        "written contracts with vessel owners.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-pricing-terms-near-miss",
        LABOUR + "Supplier shall include the pricing terms of Section 7 in its written contracts "
        "with vessel owners.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-confidentiality-to-that-effect-near-miss",
        LABOUR + "Supplier shall include a confidentiality undertaking to that effect in its "
        "contracts with its subcontractors.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-seek-assurances-weak",
        LABOUR + "Supplier shall seek contractual assurances from its own direct business partners "
        "that they will comply with standards equivalent to those in clause 5.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "flow-obtain-assurances-present",
        LABOUR + "Supplier shall obtain contractual assurances from its own direct business "
        "partners that they will comply with standards equivalent to those in clause 5.",
        "subtier-flowdown",
        "present",
    ),
    (
        "unsub-shed-not-listed",
        LABOUR + "Supplier shall not obtain Product from any peeling shed that is not listed in "
        "Schedule A.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-gin-not-approved",
        LABOUR + "Supplier shall not buy cotton from any gin which Buyer has not approved.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-produced-at-another-mill",
        LABOUR + "Supplier shall not have any Yarn, or any roving for it, produced at another "
        "mill, "
        "including a commission spinner, without Buyer's prior written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-code-bullet-no-production-moved",
        CODE + "- No production is moved to, or shared with, a factory that Meridian has not "
        "approved in writing.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-shed-not-listed-hedged",
        LABOUR + "Supplier should not obtain Product from any peeling shed that is not listed in "
        "Schedule A.",
        "unauthorized-subcontracting",
        "weak",
    ),
    (
        "unsub-another-mill-free",
        LABOUR + "Supplier may have any Goods processed at another mill without Buyer's consent.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-shed-quality-near-miss",
        LABOUR + "Buyer may reject any lot from a peeling shed that has not passed the quality "
        "inspection.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-code-bullet-lighting-near-miss",
        CODE + "- No production is moved to a factory with poor lighting.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "notify-breach-workplace-standards",
        LABOUR + "Supplier shall notify Buyer in writing within five business days after it "
        "becomes aware of any actual or alleged breach of the Workplace Standards.",
        "notification",
        "present",
    ),
    (
        "notify-adverse-impact-labour-clause",
        LABOUR + "Supplier shall inform Buyer without undue delay of any actual or potential "
        "adverse impact in the meaning of clause 5 of which it becomes aware.",
        "notification",
        "present",
    ),
    (
        "notify-labour-grievance-hedged",
        LABOUR + "Supplier should tell Buyer promptly when it becomes aware of a labour grievance "
        "at a mill.",
        "notification",
        "weak",
    ),
    (
        "notify-worker-complaint",
        LABOUR + "Supplier shall notify Buyer within ten days of any worker complaint about "
        "working conditions.",
        "notification",
        "present",
    ),
    (
        "notify-workplace-standards-negated",
        LABOUR + "Supplier is not required to notify Buyer of breaches of the Workplace Standards.",
        "notification",
        "missing",
    ),
    (
        "notify-quality-standards-near-miss",
        LABOUR + "Supplier shall notify Buyer of any breach of the quality standards.",
        "notification",
        "missing",
    ),
    (
        "notify-customer-complaint-near-miss",
        LABOUR + "Supplier shall notify Buyer of any customer complaint.",
        "notification",
        "missing",
    ),
    (
        "notify-adverse-impact-delivery-near-miss",
        LABOUR + "Supplier shall inform Buyer of any adverse impact on delivery times.",
        "notification",
        "missing",
    ),
    (
        "records-due-diligence-documentation",
        LABOUR + "Supplier shall retain all due diligence documentation, including "
        "chain-of-custody "
        "documents, for at least five years.",
        "records-retention",
        "weak",
    ),
    (
        "records-due-diligence-negated",
        LABOUR + "Supplier is not required to retain due diligence documentation.",
        "records-retention",
        "missing",
    ),
    (
        "cert-confirms-that",
        LABOUR + "Supplier confirms that it does not use forced labour.",
        "certification",
        "present",
    ),
    (
        "cert-confirm-in-writing",
        LABOUR + "Supplier shall confirm in writing each year that it complies with Section 5.",
        "certification",
        "present",
    ),
    (
        "cert-risk-is-confirmed-near-miss",
        LABOUR + "Where a forced labour risk is confirmed, Supplier shall adopt a risk management "
        "plan.",
        "certification",
        "missing",
    ),
    (
        "regcoop-its-supply-noun-near-miss",
        LABOUR + "Supplier shall notify Buyer within 48 hours after it learns that any vessel in "
        "its supply has been detained or investigated in connection with forced labour.",
        "regulatory-cooperation",
        "missing",
    ),
    (
        "regcoop-supply-verb",
        LABOUR + "If CBP detains any Goods under a withhold release order for forced labour, "
        "Supplier shall supply the traceability file within five days.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "trace-national-origin-near-miss",
        LABOUR + "Supplier shall not discriminate against any employee because of race, national "
        "origin or age, in accordance with Section 5.",
        "traceability",
        "missing",
    ),
    (
        "trace-customs-marking-near-miss",
        LABOUR + "Supplier shall state the country of origin of each item on the packing list and "
        "mark items as required by U.S. customs regulations.",
        "traceability",
        "missing",
    ),
    (
        "trace-country-in-which-produced-hedged",
        LABOUR + "Supplier should use reasonable efforts to identify, and to tell Buyer on "
        "request, "
        "the country in which the goods and their principal components were produced.",
        "traceability",
        "weak",
    ),
    (
        "trace-country-in-which-made-tell",
        LABOUR + "Supplier shall tell Buyer the country in which the goods were made.",
        "traceability",
        "weak",
    ),
    (
        "trace-country-in-which-negated",
        LABOUR + "Supplier is not required to identify the country in which the goods were made.",
        "traceability",
        "missing",
    ),
    (
        "trace-origin-of-cotton-present",
        LABOUR + "Supplier shall keep chain of custody documents showing the origin of all cotton, "
        "to demonstrate that no forced labour was used.",
        "traceability",
        "present",
    ),
    (
        "flow-buyer-requires-of-its-suppliers-near-miss",
        CODE + "This Code explains the standards Meridian requires of its suppliers and those it "
        "encourages them to adopt.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-expected-to-communicate-hedged",
        CODE + "Suppliers are expected to communicate these requirements to their own suppliers "
        "and subcontractors and to take reasonable steps to ensure they are met.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "unsub-change-plant-at-which-produced",
        LABOUR + "Supplier shall not change the source of any polysilicon, metallurgical-grade "
        "silicon or quartzite, or the plant at which the Goods are produced, without Buyer's "
        "written approval.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-change-plant-free",
        LABOUR + "Supplier may change the plant at which the Goods are produced without Buyer's "
        "approval.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-identify-plant-near-miss",
        LABOUR + "Supplier shall identify the plant at which the Goods are produced.",
        "unauthorized-subcontracting",
        "missing",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
