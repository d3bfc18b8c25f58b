"""Phrasing rows for families of false findings on unseen drafting (round 7, supply chain): a
ship that a charter, refit or manning contract is about (not the fishing vessel the catch comes
from); "employer of record" and "this letter records"; the sites where a standard applies;
change control of sites and sources; a questionnaire's question about flow-down clauses; due
diligence in the supply chain without terms imposed on it; records that support invoices;
attendance at training; a price that expressly does not follow labour costs. Each family has its
positives, its near miss, and where it applies its hedged and negated forms. Also: "the
Subcontractor" that is the party of a subcontract (not a sub-tier), "shall not use, or permit any
subcontractor to use", the tier-1 suppliers a code is addressed to, steel mill certificates kept
for quality assurance and a vendor declaration of farm chemicals.
"""

from __future__ import annotations

import pytest
from helpers import CONTRACT, FL, PhrasingRow, assert_status, phrasing_params

CHARTER = (
    "TIME CHARTER RIDER\n\n"
    'This Rider is made between Nordic Reefer AS ("Owners") and Pacific Seafoods Ltd '
    '("Charterers").\n\n'
    "Owners shall not use forced labour in any form on the Vessel.\n\n"
)

CODE_FL = (
    "SUPPLIER CODE OF CONDUCT\n\nThis Code applies to all suppliers of Meridian Home.\n\n"
    "Suppliers do not use forced labour in any form.\n\n"
)
SUBCONTRACT = (
    "SUBCONTRACT\n\n"
    'This Subcontract is made between Harbour Energy Builders Pty Ltd ("the Contractor") and '
    'Tasman Steel Towers Pty Ltd ("the Subcontractor").\n\n'
)

