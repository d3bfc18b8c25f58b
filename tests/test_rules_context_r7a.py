"""Phrasing rows for drafting the rules misread on unseen documents (round 7, rulesA): a
questionnaire's questions, a clean conviction record, child labour in a law's title, a
statute named "labour standards", an officer whose remit is labour standards, audit-report
topics, remedies for unpaid wages, withheld wages as a means of forced labour, an age for
named equipment, a manning agency that pays its crew, the costs of getting work put on
workers, "made to work through force", a "Workers' Rights Act", "not ... in breach of" a
forced-labour law, "Law no. 199 of 2016 on ...", a writer's own acts in a code and a
statement of work. Each family has its positives, the near miss, the hedged and the negated
form.
"""

from __future__ import annotations

import pytest
from helpers import CODE, CONTRACT, FL, assert_status, phrasing_params

from analyzer.doc_kind import document_kind
from analyzer.parties import defined_parties

QUESTIONNAIRE = (
    "ANNEX 4 - RESPONSIBLE SOURCING QUESTIONNAIRE\n\n"
    'to the Feed Supply Agreement between Derwent Salmon Pty Ltd (the "Customer") and Southern '
    'Nutrition Pty Ltd (the "Supplier")\n\n'
    "A. The Supplier must complete Part 1 of this Annex before the Commencement Date.\n\n"
)

