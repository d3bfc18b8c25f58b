"""Phrasing tests for buyer remedies and audits written in due-diligence terms (termination-
remedies, audit-rights, risk-assessment, worker-engagement, training, responsible-purchasing,
remediation): suspension or termination triggered by an unremedied risk or adverse
impact, orders stopped under a sourcing policy, marketplace account remedies, audits of the
supplier's due-diligence system or of a labour rider; each with its near miss, hedged and
negated form."""

from __future__ import annotations

import pytest
from helpers import CONTRACT, assert_status, phrasing_params
from helpers import FL_SECTION as FL

CODE = (
    "SUPPLIER CODE OF CONDUCT\n\nThis Code applies to all suppliers of Meridian Home. "
    "Suppliers must not use forced labour.\n\n"
)
POLICY = (
    "RESPONSIBLE SOURCING POLICY\n\nThis policy sets out what we require of our suppliers "
    "so that no forced labour is used to make our products.\n\n"
)
RIDER = (
    "FORCED LABOUR RIDER\n\n"
    'This Rider forms part of the supply agreement between Harbor Retail Inc. ("Buyer") and '
    'Delta Textiles Ltd. ("Seller").\n\n'
    "1. Seller shall not use forced labour in any form.\n\n"
)

ROWS = [
    # --- termination-remedies: due-diligence triggers
    (
        "tr-dd-risk-plan",
        FL + "12.1 Buyer may suspend purchases of Goods from a source in respect of which a "
        "risk is confirmed, and may terminate this Agreement if the risk management plan has not "
        "resulted in improvement within six months.",
        "termination-remedies",
        "present",
    ),
    (
        "tr-dd-adverse-impact",
        FL + "12.1 As a last resort, where a severe adverse impact cannot be prevented or "
        "mitigated, Buyer may temporarily suspend orders and may terminate the Agreement in "
        "respect of the Goods concerned.",
        "termination-remedies",
        "present",
    ),
    (
        "tr-dd-adverse-impact-no-fl-document",
        CONTRACT + "12.1 Where a severe adverse impact on the environment cannot be mitigated, "
        "Buyer may terminate this Agreement.",
        "termination-remedies",
        "missing",
    ),
    (
        "tr-dd-barred",
        FL + "12.1 Buyer shall not terminate this Agreement because an adverse impact has been "
        "identified.",
        "termination-remedies",
        "missing",
    ),
    (
        "tr-dd-quality-capa",
        FL + "12. QUALITY\n\n12.1 Supplier shall carry out a corrective action plan for any "
        "nonconforming lot "
        "and Buyer may reject the lot.",
        "termination-remedies",
        "missing",
    ),
    # --- orders stopped under a sourcing policy
    (
        "tr-policy-suspend-purchases",
        POLICY + "Where a supplier does not meet this policy, we will first engage with it. If "
        "engagement does not lead to progress, we will suspend purchases from the supplier or "
        "the mill concerned.",
        "termination-remedies",
        "weak",
    ),
    (
        "tr-policy-suspend-purchases-hedged",
        POLICY + "If engagement does not lead to progress, we may consider suspending purchases "
        "from the supplier or the mill concerned.",
        "termination-remedies",
        "weak",
    ),
    (
        "tr-policy-stop-orders-contract-quality",
        CONTRACT + "Buyer may stop placing orders with Supplier if delivery performance falls "
        "below 95%.",
        "termination-remedies",
        "missing",
    ),
    # --- marketplace account remedies
    (
        "tr-marketplace-deactivation",
        "SELLER POLICY: FORCED LABOUR\n\nYou must not sell any product made with forced labour."
        "\n\nRepeated or serious breaches of this policy will result in deactivation of your "
        "selling account.",
        "termination-remedies",
        "weak",
    ),
    # --- audit-rights: due-diligence system, supply chain map, the rider
    (
        "ar-dd-system",
        FL + "10.1 Buyer, or an independent auditor appointed by it, may audit the Supplier's "
        "due diligence system and visit the Supplier's sites on thirty days' notice.",
        "audit-rights",
        "present",
    ),
    (
        "ar-rider-compliance",
        RIDER + "4. Buyer may audit Seller's facilities and records to verify the supply chain "
        "map and Seller's compliance with this Rider.",
        "audit-rights",
        "present",
    ),
    (
        "ar-dd-system-no-fl-document",
        CONTRACT + "10.1 Buyer may audit the Supplier's due diligence system for anti-bribery "
        "controls.",
        "audit-rights",
        "missing",
    ),
    (
        "ar-dd-system-barred",
        FL + "10.1 Buyer shall not be entitled to audit the Supplier's due diligence system.",
        "audit-rights",
        "missing",
    ),
    (
        "ar-call-off-contract",
        FL + "15. RECORDS\n\n15.1 Supplier shall keep full records of the Charges.\n\n"
        "15.2 The Authority and its auditors may, on reasonable notice, inspect the "
        "Supplier's premises to verify the Supplier's compliance with this Call-Off Contract.",
        "audit-rights",
        "weak",
    ),
    # --- risk-assessment: the due-diligence doublet with a distant object
    (
        "ra-identify-and-assess-far",
        FL + "10.2 The Supplier shall identify and assess, at least once a year and whenever it "
        "adds a new source, the risks of forced labour in its supply chain.",
        "risk-assessment",
        "present",
    ),
    (
        "ra-identify-and-assess-hedged",
        FL + "10.2 The Supplier should identify and assess, at least once a year and whenever it "
        "adds a new source, the risks of forced labour in its supply chain.",
        "risk-assessment",
        "weak",
    ),
    (
        "ra-identify-and-assess-quality",
        CONTRACT + "10.2 The Supplier shall identify and assess, at least once a year, the "
        "capability of its production lines.",
        "risk-assessment",
        "missing",
    ),
    # --- worker-engagement: the buyer's people talk with workers about their conditions
    (
        "we-talk-conditions",
        FL + "4.3 Buyer's managers may speak with workers at the Sites about their working "
        "conditions.",
        "worker-engagement",
        "weak",
    ),
    (
        "we-talk-conditions-other-topic",
        CONTRACT + "4.3 Buyer's managers may speak with workers at the Sites about the cleaning "
        "schedule.",
        "worker-engagement",
        "missing",
    ),
    (
        "we-community-facilitators",
        POLICY + "Our child labour monitoring system covers our cooperatives. Community "
        "facilitators visit households and identify children at risk.",
        "worker-engagement",
        "weak",
    ),
    # --- training: disclaimers and ministry names are no training duty
    (
        "tr-training-not-required",
        FL + "9.2 This Section does not require Supplier to establish a hotline or to provide "
        "training to its employees on human trafficking.",
        "training",
        "missing",
    ),
    (
        "tr-training-required",
        FL + "9.2 Supplier shall provide training to its employees on human trafficking.",
        "training",
        "present",
    ),
    (
        "tr-ministry-name",
        FL + "9.2 Supplier shall inform Buyer if the Ministry of Labour, Immigration, Training "
        "and Skills Development opens an investigation into Supplier for human trafficking.",
        "training",
        "missing",
    ),
    # --- responsible-purchasing: a responsible exit
    (
        "rp-no-exit-solely-because-risk",
        FL + "12.2 Buyer shall not terminate this Agreement solely because a risk has been "
        "identified while Supplier is carrying out an agreed plan in good faith.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-notice-of-disengagement",
        FL + "12.2 Buyer shall give Supplier at least six months' notice of any disengagement "
        "from a source.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-no-exit-solely-supplier-party",
        FL + "12.2 Supplier shall not terminate this Agreement solely because Buyer changes its "
        "forecast.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-no-exit-solely-plain-contract",
        CONTRACT + "12.2 Buyer shall not terminate this Agreement solely because of a late "
        "delivery.",
        "responsible-purchasing",
        "missing",
    ),
    # --- remediation: a time-bound action plan; the buyer's remedies at law are no remedy duty
    (
        "rm-time-bound-plan",
        POLICY
        + "Where a grievance against a supplier is substantiated, we expect the supplier to agree "
        "with us a time-bound action plan to address it.",
        "remediation",
        "weak",
    ),
    (
        "rm-time-bound-plan-contract",
        FL + "9.3 Where a violation is found, Supplier shall agree with Buyer a time-bound action "
        "plan to address it.",
        "remediation",
        "present",
    ),
    (
        "rm-legal-remedies",
        FL + "9.3 If Supplier breaches this Section, Buyer may, in addition to any other remedy "
        "available at law, withhold payment.",
        "remediation",
        "missing",
    ),
    (
        "rm-legal-remedies-with-cap",
        FL + "9.3 If Supplier breaches this Section, Supplier shall carry out a corrective action "
        "plan, without prejudice to Buyer's other rights and remedies.",
        "remediation",
        "present",
    ),
    # --- termination in a code: loss of business, a relationship review
    (
        "tr-code-loss-of-business",
        CODE + "Violations of this Code may result in the loss of future business with Meridian.",
        "termination-remedies",
        "present",
    ),
    (
        "tr-code-review-relationship",
        CODE + "Meridian reserves the right to review its relationship with any supplier found in "
        "violation of this Code.",
        "termination-remedies",
        "weak",
    ),
    (
        "tr-code-review-relationship-no-breach",
        CODE + "Meridian will review its relationship with each supplier every two years.",
        "termination-remedies",
        "missing",
    ),
    # --- remediation: the passive compensation, non-recurrence
    (
        "rm-workers-compensated",
        FL + "9.3 Where forced labour is found, Supplier shall ensure that affected workers are "
        "compensated.",
        "remediation",
        "present",
    ),
    (
        "rm-prevent-recurrence-hedged",
        CODE + "Suppliers must address any finding of forced labour and take measures to prevent "
        "its recurrence.",
        "remediation",
        "weak",
    ),
    (
        "rm-prevent-recurrence-quality",
        CODE + "Suppliers must take measures to prevent the recurrence of any quality defect.",
        "remediation",
        "missing",
    ),
    # --- responsible-purchasing: the effect of the buyer's practices on workers
    (
        "rp-effect-on-workers",
        FL + "11.1 Buyer shall take into account the effect of its lead times and prices on "
        "workers when placing orders.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-effect-on-workers-supplier-party",
        FL + "11.1 Supplier shall take into account the effect of its prices on workers.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-effect-on-margins",
        CONTRACT + "11.1 Buyer shall consider the effect of price changes on its margins.",
        "responsible-purchasing",
        "missing",
    ),
    # --- risk-assessment: "assess <object> for <X> risks"
    (
        "ra-assess-object-for-risks",
        FL + "10.1 Supplier shall assess each of its direct and indirect suppliers every year for "
        "forced labour risks.",
        "risk-assessment",
        "present",
    ),
    (
        "ra-assess-object-for-risks-policy",
        POLICY + "We assess our palm supply base each year for deforestation and labour risks.",
        "risk-assessment",
        "weak",
    ),
    (
        "ra-assess-object-for-risks-negated",
        FL + "10.1 Supplier shall not be required to assess its suppliers for forced labour risks.",
        "risk-assessment",
        "missing",
    ),
    (
        "ra-review-for-credit-risk",
        FL + "10. CREDIT\n\n10.1 Buyer may review Supplier's accounts each year for credit risk.",
        "risk-assessment",
        "missing",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
