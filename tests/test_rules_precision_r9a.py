"""Phrasing rows for drafting the rules misread on unseen documents (round 9, rulesA): overtime
worked "against his or her will" (an hours term in the words of the forced-labour definition);
a forced-labour law named with the date it applies from; "as required by" a law as the measure
of the writer's own act; the company a supplier code is named after as the buying side (its own
acts bind no supplier), a name before a noun ("Harbor merchandise must not ...") that is no
subject; "suspected or confirmed" as an adjective, not a confirmation. Each family has its
positives, the near miss, the hedged and the negated form.
"""

from __future__ import annotations

import pytest
from helpers import CONTRACT, assert_status, phrasing_params

from analyzer.parties import defined_parties

# a standard named after the company that writes it, under its header
OWNED = (
    "OSKARSHOLM RETAIL AB\n\nSUPPLIER STANDARD S-08: WORKER GRIEVANCE MECHANISMS\n\n"
    "1. Status of this Standard\n\nThis Standard forms part of the Oskarsholm Supplier Code of "
    "Conduct, with which every supplier must comply.\n\n"
)
EU_LAW = (
    "Regulation (EU) 2024/3015 on prohibiting products made with forced labour on the Union market"
)

ROWS: list[tuple[str, str, str, str]] = [
    # --- overtime against the worker's will: an hours term, not the forced-labour ban
    (
        "overtime-will-near-miss",
        CONTRACT + "Supplier shall pay at least the minimum wage and shall not require any "
        "employee to work overtime against his or her will.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "overtime-will-is-an-hours-term",
        CONTRACT + "Supplier shall not require any employee to work overtime against his or her "
        "will.",
        "wages-hours",
        "present",
    ),
    (
        "overtime-will-hedged",
        CONTRACT + "Supplier should not require any employee to work overtime against his or her "
        "will.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "overtime-forced-positive",
        CONTRACT + "Supplier shall not compel any worker to work overtime under threat of a "
        "penalty.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "overtime-with-fl-ban-positive",
        CONTRACT + "Supplier shall not use forced labour, and shall not require any worker to work "
        "overtime against his or her will.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-ban-negated",
        CONTRACT + "Nothing in this Agreement requires Supplier to ensure that no forced labour "
        "is used.",
        "forced-labor-prohibition",
        "missing",
    ),
    # --- a forced-labour law and the date it applies from
    (
        "law-timetable-fl-near-miss",
        CONTRACT + f"The Parties acknowledge that {EU_LAW} will apply from 14 December 2027 and "
        "will discuss any changes to this Agreement that it may require.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "law-timetable-acknowledged-weak",
        CONTRACT + f"The Parties acknowledge that {EU_LAW} will apply from 14 December 2027 and "
        "will discuss any changes to this Agreement that it may require.",
        "legal-compliance",
        "weak",
    ),
    (
        "law-timetable-bare-near-miss",
        CONTRACT + f"{EU_LAW} enters into force on 13 December 2024.",
        "legal-compliance",
        "missing",
    ),
    (
        "law-timetable-with-duty-positive",
        CONTRACT + f"Supplier shall comply with {EU_LAW} from the date it enters into force.",
        "legal-compliance",
        "present",
    ),
    (
        "law-timetable-duty-hedged",
        CONTRACT + f"Supplier should endeavour to comply with {EU_LAW} once it enters into force.",
        "legal-compliance",
        "weak",
    ),
    (
        "law-timetable-ban-positive",
        CONTRACT + f"{EU_LAW} applies from 14 December 2027. Supplier shall not use forced labour "
        "in any form.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- the writer's own act "as required by" a law
    (
        "as-required-writer-act-near-miss",
        OWNED + "Oskarsholm operates its own complaints mechanism as required by the German "
        "Supply Chain Due Diligence Act for its German subsidiary.",
        "legal-compliance",
        "weak",
    ),
    (
        "as-required-supplier-duty-positive",
        OWNED + "Suppliers must comply with the Modern Slavery Act 2015 and keep the records it "
        "requires.",
        "legal-compliance",
        "present",
    ),
    (
        "as-required-supplier-hedged",
        OWNED + "Suppliers should comply with the Modern Slavery Act 2015.",
        "legal-compliance",
        "weak",
    ),
    (
        "as-required-supplier-negated",
        OWNED + "Suppliers are not required to comply with the Modern Slavery Act 2015.",
        "legal-compliance",
        "missing",
    ),
    (
        "as-required-wages-positive",
        CONTRACT + "Supplier shall pay overtime at the premium rate as required by law.",
        "wages-hours",
        "present",
    ),
    # --- the owner of the code is the buyer; its own acts bind no supplier
    (
        "owner-own-training-near-miss",
        OWNED + "Oskarsholm will train its own buyers on forced labour risks each year.",
        "training",
        "missing",
    ),
    (
        "owner-requires-training-positive",
        OWNED + "Suppliers must train their managers on forced labour risks each year.",
        "training",
        "present",
    ),
    # --- a name before a noun is no subject
    (
        "name-as-modifier-positive",
        OWNED + "Oskarsholm merchandise must not contain cotton produced in the Xinjiang Uyghur "
        "Autonomous Region.",
        "restricted-sources",
        "present",
    ),
    (
        "name-as-subject-near-miss",
        OWNED + "Oskarsholm must not buy cotton produced in the Xinjiang Uyghur Autonomous Region.",
        "restricted-sources",
        "missing",
    ),
    # --- "suspected or confirmed" describes the case; the imperative binds the supplier
    (
        "suspected-or-confirmed-positive",
        OWNED + "Modern Slavery Reporting\n\nNotify Oskarsholm immediately of any suspected or "
        "confirmed slavery or trafficking issues.",
        "notification",
        "present",
    ),
    (
        "suspected-or-confirmed-hedged",
        OWNED + "Suppliers should notify Oskarsholm of any suspected or confirmed slavery or "
        "trafficking issues.",
        "notification",
        "weak",
    ),
    # --- a standards document named for its growers or farms is a code: its facts bind
    (
        "farm-standards-fact-positive",
        "FARM STANDARDS FOR KENYAN GROWERS\n\nThese standards apply to every farm that supplies "
        "us.\n\n1.2 No person under eighteen is employed on the farm.",
        "child-labor",
        "present",
    ),
    (
        "programme-standards-fact-positive",
        "Costa Berries S.L.\n\nGROWER PROGRAMME STANDARDS\n\nPassports and residence cards "
        "stay in the worker's own possession.",
        "identity-documents",
        "present",
    ),
    (
        "farm-standards-hedged",
        "FARM STANDARDS FOR KENYAN GROWERS\n\nThese standards apply to every farm that supplies "
        "us.\n\nFarms should not employ anyone under eighteen.",
        "child-labor",
        "weak",
    ),
    (
        "standards-in-contract-fact-weak",
        CONTRACT + "Workers keep their own passports and identity cards.",
        "identity-documents",
        "weak",
    ),
    # --- a concession's or sub-award's holder is the bound side
    (
        "concessionaire-bound-positive",
        'Between Nordhaven Airport Authority (the "Authority") and Skyline Hospitality Inc. (the '
        '"Concessionaire").\n\nThe Concessionaire shall pay the Authority a concession fee.\n\n'
        "The Concessionaire shall pay all employees at the Airport no less than the living wage, "
        "in full and on time.",
        "wages-hours",
        "present",
    ),
    (
        "sub-recipient-bound-positive",
        'These conditions form part of every Sub-Award between Harmonia Relief ("Harmonia") and '
        'the organisation named in it (the "Sub-Recipient").\n\nThe Sub-Recipient shall procure '
        "goods competitively.\n\nThe Sub-Recipient shall not use forced labour in any form.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "sub-recipient-hedged",
        'These conditions form part of every Sub-Award between Harmonia Relief ("Harmonia") and '
        'the organisation named in it (the "Sub-Recipient").\n\nThe Sub-Recipient is encouraged '
        "to pay its staff at least the local living wage, and on time.",
        "wages-hours",
        "weak",
    ),
    # --- an hours limit that gives way to overtime on demand
    (
        "overtime-on-demand-capped-weak",
        CONTRACT + "Working hours shall not exceed 48 a week, save that in a surge period the "
        "Supplier may require employees to work additional hours without their consent.",
        "wages-hours",
        "weak",
    ),
    (
        "hours-limit-positive",
        CONTRACT + "Working hours shall not exceed 48 a week and overtime shall be voluntary.",
        "wages-hours",
        "present",
    ),
    (
        "buyer-may-require-reduced-hours-positive",
        CONTRACT + "Supplier shall pay wages in full and on time. Buyer may require Supplier to "
        "reduce working hours that exceed the legal limit.",
        "wages-hours",
        "present",
    ),
    # --- a notice duty about a credible allegation is no ban
    (
        "notice-credible-allegation-near-miss",
        CONTRACT + "Supplier shall promptly notify Buyer if it becomes aware of any credible "
        "allegation that a sub-supplier uses forced labour.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "notice-credible-allegation-is-notification",
        CONTRACT + "Supplier shall promptly notify Buyer if it becomes aware of any credible "
        "allegation that a sub-supplier uses forced labour.",
        "notification",
        "present",
    ),
    # --- "all reasonable action" is a hedge, even after "as soon as reasonably practicable"
    (
        "all-reasonable-action-hedged",
        CONTRACT + "If the Supplier becomes aware of modern slavery practices in its supply "
        "chains, the Supplier must as soon as reasonably practicable take all reasonable action "
        "to address or remove those practices.",
        "remediation",
        "weak",
    ),
    (
        "reasonable-action-with-plan-positive",
        CONTRACT + "The Supplier must then take reasonable action to address the modern slavery, "
        "including by preparing and implementing a remediation plan approved by the Buyer.",
        "remediation",
        "present",
    ),
    # --- items under a lead-in that puts them outside the rider
    (
        "not-covered-items-near-miss",
        CONTRACT + "9. Not covered by this Rider. For certainty, the following remain governed by "
        "the body of the Agreement and are not forced labour obligations:\n(a) the Supplier's "
        "duty to notify the Buyer of any change of alloy before shipment;\n(b) the indemnity for "
        "product liability claims.",
        "notification",
        "missing",
    ),
    (
        "covered-items-positive",
        CONTRACT + "9. Notices. The Supplier shall:\n(a) notify the Buyer within five days of any "
        "suspected forced labour in its supply chain;\n(b) keep the Buyer informed of the steps "
        "it takes.",
        "notification",
        "present",
    ),
    # --- exhausting working hours as an element of slave labour (Art. 149)
    (
        "exhausting-hours-near-miss",
        CONTRACT + "Supplier must not subject any worker to forced labour, debt bondage, degrading "
        "conditions or exhausting working hours, as defined in Article 149 of the Brazilian "
        "Penal Code.",
        "wages-hours",
        "missing",
    ),
    (
        "exhausting-hours-still-forced-labour",
        CONTRACT + "Supplier must not subject any worker to forced labour, debt bondage, degrading "
        "conditions or exhausting working hours, as defined in Article 149 of the Brazilian "
        "Penal Code.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "hours-limit-hedged",
        CONTRACT + "Supplier should keep working hours within 48 a week.",
        "wages-hours",
        "weak",
    ),
    # --- the minimum wage as a cost behind a price change
    (
        "price-adjustment-near-miss",
        CONTRACT + "Seller may propose an adjustment supported by documented changes in component "
        "cost or the statutory minimum wage.",
        "wages-hours",
        "missing",
    ),
    (
        "minimum-wage-duty-positive",
        CONTRACT + "Seller shall pay every worker at least the statutory minimum wage, in full and "
        "on time.",
        "wages-hours",
        "present",
    ),
    # --- a standards document that tells its suppliers to meet "these Standards"
    (
        "these-standards-positive",
        "FARM STANDARDS FOR KENYAN GROWERS\n\nFarms supplying us must follow these Standards.",
        "code-of-conduct",
        "present",
    ),
    (
        "this-standard-incorporated-positive",
        "SUPPLIER CONDUCT STANDARD\n\n1.2 This Standard is incorporated by reference into, and "
        "forms part of, every Supply Contract.",
        "code-of-conduct",
        "present",
    ),
    (
        "these-standards-hedged",
        "FARM STANDARDS FOR KENYAN GROWERS\n\nWe encourage farms to follow these Standards.",
        "code-of-conduct",
        "weak",
    ),
    (
        "quality-standards-in-contract-near-miss",
        CONTRACT + "Supplier shall meet the quality standards in Schedule 1 for every shipment.",
        "code-of-conduct",
        "missing",
    ),
    # --- recruitment costs in other words
    (
        "cost-of-recruiting-positive",
        CONTRACT + "Supplier shall not recover from its workers, directly or through any "
        "recruiter, any cost of recruiting them.",
        "recruitment-fees",
        "present",
    ),
    (
        "fee-list-positive",
        CONTRACT + "Supplier shall recruit migrant workers only through official channels, bearing "
        "all recruitment, passport, visa, work permit and medical fees itself.",
        "recruitment-fees",
        "present",
    ),
    (
        "seeking-work-fee-positive",
        CONTRACT + "No fee shall be charged to any worker for finding or seeking to find work.",
        "recruitment-fees",
        "present",
    ),
    (
        "pays-to-get-a-job-code-positive",
        "SUPPLIER CODE OF CONDUCT\n\nNobody pays to get a job with you.",
        "recruitment-fees",
        "present",
    ),
    (
        "pays-to-get-a-job-hedged",
        CONTRACT + "Supplier should ensure that nobody pays to get a job with it.",
        "recruitment-fees",
        "weak",
    ),
    (
        "agencies-charging-fees-to-workers-positive",
        CONTRACT + "Supplier warrants that it does not recruit workers through agencies that "
        "charge fees to workers.",
        "recruitment-fees",
        "present",
    ),
    (
        "recruiting-cost-of-buyer-near-miss",
        CONTRACT + "Buyer shall bear the cost of recruiting its own sales staff.",
        "recruitment-fees",
        "missing",
    ),
    # --- labour ordinances and employment-agency regulations are labour law
    (
        "labour-ordinance-weak",
        CONTRACT + "Supplier shall comply with the Sabah Labour Ordinance (Cap. 67).",
        "legal-compliance",
        "weak",
    ),
    (
        "employment-agencies-regulations-weak",
        CONTRACT + "Supplier shall comply with the Conduct of Employment Agencies and Employment "
        "Businesses Regulations 2003.",
        "legal-compliance",
        "weak",
    ),
    (
        "all-laws-near-miss",
        CONTRACT + "Supplier shall comply with all applicable laws and regulations.",
        "legal-compliance",
        "missing",
    ),
    # --- a buyer's policy that sets rules for its crewing agents or ranchers binds them
    (
        "crewing-agents-policy-positive",
        "CREW RECRUITMENT POLICY\n\nEvery crewing agent must:\n(a) not charge any fisher a fee "
        "for recruitment, visas or flights;\n(b) not hold any fisher's passport or identity "
        "card.",
        "identity-documents",
        "present",
    ),
    (
        "ranchers-policy-positive",
        "CATTLE PURCHASE POLICY\n\n3.3 Ranchers must never retain any worker's identity card.",
        "identity-documents",
        "present",
    ),
    (
        "ranchers-policy-hedged",
        "CATTLE PURCHASE POLICY\n\n3.3 We encourage ranchers not to keep workers' identity cards.",
        "identity-documents",
        "weak",
    ),
    (
        "writer-policy-own-act-weak",
        "CREW RECRUITMENT POLICY\n\nWe pay every fisher a fixed monthly wage directly into a "
        "bank account in the fisher's own name.",
        "wages-hours",
        "weak",
    ),
    # --- work exacted by deception, threats or debt
    (
        "recruit-through-deception-positive",
        CONTRACT + "Supplier shall not recruit any worker through deception, coercion, threats or "
        "debt.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "held-by-debt-code-positive",
        "CODE OF PRACTICE FOR MANNING AGENTS\n\nNo seafarer is held in service by debt, threats "
        "or penalties.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "recruit-through-agencies-near-miss",
        CONTRACT + "Supplier shall recruit workers through licensed agencies only.",
        "forced-labor-prohibition",
        "missing",
    ),
    # --- unpaid wages as the subject of a complaint to pass on
    (
        "wage-allegation-near-miss",
        CONTRACT + "Supplier shall pass to Buyer at once any complaint from a worker that alleges "
        "abuse, threats, or unpaid or withheld wages.",
        "wages-hours",
        "missing",
    ),
    (
        "wage-allegation-with-duty-positive",
        CONTRACT + "Supplier shall pay all wages in full and on time, and shall pass to Buyer any "
        "complaint that alleges unpaid wages.",
        "wages-hours",
        "present",
    ),
    # --- a distributor named by a second alias sells to the reseller it defines
    (
        "distributor-alias-sells-near-miss",
        'Parties: Vantor Distribution GmbH ("Vantor" or "Distributor") and the company named on '
        'the signature page ("Reseller").\n\nReseller shall resell the products to end '
        "customers.\n\nDistributor may, on fourteen days' notice, audit Reseller's compliance "
        "with the Partner Code of Conduct.",
        "audit-rights",
        "missing",
    ),
    (
        "reseller-possessive-training-near-miss",
        'Parties: Vantor Distribution GmbH ("Vantor" or "Distributor") and the company named on '
        'the signature page ("Reseller").\n\nReseller shall resell the products to end '
        "customers.\n\nReseller shall ensure that its sales staff complete the Manufacturers' "
        "product training and the annual training on the Partner Code of Conduct.",
        "training",
        "missing",
    ),
    (
        "buyer-requires-supplier-training-positive",
        CONTRACT + "Buyer shall ensure that Supplier trains its managers on forced labour risks "
        "each year.",
        "training",
        "present",
    ),
    # --- the contract's own labour schedule is no code of conduct
    (
        "own-labour-schedule-near-miss",
        CONTRACT + "Schedule C (Labour Standards) forms part of this Agreement and Supplier shall "
        "comply with it.",
        "code-of-conduct",
        "missing",
    ),
    (
        "schedule-holding-the-code-positive",
        CONTRACT + "Schedule C (Supplier Code of Conduct) forms part of this Agreement and "
        "Supplier shall comply with it.",
        "code-of-conduct",
        "present",
    ),
    (
        "named-standard-positive",
        CONTRACT + "Supplier shall comply with the ETI Base Code at every site.",
        "code-of-conduct",
        "present",
    ),
    (
        "named-standard-hedged",
        CONTRACT + "Supplier should endeavour to comply with the ETI Base Code.",
        "code-of-conduct",
        "weak",
    ),
    # --- a bracketed part of a law's name is no forced-labour ban
    (
        "bracketed-law-name-near-miss",
        CONTRACT + "The Supplier shall comply with the Criminal Law (Human Trafficking) Act 2008 "
        "and the Organisation of Working Time Act 1997.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "bracketed-law-name-is-legal-compliance",
        CONTRACT + "The Supplier shall comply with the Criminal Law (Human Trafficking) Act 2008.",
        "legal-compliance",
        "present",
    ),
    (
        "bracketed-law-with-ban-positive",
        CONTRACT + "The Supplier shall comply with the Criminal Law (Human Trafficking) Act 2008 "
        "and shall not use forced labour in any form.",
        "forced-labor-prohibition",
        "present",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)


def test_document_owner_is_the_buyer() -> None:
    sides = defined_parties(OWNED + "Oskarsholm will test each site's mechanism.")
    assert sides == {"oskarsholm": "buyer"}


def test_header_company_is_the_buyer() -> None:
    text = (
        "ALDERCREST MEDICAL TECHNOLOGIES\n\nSUPPLIER REQUIREMENTS MANUAL\n\n"
        "Aldercrest may include labour topics in its supplier audits."
    )
    assert defined_parties(text) == {"aldercrest": "buyer"}


def test_common_word_before_a_partner_code_is_no_owner() -> None:
    # "Business Partner Code": "business" is written in lower case elsewhere, so it is no name
    text = (
        'Between Harbor Inc. ("Manufacturer") and Delta Ltd. ("Distributor").\n\n'
        "The Distributor shall comply with the Business Partner Code of Conduct in its business."
    )
    assert "business" not in defined_parties(text)
