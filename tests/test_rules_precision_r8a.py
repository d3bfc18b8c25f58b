"""Phrasing rows for drafting the rules misread on unseen documents (round 8, rulesA): wages
named only inside another obligation's term - unpaid wages as an indicator of forced labour,
wage claims as the object of an indemnity, back pay as the remedy for a finding, hours as the
subject of training, the buyer's schedules kept from causing overtime, contract rates that
include wages; safekeeping at the worker's request; 1307's "forced or indentured child labor";
site rules for subcontractors as a code; a forced-labour law named only to define the banned
term ("modern slavery (as defined in the Modern Slavery Act 2018 (Cth))"). Each family has its
positives, the near miss, the hedged and the negated form.
"""

from __future__ import annotations

import pytest
from helpers import CONTRACT, FL, assert_status, phrasing_params

from analyzer.doc_kind import document_kind

ROWS: list[tuple[str, str, str, str]] = [
    # --- unpaid wages as one of the indicators of forced labour
    (
        "fl-indicator-near-miss",
        CONTRACT + "The Supplier shall not use forced labour, including labour exacted under "
        "debt, threat of dismissal with unpaid wages, or confinement.",
        "wages-hours",
        "missing",
    ),
    (
        "fl-indicator-with-wage-term-positive",
        CONTRACT + "The Supplier shall not use forced labour, including labour exacted through "
        "unpaid wages. The Supplier shall pay all wages in full and on time.",
        "wages-hours",
        "present",
    ),
    (
        "fl-indicator-forced-labour-still-present",
        CONTRACT + "The Supplier shall not use forced labour, including labour exacted under "
        "debt, threat of dismissal with unpaid wages, or confinement.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- wage claims as the object of an indemnity
    (
        "indemnity-near-miss",
        FL + "Supplier shall release, defend and indemnify Buyer from all claims by or in "
        "respect of Supplier's personnel, including claims for wages, overtime, benefits and "
        "wrongful dismissal.",
        "wages-hours",
        "missing",
    ),
    (
        "indemnity-and-wage-duty-positive",
        FL + "Supplier shall indemnify Buyer against claims by its personnel. Supplier shall pay "
        "its workers in full and on time, without unlawful deductions.",
        "wages-hours",
        "present",
    ),
    (
        "wage-duty-hedged",
        FL + "Supplier should endeavour to pay its workers the full amount of their wages.",
        "wages-hours",
        "weak",
    ),
    (
        "wage-duty-negated-prohibition-positive",
        FL + "Supplier shall not withhold wages or make unlawful deductions from wages.",
        "wages-hours",
        "present",
    ),
    # --- back pay as the remedy for what a visit finds
    (
        "backpay-remedy-near-miss",
        FL + "If a visit finds children working, bonded labour or unpaid wages, you will work "
        "with us on a plan to put it right, which may include paying back wages, within the "
        "timescale we agree.",
        "wages-hours",
        "missing",
    ),
    (
        "backpay-remedy-then-wage-duty-positive",
        FL + "If a visit finds unpaid wages, Supplier shall pay back wages within 14 days. "
        "Supplier shall pay each worker in full, on time and directly.",
        "wages-hours",
        "present",
    ),
    # --- hours as the subject of training
    (
        "training-topic-near-miss",
        FL + "Supplier shall ensure that each worker receives training, on joining and annually, "
        "on the workers' rights set out in Exhibit C, including the right to refuse overtime.",
        "wages-hours",
        "missing",
    ),
    (
        "training-and-hours-standard-positive",
        FL + "Supplier shall ensure that overtime is voluntary and that each worker receives "
        "training on it.",
        "wages-hours",
        "present",
    ),
    # --- the buyer's schedules kept from causing overtime (purchasing practice)
    (
        "buyer-schedules-near-miss",
        FL + "We endeavour to plan work so that contractors are not pushed into excessive "
        "overtime by late changes to our schedules.",
        "wages-hours",
        "missing",
    ),
    (
        "overtime-for-lead-times-positive",
        FL + "Supplier shall not require excessive overtime, including to meet lead times.",
        "wages-hours",
        "present",
    ),
    (
        "overtime-hedged",
        FL + "Supplier should use reasonable efforts to keep overtime voluntary.",
        "wages-hours",
        "weak",
    ),
    # --- documents held for safekeeping where the worker consents: the ban only in part
    (
        "consented-safekeeping-weak",
        FL + "Passports shall be kept by the workers themselves unless the worker has consented "
        "in writing to safekeeping by the Supplier.",
        "identity-documents",
        "weak",
    ),
    (
        "asks-for-safekeeping-weak",
        FL + "Supplier shall not retain workers' passports; where a worker asks for safekeeping, "
        "the Supplier may hold the passport in a locked box.",
        "identity-documents",
        "weak",
    ),
    (
        "passports-kept-by-workers-positive",
        FL + "Passports shall be kept by the workers themselves and the Supplier shall never hold "
        "them.",
        "identity-documents",
        "present",
    ),
    (
        "passports-not-mentioned-near-miss",
        FL + "Supplier shall keep the passports of its expatriate managers up to date.",
        "identity-documents",
        "missing",
    ),
    # --- 19 U.S.C. 1307's "forced or indentured child labor": no minimum age
    (
        "indentured-child-weak",
        FL + "Supplier shall ensure that no goods are mined, produced or manufactured, wholly or "
        "in part, by forced labor, convict labor, indentured labor under penal sanctions, or "
        "forced or indentured child labor.",
        "child-labor",
        "weak",
    ),
    (
        "indentured-child-and-minimum-age-positive",
        FL + "Supplier shall not use forced or indentured child labor, and shall not employ any "
        "person below the minimum age for employment.",
        "child-labor",
        "present",
    ),
    (
        "indentured-labour-only-near-miss",
        CONTRACT + "Supplier shall not use indentured labor under penal sanctions.",
        "child-labor",
        "missing",
    ),
    # --- the contract's rates include wage costs (pricing)
    (
        "rates-include-wages-near-miss",
        FL + "The Work shall be paid at the man-hour rates in Appendix B, which include all wages, "
        "allowances, overtime premiums, agency margins and accommodation costs.",
        "wages-hours",
        "missing",
    ),
    (
        "rates-and-wage-duty-positive",
        FL + "The Supplier shall pay its workers in full and on time. The Work shall be paid at "
        "the man-hour rates in Appendix B.",
        "wages-hours",
        "present",
    ),
    # --- a forced-labour law named only to lend the ban its definition
    (
        "as-defined-near-miss",
        CONTRACT + "The Supplier must not use modern slavery (as defined in the Modern Slavery "
        "Act 2018 (Cth)) in producing the goods.",
        "legal-compliance",
        "missing",
    ),
    (
        "as-defined-hedged-near-miss",
        CONTRACT + "The Supplier must take reasonable steps to ensure that modern slavery, as "
        "defined in the Modern Slavery Act 2018 (Cth), does not occur in its supply chains.",
        "legal-compliance",
        "missing",
    ),
    (
        "as-defined-ban-still-forced-labour",
        CONTRACT + "The Supplier must not use modern slavery (as defined in the Modern Slavery "
        "Act 2018 (Cth)) in producing the goods.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "within-meaning-of-penal-code-positive",
        CONTRACT + "The Supplier shall not subject any worker to conditions analogous to slavery "
        "within the meaning of Article 149 of the Brazilian Penal Code.",
        "legal-compliance",
        "present",
    ),
    (
        "offence-under-act-positive",
        CONTRACT + "The Supplier shall not engage in any conduct that would constitute an offence "
        "under the Modern Slavery Act 2015.",
        "legal-compliance",
        "present",
    ),
    (
        "comply-with-act-hedged",
        CONTRACT + "The Supplier should endeavour to comply with the Modern Slavery Act 2018 "
        "(Cth).",
        "legal-compliance",
        "weak",
    ),
    (
        "not-required-to-comply-negated",
        CONTRACT + "The Supplier is not required to comply with the Modern Slavery Act 2018 (Cth).",
        "legal-compliance",
        "missing",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("TOWER PROJECT\nSITE RULES FOR SUBCONTRACTORS - PART 4: WORKFORCE WELFARE\n", "code"),
        ("Rules for Sub-contractors on the Riverside Depot Project\n", "code"),
        ("SUBCONTRACT AGREEMENT\nClause 12 Site rules\n", "contract"),
    ],
)
def test_site_rules_are_a_code(title: str, kind: str) -> None:
    assert document_kind(title + "\n1. Scope\nThe Subcontractor shall supply the Works.\n") == kind


SITE_RULES = (
    "TOWER PROJECT\nSITE RULES FOR SUBCONTRACTORS - PART 4: WORKFORCE WELFARE\n"
    "Issued by Qaswara Gulf Contracting W.L.L. (the Main Contractor)\n\n"
    "Every subcontractor working on the Project must follow these rules for all of its "
    "operatives.\n\n"
)


@pytest.mark.parametrize(
    ("text", "obligation", "expected"),
    [
        pytest.param(
            SITE_RULES + "No person under eighteen works on Site or lives in a Project labour "
            "camp.",
            "child-labor",
            "present",
            id="site-rule-stated-as-fact-positive",
        ),
        pytest.param(
            SITE_RULES + "Subcontractors should take steps to ensure that no person under eighteen "
            "works on Site.",
            "child-labor",
            "weak",
            id="site-rule-hedged",
        ),
        pytest.param(
            SITE_RULES + "Operatives are not required to work on Fridays.",
            "child-labor",
            "missing",
            id="site-rule-other-topic",
        ),
    ],
)
def test_site_rules_state_standards(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
