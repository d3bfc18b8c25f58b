"""Phrasing rows for families of false findings on unseen drafting (fifth round): auditors given
access to payroll records (an audit term, not records kept); the supplier monitoring its own
subcontractors (a flow-down term, not the buyer's audit); a labour provider that is itself the
party; an agent not permitted to charge workers fees; a workshop where goods are made; timber
legality due diligence; an agent's mandate and a buyer's limit on its commitment; an indemnity
against workers' wage claims. Each family has its positives, its near miss, and where it applies
its hedged and negated forms.
"""

from __future__ import annotations

import pytest
from helpers import CONTRACT, FL, FL_SECTION, assert_status, phrasing_params

CODE = (
    "SUPPLIER CODE OF CONDUCT\n\nThis Code applies to all suppliers of Meridian Home.\n\n"
    "Suppliers do not use forced labour in any form.\n\n"
)
STATE = (
    "STANDARD CONTRACT TERMS\n\n"
    '1. Definitions. In these terms, "Agency" means the State agency that is a party to the '
    'Contract; "Contractor" means the person that is a party to the Contract with the Agency; '
    'and "forced labor" has the meaning given in the Penal Code and includes debt bondage.\n\n'
    "2. Contractor shall not use forced labor in performing the Contract.\n\n"
)
PROVIDER = (
    "LABOUR SUPPLY AGREEMENT\n\n"
    'This Agreement is made between Fenland Growers Ltd ("the Grower") and Anglia Staffing Ltd '
    '("the Labour Provider").\n\n'
    "The Labour Provider shall not use forced labour in any form.\n\n"
)

