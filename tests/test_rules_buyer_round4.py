"""Phrasing tests for the round-4 families of the buyer-side, monitoring and remedy rules:
buyer commitments on volumes, volume-cut notice, wage-linked prices and wage funding
(responsible-purchasing), workers heard in audits and visits (worker-engagement), termination
triggered by a remediation plan or by ILO indicators (termination-remedies), non-conformities
closed out and back pay (remediation), market-withdrawal and labour-lawsuit indemnities,
assessment tools, training calls under a training heading and audits a supplier only
"considers". Each family: positives in several phrasings, the near miss, the hedged form and
the negated form.
"""

from __future__ import annotations

import pytest
from helpers import CODE, CONTRACT, assert_status, phrasing_params
from helpers import FL_SECTION as FL

# a labour article, so that rules needing a forced-labour document apply
# a later article of a forced-labour contract: its heading lends no labour topic
FL_LATER = FL + "14. GENERAL\n\n"
PUBLIC = (
    'CONTRACT FOR SERVICES\n\nBetween the County Council (the "Authority") and Brightclean Ltd '
    '(the "Contractor").\n\n12. MODERN SLAVERY\n\n12.1 The Contractor shall not use forced '
    "labour.\n\n20. GENERAL\n\n"
)
FL_CODE = (
    "SUPPLIER CODE OF CONDUCT\n\nThis Code applies to all suppliers of Meridian Home. Suppliers "
    "must not use forced labour.\n\nOur commitments\n\n"
)
FL_POLICY = (
    "RESPONSIBLE SOURCING POLICY\n\nThis policy sets out how we work with our suppliers so that no "
    "forced labour is used to make our products.\n\nWhat we do\n\n"
)
YOU_CODE = (
    'SUPPLIER CODE OF CONDUCT\n\nThis Code applies to all suppliers of Meridian Home ("we", '
    '"us"). Suppliers must not use forced labour.\n\nProblems we find\n\n'
)
PROCESSOR = (
    "MEAT SUPPLY AGREEMENT\n\n"
    'This Agreement is made between Vale Foods Ltd (the "Processor") and Northway Stores plc '
    '(the "Company").\n\n12. Workers\n\n12.1 The Processor shall not use forced labour.\n\n'
)

RP = "responsible-purchasing"
WE = "worker-engagement"
TR = "termination-remedies"
REM = "remediation"
IND = "indemnification"
RA = "risk-assessment"
TRN = "training"
AUD = "audit-rights"
GM = "grievance-mechanism"