ROWS: list[PhrasingRow] = [
    # --- traceability: the ship a contract is about is not the vessel the catch comes from
    (
        "trc-employer-of-record-vessels",
        CHARTER + "Owners wish to employ deckhands on their vessels, and the Agency, as employer "
        "of record, will recruit, train and pay them on the terms below.",
        "traceability",
        "missing",
    ),
    (
        "trc-letter-records-vessels",
        CHARTER + "This letter records the further terms we have agreed about the crews of the "
        "Vessels.",
        "traceability",
        "missing",
    ),
    (
        "trc-delete-vessel-register",
        CHARTER + "On delivery the Owners shall provide a Bill of Sale and a certificate that the "
        "Vessel has been deleted from the Bahamas register.",
        "traceability",
        "missing",
    ),
    (
        "trc-hours-of-rest-records-vessel",
        CHARTER + "Owners shall keep the hours of rest records on board the Vessel.",
        "traceability",
        "missing",
    ),
    (
        "trc-vessel-that-caught",
        FL + "Supplier shall provide, for each lot, the name, flag and IMO number of each vessel "
        "that caught the fish and the processing plant.",
        "traceability",
        "present",
    ),
    (
        "trc-harvesting-vessel-record",
        FL + "Supplier shall record, for each lot, the name of each harvesting vessel.",
        "traceability",
        "present",
    ),
    (
        "trc-vessel-of-origin",
        FL + "Supplier shall identify the farm or vessel of origin of every lot of shrimp.",
        "traceability",
        "present",
    ),
    (
        "trc-vessel-hedged",
        FL + "Supplier should identify each vessel that caught the fish in every lot.",
        "traceability",
        "weak",
    ),
    # --- traceability: where a standard applies is not where inputs come from
    (
        "trc-site-scope-lead-in",
        FL + "The Supplier must ensure that, at every facility where Goods or their components "
        "are made:\n\n(a) no worker pays a recruitment fee;\n\n(b) wages are paid on time.",
        "traceability",
        "missing",
    ),
    (
        "trc-where-components-made-disclosed",
        FL + "The Supplier must disclose to the Buyer where the components of the Goods are made.",
        "traceability",
        "present",
    ),
    # --- traceability: change control of sites and sources
    (
        "trc-change-control-source",
        FL + "The Vendor shall not change the manufacturing site, the manufacturing process or "
        "the source of any key raw material used for a Product without 180 days' prior written "
        "notice to the Company.",
        "traceability",
        "missing",
    ),
    (
        "trc-change-control-alter-source",
        FL + "Seller shall not alter the source of any ingredient without Buyer's prior written "
        "consent.",
        "traceability",
        "missing",
    ),
    (
        "trc-origin-records-kept",
        FL + "The Vendor shall record the origin of the raw materials used for each Product and "
        "give the records to the Company on request.",
        "traceability",
        "present",
    ),
    (
        "trc-origin-records-no-obligation",
        FL + "The Vendor is not required to record the origin of the raw materials used for each "
        "Product.",
        "traceability",
        "missing",
    ),
    # --- subtier-flowdown: a questionnaire's question is no duty
    (
        "sub-question-contracts-include",
        FL + "Q6. Do your contracts with ingredient suppliers include clauses on forced labour? "
        "If yes, attach an example.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-question-require-suppliers",
        FL + "Do you require your own suppliers to comply with equivalent forced labour standards?",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-include-clauses-positive",
        FL + "Supplier shall include clauses on forced labour in its contracts with ingredient "
        "suppliers.",
        "subtier-flowdown",
        "present",
    ),
    # --- subtier-flowdown: due diligence in the supply chain imposes nothing on it
    (
        "sub-due-diligence-in-chain",
        FL + "22.4 The Supplier shall carry out human rights due diligence proportionate to its "
        "size, which shall include identifying and assessing the risks of forced labour in its "
        "own operations and in its supply chain for pig iron, scrap and alloys.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-risk-assessment-throughout-chain",
        FL + "Supplier shall carry out a risk assessment of forced labour throughout its supply "
        "chain each year.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-due-diligence-and-flow-down",
        FL + "Supplier shall carry out due diligence in its supply chain and shall require its "
        "suppliers to comply with equivalent obligations on forced labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-due-diligence-and-flow-down-hedged",
        FL + "Supplier shall carry out due diligence in its supply chain and shall use reasonable "
        "efforts to require its suppliers to comply with equivalent obligations on forced labour.",
        "subtier-flowdown",
        "weak",
    ),
    # --- records-retention: records that support invoices are a financial audit
    (
        "rec-timesheets-supporting-charges",
        FL + "7.1 The Vendor shall keep all records relating to this SOW, including the timesheets "
        "and invoices supporting its charges, for seven years after final payment.",
        "records-retention",
        "missing",
    ),
    (
        "rec-time-records-substantiate-invoices",
        FL + "Contractor shall retain time records sufficient to substantiate its invoices for "
        "three years after the final payment.",
        "records-retention",
        "missing",
    ),
    (
        "rec-payroll-and-timesheets-kept",
        FL + "The Vendor shall keep payroll records and timesheets for every worker for seven "
        "years after final payment.",
        "records-retention",
        "present",
    ),
    (
        "rec-payroll-supporting-charges-kept",
        FL + "The Vendor shall keep the payroll records of its workers, and the invoices "
        "supporting its charges, for seven years.",
        "records-retention",
        "present",
    ),
    # --- records-retention: attendance at training
    (
        "rec-training-attendance",
        FL + "2.4 The Seller shall provide induction training to all employees and contractors' "
        "workers before they start work at the Mine, covering the Seller's human rights policy "
        "and the prohibition of forced labour and child labour, and shall keep attendance "
        "records.",
        "records-retention",
        "missing",
    ),
    (
        "rec-attendance-and-payroll-kept",
        FL + "Supplier shall keep attendance records and payroll records for three years.",
        "records-retention",
        "present",
    ),
    # --- responsible-purchasing: a price that expressly does not follow labour costs
    (
        "rp-no-adjustment-labour-costs",
        FL + "Contract prices shall be adjusted on each 1 January by the Consumer Price Index. "
        "No adjustment shall be made for changes in labour costs.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-not-increased-for-wage-costs",
        FL + "The Price shall not be increased for any change in the Supplier's wage costs.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-price-follows-labour-costs",
        FL + "Buyer shall adjust the prices each year to reflect any increase in the Supplier's "
        "labour costs.",
        "responsible-purchasing",
        "present",
    ),
    # --- subtier-flowdown: the Subcontractor that is the party is no sub-tier
    (
        "sub-party-subcontractor-own-ban",
        SUBCONTRACT + "24.2 The Subcontractor must not engage in Modern Slavery in performing the "
        "Subcontract Works, including in the fabrication and transport of the Towers.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-party-subcontractor-complies-law",
        SUBCONTRACT + "The Subcontractor shall not use forced labour.\n\n6.2 The Subcontractor "
        "shall comply with the Modern Slavery Act 2018 (Cth).",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-party-subcontractor-its-subcontractors",
        SUBCONTRACT + "The Subcontractor must ensure that its subcontractors and suppliers do not "
        "engage in Modern Slavery.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-party-subcontractor-hedged",
        SUBCONTRACT + "The Subcontractor must take reasonable steps to ensure that its "
        "subcontractors and suppliers do not engage in Modern Slavery.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "sub-any-capitalised-subcontractor",
        FL + "Supplier shall ensure that any Subcontractor complies with the forced labour "
        "provisions of this Agreement.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-not-use-or-permit",
        SUBCONTRACT + "10.2 The Subcontractor shall not use, or permit any lower-tier "
        "subcontractor or labour supplier to use, forced labour, bonded labour or prison labour "
        "on the Project.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-code-addressed-to-tier-one",
        "SUPPLIER CODE OF CONDUCT\n\nThis Code sets out what we require of every business that "
        'supplies us with materials or services ("Suppliers").\n\nSuppliers do not use forced '
        "labour in any form.",
        "subtier-flowdown",
        "missing",
    ),
    # --- traceability: quality certificates and farm-chemical declarations
    (
        "trc-mill-certificates-quality-assurance",
        FL + "The Supplier must keep mill certificates and heat records for each Call-off for "
        "seven years and provide copies to the Customer on request, for the purposes of the "
        "Customer's quality assurance and structural certification.",
        "traceability",
        "missing",
    ),
    (
        "trc-mill-certificate-naming-smelter",
        FL + "Seller shall retain the supplier's mill certificate naming the primary smelter and "
        "country of smelting, and shall provide Buyer with a quarterly smelter list.",
        "traceability",
        "present",
    ),
    (
        "trc-vendor-declaration-chemicals",
        FL + "The Ginner must provide a Commodity Vendor Declaration for each consignment stating "
        "the chemical treatments applied to the crop, and must keep copies for three years.",
        "traceability",
        "missing",
    ),
    # --- subtier-flowdown: a flow-down that reaches only fees or documents is partial
    (
        "sub-fees-only-labour-hire",
        FL + "(b) The Supplier shall not, and shall ensure that its labour hire providers do not, "
        "charge any worker a recruitment fee or a visa-sponsorship fee.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "sub-fees-only-recruiters-forbidden",
        FL + "Supplier shall contractually forbid its foreign recruiters and agents from seeking "
        "or receiving any recruitment fee or visa fee from workers.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "sub-fees-and-forced-labour",
        FL + "Supplier shall ensure that its labour hire providers do not use forced labour or "
        "charge any worker a recruitment fee.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-fees-this-letter-flowed",
        FL + "Supplier shall require each recruitment agency, in writing, to apply the "
        "undertakings in this letter and not to charge workers any fee.",
        "subtier-flowdown",
        "present",
    ),
    # --- subtier-flowdown: the flow-down hedged in its own conjunct or bounded by influence
    (
        "sub-best-endeavours-second-conjunct",
        FL + "S4.2 The Provider must ensure that no person performing the Services is subject to "
        "forced labour, and must use its best endeavours to ensure the same throughout its "
        "supply chain.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "sub-should-ensure-own-suppliers",
        FL + "Vendor shall comply with Retailer's Vendor Code of Conduct, and should ensure that "
        "its own suppliers are aware of it.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "sub-extent-able-to-influence",
        FL + "The Supplier shall ensure that sub-suppliers in the supply chain comply with the "
        "forced labour requirements of this clause, to the extent that the Supplier is able to "
        "influence them.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "sub-knowledge-of-sub-suppliers",
        CONTRACT + "Seller represents and warrants that neither Seller nor, to Seller's "
        "knowledge, its sub-suppliers use forced, indentured, convict or child labor in the "
        "manufacture of the Goods.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "sub-request-own-suppliers",
        FL + "Supplier shall comply with the Buyer's Supplier Code of Conduct, and shall request "
        "its own suppliers to comply with content equivalent thereto.",
        "subtier-flowdown",
        "weak",
    ),
    # --- subtier-flowdown: notices about the supply chain, laws on agencies, requests to the party
    (
        "sub-notify-modern-slavery-in-chain",
        FL + "(a) The Supplier must notify the Customer in writing as soon as it becomes aware of "
        "any actual or suspected Modern Slavery in its operations or in its supply chains.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-notify-and-require-suppliers",
        FL + "The Supplier must notify the Customer of any Modern Slavery in its supply chains "
        "and must require its suppliers to give it the same notice.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-law-on-employment-intermediaries",
        FL + "2. The Supplier undertakes to comply with the Buyer's Responsible Sourcing Standard "
        "and with the regulations on employment intermediaries in agriculture.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-requests-passed-to-seller",
        FL + "6.2 The Seller shall comply with the laws that prohibit forced labour, including "
        "Norway's Transparency Act to the extent the Buyer passes its requests on to the Seller.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-allow-anyone-on-farm",
        FL + "(a) A Farmer must not use, or allow anyone on the supply farm to use, forced or "
        "compulsory labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-own-farm-registered",
        FL + "The Supplier shall adhere to the ETI Base Code and shall register its packhouse and "
        "each Own Farm on Sedex within sixty days.",
        "subtier-flowdown",
        "missing",
    ),
    # --- responsible-purchasing: the buyer's restraints drafted in the negative
    (
        "rp-not-reduce-agreed-price-after-harvest",
        CODE_FL + "We pay for each harvest within seven days of grading, and we do not reduce the "
        "agreed count-based price after the shrimp has been harvested.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-not-reduce-contracted-hours",
        FL + "Buyer shall not reduce the contracted weekly hours in the Staffing Plan on less than "
        "seven days' notice.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-supplier-not-reduce-hours",
        FL + "Supplier shall not reduce the contracted weekly hours of any worker without the "
        "worker's consent.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-not-deduct-contributions",
        FL + "Buyer will not deduct promotional or marketing contributions from Supplier's "
        "invoices unless Supplier has agreed them in writing beforehand.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-roster-without-overtime",
        FL + "Buyer shall not request a change of berth window at less than 24 hours' notice, so "
        "that Supplier can roster its gangs without excessive or unplanned overtime.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-not-disengage-merely-lower-price",
        FL + "Buyer will not disengage from a supplier that is making measurable improvement under "
        "an agreed plan merely because a lower price is offered elsewhere.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-not-terminate-first-finding",
        FL + "Buyer will not terminate this Agreement on the basis of a first finding that "
        "Supplier is remedying in accordance with the plan.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-may-terminate-first-finding",
        FL + "Buyer may terminate this Agreement immediately on a first finding of forced labour.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "rp-tender-price-not-cover-wages",
        CODE_FL + "We will not accept a tender whose price does not cover at least the wages of "
        "the collective agreement.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-not-place-orders-below-labour-costing",
        FL + "Buyer shall not place orders at prices below the factory's labour costing.",
        "responsible-purchasing",
        "present",
    ),
    (
        "rp-hedged-not-reduce-hours",
        FL + "Buyer will endeavour not to reduce the contracted weekly hours on less than seven "
        "days' notice.",
        "responsible-purchasing",
        "weak",
    ),
    # --- unauthorized-subcontracting: sites, sources and providers changed only with consent
    (
        "us-subaward-third-party-delivers",
        FL + "Supplier may not make any subaward, or enter into any contract under which a third "
        "party will deliver training or supervise participants, without Buyer's prior written "
        "approval.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "us-use-contractors-or-another-company",
        FL + "The Supplier must not use contractors, labour hire workers or another security "
        "company to perform any part of this Statement of Work unless the Buyer has approved the "
        "arrangement in writing beforehand.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "us-change-quarry-without-consent",
        FL + "The Supplier shall not change the quarry or processing plant after award without "
        "the Buyer's written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "us-change-quarry-at-discretion",
        FL + "The Supplier may change the quarry or processing plant at its discretion.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "us-change-specification-consent",
        FL + "The Supplier shall not change the specification or the packaging of the Goods "
        "without "
        "the Buyer's written consent.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "us-new-contractor-without-consent",
        FL + "The Supplier shall not engage a new planing or finger-jointing contractor for the "
        "Products without the Buyer's written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "us-hand-call-to-another-agent",
        CODE_FL + "Suppliers do not hand a port call, or any part of it, to another agent, boat "
        "operator or transport company without first telling our port office and receiving its "
        "agreement.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "us-only-at-registered-sheds",
        CODE_FL + "Peeling is done only at sheds registered with us.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "us-only-approved-processor-list",
        FL + "Special processes (painting, fire-blocking treatment) may only be placed with "
        "processors on the Buyer's approved processor list.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "us-cancel-if-unlisted-facility",
        CODE_FL + "Meridian may cancel open purchase orders if a supplier uses a facility that is "
        "not listed in the Vendor Portal.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "us-no-product-shipped-new-site",
        FL + "No product may be shipped from a new or transferred assembly site until Buyer has "
        "issued written qualification approval.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "us-tell-before-switching-quarry",
        FL + "The Supplier shall tell the Buyer before switching to a different quarry, sawmill "
        "or processor.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "us-subcontract-without-our-written-agreement",
        CODE_FL + "Suppliers must not subcontract any part of the production of our shoes, "
        "including hand-stitching by home workers, without our written agreement.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "us-subcontract-should-agreement",
        CODE_FL + "Suppliers should not subcontract any part of the production of our shoes "
        "without our written agreement.",
        "unauthorized-subcontracting",
        "weak",
    ),
    # --- subtier-flowdown: agents and contractors named as the supplier's own sub-tier
    (
        "sub-recruiter-it-uses-fee",
        FL + "The Supplier shall not, and shall ensure that any recruiter it uses does not, charge "
        "any worker a fee or cost for recruitment or placement.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "sub-through-manning-agents-fee-hedged",
        FL + "The Supplier will endeavour to ensure that crew members recruited through manning "
        "agents have not paid the agents any fee for their placement.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "sub-supplier-pays-invoice-fees",
        FL + "Supplier shall ensure that its subcontractors pay their invoices and fees on time.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-supply-chain-operator",
        FL + "Supplier shall not, and shall ensure that no Supply Chain Operator does, use forced "
        "labor, bonded labor or prison labor of any kind.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-labour-supply-company-does-same",
        FL + "19.1 The Supplier shall not use forced labour. 19.2 The Supplier shall take "
        "reasonable steps to ensure that any labour supply company from which it hires dockers "
        "does the same.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "sub-operations-or-supply-chains",
        FL + "The Supplier must ensure that there is no modern slavery in its operations or supply "
        "chains, including among the contractors who supply seasonal labour.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-each-supplier-of-undertaking",
        FL + "6.1 The Supplier shall not use forced labour.\n\n6.4 The Supplier shall obtain from "
        "each supplier of metallurgical-grade silicon a written undertaking equivalent to Article "
        "6.1.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-require-defined-growers-comply",
        FL + "12.3 Seller shall require Planters and Contratistas, by written agreement, to comply "
        "with the forced labour provisions of this Agreement.",
        "subtier-flowdown",
        "present",
    ),
    (
        "sub-buyer-requires-supplier-comply",
        FL + "Buyer may require Supplier to comply with the forced labour provisions of this "
        "Agreement.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "sub-counterfeit-and-forced-labour",
        FL + "17.1 Supplier shall not use, and shall not permit any of its subcontractors or "
        "sub-tier suppliers to use, forced labor or counterfeit electronic parts.",
        "subtier-flowdown",
        "present",
    ),
    # --- traceability: producers and sites disclosed in other words
    (
        "trc-disclose-every-smelter-through-portal",
        FL + "The Supplier shall disclose to the Buyer, through the Buyer's supplier portal and "
        "updated each quarter, every smelter and remelt plant that supplied metal used in the "
        "Products.",
        "traceability",
        "present",
    ),
    (
        "trc-every-shop-involved-in-making",
        FL + "On request, the Supplier shall disclose to the Buyer the name and location of every "
        "foundry, forge and machining shop involved in making the Products.",
        "traceability",
        "present",
    ),
    (
        "trc-name-the-quarry",
        FL + "With its tender, the Supplier shall name the quarry, the cutting and finishing "
        "plant, "
        "and the country of each, for every stone product tendered.",
        "traceability",
        "present",
    ),
    (
        "trc-growers-from-whom-bought",
        FL + "The Supplier shall keep, for each lot it ships, the names and villages of the "
        "growers from whom the green beans were bought.",
        "traceability",
        "present",
    ),
    (
        "trc-mill-test-reports-accompany-shipment",
        FL + "Certificates of conformance and mill test reports must accompany each shipment.",
        "traceability",
        "missing",
    ),
    (
        "trc-emrt-reporting",
        FL + "The Supplier shall complete the Responsible Minerals Initiative Extended Minerals "
        "Reporting Template for graphite each year.",
        "traceability",
        "weak",
    ),
    (
        "trc-chain-of-purchase-records",
        FL + "The Supplier must purchase components only from the original component manufacturer "
        "or its authorized distributors and must keep records of the chain of purchase.",
        "traceability",
        "weak",
    ),
    (
        "trc-disclose-every-change",
        FL + "The Supplier shall disclose to the Buyer every change to its prices and delivery "
        "dates.",
        "traceability",
        "missing",
    ),
    # --- records-retention and risk-assessment: other names for the same records and tools
    (
        "rec-muster-rolls-wage-registers",
        CODE_FL + "Farms and sheds keep muster rolls and wage registers for at least three years.",
        "records-retention",
        "present",
    ),
    (
        "rec-right-to-work-records",
        CODE_FL + "You keep pay, time and right-to-work records for workers on our work for at "
        "least six years.",
        "records-retention",
        "present",
    ),
    (
        "rec-wage-registers-should",
        CODE_FL + "Suppliers should keep attendance and wage registers for every worker.",
        "records-retention",
        "weak",
    ),
    (
        "risk-tfs-assessment",
        FL + "At the Buyer's request, the Supplier shall complete the Together for Sustainability "
        "(TfS) assessment, including its labor and human rights section.",
        "risk-assessment",
        "present",
    ),
    (
        "risk-workforce-assurance-questionnaire",
        FL + "The Supplier shall complete the Buyer's Workforce Assurance Questionnaire every two "
        "years.",
        "risk-assessment",
        "present",
    ),
    (
        "risk-information-security-questionnaire",
        FL + "The Supplier shall complete the Buyer's information security questionnaire every "
        "two years.",
        "risk-assessment",
        "missing",
    ),
    # --- certification: a certificate with each shipment that the goods meet the labour section
    (
        "cert-shipment-certificate-labour-section",
        CONTRACT + "5. FORCED LABOUR\n\n5.1 Vendor shall not use forced labour in any form.\n\n5.8 "
        "Vendor shall sign, with each shipment, a certificate confirming that the Goods comply "
        "with this Section 5.",
        "certification",
        "present",
    ),
    (
        "cert-shipment-certificate-of-conformance",
        FL + "Vendor shall sign, with each shipment, a certificate of conformance confirming that "
        "the Goods meet the specifications.",
        "certification",
        "missing",
    ),
    (
        "cert-without-prejudice-to-certification",
        CONTRACT + "5. FORCED LABOUR\n\n5.1 Vendor shall not use forced labour in any form.\n\n5.9 "
        "This Section 5 does not affect the organic certification required by Schedule C.",
        "certification",
        "missing",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
