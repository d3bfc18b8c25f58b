"""Phrasing tests for the round-7 families of the monitoring and remedy rules, found on dev
documents written by drafters who never saw the rules: billing audits of timesheets, audit
ratings a factory must hold, a buyer relying on another's audit scheme, a supplier's own risk
assessment, a public auditor's audit of funds (audit-rights); meetings with worker or committee
representatives (worker-engagement); the employer-pays rule with its refund, cure periods in the
active voice, German supply-chain act plans "to end or minimise" a violation, supporting roles,
holds lifted by a plan and "reasonable action" (remediation); code deviations, a plan not
delivered and the act's "concept" (termination-remedies); recruitment costs the supplier bears
(indemnification); questionnaire questions, inductions on how to complain and a supplier telling
its buyer (grievance-mechanism); complaints about a worker's own fitness or conduct
(notification); apprentices, inductions, laws cited by number and the writer's own staff
(training). Each family: positives, the near miss, the hedged form and the negated form.
"""

from __future__ import annotations

import pytest
from helpers import CODE, CONTRACT, assert_status, phrasing_params
from helpers import FL_SECTION as FL

FL_CODE = CODE + "Suppliers must not use forced labour.\n\n"
FL_POLICY = (
    "RESPONSIBLE SOURCING POLICY\n\nThis policy sets out how we work with our suppliers so that no "
    "forced labour is used to make our products.\n\nOur programme\n\n"
)
LATER = FL + "14. GENERAL\n\n"

AUD = "audit-rights"
WE = "worker-engagement"
REM = "remediation"
TR = "termination-remedies"
IND = "indemnification"
GM = "grievance-mechanism"
NOT = "notification"
TRN = "training"

