"""Phrasing tests for the buyer-side, monitoring and remedy rules (responsible-purchasing,
worker-engagement, audit-rights, termination-remedies, remediation, risk-assessment, training,
indemnification): for each pattern a short positive sentence, its near miss and its hedged form.
"""

from __future__ import annotations

import pytest
from helpers import CODE, CONTRACT, assert_status, phrasing_params
from helpers import FL_SECTION as FL

# a labor article, so order restraints and official access are read in a forced-labor document
POLICY = (
    "RESPONSIBLE SOURCING POLICY\n\nThis policy sets out what we require of our suppliers "
    "so that no forced labour is used to make our products.\n\n"
)

ROWS = [
    # --- responsible-purchasing: binding restraints on order changes and prices
    (
        "rp-no-order-change",
        FL + "Buyer shall not change the quantity or delivery date of a confirmed order.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-no-order-change-supplier-party",
        FL + "Supplier shall not change the quantity or delivery date of a confirmed order.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-no-order-change-plain-supply",
        CONTRACT + "Buyer shall not cancel or reduce a confirmed order.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-order-lead-time",
        FL + "Buyer shall place orders at least seventy-five (75) days before the ex-factory date.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-order-lead-time-plain-supply",
        CONTRACT + "Buyer shall place orders at least 75 days before the ex-factory date.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-order-lead-time-hedged",
        FL + "Buyer will endeavour to place orders at least 75 days before the ex-factory date.",
        "responsible-purchasing",
        "weak",
    ),
    (
        "rp-buyer-may-cancel",
        FL + "Buyer may cancel any order at any time before shipment.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-avoid-changes-hedged",
        FL + "Buyer will use reasonable endeavours to avoid changes to confirmed orders.",
        "responsible-purchasing",
        "weak",
    ),
    (
        "rp-price-adjustment-wage",
        CONTRACT + "Where the statutory minimum wage increases, Buyer shall agree an adjustment "
        "of the price reflecting the labour content of the Goods.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-price-adjustment-plain",
        CONTRACT + "Buyer shall agree an adjustment of the price if raw material costs rise.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-pay-suppliers-policy",
        POLICY + "We will pay suppliers within 30 days of invoice.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-wages-paid-on-time",
        CODE + "Wages should meet at least the legal minimum and should be paid on time.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-value-for-money",
        POLICY + "Purchasing decisions are based on value for money, not the lowest price.",
        "responsible-purchasing",
        "missing",
    ),
    # --- worker-engagement: worker committees in audits; meetings with workers
    (
        "we-committee-in-audit",
        FL + "Supplier shall ensure that representatives of the Workers' Committee attend the "
        "closing meeting of each ethical audit.",
        "worker-engagement",
        "present",
    ),
    (
        "we-committee-no-monitoring",
        FL + "Supplier shall ensure that representatives of the Workers' Committee attend the "
        "annual staff party.",
        "worker-engagement",
        "missing",
    ),
    (
        "we-committee-anaphor-code",
        CODE + "Each factory has a worker committee elected by the workers. The committee takes "
        "part in our monitoring visits.",
        "worker-engagement",
        "present",
    ),
    (
        "we-steering-committee",
        CONTRACT + "The Joint Steering Committee shall take part in the review of audit findings.",
        "worker-engagement",
        "missing",
    ),
    (
        "we-speak-with-workers",
        FL + "Buyer may visit the factory to check working conditions and may speak with workers.",
        "worker-engagement",
        "weak",
    ),
    (
        "we-interview-in-private",
        FL + "Buyer may visit the factory and interview workers in private.",
        "worker-engagement",
        "present",
    ),
    # --- audit-rights: site visits to observe working conditions; officials' access
    (
        "ar-visit-plants",
        FL + "Buyer may visit Supplier's plants to observe working conditions.",
        "audit-rights",
        "present",
    ),
    (
        "ar-visit-plants-quality",
        CONTRACT + "Buyer may visit Supplier's plants to check the quality of the Goods.",
        "audit-rights",
        "missing",
    ),
    (
        "ar-audit-with-interviews-policy",
        POLICY + "Suppliers must allow our auditors to enter any facility without notice and "
        "to interview workers in private.",
        "audit-rights",
        "present",
    ),
    (
        "ar-inspector-general",
        FL + "Supplier shall provide reasonable access to the Inspector General and other "
        "Government officials to its facilities.",
        "audit-rights",
        "weak",
    ),
    # --- termination-remedies: ending the business in codes and policies
    (
        "tr-policy-end-business",
        POLICY + "Where a supplier breaches this policy, serious breaches may lead us to reduce "
        "or end our business with the supplier.",
        "termination-remedies",
        "present",
    ),
    (
        "tr-policy-unremedied-hedged",
        POLICY + "If a supplier is unwilling to remediate, we may consider ending the "
        "relationship as a last resort.",
        "termination-remedies",
        "weak",
    ),
    (
        "tr-code-refuse-overtime",
        CODE + "Workers may refuse overtime without penalty.",
        "termination-remedies",
        "missing",
    ),
    # --- remediation: correcting findings; quality reports; disclosure fields
    (
        "rem-code-correct-findings",
        CODE + "Suppliers must correct any non-compliance found during an audit.",
        "remediation",
        "present",
    ),
    (
        "rem-code-correct-findings-hedged",
        CODE + "Suppliers are expected to correct any non-compliance found during an audit.",
        "remediation",
        "weak",
    ),
    (
        "rem-quality-report-rejected",
        FL + "Supplier shall prepare a corrective action report for each rejected shipment.",
        "remediation",
        "missing",
    ),
    (
        "rem-form-planned-actions",
        CODE + "Describe any area of the Code with which the Supplier does not yet comply, with "
        "the corrective actions planned and their target dates:",
        "remediation",
        "weak",
    ),
    # --- risk-assessment: responsible-sourcing questionnaires; conflict minerals
    (
        "ra-sedex-saq",
        CONTRACT + "Supplier shall complete the Sedex Self-Assessment Questionnaire for each site.",
        "risk-assessment",
        "present",
    ),
    (
        "ra-sourcing-questionnaire-hedged",
        CONTRACT + "Supplier should complete the Responsible Sourcing Questionnaire.",
        "risk-assessment",
        "weak",
    ),
    (
        "ra-data-questionnaire",
        CONTRACT + "The Processor will complete any questionnaires which the Controller "
        "reasonably requests about personal data.",
        "risk-assessment",
        "missing",
    ),
    (
        "ra-conflict-minerals-dd",
        CODE + "Suppliers must carry out due diligence on their mineral supply chains for tin, "
        "tantalum, tungsten and gold.",
        "risk-assessment",
        "weak",
    ),
    # --- training: modules and courses; named codes; own procedure
    (
        "tr-online-module",
        CONTRACT + "Supplier shall ensure that its plant managers complete Buyer's online module "
        "on forced labour risks.",
        "training",
        "present",
    ),
    (
        "tr-online-module-software",
        CONTRACT + "Supplier shall ensure that its engineers complete the software module.",
        "training",
        "missing",
    ),
    (
        "tr-rba-code-hedged",
        CONTRACT + "Supplier is encouraged to train its human resources staff on the RBA Code.",
        "training",
        "weak",
    ),
    # --- indemnification: employment liabilities
    (
        "ind-employment-liabilities",
        CONTRACT + "Supplier shall indemnify Buyer against all employment liabilities arising "
        "from the engagement of its personnel.",
        "indemnification",
        "weak",
    ),
    (
        "ind-ip",
        CONTRACT + "Supplier shall indemnify Buyer against all claims of patent infringement.",
        "indemnification",
        "missing",
    ),
    # --- round 2: modal-first restraints, lead times, shared remediation, channels
    (
        "rp-will-not-cancel",
        FL + "Buyer will not cancel confirmed purchase orders after production has started.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-lead-time",
        FL + "Buyer shall give Supplier at least 90 days' lead time for each purchase order.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-lead-time-supplier",
        FL + "Supplier shall give Buyer at least 10 days' lead time for each change.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-shared-remediation",
        FL + "Buyer shall work with Supplier on a remediation plan before ending any order.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-shared-remediation-code",
        CODE + "We and our suppliers work together on corrective actions to resolve risks "
        "of forced labour.",
        "responsible-purchasing",
        "weak",
    ),
    (
        "gm-channel-before-may",
        FL + "Supplier shall establish a mechanism through which workers may report concerns "
        "confidentially and without retaliation.",
        "grievance-mechanism",
        "present",
    ),
    (
        "gm-channel-hedged",
        FL + "Supplier will endeavour to set up a procedure for workers to raise grievances "
        "confidentially.",
        "grievance-mechanism",
        "weak",
    ),
    (
        "gm-dispute-procedure",
        CONTRACT + "Disputes shall be settled by the procedure by which the parties escalate "
        "issues to senior management.",
        "grievance-mechanism",
        "missing",
    ),
    (
        "we-community-monitoring",
        FL + "Supplier shall involve community representatives in the operation of its "
        "monitoring system.",
        "worker-engagement",
        "weak",
    ),
    (
        "we-auditor-access-workers",
        FL + "Supplier shall allow the auditor access to workers.",
        "worker-engagement",
        "weak",
    ),
    (
        "ar-policy-own-audits",
        POLICY + "We audit high-risk suppliers every year.",
        "audit-rights",
        "weak",
    ),
    (
        "ra-assessment-of-risk",
        FL + "Supplier shall conduct an annual assessment of the risk of forced labour in its "
        "supply chain.",
        "risk-assessment",
        "present",
    ),
    # --- round 3: barred interviews, food-safety near misses, CAP, worker claims
    (
        "we-interviews-barred",
        FL
        + "Notwithstanding the foregoing, Buyer's auditors may not interview Supplier's workers.",
        "worker-engagement",
        "missing",
    ),
    (
        "ar-interviews-barred-audit-kept",
        FL + "Buyer may audit the factory under this Clause, provided that auditors shall not "
        "interview workers.",
        "audit-rights",
        "present",
    ),
    (
        "ar-food-safety-inspection",
        FL + "12. QUALITY\n\n12.1 Buyer may inspect Supplier's facilities for food safety and "
        "hygiene compliance.",
        "audit-rights",
        "missing",
    ),
    (
        "rem-food-safety-findings",
        FL + "Supplier shall correct any non-compliance identified in a GFSI food safety audit.",
        "remediation",
        "missing",
    ),
    (
        "rem-cap-social-audit",
        FL + "Supplier shall submit a CAP for each finding of a social audit under this Clause.",
        "remediation",
        "present",
    ),
    (
        "rem-cap-hedged",
        FL + "Supplier should submit a CAP for each finding of a social audit under this Clause.",
        "remediation",
        "weak",
    ),
    (
        "ind-worker-claims",
        CONTRACT + "Supplier shall indemnify Buyer against any claim by a temporary worker for "
        "unpaid wages.",
        "indemnification",
        "weak",
    ),
    (
        "ind-customer-claims",
        CONTRACT + "Supplier shall indemnify Buyer against any claim by a customer for late "
        "delivery.",
        "indemnification",
        "missing",
    ),
    # --- round 4: responsible exit, "fail to comply" as a breach
    (
        "rp-responsible-exit",
        FL + "Buyer shall give Supplier at least six months' notice before ending the "
        "relationship and shall reduce orders gradually.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-notice-before-terminating-agreement",
        CONTRACT + "Either party shall give 90 days' notice before terminating this Agreement.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "tr-policy-do-not-comply",
        POLICY + "We reserve the right to end our relationship with suppliers who do not comply "
        "with this policy.",
        "termination-remedies",
        "present",
    ),
    (
        "tr-policy-staff-discipline",
        POLICY + "Employees who breach this policy may face disciplinary action, including "
        "termination of employment.",
        "termination-remedies",
        "missing",
    ),
    (
        "rp-agrees-not-to-cancel",
        FL + "Buyer agrees not to cancel confirmed orders once production has started.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-endeavour-not-to-change",
        FL + "Buyer will endeavour not to change confirmed orders after fabric has been cut.",
        "responsible-purchasing",
        "weak",
    ),
    # --- round 5: training on the prohibition of fees is training; a fee for training is not
    (
        "tr-induction-on-fees",
        FL + "Supplier shall provide induction training to all new workers covering their terms "
        "of employment and the prohibition of recruitment fees.",
        "training",
        "present",
    ),
    (
        "tr-fee-for-training",
        FL
        + "Supplier shall not charge any applicant a fee for recruitment, placement or training.",
        "training",
        "missing",
    ),
    (
        "tr-workshop-hedged",
        FL + "Supplier should ask its managers to attend a workshop on modern slavery.",
        "training",
        "weak",
    ),
    # --- round 6: barred rights vs limits on a right; working-time and accommodation checks
    (
        "ar-barred",
        FL + "Buyer shall not be entitled to audit Supplier's facilities.",
        "audit-rights",
        "missing",
    ),
    (
        "ar-limited-once-a-year",
        FL + "Buyer may not audit Supplier's sites under this Clause more than once in any year.",
        "audit-rights",
        "present",
    ),
    (
        "ar-working-time-records",
        CONTRACT + "Buyer may inspect Supplier's working time records to verify compliance with "
        "the rules on drivers' hours.",
        "audit-rights",
        "present",
    ),
    (
        "ar-office-working-hours",
        CONTRACT + "Buyer may audit Supplier's invoices during normal working hours.",
        "audit-rights",
        "missing",
    ),
    (
        "ar-worker-accommodation",
        CONTRACT + "Buyer may inspect Supplier's worker accommodation at any time to check living "
        "conditions.",
        "audit-rights",
        "present",
    ),
    (
        "we-interviews-excluded",
        FL + "Buyer may audit Supplier's sites under this Clause, excluding interviews with "
        "workers.",
        "worker-engagement",
        "missing",
    ),
    (
        "tr-termination-barred",
        FL + "Buyer shall not be entitled to terminate this Agreement for any breach of this "
        "Clause.",
        "termination-remedies",
        "missing",
    ),
    (
        "tr-termination-after-cure",
        FL + "Buyer may not terminate this Agreement for a breach of this Clause unless Supplier "
        "fails to remedy it within 30 days.",
        "termination-remedies",
        "present",
    ),
    (
        "ind-wro-detention",
        CONTRACT
        + "Supplier shall indemnify Buyer for any costs resulting from goods being detained "
        "by CBP under a WRO.",
        "indemnification",
        "present",
    ),
    (
        "ind-tariff-fines",
        CONTRACT
        + "Supplier shall indemnify Buyer against all fines imposed by customs authorities "
        "for incorrect tariff classification.",
        "indemnification",
        "missing",
    ),
    # --- round 7 (precision): ordinary payment terms, generic remedies, the buyer's own site
    (
        "rp-pay-counterparty-within",
        FL + "Buyer shall pay Supplier within 30 days of receipt of a valid invoice.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-pay-our-suppliers-policy",
        POLICY + "We will pay our suppliers on time and in full.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-work-together-on-defects",
        FL + "The parties will work together to remedy any defect in the Goods.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "ar-buyer-site-code",
        CONTRACT + "Supplier's personnel entering Buyer's site shall comply with Buyer's site "
        "code of conduct and safety rules.",
        "audit-rights",
        "missing",
    ),
    (
        "ar-supplier-site-visit",
        CONTRACT + "Buyer may visit Supplier's factory to check compliance with Buyer's code of "
        "conduct.",
        "audit-rights",
        "present",
    ),
    (
        "rem-violation-of-law",
        FL + "12. GENERAL\n\n12.1 Supplier shall correct any violation of applicable law "
        "within 30 days.",
        "remediation",
        "missing",
    ),
    (
        "ra-onboarding-questionnaire",
        FL + "12. GENERAL\n\n12.1 Supplier shall complete Buyer's vendor onboarding "
        "questionnaire before the first Order.",
        "risk-assessment",
        "missing",
    ),
    (
        "ra-risk-questionnaire-policy",
        POLICY + "Suppliers answer our risk assessment questionnaire.",
        "risk-assessment",
        "weak",
    ),
    (
        "tr-code-terminate-employees",
        CODE + "Suppliers must not terminate employees without due process.",
        "termination-remedies",
        "missing",
    ),
    (
        "tr-terminate-for-dismissing-reporter",
        FL + "Buyer may terminate this Agreement if Supplier dismisses any worker who reports "
        "forced labour.",
        "termination-remedies",
        "present",
    ),
    (
        "tr-code-anti-bribery-training",
        CODE + "Suppliers must train their staff on anti-bribery rules.",
        "training",
        "missing",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
