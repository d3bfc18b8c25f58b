"""Phrasing rows for drafting families that read as the wrong obligation: compliance with a
named forced-labour law (legal-compliance only, not a ban or a sourcing restriction), a labour
law named as the measure of another duty, a promise denied ("have not agreed"), an indemnity or
a workers' grievance channel beside notice words, a questionnaire's topics listed, a sourcing
ban on producers under a customs order, an age limit stated with a copula, a labour "code of
practice", and a buying agent that must make its factories comply (the supplier side).
Each family has positives, the near miss, the hedged and the negated form.
"""

from __future__ import annotations

import pytest
from helpers import CODE, CONTRACT, assert_status, phrasing_params

from analyzer.parties import defined_parties

POLICY = (
    "RESPONSIBLE SOURCING POLICY\n\nThis Policy explains how Meridian Home checks the "
    "suppliers of its components.\n\n"
)
AGENCY = (
    "SOURCING AGENCY AGREEMENT\n\n"
    'between Harbor Apparel Ltd ("the Principal") and Delta Trade Link Ltd ("the Agent")\n\n'
    "1. The Principal appoints the Agent as its buying agent to place the Principal's purchase "
    "orders with garment factories.\n\n"
    "2. The Principal shall pay the Agent a commission of 4% of the value of each shipment.\n\n"
)