ROWS = [
    # --- audit-rights: timesheets checked against bills are a billing audit
    (
        "aud-invoices-against-timesheets",
        LATER + "Buyer may audit the Supplier's invoices against the timesheets at any time within "
        "twelve months of payment.",
        AUD,
        "missing",
    ),
    (
        "aud-timesheets-for-daywork",
        LATER + "Buyer may, on three days' notice, inspect and copy the Supplier's books of "
        "account, "
        "timesheets for daywork and cost records relating to variations.",
        AUD,
        "missing",
    ),
    (
        "aud-timesheets-with-payroll",
        LATER + "Buyer may inspect the Supplier's timesheets and payroll records to check that "
        "workers were paid at least the minimum wage.",
        AUD,
        "present",
    ),
    (
        "aud-timesheets-hedged",
        LATER + "Buyer should be allowed to inspect the Supplier's timesheets and payroll records "
        "to "
        "check that workers were paid at least the minimum wage.",
        AUD,
        "weak",
    ),
    # --- audit-rights: an audit rating a factory must already hold
    (
        "aud-rating-required",
        LATER + "Supplier shall propose only factories that have a valid amfori BSCI audit rating "
        "of "
        "A, B or C.",
        AUD,
        "missing",
    ),
    (
        "aud-current-smeta-audit",
        LATER + "Each factory shall hold a current SMETA audit before the first order.",
        AUD,
        "missing",
    ),
    (
        "aud-buyer-audits-bsci",
        LATER + "Buyer may audit any factory against the amfori BSCI Code of Conduct.",
        AUD,
        "present",
    ),
    (
        "aud-relies-on-scheme",
        LATER + "Buyer relies on the amfori BSCI audit programme.",
        AUD,
        "missing",
    ),
    (
        "aud-followup-cap-with-auditors",
        LATER + "Supplier shall support Buyer in following up corrective action plans agreed "
        "between "
        "amfori BSCI auditors and a factory.",
        AUD,
        "missing",
    ),
    # --- audit-rights: the supplier's own risk assessment
    (
        "aud-own-risk-assessment",
        LATER + "Supplier should carry out a human-rights risk assessment of the fisheries and "
        "plants "
        "from which its raw material comes.",
        AUD,
        "missing",
    ),
    (
        "aud-risk-assessment-and-audit",
        LATER + "Supplier shall carry out a human-rights risk assessment, and Buyer may audit its "
        "plants to check working conditions.",
        AUD,
        "present",
    ),
    # --- audit-rights: visits to check the document's own undertakings
    (
        "aud-visit-check-undertakings",
        FL + "Buyer may visit the Supplier's curing centres during the season to check that the "
        "Supplier is keeping these undertakings.",
        AUD,
        "present",
    ),
    (
        "aud-visit-review-rider",
        FL + "Buyer's green coffee buyer may visit the Station during the harvest to review the "
        "matters "
        "in this Rider.",
        AUD,
        "present",
    ),
    # --- audit-rights: a public auditor's audit of public funds (round 9: missing, as the labels
    # of the Auditor-General, Comptroller and State Auditor clauses have it; an Inspector General's
    # access to a trafficking compliance plan stays weak)
    (
        "aud-state-auditor",
        FL + "The Vendor accepts the authority of the State Auditor's Office to conduct an audit "
        "or "
        "investigation in connection with those funds.",
        AUD,
        "missing",
    ),
    # --- audit-rights: other words for the inspection of labour records and workers
    (
        "aud-ask-to-see-payroll",
        LATER + "Buyer may, on reasonable notice, ask to see the payroll records of workers "
        "engaged "
        "on the work.",
        AUD,
        "present",
    ),
    (
        "aud-ask-to-see-invoices",
        LATER + "Buyer may, on reasonable notice, ask to see the invoices and cost records for the "
        "work.",
        AUD,
        "missing",
    ),
    (
        "aud-yard-and-driver-interviews",
        LATER + "Buyer may inspect the Supplier's yard and vehicles at any reasonable time and may "
        "interview any driver without a supervisor present.",
        AUD,
        "present",
    ),
    # --- audit-rights: inspections by others told to the buyer, audits needing consent each time
    (
        "aud-notify-inspection-finding",
        LATER + "Supplier shall notify Buyer within five working days of any allegation, "
        "inspection "
        "finding or proceeding concerning forced labour at its sites.",
        AUD,
        "missing",
    ),
    (
        "aud-inform-labour-inspection",
        LATER + "Supplier shall inform Buyer in writing within ten days if a labour inspection by "
        "the "
        "Department of Labour finds forced labour at its factory.",
        AUD,
        "missing",
    ),
    (
        "aud-allow-audit-and-notify",
        LATER + "Supplier shall allow Buyer to audit its factory for forced labour and shall "
        "notify "
        "Buyer of any labour inspection.",
        AUD,
        "present",
    ),
    (
        "aud-with-manufacturer-agreement",
        LATER + "With the Manufacturer's agreement in each case, Buyer may include questions on "
        "labour "
        "in its quality audits.",
        AUD,
        "weak",
    ),
    (
        "aud-meet-drivers-in-inspection",
        LATER + "On five days' notice, Buyer may inspect the Supplier's records and may meet with "
        "the "
        "Supplier's drivers at the terminal.",
        AUD,
        "present",
    ),
    # --- worker-engagement: meetings with representatives are weak
    (
        "we-auditors-meet-reps",
        FL_CODE + "Suppliers give auditors access to sites, and our auditors may meet workers' "
        "representatives.",
        WE,
        "weak",
    ),
    (
        "we-facilitate-union-meetings",
        FL + "Supplier shall facilitate meetings between the auditor and representatives of the "
        "trade union recognised at the plant.",
        WE,
        "weak",
    ),
    (
        "we-reps-take-part",
        FL + "Workers' representatives shall take part in every monitoring visit.",
        WE,
        "present",
    ),
    (
        "we-hs-committee-meets-auditor",
        FL + "Supplier shall make the members of the joint health and safety committee available "
        "to "
        "meet the auditor.",
        WE,
        "weak",
    ),
    (
        "we-hs-committee-inspects",
        FL + "The joint health and safety committees of the site, on which contractor workers are "
        "represented, inspect workplaces monthly.",
        WE,
        "missing",
    ),
    # --- worker-engagement: workers named by their trade, heard apart from their bosses
    (
        "we-interview-cutters-without-grower",
        FL + "Buyer's field team may interview cutters without the grower or contractor present.",
        WE,
        "present",
    ),
    (
        "we-speak-away-from-farmer",
        FL + "Buyer's adviser may, with their consent, speak with farm workers away from the "
        "Farmer.",
        WE,
        "present",
    ),
    (
        "we-converse-with-pickers-on-visit",
        FL + "During the visit the representatives of Buyer may converse with the pickers.",
        WE,
        "weak",
    ),
    (
        "we-inspectors-meet-weavers",
        FL + "Buyer's inspectors may meet weavers and their families at the loom.",
        WE,
        "weak",
    ),
    (
        "we-assessors-meet-consultative-committee",
        FL + "Buyer's assessors may meet the joint consultative committee during a visit.",
        WE,
        "weak",
    ),
    (
        "we-drivers-no-monitoring",
        FL + "Supplier shall give its drivers a rest break away from the depot.",
        WE,
        "missing",
    ),
    # --- indemnification: hold harmless with the buyer's name between, the amount of a fine paid
    (
        "ind-pay-amount-of-fine-on-seizure",
        FL + "Supplier shall pay to Buyer, within 30 days of demand, the amount of any fine, "
        "penalty or "
        "cost of seizure or re-export incurred by Buyer because Goods are detained by customs.",
        IND,
        "present",
    ),
    # --- indemnification: recruitment costs the supplier bears
    (
        "ind-employer-pays-costs",
        FL + "Supplier must bear all costs of recruiting, sponsoring and relocating overseas "
        "workers, "
        "including visa charges, and must not recover any part of those costs from a worker.",
        IND,
        "missing",
    ),
    (
        "ind-forced-labour-losses",
        FL + "Supplier shall indemnify Buyer against all losses, fines and costs arising from any "
        "use of forced labour.",
        IND,
        "present",
    ),
    # --- remediation: the employer-pays rule with its refund
    (
        "rem-bear-costs-and-reimburse",
        FL + "Supplier shall bear all costs of recruiting migrant workers and shall reimburse any "
        "worker who has paid any such cost within thirty days.",
        REM,
        "missing",
    ),
    (
        "rem-repay-affected-on-breach",
        FL + "If Supplier breaches clause 9.1, it must within twenty days repay the affected "
        "guards "
        "the shortfall with interest.",
        REM,
        "present",
    ),
    # --- remediation: a cure period in the active voice
    (
        "rem-does-not-correct-within",
        FL + "If Supplier does not correct a breach of this clause within seven days after written "
        "notice, Buyer may terminate this Agreement.",
        REM,
        "missing",
    ),
    (
        "rem-fails-to-remedy-within",
        FL + "Buyer may terminate this Agreement if Supplier fails to remedy a breach of clause "
        "9.1 "
        "within thirty days.",
        REM,
        "missing",
    ),
    # --- remediation: German supply-chain act plans
    (
        "rem-concept-end-or-minimise",
        FL + "If Supplier becomes aware of a violation of clause 9.1, it shall draw up and "
        "implement "
        "a concept to end or minimise the violation within a fixed time frame.",
        REM,
        "present",
    ),
    (
        "rem-plan-end-or-minimise-hedged",
        FL + "If a violation of clause 9.1 is identified, Supplier should implement a plan to end "
        "or "
        "minimise it.",
        REM,
        "weak",
    ),
    # --- remediation: support roles, holds and reasonable action are weak
    (
        "rem-support-follow-up",
        FL + "Supplier shall support Buyer, where Buyer so requests, in following up corrective "
        "action "
        "plans agreed between auditors and a factory.",
        REM,
        "weak",
    ),
    (
        "rem-hold-until-plan",
        FL_CODE + "Where an audit records forced labour, Meridian will place a hold on new orders "
        "with that facility until a corrective action plan has been accepted and verified.",
        REM,
        "weak",
    ),
    (
        "rem-report-until-closed",
        FL + "Supplier shall agree with Buyer a corrective action plan and shall report monthly on "
        "its "
        "progress until the plan is closed.",
        REM,
        "present",
    ),
    (
        "rem-reasonable-action",
        FL + "If Supplier becomes aware of modern slavery, it must take all reasonable action to "
        "address or remove those practices.",
        REM,
        "weak",
    ),
    (
        "rem-reasonable-action-with-plan",
        FL + "Supplier must take reasonable action to address the modern slavery, including by "
        "implementing a remediation plan approved by Buyer.",
        REM,
        "present",
    ),
    (
        "rem-discuss-in-good-faith",
        FL + "If Supplier breaches clause 9.1, the parties shall discuss in good faith a plan to "
        "correct the breach.",
        REM,
        "weak",
    ),
    (
        "rem-repay-affected-guards",
        FL + "If the Supplier breaches clause 9.1, it must within twenty days repay the affected "
        "guards "
        "the shortfall.",
        REM,
        "present",
    ),
    (
        "rem-work-with-buyer-on-breach",
        FL + "The Supplier will work with the Buyer in good faith to address any breach of this "
        "clause.",
        REM,
        "weak",
    ),
    (
        "rem-discuss-measures-on-finding",
        FL + "Supplier will discuss with Buyer in good faith the measures to be taken in response "
        "to "
        "any finding of a visit.",
        REM,
        "weak",
    ),
    (
        "rem-discuss-dispute-no-fl",
        CONTRACT + "The parties will discuss in good faith any breach of the payment terms.",
        REM,
        "missing",
    ),
    # --- termination-remedies: refused audits and letters of undertaking
    (
        "tr-refuses-audit",
        FL + "Buyer may stop placing orders with, or terminate its agreement with, a Supplier that "
        "refuses an audit.",
        TR,
        "present",
    ),
    (
        "tr-refuses-audit-no-fl-document",
        CONTRACT + "Buyer may terminate this Agreement if Supplier refuses an audit of its quality "
        "system.",
        TR,
        "missing",
    ),
    # --- termination-remedies: codes and plans
    (
        "tr-code-deviations",
        FL_CODE + "Serious deviations, or a failure to correct a deviation, lead to termination of "
        "the contract.",
        TR,
        "present",
    ),
    (
        "tr-plan-not-delivered",
        FL_CODE + "We may suspend or end our work with you if you do not deliver an agreed "
        "corrective "
        "action plan.",
        TR,
        "present",
    ),
    (
        "tr-goods-not-delivered",
        LATER + "Buyer may terminate this Agreement if Supplier does not deliver the Goods on the "
        "delivery date.",
        TR,
        "missing",
    ),
    (
        "tr-concept-no-remedy",
        FL + "Buyer may terminate this Agreement for cause if the violation is serious and the "
        "concept does not lead to a remedy within the agreed time.",
        TR,
        "present",
    ),
    # --- grievance-mechanism: questions, inductions and notices to the buyer
    (
        "gm-questionnaire-question",
        FL + "Do you have a grievance mechanism that workers at your mill can use?",
        GM,
        "missing",
    ),
    (
        "gm-induction-how-to-complain",
        FL + "Supplier is encouraged to give new workers an induction on their rights at work and "
        "on "
        "how to raise a complaint.",
        GM,
        "missing",
    ),
    (
        "gm-let-buyer-know",
        FL_CODE + "If you become aware of any issue at a site that might breach this Code, we ask "
        "that you let your buyer know as soon as you can.",
        GM,
        "missing",
    ),
    (
        "gm-confidential-hotline",
        FL + "Supplier shall give workers a confidential hotline to raise complaints, and shall "
        "not "
        "retaliate against any worker who uses it.",
        GM,
        "present",
    ),
    # --- grievance-mechanism: complaints made, presented or received, counsellors and books
    (
        "gm-procedure-make-complaints",
        FL + "Supplier shall have a procedure through which workers may make complaints about "
        "their "
        "working conditions.",
        GM,
        "weak",
    ),
    (
        "gm-committee-receives-in-confidence",
        FL + "The Association shall designate its women's committee to receive complaints from "
        "members "
        "in confidence.",
        GM,
        "present",
    ),
    (
        "gm-complaint-book-hedged",
        FL + "The Station should keep a complaint book at the gate.",
        GM,
        "weak",
    ),
    (
        "gm-received-no-complaint",
        FL + "Supplier represents that it has received no complaint relating to forced labour at "
        "the "
        "plant.",
        GM,
        "missing",
    ),
    (
        "gm-customer-complaints-received",
        CONTRACT + "Supplier shall receive complaints from customers about the Goods and answer "
        "them "
        "within ten days.",
        GM,
        "missing",
    ),
    # --- notification: questionnaires answered are risk assessment
    (
        "not-questionnaire-answered",
        FL + "Supplier shall answer, within 30 days of request, Buyer's annual questionnaire on "
        "forced "
        "labour risks, which Buyer uses for its report under the Act.",
        NOT,
        "missing",
    ),
    # --- notification: complaints about the worker's own fitness or conduct
    (
        "not-fitness-to-practise",
        FL + "Supplier shall notify Buyer within 24 hours of any fitness to practise complaint or "
        "police investigation concerning a worker.",
        NOT,
        "missing",
    ),
    (
        "not-worker-complaint-forced-labour",
        FL + "Supplier shall notify Buyer within 24 hours of any complaint by a worker that "
        "alleges "
        "forced labour.",
        NOT,
        "present",
    ),
    # --- notification: immigration, police and exploitation inquiries about the workers
    (
        "not-immigration-police-investigation",
        LATER + "Supplier must tell Buyer promptly if Immigration New Zealand or the Police begins "
        "an "
        "investigation into the treatment of any worker.",
        NOT,
        "present",
    ),
    (
        "not-immigration-investigation-hedged",
        LATER + "Supplier should tell Buyer promptly if Immigration New Zealand or the Police "
        "begins "
        "an investigation into the treatment of any worker.",
        NOT,
        "weak",
    ),
    (
        "not-labour-department-citation",
        LATER + "Supplier shall notify Buyer within two business days of any investigation, "
        "citation "
        "or complaint by the Department of Labor concerning its crews.",
        NOT,
        "weak",
    ),
    (
        "not-statement-of-work",
        LATER + "The Supplier must tell the Buyer within two days if the Labour Inspectorate opens "
        "an "
        "investigation concerning any guard deployed under this Statement of Work.",
        NOT,
        "weak",
    ),
    (
        "not-let-general-manager-know",
        FL + "The Supplier should let the Hotel's General Manager know if it learns that any "
        "worker "
        "may be a victim of modern slavery.",
        NOT,
        "weak",
    ),
    # --- training: apprentices, inductions, laws cited by number, the writer's own staff
    (
        "trn-apprentices",
        CONTRACT + "At least 15 percent of the labor hours shall be performed by apprentices "
        "enrolled "
        "in programs approved by the State Apprenticeship and Training Council.",
        TRN,
        "missing",
    ),
    (
        "trn-induction-on-rights",
        FL + "Supplier shall give newly arrived workers an induction in their own language on "
        "their "
        "rights at work.",
        TRN,
        "present",
    ),
    (
        "trn-induction-on-rights-encouraged",
        FL + "Supplier is encouraged to give newly arrived workers an induction in their own "
        "language "
        "on their rights at work.",
        TRN,
        "weak",
    ),
    (
        "trn-law-by-number",
        CONTRACT + "3. LABOUR\n\n3.1 Supplier shall comply with Law No. 199 of 2016 on illicit "
        "intermediation and labour exploitation in agriculture.\n\n3.2 Supplier shall ensure that "
        "its field supervisors attend the annual briefing on Law 199/2016.",
        TRN,
        "present",
    ),
    (
        "trn-rights-of-seasonal-workers",
        FL + "Supplier should make sure that team leaders complete our e-learning module on the "
        "rights of seasonal workers.",
        TRN,
        "weak",
    ),
    (
        "trn-buyer-webinar",
        LATER + "Supplier shall arrange for its production supervisors to attend Korpela's "
        "supplier "
        "sustainability webinar within six months.",
        TRN,
        "present",
    ),
    (
        "trn-buyer-privacy-module",
        LATER + "Supplier shall ensure that its officers complete the Agency's HIPAA awareness "
        "module.",
        TRN,
        "missing",
    ),
    (
        "trn-session-on-their-rights-endeavour",
        FL + "Supplier will endeavour to provide its harness assemblers with an annual session on "
        "their "
        "rights.",
        TRN,
        "weak",
    ),
    (
        "trn-writer-own-buyers",
        FL_POLICY + "Every member of our buying and merchandising teams completes training on "
        "forced "
        "labour when they join.",
        TRN,
        "weak",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_monitoring_remedy_families_r7(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
