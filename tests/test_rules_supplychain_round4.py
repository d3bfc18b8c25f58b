"""Phrasing rows for families of supply-chain drafting (fourth round): flow-down to suppliers
named by the kinds they supply ("its component and casting suppliers", "the contractors from
whom it buys"); manning and recruitment agents and plant changes under the buyer's approval;
production sites down to subcontracted processing units; government investigations into labour
conditions and failures to meet labour standards reported; employment agreements, wage
accounts and hours-of-rest records kept. Each family has positives in several phrasings, its
near miss, its hedged and its negated form.
"""

from __future__ import annotations

import pytest
from helpers import CONTRACT, FL, assert_status, phrasing_params

CODE = (
    "SUPPLIER CODE OF CONDUCT\n\nThis Code applies to all suppliers of Meridian Home.\n\n"
    "Suppliers do not use forced labour in any form.\n\n"
)

ROWS: list[tuple[str, str, str, str]] = [
    # --- subtier-flowdown: "make sure" is a flow-down verb
    (
        "flow-make-sure-own-suppliers",
        CODE + "Suppliers must make sure that their own suppliers, growers and packhouses meet "
        "this Code for everything they supply to Meridian.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-make-sure-hedged",
        CODE + "Suppliers should make sure that their own suppliers meet this Code.",
        "subtier-flowdown",
        "weak",
    ),
    # --- subtier-flowdown: suppliers named by the kinds they supply
    (
        "flow-kinds-of-suppliers",
        FL + "Supplier shall ensure that its component and casting suppliers do not use forced "
        "labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-kinds-of-contractors-responsible",
        FL + "Supplier shall be responsible for the compliance of its harvesting, planting and "
        "transport contractors with the forced labour terms of this Agreement.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-kinds-of-suppliers-hedged",
        FL + "Supplier shall use reasonable efforts to ensure that its component and casting "
        "suppliers do not use forced labour.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "flow-kinds-of-suppliers-quality-near-miss",
        CONTRACT + "Supplier shall ensure that its packaging and label suppliers meet Buyer's "
        "quality specifications.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-kinds-communicated-hedged",
        FL + "Supplier will use commercially reasonable efforts to communicate the forced labour "
        "expectations of this Agreement to its resin, ink and adhesive suppliers.",
        "subtier-flowdown",
        "weak",
    ),
    # --- subtier-flowdown: the suppliers it buys from
    (
        "flow-supplier-it-buys-from",
        FL + "Supplier shall obtain from each steel plant and raw material supplier it buys from "
        "a written undertaking not to use forced labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-from-whom-it-buys",
        FL + "Supplier shall ensure that the paddy collectors and trucking contractors from whom "
        "it buys paddy do not use forced labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-from-whom-it-buys-hedged",
        FL + "Supplier will use reasonable endeavours to ensure that the collectors from whom it "
        "buys paddy do not use forced labour.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "flow-supplier-it-buys-from-quality-near-miss",
        CONTRACT + "Supplier shall obtain from each raw material supplier it buys from a "
        "certificate of analysis meeting the specifications.",
        "subtier-flowdown",
        "missing",
    ),
    # --- unauthorized-subcontracting: manning and recruitment agents under approval
    (
        "unsub-manning-agent-approval",
        CONTRACT + "Supplier shall not use any manning or recruitment agent to recruit crew "
        "unless Buyer has approved the agent in writing.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-labour-hire-agency-consent",
        CONTRACT + "Supplier shall not engage a labour hire agency without Buyer's prior written "
        "consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-recruitment-agent-hedged",
        CONTRACT + "Supplier should not use a recruitment agent unless Buyer has approved it.",
        "unauthorized-subcontracting",
        "weak",
    ),
    (
        "unsub-recruitment-agency-fees-near-miss",
        CONTRACT + "Supplier shall not use any recruitment agency that charges workers a fee.",
        "unauthorized-subcontracting",
        "missing",
    ),
    # --- unauthorized-subcontracting: the manufacturing plant changed, contractors named
    (
        "unsub-change-manufacturing-plant",
        CONTRACT + "Supplier shall not change the manufacturing plant for any Goods without 90 "
        "days' prior written notice to Buyer and Buyer's written approval.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-change-manufacturing-plant-hedged",
        CONTRACT + "Supplier should not change the manufacturing plant for any Goods without "
        "Buyer's approval.",
        "unauthorized-subcontracting",
        "weak",
    ),
    (
        "unsub-inform-name-of-each-contractor",
        CONTRACT + "Supplier shall inform Buyer in writing of the name and address of each "
        "contractor before the contractor starts work on the farms.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-inform-name-of-contact-near-miss",
        CONTRACT + "Supplier shall inform Buyer in writing of the name of its account manager.",
        "unauthorized-subcontracting",
        "missing",
    ),
    # --- traceability: every site down to the subcontracted processing units
    (
        "trace-every-factory-with-subcontracted-units",
        CONTRACT + "Supplier must list every factory, including any subcontracted printing, "
        "spray-painting, sewing or packaging unit, on the Factory Disclosure Form, with its full "
        "street address, before production begins.",
        "traceability",
        "present",
    ),
    (
        "trace-units-it-uses",
        CONTRACT + "Supplier shall submit a form giving the factory's legal name, full address "
        "and the names and addresses of any printing, embroidery or packaging units it uses.",
        "traceability",
        "present",
    ),
    (
        "trace-every-factory-with-subcontracted-units-hedged",
        CONTRACT + "Supplier should list every factory, including any subcontracted sewing unit, "
        "with its street address.",
        "traceability",
        "weak",
    ),
    (
        "trace-names-and-addresses-bank-near-miss",
        CONTRACT + "Supplier shall give Buyer the names and addresses of its bank and insurers.",
        "traceability",
        "missing",
    ),
    # --- traceability: the producer of the goods named; the producer of an input identified
    (
        "trace-name-the-farm-that-produced-hedged",
        CODE + "Suppliers should be able to name the farm, packhouse or factory that produced "
        "each product they supply.",
        "traceability",
        "weak",
    ),
    (
        "trace-plant-that-produced-the-input",
        CONTRACT + "For each heat of steel used in the pipe, Supplier shall identify the steel "
        "plant that produced the slab, billet or coil.",
        "traceability",
        "present",
    ),
    (
        "trace-origin-of-iron-ore",
        CONTRACT + "Supplier shall record the origin of the iron ore and scrap charged to the "
        "furnace.",
        "traceability",
        "present",
    ),
    (
        "trace-country-where-smelted-weak",
        CONTRACT + "Supplier shall tell Buyer, on request, the country in which the aluminium used "
        "in the capsules was smelted.",
        "traceability",
        "weak",
    ),
    # --- traceability: expressly not obliged; food-safety tracing
    (
        "trace-not-obliged-to-provide-origin",
        CONTRACT + "Supplier may, but shall not be obliged to, provide Buyer with information on "
        "the country of origin of components used in the Goods.",
        "traceability",
        "missing",
    ),
    (
        "trace-animal-food-safety-near-miss",
        CONTRACT + "Supplier shall record the ear tag of every animal slaughtered and the farm of "
        "origin, and shall trace every box back to the carcasses it came from for any food "
        "safety incident.",
        "traceability",
        "missing",
    ),
    # --- notification: investigations into labour conditions, failures to meet standards
    (
        "notify-agency-investigation-labour-conditions",
        CONTRACT + "Supplier must tell Buyer within 48 hours if a government agency opens an "
        "investigation into labour conditions at any site producing the Goods.",
        "notification",
        "present",
    ),
    (
        "notify-agency-investigation-working-conditions-hedged",
        CONTRACT + "Supplier should tell Buyer if a government agency opens an investigation into "
        "working conditions at any site producing the Goods.",
        "notification",
        "weak",
    ),
    (
        "notify-agency-investigation-product-safety-near-miss",
        CONTRACT + "Supplier must tell Buyer within 48 hours if a government agency opens an "
        "investigation into product safety at any site producing the Goods.",
        "notification",
        "missing",
    ),
    (
        "notify-failure-to-meet-labour-standards",
        CONTRACT + "Supplier shall notify Buyer within five working days after becoming aware of "
        "any failure by a factory to meet the labour standards of this Agreement.",
        "notification",
        "present",
    ),
    (
        "notify-failure-of-goods-near-miss",
        CONTRACT + "Supplier shall notify Buyer within five working days of any failure of the "
        "Goods to meet the specifications.",
        "notification",
        "missing",
    ),
    (
        "notify-reporting-entity-near-miss",
        FL + "Buyer is a reporting entity under the Modern Slavery Act 2018 (Cth).",
        "notification",
        "missing",
    ),
    # --- records-retention: crew and employment records by other names
    (
        "records-employment-agreements-wage-accounts-period",
        FL + "Supplier shall keep seafarer employment agreements, wage accounts and records of "
        "hours of rest for each crew member for at least five years.",
        "records-retention",
        "present",
    ),
    (
        "records-employment-agreements-no-period",
        FL + "Supplier shall keep the employment agreements and wage accounts of its workers.",
        "records-retention",
        "weak",
    ),
    (
        "records-identity-cards-not-retained-near-miss",
        FL + "Supplier shall not retain any worker's identity card or social security card.",
        "records-retention",
        "missing",
    ),
    (
        "records-product-lots-recall-near-miss",
        FL + "Supplier shall maintain records linking each lot to its resin lots for at least "
        "three years, so that it can support a product recall.",
        "records-retention",
        "missing",
    ),
    (
        "records-needed-to-demonstrate-conformance",
        CODE + "Suppliers maintain the documents and records needed to demonstrate conformance "
        "with this Code.",
        "records-retention",
        "weak",
    ),
    # --- restricted-sources: a public register of forced-labour employers
    (
        "restricted-register-of-slavery-employers",
        FL + "Supplier shall not deliver cane grown on, or purchased from, any property whose "
        "owner is listed in the Register of Employers that have subjected workers to conditions "
        "analogous to slavery.",
        "restricted-sources",
        "present",
    ),
    (
        "restricted-list-of-slave-labour-employers",
        FL + "Supplier shall not buy cattle from any ranch that appears on the government's list "
        "of employers found to use slave labour.",
        "restricted-sources",
        "present",
    ),
    (
        "restricted-register-hedged",
        FL + "Supplier should avoid purchasing from any farm listed in the public register of "
        "employers that used forced labour.",
        "restricted-sources",
        "weak",
    ),
    (
        "restricted-sanctions-list-near-miss",
        FL + "Supplier shall not purchase from any vendor listed on the OFAC SDN list.",
        "restricted-sources",
        "missing",
    ),
    # --- restricted-sources: producers banned by an authority's forced-labour decision
    (
        "restricted-operator-under-decision",
        FL + "Supplier shall not purchase slabs, billets, coils, pig iron or iron ore from any "
        "economic operator in respect of which a competent authority has taken a decision "
        "prohibiting its products.",
        "restricted-sources",
        "present",
    ),
    (
        "restricted-decision-on-supplied-product-near-miss",
        FL + "If a competent authority adopts a decision prohibiting a product supplied under this "
        "Contract, Buyer may suspend orders for it.",
        "restricted-sources",
        "missing",
    ),
    (
        "restricted-decision-product-safety-near-miss",
        FL + "Supplier shall not purchase components from any manufacturer in respect of which an "
        "authority has taken a decision prohibiting its products on product safety grounds.",
        "restricted-sources",
        "missing",
    ),
    (
        "restricted-decision-without-forced-labour-near-miss",
        CONTRACT + "Supplier shall not purchase slabs from any economic operator in respect of "
        "which a competent authority has taken a decision prohibiting its products.",
        "restricted-sources",
        "missing",
    ),
    # --- certification: a declaration of not being listed
    (
        "cert-not-listed-in-register-weak",
        FL + "Supplier declares that neither it nor any of its partners is listed in the Register.",
        "certification",
        "weak",
    ),
    (
        "cert-not-on-sanctions-list-near-miss",
        FL + "Supplier represents that it is not listed on any sanctions list.",
        "certification",
        "missing",
    ),
    (
        "cert-not-listed-without-forced-labour-near-miss",
        CONTRACT + "Supplier declares that neither it nor any of its partners is listed in the "
        "Register.",
        "certification",
        "missing",
    ),
    # --- regulatory-cooperation: a competent authority's request for information
    (
        "regcoop-request-from-competent-authority",
        FL + "Supplier shall provide to Buyer, within ten working days of a request, all "
        "information and documents that Buyer needs to answer a request for information from a "
        "competent authority.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "regcoop-what-competent-authority-requests",
        FL + "Supplier shall provide within ten working days all information and documents in its "
        "possession that the competent authority requests.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "regcoop-request-from-competent-authority-hedged",
        FL + "Supplier should provide all information that Buyer needs to answer a request for "
        "information from a competent authority.",
        "regulatory-cooperation",
        "weak",
    ),
    (
        "regcoop-request-from-competent-authority-negated",
        FL + "Supplier is not required to provide any information that Buyer needs to answer a "
        "request from a competent authority.",
        "regulatory-cooperation",
        "missing",
    ),
    (
        "regcoop-data-protection-authority-near-miss",
        FL + "Supplier shall provide all information Buyer needs to answer a request for "
        "information from a competent authority concerning personal data.",
        "regulatory-cooperation",
        "missing",
    ),
    (
        "regcoop-competent-authority-without-forced-labour-near-miss",
        CONTRACT + "Supplier shall provide to Buyer all information that Buyer needs to answer a "
        "request for information from a competent authority.",
        "regulatory-cooperation",
        "missing",
    ),
    # --- traceability: the places where the inputs were grown
    (
        "trace-districts-where-grown-hedged",
        CONTRACT + "Supplier shall endeavour to identify, for each Lot, the paddy collectors and "
        "the districts in which the paddy was grown.",
        "traceability",
        "weak",
    ),
    (
        "trace-districts-where-grown",
        CONTRACT + "Supplier shall record the districts in which the cotton was grown.",
        "traceability",
        "present",
    ),
    # --- subtier-flowdown: the defined Code imposed on the supplier's suppliers; orders it places
    (
        "flow-the-defined-code-to-tier-2",
        CONTRACT + 'Supplier shall comply with Buyer\'s Supplier Code of Conduct (the "Code"). '
        "Supplier shall require its tier 2 suppliers to comply with the Code.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-the-defined-code-cascaded",
        CONTRACT + 'Supplier shall comply with Buyer\'s Supplier Code of Conduct (the "Code"). '
        "Supplier shall cascade the Code to its tier 2 and tier 3 suppliers.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-the-defined-code-hedged",
        CONTRACT + 'Supplier shall comply with Buyer\'s Supplier Code of Conduct (the "Code"). '
        "Supplier should encourage its suppliers to comply with the Code.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "flow-the-customs-code-near-miss",
        CONTRACT + 'Supplier shall comply with the Union Customs Code (the "Code"). Supplier shall '
        "require its suppliers to comply with the Code.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-every-purchase-order-it-places",
        FL + "Supplier shall include in every purchase order it places for materials used in the "
        "Goods a prohibition of forced labour in terms equivalent to this clause.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-every-purchase-order-delivery-terms-near-miss",
        CONTRACT + "Supplier shall include in every purchase order it places a clause on delivery "
        "terms.",
        "subtier-flowdown",
        "missing",
    ),
    # --- traceability: the suppliers of named inputs; certificates of origin for customs
    (
        "trace-each-supplier-of-fabric-and-yarn",
        CONTRACT + "Supplier shall disclose to Buyer the name and address of each supplier of "
        "fabric, trims and yarn used in the Goods.",
        "traceability",
        "present",
    ),
    (
        "trace-supplier-of-packaging-near-miss",
        CONTRACT + "Supplier shall appoint a supplier of packaging materials approved by Buyer.",
        "traceability",
        "missing",
    ),
    (
        "trace-certificate-of-origin-for-customs-near-miss",
        CONTRACT + "Supplier shall provide a certificate of origin for each shipment for customs "
        "purposes.",
        "traceability",
        "missing",
    ),
    (
        "trace-country-of-origin-on-request-weak",
        CONTRACT + "Supplier shall state the country of origin of the Goods on request.",
        "traceability",
        "weak",
    ),
    # --- unauthorized-subcontracting: brokers and staffing firms hired
    (
        "unsub-hire-labour-broker-approval",
        CONTRACT + "Supplier shall not hire any labour broker or staffing firm without Buyer's "
        "written approval.",
        "unauthorized-subcontracting",
        "present",
    ),
    # --- restricted-sources: named forced-labour lists and import bans
    (
        "restricted-dirty-list",
        FL + "Supplier shall not buy from any supplier that appears on the Dirty List (Lista Suja) "
        "published by the Brazilian government.",
        "restricted-sources",
        "present",
    ),
    (
        "restricted-import-ban-on-forced-labour-grounds",
        FL + "Supplier shall not source from any producer subject to an import ban on forced "
        "labour grounds.",
        "restricted-sources",
        "present",
    ),
    (
        "restricted-import-ban-sanctions-near-miss",
        FL + "Supplier shall not source from any producer subject to an import ban under "
        "sanctions law.",
        "restricted-sources",
        "missing",
    ),
    # --- subtier-flowdown: back-to-back terms, subcontract contents, any of its supply chains
    (
        "flow-back-to-back-obligations",
        FL + "Supplier shall enter into back-to-back obligations with its suppliers reflecting "
        "this clause on forced labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-subcontract-shall-contain-clause",
        FL + "Any subcontract entered into by Supplier shall contain a clause prohibiting forced "
        "labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-subcontract-confidentiality-near-miss",
        CONTRACT + "Any subcontract entered into by Supplier shall contain a confidentiality "
        "clause.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-any-of-its-supply-chains-hedged",
        FL + "Supplier shall take all reasonable steps to ensure that slavery and human "
        "trafficking is not taking place in any of its supply chains.",
        "subtier-flowdown",
        "weak",
    ),
    # --- unauthorized-subcontracting: third parties, new facilities, subcontractors kept known
    (
        "unsub-produced-by-third-party",
        CONTRACT + "No part of the Goods may be produced by a third party without Buyer's prior "
        "written authorisation.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-notice-before-new-facility",
        CONTRACT + "Supplier shall notify Buyer in writing at least 30 days before it begins using "
        "any new production facility for the Goods.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-informed-of-all-subcontractors",
        CONTRACT + "Supplier shall keep Buyer informed of all subcontractors it uses.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-informed-of-all-subcontractors-hedged",
        CONTRACT + "Supplier should keep Buyer informed of all subcontractors it uses.",
        "unauthorized-subcontracting",
        "weak",
    ),
    (
        "unsub-informed-of-subcontractors-negated",
        CONTRACT + "Supplier is not required to inform Buyer of any subcontractor it uses.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-subcontractor-late-delivery-near-miss",
        CONTRACT + "Supplier shall notify Buyer of any subcontractor's failure to deliver on time.",
        "unauthorized-subcontracting",
        "missing",
    ),
    # --- certification: the code read or received, not complied with; the defined Code certified
    (
        "cert-read-and-understood-code-near-miss",
        FL + "Supplier confirms that it has read and understood the Supplier Code of Conduct.",
        "certification",
        "missing",
    ),
    (
        "cert-read-code-and-complies",
        FL + "Supplier confirms that it has read the Supplier Code of Conduct and that it complies "
        "with it.",
        "certification",
        "present",
    ),
    (
        "cert-annual-certificate-of-the-defined-code",
        CONTRACT + 'Supplier shall comply with Buyer\'s Supplier Code of Conduct (the "Code"). '
        "Each year Supplier shall certify in writing that it has complied with the Code.",
        "certification",
        "present",
    ),
    (
        "cert-customs-code-near-miss",
        CONTRACT + 'Supplier shall comply with the Union Customs Code (the "Code"). Supplier '
        "certifies that it has complied with the Code.",
        "certification",
        "missing",
    ),
    # --- traceability: makers named for quality reasons
    (
        "trace-component-makers-for-warranty-near-miss",
        FL + "Supplier shall identify the manufacturer of each component in the bill of materials "
        "for warranty claims.",
        "traceability",
        "missing",
    ),
    (
        "trace-approved-sub-suppliers-for-qualification-near-miss",
        FL + "Supplier shall provide a list of its approved sub-suppliers for quality "
        "qualification.",
        "traceability",
        "missing",
    ),
    # --- unauthorized-subcontracting: storage sites, subcontracted delivery
    (
        "unsub-storage-facilities-near-miss",
        CONTRACT + "Supplier shall store the Goods only at facilities approved by Buyer.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-subcontracted-delivery-consent",
        CONTRACT + "Supplier shall not subcontract the delivery of the Goods without Buyer's "
        "consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    # --- regulatory-cooperation: a product-safety inquiry
    (
        "regcoop-product-safety-inquiry-near-miss",
        FL + "Supplier shall respond to any inquiry by the competent authority regarding the "
        "safety of the Goods.",
        "regulatory-cooperation",
        "missing",
    ),
    # --- records-retention: age, wage-payment and labour records; the duration of employment
    (
        "records-age-verification-duration-of-employment",
        FL + "Supplier shall maintain age verification documents for all workers for the duration "
        "of their employment.",
        "records-retention",
        "present",
    ),
    (
        "records-evidence-of-wage-payment-period",
        FL + "Supplier shall keep documentation evidencing the payment of wages for five years "
        "after the end of the Contract.",
        "records-retention",
        "present",
    ),
    (
        "records-labour-records-period",
        FL + "Supplier shall preserve all labour records for a minimum period of seven years.",
        "records-retention",
        "present",
    ),
    (
        "records-payslips-duration-hedged",
        FL + "Supplier should keep payslips for the duration of employment.",
        "records-retention",
        "weak",
    ),
    (
        "records-evidence-of-invoice-payment-near-miss",
        CONTRACT + "Supplier shall keep documentation evidencing the payment of invoices for five "
        "years.",
        "records-retention",
        "missing",
    ),
    # --- subtier-flowdown: the buyer's own suppliers
    (
        "flow-questionnaire-buyer-sends-to-its-suppliers-near-miss",
        FL + "Supplier shall complete the due diligence questionnaire on forced labour that Buyer "
        "sends to its suppliers.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-send-forced-labour-questionnaire-to-its-suppliers-weak",
        FL + "Supplier shall send Buyer's forced labour questionnaire to its suppliers.",
        "subtier-flowdown",
        "weak",
    ),
    # --- restricted-sources: the permissive opposite ("nothing prevents ...")
    (
        "restricted-nothing-prevents-sourcing-near-miss",
        FL + "Nothing in this Agreement prevents Supplier from sourcing cotton from Xinjiang.",
        "restricted-sources",
        "missing",
    ),
    (
        "restricted-nothing-prevents-register-near-miss",
        FL + "Nothing in this Agreement prevents Supplier from buying cane from properties listed "
        "in the Register of Employers that have used slave labour.",
        "restricted-sources",
        "missing",
    ),
    (
        "restricted-no-restriction-on-regions-near-miss",
        FL + "There is no restriction on the regions from which Supplier sources cotton, including "
        "Xinjiang.",
        "restricted-sources",
        "missing",
    ),
    (
        "restricted-ban-and-nothing-permits-otherwise",
        FL + "Supplier shall not source cotton from Xinjiang, and nothing in this Agreement "
        "permits otherwise.",
        "restricted-sources",
        "present",
    ),
    # --- certification: a confirmation of capacity
    (
        "cert-capacity-confirmed-near-miss",
        CONTRACT + "Buyer shall not require delivery earlier than the standard production time "
        "unless Supplier has confirmed in writing that the factory can meet the earlier date "
        "within normal working hours without overtime.",
        "certification",
        "missing",
    ),
    (
        "cert-labour-law-warranty-weak",
        FL + "Supplier warrants that it pays overtime at the legal rate.",
        "certification",
        "weak",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
