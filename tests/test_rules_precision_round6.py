"""Phrasing rows for drafting the rules read as obligations on unseen documents (round 6):
product CAPAs and cure periods as remediation, code acceptance, product declarations and customs
documents as certification, working hours as records, employment, farm-practice, forestry and
migrant-origin records as traceability, safety training, certification bases, customs refusals,
third parties' demands and a policy's scope statement. Each family has its positives, the near
miss, the hedged and the negated form.
"""

from __future__ import annotations

import pytest
from helpers import CODE, CONTRACT, FL, FL_SECTION, assert_status, phrasing_params

ROWS: list[tuple[str, str, str, str]] = [
    # --- remediation: a product complaint or field failure CAPA is quality, not labour remedy
    (
        "rem-labour-cap-positive",
        FL + "Where an audit finds a breach of the labour terms, Supplier shall prepare a "
        "corrective action plan within thirty days and carry it out.",
        "remediation",
        "present",
    ),
    (
        "rem-section-nonconformance-positive",
        FL_SECTION + "9.2 Where an audit finds a non-conformance with Section 9, Supplier shall "
        "agree a corrective action plan with Buyer and complete it within the time agreed.",
        "remediation",
        "present",
    ),
    (
        "rem-8d-complaint-near-miss",
        FL + "For every complaint Supplier shall submit an 8D report: containment within 24 "
        "hours, root cause within ten working days and permanent corrective action within thirty "
        "days.",
        "remediation",
        "missing",
    ),
    (
        "rem-field-failure-near-miss",
        FL + "Supplier shall run a corrective action process for any field failure rate above "
        "0.5% in a rolling quarter.",
        "remediation",
        "missing",
    ),
    (
        "rem-car-portal-near-miss",
        FL + "Supplier shall raise a corrective action request in Buyer's supplier portal for any "
        "defect and respond with a root-cause analysis within fifteen business days.",
        "remediation",
        "missing",
    ),
    (
        "rem-labour-cap-hedged",
        FL + "Where an audit finds a breach of the labour terms, Supplier should prepare a "
        "corrective action plan.",
        "remediation",
        "weak",
    ),
    # --- remediation: a cure period before suspension or termination is the buyer's remedy
    (
        "rem-cure-period-near-miss",
        FL_SECTION + "9.3 If Supplier breaches clause 9.1, Buyer may suspend acceptance of further "
        "Goods until the breach has been remedied to its reasonable satisfaction and, if the "
        "breach is not remedied within ninety days, terminate this Agreement.",
        "remediation",
        "missing",
    ),
    (
        "rem-cure-period-with-plan-positive",
        FL_SECTION + "9.3 If Supplier breaches clause 9.1, Supplier shall submit a remediation "
        "plan, and Buyer may terminate this Agreement if the breach is not cured within ninety "
        "days.",
        "remediation",
        "present",
    ),
    # --- certification: confirming acceptance of the code adopts it, it certifies nothing
    (
        "cert-code-acceptance-near-miss",
        CODE + "Acceptance of this Code is a condition of being listed as an approved supplier; "
        "suppliers confirm their acceptance in writing when they are listed.",
        "certification",
        "missing",
    ),
    (
        "cert-code-signed-accepts-near-miss",
        CODE + "Before the first order, the factory's managing director signs this Code to confirm "
        "that the factory accepts it.",
        "certification",
        "missing",
    ),
    (
        "cert-code-signed-complies-positive",
        CODE + "Each year the factory's managing director signs this Code to confirm that the "
        "factory complies with it.",
        "certification",
        "present",
    ),
    (
        "cert-annual-declaration-positive",
        FL + "Each year Supplier shall deliver to Buyer a declaration, signed by a director, "
        "confirming that it has complied with the forced labour terms of this Agreement.",
        "certification",
        "present",
    ),
    (
        "cert-annual-declaration-hedged",
        FL + "Each year Supplier should deliver to Buyer a declaration confirming that it has "
        "complied with the forced labour terms of this Agreement.",
        "certification",
        "weak",
    ),
    (
        "cert-anaphor-positive",
        FL + "Supplier confirms that none of the workers at its plant has been subjected to such "
        "labour.",
        "certification",
        "present",
    ),
    # --- certification: product declarations and customs documents are no labour certification
    (
        "cert-rohs-declaration-near-miss",
        FL + "Supplier shall provide declarations of conformity with Directive 2011/65/EU (RoHS) "
        "for each Product, and a completed Conflict Minerals Reporting Template each year.",
        "certification",
        "missing",
    ),
    (
        "cert-food-contact-declaration-near-miss",
        CODE + "Coatings in contact with food comply with Regulation (EC) No 1935/2004, and "
        "suppliers provide declarations of compliance for each product.",
        "certification",
        "missing",
    ),
    (
        "cert-detention-affidavits-near-miss",
        FL + "Within ten days of Buyer's request, Supplier shall provide the supply-chain tracing "
        "documents, production records and affidavits that Buyer or its customs broker needs to "
        "respond to a detention.",
        "certification",
        "missing",
    ),
    # --- records-retention: working hours kept in bounds are no records
    (
        "rec-payroll-kept-positive",
        FL + "Supplier shall keep payroll and working hours records for every worker for at "
        "least five years and produce them to Buyer on request.",
        "records-retention",
        "present",
    ),
    (
        "rec-hours-within-near-miss",
        FL + "Supplier shall keep working hours within sixty hours per week.",
        "records-retention",
        "missing",
    ),
    (
        "rec-hours-reasonable-near-miss",
        CODE + "Suppliers must pay a living wage and keep working hours reasonable.",
        "records-retention",
        "missing",
    ),
    (
        "rec-payroll-kept-hedged",
        FL + "Supplier should keep payroll records for every worker for at least five years.",
        "records-retention",
        "weak",
    ),
    # --- traceability: employment, farm-practice and forestry records are no tracing
    (
        "trace-farm-lots-positive",
        CONTRACT + "For each lot Supplier shall record the farms from which the beans were bought "
        "and provide those records to Buyer on request.",
        "traceability",
        "present",
    ),
    (
        "trace-farm-lots-hedged",
        CONTRACT + "For each lot Supplier should record the farms from which the beans were "
        "bought.",
        "traceability",
        "weak",
    ),
    (
        "trace-farm-wage-records-near-miss",
        CONTRACT + "Supplier must keep wage, time and holiday records for every farm worker for at "
        "least six years and must provide copies to Buyer on request.",
        "traceability",
        "missing",
    ),
    (
        "trace-agrochemical-records-near-miss",
        CONTRACT + "Supplier shall not apply any product on the cooperative's list of prohibited "
        "agrochemicals and shall keep a record of every application on its farms.",
        "traceability",
        "missing",
    ),
    (
        "trace-fsc-claims-near-miss",
        CONTRACT + "On request Supplier shall state FSC Mix or FSC Recycled claims, with its "
        "chain-of-custody certificate code, on its invoices.",
        "traceability",
        "missing",
    ),
    (
        "trace-worker-countries-near-miss",
        FL_SECTION + "9.2 Supplier shall pass on the requirements of this Section 9 to its "
        "recruitment partners in the workers' countries of origin.",
        "traceability",
        "missing",
    ),
    (
        "trace-origins-assessed-near-miss",
        FL + "Each year Supplier shall assess the forced labour risk of every origin and mill "
        "from which it buys.",
        "traceability",
        "missing",
    ),
    (
        "trace-designated-country-near-miss",
        FL + "Supplier shall deliver only U.S.-made or designated country end products, and shall "
        "state the country of origin of each end product in its quotation.",
        "traceability",
        "missing",
    ),
    (
        "trace-animals-near-miss",
        CONTRACT + "Supplier shall maintain the traceability of animals on its farms under the "
        "NAIT scheme.",
        "traceability",
        "missing",
    ),
    # --- training: a code's safety and welfare facts are no labour training
    (
        "train-code-positive",
        CODE + "Suppliers train their managers and recruiters on this Code and on the risks of "
        "forced labour.",
        "training",
        "present",
    ),
    (
        "train-lockout-near-miss",
        CODE + "Gin workers receive dust masks and are trained in lock-out procedures before "
        "they work on the presses.",
        "training",
        "missing",
    ),
    (
        "train-creche-officers-near-miss",
        CODE + "Crèches on estates are run by trained child development officers.",
        "training",
        "missing",
    ),
    (
        "train-code-hedged",
        CODE + "Suppliers should train their managers on this Code and on the risks of forced "
        "labour.",
        "training",
        "weak",
    ),
    # --- risk-assessment: the basis of a certification, a buyer's option, a disclaimer
    (
        "risk-questionnaire-positive",
        FL + "Supplier shall complete Buyer's forced labour risk assessment questionnaire every "
        "year.",
        "risk-assessment",
        "present",
    ),
    (
        "risk-certified-after-dd-near-miss",
        FL + "Before award, Supplier certified that, after having conducted due diligence, to the "
        "best of its knowledge neither it nor its agents has engaged in forced labour.",
        "risk-assessment",
        "missing",
    ),
    (
        "risk-buyer-not-obliged-near-miss",
        FL + "Buyer may, but is not obliged to, share with Supplier the results of any forced "
        "labour risk screening Buyer carries out on Supplier's suppliers.",
        "risk-assessment",
        "missing",
    ),
    (
        "risk-not-bound-near-miss",
        FL + "Supplier will consider any forced labour questionnaire provided by Buyer, but is not "
        "bound by it.",
        "risk-assessment",
        "missing",
    ),
    (
        "risk-questionnaire-hedged",
        FL + "Supplier should complete Buyer's forced labour risk assessment questionnaire every "
        "year.",
        "risk-assessment",
        "weak",
    ),
    # --- termination-remedies: customs refusing entry, a buyer that stays engaged
    (
        "term-detention-cancel-positive",
        FL + "If a customs authority detains or refuses entry to any Goods because of forced "
        "labour, Buyer may cancel the order and terminate this Agreement.",
        "termination-remedies",
        "present",
    ),
    (
        "term-customs-refusal-near-miss",
        FL + "If a customs authority detains or refuses entry to any Goods, Supplier shall within "
        "five days provide all records of their production.",
        "termination-remedies",
        "missing",
    ),
    (
        "term-rather-than-end-near-miss",
        "ETHICAL SOURCING POLICY\n\nSuppliers must not use forced labour.\n\nWhere an issue is "
        "found at a supplier, we aim to work with the supplier on a corrective action plan rather "
        "than end the relationship immediately.",
        "termination-remedies",
        "missing",
    ),
    (
        "term-rather-than-but-may-end",
        "ETHICAL SOURCING POLICY\n\nSuppliers must not use forced labour.\n\nWe work with "
        "suppliers rather than walk away, but we may end the relationship with a supplier that "
        "refuses to remediate.",
        "termination-remedies",
        "present",
    ),
    (
        "term-refuses-to-address-positive",
        "ETHICAL SOURCING POLICY\n\nSuppliers must not use forced labour.\n\nWhere a supplier "
        "refuses to address the problem, or fails to carry out its plan, we may terminate the "
        "contract.",
        "termination-remedies",
        "present",
    ),
    # --- subtier-flowdown: what others demand of their suppliers, the writer's own suppliers
    (
        "sub-flow-down-positive",
        FL + "Supplier shall require its own suppliers to comply with forced labour terms no less "
        "protective than these.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-customers-require-near-miss",
        CONTRACT + "Background\n\n(B) Buyer's largest retail customers in the United States now "
        "require their suppliers to flow down forced labour terms to their manufacturers.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-policy-scope-near-miss",
        "RAW SUGAR SOURCING POLICY\n\nThis policy sets out the standards we require of the raw "
        "sugar mills and trading houses that sell to us and forbids forced labour.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-scheme-certification-near-miss",
        CODE + "Suppliers are encouraged to hold Bonsucro certification for their mills and the "
        "cane areas that supply them.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-flow-down-hedged",
        FL + "Supplier should require its own suppliers to comply with forced labour terms no "
        "less protective than these.",
        "subtier-flowdown",
        "weak",
    ),
    # --- responsible-purchasing: the statutory guaranteed minimum wage is no buyer guarantee
    (
        "rp-guaranteed-volume-positive",
        FL + "Buyer guarantees a minimum volume of 500 tonnes a season at a price that allows "
        "Supplier to pay the guaranteed minimum wage.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-guaranteed-minimum-wage-near-miss",
        CODE + "Piece rates should allow a worker working normal hours to earn at least the "
        "guaranteed minimum wage (SMIG).",
        "responsible-purchasing",
        "missing",
    ),
    # --- records-retention: working hours as the time of a visit
    (
        "rec-visit-during-working-hours-near-miss",
        FL + "Buyer may visit the plant at any time during working hours, without prior notice, "
        "to check that Supplier is keeping to this Agreement.",
        "records-retention",
        "missing",
    ),
    (
        "rec-visit-and-payroll-kept-positive",
        FL + "Supplier shall keep payroll records for five years and show them to Buyer during "
        "working hours.",
        "records-retention",
        "present",
    ),
    # --- indemnification: requalification costs and the general indemnity are not labour
    (
        "ind-detention-positive",
        FL + "Supplier shall indemnify Buyer against all losses arising from the detention of "
        "Goods under a withhold release order.",
        "indemnification",
        "present",
    ),
    (
        "ind-testing-costs-near-miss",
        FL_SECTION + "9.2 Where a pigment has to be replaced under this Section 9, Buyer will "
        "bear the costs of the stability and compatibility testing of the reformulated Products.",
        "indemnification",
        "missing",
    ),
    (
        "ind-general-indemnity-near-miss",
        FL_SECTION + "9.3 Nothing in this Section 9 affects the general indemnity in clause 15, "
        "which covers product liability.",
        "indemnification",
        "missing",
    ),
    # --- unauthorized-subcontracting: free subcontracting with a longer object
    (
        "unsub-free-long-object-near-miss",
        CONTRACT + "Supplier may subcontract maintenance to any service agent authorised by the "
        "manufacturer, without Buyer's consent.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-consent-long-object-positive",
        CONTRACT + "Supplier shall not subcontract maintenance to any service agent authorised "
        "by the manufacturer without Buyer's prior written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    # --- audit-rights: an audit that needs the factory's consent is no right
    (
        "aud-consent-needed-hedged-form",
        FL + "Buyer may audit Supplier's factory for compliance with the labour terms, subject to "
        "Supplier's consent, not to be unreasonably withheld.",
        "audit-rights",
        "weak",
    ),
    # --- grievance-mechanism: a public body's own speak-up route
    (
        "grv-speak-up-guardian-near-miss",
        CONTRACT + "The Freedom to Speak Up Guardian supports Buyer's employees who wish to raise "
        "concerns about patient safety.",
        "grievance-mechanism",
        "missing",
    ),
    (
        "grv-worker-hotline-positive",
        FL + "Supplier shall provide its workers with a confidential hotline to report concerns "
        "about their treatment, and shall not retaliate against any worker who uses it.",
        "grievance-mechanism",
        "present",
    ),
    # --- commercial sentences under a labour heading
    (
        "train-safe-use-near-miss",
        FL_SECTION + "9.2 Supplier shall train its staff on the safe use of the Goods.",
        "training",
        "missing",
    ),
    (
        "train-labour-section-positive",
        FL_SECTION + "9.2 Supplier shall train its managers and recruiters on this Section 9 "
        "every year.",
        "training",
        "present",
    ),
    (
        "rem-agreement-breach-near-miss",
        FL_SECTION + "9.2 Supplier shall remedy any breach of this Agreement within thirty days "
        "of notice.",
        "remediation",
        "missing",
    ),
    (
        "rem-section-breach-positive",
        FL_SECTION + "9.2 Supplier shall remedy any breach of this Section 9 within thirty days, "
        "including by repaying affected workers.",
        "remediation",
        "present",
    ),
    (
        "aud-stock-check-near-miss",
        FL_SECTION + "9.2 Supplier shall give Buyer access to its premises to verify the quantity "
        "of Goods in stock.",
        "audit-rights",
        "missing",
    ),
    (
        "aud-past-audit-near-miss",
        FL_SECTION + "9.2 Supplier has conducted an audit of its payroll and found no issues.",
        "audit-rights",
        "missing",
    ),
    (
        "aud-one-audit-a-year-positive",
        FL_SECTION + "9.2 Buyer may audit Supplier's sites and records for compliance with this "
        "Section 9, and conducts no more than one audit in any contract year.",
        "audit-rights",
        "present",
    ),
    (
        "grv-report-topics-near-miss",
        FL_SECTION + "9.2 The audit report describes the grievance mechanism, the training given "
        "and the corrective action plan.",
        "grievance-mechanism",
        "missing",
    ),
    (
        "risk-questionnaire-topics-near-miss",
        FL_SECTION + "9.2 The questionnaire asks about subcontracting, recruitment fees, audits "
        "and training.",
        "risk-assessment",
        "missing",
    ),
    (
        "risk-statement-topics-near-miss",
        CODE + "The supplier's annual modern slavery statement describes its risk assessment and "
        "training.",
        "risk-assessment",
        "missing",
    ),
    (
        "risk-fire-assessment-near-miss",
        CODE + "Suppliers carry out a fire risk assessment every year.",
        "risk-assessment",
        "missing",
    ),
    (
        "risk-labour-assessment-code-positive",
        CODE + "Suppliers assess the risk of forced labour in their operations every year.",
        "risk-assessment",
        "present",
    ),
    (
        "grv-writer-own-staff-near-miss",
        CODE + "Our ethics hotline is open to our own employees and contractors.",
        "grievance-mechanism",
        "missing",
    ),
    (
        "grv-writer-hotline-for-supplier-workers-positive",
        CODE + "Our confidential hotline is open to our employees and to suppliers' workers, and "
        "nobody who uses it suffers retaliation.",
        "grievance-mechanism",
        "present",
    ),
    (
        "sub-deliver-on-time-near-miss",
        FL_SECTION + "9.2 Supplier shall ensure that its subcontractors deliver components on "
        "time.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-acts-omissions-near-miss",
        FL_SECTION + "9.2 Supplier is responsible for the acts and omissions of its subcontractors "
        "as if they were its own.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-section-flow-positive",
        FL_SECTION + "9.2 Supplier shall ensure that its subcontractors comply with this "
        "Section 9.",
        "subtier-flowdown",
        "present",
    ),
    (
        "trace-continuity-map-near-miss",
        FL_SECTION + "9.2 Supplier shall maintain a supply chain map for business continuity "
        "purposes.",
        "traceability",
        "missing",
    ),
    (
        "trace-tells-mill-positive",
        CODE + "For each order, the mill tells us the spinning mill that supplied the yarn and "
        "keeps the yarn purchase invoices to prove it.",
        "traceability",
        "present",
    ),
    (
        "term-cancel-before-shipment-near-miss",
        FL_SECTION + "9.2 Buyer may change or cancel any purchase order before shipment without "
        "liability.",
        "termination-remedies",
        "missing",
    ),
    (
        "term-rejected-at-inspection-near-miss",
        FL_SECTION + "9.2 Supplier shall submit a root cause analysis for any shipment rejected at "
        "inspection.",
        "termination-remedies",
        "missing",
    ),
    (
        "aud-rejected-at-inspection-near-miss",
        FL_SECTION + "9.2 Supplier shall submit a root cause analysis for any shipment rejected at "
        "inspection.",
        "audit-rights",
        "missing",
    ),
    (
        "rem-environmental-cap-near-miss",
        FL_SECTION + "9.2 Supplier shall implement a corrective action plan for environmental "
        "non-compliance found in an audit.",
        "remediation",
        "missing",
    ),
    (
        "train-goods-technicians-near-miss",
        FL_SECTION + "9.2 Supplier shall provide training on the Goods to Buyer's end users.",
        "training",
        "missing",
    ),
    (
        "grv-customer-complaints-near-miss",
        FL_SECTION + "9.2 Supplier shall maintain a complaints procedure for customers.",
        "grievance-mechanism",
        "missing",
    ),
    # --- unauthorized-subcontracting: work moved to another site or provider (recall)
    (
        "unsub-another-factory-positive",
        CONTRACT + "Supplier must not move production of Buyer's products to another factory "
        "without Buyer's written agreement.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-another-location-or-subcontractor-positive",
        CONTRACT + "Supplier shall not perform any part of the Services from another location, or "
        "through a subcontractor, without Buyer's prior written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-other-agency-positive",
        CONTRACT + "Supplier must not obtain workers for Buyer's plants from another agency "
        "without Buyer's prior written approval.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-other-contractor-banned-positive",
        CONTRACT + "Supplier shall not use any other farm labor contractor or crew provider to "
        "furnish workers under this Agreement.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-mill-other-than-own-positive",
        CONTRACT + "Supplier shall not have the Coffee hulled at any mill other than its own "
        "processing plant without Buyer's prior written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-change-of-quarry-positive",
        CONTRACT + "A change of quarry or of processing plant requires the prior written approval "
        "of Buyer.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-rebroker-positive",
        CONTRACT + "Supplier shall carry every load with its own drivers and shall not re-broker, "
        "interline or otherwise tender any load.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-another-factory-hedged",
        CONTRACT + "Supplier should not move production of Buyer's products to another factory "
        "without Buyer's written agreement.",
        "unauthorized-subcontracting",
        "weak",
    ),
    (
        "unsub-another-factory-free-near-miss",
        CONTRACT + "Supplier may move production to another factory without Buyer's consent.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-other-party-site-near-miss",
        CONTRACT + "The link to the other party's site may not be used to give access to any "
        "other content.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-regulatory-agencies-near-miss",
        CONTRACT + "Nothing prevents Supplier from disclosing information to other governmental "
        "agencies in support of an application for regulatory approval.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-recital-near-miss",
        CONTRACT + "WHEREAS, Buyer desires that Supplier manufacture the Products, directly or "
        "through a third party approved by Buyer.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "aud-relocate-without-notice-near-miss",
        FL_SECTION + "9.2 Supplier shall not relocate its headquarters to another country without "
        "notice.",
        "audit-rights",
        "missing",
    ),
    (
        "aud-unannounced-positive",
        FL_SECTION + "9.2 Buyer may visit Supplier's factory without notice to check compliance "
        "with this Section 9.",
        "audit-rights",
        "present",
    ),
    # --- subtier-flowdown: the document's requirements passed on (recall)
    (
        "sub-pass-requirements-contractors-positive",
        FL + "Supplier must pass these requirements on in writing to every contractor who works on "
        "the Goods.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-apply-section-own-suppliers-positive",
        FL_SECTION + "9.2 Supplier must apply the requirements of this Section 9 to its own "
        "suppliers of wood and fittings by written agreement.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-impose-clause-units-positive",
        FL_SECTION + "9.2 Supplier shall impose the requirements of this Clause 9 on every "
        "weaving unit by written contract before the unit begins work.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-workshops-sign-clauses-positive",
        FL + "Supplier shall have each authorised workshop sign these clauses before it begins "
        "work.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-responsible-their-compliance-positive",
        FL + "Where Supplier uses contractors, it shall remain responsible to Buyer for their "
        "compliance.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-no-supplier-of-components-positive",
        CONTRACT + "Supplier shall not use, and shall ensure that no supplier of components for "
        "the Goods uses, forced labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-pass-requirements-hedged",
        FL + "Supplier is expected to pass these requirements on to the collectors it buys from.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "sub-code-applies-to-near-miss",
        CODE + "This Code applies to every supplier that makes finished goods for Meridian, and "
        "suppliers do not use forced labour.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-pass-cost-near-miss",
        FL_SECTION + "9.2 Supplier shall pass the cost of any price increase on to Buyer with "
        "thirty days' notice.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-own-staff-near-miss",
        FL_SECTION + "9.2 Supplier shall pass these requirements on to its own staff.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-carrier-licence-near-miss",
        FL_SECTION + "9.2 Supplier shall ensure that every carrier it uses holds a valid operating "
        "licence.",
        "subtier-flowdown",
        "missing",
    ),
    # --- termination-remedies: the buyer stops buying, ends the contract (recall)
    (
        "term-stop-buying-code-positive",
        CODE + "We may stop buying from a supplier that breaches this Code or refuses to correct "
        "a breach.",
        "termination-remedies",
        "present",
    ),
    (
        "term-end-contract-policy-positive",
        "ETHICAL SOURCING POLICY\n\nSuppliers must not use forced labour.\n\nWe may end the "
        "contract of a supplier that refuses to correct a breach of this policy.",
        "termination-remedies",
        "present",
    ),
    (
        "term-measures-not-implemented-positive",
        FL + "If Supplier does not implement the agreed corrective measures within the agreed "
        "period, Buyer may suspend orders and terminate this Agreement.",
        "termination-remedies",
        "present",
    ),
    (
        "term-untrue-certification-positive",
        FL + "If the certification in clause 4.1 is found to be untrue, Buyer may terminate this "
        "Agreement for default.",
        "termination-remedies",
        "present",
    ),
    (
        "term-close-shop-positive",
        CODE + "If we find forced labour or child labour, we will close the shop.",
        "termination-remedies",
        "present",
    ),
    (
        "term-mutual-material-breach-near-miss",
        FL + "Either party may terminate this Agreement if the other commits a material breach "
        "and does not remedy it within thirty days.",
        "termination-remedies",
        "missing",
    ),
    (
        "term-stop-buying-prices-near-miss",
        FL_SECTION + "9.2 We may stop buying from a supplier whose prices are not competitive.",
        "termination-remedies",
        "missing",
    ),
    (
        "term-notice-only-near-miss",
        FL_SECTION + "9.2 Buyer may end the contract on ninety days' notice.",
        "termination-remedies",
        "missing",
    ),
    (
        "term-default-delivery-near-miss",
        FL_SECTION + "9.2 Buyer may terminate this Agreement for default if Supplier fails to "
        "deliver the Goods.",
        "termination-remedies",
        "missing",
    ),
    (
        "term-notice-for-breach-positive",
        FL_SECTION + "9.2 Buyer may terminate this Agreement on thirty days' notice if Supplier "
        "breaches clause 9.1.",
        "termination-remedies",
        "present",
    ),
    # --- audit-rights: visits, reviews and controls of working conditions (recall)
    (
        "aud-assessment-at-expense-positive",
        FL_SECTION + "9.2 Buyer may, at its expense, conduct an assessment of Supplier's "
        "compliance with this Section 9, including visits to Supplier's plants.",
        "audit-rights",
        "present",
    ),
    (
        "aud-visit-stations-positive",
        FL_SECTION + "9.2 Buyer may, on fourteen days' notice, visit the washing stations with an "
        "independent verifier to review the labour practices described in this Section 9.",
        "audit-rights",
        "present",
    ),
    (
        "aud-review-working-conditions-positive",
        FL + "Buyer may, through an independent assessor, review the working conditions at any "
        "delivery centre.",
        "audit-rights",
        "present",
    ),
    (
        "aud-review-pay-records-positive",
        FL + "Buyer may, once in each calendar year, review the Supplier's pay records for the "
        "workers supplied to it.",
        "audit-rights",
        "present",
    ),
    (
        "aud-review-working-conditions-hedged",
        FL + "Buyer would like to review the working conditions at the delivery centre from time "
        "to time, if Supplier agrees.",
        "audit-rights",
        "weak",
    ),
    (
        "aud-invoice-audit-at-expense-near-miss",
        FL + "Buyer may, at its expense, audit Supplier's invoices and books of account to verify "
        "the prices charged.",
        "audit-rights",
        "missing",
    ),
    # --- responsible-purchasing: the buyer's own commitments in more drafting (recall)
    (
        "rp-orders-by-date-planning-positive",
        FL + "Buyer will place its orders by the end of February, so that the factories can level "
        "production and reduce peak-season overtime.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-orders-by-date-planning-hedged",
        FL + "Buyer will endeavour to place its orders by the end of February, so that the "
        "factories can level production and reduce peak-season overtime.",
        "responsible-purchasing",
        "weak",
    ),
    (
        "rp-second-payment-positive",
        FL + "In addition to the Contract price, Buyer shall pay Supplier a second payment of USD "
        "0.15 per lb of green coffee.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-rate-indexed-to-wage-positive",
        FL + "The hourly rate shall be increased on each 1 July by the percentage increase in the "
        "statutory minimum wage.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-rates-not-adjusted-near-miss",
        FL + "Buyer shall have no obligation to fund any increase in the Living Wage, and the "
        "Charges shall not be adjusted for it.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-no-exit-solely-positive",
        FL + "Buyer shall not terminate this Agreement solely because a risk of forced labour has "
        "been identified, as long as Supplier carries out a remediation plan.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-no-exit-change-of-control-near-miss",
        FL + "Buyer shall not terminate this Agreement solely because of a change of control.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-early-payment-premium-near-miss",
        FL + "Buyer shall pay an early payment premium of 2% on invoices paid within ten days.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-below-labour-cost-policy-positive",
        "AGENCY LABOUR POLICY\n\nAgencies must not use forced labour.\n\nWe do not accept "
        "agency rates below the cost of the collective labour agreement wage.",
        "responsible-purchasing",
        "present",
    ),
    # --- traceability: the places the goods or inputs come from, identified (recall)
    (
        "trace-villages-where-bought-positive",
        CODE + "Suppliers must identify, for every lot they sell to us, the curing sites and the "
        "villages where the beans were bought.",
        "traceability",
        "present",
    ),
    (
        "trace-quarry-from-which-positive",
        CONTRACT + "On request, Supplier shall state the quarry from which the stone was extracted "
        "and the plant in which it was cut.",
        "traceability",
        "present",
    ),
    (
        "trace-register-of-orchards-positive",
        CONTRACT + "Supplier shall maintain a register of the orchards from which each lot of "
        "hazelnuts was bought and provide it to Buyer on request.",
        "traceability",
        "present",
    ),
    (
        "trace-village-of-origin-hedged",
        CONTRACT + "Supplier will endeavour to keep records showing the district and village of "
        "origin of the hazelnuts it buys.",
        "traceability",
        "weak",
    ),
    (
        "trace-defective-plant-near-miss",
        CONTRACT + "Supplier shall identify the plant where any defective Goods were made.",
        "traceability",
        "missing",
    ),
    (
        "trace-storage-sites-near-miss",
        CONTRACT + "Supplier shall keep a list of the sites where the Goods are stored.",
        "traceability",
        "missing",
    ),
    (
        "trace-site-where-manufacturing-conducted-near-miss",
        CONTRACT + "Supplier shall manufacture the Goods in accordance with the laws governing "
        "manufacturing at the site where such manufacturing is conducted.",
        "traceability",
        "missing",
    ),
    # --- training: on the document's own terms and on labour exploitation (recall)
    (
        "train-buyers-on-rider-positive",
        FL + "Supplier shall train each of its log buyers on the requirements of this Rider before "
        "he or she first buys on its behalf.",
        "training",
        "present",
    ),
    (
        "train-course-on-policy-positive",
        FL + "Supplier must ensure that its site coordinators complete Buyer's half-day course on "
        "this policy before they start work.",
        "training",
        "present",
    ),
    (
        "train-exhibit-positive",
        FL + "Supplier shall provide to its line leaders, at least once a year, training on "
        "Exhibit F and on the grievance procedure.",
        "training",
        "present",
    ),
    (
        "train-toolbox-talk-hedged",
        FL + "Supplier should ensure that its supervisors attend Buyer's toolbox talk on spotting "
        "signs of modern slavery.",
        "training",
        "weak",
    ),
    (
        "train-exploitation-hedged",
        FL + "Supplier's consultants should receive training to recognise signs of labour "
        "exploitation.",
        "training",
        "weak",
    ),
    (
        "train-policy-no-labour-near-miss",
        CONTRACT + "Supplier shall train its staff on this policy on the handling of customer "
        "data.",
        "training",
        "missing",
    ),
    # --- remediation: findings and problems corrected in more drafting (recall)
    (
        "rem-correct-audit-findings-hedged",
        "CONTRACTOR LABOUR POLICY\n\nContractors must not use forced labour.\n\nThe Company "
        "expects contractors to correct audit findings within thirty days.",
        "remediation",
        "weak",
    ),
    (
        "rem-correct-noncompliance-clause-hedged",
        FL_SECTION + "9.2 Supplier shall use reasonable endeavours to correct, within a period "
        "agreed with Buyer, any non-compliance with Clause 9 that a visit reveals.",
        "remediation",
        "weak",
    ),
    (
        "rem-correct-situation-code-positive",
        CODE + "Where a visit finds that this Code is not met, the grower must correct the "
        "situation before its next delivery.",
        "remediation",
        "present",
    ),
    (
        "rem-problem-found-fix-it-code-positive",
        CODE + "Where we find a problem, the grower or its crew contractor must correct it within "
        "the time we agree.",
        "remediation",
        "present",
    ),
    (
        "rem-damaged-in-transit-near-miss",
        FL_SECTION + "9.2 Supplier shall remedy it at its own cost where the Goods are damaged in "
        "transit.",
        "remediation",
        "missing",
    ),
    (
        "rem-financial-finding-near-miss",
        FL_SECTION + "9.2 Supplier shall correct any finding of the financial auditor.",
        "remediation",
        "missing",
    ),
    # --- indemnification: employment claims under a labour heading stay weak
    (
        "ind-deemed-employees-under-heading-weak",
        FL_SECTION + "9.2 Supplier shall indemnify Buyer against any claim that Supplier's "
        "personnel are Buyer's employees.",
        "indemnification",
        "weak",
    ),
    (
        "ind-social-security-under-heading-weak",
        FL_SECTION + "9.2 Supplier shall indemnify Buyer against any social security contributions "
        "payable in respect of Supplier's staff.",
        "indemnification",
        "weak",
    ),
    (
        "ind-forced-labour-claims-positive",
        FL_SECTION + "9.2 Supplier shall indemnify Buyer against any claim by a worker arising "
        "from forced labour in Supplier's factory.",
        "indemnification",
        "present",
    ),
    (
        "rem-fee-ban-with-travel-reimbursement-near-miss",
        CONTRACT + "Supplier shall not seek or receive, and shall forbid its recruiters from "
        "seeking or receiving, any recruitment fee or visa fee from any worker, and shall "
        "reimburse workers for inbound travel costs.",
        "remediation",
        "missing",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_precision_round6_phrasings(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