ROWS: list[tuple[str, str, str, str]] = [
    # --- records-retention: access for auditors is an audit term, records kept stay records
    (
        "rec-auditor-access-payroll",
        FL + "Supplier shall give Buyer and any social auditor Buyer appoints access to its "
        "factory, dormitories and payroll records.",
        "records-retention",
        "missing",
    ),
    (
        "rec-auditors-given-access-wage-records",
        FL + "Buyer may carry out social audits of any factory, and Supplier shall procure that "
        "auditors are admitted and given access to wage records and attendance registers.",
        "records-retention",
        "missing",
    ),
    (
        "rec-keep-and-give-access",
        FL + "Supplier shall keep payroll records for five years and give Buyer's auditors "
        "access to them.",
        "records-retention",
        "present",
    ),
    (
        "rec-keep-make-available-no-period",
        FL + "Supplier shall keep time cards and payroll records and make them available to "
        "Buyer's auditors.",
        "records-retention",
        "weak",
    ),
    (
        "rec-auditor-access-is-audit",
        FL + "Supplier shall give Buyer's social auditors access to its factory, dormitories and "
        "payroll records.",
        "audit-rights",
        "present",
    ),
    # --- audit-rights: the supplier monitoring its own sub-tier is a flow-down term
    (
        "audit-supplier-monitors-subs",
        FL + "Supplier shall impose on each of its subcontractors and labour agencies written "
        "obligations at least as stringent as this clause and shall monitor their compliance.",
        "audit-rights",
        "missing",
    ),
    (
        "audit-supplier-audits-own-suppliers",
        FL + "Supplier shall audit its own raw material suppliers for compliance with the "
        "forced labour terms of this Agreement.",
        "audit-rights",
        "missing",
    ),
    (
        "audit-supplier-monitors-subs-is-flowdown",
        FL + "Supplier shall impose on each of its subcontractors and labour agencies written "
        "obligations at least as stringent as this clause and shall monitor their compliance.",
        "subtier-flowdown",
        "present",
    ),
    (
        "audit-buyer-and-supplier-monitoring",
        FL + "Buyer may audit Supplier's factories for compliance with the forced labour terms, "
        "and Supplier shall monitor its subcontractors for the same.",
        "audit-rights",
        "present",
    ),
    (
        "audit-buyer-monitors-their-compliance-code",
        CODE + "Meridian may monitor suppliers' compliance with this Code through unannounced "
        "audits of their factories.",
        "audit-rights",
        "present",
    ),
    # --- subtier-flowdown: the labour provider that is the party; fees an agent may not charge
    (
        "flow-labour-provider-party-complies-msa",
        PROVIDER + "The Labour Provider shall comply with the Modern Slavery Act 2015 in "
        "supplying Workers.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-each-labour-provider",
        FL + "Supplier shall impose on each labour provider it uses obligations equivalent to "
        "those in this clause on forced labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-labour-providers-plural",
        FL + "Supplier shall ensure that its labour providers do not use forced labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-not-permit-agent-charge-fees",
        FL + "Supplier shall bear all recruitment fees itself and shall not permit any labour "
        "agent to charge them to workers.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-require-agencies-charge-no-fees",
        FL + "Supplier shall require its recruitment agencies to charge no fees to workers.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "flow-not-permit-subs-forced-labour",
        FL + "Supplier shall not permit any of its subcontractors to use forced labour.",
        "subtier-flowdown",
        "present",
    ),
    # --- training: a workshop where goods are made is no training
    (
        "train-workshop-as-site",
        CONTRACT + "SCHEDULE 4 - FORCED LABOUR AND LABOUR STANDARDS\n\nThe Supplier shall meet "
        "the standards in this Schedule at each factory, workshop and sawmill used to make "
        "Products.",
        "training",
        "missing",
    ),
    (
        "train-workshop-on-forced-labour",
        FL + "Supplier shall send its recruitment staff to a workshop on forced labour "
        "indicators each year.",
        "training",
        "present",
    ),
    (
        "train-runs-workshops",
        FL + "Supplier shall run workshops for its supervisors on the forced labour terms of "
        "this Agreement.",
        "training",
        "present",
    ),
    (
        "train-workshop-hedged",
        FL + "Supplier should hold workshops for its supervisors on forced labour risks.",
        "training",
        "weak",
    ),
    # --- risk-assessment: timber legality is not labour risk
    (
        "risk-timber-legality",
        CODE + "Suppliers must carry out due diligence under the Timber Regulations to minimise "
        "the risk that timber was illegally harvested.",
        "risk-assessment",
        "missing",
    ),
    (
        "risk-deforestation-and-labour",
        CODE + "Suppliers must carry out due diligence on deforestation and forced labour risks "
        "in their supply chains.",
        "risk-assessment",
        "present",
    ),
    (
        "risk-labour-due-diligence-code",
        CODE + "Suppliers must carry out due diligence on their own supply chains.",
        "risk-assessment",
        "present",
    ),
    # --- responsible-purchasing: an agent's mandate, the buyer's limit on its commitment
    (
        "rp-agent-mandate",
        FL + "Buyer appoints Supplier as its buying agent to negotiate prices on Buyer's behalf "
        "and place Buyer's purchase orders with approved factories.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-committed-only-to-orders",
        FL + "Buyer is committed only to the quantities in purchase orders accepted by Supplier.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-committed-to-orders-only",
        FL + "Buyer is committed to the volumes stated in each purchase order only.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-commitment-limited-to-orders",
        FL + "Buyer's commitment is limited to the purchase orders it has issued.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "term-cancel-any-time-before-shipment",
        FL_SECTION + "9.2 Buyer may cancel an order at any time before shipment without liability.",
        "termination-remedies",
        "missing",
    ),
    (
        "term-reduce-order-quantity",
        FL_SECTION + "9.2 Buyer may reduce any order quantity on 7 days' notice.",
        "termination-remedies",
        "missing",
    ),
    (
        "term-cancel-without-liability-for-breach",
        FL_SECTION + "9.2 Any breach of clause 9.1 is a material breach. Buyer may, without "
        "liability, cancel any open order or terminate this Agreement on written notice.",
        "termination-remedies",
        "present",
    ),
    (
        "rp-negotiate-prices-that-allow-wages",
        FL + "Buyer shall negotiate prices that allow Supplier to pay at least the legal "
        "minimum wage.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-commit-volume",
        FL + "Buyer commits to purchase at least 80% of the forecast volumes.",
        "responsible-purchasing",
        "present",
    ),
    # --- unauthorized-subcontracting: the work handed to others, a job-worker
    (
        "sub-transfer-performance-third-parties",
        FL + "Supplier may not transfer the performance of an order, wholly or in substantial "
        "part, to third parties without Buyer's prior written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "sub-pass-order-another-factory",
        FL + "Supplier shall not pass all or part of an order to another factory or home worker "
        "without Buyer's prior written approval.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "sub-job-worker",
        FL + "Supplier shall not get any process of dyeing or finishing carried out through a "
        "job-worker without the prior consent in writing of Buyer.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "sub-send-step-unlisted-plant",
        FL + "Supplier will not send any processing step to a shed or plant not listed in "
        "Annex A without first notifying Buyer and receiving its approval.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "sub-pass-order-hedged",
        FL + "Supplier should not pass any part of an order to another factory without Buyer's "
        "approval.",
        "unauthorized-subcontracting",
        "weak",
    ),
    (
        "sub-transfer-agreement-assignment-near-miss",
        FL + "Supplier may not transfer this Agreement or any of its rights under it to a third "
        "party without Buyer's prior written consent.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "sub-transfer-performance-free",
        FL + "Supplier may transfer the performance of any order to third parties without "
        "Buyer's consent.",
        "unauthorized-subcontracting",
        "missing",
    ),
    # --- a commercial sentence under a labour heading (wrong topic): insolvency, quality,
    # delivery, defects, sanctions, onboarding and customs triggers stay missing
    (
        "topic-terminate-insolvent",
        FL_SECTION
        + "9.2 Either party may terminate this Agreement if the other party becomes insolvent.",
        "termination-remedies",
        "missing",
    ),
    (
        "topic-reject-nonconforming",
        FL_SECTION
        + "9.2 Buyer may reject any shipment that does not conform to the Specifications.",
        "termination-remedies",
        "missing",
    ),
    (
        "topic-suspend-quality",
        FL_SECTION + "9.2 Buyer may suspend orders while a quality investigation is carried out.",
        "termination-remedies",
        "missing",
    ),
    (
        "topic-terminate-breach-of-this-clause",
        FL_SECTION + "9.2 Buyer may terminate this Agreement if Supplier breaches clause 9.1.",
        "termination-remedies",
        "present",
    ),
    (
        "topic-reject-goods-forced-labour",
        FL_SECTION
        + "9.2 Buyer may reject any shipment of Goods made wholly or in part with forced labour.",
        "termination-remedies",
        "present",
    ),
    (
        "topic-certify-no-defects",
        FL_SECTION + "9.2 Supplier certifies that the Goods are free from defects in materials and "
        "workmanship.",
        "certification",
        "missing",
    ),
    (
        "topic-certify-forced-labour",
        FL_SECTION
        + "9.2 Supplier certifies each year that no forced labour was used to make the Goods.",
        "certification",
        "present",
    ),
    (
        "topic-inspect-goods-before-shipment",
        FL_SECTION + "9.2 Buyer may inspect the Goods at Supplier's factory before shipment.",
        "audit-rights",
        "missing",
    ),
    (
        "topic-inspect-working-conditions",
        FL_SECTION
        + "9.2 Buyer may inspect Supplier's factory to verify working conditions, with or "
        "without notice.",
        "audit-rights",
        "present",
    ),
    (
        "topic-compensate-late-delivery",
        FL_SECTION
        + "9.2 Supplier shall compensate Buyer for any late delivery at the rate in Schedule 2.",
        "indemnification",
        "missing",
    ),
    (
        "topic-indemnify-detention",
        FL_SECTION
        + "9.2 Supplier shall indemnify Buyer against any loss from the detention of Goods "
        "under this clause 9.",
        "indemnification",
        "present",
    ),
    (
        "topic-consumer-complaints",
        FL_SECTION
        + "9.2 Supplier shall maintain a complaints procedure for consumers of the Goods.",
        "grievance-mechanism",
        "missing",
    ),
    (
        "topic-carriers-delivery-schedule",
        FL_SECTION
        + "9.2 Supplier shall require its carriers to comply with Buyer's delivery schedule.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "topic-carriers-forced-labour",
        FL_SECTION + "9.2 Supplier shall require its carriers to comply with this clause 9.",
        "subtier-flowdown",
        "present",
    ),
    (
        "topic-sanctions-screening",
        FL_SECTION + "9.2 Supplier shall screen its suppliers against the OFAC sanctions lists.",
        "risk-assessment",
        "missing",
    ),
    (
        "topic-anti-bribery-due-diligence",
        FL_SECTION + "9.2 Supplier shall conduct due diligence on its distributors under the "
        "anti-bribery policy.",
        "risk-assessment",
        "missing",
    ),
    (
        "topic-forced-labour-due-diligence",
        FL_SECTION + "9.2 Supplier shall conduct due diligence on its suppliers for the risk of "
        "forced labour.",
        "risk-assessment",
        "present",
    ),
    (
        "topic-onboarding-questionnaire",
        FL_SECTION + "9.2 Supplier shall complete Buyer's vendor onboarding form, including bank "
        "details and tax identification.",
        "training",
        "missing",
    ),
    (
        "topic-onboarding-training",
        FL_SECTION
        + "9.2 Supplier's managers shall attend Buyer's onboarding training on this clause 9.",
        "training",
        "present",
    ),
    (
        "topic-certificate-of-origin",
        FL_SECTION + "9.2 Supplier shall provide a certificate of origin with each shipment.",
        "traceability",
        "missing",
    ),
    # --- more commercial sentences under a labour heading: corporate representations,
    # customer complaints, driver training, fault hotlines, environmental assessment, customs
    # filings, fraud convictions, late orders, shipment records, buyer's site rules
    (
        "topic2-corporate-authority",
        FL_SECTION
        + "9.2 Supplier warrants that it has full power and authority to enter into this "
        "Agreement.",
        "certification",
        "missing",
    ),
    (
        "topic2-duly-incorporated",
        FL_SECTION + "9.2 Supplier represents that it is duly incorporated and in good standing.",
        "certification",
        "missing",
    ),
    (
        "topic2-warrants-no-forced-labour",
        FL_SECTION + "9.2 Supplier warrants that no forced labour was used to make the Goods.",
        "certification",
        "present",
    ),
    (
        "topic2-capa-customer-complaint",
        FL_SECTION + "9.2 Supplier shall take corrective action to address any customer complaint.",
        "remediation",
        "missing",
    ),
    (
        "topic2-repay-overpayment",
        FL_SECTION + "9.2 Supplier shall repay any overpayment made by Buyer.",
        "remediation",
        "missing",
    ),
    (
        "topic2-corrective-action-forced-labour",
        FL_SECTION
        + "9.2 Supplier shall take corrective action to remedy any forced labour found at "
        "its factories.",
        "remediation",
        "present",
    ),
    (
        "topic2-train-drivers-loading",
        FL_SECTION + "9.2 Supplier shall train its drivers in safe loading.",
        "training",
        "missing",
    ),
    (
        "topic2-customers-report-faults",
        FL_SECTION + "9.2 Supplier shall provide a hotline for Buyer's customers to report faults.",
        "grievance-mechanism",
        "missing",
    ),
    (
        "topic2-environmental-impact",
        FL_SECTION
        + "9.2 Supplier shall carry out an environmental impact assessment before building "
        "the plant.",
        "risk-assessment",
        "missing",
    ),
    (
        "topic2-customs-filing-fines",
        FL_SECTION
        + "9.2 Supplier shall indemnify Buyer for any fines imposed for late customs filings.",
        "indemnification",
        "missing",
    ),
    (
        "topic2-convicted-fraud",
        FL_SECTION + "9.2 Buyer may terminate this Agreement if Supplier is convicted of fraud.",
        "termination-remedies",
        "missing",
    ),
    (
        "topic2-convicted-trafficking",
        FL_SECTION
        + "9.2 Buyer may terminate this Agreement if Supplier is convicted of an offence "
        "of human trafficking.",
        "termination-remedies",
        "present",
    ),
    (
        "topic2-cancel-late-order",
        FL_SECTION + "9.2 Buyer may cancel any order not delivered by the delivery date.",
        "termination-remedies",
        "missing",
    ),
    (
        "topic2-shipment-records",
        FL_SECTION + "9.2 Supplier shall maintain records of all shipments for five years.",
        "records-retention",
        "missing",
    ),
    (
        "topic2-payroll-records",
        FL_SECTION + "9.2 Supplier shall maintain payroll records for five years.",
        "records-retention",
        "present",
    ),
    (
        "topic2-subs-site-rules",
        FL_SECTION
        + "9.2 Supplier shall ensure that its subcontractors observe Buyer's site safety rules.",
        "subtier-flowdown",
        "missing",
    ),
    # --- descriptions and commercial triggers in codes and labour sections: buyers' own
    # negotiation training, orders stopped for quality or safety, forecasts cancelled, a
    # questionnaire or report described by its contents (a duty beside it still counts)
    (
        "code-buyers-negotiation-training",
        CODE + "We train our buyers on negotiation skills.",
        "training",
        "missing",
    ),
    (
        "code-stop-orders-quality",
        CODE + "We may stop placing orders with suppliers who do not meet our quality standards.",
        "termination-remedies",
        "missing",
    ),
    (
        "code-end-relationship-safety-tests",
        CODE + "We may end the relationship with a supplier whose products fail safety tests.",
        "termination-remedies",
        "missing",
    ),
    (
        "code-stop-orders-forced-labour",
        CODE + "We may stop placing orders with suppliers who use forced labour.",
        "termination-remedies",
        "present",
    ),
    (
        "topic3-cancel-forecasts",
        FL_SECTION + "9.2 Buyer may change or cancel forecasts at any time.",
        "termination-remedies",
        "missing",
    ),
    (
        "topic3-questionnaire-topics-audit",
        FL_SECTION + "9.2 The questionnaire asks about grievance channels, audits and training.",
        "audit-rights",
        "missing",
    ),
    (
        "topic3-questionnaire-topics-training",
        FL_SECTION + "9.2 The questionnaire asks about grievance channels, audits and training.",
        "training",
        "missing",
    ),
    (
        "topic3-report-describes-cap",
        FL_SECTION
        + "9.2 The audit report describes the corrective action plan agreed with the factory.",
        "remediation",
        "missing",
    ),
    (
        "topic3-module-covers-duty",
        FL_SECTION + "9.2 Supplier shall complete a training module that covers the indicators of "
        "forced labour.",
        "training",
        "present",
    ),
    (
        "topic3-cap-duty",
        FL_SECTION
        + "9.2 Supplier shall implement the corrective action plan agreed with Buyer for "
        "any forced labour found.",
        "remediation",
        "present",
    ),
    # --- a finding to report is no audit right; tracing kept for a recall is no supply-chain
    # tracing
    (
        "audit-finding-reported",
        FL + "Supplier shall inform Buyer in writing if it learns that a factory producing an "
        "open order has been found by an auditor or a government authority to use forced labour.",
        "audit-rights",
        "missing",
    ),
    (
        "audit-finding-reported-and-buyer-audits",
        FL + "Buyer may audit any factory found by a social auditor to use forced labour.",
        "audit-rights",
        "present",
    ),
    (
        "trace-components-for-recall",
        FL + "Supplier shall keep records that allow the Goods to be traced to the supplier of "
        "each component in the event of a recall.",
        "traceability",
        "missing",
    ),
    (
        "trace-components-for-forced-labour",
        FL + "Supplier shall keep records that allow the Goods to be traced to the supplier of "
        "each component, so that Buyer can verify that no forced labour was used.",
        "traceability",
        "present",
    ),
    # --- a code's non-labour standards: environmental audits, remedies and risks, product
    # safety certificates, confidentiality flowed down, bribery, product complaints
    (
        "code-audit-environment",
        CODE + "Suppliers must allow us to audit their environmental performance.",
        "audit-rights",
        "missing",
    ),
    (
        "code-audit-labour-and-environment",
        CODE + "Suppliers must allow us to audit their labour and environmental performance.",
        "audit-rights",
        "present",
    ),
    (
        "code-remediate-environmental-damage",
        CODE + "Suppliers must remediate any environmental damage they cause.",
        "remediation",
        "missing",
    ),
    (
        "code-certify-safety-standards",
        CODE + "Suppliers must certify that their products meet all applicable safety standards.",
        "certification",
        "missing",
    ),
    (
        "code-subs-confidential-information",
        CODE
        + "Suppliers must ensure that their subcontractors protect our confidential information.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "code-terminate-bribes",
        CODE + "We may terminate our relationship with any supplier that offers bribes.",
        "termination-remedies",
        "missing",
    ),
    (
        "code-environmental-risks",
        CODE + "Suppliers must assess the environmental risks of their operations.",
        "risk-assessment",
        "missing",
    ),
    (
        "code-forced-labour-risks",
        CODE + "Suppliers must assess the forced labour risks of their operations.",
        "risk-assessment",
        "present",
    ),
    (
        "code-complaints-about-products",
        CODE + "Suppliers must allow customers to raise complaints about products.",
        "grievance-mechanism",
        "missing",
    ),
    # --- subtier-flowdown: requirements passed on at a distance, contractors answered for as
    # the supplier's own
    (
        "flow-pass-long-object-on-to",
        CODE + "Suppliers must pass the requirements of section 1 and section 2 of this Code on "
        "to their own suppliers and subcontractors.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-responsible-as-own",
        CODE + "Suppliers are responsible for the conduct of their stitching contractors and "
        "middlemen as if it were their own.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-responsible-as-own-hedged",
        CODE + "Suppliers should be responsible for the conduct of their stitching contractors "
        "as if it were their own.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "flow-responsible-as-own-no-labour-document",
        CONTRACT + "Supplier is responsible for the acts of its delivery contractors as if they "
        "were its own.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-register-every-centre",
        CODE + "Suppliers must register with Meridian every stitching centre and contractor that "
        "makes Meridian products.",
        "unauthorized-subcontracting",
        "present",
    ),
    # --- still more commercial sentences under a labour heading: price confirmations,
    # re-inspection costs, rejected goods returned, confidential files, IT security training,
    # operational risk, subcontractors' licences
    (
        "topic4-confirm-prices",
        FL_SECTION
        + "9.2 Supplier shall confirm in writing each year that the prices charged comply "
        "with this Agreement.",
        "certification",
        "missing",
    ),
    (
        "topic4-reinspection-costs",
        FL_SECTION + "9.2 Supplier shall reimburse Buyer for the costs of any re-inspection.",
        "indemnification",
        "missing",
    ),
    (
        "topic4-returning-rejected-goods",
        FL_SECTION + "9.2 Supplier shall bear all costs of returning rejected goods.",
        "termination-remedies",
        "missing",
    ),
    (
        "topic4-personnel-files-confidential",
        FL_SECTION + "9.2 Supplier shall keep its personnel files confidential.",
        "records-retention",
        "missing",
    ),
    (
        "topic4-personnel-files-kept",
        FL_SECTION
        + "9.2 Supplier shall keep its personnel files and payroll records for three years "
        "and keep them confidential.",
        "records-retention",
        "present",
    ),
    (
        "topic4-it-security-training",
        FL_SECTION
        + "9.2 Supplier shall ensure that its staff complete Buyer's IT security awareness "
        "training.",
        "training",
        "missing",
    ),
    (
        "topic4-operational-risks",
        FL_SECTION + "9.2 Supplier shall conduct a supplier risk assessment covering financial and "
        "operational risks.",
        "risk-assessment",
        "missing",
    ),
    (
        "topic4-subs-licences",
        FL_SECTION
        + "9.2 Supplier shall ensure that its subcontractors hold all licences needed to "
        "perform the work.",
        "subtier-flowdown",
        "missing",
    ),
    # --- product records and marketing claims in a code
    (
        "code-product-testing-records",
        CODE + "Suppliers must keep records of product testing for three years.",
        "records-retention",
        "missing",
    ),
    (
        "code-payroll-records-years",
        CODE + "Suppliers must keep payroll and working-hours records for three years.",
        "records-retention",
        "present",
    ),
    (
        "code-represent-products-marketing",
        CODE + "Suppliers must represent their products accurately in marketing materials.",
        "certification",
        "missing",
    ),
    # --- a definition's meaning ends where the next defined term opens its quote: "Contractor"
    # does not mean forced labour because '"forced labor" has the meaning' follows it
    (
        "def-contractor-general-indemnity",
        STATE + "3. Contractor shall indemnify and hold harmless the State against all claims "
        "arising from the acts or omissions of Contractor in performing the Contract.",
        "indemnification",
        "missing",
    ),
    (
        "def-contractor-forced-labor-indemnity",
        STATE + "3. Contractor shall indemnify and hold harmless the State against all claims "
        "arising from any use of forced labor by Contractor or its subcontractors.",
        "indemnification",
        "present",
    ),
    # --- remediation: the refund that goes with a fee ban in the same sentence is the
    # employer-pays rule (recruitment fees); a repayment once a fee is found stays a remedy
    (
        "rem-fee-ban-with-refund",
        FL + "Workers are not charged recruitment or placement fees by Supplier or any broker it "
        "uses; if Supplier discovers that a worker has paid such a fee, it will repay it in full "
        "within 60 days.",
        "remediation",
        "missing",
    ),
    (
        "rem-no-worker-has-paid-list-item",
        FL + "Supplier shall ensure that: (a) no crew member or worker has paid a recruitment "
        "or manning fee, and any such fee that was paid is repaid to him.",
        "remediation",
        "missing",
    ),
    (
        "rem-repay-after-finding",
        FL + "Workers shall not be charged recruitment fees. If any worker is found to have paid "
        "such fees, Supplier shall reimburse the affected workers in full within 30 days.",
        "remediation",
        "present",
    ),
    (
        "rem-fee-ban-refund-with-cap",
        FL + "Supplier shall not charge workers any fee and, where a fee was charged, shall "
        "repay it under a corrective action plan agreed with Buyer.",
        "remediation",
        "present",
    ),
    # --- remediation: an indemnity for workers' wage claims is indemnification
    (
        "rem-indemnity-unpaid-wages",
        PROVIDER + "The Labour Provider shall indemnify the Grower against any claim by a Worker "
        "arising out of his or her employment, including claims for unpaid wages.",
        "remediation",
        "missing",
    ),
    (
        "rem-pay-unpaid-wages",
        FL + "Where an audit finds that wages were withheld, Supplier shall pay any unpaid wages "
        "to the workers within 14 days.",
        "remediation",
        "present",
    ),
    (
        "rem-indemnity-and-remediation",
        FL + "Supplier shall remediate any forced labour found and indemnify Buyer against any "
        "resulting claim.",
        "remediation",
        "present",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
