"""Phrasing tests for the round-9 families of the monitoring and remedy rules, from drafting
the rules had not seen: a refund of fees paid by workers on its own (the employer-pays rule:
recruitment fees, not remediation) and work to repay a debt (debt bondage described, not a
remedy); invoices checked against timesheets or clocking data, a supplier's own age checks at
hiring and a supplier-diversity audit (audit-rights: no labour audit); a code on another subject
(an anti-bribery code's audit, breach and speak-up terms); a hotline for fraud, bribery or the
misuse of funds (grievance-mechanism: missing); notices of environmental or chemical incidents and
an audit report named as a document (notification: missing). Each family: positives in several
phrasings, the near miss, the hedged form and the negated form.
"""

from __future__ import annotations

import pytest
from helpers import CODE, CONTRACT, assert_status, phrasing_params
from helpers import FL_SECTION as FL

FL_CODE = CODE + "Suppliers must not use forced labour.\n\n"
BRIBERY_CODE = (
    "THIRD-PARTY ANTI-BRIBERY CODE\n\nThis Code applies to every supplier and agent of Meridian "
    "Home.\n\nSuppliers must not offer or accept any bribe or kickback and must comply with the UK "
    "Bribery Act 2010.\n\n"
)
REM, AUD, GRV, NOT, TRM = (
    "remediation",
    "audit-rights",
    "grievance-mechanism",
    "notification",
    "termination-remedies",
)

