"""Phrasing rows for the supply-chain obligations: subtier-flowdown, unauthorized-subcontracting,
traceability, restricted-sources, regulatory-cooperation, notification, records-retention and
certification. Each new pattern has a positive sentence, its near miss and its hedged form.
"""

from __future__ import annotations

import pytest
from helpers import CODE, CONTRACT, FL, assert_status, phrasing_params

# a document that bans forced labor, so "equivalent obligations" are labor obligations

ROWS: list[tuple[str, str, str, str]] = [
    # (id, text, obligation, expected)
    # --- unauthorized-subcontracting: a site the buyer has not approved or been told of
    (
        "unsub-undeclared-plant",
        CONTRACT + "Supplier shall not process, fill or pack goods for Buyer in any plant that "
        "it has not declared to Buyer.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-not-approved-prohibited",
        CODE + "Production of goods in a factory that Meridian has not approved, including by "
        "a subcontractor or home worker, is prohibited.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-not-approved-near-miss",
        CONTRACT + "Buyer may reject any lot of goods from a plant that has not passed the "
        "quality inspection.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-not-approved-hedged",
        CODE + "Suppliers should not place production with a subcontractor or facility that "
        "Meridian has not been told of and approved.",
        "unauthorized-subcontracting",
        "weak",
    ),
    # --- unauthorized-subcontracting: every site disclosed
    (
        "unsub-disclose-every-site",
        CONTRACT + "Supplier must disclose to Buyer the names and addresses of every factory, "
        "mill and processing facility used to make Buyer products, and keep that list up to date.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-disclose-every-site-before-new",
        CONTRACT + "Within 30 days of award Supplier shall disclose the name and address of every "
        "factory that makes the Goods and shall update the disclosure before any new factory is "
        "used.",
        "unauthorized-subcontracting",
        "present",
    ),
    # a list given once (on request, by a date) traces the goods: traceability, not control of
    # where production moves
    (
        "unsub-site-list-on-request-near-miss",
        CONTRACT + "Within ten business days of Buyer's request, Supplier shall provide the name "
        "and address of each factory in which a Product was manufactured.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-site-list-by-date-near-miss",
        CONTRACT + "By 31 March 2026 Supplier will give Buyer a list of each factory involved in "
        "making the Products.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-disclose-sites-for-tracing",
        CONTRACT + "Supplier shall provide documents tracing each input to its origin, including "
        "the names and addresses of all production sites and sub-suppliers.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-disclose-every-site-hedged",
        CONTRACT + "Supplier should where possible disclose to Buyer every factory that makes "
        "Buyer products, including subcontractors.",
        "unauthorized-subcontracting",
        "weak",
    ),
    # --- unauthorized-subcontracting: moving production, and the permissive opposite
    (
        "unsub-move-production-notice",
        CONTRACT + "Supplier shall inform Buyer in advance before moving any production of the "
        "goods to a workshop that Supplier does not operate.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-move-production-hedged",
        CONTRACT + "Supplier should, as far as practicable, inform Buyer in advance before moving "
        "any production of the goods to another workshop.",
        "unauthorized-subcontracting",
        "weak",
    ),
    (
        "unsub-may-subcontract-without-consent",
        CONTRACT + "Supplier may subcontract any part of the Services without Buyer's consent, "
        "provided that Supplier remains responsible for the Services.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-may-not-subcontract-without-consent",
        CONTRACT + "Supplier may not subcontract any part of the Services without Buyer's consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-neither-party-may",
        CONTRACT + "Neither Party may subcontract any of its obligations without the other "
        "Party's prior written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    # --- subtier-flowdown
    (
        "flow-not-permit-suppliers",
        CONTRACT + "Supplier shall not use forced, bonded or prison labour in producing the "
        "Goods, and shall not permit any of its suppliers or subcontractors to do so.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-not-permit-near-miss",
        CODE + "Suppliers shall not allow labour agents to charge workers for jobs.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-no-facility-producing",
        CONTRACT + "Supplier shall ensure that no facility producing fabric or trims for Buyer "
        "uses forced, bonded or trafficked labor.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-other-suppliers-hedged",
        CONTRACT + "Supplier will take reasonable steps to ensure that the farmers and other "
        "suppliers from whom it buys grain do not engage in modern slavery.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "flow-contracts-with-growers-equivalent",
        FL + "Supplier shall include in its contracts with growers obligations equivalent to "
        "this paragraph.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-equivalent-confidentiality-near-miss",
        FL + "Supplier shall include in its contracts with its suppliers obligations equivalent "
        "to the confidentiality terms of this Agreement.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-standards-equivalent-hedged",
        FL + "Supplier shall use reasonable endeavours to ensure that its yarn spinners, dye "
        "houses and other suppliers comply with standards equivalent to this clause.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "flow-as-if-it-were",
        FL + "Supplier must ensure that each labour hire provider complies with these terms as "
        "if it were the Supplier.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-warrants-subcontractors",
        CONTRACT + "Supplier warrants that neither it nor any of its sub-contractors uses forced "
        "labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-including-is-no-flow-down",
        CODE + "Production in a factory that Meridian has not approved, including by a "
        "subcontractor or home worker, is prohibited.",
        "subtier-flowdown",
        "missing",
    ),
    # --- traceability
    (
        "trace-where-materials-come-from",
        CONTRACT + "Supplier shall know where the wood, metal, glass and textiles in its products "
        "come from and shall share this information with Buyer on request.",
        "traceability",
        "present",
    ),
    (
        "trace-where-materials-come-from-hedged",
        CODE + "Suppliers should be able to tell us, for each product, where its main materials "
        "came from.",
        "traceability",
        "weak",
    ),
    (
        "trace-visa-documents-on-farm-near-miss",
        CONTRACT + "Supplier must not hold any worker's passport or visa documents, and workers "
        "must be free to leave the farm at any time.",
        "traceability",
        "missing",
    ),
    (
        "trace-goods-mined-by-forced-labour-near-miss",
        CONTRACT + "If a customs authority detains goods on the ground that they were mined or "
        "produced by forced labour, Supplier shall give Buyer all documents Buyer requires.",
        "traceability",
        "missing",
    ),
    (
        "trace-customs-paperwork-near-miss",
        CONTRACT + "Supplier shall provide a commercial invoice, packing list and certificate of "
        "origin with each shipment to enable customs clearance.",
        "traceability",
        "missing",
    ),
    (
        "trace-names-of-every-mill",
        CONTRACT + "Supplier must disclose to Buyer the names and addresses of every factory, mill "
        "and processing facility used to make Buyer products, down to the fabric mills.",
        "traceability",
        "present",
    ),
    (
        "trace-batch-milling-near-miss",
        CONTRACT + "Supplier must keep a traceability system that records, for each batch, the lot "
        "numbers of the grain used and the date of milling.",
        "traceability",
        "missing",
    ),
    (
        "trace-list-every-facility-weak",
        CONTRACT + "Supplier shall list every facility, including those of subcontractors, at "
        "which the goods are produced.",
        "traceability",
        "weak",
    ),
    # --- records-retention
    (
        "records-timesheets-pay-records",
        CONTRACT + "Supplier shall keep timesheets and pay records for all Personnel for three "
        "years and shall make them available to Buyer on request.",
        "records-retention",
        "present",
    ),
    (
        "records-provide-wage-records-far",
        CONTRACT + "Supplier shall provide to Buyer, within five (5) business days, the catch "
        "documentation, crew lists and wage records that Buyer requires.",
        "records-retention",
        "weak",
    ),
    (
        "records-hours-within-limits-near-miss",
        CONTRACT + "Supplier shall pay wages on time and shall keep working hours, including "
        "overtime, within the limits set by local law.",
        "records-retention",
        "missing",
    ),
    (
        "records-timesheets-hedged",
        CONTRACT + "Supplier should keep timesheets and pay records for all Personnel.",
        "records-retention",
        "weak",
    ),
    # --- certification
    (
        "cert-officer-certificate-article",
        CONTRACT + "10. FORCED LABOUR\n\n10.1 Supplier shall not use forced labour in any form."
        "\n\n10.2 Each year Supplier shall deliver to Buyer a certificate signed by an officer "
        "that Supplier has complied with this Article.",
        "certification",
        "present",
    ),
    (
        "cert-scheme-certificate-weak",
        CONTRACT + "Supplier shall maintain a current ICTI Ethical Toy Program certificate for "
        "each Facility.",
        "certification",
        "weak",
    ),
    (
        "cert-quality-certificate-near-miss",
        CONTRACT + "Supplier shall maintain a current ISO 9001 certificate for each Facility.",
        "certification",
        "missing",
    ),
    # --- notification
    (
        "notify-informing-staff-near-miss",
        CONTRACT + "Supplier shall train its staff on the Modern Slavery Act, informing them of "
        "the action to take if they suspect a case of slavery.",
        "notification",
        "missing",
    ),
    (
        "notify-as-disclosed-near-miss",
        CONTRACT + "Supplier certifies that none of the goods come from an entity on the UFLPA "
        "Entity List, except as disclosed in Part E.",
        "notification",
        "missing",
    ),
    (
        "notify-suspected-slavery",
        CONTRACT + "Supplier shall inform Buyer at once of any suspected case of slavery.",
        "notification",
        "present",
    ),
    # --- regulatory-cooperation
    (
        "regcoop-provide-file-on-detention",
        FL + "If any customs authority detains goods, Supplier shall, within ten (10) business "
        "days of Buyer's request, provide the chain-of-custody file and any other documents "
        "Buyer needs to respond.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "regcoop-reasonably-cooperate-weak",
        FL + "Supplier shall reasonably cooperate with Buyer in responding to any inquiry by a "
        "customs authority concerning the labor used to produce the Goods.",
        "regulatory-cooperation",
        "weak",
    ),
    (
        "regcoop-notice-of-detention-near-miss",
        CONTRACT + "Supplier shall inform Buyer within three (3) business days after it learns "
        "that forced labor has been used at any facility in its supply chain map, and of any "
        "detention or withhold release order concerning the Goods.",
        "regulatory-cooperation",
        "missing",
    ),
    # --- restricted-sources
    (
        "restricted-notice-of-wro-near-miss",
        CONTRACT + "Supplier shall inform Buyer within three (3) business days of any detention, "
        "withhold release order or inquiry by a customs authority concerning the Goods.",
        "restricted-sources",
        "missing",
    ),
    (
        "restricted-notify-xinjiang-link",
        CONTRACT + "Supplier shall notify Buyer if any input of the Goods originates in the "
        "Xinjiang Uyghur Autonomous Region.",
        "restricted-sources",
        "present",
    ),
    (
        "restricted-wro-producer-ban",
        CONTRACT + "Supplier shall not supply goods made by a producer subject to a withhold "
        "release order.",
        "restricted-sources",
        "present",
    ),
    # --- more subcontracting and flow-down phrasings
    (
        "unsub-notify-before-adding",
        CONTRACT + "Supplier must notify Buyer at least thirty days before adding a new factory "
        "or subcontractor.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-notify-before-shipment-near-miss",
        CONTRACT + "Supplier shall inform Buyer of the production site prior to shipment.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-performed-by-subcontractor",
        CONTRACT + "No part of the work may be performed by a subcontractor unless Buyer has "
        "approved it in writing.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-third-party-to-manufacture",
        CONTRACT + "Supplier shall not, without Buyer's prior written consent, engage any third "
        "party to manufacture the Goods.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-third-party-auditor-near-miss",
        CONTRACT + "Buyer may engage a third party to audit the facility with Supplier's approval.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-facility-identified-in-order",
        CONTRACT + "All production shall take place at the facility identified in the Purchase "
        "Order.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "flow-pass-code-on-to-suppliers",
        CODE + "The supplier shall pass the requirements of this Code on to its own suppliers.",
        "subtier-flowdown",
        "present",
    ),
    (
        "unsub-change-of-location-notice",
        CONTRACT + "Supplier shall give Buyer at least sixty days' prior written notice of any "
        "change in the location where the Goods are manufactured.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-no-consent-needed",
        CONTRACT + "Supplier is not required to obtain Buyer's consent before engaging a "
        "subcontractor.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "flow-labour-agency",
        CONTRACT + "Supplier shall require each labour agency it uses to comply with this Clause "
        "on forced labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-labour-agency-near-miss",
        CONTRACT + "Supplier shall require each labour agency it uses to comply with Buyer's "
        "site safety rules.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "regcoop-respond-to-customs",
        FL + "Supplier shall respond within five business days to any request from customs "
        "authorities for information on the supply chain of the Goods.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "regcoop-respond-to-complaints-near-miss",
        FL + "Supplier shall respond within five business days to any quality complaint.",
        "regulatory-cooperation",
        "missing",
    ),
    (
        "unsub-facilities-disclosed-before-production",
        CODE + "All facilities used to produce our goods, including subcontractors, must be "
        "disclosed to us before production begins.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-subcontractor-fees-disclosed-near-miss",
        CONTRACT + "Supplier shall disclose to Buyer all fees charged by its subcontractors.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-facility-other-than-named",
        CONTRACT + "Supplier shall not move production of any Order to a facility other than "
        "the one named in that Order.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "flow-equivalent-invoice-audit-near-miss",
        FL + "Supplier shall include in its contracts with subcontractors terms equivalent to "
        "the audit clause for invoices.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "regcoop-import-paperwork-near-miss",
        FL + "Supplier shall provide all documents required by customs authorities for the "
        "import of the Goods.",
        "regulatory-cooperation",
        "missing",
    ),
    (
        "regcoop-documents-on-detention",
        FL + "If customs authorities detain the Goods, Supplier shall provide all documents "
        "required for the import of the Goods within five days.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "flow-extend-obligations",
        CONTRACT + "Supplier shall extend the obligations of this Section on modern slavery to "
        "its subcontractors.",
        "subtier-flowdown",
        "present",
    ),
    (
        "unsub-factories-disclosed-to-buyer",
        CONTRACT + "Supplier undertakes that the Goods will be manufactured only in the factories "
        "disclosed to Buyer.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-software-sites-listed-near-miss",
        CONTRACT + "Buyer grants Supplier a licence to use the Software for its internal business "
        "purposes at the sites listed in Exhibit A.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "trace-every-facility-involved-in-producing",
        CONTRACT + "Supplier shall maintain records sufficient to identify every facility "
        "involved in producing the Goods, from raw material to finished product.",
        "traceability",
        "present",
    ),
    (
        "trace-facility-involved-in-services-near-miss",
        CONTRACT + "Supplier shall identify every facility involved in the delivery of the "
        "Services for security vetting.",
        "traceability",
        "missing",
    ),
    (
        "trace-spinners-weavers-dyers",
        CONTRACT + "Supplier shall provide Buyer with the name and address of each spinner, "
        "weaver and dyer involved in the production of the Goods.",
        "traceability",
        "present",
    ),
    (
        "trace-disclose-complete-supply-chain",
        CONTRACT + "Supplier shall disclose its complete supply chain for the Goods, including "
        "sub-suppliers at every tier.",
        "traceability",
        "present",
    ),
    (
        "trace-disclose-complete-supply-chain-hedged",
        CONTRACT + "Supplier will endeavour to disclose its complete supply chain for the Goods.",
        "traceability",
        "weak",
    ),
    (
        "restricted-supplier-located-in-xinjiang",
        CONTRACT + "Supplier shall tell Buyer if any of its suppliers is located in the Xinjiang "
        "Uyghur Autonomous Region.",
        "restricted-sources",
        "present",
    ),
    (
        "restricted-training-on-region-near-miss",
        CONTRACT + "Supplier shall train its buyers on the risks of the Xinjiang region.",
        "restricted-sources",
        "missing",
    ),
    (
        "restricted-law-presumption-near-miss",
        CONTRACT + "Supplier acknowledges that the UFLPA creates a rebuttable presumption that "
        "goods made in Xinjiang are made with forced labour.",
        "restricted-sources",
        "missing",
    ),
    (
        "restricted-warranty-despite-presumption",
        CONTRACT + "Supplier warrants that no goods were made in Xinjiang, so that the rebuttable "
        "presumption of the UFLPA does not apply.",
        "restricted-sources",
        "present",
    ),
    (
        "restricted-avoid-hedged",
        CONTRACT + "Supplier should avoid sourcing from the Xinjiang Uyghur Autonomous Region.",
        "restricted-sources",
        "weak",
    ),
    (
        "unsub-change-of-storage-location-near-miss",
        CONTRACT + "Supplier shall give Buyer prior written notice of any change in the location "
        "where the Goods are stored.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "flow-own-managers-training-module-near-miss",
        FL + "Supplier will ensure that its plant manager at each facility completes Buyer's "
        'online module "Forced Labour in Food Supply Chains" within ninety days.',
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-communicate-code-ask-respect-weak",
        CODE + "The Supplier will communicate the Code to its own suppliers of raw materials "
        "and ask them to respect it.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "flow-inform-buyer-supply-chain-near-miss",
        CODE + "Suppliers must inform Meridian within 48 hours of any suspected case of forced "
        "labour in their supply chain.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "unsub-exclusively-at-own-factory",
        CONTRACT + "Supplier shall manufacture the Goods exclusively at its own factory at 12 "
        "Harbour Road.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-only-at-premises-delivery-near-miss",
        CONTRACT + "Supplier shall deliver the Goods only at the premises designated by Buyer.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-homeworkers-without-approval",
        CONTRACT + "Supplier shall not use any outworkers or homeworkers without Buyer's prior "
        "approval.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "flow-person-who-supplies-materials",
        CONTRACT + "Supplier shall ensure that any person who supplies materials to it for the "
        "Goods does not use forced labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "notify-flag-to-buyer",
        CONTRACT + "Supplier must flag to Buyer any red flags of forced labour identified in its "
        "audits.",
        "notification",
        "present",
    ),
    (
        "records-of-recruitment-retained",
        CONTRACT + "Supplier shall retain records of the recruitment of each worker, including any "
        "fees paid, for at least five years.",
        "records-retention",
        "present",
    ),
    (
        "records-of-shipments-near-miss",
        CONTRACT + "Supplier shall retain records of the shipments of the Goods for five years.",
        "records-retention",
        "missing",
    ),
    (
        "flow-condition-of-contracts",
        CONTRACT + "Supplier shall make compliance with Buyer's Supplier Code of Conduct a "
        "condition of its contracts with its own suppliers.",
        "subtier-flowdown",
        "present",
    ),
    (
        "records-of-hours-billed-near-miss",
        CONTRACT + "Supplier shall keep complete and accurate records of the hours billed and the "
        "Services performed for three (3) years.",
        "records-retention",
        "missing",
    ),
    (
        "unsub-personal-data-sites-near-miss",
        CONTRACT + "Supplier shall identify all sites at which Personal Data is processed.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-facilities-force-majeure-near-miss",
        CONTRACT + "Supplier shall notify Buyer of all facilities affected by a force majeure "
        "event.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-only-at-gmp-facilities-near-miss",
        CONTRACT + "The Goods shall be manufactured only at facilities that comply with cGMP.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "trace-where-defect-came-from-near-miss",
        CONTRACT + "Supplier shall tell Buyer where the defect came from within ten days.",
        "traceability",
        "missing",
    ),
    (
        "trace-facility-where-stored-near-miss",
        CONTRACT + "Supplier shall identify every facility at which the Goods are stored.",
        "traceability",
        "missing",
    ),
    (
        "trace-factory-at-which-produced",
        CONTRACT + "Supplier shall identify to Buyer the factory at which each lot of Goods was "
        "produced and the farms that supplied its cotton.",
        "traceability",
        "present",
    ),
    (
        "records-wage-and-hour-records",
        CONTRACT + "Supplier agrees to retain all wage and hour records for a period of four "
        "years.",
        "records-retention",
        "present",
    ),
    (
        "trace-conflict-minerals-smelters-weak",
        CONTRACT + "Supplier must identify the smelters and refiners in its supply chain for tin, "
        "tantalum, tungsten and gold and report them to Buyer annually.",
        "traceability",
        "weak",
    ),
    (
        "trace-cotton-farms-present",
        CONTRACT + "Supplier must identify the gins and farms in its supply chain for cotton and "
        "report them to Buyer annually.",
        "traceability",
        "present",
    ),
    (
        "unsub-site-not-disclosed-not-permitted",
        CODE + "Production at any site not disclosed to Meridian is not permitted.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "flow-pass-these-requirements-on",
        FL + "Supplier shall pass these requirements on to its own suppliers.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-pass-these-requirements-on-no-labour-near-miss",
        CONTRACT + "Supplier shall pass these requirements on to its own suppliers.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-pass-these-requirements-on-hedged",
        FL + "Supplier is encouraged to pass these requirements on to its own suppliers.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "regcoop-cf28-supply-information",
        FL + "If CBP issues a CF-28 for the Goods, Supplier shall supply the requested "
        "information within ten days.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "regcoop-duties-information-near-miss",
        FL + "Supplier shall provide Buyer with information on customs duties paid.",
        "regulatory-cooperation",
        "missing",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