ROWS: list[tuple[str, str, str, str]] = [
    # --- compliance with a named forced-labour law: legal-compliance, not a ban
    (
        "law-msa-not-ban",
        CONTRACT + "Supplier shall comply with the Gangmasters (Licensing) Act 2004 and the "
        "Modern Slavery Act 2015 in supplying workers.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "law-msa-is-legal-compliance",
        CONTRACT + "Supplier shall comply with the Gangmasters (Licensing) Act 2004 and the "
        "Modern Slavery Act 2015 in supplying workers.",
        "legal-compliance",
        "present",
    ),
    (
        "law-uflpa-not-sourcing-ban",
        CONTRACT + "Supplier shall comply with Section 307 of the Tariff Act of 1930 "
        "(19 U.S.C. 1307), the Uyghur Forced Labor Prevention Act and the regulations made "
        "under them.",
        "restricted-sources",
        "missing",
    ),
    (
        "law-uflpa-is-legal-compliance",
        CONTRACT + "Seller shall at all times act in compliance with the Uyghur Forced Labor "
        "Prevention Act.",
        "legal-compliance",
        "present",
    ),
    (
        "law-and-ban-same-sentence",
        CONTRACT + "Supplier shall comply with the Modern Slavery Act 2015 and shall not use "
        "forced, bonded or prison labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "law-and-xinjiang-ban-same-sentence",
        CONTRACT + "Supplier shall comply with the UFLPA and shall not source any cotton from "
        "the Xinjiang Uyghur Autonomous Region.",
        "restricted-sources",
        "present",
    ),
    (
        "law-code-freely-chosen",
        CONTRACT + "Supplier shall comply with the ETI Base Code, including its requirement "
        "that employment is freely chosen.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "law-msa-hedged",
        CONTRACT + "Supplier should comply with the Modern Slavery Act 2015.",
        "legal-compliance",
        "weak",
    ),
    (
        "law-msa-hedged-not-ban",
        CONTRACT + "Supplier should comply with the Modern Slavery Act 2015.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "law-breach-not-ban",
        CONTRACT + "Supplier shall not do anything that would cause Buyer to breach the Modern "
        "Slavery Act 2015.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "law-and-defined-modern-slavery-ban",
        CONTRACT + "Supplier shall comply with the Modern Slavery Act 2015 and shall not engage "
        "in any form of modern slavery in its business or supply chain.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "law-anti-trafficking-in-persons-act",
        CONTRACT + "Supplier shall comply with the Anti-Trafficking in Persons Act of 2003, as "
        "amended.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "law-number-on-trafficking",
        CONTRACT + "Supplier shall comply with Law No. 51 of 2006 on Combating Human Trafficking.",
        "legal-compliance",
        "present",
    ),
    (
        "law-criminal-code-trafficking",
        CONTRACT + "Supplier shall comply with the Criminal Code provisions on trafficking in "
        "persons.",
        "legal-compliance",
        "present",
    ),
    (
        "labour-law-protection-act",
        CONTRACT + "Supplier shall comply with the Labour Protection Act B.E. 2541.",
        "legal-compliance",
        "weak",
    ),
    (
        "labour-law-code-on-wages",
        CONTRACT + "Supplier shall comply with the Code on Wages, 2019.",
        "legal-compliance",
        "weak",
    ),
    (
        "labour-law-foreign-name",
        CONTRACT + "Supplier shall comply with the Ley Federal del Trabajo.",
        "legal-compliance",
        "weak",
    ),
    (
        "labour-law-all-laws-near-miss",
        CONTRACT + "Supplier shall comply with all applicable laws and regulations.",
        "legal-compliance",
        "missing",
    ),
    (
        "law-msa-negated",
        CONTRACT + "Nothing in this Agreement requires Supplier to comply with the Modern Slavery "
        "Act 2015.",
        "legal-compliance",
        "missing",
    ),
    # --- a labour law as the measure of a wage or records duty
    (
        "measure-overtime-rates",
        CONTRACT + "Supplier shall pay all overtime at the rates required by the Employment "
        "Act 1955.",
        "legal-compliance",
        "missing",
    ),
    (
        "measure-registers",
        CONTRACT + "The Supplier shall maintain the registers of wages and attendance as "
        "required under the applicable labour codes.",
        "legal-compliance",
        "missing",
    ),
    (
        "measure-comply-stays-weak",
        CONTRACT + "Supplier shall comply with the Employment Act 1955.",
        "legal-compliance",
        "weak",
    ),
    (
        "measure-comply-hedged",
        CONTRACT + "Supplier should comply with the Employment Act 1955.",
        "legal-compliance",
        "weak",
    ),
    (
        "measure-in-accordance-stays-weak",
        CONTRACT + "Supplier shall pay overtime in accordance with the labour laws of the "
        "country of manufacture.",
        "legal-compliance",
        "weak",
    ),
    # --- a promise denied, an indemnity, a grievance channel: no notice to the buyer
    (
        "notice-denied-promise",
        CONTRACT + "Supplier has not agreed to indemnify Buyer for any customs detention; its "
        "counsel advised that this must go through the liability cap.",
        "notification",
        "missing",
    ),
    (
        "notice-indemnity",
        CONTRACT + "Supplier shall indemnify Buyer for any detention of the Goods by U.S. "
        "Customs and Border Protection.",
        "notification",
        "missing",
    ),
    (
        "notice-indemnity-and-notice",
        CONTRACT + "Supplier shall notify Buyer within 2 days of any detention of the Goods by "
        "U.S. Customs and Border Protection and shall indemnify Buyer for it.",
        "notification",
        "present",
    ),
    (
        "notice-workers-channel",
        CONTRACT + "9. FORCED LABOUR\n\n9.1 Supplier shall not use forced labour.\n\n9.2 "
        "Supplier shall establish a procedure by which its employees may report suspected "
        "breaches of this clause 9 confidentially.",
        "notification",
        "missing",
    ),
    (
        "notice-workers-channel-and-notice",
        CONTRACT + "9. FORCED LABOUR\n\n9.1 Supplier shall not use forced labour.\n\n9.2 "
        "Supplier shall notify Buyer within 5 days of any breach of this clause 9 that its "
        "employees report.",
        "notification",
        "present",
    ),
    (
        "notice-hedged",
        CONTRACT + "Supplier should inform Buyer of any detention of the Goods by U.S. Customs "
        "and Border Protection.",
        "notification",
        "weak",
    ),
    (
        "notice-denied-duty",
        CONTRACT + "Supplier is not required to notify Buyer of any detention of the Goods by "
        "U.S. Customs and Border Protection.",
        "notification",
        "missing",
    ),
    (
        "notice-periodic-report",
        CONTRACT + "Supplier shall report annually to Buyer on the steps it has taken to address "
        "modern slavery risks in its supply chain.",
        "notification",
        "missing",
    ),
    (
        "notice-periodic-report-of-cases",
        CONTRACT + "Supplier shall report to Buyer each quarter any suspected case of modern "
        "slavery in its supply chain.",
        "notification",
        "present",
    ),
    # --- an adult age for a role is no child-labour minimum age
    (
        "age-adult-driver",
        CONTRACT + "Supplier shall ensure that no person under the age of 21 drives a delivery "
        "vehicle.",
        "child-labor",
        "missing",
    ),
    (
        "age-adult-driver-with-child-ban",
        CONTRACT + "Supplier shall not employ any person under the age of 15, and no person under "
        "the age of 21 shall drive a delivery vehicle.",
        "child-labor",
        "present",
    ),
    # --- a questionnaire's topics listed
    (
        "topics-identity-documents",
        POLICY + "The questionnaire asks about recruitment channels, fees paid by workers and "
        "the holding of identity documents.",
        "identity-documents",
        "missing",
    ),
    (
        "topics-fees",
        POLICY + "The questionnaire asks about recruitment channels, fees paid by workers and "
        "the holding of identity documents.",
        "recruitment-fees",
        "missing",
    ),
    (
        "topics-standard-kept",
        POLICY + "Suppliers must not hold workers' passports or other identity documents.",
        "identity-documents",
        "present",
    ),
    (
        "topics-standard-hedged",
        POLICY + "Suppliers should not hold workers' passports or other identity documents.",
        "identity-documents",
        "weak",
    ),
    (
        "topics-covers-list",
        POLICY + "The questionnaire covers recruitment fees, working hours and freedom of "
        "movement.",
        "recruitment-fees",
        "missing",
    ),
    (
        "topics-audits-check",
        POLICY + "Our audits check wages, working hours and the holding of identity documents.",
        "wages-hours",
        "missing",
    ),
    (
        "topics-audits-check-ids",
        POLICY + "Our audits check wages, working hours and the holding of identity documents.",
        "identity-documents",
        "missing",
    ),
    # --- forced labour found or looked for is no ban
    (
        "fl-not-found",
        POLICY + "We have not found any forced labour in our supply chain this year.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "fl-identify-and-eliminate",
        CONTRACT + "Supplier shall identify and eliminate any forced labour in its operations.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-law-presumption-described",
        CODE + "The Uyghur Forced Labor Prevention Act creates a presumption that goods from "
        "Xinjiang are made with forced labour.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "fl-presumption-and-ban",
        CODE + "Goods made in Xinjiang are presumed to be made with forced labour, so suppliers "
        "must not use forced labour or any input from Xinjiang.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-bonded-only",
        CONTRACT + "The Vendor shall not engage any bonded labour within the meaning of the "
        "Bonded Labour System (Abolition) Act, 1976.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "fl-bonded-among-forms",
        CONTRACT + "The Vendor shall not use forced, bonded or prison labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-debt-bondage-with-force",
        CONTRACT + "The Agency warrants that no worker is employed through force, fraud, coercion "
        "or debt bondage.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-we-do-not-accept",
        POLICY + "We do not accept goods made with forced labour.",
        "forced-labor-prohibition",
        "weak",
    ),
    # --- what an audit found, or what happened, is no standard
    (
        "finding-fees-charged",
        CONTRACT + "The audit of March 2025 found that workers had been charged recruitment fees "
        "of up to USD 3,000.",
        "recruitment-fees",
        "missing",
    ),
    (
        "finding-overtime",
        CONTRACT + "In 2024, Buyer's auditors found that overtime exceeded 80 hours per month.",
        "wages-hours",
        "missing",
    ),
    (
        "finding-past-underpayment",
        CONTRACT + "Supplier did not pay overtime at the legal rates during 2024.",
        "wages-hours",
        "missing",
    ),
    (
        "finding-then-duty",
        CONTRACT + "If an audit finds that any worker has paid a recruitment fee, Supplier shall "
        "repay the fee to the worker within 30 days.",
        "recruitment-fees",
        "present",
    ),
    (
        "finding-code-fact-kept",
        CODE + "Workers do not pay any fee, deposit or charge to get or keep a job.",
        "recruitment-fees",
        "present",
    ),
    # --- a sourcing ban on producers under a customs order: not cooperation with customs
    (
        "wro-ban-not-cooperation",
        CONTRACT + "Supplier shall not supply any casting made by a producer that is subject to "
        "a withhold release order of U.S. Customs and Border Protection or that appears on the "
        "UFLPA Entity List.",
        "regulatory-cooperation",
        "missing",
    ),
    (
        "wro-ban-is-restricted-source",
        CONTRACT + "Supplier shall not supply any casting made by a producer that is subject to "
        "a withhold release order of U.S. Customs and Border Protection or that appears on the "
        "UFLPA Entity List.",
        "restricted-sources",
        "present",
    ),
    (
        "wro-cooperation-kept",
        CONTRACT + "If U.S. Customs and Border Protection detains any Goods under a withhold "
        "release order, Supplier shall provide all documents needed to answer it within 10 "
        "days.",
        "regulatory-cooperation",
        "present",
    ),
    # --- an age limit with a copula
    (
        "age-copula",
        CODE + "No worker is under the age of 15.",
        "child-labor",
        "present",
    ),
    (
        "age-copula-shall-be",
        CONTRACT + "Supplier shall ensure that no employee shall be younger than 16 years.",
        "child-labor",
        "present",
    ),
    (
        "age-copula-hedged",
        CONTRACT + "Supplier should ensure that no worker is under the age of 15.",
        "child-labor",
        "weak",
    ),
    # --- a labour code of practice
    (
        "code-of-practice-labour",
        CONTRACT + "Supplier shall sign and comply with the Harbor Factory Code of Practice.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-of-practice-hygiene",
        CONTRACT + "Supplier shall comply with the food hygiene code of practice.",
        "code-of-conduct",
        "missing",
    ),
    # --- the supplier's own code binds its factories, not the supplier to the buyer's code
    (
        "own-code-for-factories",
        CONTRACT + "Supplier shall require each contract factory to comply with Supplier's "
        "Vendor Code of Conduct.",
        "code-of-conduct",
        "missing",
    ),
    (
        "buyer-code-for-factories",
        CONTRACT + "Supplier shall require each contract factory to comply with Buyer's "
        "Supplier Code of Conduct.",
        "code-of-conduct",
        "present",
    ),
    (
        "align-with-code-hedged",
        CONTRACT + "Supplier should endeavour to align its labour practices with the "
        "Responsible Business Alliance Code of Conduct.",
        "code-of-conduct",
        "weak",
    ),
    (
        "align-with-code",
        CONTRACT + "Supplier shall align its labour practices with the Responsible Business "
        "Alliance Code of Conduct.",
        "code-of-conduct",
        "present",
    ),
    # --- a charge for finding work is a recruitment fee
    (
        "fee-finding-work",
        CONTRACT + "Supplier shall not charge any worker, directly or through an agent in the "
        "worker's home country, for finding work or for travel.",
        "recruitment-fees",
        "present",
    ),
    (
        "fee-finding-work-passive",
        CONTRACT + "Supplier shall ensure that no agency worker is charged for finding work.",
        "recruitment-fees",
        "present",
    ),
    (
        "fee-finding-work-hedged",
        CONTRACT + "Supplier should ensure that no agency worker is charged for finding work.",
        "recruitment-fees",
        "weak",
    ),
    (
        "fee-finding-workers-for-buyer",
        CONTRACT + "Supplier may charge Buyer a fee for finding workers for the project.",
        "recruitment-fees",
        "missing",
    ),
    (
        "fee-pay-for-job",
        CONTRACT + "No worker shall be required to pay for his or her job.",
        "recruitment-fees",
        "present",
    ),
    (
        "fee-pay-for-work-near-miss",
        CONTRACT + "Buyer shall pay for the work performed under each purchase order.",
        "recruitment-fees",
        "missing",
    ),
    # --- wages paid into the worker's own account
    (
        "wages-own-name-account",
        CONTRACT + "Supplier shall pay wages into a bank account in the worker's own name.",
        "wages-hours",
        "present",
    ),
    (
        "wages-own-name-account-hedged",
        CONTRACT + "Supplier should pay wages into a bank account in the worker's own name.",
        "wages-hours",
        "weak",
    ),
    # --- a legal working age beside a hazardous-work age is a full minimum age
    (
        "age-legal-working-age-and-hazardous",
        CONTRACT + "Supplier shall not employ any person below the legal working age, and no "
        "person under 18 shall perform hazardous work.",
        "child-labor",
        "present",
    ),
    (
        "age-hazardous-only",
        CONTRACT + "Young workers under 18 shall not work at night or perform hazardous work.",
        "child-labor",
        "weak",
    ),
    (
        "age-18-hazardous-areas",
        CONTRACT + "Supplier shall ensure that no person under the age of 18 works in foundry, "
        "welding or heavy fabrication areas.",
        "child-labor",
        "weak",
    ),
    (
        "age-15-and-18-hazardous-areas",
        CONTRACT + "Supplier shall ensure that no person under the age of 15 is employed and that "
        "no person under the age of 18 works in foundry or welding areas.",
        "child-labor",
        "present",
    ),
    # --- a child making the goods (not a product's age grading)
    (
        "child-sews-products",
        CODE + "No child under fifteen sews or finishes our products, at home or in a centre.",
        "child-labor",
        "present",
    ),
    (
        "child-product-age-grading",
        CONTRACT + "Products intended for children under 3 years of age shall not contain small "
        "parts.",
        "child-labor",
        "missing",
    ),
    # --- a buying agent that must make its factories comply is the supplier side
    (
        "agent-requires-factories",
        AGENCY + "3. The Agent shall procure that the Principal's auditors are admitted to each "
        "factory.\n\n4. The Agent shall require every factory to sign the Principal's Supplier "
        "Code of Conduct.",
        "code-of-conduct",
        "present",
    ),
    (
        "agent-hedged",
        AGENCY + "3. The Agent shall procure that the Principal's auditors are admitted to each "
        "factory.\n\n4. The Agent should encourage every factory to sign the Principal's "
        "Supplier Code of Conduct.",
        "code-of-conduct",
        "weak",
    ),
    (
        "agent-negated",
        AGENCY + "3. The Agent shall procure that the Principal's auditors are admitted to each "
        "factory.\n\n4. Nothing in this Agreement requires the Agent to ensure that factories "
        "comply with the Principal's Supplier Code of Conduct.",
        "code-of-conduct",
        "missing",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)


def test_procure_that_is_no_purchase() -> None:
    """ "The Agent shall procure that auditors are admitted" ensures; it buys nothing, so the
    agent the buyer pays a commission stays on the supplier side."""
    text = AGENCY + "3. The Agent shall procure that auditors are admitted to each factory.\n"
    assert defined_parties(text) == {"principal": "buyer", "agent": "supplier"}
    # a real purchase still makes a buyer
    text = AGENCY.replace("The Principal shall pay", "The Principal shall procure goods and pay")
    assert defined_parties(text)["principal"] == "buyer"