ROWS = [
    # remediation: a fee refund on its own is the employer-pays rule (recruitment fees)
    (
        "rem9-fee-refund-where-paid",
        FL + "9.3 Where a worker has paid any such fee or cost, Supplier shall reimburse the "
        "worker in full within ninety days.",
        REM,
        "missing",
    ),
    (
        "rem9-fee-refund-code",
        FL_CODE + "Workers are not charged recruitment fees. Suppliers who find that fees were "
        "charged repay them to the worker.",
        REM,
        "missing",
    ),
    (
        "rem9-fee-refund-bear-and-repay",
        FL + "9.3 Supplier shall bear all broker service fees for migrant workers, and shall "
        "repay to each worker any such fee or cost that the worker has paid.",
        REM,
        "missing",
    ),
    (
        "rem9-fee-refund-passive",
        FL + "9.3 Any such fee or cost already taken must be repaid to the worker.",
        REM,
        "missing",
    ),
    # ... and a remedy when it follows a breach found
    (
        "rem9-fee-refund-after-breach",
        FL + "9.3 Where an audit finds a breach of this clause 9, Supplier shall repay any fees "
        "charged to the workers concerned.",
        REM,
        "present",
    ),
    (
        "rem9-fee-refund-in-plan",
        FL + "9.3 Supplier shall carry out a corrective action plan for any breach of this clause "
        "9, including the repayment of any fees charged to workers.",
        REM,
        "present",
    ),
    (
        "rem9-plan-hedged",
        FL + "9.3 Where a breach is found, Supplier should agree a corrective action plan with "
        "Buyer.",
        REM,
        "weak",
    ),
    # remediation: work to repay a debt is debt bondage described, not a remedy
    (
        "rem9-debt-work-to-repay",
        FL + "9.3 Supplier shall not supply any worker who is required to work to repay a debt "
        "to Supplier or to any third party.",
        REM,
        "missing",
    ),
    (
        "rem9-debt-advance-code",
        FL_CODE + "Suppliers must not use bonded labour, including work to repay an advance made "
        "by a labour intermediary.",
        REM,
        "missing",
    ),
    (
        "rem9-debt-working-to-repay",
        FL + "9.3 Supplier shall not place any worker whom it knows to be working to repay a "
        "debt to any agency or lender.",
        REM,
        "missing",
    ),
    # remedies in words the rules had not read
    (
        "rem9-paid-back-in-breach",
        FL_CODE + "Wages or fees found to have been withheld or charged in breach of this Code "
        "are paid back to the workers concerned.",
        REM,
        "present",
    ),
    (
        "rem9-write-off-advance",
        FL + "9.3 Where bonded labour is found, Supplier shall release any worker held in bondage, "
        "write off any advance owed by that worker, and pay any wages withheld.",
        REM,
        "present",
    ),
    (
        "rem9-child-schooling",
        FL_CODE + "Where a child is found at a loom, the supplier must pay for the child's "
        "schooling until the age of fourteen.",
        REM,
        "present",
    ),
    (
        "rem9-close-priority-findings",
        FL + "9.3 Supplier shall close all priority findings of any social compliance audit "
        "within ninety days.",
        REM,
        "present",
    ),
    (
        "rem9-measures-so-agreed",
        FL + "9.3 If a violation of this clause 9 is found, Supplier shall consult in good faith "
        "with Buyer on corrective measures and shall implement the measures so agreed within the "
        "agreed period.",
        REM,
        "present",
    ),
    (
        "rem9-measures-consult-only",
        FL + "9.3 If a violation of this clause 9 is found, Supplier shall consult in good faith "
        "with Buyer on corrective measures.",
        REM,
        "weak",
    ),
    (
        "rem9-plan-followup",
        FL + "9.3 If a breach is found, Buyer will agree a remediation plan with Supplier.\n\n"
        "9.4 Supplier shall carry out the plan within the time agreed.",
        REM,
        "present",
    ),
    # audit-rights: invoices checked against the workers' hours are a billing audit
    (
        "aud9-timesheets-and-invoices",
        FL + "9.3 Buyer may, once in each contract year, audit Supplier's timesheets and invoices "
        "to confirm that the hours charged were worked.",
        AUD,
        "missing",
    ),
    (
        "aud9-sign-in-sheets",
        FL + "9.3 Buyer may audit Supplier's sign-in sheets, timesheets and invoices for any event "
        "in the previous six months.",
        AUD,
        "missing",
    ),
    (
        "aud9-clocking-data",
        FL + "9.3 Buyer may audit the Labour Provider's invoices against the clocking data for any "
        "week in the current season.",
        AUD,
        "missing",
    ),
    # ... not when the workers' pay or labour standards are checked too
    (
        "aud9-invoices-and-payroll",
        FL + "9.3 Buyer may audit Supplier's invoices and payroll records to verify that workers "
        "were paid at least the minimum wage.",
        AUD,
        "present",
    ),
    (
        "aud9-labour-audit-present",
        FL + "9.3 Buyer may audit Supplier's facilities and records for compliance with this "
        "clause 9, with or without notice.",
        AUD,
        "present",
    ),
    (
        "aud9-labour-audit-request-only",
        FL + "9.3 Buyer may request a social compliance audit of Supplier's factory.",
        AUD,
        "weak",
    ),
    # audit-rights: the supplier's own checks of the people it hires
    (
        "aud9-age-documents-at-hiring",
        FL_CODE + "Suppliers must check age documents at hiring and keep a copy.",
        AUD,
        "missing",
    ),
    (
        "aud9-age-check-before-hiring",
        FL_CODE + "Suppliers check the identity documents of every worker before hiring.",
        AUD,
        "missing",
    ),
    (
        "aud9-code-audit-present",
        FL_CODE + "We may audit any supplier's factories and worker records, with or without "
        "notice.",
        AUD,
        "present",
    ),
    # audit-rights and termination: a supplier-diversity register
    (
        "aud9-diversity-records",
        FL + "9.3 Buyer may audit the ownership and certification records of any supplier "
        "registered as diverse.",
        AUD,
        "missing",
    ),
    (
        "trm9-diversity-database",
        FL_CODE + "We may remove from the diverse supplier database any supplier whose "
        "certification lapses.",
        TRM,
        "missing",
    ),
    # a code on another subject: its audit, breach and speak-up terms are no labour terms
    (
        "aud9-bribery-code-audit",
        BRIBERY_CODE + "Meridian may audit those books and records to verify compliance with this "
        "Code.",
        AUD,
        "missing",
    ),
    (
        "trm9-bribery-code-termination",
        BRIBERY_CODE + "Meridian may cancel purchase orders or terminate any contract with a "
        "supplier that breaches this Code.",
        TRM,
        "missing",
    ),
    (
        "aud9-labour-code-audit",
        FL_CODE + "Meridian may audit those books and records to verify compliance with this Code.",
        AUD,
        "present",
    ),
    (
        "trm9-labour-code-termination",
        FL_CODE + "Meridian may cancel purchase orders or terminate any contract with a supplier "
        "that breaches this Code.",
        TRM,
        "present",
    ),
    (
        "grv9-bribery-code-speak-up",
        BRIBERY_CODE + "Anyone may report a suspected breach of this Code through the Meridian "
        "Integrity Line, which accepts anonymous reports.",
        GRV,
        "missing",
    ),
    # grievance-mechanism: a line for fraud, bribery or misused funds
    (
        "grv9-fraud-waste-abuse",
        FL + "9.3 Supplier shall display Buyer's Fraud, Waste and Abuse Hotline poster, which "
        "gives a number for reporting fraud and the misuse of contract funds, in confidence.",
        GRV,
        "missing",
    ),
    (
        "grv9-fraud-corruption",
        FL + "9.3 Supplier's staff may report concerns about fraud or corruption in confidence to "
        "Buyer's Integrity Unit.",
        GRV,
        "missing",
    ),
    (
        "grv9-gift-or-payment",
        FL_CODE + "Vendors may report any request by our associates for a gift or payment to our "
        "Ethics Line, which accepts anonymous reports.",
        GRV,
        "missing",
    ),
    (
        "grv9-labour-hotline",
        FL + "9.3 Supplier shall maintain a hotline through which workers may report fraud, "
        "forced labour or harassment anonymously.",
        GRV,
        "present",
    ),
    (
        "grv9-worker-hotline-minimal",
        CONTRACT + "Supplier shall operate a hotline through which workers may report abuse in "
        "confidence.",
        GRV,
        "present",
    ),
    # audit-rights: a public auditor's access to public money and records, auditors trained
    (
        "aud9-auditor-general-access",
        FL + "9.3 Supplier must give Buyer, the Auditor-General and any person authorised by them "
        "access to Supplier's premises and to records relating to this Agreement.",
        AUD,
        "missing",
    ),
    (
        "aud9-comptroller-examination",
        FL + "9.3 Supplier shall cooperate with any examination by the Comptroller and Auditor "
        "General of the economy and efficiency with which Buyer has used its resources.",
        AUD,
        "missing",
    ),
    (
        "aud9-auditor-general-labour-clause",
        FL + "9.3 Buyer and the Auditor-General may inspect Supplier's premises and payroll "
        "records to verify compliance with this clause 9.",
        AUD,
        "present",
    ),
    (
        "aud9-inspector-general-access",
        FL + "9.3 Supplier shall give the agency Inspector General reasonable access to its "
        "facilities and staff for any audit or investigation relating to this requirement.",
        AUD,
        "weak",
    ),
    (
        "aud9-auditors-trained",
        FL_CODE + "Our buyers and quality auditors attend a half-day session each year on child "
        "labour and the signs of debt bondage.",
        AUD,
        "missing",
    ),
    # the list of what the labour terms do not cover
    (
        "aud9-not-fl-list",
        FL + "9.3 For certainty, the following remain governed by the body of the Agreement and "
        "are not forced labour obligations:\n(a) the Buyer's right to audit the Supplier's "
        "invoices and price calculations;\n(b) the indemnity in clause 14.",
        AUD,
        "missing",
    ),
    # grievance-mechanism: a channel for the people an aid programme serves
    (
        "grv9-beneficiary-channel",
        FL + "9.3 Supplier shall operate a feedback and complaints mechanism through which people "
        "receiving assistance can raise concerns, in confidence, about the quality of aid.",
        GRV,
        "missing",
    ),
    (
        "grv9-beneficiary-and-staff-channel",
        FL + "9.3 Supplier shall maintain a complaints mechanism that is accessible to "
        "beneficiaries, staff and daily labourers, permits confidential reporting and protects "
        "complainants from retaliation.",
        GRV,
        "present",
    ),
    # training: competence for the work, a platform, safeguarding
    (
        "trn9-trained-and-qualified",
        FL_CODE + "Suppliers shall ensure that personnel performing cleanroom assembly are trained "
        "and qualified for those tasks.",
        "training",
        "missing",
    ),
    (
        "trn9-platform-user-training",
        FL_CODE + "Suppliers must attend our ArtFlow user training whenever a new version of the "
        "platform is released.",
        "training",
        "missing",
    ),
    (
        "trn9-forced-labour-training",
        FL_CODE + "Suppliers must train their supervisors on this Code and on the signs of forced "
        "labour every year.",
        "training",
        "present",
    ),
    # termination-remedies: a labour code named by its own words, a slave-labour register, a
    # forced-labour law cited by number
    (
        "trm9-these-expectations",
        FL + "9.3 We may stop buying from a supplier that does not meet these expectations.",
        TRM,
        "present",
    ),
    (
        "trm9-cadastro",
        FL + "9.3 Seller shall not buy from any employer listed on the Cadastro de "
        "Empregadores.\n\n"
        "9.4 Purchaser may terminate this Agreement on written notice if Seller is added to that "
        "Cadastro.",
        TRM,
        "present",
    ),
    (
        "trm9-law-by-number",
        FL + "9.3 Producer shall comply with Law No. 199/2016 on illegal intermediation and labour "
        "exploitation (caporalato).\n\n9.4 Purchaser may terminate this Agreement with immediate "
        "effect if Producer is convicted of an offence under Law No. 199/2016.",
        TRM,
        "present",
    ),
    (
        "trm9-insolvency-near-miss",
        FL + "9.3 Purchaser may terminate this Agreement on written notice if Seller becomes "
        "insolvent.",
        TRM,
        "missing",
    ),
    (
        "not9-controlled-or-exploited",
        FL + "9.3 Supplier must tell Buyer immediately if it suspects that a worker is being "
        "controlled or exploited by anyone.",
        NOT,
        "present",
    ),
    # notification: environmental or chemical incidents, an audit report as a document
    (
        "not9-environmental-incident",
        FL + "9.3 Supplier shall notify Buyer within forty-eight hours of any reportable "
        "environmental incident, any enforcement action under REACH or CLP, and any loss of "
        "containment.",
        NOT,
        "missing",
    ),
    (
        "not9-audit-report-time",
        FL + "9.3 Supplier shall cause each factory to correct any violation of this clause 9 "
        "identified by an audit within the time stated in the audit report.",
        NOT,
        "missing",
    ),
    (
        "not9-forced-labour-notice",
        FL + "9.3 Supplier shall notify Buyer within forty-eight hours of any forced labour found "
        "at its factories or of any enforcement action concerning forced labour.",
        NOT,
        "present",
    ),
    (
        "not9-forced-labour-notice-hedged",
        FL + "9.3 Supplier should inform Buyer of any suspected forced labour at its factories.",
        NOT,
        "weak",
    ),
]


@pytest.mark.parametrize("text,obligation,expected", phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