ROWS: list[tuple[str, str, str, str]] = [
    # --- a questionnaire's question names a topic; it sets no standard
    (
        "question-fees-near-miss",
        QUESTIONNAIRE + "Q5. Have you charged, or are you aware of any labour hire provider "
        "charging, recruitment fees to workers at your mill in the last 24 months?",
        "recruitment-fees",
        "missing",
    ),
    (
        "question-child-near-miss",
        QUESTIONNAIRE + "Q7. In the last 24 months, has any workplace of yours been the subject "
        "of an allegation relating to forced labour, child labour or human trafficking?",
        "child-labor",
        "missing",
    ),
    (
        "question-then-standard-positive",
        QUESTIONNAIRE + "Q5. Have you charged recruitment fees to workers?\n\n"
        "B. The Supplier must not charge any worker a recruitment fee.",
        "recruitment-fees",
        "present",
    ),
    (
        "question-standard-hedged",
        QUESTIONNAIRE + "B. The Supplier should not charge any worker a recruitment fee.",
        "recruitment-fees",
        "weak",
    ),
    # --- a clean record of convictions is no ban and no duty to comply
    (
        "conviction-record-fl-near-miss",
        CONTRACT + "6.1 By signing this Agreement the Supplier certifies that neither the "
        "Supplier nor any of its principals has been convicted of an offense under Chapter 20A, "
        "Texas Penal Code (Trafficking of Persons).",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "conviction-record-law-near-miss",
        CONTRACT + "6.1 By signing this Agreement the Supplier certifies that neither the "
        "Supplier nor any of its principals has been convicted of an offense under the Modern "
        "Slavery Act 2015.",
        "legal-compliance",
        "missing",
    ),
    (
        "conviction-record-with-ban-positive",
        CONTRACT + "6.1 The Supplier certifies that it has not been convicted of any offence "
        "under the Modern Slavery Act 2015 and shall not use forced labour in any form.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "conviction-law-comply-positive",
        CONTRACT + "6.1 The Supplier shall comply with the Modern Slavery Act 2015.",
        "legal-compliance",
        "present",
    ),
    # --- child labour named only in a law's title
    (
        "child-in-law-title-near-miss",
        CONTRACT + "6.2 The Supplier shall comply with the Fighting Against Forced Labour and "
        "Child Labour in Supply Chains Act (S.C. 2023, c. 9), to the extent it applies to it.",
        "child-labor",
        "missing",
    ),
    (
        "child-in-law-title-and-ban-positive",
        CONTRACT + "6.2 The Supplier shall not use child labour, as defined in the Fighting "
        "Against Forced Labour and Child Labour in Supply Chains Act.",
        "child-labor",
        "present",
    ),
    (
        "child-ban-hedged",
        CONTRACT + "6.2 The Supplier should not use child labour.",
        "child-labor",
        "weak",
    ),
    # --- a statute named "labour standards" is no code of conduct
    (
        "act-respecting-labour-standards-near-miss",
        CONTRACT + "6.2 The Supplier shall comply with the Act respecting labour standards "
        "(Québec).",
        "code-of-conduct",
        "missing",
    ),
    (
        "eti-base-code-positive",
        CONTRACT + "6.2 The Supplier shall comply with the ETI Base Code.",
        "code-of-conduct",
        "present",
    ),
    # --- a defined officer whose remit is labour standards does not name a code
    (
        "officer-remit-near-miss",
        CONTRACT + '1.1 "Labor Compliance Officer" means the Buyer\'s officer or a consultant '
        "designated by the Buyer to monitor labor standards on the Project.\n\n"
        "1.2 The Labor Compliance Officer may visit the site and examine payroll records to "
        "check compliance.",
        "code-of-conduct",
        "missing",
    ),
    (
        "defined-code-positive",
        CONTRACT + '1.1 "Standard" means the Buyer\'s Supplier Responsibility Standard.\n\n'
        "1.2 The Supplier shall comply with the Standard.",
        "code-of-conduct",
        "present",
    ),
    # --- wages: an audit report's topics, a remedy for unpaid wages, a means of forced labour
    (
        "wages-report-topics-near-miss",
        FL + "Supplier shall give Buyer a written summary of any findings relating to forced "
        "labour, child labour, working hours or wages.",
        "wages-hours",
        "missing",
    ),
    (
        "wages-remedy-near-miss",
        FL + "Where workers have suffered loss (for example unpaid wages or fees), Supplier must "
        "compensate them.",
        "wages-hours",
        "missing",
    ),
    (
        "wages-forced-labour-means-weak",
        CONTRACT + "The Supplier shall ensure that no person is subject to forced or compulsory "
        "labour, including labour exacted through debt, threats or the withholding of wages.",
        "wages-hours",
        "weak",
    ),
    (
        "wages-full-entitlements-positive",
        FL + "The Supplier must pay each of its employees engaged on the Site their full "
        "entitlements under the applicable award, on time and without unauthorised deductions.",
        "wages-hours",
        "present",
    ),
    (
        "wages-full-entitlements-hedged",
        FL + "The Supplier should pay each of its employees engaged on the Site their full "
        "entitlements under the applicable award.",
        "wages-hours",
        "weak",
    ),
    (
        "wages-not-less-than-award-positive",
        FL + "The Seller must pay, or ensure that its labour hire providers pay, every worker on "
        "its boats, farms and processing floor not less than the minimum rates in the applicable "
        "award.",
        "wages-hours",
        "present",
    ),
    (
        "wages-same-base-wage-positive",
        FL + "The Supplier shall ensure that agency workers from outside the EU receive the same "
        "base hourly wage as directly employed operators in the same grade.",
        "wages-hours",
        "present",
    ),
    (
        "wages-same-price-near-miss",
        FL + "The Buyer shall receive the same unit price as other customers of the Supplier.",
        "wages-hours",
        "missing",
    ),
    # --- an age for named equipment is a hazardous-work limit, not a minimum working age
    (
        "age-for-equipment-weak",
        CODE + "No one under 18 works with a brush saw, chainsaw or forest machine.",
        "child-labor",
        "weak",
    ),
    (
        "minimum-age-positive",
        CODE + "No one under 15 is employed, and no one under 18 works with a chainsaw.",
        "child-labor",
        "present",
    ),
    # --- the costs of getting and keeping work put on workers
    (
        "fees-uniforms-induction-positive",
        FL + "The Supplier must not require any guard to pay for uniforms, licence fees, first "
        "aid certificates or induction.",
        "recruitment-fees",
        "present",
    ),
    (
        "fees-costs-of-recruiting-positive",
        FL + "The Supplier must bear all costs of recruiting, sponsoring and relocating overseas "
        "care workers, and must not recover them from any worker.",
        "recruitment-fees",
        "present",
    ),
    (
        "fees-access-to-work-positive",
        FL + "The Supplier shall ensure that no harvest worker pays any intermediary or crew "
        "leader for access to work.",
        "recruitment-fees",
        "present",
    ),
    (
        "fees-finding-keeping-work-positive",
        FL + "The Supplier shall ensure that no worker, whether employed directly or supplied by "
        "an agency, pays any fee, charge or deposit for finding or keeping work.",
        "recruitment-fees",
        "present",
    ),
    (
        "fees-uniforms-hedged",
        FL + "The Supplier should endeavour not to require any guard to pay for uniforms or "
        "induction.",
        "recruitment-fees",
        "weak",
    ),
    (
        "fees-uniform-laundry-near-miss",
        FL + "The Supplier shall launder the uniforms of its guards each week.",
        "recruitment-fees",
        "missing",
    ),
    # --- forced labour exacted "through" force
    (
        "made-to-work-through-force-positive",
        CONTRACT + "The Supplier undertakes that no crew member on any Vessel is or will be made "
        "to work through force, threats, debt or deception.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "made-to-work-through-force-hedged",
        CONTRACT + "The Supplier will endeavour to ensure that no crew member is made to work "
        "through force, threats or debt.",
        "forced-labor-prohibition",
        "weak",
    ),
    # --- labour statutes and forced-labour law compliance
    (
        "workers-rights-act-weak",
        FL + "The Supplier shall comply with the Workers' Rights Act 2019 in respect of its "
        "warehouse staff.",
        "legal-compliance",
        "weak",
    ),
    (
        "not-in-breach-of-divisions-positive",
        CONTRACT + "The Supplier must not use forced labour, and must not engage any person in "
        "breach of Divisions 270 or 271 of the Criminal Code (Cth).",
        "legal-compliance",
        "present",
    ),
    (
        "law-no-199-positive",
        CONTRACT + "The Supplier shall comply with Italian Law no. 199 of 29 October 2016 on "
        "illegal intermediation and labour exploitation in agriculture (caporalato).",
        "legal-compliance",
        "present",
    ),
    (
        "law-no-199-negated",
        CONTRACT + "The Supplier is not required to comply with Italian Law no. 199 of 29 October "
        "2016 on illegal intermediation and labour exploitation in agriculture.",
        "legal-compliance",
        "missing",
    ),
    # --- a writer's own acts in a code are not supplier standards
    (
        "code-writer-risk-assessment-weak",
        CODE + "We map our supply chain down to tannery level and carry out an annual forced "
        "labour risk assessment of our sourcing countries.",
        "risk-assessment",
        "weak",
    ),
    (
        "code-writer-condition-then-supplier-positive",
        CODE + "Where we consent to subcontracting, the supplier makes sure that the other "
        "carrier accepts this Code in writing before it performs the order.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-writer-hotline-for-suppliers-workers-positive",
        CODE + "Our whistleblowing line is open to suppliers' workers, and reports can be made "
        "anonymously without fear of retaliation.",
        "grievance-mechanism",
        "present",
    ),
    (
        "code-supplier-risk-assessment-positive",
        CODE + "Suppliers carry out an annual forced labour risk assessment of their own supply "
        "chains.",
        "risk-assessment",
        "present",
    ),
    # --- forced labour named in a notice duty's object or a training's topics
    (
        "notice-of-use-near-miss",
        CONTRACT + "The Supplier shall inform the Buyer within five (5) working days of any "
        "indication that a factory uses forced labour.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "notice-with-ban-positive",
        CONTRACT + "The Supplier shall not use forced labour and shall inform the Buyer within "
        "five days of any indication that a factory uses it.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "training-indicators-near-miss",
        CONTRACT + "The Supplier's quality controllers shall attend the Buyer's annual training, "
        "which covers indicators of forced labour.",
        "forced-labor-prohibition",
        "missing",
    ),
    # --- a prison-labour ban with a carve-out for "voluntary" prison labour
    (
        "prison-other-than-weak",
        CONTRACT + "The Supplier represents and warrants that no Goods have been produced by "
        "forced or trafficked labour, or by prison labour other than prison labour performed "
        "voluntarily under a rehabilitation scheme.",
        "forced-labor-prohibition",
        "weak",
    ),
    # --- a quoted labour rate is a price term
    (
        "quoted-labour-rate-near-miss",
        CONTRACT + "3.2 The labour rate quoted must not be lower than the statutory minimum wage "
        "of the country of assembly plus employer social contributions.",
        "wages-hours",
        "missing",
    ),
    (
        "minimum-wage-positive",
        CONTRACT + "3.2 The Supplier shall pay every worker at least the statutory minimum wage.",
        "wages-hours",
        "present",
    ),
    # --- risks described as reported are no ban
    (
        "risk-reported-near-miss",
        "MODERN SLAVERY PROCUREMENT POLICY\n\nWe buy gloves and gowns, many of which are made in "
        "industries where forced labour, debt bondage and child labour have been reported.",
        "child-labor",
        "missing",
    ),
    # --- legal-compliance: listed entities, a law's reach, safety law
    (
        "entity-list-ban-near-miss",
        FL + "Seller shall not purchase primary aluminium smelted in the Xinjiang Uyghur "
        "Autonomous Region or by any entity on the UFLPA Entity List, and shall not accept any "
        "such material from a trader.",
        "legal-compliance",
        "missing",
    ),
    (
        "entity-list-comply-positive",
        FL + "Seller shall comply with the UFLPA and shall not purchase material from any entity "
        "on the UFLPA Entity List.",
        "legal-compliance",
        "present",
    ),
    (
        "law-may-apply-near-miss",
        FL + "The parties acknowledge that the Transfer of Undertakings (Protection of "
        "Employment) Regulations 2006 may apply on the commencement of this Agreement.",
        "legal-compliance",
        "missing",
    ),
    (
        "whs-law-near-miss",
        FL + "The Supplier must comply with the Work Health and Safety Act 2011 (NSW) and must "
        "report any notifiable incident on a Site immediately.",
        "legal-compliance",
        "missing",
    ),
    (
        "employment-law-weak",
        FL + "The Supplier must comply with all employment laws and the Work Health and Safety "
        "Act 2011.",
        "legal-compliance",
        "weak",
    ),
    # --- a code's violations followed up are no duty to comply with the code
    (
        "code-follow-up-near-miss",
        CONTRACT + "Where an audit identifies violations of the Factory Code of Conduct, the "
        "Supplier shall follow up with the factory.",
        "code-of-conduct",
        "missing",
    ),
    (
        "code-comply-positive",
        CONTRACT + "The Supplier shall comply with the Factory Code of Conduct and shall follow "
        "up any violation found at a factory.",
        "code-of-conduct",
        "present",
    ),
    (
        "conduct-verb-near-miss",
        CONTRACT + "The Buyer may conduct program monitoring to assess the Supplier's compliance "
        "with these Special Conditions.",
        "code-of-conduct",
        "missing",
    ),
    # --- a signed declaration binds like a certification
    (
        "declaration-list-positive",
        CONTRACT + "PART D - DECLARATION\n\nThe director signing below declares on behalf of "
        "the Supplier that:\n(a) no forced, bonded or prison labour is used at any unit listed "
        "in Part A;\n(b) no person under the age of 18 is employed at any such unit.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "declaration-knowledge-weak",
        CONTRACT + "The Supplier declares that, to the best of its knowledge, no forced labour is "
        "used at any of its units.",
        "forced-labor-prohibition",
        "weak",
    ),
    # --- an exception yielding to an authority's requirement keeps the ban
    (
        "id-except-authority-positive",
        CONTRACT + "The Supplier shall ensure that no seafarer's passport is withheld by the "
        "master, except for such period as a port or immigration authority requires the "
        "documents to be held.",
        "identity-documents",
        "present",
    ),
    (
        "id-except-safekeeping-weak",
        CONTRACT + "The Supplier shall ensure that no seafarer's passport is withheld by the "
        "master, except for such period as the master considers necessary.",
        "identity-documents",
        "weak",
    ),
    (
        "id-return-original-positive",
        FL + "The Supplier may take copies of workers' identity and right to work documents for "
        "its records but shall return any original document to the worker on the same day.",
        "identity-documents",
        "present",
    ),
    # --- good-faith efforts hedge; an alignment with a named standard is compliance
    (
        "align-good-faith-weak",
        CONTRACT + "The Supplier will use good-faith efforts to align its labor practices at the "
        "Bac Ninh facility with the Buyer's Supplier Responsibility Standards.",
        "code-of-conduct",
        "weak",
    ),
    (
        "do-its-best-weak",
        CONTRACT + "The Supplier will do its best to align its labor practices at the Bac Ninh "
        "facility with the Buyer's Supplier Responsibility Standards.",
        "code-of-conduct",
        "weak",
    ),
    (
        "align-binding-positive",
        CONTRACT + "The Supplier shall align its labor practices at the Bac Ninh facility with "
        "the RBA Code of Conduct.",
        "code-of-conduct",
        "present",
    ),
    (
        "terms-used-in-act-positive",
        CONTRACT + "The Supplier shall not supply any material made, in whole or in part, by "
        "forced labour or child labour, as those terms are used in the Fighting Against Forced "
        "Labour and Child Labour in Supply Chains Act (Canada).",
        "legal-compliance",
        "present",
    ),
    (
        "lodge-deposits-weak",
        FL + "The Supplier shall ensure that workers are not required to lodge identity papers "
        "or deposits with their employer.",
        "recruitment-fees",
        "weak",
    ),
    # --- a comma in brackets ends no clause: the buyer's own report stays the buyer's
    (
        "buyer-report-bracket-near-miss",
        "TERMS AND CONDITIONS OF PURCHASE\n\nThese terms apply to every order issued by "
        'Northshore Ltd. ("Purchaser") to the supplier named on the order ("Seller").\n\n'
        "Purchaser files an annual report under the Fighting Against Forced Labour and Child "
        "Labour in Supply Chains Act (S.C. 2023, c. 9) and will describe in that report the "
        "steps it has taken to assess forced labour risk in its supply chain.",
        "risk-assessment",
        "missing",
    ),
    # --- a penalty for resigning restricts movement; regard to a code is less than compliance
    (
        "resign-penalty-weak",
        FL + "The Supplier shall not impose any penalty, liquidated damages or repayment "
        "obligation on a worker who resigns.",
        "identity-documents",
        "weak",
    ),
    (
        "late-delivery-penalty-near-miss",
        FL + "The Buyer may impose a penalty of 1% of the order value for each week of late "
        "delivery.",
        "identity-documents",
        "missing",
    ),
    (
        "regard-to-code-weak",
        'SUBCONTRACT\n\nBetween Alpha Towers Pty Ltd (the "Contractor") and Beta Steel Ltd '
        '(the "Subcontractor").\n\n24.8 The Subcontractor shall have regard to the '
        "Contractor's Supplier Code of Conduct.",
        "code-of-conduct",
        "weak",
    ),
    (
        "comply-with-contractor-code-positive",
        'SUBCONTRACT\n\nBetween Alpha Towers Pty Ltd (the "Contractor") and Beta Steel Ltd '
        '(the "Subcontractor").\n\n24.8 The Subcontractor shall comply with the '
        "Contractor's Supplier Code of Conduct.",
        "code-of-conduct",
        "present",
    ),
    # --- a manning agency that pays its crew supplies the crew
    (
        "manning-agency-ban-positive",
        "MANNING AGENCY AGREEMENT\n\nParties\n1. Hsin Feng Fishery Co., Ltd., owner and operator "
        'of the vessels in Annex A ("the Owner").\n2. PT Samudera Awak, a licensed placement '
        'company ("the Agency").\n\n2.1 The Owner shall pay the Agency a service fee of USD 90 '
        "per Fisher per month.\n\n3.1 The Agency shall pay each Fisher's full monthly wage into "
        "a bank account in the Fisher's own name.\n\n3.2 The Agency shall not charge any Fisher "
        "a placement fee or deposit.",
        "recruitment-fees",
        "present",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_round7_phrasings(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("STATEMENT OF WORK No. 4\nEARLY-STAGE COLLECTIONS SERVICES\n", "contract"),
        ("STATEMENT OF WORK 3 - STATIC GUARDING\n", "contract"),
        ("Modern Slavery Statement for the year ending 31 March 2026\n", "policy"),
        ("STATE OF VERMONT\nOFFICE OF PURCHASING\nPROCUREMENT BULLETIN 3.9\n", "policy"),
        ("HALCYON INC.\nSUPPLIER QUALITY MANUAL - SQM-001, REVISION K\n", "code"),
        (
            "TERAVALE\nLABOUR STANDARD FOR CONTRACT MANUFACTURERS, COMPONENT SUPPLIERS AND LABOUR "
            "AGENTS Document LS-02, issue 3 - applies to all sites making drives for Teravale\n",
            "code",
        ),
    ],
)
def test_document_kind_of_titles(title: str, kind: str) -> None:
    assert document_kind(title + "\n1. Scope\nThe Supplier shall supply the Services.\n") == kind


def test_an_agency_paying_its_crew_is_not_a_buyer() -> None:
    text = (
        'Hsin Feng Fishery Co., Ltd. ("the Owner") and PT Samudera Awak ("the Agency").\n'
        "The Owner shall pay the Agency a service fee.\n"
        "The Agency shall pay each Fisher's full monthly wage into his own account.\n"
    )
    sides = defined_parties(text)
    assert sides.get("owner") == "buyer"
    assert sides.get("agency") != "buyer"
