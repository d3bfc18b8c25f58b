"""Phrasing rows for families of supply-chain drafting (second round): the makers and sites
of the goods' inputs identified (traceability) against the sites of the finished goods only;
production restricted to approved makers; other providers engaged without consent. Each
family has positives in several phrasings, its near miss, its hedged and its negated form.
"""

from __future__ import annotations

import pytest
from helpers import CODE, CONTRACT, FL, assert_status, phrasing_params

POLICY = "HUMAN RIGHTS POLICY\n\nThis policy describes how Meridian Home sources its products.\n\n"
FL_ARTICLE = CONTRACT + "Article 9 - Forced Labour\n\n"
OTHER_ARTICLE = CONTRACT + "Article 9 - Regulatory Matters\n\n"
LICENCE = (
    "LICENSE AGREEMENT\n\n"
    'This Agreement is made between Riverbend Club LLC ("Licensor") and Summit Wear Inc. '
    '("Licensee").\n\nLicensee shall manufacture the Licensed Products.\n\n'
)
MAKER = (
    "MANUFACTURING AGREEMENT\n\n"
    'This Agreement is made between Orbis Brands Inc. ("Orbis") and Kemal Tekstil A.S. '
    '("Manufacturer").\n\nManufacturer shall manufacture the Products for Orbis.\n\n'
)
HIRE = (
    "LABOUR HIRE AGREEMENT\n\n"
    'This Agreement is made between Harbor Farms Pty Ltd (the "Host") and Delta Staffing Pty Ltd '
    '(the "Agency").\n\nThe Agency shall supply Workers to the Host.\n\n'
)
BUILD = (
    "SUBCONTRACT AGREEMENT\n\n"
    'This Subcontract is made between Gulf Build LLC (the "Contractor") and Delta Interiors LLC '
    '(the "Subcontractor").\n\nThe Subcontractor shall perform the Works.\n\n'
)
SEAFOOD = (
    "SEAFOOD PURCHASE TERMS\n\n"
    'These terms apply between Northwind Seafood Inc. ("Buyer") and Pacific Catch Ltd. '
    '("Seller").\n\n'
)
SALE = (
    "PURCHASE CONTRACT\n\n"
    'This Contract is made between Northwind Foods plc (the "Purchaser") and Sunridge Exports Ltd '
    '(the "Seller").\n\n'
)