ROWS = [
    # --- responsible-purchasing: the buyer keeps volumes it contracted
    (
        "rp-no-tonnage-cut",
        FL + "Buyer will not reduce the Contracted Tonnage for a season after 1 December.",
        RP,
        "present",
    ),
    (
        "rp-no-volume-cut",
        FL + "Buyer shall not reduce the annual volume or the tonnage "
        "allocated to Supplier once the season has started.",
        RP,
        "present",
    ),
    (
        "rp-no-tonnage-cut-supplier",
        FL + "Supplier will not reduce the Contracted Tonnage for a season after 1 December.",
        RP,
        "missing",
    ),
    (
        "rp-no-tonnage-cut-plain",
        CONTRACT + "Buyer will not reduce the Contracted Tonnage for a season after 1 December.",
        RP,
        "missing",
    ),
    (
        "rp-no-tonnage-cut-hedged",
        FL + "Buyer will endeavour not to reduce the Contracted "
        "Tonnage for a season after 1 December.",
        RP,
        "weak",
    ),
    # --- responsible-purchasing: notice of volume cuts
    (
        "rp-volume-cut-notice",
        FL + "Buyer shall give Supplier at least eight weeks' written notice "
        "of any reduction of more than 15% in its average weekly volumes.",
        RP,
        "present",
    ),
    (
        "rp-volume-cut-notice-forecast",
        FL + "Buyer shall provide ninety days' notice of any decrease in the forecast quantities.",
        RP,
        "present",
    ),
    (
        "rp-volume-cut-notice-hedged",
        FL + "Buyer should give Supplier eight weeks' notice of any "
        "reduction of more than 15% in its weekly volumes.",
        RP,
        "weak",
    ),
    (
        "rp-volume-cut-notice-supplier",
        FL + "Supplier shall give Buyer eight weeks' notice of any "
        "reduction of more than 15% in its weekly volumes.",
        RP,
        "missing",
    ),
    (
        "rp-capacity-notice",
        FL + "Buyer shall give Supplier notice of any reduction in the "
        "number of its retail stores.",
        RP,
        "missing",
    ),
    # --- responsible-purchasing: order changes kept to a minimum
    (
        "rp-changes-minimum-hedged",
        FL + "Buyer will endeavour to keep changes to the firm weeks to a minimum.",
        RP,
        "weak",
    ),
    (
        "rp-changes-minimum",
        FL + "Buyer shall keep changes to confirmed orders to a minimum.",
        RP,
        "present",
    ),
    (
        "rp-minimise-changes",
        FL + "Buyer shall minimise changes to confirmed orders.",
        RP,
        "present",
    ),
    (
        "rp-changes-minimum-supplier",
        FL + "Supplier shall keep changes to the specifications to a minimum.",
        RP,
        "missing",
    ),
    # --- responsible-purchasing: the price follows wages
    (
        "rp-fee-prevailing-wage",
        FL + "On each July 1, the monthly fee shall be adjusted by the "
        "amount of any change in the prevailing wage rates.",
        RP,
        "present",
    ),
    (
        "rp-price-minimum-wage",
        FL + "The Price shall be increased to reflect any rise in the statutory minimum wage.",
        RP,
        "present",
    ),
    (
        "rp-price-cpi",
        FL + "The Price shall be adjusted annually by the consumer price index.",
        RP,
        "missing",
    ),
    (
        "rp-fee-wage-not-adjusted",
        FL + "The monthly fee shall not be adjusted for any change in the prevailing wage rates.",
        RP,
        "missing",
    ),
    # --- responsible-purchasing: wages funded before they fall due
    (
        "rp-wage-funding",
        FL + "Buyer shall remit the monthly crew costs to Supplier at least ten "
        "days before the date on which the workers' wages fall due.",
        RP,
        "present",
    ),
    (
        "rp-wage-funding-payroll",
        FL + "Buyer shall pay the labour charges prior to each payroll date.",
        RP,
        "present",
    ),
    (
        "rp-wage-funding-hedged",
        FL + "Buyer will endeavour to remit the crew costs before the workers' wages fall due.",
        RP,
        "weak",
    ),
    (
        "rp-wage-funding-supplier",
        FL + "Supplier shall remit the crew costs before the workers' wages fall due.",
        RP,
        "missing",
    ),
    # --- responsible-purchasing: forecasts among the buyer's stated commitments
    (
        "rp-forecast-commitments",
        FL + "10. Buyer commitments\n\n10.1 Buyer will endeavour to "
        "share with Supplier rolling demand forecasts covering twelve weeks.",
        RP,
        "weak",
    ),
    (
        "rp-forecast-commitments-binding",
        FL + "10. Buyer commitments\n\n10.1 Buyer shall provide "
        "Supplier with a rolling twelve-month forecast.",
        RP,
        "present",
    ),
    (
        "rp-forecast-ordering",
        FL + "2. Forecasts\n\n2.1 Buyer shall provide a rolling twelve-month forecast each month.",
        RP,
        "missing",
    ),
    (
        "rp-forecast-not-binding",
        FL + "10. Buyer commitments\n\n10.1 Buyer shall provide "
        "Supplier with forecasts, which are for planning purposes only.",
        RP,
        "missing",
    ),
    # --- worker-engagement: workers heard in an audit or on a visit
    (
        "we-talk-in-audit",
        FL_LATER + "Buyer may audit Supplier's compliance with clause 9 on five days' "
        "notice. The auditor may speak with workers during the audit.",
        WE,
        "weak",
    ),
    (
        "we-talk-on-visit",
        FL_LATER + "During a visit the Buyer's representatives may speak with workers.",
        WE,
        "weak",
    ),
    (
        "we-talk-quality-audit",
        FL_LATER + "Buyer's quality auditor may speak with workers on the line "
        "during the quality audit.",
        WE,
        "missing",
    ),
    (
        "we-talk-barred",
        FL_LATER + "The auditor may not speak with workers during the audit.",
        WE,
        "missing",
    ),
    (
        "we-meet-monitoring-heading",
        FL + "PART IV - MONITORING\n\nBuyer's superintendents may "
        "meet the Seafarers on board during vessel visits.",
        WE,
        "weak",
    ),
    (
        "we-meet-delivery-heading",
        FL + "PART IV - DELIVERY\n\nBuyer's superintendents may meet "
        "the Seafarers on board during vessel visits.",
        WE,
        "missing",
    ),
    (
        "we-interview-verify",
        FL_LATER + "The State Department of Labor may inspect the payroll and may "
        "interview the Supplier's employees at the facilities to verify compliance with clause 9.",
        WE,
        "present",
    ),
    # --- termination-remedies: a remediation plan or ILO indicators as the trigger
    (
        "tr-remediation-plan",
        FL_LATER + "A failure to submit or implement a Remediation Plan shall be a "
        "Material Default, for which Buyer may suspend orders or terminate this Agreement.",
        TR,
        "present",
    ),
    (
        "tr-remediation-plan-plain",
        CONTRACT + "A failure to submit or implement a Remediation "
        "Plan shall be a Material Default, for which Buyer may terminate this Agreement.",
        TR,
        "missing",
    ),
    (
        "tr-fee-documents",
        FL_LATER + "Buyer may terminate this Agreement with immediate effect if "
        "Supplier charges workers a fee prohibited by clause 8 or withholds workers' documents.",
        TR,
        "present",
    ),
    (
        "tr-passport",
        FL_LATER + "Buyer may terminate this Agreement if Supplier retains any worker's passport.",
        TR,
        "present",
    ),
    (
        "tr-convenience",
        FL_LATER + "Buyer may terminate this Agreement for convenience on thirty days' notice.",
        TR,
        "missing",
    ),
    (
        "tr-return-refund",
        FL_LATER + "If Supplier breaches clause 9, Buyer may return the affected goods "
        "for a full refund.",
        TR,
        "present",
    ),
    (
        "tr-return-refund-plain",
        CONTRACT + "Buyer may return any damaged goods for a full refund.",
        TR,
        "missing",
    ),
    # --- remediation: non-conformities of a social audit closed out
    (
        "rem-closed-out",
        FL_LATER + "Non-conformities raised in a SMETA audit shall be closed out in "
        "accordance with the corrective action plan.",
        REM,
        "present",
    ),
    (
        "rem-close-any",
        FL_LATER + "Supplier shall close any non-conformance raised in a social audit "
        "within sixty days.",
        REM,
        "present",
    ),
    (
        "rem-close-hedged",
        FL_LATER + "Supplier shall use reasonable endeavours to close any "
        "non-conformance raised in a SMETA audit.",
        REM,
        "weak",
    ),
    (
        "rem-close-quality",
        CONTRACT + "Supplier shall close out any nonconformance found in a "
        "quality audit within thirty days.",
        REM,
        "missing",
    ),
    (
        "rem-correct-failure",
        FL_LATER + "Where an audit reveals a failure to meet clause 9, Supplier "
        "shall procure that the factory corrects the failure.",
        REM,
        "present",
    ),
    (
        "rem-pay-difference",
        FL_LATER + "If any worker has been paid less than the minimum wage, "
        "Supplier shall pay the difference to the worker within fifteen days.",
        REM,
        "present",
    ),
    (
        "rem-pay-shortfall-hedged",
        FL_LATER + "Supplier should pay any shortfall to the affected workers.",
        REM,
        "weak",
    ),
    (
        "rem-worker-repays",
        CONTRACT + "Supplier shall bear all recruitment costs and shall not "
        "require a worker to repay them.",
        REM,
        "missing",
    ),
    # --- indemnification: withdrawal under a forced-labour ban, labour lawsuits
    (
        "ind-withdrawal",
        FL_LATER + "Supplier shall reimburse the Buyer for all costs of withdrawing, "
        "storing and disposing of goods affected by a prohibition decision.",
        IND,
        "present",
    ),
    (
        "ind-withdrawal-defective",
        FL_LATER + "Supplier shall reimburse the Buyer for all costs of "
        "withdrawing defective goods from the market.",
        IND,
        "missing",
    ),
    (
        "ind-withdrawal-plain",
        CONTRACT + "Supplier shall reimburse the Buyer for all costs of "
        "withdrawing and disposing of the goods.",
        IND,
        "missing",
    ),
    (
        "ind-labour-lawsuits",
        FL_LATER + "Supplier shall indemnify Buyer for any amount Buyer is ordered "
        "to pay in labour lawsuits brought by workers of the Supplier.",
        IND,
        "weak",
    ),
    (
        "ind-ip-and-employment-list",
        CONTRACT + "Supplier shall indemnify Buyer against (a) claims "
        "that the Goods infringe any intellectual property rights, (b) product liability "
        "claims, and (c) claims by Supplier's employees arising out of their employment.",
        IND,
        "weak",
    ),
    # --- risk-assessment: a named assessment tool; a party named "Processor"
    (
        "ra-assessment-tool",
        FL_LATER + "Supplier shall complete the Buyer's Modern Slavery Assessment "
        "Tool within thirty days.",
        RA,
        "present",
    ),
    (
        "ra-assessment-tool-hedged",
        FL_LATER + "Supplier is encouraged to complete the Buyer's Modern Slavery Assessment Tool.",
        RA,
        "weak",
    ),
    (
        "ra-processor-saq",
        PROCESSOR + "12.2 The Processor shall maintain Sedex membership and keep "
        "its self-assessment questionnaire up to date.",
        RA,
        "present",
    ),
    (
        "ra-faq-answers",
        CODE + "This Part answers the questions our vendors ask most often about "
        "social compliance.",
        RA,
        "missing",
    ),
    # --- training: a call to attend under a training heading
    (
        "trn-attend-encouraged",
        CODE + "Q13. Does Meridian offer training?\n\nWe hold a vendor "
        "compliance seminar every autumn. We encourage vendors and factory managers to attend.",
        TRN,
        "weak",
    ),
    (
        "trn-attend-must",
        CODE + "Training\n\nMeridian holds a seminar on this Code every year. "
        "Each supplier's compliance manager must attend.",
        TRN,
        "present",
    ),
    (
        "trn-attend-meetings",
        CODE + "Business reviews\n\nMeridian holds a review every quarter. "
        "Each supplier's account manager must attend.",
        TRN,
        "missing",
    ),
    (
        "trn-hotline-posting",
        FL + "Supplier shall post, where employees sign in, the telephone "
        "number of the State wage and labor standards hotline.",
        TRN,
        "missing",
    ),
    # --- audit-rights: the supplier only considers a request
    (
        "aud-consider-request",
        FL + "Buyer may request a social compliance audit of Supplier's "
        "plant, and Supplier agrees to consider any such request in good faith.",
        AUD,
        "weak",
    ),
    (
        "aud-social-audit",
        FL + "Buyer may conduct a social compliance audit of Supplier's plant on ten days' notice.",
        AUD,
        "present",
    ),
    (
        "aud-factory-consent",
        FL + "Any social compliance audit that Buyer wishes to commission is "
        "subject to the factory's consent.",
        AUD,
        "missing",
    ),
    (
        "aud-consent-not-withheld",
        FL + "Buyer may conduct a social compliance audit of Supplier's plant, subject to "
        "Supplier's consent, not to be unreasonably withheld.",
        AUD,
        "weak",
    ),
    # --- responsible-purchasing: further drafting of the same commitments
    (
        "rp-pass-through-wage",
        FL + "Buyer shall pass through to Supplier any increase in the statutory minimum wage.",
        RP,
        "present",
    ),
    (
        "rp-pass-through-supplier",
        FL + "Supplier may pass through to Buyer any increase in the statutory minimum wage.",
        RP,
        "missing",
    ),
    ("rp-honour-orders", FL + "Buyer shall honour every confirmed order.", RP, "present"),
    ("rp-honour-orders-hedged", FL + "Buyer will try to honour every confirmed order.", RP, "weak"),
    (
        "rp-pay-materials",
        FL + "Buyer shall pay for fabric bought by Supplier in reliance on a confirmed order.",
        RP,
        "present",
    ),
    (
        "rp-realistic-timeframes",
        FL + "Buyer will set realistic delivery timeframes.",
        RP,
        "present",
    ),
    (
        "rp-realistic-timeframes-supplier",
        FL + "Supplier shall meet realistic delivery timeframes.",
        RP,
        "missing",
    ),
    (
        "rp-weeks-before",
        FL + "Buyer shall place orders at least twelve weeks before the ship date.",
        RP,
        "present",
    ),
    (
        "rp-volume-commitment",
        FL + "Buyer commits to purchase at least 80% of the forecast volumes.",
        RP,
        "present",
    ),
    (
        "rp-no-overtime-orders",
        FL + "Buyer shall not place orders that would require workers to work excessive overtime.",
        RP,
        "present",
    ),
    (
        "rp-avoid-overtime-orders",
        FL + "Buyer will avoid placing orders that would require excessive overtime.",
        RP,
        "present",
    ),
    (
        "rp-no-delivery-change",
        FL + "Buyer shall not bring forward the delivery date of a confirmed order.",
        RP,
        "present",
    ),
    (
        "rp-assist-remediation",
        FL + "Buyer shall assist Supplier in implementing any remediation plan.",
        RP,
        "present",
    ),
    (
        "rp-exit-impact",
        FL + "Buyer shall take into account the impact of its exit on workers.",
        RP,
        "present",
    ),
    # --- termination-remedies: approval of a factory withdrawn
    (
        "tr-withdraw-approval",
        FL_LATER + "If a violation of clause 9 is found, Buyer may withdraw "
        "its approval of the factory.",
        TR,
        "present",
    ),
    (
        "tr-withdraw-approval-plain",
        CONTRACT + "Buyer may withdraw its approval of the factory if the samples fail.",
        TR,
        "missing",
    ),
    # --- remediation: unpaid wages paid to workers
    (
        "rem-unpaid-wages",
        FL_LATER + "Supplier shall pay any unpaid wages to the affected workers within 14 days.",
        REM,
        "present",
    ),
    (
        "rem-unpaid-wages-hedged",
        FL_LATER + "Supplier should repay withheld wages to the workers concerned.",
        REM,
        "weak",
    ),
    # --- training: induction training, not an induction briefing
    (
        "trn-induction-training",
        CODE + "All workers receive induction training on their rights under this Code.",
        TRN,
        "present",
    ),
    (
        "trn-explain-at-induction",
        FL_LATER + "Supplier shall explain the site rules to new workers at induction.",
        TRN,
        "missing",
    ),
    # --- indemnification: liable for losses from a detention
    (
        "ind-not-liable-detention",
        FL_LATER + "Supplier shall not be liable for any loss, fine or penalty resulting from "
        "the detention of the Goods.",
        IND,
        "missing",
    ),
    (
        "ind-liable-detention",
        FL_LATER + "Supplier shall be liable for any loss, fine or penalty "
        "resulting from the detention of the Goods.",
        IND,
        "present",
    ),
    (
        "ind-liable-detention-plain",
        CONTRACT + "Supplier shall be liable for any loss, fine or "
        "penalty resulting from the detention of the Goods.",
        IND,
        "missing",
    ),
    # --- responsible-purchasing: more buyer commitments
    (
        "rp-rush-order-costs",
        FL + "Buyer shall bear the additional costs of any rush order, "
        "including overtime premiums.",
        RP,
        "present",
    ),
    (
        "rp-no-penalty-for-delay",
        FL + "Buyer will not penalise Supplier for delays caused by the "
        "refusal of workers to work overtime.",
        RP,
        "present",
    ),
    (
        "rp-firm-order-days-before",
        FL + "Buyer shall give Supplier a firm order at least 90 days before the shipment date.",
        RP,
        "present",
    ),
    (
        "rp-consult-before-changes",
        FL + "Buyer will consult Supplier before making changes to its order volumes.",
        RP,
        "present",
    ),
    (
        "rp-stable-volumes",
        FL + "Buyer shall maintain stable order volumes for the season.",
        RP,
        "present",
    ),
    (
        "rp-stable-volumes-supplier",
        FL + "Supplier shall maintain stable production volumes for the season.",
        RP,
        "missing",
    ),
    (
        "rp-no-exit-before-remediation",
        FL + "Buyer shall not terminate this Agreement without "
        "first engaging with Supplier to remediate the violation.",
        RP,
        "present",
    ),
    # --- termination-remedies: orders put on hold
    (
        "tr-orders-on-hold",
        FL_LATER + "In the event of a breach of clause 9, Buyer may place future orders on hold.",
        TR,
        "present",
    ),
    (
        "tr-orders-on-hold-plain",
        CONTRACT + "Buyer may place future orders on hold during the stocktake.",
        TR,
        "missing",
    ),
    # --- remediation: fees paid by workers reimbursed on their own are the employer-pays rule
    # (recruitment fees: "and repay any charged"), not a remedy for a violation found; as part of a
    # remedy for a breach found they are remediation
    (
        "rem-fees-reimbursed",
        FL_LATER + "Supplier shall reimburse any recruitment fees paid by workers.",
        REM,
        "missing",
    ),
    (
        "rem-fees-reimbursed-hedged",
        FL_LATER + "Supplier should refund the deposits charged to workers.",
        REM,
        "missing",
    ),
    (
        "rem-fees-reimbursed-after-breach",
        FL_LATER + "Where an audit finds a breach of clause 9, Supplier shall reimburse any "
        "recruitment fees paid by workers.",
        REM,
        "present",
    ),
    # --- training: capacity building, hyphenated
    (
        "trn-capacity-building",
        FL_LATER + "Supplier shall participate in Buyer's "
        "capacity-building programme on responsible recruitment.",
        TRN,
        "present",
    ),
    # --- risk-assessment: suppliers evaluated against the indicators
    (
        "ra-against-indicators",
        FL_LATER + "Supplier shall evaluate its suppliers against the ILO "
        "indicators of forced labour.",
        RA,
        "present",
    ),
    # --- indemnification: the costs of a detention borne
    (
        "ind-responsible-detention",
        FL_LATER + "Supplier shall be responsible for all costs "
        "associated with any detention of the Goods.",
        IND,
        "present",
    ),
    (
        "ind-not-responsible-detention",
        FL_LATER + "Supplier shall not be responsible for any "
        "costs associated with a detention of the Goods.",
        IND,
        "missing",
    ),
    (
        "ind-responsible-detention-plain",
        CONTRACT + "Supplier shall be responsible for all costs "
        "associated with any detention of the Goods.",
        IND,
        "missing",
    ),
    # --- audit-rights: labour records reviewed
    (
        "aud-review-records",
        FL_LATER + "Supplier shall allow Buyer to review its recruitment "
        "records and employment contracts.",
        AUD,
        "present",
    ),
    (
        "aud-review-records-invoices",
        FL_LATER + "Supplier shall allow Buyer to review its records of invoices and shipments.",
        AUD,
        "missing",
    ),
    # --- training: induction sessions on workers' rights
    (
        "trn-induction-sessions",
        FL_LATER + "Supplier shall deliver induction sessions to new "
        "workers on their employment terms and their right to leave.",
        TRN,
        "present",
    ),
    # --- termination-remedies: goods returned, orders reduced
    (
        "tr-goods-returned",
        FL_LATER + "Any Goods found to be made with forced labour may be "
        "returned to Supplier at Supplier's cost.",
        TR,
        "present",
    ),
    (
        "tr-goods-returned-plain",
        CONTRACT + "Any Goods found to be damaged may be returned to Supplier.",
        TR,
        "missing",
    ),
    (
        "tr-reduce-orders",
        FL_LATER + "Buyer may reduce its orders from a Supplier that does not "
        "comply with clause 9.",
        TR,
        "present",
    ),
    # --- worker-engagement: workers contacted directly
    (
        "we-contact-directly",
        FL_LATER + "Buyer may contact workers directly through a mobile "
        "survey to verify working conditions.",
        WE,
        "present",
    ),
    # --- grievance-mechanism: a suggestion box used anonymously
    (
        "gm-suggestion-box",
        FL_LATER + "Supplier shall maintain a suggestion box that workers can use anonymously.",
        GM,
        "present",
    ),
    (
        "gm-suggestion-box-hedged",
        FL_LATER + "Supplier should maintain a suggestion box that workers can use anonymously.",
        GM,
        "weak",
    ),
    # --- remediation: non-recurrence
    (
        "rem-not-again",
        FL_LATER + "Supplier shall stop any forced labour found and prevent it happening again.",
        REM,
        "present",
    ),
    # --- indemnification: detention costs paid, the price refunded
    (
        "ind-pay-detention-costs",
        FL_LATER + "Supplier shall pay all storage, demurrage and "
        "disposal costs for Goods detained by CBP.",
        IND,
        "present",
    ),
    (
        "ind-refund-denied-entry",
        FL_LATER + "Supplier shall refund the purchase price of any "
        "Goods denied entry under 19 U.S.C. 1307.",
        IND,
        "present",
    ),
    (
        "ind-pay-detention-costs-plain",
        CONTRACT + "Supplier shall pay all storage and disposal "
        "costs for Goods detained by customs.",
        IND,
        "missing",
    ),
    # --- risk-assessment: a self-assessment of labour practices
    (
        "ra-labour-self-assessment",
        FL_LATER + "Supplier shall fill in Buyer's supplier self-assessment on labour practices.",
        RA,
        "present",
    ),
    # --- responsible-purchasing: pay that enables wages, prompt payment in a code
    (
        "rp-pay-sufficient-living-wage",
        PUBLIC + "The Authority shall pay the Contractor sufficient "
        "to enable it to pay its staff at least the Real Living Wage.",
        RP,
        "present",
    ),
    (
        "rp-charges-reviewed",
        PUBLIC + "The Charges include an allowance for the London Living "
        "Wage, which the Authority shall review annually.",
        RP,
        "present",
    ),
    (
        "rp-charges-reviewed-cpi",
        PUBLIC + "The Charges include an allowance for inflation, which "
        "the Authority shall review annually.",
        RP,
        "missing",
    ),
    ("rp-code-prompt-pay", FL_CODE + "We will pay invoices within 30 days.", RP, "present"),
    # --- training: the buyer's ethical trading training
    (
        "trn-ethical-trading",
        FL_LATER + "Supplier shall ensure that its factory managers complete "
        "Buyer's ethical trading training.",
        TRN,
        "present",
    ),
    # --- termination and audits tied to a named labour standard or schedule
    (
        "tr-responsible-sourcing-schedule",
        FL_LATER + "Buyer may terminate this Agreement if "
        "Supplier breaches its obligations under the Responsible Sourcing Schedule.",
        TR,
        "present",
    ),
    (
        "aud-eti-base-code",
        FL_LATER + "Supplier shall permit audits of its factories against the ETI Base Code.",
        AUD,
        "present",
    ),
    (
        "aud-eti-base-code-barred",
        FL_LATER + "Buyer shall not be entitled to audit Supplier's "
        "factories against the ETI Base Code.",
        AUD,
        "missing",
    ),
    # --- responsible-purchasing: capacity, working hours and stable volumes
    (
        "rp-policy-stable-volumes",
        FL_POLICY + "We aim to keep our order volumes stable from season to season.",
        RP,
        "weak",
    ),
    (
        "rp-policy-share-forecasts",
        FL_POLICY + "We share our sales forecasts with key suppliers every quarter.",
        RP,
        "weak",
    ),
    (
        "rp-normal-working-hours",
        FL_POLICY + "We will agree delivery dates that suppliers can meet "
        "within normal working hours.",
        RP,
        "present",
    ),
    (
        "rp-audit-working-hours",
        FL + "Buyer may audit the factory within normal working hours.",
        RP,
        "missing",
    ),
    (
        "rp-declared-capacity",
        FL + "Buyer shall not place orders in excess of the capacity Supplier has declared.",
        RP,
        "present",
    ),
    (
        "rp-declared-capacity-supplier",
        FL + "Supplier shall not accept orders in excess of its declared capacity.",
        RP,
        "missing",
    ),
    # --- a code in plain words: problems fixed, or we stop working with you
    (
        "rem-code-fix-it",
        YOU_CODE + "If we find a problem, you must fix it within the agreed "
        "time and tell us what you have done.",
        REM,
        "present",
    ),
    (
        "rem-code-fix-problem-hedged",
        YOU_CODE + "You should fix any problem our auditors identify.",
        REM,
        "weak",
    ),
    (
        "rem-contract-fix-it",
        CONTRACT + "If Buyer finds a problem with an invoice, Supplier shall "
        "fix it within five days.",
        REM,
        "missing",
    ),
    (
        "tr-code-stop-working",
        YOU_CODE + "If you do not fix a serious problem, we will stop working with you.",
        TR,
        "present",
    ),
    (
        "tr-stop-working-plain",
        CONTRACT + "Supplier's staff shall stop working with the equipment "
        "at the end of each shift.",
        TR,
        "missing",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
