"""Phrasing rows for families of supply-chain drafting seen on unseen documents (round 9):
"supplier" as a noun modifier ("its supplier audits") read as the supplier's suppliers,
conflict-minerals and anti-corruption flow-downs, contact-centre agents made to work, sales
agents and gifts read as production sources, cases found at a farm, recall and complaint
tracing, a person's country of origin, origin for duty relief, declarations obtained from
sub-suppliers, animal-welfare schemes and purchases only from certified sources. Each family
has positives in several phrasings, its near miss, its hedged and its negated form.
"""

from __future__ import annotations

import pytest
from helpers import CODE, CONTRACT, FL, assert_status, phrasing_params

ROWS: list[tuple[str, str, str, str]] = [
    # --- subtier-flowdown: "its suppliers" (plural) binds the sub-tier; "its supplier audits" or
    # "its supplier agreement" names the buyer's audits or contract
    (
        "sub-its-suppliers",
        FL + "Supplier shall require its suppliers to comply with the prohibition of forced "
        "labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-own-suppliers",
        FL + "The Supplier's own suppliers must be bound in writing to the forced labour terms "
        "of this Agreement, and Supplier shall ensure that they comply.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-supplier-audits-near-miss",
        CODE + "Meridian may include labour and human rights topics, including the requirements "
        "of Section 2, in its supplier audits.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-supplier-agreement-near-miss",
        CODE + "This Standard forms part of the Meridian Supplier Code of Conduct, with which "
        "every supplier of finished goods must comply under its supplier agreement.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-its-suppliers-hedged",
        FL + "Supplier should encourage its suppliers to comply with the prohibition of forced "
        "labour.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "sub-its-suppliers-negated",
        CONTRACT + "Supplier is not required to impose the forced labour terms of this Agreement "
        "on its suppliers.",
        "subtier-flowdown",
        "missing",
    ),
    # --- subtier-flowdown: conflict-minerals and anti-corruption terms flowed down
    (
        "sub-conflict-minerals-near-miss",
        FL + "The Supplier shall complete the Conflict Minerals Reporting Template on request and "
        "shall flow down equivalent requirements to its suppliers of tin, tantalum, tungsten and "
        "gold.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-anti-corruption-near-miss",
        CODE + "Suppliers must apply anti-corruption standards equivalent to this Code to their "
        "own suppliers.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-labour-and-minerals-positive",
        FL + "The Supplier shall flow down equivalent requirements on forced labour and conflict "
        "minerals to its suppliers.",
        "subtier-flowdown",
        "present",
    ),
    # --- subtier-flowdown: a contact centre's agents (its workers) made to work
    (
        "sub-agents-made-to-work-near-miss",
        CONTRACT + "Supplier shall pay agents the overtime premiums required by law and shall not "
        "require any agent to work more than two consecutive rest days in a month.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-labour-agents-bound",
        FL + "Supplier shall require each labour agency it uses to comply with the forced labour "
        "terms of this Agreement.",
        "subtier-flowdown",
        "present",
    ),
    # --- unauthorized-subcontracting: sales agents and gifts are no production source
    (
        "unsub-distributor-near-miss",
        CONTRACT + "The Supplier shall not appoint any other distributor or agent in the "
        "Territory.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-gift-to-agency-near-miss",
        CODE + "Suppliers shall not offer any gift, hospitality or other benefit to Agency staff "
        "members.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-other-factory-positive",
        CONTRACT + "Supplier shall not move production of the Goods to another factory.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-other-agency-positive",
        CONTRACT + "Supplier must not obtain workers from another agency without Buyer's prior "
        "written approval.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-other-factory-hedged",
        CODE + "Suppliers should not move production to another factory.",
        "unauthorized-subcontracting",
        "weak",
    ),
    # --- traceability: a case found at a farm, not the origin of the goods
    (
        "trace-case-identified-near-miss",
        CONTRACT + "Supplier shall inform Buyer within forty-eight hours of any case of forced "
        "labour identified on a member's farm.",
        "traceability",
        "missing",
    ),
    (
        "trace-farms-recorded-positive",
        CONTRACT + "Supplier shall record the farm from which each lot of cocoa was bought and "
        "provide that record to Buyer on request.",
        "traceability",
        "present",
    ),
    # --- traceability: recall and quality-complaint tracing
    (
        "trace-recall-withdrawn-near-miss",
        CONTRACT + "Each bag shall carry a lot code identifying the mill, the production date and "
        "the paddy lot, so that any lot can be traced and withdrawn.",
        "traceability",
        "missing",
    ),
    (
        "trace-quality-complaints-near-miss",
        CONTRACT + "Each bucket carries the farm code and cut date so that quality complaints can "
        "be traced back to the greenhouse.",
        "traceability",
        "missing",
    ),
    (
        "trace-mill-for-forced-labour-positive",
        CONTRACT + "Supplier shall trace each lot of rice to the mill and the farms that supplied "
        "the paddy, so that Buyer can show that it was not produced with forced labour.",
        "traceability",
        "present",
    ),
    # --- traceability: a person's country of origin; origin for duties or Buy America
    (
        "trace-person-origin-near-miss",
        CONTRACT + "The Supplier should provide remedy to any person harmed, which may include "
        "the cost of return transportation to the person's country of origin.",
        "traceability",
        "missing",
    ),
    (
        "trace-duty-relief-near-miss",
        CONTRACT + "The Supplier shall declare the country of origin of each component for the "
        "purpose of the customs duty relief arrangements.",
        "traceability",
        "missing",
    ),
    (
        "trace-buy-america-near-miss",
        CONTRACT + "Each bidder must submit a Buy America certificate and must keep the documents "
        "that support the certificate, including the origin of the components.",
        "traceability",
        "missing",
    ),
    # --- certification: confirmations obtained from sub-suppliers, schemes, certified sources
    (
        "cert-subsupplier-declaration-near-miss",
        FL + "Before the first order is placed with a sub-supplier, Supplier shall obtain from it "
        "a signed Sub-supplier Declaration by which the sub-supplier agrees to comply with the "
        "Supplier Code of Conduct.",
        "certification",
        "missing",
    ),
    (
        "cert-own-declaration-positive",
        FL + "Supplier shall sign each year a declaration that it complies with the Supplier Code "
        "of Conduct and has not used forced labour.",
        "certification",
        "present",
    ),
    (
        "cert-animal-welfare-near-miss",
        CODE + "All down is certified to the Responsible Down Standard, an animal-welfare "
        "certification.",
        "certification",
        "missing",
    ),
    (
        "cert-certified-sources-near-miss",
        CONTRACT + "The Caterer shall buy fresh meat only from suppliers that hold a current "
        "certificate under a farm assurance scheme approved by the Trust.",
        "certification",
        "missing",
    ),
    (
        "cert-own-declaration-hedged",
        FL + "Supplier should confirm each year in writing that it complies with the forced "
        "labour terms of this Agreement.",
        "certification",
        "weak",
    ),
    # --- traceability: documents only in answer to a customs detention
    (
        "trace-detention-only-weak",
        CONTRACT + "If U.S. Customs and Border Protection detains any shipment on forced labor "
        "grounds, Seller shall supply the supply chain documents and farm lists that Buyer needs "
        "to respond.",
        "traceability",
        "weak",
    ),
    (
        "trace-detention-standing-duty-present",
        CONTRACT + "Seller shall maintain documentation sufficient to identify the manufacturer "
        "and country of production of each model and of its principal components. If U.S. Customs "
        "detains any shipment, Seller shall supply that documentation.",
        "traceability",
        "present",
    ),
    (
        "trace-detention-hedged",
        CONTRACT + "If U.S. Customs detains any shipment, Seller should use reasonable efforts to "
        "supply the supply chain documents and farm lists that Buyer needs to respond.",
        "traceability",
        "weak",
    ),
    # --- traceability: farm practice, complaints and sub-suppliers merely used
    (
        "trace-spray-application-near-miss",
        CODE + "Farms keep records of every spray application, including product, dose and "
        "re-entry interval, for two years.",
        "traceability",
        "missing",
    ),
    (
        "trace-complaints-near-miss",
        CODE + "Our customer care team records complaints from shoppers; farms respond to any "
        "complaint we forward within two working days.",
        "traceability",
        "missing",
    ),
    (
        "trace-subsuppliers-listed-near-miss",
        CONTRACT + "Supplier may use the sub-suppliers listed in Schedule 3 to fill orders.",
        "traceability",
        "missing",
    ),
    # --- subtier-flowdown: obligations imposed on the supplier itself; licensed labour providers
    (
        "sub-imposed-on-supplier-near-miss",
        CODE + "Where a supply contract conflicts with this Standard, the supply contract prevails "
        "save to the extent that this Standard imposes a more stringent obligation on the "
        "Supplier in respect of Personnel.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-licensed-providers-weak",
        FL + "The Supplier shall ensure that agency workers at its sites are supplied only by "
        "labour providers licensed by the Labour Standards Authority.",
        "subtier-flowdown",
        "weak",
    ),
    # --- certification: a named international declaration
    (
        "cert-universal-declaration-near-miss",
        CODE + "We expect all suppliers to adhere to the principles of this Code of Conduct, which "
        "reflects the values of the Universal Declaration of Human Rights.",
        "certification",
        "missing",
    ),
    (
        "cert-declaration-with-certify-positive",
        FL + "Supplier certifies each year that it complies with the Supplier Code of Conduct, "
        "which reflects the Universal Declaration of Human Rights.",
        "certification",
        "present",
    ),
    # --- records-retention: training attendance, a frequency not a retention period
    (
        "rec-training-attendance-near-miss",
        FL + "Supplier must train supervisors on these standards at least once a year and keep "
        "attendance records.",
        "records-retention",
        "missing",
    ),
    (
        "rec-payroll-kept-positive",
        FL + "Supplier must keep payroll and attendance records for every worker for at least "
        "three years.",
        "records-retention",
        "present",
    ),
    # --- traceability: the catch traced to its vessel; production sites named and located
    (
        "trace-vessel-per-shipment",
        CONTRACT + "For each shipment, Seller shall provide the vessel name, registration, trip "
        "dates and port of landing.",
        "traceability",
        "present",
    ),
    (
        "trace-farm-registration-numbers",
        CONTRACT + "For each lot, the Supplier shall provide the Buyer with the farm registration "
        "numbers of the shrimp farms supplying the raw material.",
        "traceability",
        "present",
    ),
    (
        "trace-vessel-hedged",
        CONTRACT + "For each shipment, Seller should where possible provide the vessel name and "
        "port of landing.",
        "traceability",
        "weak",
    ),
    (
        "trace-factory-name-location",
        CONTRACT + "The Supplier must, on request, provide the Buyer with the name and location of "
        "the factory at which any item supplied under an order was manufactured.",
        "traceability",
        "present",
    ),
    (
        "trace-factory-name-address-each",
        CONTRACT + "Seller shall disclose in Schedule F the name and full address of each factory "
        "that will manufacture the Goods or their components.",
        "traceability",
        "present",
    ),
    (
        "trace-factory-per-lot-weak",
        CONTRACT + "Supplier shall identify to Buyer the factory at which each lot of Goods was "
        "produced.",
        "traceability",
        "weak",
    ),
    (
        "trace-factory-not-required",
        CONTRACT + "Supplier is not required to disclose the name and address of each factory that "
        "makes the Goods.",
        "traceability",
        "missing",
    ),
    # --- unauthorized-subcontracting: sites added, other vessels, external units, other persons
    (
        "unsub-add-site-to-annex",
        CONTRACT + "The Supplier shall not add a pre-processing centre to the Annex without the "
        "Buyer's prior written approval.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-add-mill-to-list-near-miss",
        CONTRACT + "Supplier will send Buyer a list of all its yarn suppliers, with the address of "
        "each mill, and will update it whenever it adds a mill.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-other-vessel",
        CONTRACT + "Seller may not supply fish transshipped from any other vessel without Buyer's "
        "prior written approval.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-external-sheds",
        CONTRACT + "The Supplier shall not carry out any pre-processing of shrimp for the Buyer in "
        "external peeling sheds or home-based units.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-another-person-to-perform",
        CONTRACT + "Supplier must not engage another person to perform the Services at the Site "
        "without Buyer's prior written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-notice-long-before-change",
        CODE + "Suppliers shall notify Meridian in writing at least one hundred and eighty (180) "
        "days before any change in manufacturing location.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-without-named-written-agreement",
        CONTRACT + "The Supplier will not move production of any product to a site that is not "
        "named in Schedule 2 without Harbor's written agreement.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-other-vessel-hedged",
        CODE + "Suppliers should not buy fish transshipped from any other vessel without our "
        "approval.",
        "unauthorized-subcontracting",
        "weak",
    ),
    # --- subtier-flowdown: recruitment partners, units it uses, contractors who agreed in writing
    (
        "sub-recruitment-partners",
        FL + "The Supplier shall ensure that its overseas recruitment partners comply with the "
        "forced labour terms of this Agreement.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-workshops-it-uses-hedged",
        FL + "Supplier shall endeavour to ensure that the household processing units and "
        "workshops it uses comply with the forced labour terms of this Agreement.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "sub-contractors-agreed-in-writing",
        FL + "The Supplier shall use harvesting contractors only if each contractor has agreed in "
        "writing to comply with clauses 9.1 to 9.5.",
        "subtier-flowdown",
        "present",
    ),
    # --- responsible-purchasing: shared remediation cost, payment so that workers are paid,
    # costs of earlier delivery dates, tenders below the living wage
    (
        "rp-contribute-share-of-corrective-costs",
        FL + "The Buyer shall contribute 50% of the cost of those corrective actions, up to EUR "
        "20,000 per calendar year.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-advance-so-farmers-paid",
        FL + "Buyer will pay 30% of the order value within ten days of order confirmation, so that "
        "Seller can pay collectors and farmers at harvest without borrowing.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-earlier-delivery-date-costs",
        FL + "Where the Buyer asks for a delivery date earlier than the agreed lead time, it shall "
        "pay the additional labour cost of any extra shifts the Supplier needs.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-tender-below-living-wage",
        FL + "The Council will not accept a tender whose price does not allow the Contractor to "
        "pay its operatives at least the National Living Wage.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-contribute-hedged",
        FL + "The Buyer may consider contributing to the cost of corrective actions.",
        "responsible-purchasing",
        "weak",
    ),
    (
        "rp-plain-invoice-near-miss",
        CONTRACT + "Buyer shall pay each undisputed invoice within sixty (60) days of receipt.",
        "responsible-purchasing",
        "missing",
    ),
    # --- risk-assessment: labour risks reviewed or considered
    (
        "ra-review-labour-risks",
        FL + "Before each harvest, the Supplier shall review the labour risks in each province it "
        "buys from.",
        "risk-assessment",
        "present",
    ),
    (
        "ra-consider-risk-hedged",
        FL + "The Supplier should consider the risk of forced labour and child labour when it "
        "selects its suppliers.",
        "risk-assessment",
        "weak",
    ),
    (
        "ra-review-risk-of-loss-near-miss",
        CONTRACT + "Buyer shall review the risk of loss provisions before each shipment.",
        "risk-assessment",
        "missing",
    ),
    # --- records-retention: kinds of records listed before "records"
    (
        "rec-wage-overtime-records-listed",
        FL + "The Supplier shall keep wage, overtime and Wage Protection System records for the "
        "duration of the contract and for two years after it ends.",
        "records-retention",
        "present",
    ),
    (
        "rec-pay-for-records-near-miss",
        CONTRACT + "Buyer shall pay the storage fees for the records within thirty days.",
        "records-retention",
        "missing",
    ),
    # --- subtier-flowdown: cooperative members, businesses "you buy from", asked to respect
    (
        "sub-members-delivering",
        CONTRACT + "The Producer shall comply, and shall ensure that each member delivering olives "
        "complies, with the law on illegal labour intermediation and labour exploitation.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-member-of-staff-near-miss",
        FL + "Supplier shall ensure that each member of staff completes the induction.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-share-with-businesses-you-buy-from",
        FL + "We expect you to share these expectations with the businesses you buy from.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "sub-ask-the-ranchers-to-respect",
        FL + "Ranchers should ask the ranchers from which they buy calves to respect the labour "
        "standards of this Agreement.",
        "subtier-flowdown",
        "weak",
    ),
    # --- subtier-flowdown: responsible for each subcontractor's compliance
    (
        "sub-responsible-each-subcontractors-compliance",
        FL + "The Supplier shall include in every subcontract the requirements of clause 9, and "
        "shall remain responsible for each Subcontractor's compliance with them.",
        "subtier-flowdown",
        "present",
    ),
    # --- certification: a trafficking clause's prohibited activities
    (
        "cert-prohibited-activities-knowledge",
        FL + "Annually, the Supplier shall certify that, to the best of its knowledge and belief, "
        "neither it nor any of its subcontractors has engaged in any of the activities prohibited "
        "by paragraph (b).",
        "certification",
        "weak",
    ),
    (
        "cert-prohibited-activities",
        FL + "Annually, the Supplier shall certify that neither it nor any of its subcontractors "
        "has engaged in any of the prohibited activities.",
        "certification",
        "present",
    ),
    # --- traceability: plots mapped for deforestation rules
    (
        "trace-polygon-deforestation-weak",
        CONTRACT + "The Estate shall not clear any forest or peat to extend its planted area, and "
        "shall give the Buyer the polygon maps of its planted blocks.",
        "traceability",
        "weak",
    ),
    (
        "trace-polygon-maps-present",
        CONTRACT + "The Supplier shall give the Buyer the polygon maps of every farm that supplies "
        "the cocoa.",
        "traceability",
        "present",
    ),
    # --- responsible-purchasing: prices that carry recruitment costs; longer contracts
    (
        "rp-prices-allow-recruitment-costs-hedged",
        FL + "We aim to agree prices and delivery schedules that allow manufacturers to pay "
        "recruitment costs themselves and to avoid excessive overtime.",
        "responsible-purchasing",
        "weak",
    ),
    (
        "rp-prices-allow-recruitment-costs",
        FL + "Buyer shall agree prices that allow the Supplier to pay recruitment costs itself.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-multi-year-contracts-hedged",
        FL + "The company aims to agree multi-year contracts with suppliers that meet this policy.",
        "responsible-purchasing",
        "weak",
    ),
    (
        "rp-multi-year-term-near-miss",
        CONTRACT + "This Agreement runs for an initial term of three years.",
        "responsible-purchasing",
        "missing",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