ROWS: list[tuple[str, str, str, str]] = [
    # --- traceability: the makers or sites of the inputs identified (beyond tier 1)
    (
        "trace-input-makers-recorded",
        CONTRACT + "Supplier shall keep, for five years, information identifying the manufacturer, "
        "producer and supplier of each product and of its main components.",
        "traceability",
        "present",
    ),
    (
        "trace-input-sites-disclosed",
        CONTRACT
        + "Supplier shall disclose to Buyer the name and address of each facility at which "
        "the Goods, or their principal components, are made.",
        "traceability",
        "present",
    ),
    (
        "trace-input-origin-used-in",
        CONTRACT + "On request, Supplier shall provide information on the origin of the steel and "
        "rubber used in the Goods.",
        "traceability",
        "present",
    ),
    (
        "trace-input-origin-used-in-hedged",
        CONTRACT + "Supplier will endeavor to provide, where available, information on the origin "
        "of the aluminium and glass used in the Goods.",
        "traceability",
        "weak",
    ),
    (
        "trace-input-makers-negated",
        CONTRACT + "Supplier is not required to identify the manufacturer of each component.",
        "traceability",
        "missing",
    ),
    (
        "trace-approved-input-suppliers-near-miss",
        CONTRACT + "Supplier agrees to use the third party suppliers identified in Schedule 4 as "
        "the exclusive suppliers of starting materials for the manufacturing process.",
        "traceability",
        "missing",
    ),
    (
        "trace-state-sites-and-spinner",
        CONTRACT + "Each Order shall state the production sites and the spinner and dye house for "
        "the Goods ordered.",
        "traceability",
        "present",
    ),
    # --- traceability: only the sites of the finished goods named (weak)
    (
        "trace-goods-factory-identified",
        CONTRACT + "Supplier shall identify to Buyer the factory at which each lot of Goods was "
        "produced.",
        "traceability",
        "weak",
    ),
    (
        "trace-each-grower-identified",
        CONTRACT + "Supplier shall identify in writing each grower, packer and cooler used for the "
        "Products.",
        "traceability",
        "weak",
    ),
    (
        "trace-goods-storage-site-near-miss",
        CONTRACT + "Supplier shall identify to Buyer the warehouse at which the Goods are stored.",
        "traceability",
        "missing",
    ),
    (
        "trace-registered-office-mill-near-miss",
        "This Agreement is made between Hollins Foods Limited, whose registered office is at "
        'Hollins Mill, Bradford (the "Customer"), and Delta Packaging Ltd. ("Supplier").\n\n'
        "Supplier shall deliver the Goods to the Customer.",
        "traceability",
        "missing",
    ),
    # --- traceability: mapping tiers and factories
    (
        "trace-policy-mapped-tiers",
        POLICY + "We have mapped our tier 1 and most of our tier 2 factories.",
        "traceability",
        "weak",
    ),
    (
        "trace-mapping-sub-suppliers",
        CONTRACT + "Supplier shall complete the mapping of all sub-suppliers of the Goods by "
        "31 March.",
        "traceability",
        "present",
    ),
    (
        "trace-site-map-near-miss",
        CONTRACT + "Supplier shall keep a map of the facility showing the fire exits.",
        "traceability",
        "missing",
    ),
    # --- unauthorized-subcontracting: production only by approved makers
    (
        "unsub-only-by-approved-makers",
        CONTRACT + "Goods may be manufactured only by manufacturers approved in writing by Buyer.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-only-at-approved-factories",
        CONTRACT + "Supplier shall produce the Goods only in authorised factories.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-only-approved-hedged",
        CONTRACT + "Goods should be made only at factories approved by Buyer.",
        "unauthorized-subcontracting",
        "weak",
    ),
    (
        "unsub-only-approved-storage-near-miss",
        CONTRACT + "Goods may be stored only at warehouses approved by Buyer.",
        "unauthorized-subcontracting",
        "missing",
    ),
    # --- unauthorized-subcontracting: another provider engaged without consent
    (
        "unsub-other-carrier-without-consent",
        CONTRACT + "Supplier shall not engage any other carrier to perform an Order without "
        "Buyer's prior written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-other-agency-host-consent",
        'This Agreement is made between Harbor Retail Inc. (the "Host") and Delta Staffing Ltd. '
        '(the "Agency").\n\nThe Agency shall supply Workers to the Host.\n\n'
        "The Agency shall not engage any other labour hire provider to supply Workers without the "
        "Host's prior written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-buyer-engages-other-supplier-near-miss",
        CONTRACT + "If Supplier fails to deliver, Buyer may engage another supplier.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-other-carrier-free",
        CONTRACT + "Supplier may engage another carrier at its discretion without Buyer's consent.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-supply-chain-map-near-miss",
        CONTRACT + "Supplier shall maintain a map of its supply chain identifying each factory at "
        "which the Goods are made, and shall provide it to Buyer on request.",
        "unauthorized-subcontracting",
        "missing",
    ),
    # --- subtier-flowdown: equivalent terms obtained from or imposed on the supplier's suppliers
    (
        "flow-equivalent-commitments-direct-suppliers",
        FL + "Supplier shall obtain equivalent commitments from its direct suppliers.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-equivalent-commitments-hedged",
        FL + "The Supplier shall endeavour to obtain equivalent commitments from its direct "
        "suppliers.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "flow-no-less-onerous",
        FL + "Supplier shall impose on its subcontractors obligations no less onerous than those "
        "in this clause.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-no-less-onerous-negated",
        FL + "Supplier is not required to impose on its subcontractors obligations no less "
        "onerous than those in this clause.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-equivalent-insurance-near-miss",
        FL + "Supplier shall obtain equivalent insurance cover from its direct suppliers.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-buyers-direct-supplier-signs-code-near-miss",
        POLICY + "Every direct supplier is required to sign our Supplier Code of Conduct.",
        "subtier-flowdown",
        "missing",
    ),
    # --- subtier-flowdown: each production site or maker bound
    (
        "flow-procure-every-facility",
        CONTRACT + "Supplier shall procure that every Facility complies with the Supplier Code "
        "of Conduct.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-cause-each-manufacturer",
        CONTRACT + "Supplier shall cause each contract manufacturer to comply with the Supplier "
        "Code of Conduct.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-certificate-for-each-facility-near-miss",
        CONTRACT + "Supplier shall maintain a current certificate under the Supplier Code of "
        "Conduct for each Facility.",
        "subtier-flowdown",
        "missing",
    ),
    # --- subtier-flowdown: the supply chain as a place, a statute's name, a party's name
    (
        "flow-no-one-in-its-supply-chain",
        CONTRACT + "Supplier shall ensure that no one in its supply chain uses forced labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-policy-supply-chain-mapping-near-miss",
        POLICY + "Next year we plan to extend supply chain mapping to two more product lines "
        "and to add modern slavery questions to our supplier questionnaire.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-labour-hire-act-near-miss",
        CONTRACT + "Supplier holds a licence under the Labour Hire Licensing Act 2018 and shall "
        "comply with that Act and with the Modern Slavery Act 2018.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-haulier-cmr-convention-near-miss",
        'This Agreement is made between Harbor Retail Inc. ("Customer") and Delta Freight Ltd. '
        '("Haulier").\n\nThe Haulier is liable for loss of or damage to goods in accordance with '
        "the CMR Convention.",
        "subtier-flowdown",
        "missing",
    ),
    # --- notification: government action reported under a forced-labour clause
    (
        "notify-authority-investigation-under-fl-heading",
        FL_ARTICLE + "9.1 The Supplier shall inform the Buyer without delay if a competent "
        "authority opens an investigation concerning any product supplied to the Buyer.",
        "notification",
        "present",
    ),
    (
        "notify-authority-investigation-hedged",
        FL_ARTICLE + "9.1 The Supplier should inform the Buyer if a competent authority opens an "
        "investigation concerning any product supplied to the Buyer.",
        "notification",
        "weak",
    ),
    (
        "notify-authority-investigation-other-heading-near-miss",
        OTHER_ARTICLE + "9.1 The Supplier shall inform the Buyer without delay if a competent "
        "authority opens an investigation concerning any product supplied to the Buyer.",
        "notification",
        "missing",
    ),
    (
        "notify-fda-inspection-under-fl-heading-near-miss",
        FL_ARTICLE + "9.1 The Supplier shall inform the Buyer of any FDA inspection or inquiry.",
        "notification",
        "missing",
    ),
    (
        "notify-bring-to-attention",
        CONTRACT + "Supplier shall bring to Buyer's attention any suspected use of forced labour.",
        "notification",
        "present",
    ),
    (
        "notify-let-know",
        CONTRACT + "Supplier must let Buyer know at once of any allegation of forced labour.",
        "notification",
        "present",
    ),
    (
        "notify-notice-of-any-detention-passive",
        CONTRACT + "Written notice of any detention of the Goods by CBP shall be given to Buyer "
        "within two days.",
        "notification",
        "present",
    ),
    (
        "notify-termination-notice-near-miss",
        CONTRACT + "Buyer may terminate this Agreement by written notice of any breach of the "
        "forced labour clause.",
        "notification",
        "missing",
    ),
    # --- regulatory-cooperation: the documents a detention needs, in other words
    (
        "regcoop-traceability-package-on-detention",
        FL + "If any shipment is detained by a customs authority, Supplier must provide the "
        "complete traceability package to Buyer within 72 hours.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "regcoop-dossier-admissibility-review",
        FL + "Supplier shall submit the evidence dossier that CBP requires for an admissibility "
        "review.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "regcoop-traceability-package-hedged",
        FL + "If any shipment is detained by a customs authority, Supplier should provide the "
        "traceability package to Buyer.",
        "regulatory-cooperation",
        "weak",
    ),
    (
        "regcoop-clearance-paperwork-near-miss",
        FL + "Supplier shall provide the packing list and commercial invoice for customs "
        "clearance.",
        "regulatory-cooperation",
        "missing",
    ),
    (
        "regcoop-detention-package-no-labour-document",
        CONTRACT + "If any shipment is detained by a customs authority, Supplier must provide the "
        "complete shipping package to Buyer within 72 hours.",
        "regulatory-cooperation",
        "missing",
    ),
    # --- certification: Xinjiang content, and periodic compliance certifications
    (
        "cert-confirms-no-xinjiang-materials",
        CONTRACT + "Supplier confirms that none of the Goods contains materials from the Xinjiang "
        "Uyghur Autonomous Region.",
        "certification",
        "present",
    ),
    (
        "cert-no-xinjiang-knowledge-qualified",
        CONTRACT + "Supplier confirms that, to the best of Supplier's knowledge, none of the Goods "
        "contains materials from the Xinjiang Uyghur Autonomous Region.",
        "certification",
        "weak",
    ),
    (
        "cert-annual-compliance-certification",
        FL + "Each year Supplier must sign the Annual Vendor Compliance Certification by "
        "January 31.",
        "certification",
        "weak",
    ),
    (
        "cert-annual-compliance-certification-no-labour-document",
        CONTRACT + "Each year Supplier must sign the Annual Vendor Compliance Certification by "
        "January 31.",
        "certification",
        "missing",
    ),
    (
        "cert-certificate-of-compliance-per-lot-near-miss",
        FL + "Supplier shall deliver a certificate of compliance with the Specifications for each "
        "lot.",
        "certification",
        "missing",
    ),
    # --- more word orders and near misses
    (
        "flow-pass-obligations-on-to-every-supplier",
        CONTRACT + "Supplier shall pass the obligations in this forced labour clause on to every "
        "supplier of materials for the Goods.",
        "subtier-flowdown",
        "present",
    ),
    (
        "restricted-free-to-source-anywhere",
        CONTRACT + "Supplier is free to source materials from any region, including Xinjiang.",
        "restricted-sources",
        "missing",
    ),
    (
        "restricted-no-xuar-polysilicon",
        CONTRACT + "The Goods must not include any polysilicon manufactured in the XUAR.",
        "restricted-sources",
        "present",
    ),
    (
        "regcoop-support-applicability-review",
        FL + "Supplier shall support Buyer in any applicability review by CBP.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "regcoop-import-licence-near-miss",
        FL + "Supplier shall assist Buyer in obtaining any import licence for the Goods.",
        "regulatory-cooperation",
        "missing",
    ),
    (
        "notify-written-notice-within-days-of-allegation",
        CONTRACT + "Supplier shall give Buyer written notice within 5 days of any allegation of "
        "forced labour.",
        "notification",
        "present",
    ),
    (
        "notify-written-notice-of-delay-near-miss",
        FL + "Supplier shall give Buyer written notice of any delay in delivery.",
        "notification",
        "missing",
    ),
    (
        "trace-data-subcontractors-near-miss",
        FL + "Supplier shall identify in writing each subcontractor that will have access to "
        "Buyer's personal data.",
        "traceability",
        "missing",
    ),
    (
        "trace-data-sub-processors-near-miss",
        FL + "Supplier shall disclose each sub-processor of personal data.",
        "traceability",
        "missing",
    ),
    (
        "cert-annual-insurance-compliance-certificate-near-miss",
        FL
        + "Supplier shall deliver an annual compliance certificate confirming that the insurance "
        "policies remain in force.",
        "certification",
        "missing",
    ),
    # --- other party names and word orders
    (
        "unsub-use-only-approved-manufacturers",
        LICENCE + "Licensee shall use only manufacturers approved by Licensor in writing.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-use-only-approved-carriers-near-miss",
        LICENCE + "Licensee shall use only carriers approved by Licensor for deliveries.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "flow-its-raw-material-suppliers",
        CONTRACT + "Supplier shall require each of its raw material suppliers to comply with the "
        "Supplier Code of Conduct.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-its-raw-material-suppliers-quality-near-miss",
        CONTRACT + "Supplier shall require each of its raw material suppliers to comply with the "
        "Specifications.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "trace-cotton-back-to-gin",
        CONTRACT + "Supplier shall maintain records tracing the cotton in each Product back to the "
        "gin.",
        "traceability",
        "present",
    ),
    (
        "regcoop-cbsa-labour-used",
        SALE + "The Seller shall provide all information that the Canada Border Services Agency "
        "requests regarding the labour used to produce the Goods.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "regcoop-cbsa-tariff-classification-near-miss",
        SALE + "The Seller shall provide all information that the Canada Border Services Agency "
        "requests for the tariff classification of the Goods.",
        "regulatory-cooperation",
        "missing",
    ),
    (
        "unsub-factories-used-for-production-disclosed",
        CODE + "Factories used for Meridian production must be disclosed to Meridian before "
        "production starts.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-factories-used-for-production-hedged",
        CODE + "Factories used for Meridian production should be disclosed to Meridian.",
        "unauthorized-subcontracting",
        "weak",
    ),
    (
        "restricted-no-supplier-on-entity-list",
        FL + "Supplier represents that none of its suppliers is on the UFLPA Entity List.",
        "restricted-sources",
        "present",
    ),
    (
        "restricted-train-suppliers-on-entity-list-near-miss",
        FL + "Supplier shall train its suppliers on the risks of the UFLPA Entity List.",
        "restricted-sources",
        "missing",
    ),
    (
        "cert-no-slavery-convictions-weak",
        CONTRACT
        + "Supplier warrants that neither it nor any of its officers has been convicted of "
        "any offence involving slavery or human trafficking.",
        "certification",
        "weak",
    ),
    (
        "cert-no-forced-labour-warranty-present",
        CONTRACT + "Supplier warrants that no slavery or human trafficking has been used in making "
        "the Goods.",
        "certification",
        "present",
    ),
    (
        "trace-report-smelters-cmrt-weak",
        CONTRACT + "Supplier shall report the smelters and refiners of tin, tantalum, tungsten and "
        "gold in its supply chain using the CMRT.",
        "traceability",
        "weak",
    ),
    (
        "trace-report-farms-present",
        CONTRACT + "Supplier shall report the farms and ginners that supplied the cotton in the "
        "Goods.",
        "traceability",
        "present",
    ),
    (
        "trace-origin-of-goods-inputs",
        CONTRACT + "Supplier shall be able to demonstrate the origin of the Goods' inputs.",
        "traceability",
        "present",
    ),
    (
        "trace-supply-chain-visibility-to-tier-3",
        CONTRACT + "Supplier shall maintain full supply chain visibility down to tier 3.",
        "traceability",
        "present",
    ),
    (
        "trace-chain-of-custody-cotton",
        CONTRACT
        + "Supplier shall provide a chain of custody document for each shipment of cotton.",
        "traceability",
        "present",
    ),
    (
        "trace-chain-of-custody-samples-near-miss",
        CONTRACT + "Supplier shall maintain chain of custody for all laboratory samples.",
        "traceability",
        "missing",
    ),
    (
        "trace-track-shipments-near-miss",
        CONTRACT + "Supplier shall trace each shipment and provide tracking numbers.",
        "traceability",
        "missing",
    ),
    (
        "unsub-allow-third-party-to-manufacture",
        CONTRACT + "Supplier shall not allow any third party to manufacture the Goods without "
        "Buyer's consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-production-facilities-declared",
        CONTRACT + "All production facilities, including those of subcontractors, must be declared "
        "to Buyer before the first order.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "flow-incorporated-into-subcontracts",
        FL_ARTICLE + "9.3 Supplier shall ensure that the requirements of this Article are "
        "incorporated into its contracts with its subcontractors.",
        "subtier-flowdown",
        "present",
    ),
    (
        "cert-affirms-free-of-forced-labour",
        CONTRACT + "Supplier represents and affirms that the Goods are free of forced labour.",
        "certification",
        "present",
    ),
    (
        "unsub-maker-party-delivery-locations-near-miss",
        MAKER + "Manufacturer shall deliver the Products only to locations approved by Orbis.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-maker-party-only-approved-subcontractors",
        MAKER + "Manufacturer shall use only subcontractors approved by Orbis.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "records-register-of-workers-with-period",
        CONTRACT + "Supplier shall keep a register of all workers, including their dates of birth, "
        "for the duration of their employment and three years thereafter.",
        "records-retention",
        "present",
    ),
    (
        "records-payroll-made-available-weak",
        CONTRACT + "Supplier shall make its payroll records available to Buyer's auditors.",
        "records-retention",
        "weak",
    ),
    (
        "records-payroll-made-available-negated",
        CONTRACT + "Supplier is not required to make its payroll records available to Buyer.",
        "records-retention",
        "missing",
    ),
    (
        "records-register-of-shareholders-near-miss",
        CONTRACT + "Supplier shall keep a register of its shareholders for ten years.",
        "records-retention",
        "missing",
    ),
    (
        "unsub-name-and-address-of-any-subcontractor",
        CONTRACT + "Supplier must inform Buyer of the name and address of any subcontractor "
        "before it begins production.",
        "unauthorized-subcontracting",
        "present",
    ),
    # --- translated drafting
    (
        "flow-have-obligations-respected-by-subcontractors",
        FL + "The Supplier undertakes to have these obligations respected by its own "
        "subcontractors.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-have-obligations-respected-no-labour-document",
        CONTRACT + "The Supplier undertakes to have these obligations respected by its own "
        "subcontractors.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "unsub-only-with-prior-written-agreement",
        CONTRACT + "The Supplier may only subcontract all or part of the Order with the prior "
        "written agreement of the Buyer.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-assign-with-prior-written-agreement-near-miss",
        CONTRACT + "The Supplier may only assign the Order with the prior written agreement of "
        "the Buyer.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "trace-origin-certificates-for-importing-customs-near-miss",
        FL + "Supplier shall provide, upon request, certificates of origin and any other documents "
        "required by the customs authorities of the importing country.",
        "traceability",
        "missing",
    ),
    (
        "trace-batch-to-raw-material-lots-near-miss",
        FL + "Supplier shall maintain traceability of each lot of Product to the batches of raw "
        "materials used.",
        "traceability",
        "missing",
    ),
    (
        "regcoop-regulatory-authority-inquiry-near-miss",
        FL + "Supplier shall cooperate with Buyer in responding to any inquiry from a regulatory "
        "authority concerning the Products.",
        "regulatory-cooperation",
        "missing",
    ),
    (
        "notify-competition-authority-investigation-near-miss",
        FL + "Supplier shall notify Buyer of any investigation by a competition authority.",
        "notification",
        "missing",
    ),
    # --- list forms: the consent or the notice in the lead-in, the act in the items
    (
        "unsub-consent-in-lead-in",
        CONTRACT + "Supplier shall not, without Buyer's prior written consent:\n\n(a) subcontract "
        "the manufacture of the Goods; or\n\n(b) move production to another facility.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-free-in-lead-in",
        CONTRACT + "Supplier may, without Buyer's consent:\n\n(a) subcontract the manufacture of "
        "the Goods; or\n\n(b) move production to another facility.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-consent-in-lead-in-hedged",
        CONTRACT + "Supplier should not, without Buyer's prior written consent:\n\n(a) subcontract "
        "the manufacture of the Goods; or\n\n(b) move production to another facility.",
        "unauthorized-subcontracting",
        "weak",
    ),
    (
        "notify-events-in-items",
        CONTRACT + "Supplier shall notify Buyer within five days of:\n\n(a) any detention of the "
        "Goods by CBP;\n\n(b) any Withhold Release Order naming Supplier.",
        "notification",
        "present",
    ),
    (
        "notify-item-under-finding-condition",
        CONTRACT
        + "If Supplier becomes aware of any forced labour in its supply chain, it shall:\n\n"
        "(a) notify Buyer within 24 hours; and\n\n(b) take corrective action.",
        "notification",
        "present",
    ),
    (
        "notify-item-under-finding-condition-hedged",
        CONTRACT
        + "If Supplier becomes aware of any forced labour in its supply chain, it should:\n\n"
        "(a) notify Buyer; and\n\n(b) take corrective action.",
        "notification",
        "weak",
    ),
    (
        "notify-item-under-recall-condition-near-miss",
        CONTRACT + "If Supplier becomes aware of any defect in the Goods, it shall:\n\n"
        "(a) notify Buyer within 24 hours; and\n\n(b) take corrective action.",
        "notification",
        "missing",
    ),
    (
        "regcoop-detention-in-lead-in",
        FL + "If a customs authority detains any Goods, Supplier shall:\n\n(a) provide all supply "
        "chain documents within ten days; and\n\n(b) answer any request for information.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "regcoop-customs-request-in-lead-in-paperwork-near-miss",
        FL + "If a customs authority requests it, Supplier shall:\n\n(a) provide certificates of "
        "origin; and\n\n(b) mark the Goods with their country of origin.",
        "regulatory-cooperation",
        "missing",
    ),
    (
        "unsub-prohibited-list",
        CODE + "The following are prohibited:\n\n- unauthorized subcontracting;\n\n- production in "
        "undisclosed factories.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "flow-risk-assessment-of-its-supply-chain-near-miss",
        CONTRACT + "Supplier shall carry out a risk assessment of its supply chain against the "
        "Supplier Code of Conduct.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "flow-no-forced-labour-anywhere-in-its-supply-chain",
        CONTRACT + "Supplier shall ensure that forced labour is not used anywhere in its supply "
        "chain.",
        "subtier-flowdown",
        "present",
    ),
    # --- labour hire: sub-agents and recruiters as the sub-tier
    (
        "unsub-sub-agents-without-consent",
        HIRE + "The Agency shall not use sub-agents to recruit Workers without the Host's prior "
        "written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-other-recruiter-unless-approved",
        HIRE + "The Agency must not engage any other recruiter to source Workers unless the Host "
        "has approved it in writing.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-host-uses-other-providers-near-miss",
        HIRE + "The Host may use other labour hire providers at its discretion.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "flow-recruiters-and-sub-agents-modern-slavery",
        HIRE + "The Agency shall require its recruiters and sub-agents to comply with the Modern "
        "Slavery Act 2018.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-recruiters-confidentiality-near-miss",
        HIRE + "The Agency shall require its recruiters to keep Worker data confidential.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "cert-signed-quarterly-statement",
        HIRE + "The Agency shall provide the Host each quarter with a signed statement that it "
        "complies with the Modern Slavery Act 2018.",
        "certification",
        "present",
    ),
    (
        "cert-wage-statement-to-workers-near-miss",
        CONTRACT + "Supplier shall give each worker a written statement of wages paid and "
        "deductions made.",
        "certification",
        "missing",
    ),
    (
        "cert-published-modern-slavery-statement-near-miss",
        CONTRACT + "Supplier shall publish an annual modern slavery statement.",
        "certification",
        "missing",
    ),
    # --- construction and seafood drafting
    (
        "unsub-sub-let-the-works",
        BUILD + "The Subcontractor shall not sub-let any part of the Works without the "
        "Contractor's prior written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-sublet-premises-near-miss",
        CONTRACT + "Supplier shall not sublet the premises without the landlord's consent.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-unapproved-vessel",
        SEAFOOD + "Seller shall not source fish from any vessel that Buyer has not approved.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-unapproved-warehouse-near-miss",
        CONTRACT + "Supplier shall not deliver to any warehouse that Buyer has not approved.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "regcoop-cbp-inquiry-into-labour-conditions",
        SEAFOOD + "Seller shall respond within ten days to any NOAA or CBP inquiry into labour "
        "conditions on the vessels that supplied the fish.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "regcoop-cbp-inquiry-tariff-near-miss",
        SEAFOOD + "Seller shall respond to any CBP inquiry about the tariff classification of the "
        "fish.",
        "regulatory-cooperation",
        "missing",
    ),
    # --- produce growers, due-diligence (CSDDD-style) drafting
    (
        "unsub-only-listed-growers-and-packhouses",
        SALE + "The Seller shall source the Goods only from the growers and packhouses listed in "
        "Schedule 1.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "notify-labour-exploitation-at-grower",
        SALE + "The Seller shall inform the Purchaser without delay of any labour exploitation "
        "found at a grower's farm.",
        "notification",
        "present",
    ),
    (
        "notify-adverse-human-rights-impact",
        CONTRACT + "Supplier shall inform Buyer without undue delay of any adverse human rights "
        "impact identified in its operations or supply chain.",
        "notification",
        "present",
    ),
    (
        "notify-adverse-impact-on-delivery-near-miss",
        CONTRACT + "Supplier shall inform Buyer without undue delay of any adverse impact on "
        "delivery dates.",
        "notification",
        "missing",
    ),
    (
        "trace-value-chain-map",
        CONTRACT + "Supplier shall maintain a map of its value chain identifying all direct and "
        "indirect suppliers.",
        "traceability",
        "present",
    ),
    (
        "flow-contractual-assurances-business-partners",
        CONTRACT + "Supplier shall seek contractual assurances from its direct business partners "
        "that they will comply with the Supplier Code of Conduct.",
        "subtier-flowdown",
        "present",
    ),
    (
        "flow-conflict-minerals-smelters-near-miss",
        CONTRACT
        + "Supplier shall require its suppliers to source tin, tantalum, tungsten and gold "
        "only from conformant smelters.",
        "subtier-flowdown",
        "missing",
    ),
    # --- quality and commercial near misses in a document that bans forced labour
    (
        "trace-nonconforming-material-to-source-near-miss",
        FL + "Supplier shall trace and report any nonconforming material to its source within the "
        "plant.",
        "traceability",
        "missing",
    ),
    (
        "trace-defective-components-to-cotton-farm-present",
        FL + "Supplier shall trace the cotton in any defective Goods back to the farm where it was "
        "grown.",
        "traceability",
        "present",
    ),
    (
        "unsub-change-raw-material-supplier-near-miss",
        FL + "Supplier shall not change the raw material supplier for critical components without "
        "Buyer's prior written approval.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "notify-change-of-control-near-miss",
        FL + "Supplier shall inform Buyer of any change in its ownership or control.",
        "notification",
        "missing",
    ),
    (
        "restricted-producer-named-in-cbp-finding",
        CONTRACT
        + "Supplier shall exclude from its supply chain any producer named in a CBP Finding "
        "under 19 U.S.C. 1307.",
        "restricted-sources",
        "present",
    ),
    (
        "restricted-breach-of-1307-is-compliance-near-miss",
        CONTRACT + "Supplier shall not supply any Goods in breach of 19 U.S.C. 1307.",
        "restricted-sources",
        "missing",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
