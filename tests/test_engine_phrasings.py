"""Table-driven phrasing tests for the obligation engine: one phrasing per row.

Each row is a sentence or a mini-document, the obligation it is about, and the status the
engine must give. Contract rows get a preamble that defines the parties, so party scope
("Vendor", "Seller", "Contractor", "Company") is resolved from the text as in real documents.
Every false positive or miss found later becomes a row here.
"""

from __future__ import annotations

import pytest
from helpers import CODE, CONTRACT, assert_status, phrasing_params

from analyzer.engine import analyze_document, document_from_text
from analyzer.playbook import load_playbook

VENDOR = (
    "PURCHASE AGREEMENT\n\n"
    'This Agreement is made between Larch Stores LLC ("Purchaser") and Orion Garments Co. '
    '("Vendor").\n\n'
)
SELLER = (
    "TERMS OF SALE\n\n"
    'These terms govern sales by Kestrel Metals GmbH ("Seller") to Pine Tools Inc. '
    '("Customer").\n\n'
)
COMPANY_BUYS = (
    "MASTER SERVICES AGREEMENT\n\n"
    'This Agreement is between Acme Incorporated ("Company") and Quake Services LLC '
    '("Contractor"). Company shall purchase the services and Contractor shall perform the '
    "services.\n\n"
)
DEFINED_NAME = (
    "MANUFACTURING AGREEMENT\n\n"
    'This Agreement is between Bachem Fine Chemicals AG ("Bachem") and Magenta Pharma Inc. '
    '("Magenta"). Bachem shall manufacture the Product and Magenta shall purchase the Product.\n\n'
)
VENDOR_CODE = (
    "VENDOR CODE OF CONDUCT\n\nThis Code applies to every vendor supplying Larch Stores.\n\n"
)
# a labor section, so "this Clause" and "Clause 10" refer to forced-labor terms
FL_SECTION = (
    CONTRACT
    + "10. FORCED LABOUR\n\n10.1 Supplier shall not use forced labour in any form.\n\n10.2 "
)


def defined_as(name: str, body: str) -> str:
    """A contract whose supplier goes by `name` ("Provider", "Licensee", ...)."""
    return (
        "SUPPLY AGREEMENT\n\n"
        f'This Agreement is made between Harbor Retail Inc. ("Buyer") and Delta Works Ltd. '
        f'("{name}").\n\n' + body
    )


ROWS: list[tuple[str, str, str, str]] = [
    # (id, text, obligation, expected)
    # --- binding
    (
        "bind-shall",
        CONTRACT + "Supplier shall not use forced labor in any form.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "bind-must",
        CONTRACT + "Supplier must not use prison, convict, indentured or bonded labor.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "bind-warrants",
        CONTRACT + "Supplier warrants that no goods have been produced with forced "
        "or convict labor.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "bind-prohibited",
        CONTRACT + "The use of forced, bonded or prison labor by Supplier is prohibited.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "bind-agrees",
        CONTRACT + "Supplier agrees to comply with the Uyghur Forced Labor Prevention "
        "Act and 19 U.S.C. 1307.",
        "legal-compliance",
        "present",
    ),
    (
        "bind-modern-slavery-act",
        CONTRACT + "Supplier shall comply with the Modern Slavery Act 2015.",
        "legal-compliance",
        "present",
    ),
    (
        "bind-code",
        CONTRACT + "Supplier shall comply with the Buyer Supplier Code of Conduct, as "
        "amended from time to time.",
        "code-of-conduct",
        "present",
    ),
    (
        "bind-rba",
        CONTRACT + "Supplier shall adhere to the RBA Code of Conduct.",
        "code-of-conduct",
        "present",
    ),
    (
        "bind-flowdown",
        CONTRACT + "Supplier shall include in its contracts with its subcontractors "
        "and suppliers forced labor provisions at least as onerous as this clause.",
        "subtier-flowdown",
        "present",
    ),
    (
        "bind-trace",
        CONTRACT + "Supplier shall trace its supply chain and keep records of the "
        "origin of raw materials for each shipment.",
        "traceability",
        "present",
    ),
    (
        "bind-audit-buyer-may",
        CONTRACT + "Buyer may conduct unannounced audits of Supplier's "
        "facilities to verify compliance with the forced labor provisions.",
        "audit-rights",
        "present",
    ),
    (
        "bind-interviews",
        CONTRACT + "Supplier shall permit Buyer's auditors to conduct confidential "
        "interviews with workers.",
        "worker-engagement",
        "present",
    ),
    (
        "bind-grievance",
        CONTRACT + "Supplier shall maintain a grievance mechanism through which "
        "workers can report concerns confidentially and without retaliation.",
        "grievance-mechanism",
        "present",
    ),
    (
        "bind-training",
        CONTRACT + "Supplier shall train its managers and recruiters on forced "
        "labor risks every year.",
        "training",
        "present",
    ),
    (
        "bind-notify",
        CONTRACT + "Supplier shall notify Buyer within five days of any suspected "
        "forced labor in its supply chain.",
        "notification",
        "present",
    ),
    (
        "bind-notify-wro",
        CONTRACT + "Supplier shall promptly inform Buyer of any withhold release "
        "order affecting the goods.",
        "notification",
        "present",
    ),
    (
        "bind-remediation",
        CONTRACT + "Supplier shall implement a corrective action plan and "
        "reimburse workers for any recruitment fees paid.",
        "remediation",
        "present",
    ),
    (
        "bind-termination",
        CONTRACT + "Buyer may terminate this Agreement immediately if Supplier uses forced labor.",
        "termination-remedies",
        "present",
    ),
    (
        "bind-certify",
        CONTRACT + "Supplier shall certify annually that it complies with the forced "
        "labor provisions of this Agreement.",
        "certification",
        "present",
    ),
    (
        "bind-fees",
        CONTRACT + "Supplier shall not charge workers any recruitment fees or related costs.",
        "recruitment-fees",
        "present",
    ),
    (
        "bind-fee-for-job",
        CONTRACT + "No worker shall be required to pay a fee for recruitment or placement.",
        "recruitment-fees",
        "present",
    ),
    (
        "bind-passports",
        CONTRACT + "Supplier shall not retain workers' passports or identity documents.",
        "identity-documents",
        "present",
    ),
    (
        "bind-wages",
        CONTRACT + "Supplier shall pay at least the minimum wage and keep overtime voluntary.",
        "wages-hours",
        "present",
    ),
    ("bind-child", CONTRACT + "Supplier shall not employ child labor.", "child-labor", "present"),
    (
        "bind-indemnify",
        CONTRACT + "Supplier shall indemnify Buyer against all losses arising "
        "from the detention or seizure of goods for forced labor.",
        "indemnification",
        "present",
    ),
    (
        "bind-records",
        CONTRACT + "Supplier shall retain payroll records and time records for five years.",
        "records-retention",
        "present",
    ),
    (
        "bind-risk",
        CONTRACT + "Supplier shall conduct an annual risk assessment of forced labor "
        "in its supply chain.",
        "risk-assessment",
        "present",
    ),
    (
        "bind-xinjiang",
        CONTRACT + "Supplier shall not source any material from the Xinjiang "
        "Uyghur Autonomous Region.",
        "restricted-sources",
        "present",
    ),
    (
        "bind-customs",
        CONTRACT + "Supplier shall cooperate with Buyer and provide all documents "
        "needed to respond to a CBP detention under the UFLPA within ten days.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "bind-subcontract",
        CONTRACT + "Supplier shall not subcontract any part of the work without "
        "Buyer's prior written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "bind-buyer-purchasing",
        CONTRACT + "Buyer shall maintain responsible purchasing practices, "
        "including fair prices and reasonable lead times.",
        "responsible-purchasing",
        "present",
    ),
    # --- hedged
    (
        "hedge-endeavor",
        CONTRACT + "Supplier shall endeavor to ensure that no forced labor is used.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "hedge-reasonable-efforts",
        CONTRACT + "Supplier shall use reasonable efforts to train its "
        "workers on forced labor risks.",
        "training",
        "weak",
    ),
    (
        "hedge-encouraged",
        CONTRACT + "Supplier is encouraged to adopt the Buyer Supplier Code of Conduct.",
        "code-of-conduct",
        "weak",
    ),
    (
        "hedge-expects",
        CONTRACT + "Buyer expects Supplier to notify it of any forced labor.",
        "notification",
        "weak",
    ),
    (
        "hedge-should",
        CONTRACT + "Supplier should trace its supply chain to the origin of raw materials.",
        "traceability",
        "weak",
    ),
    ("hedge-seek", CONTRACT + "Supplier will seek to avoid child labor.", "child-labor", "weak"),
    (
        "hedge-where-possible",
        CONTRACT + "Supplier shall remediate forced labor where possible.",
        "remediation",
        "weak",
    ),
    (
        "hedge-supplier-may",
        CONTRACT + "Supplier may provide training on forced labor to its staff.",
        "training",
        "weak",
    ),
    # --- negated / permissive opposite
    (
        "neg-no-right-audit",
        CONTRACT + "Buyer shall have no right to audit Supplier's labor practices.",
        "audit-rights",
        "missing",
    ),
    (
        "neg-not-required-train",
        CONTRACT + "Supplier shall not be required to train its workers on forced labor.",
        "training",
        "missing",
    ),
    (
        "neg-nothing-requires",
        CONTRACT + "Nothing in this Agreement requires Supplier to notify Buyer "
        "of forced labor allegations.",
        "notification",
        "missing",
    ),
    (
        "pseudo-not-limited",
        CONTRACT + "Supplier shall notify Buyer of any forced labor, including "
        "but not limited to prison labor, no later than five days after it learns of it.",
        "notification",
        "present",
    ),
    # --- exceptions
    (
        "exc-passports",
        CONTRACT + "Supplier shall not retain passports, except for safekeeping at "
        "the worker's request.",
        "identity-documents",
        "weak",
    ),
    (
        "exc-child-unless",
        CONTRACT + "Supplier shall not employ children under the age of 15 unless "
        "local law permits it.",
        "child-labor",
        "weak",
    ),
    (
        "exc-required-by-law",
        CONTRACT + "Supplier shall not hold workers' passports except as required by law.",
        "identity-documents",
        "present",
    ),
    # --- buyer-only / party scope
    (
        "buyer-only-ban",
        CONTRACT + "Buyer shall not use forced labor in its own stores.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "buyer-only-training",
        CONTRACT + "Buyer shall train its buying staff on forced labor risks.",
        "training",
        "missing",
    ),
    (
        "buyer-requires-supplier",
        CONTRACT + "Buyer may require Supplier to train its workers on forced labor risks.",
        "training",
        "present",
    ),
    (
        "supplier-side-purchasing",
        CONTRACT + "Supplier shall maintain responsible purchasing practices with fair prices.",
        "responsible-purchasing",
        "missing",
    ),
    # --- list inheritance
    (
        "list-shall-not",
        CONTRACT + "Supplier shall not use:\n\n(a) prison labor;\n\n(b) bonded "
        "labor; or\n\n(c) child labor.",
        "child-labor",
        "present",
    ),
    (
        "list-inline",
        CONTRACT + "Supplier shall not use: (a) prison labor; (b) indentured labor; "
        "and (c) trafficked labor.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "list-hedged-lead",
        CONTRACT + "Supplier shall use reasonable efforts to:\n\n(a) pay the "
        "minimum wage;\n\n(b) keep overtime voluntary.",
        "wages-hours",
        "weak",
    ),
    (
        "list-represents",
        CONTRACT + "Supplier represents, warrants and certifies that:\n\n(a) no "
        "goods were made with forced or convict labor;\n\n(b) it pays the minimum wage.",
        "certification",
        "present",
    ),
    (
        "list-dash-lead",
        CONTRACT + "Supplier and its agents shall not—\n\n(1) destroy, conceal or "
        "confiscate workers' identity or immigration documents;",
        "identity-documents",
        "present",
    ),
    # --- defined party names
    (
        "vendor-name",
        VENDOR + "Vendor shall not use forced labor.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "purchaser-may-audit",
        VENDOR + "Purchaser may audit Vendor's facilities for compliance with "
        "the Purchaser Supplier Code of Conduct.",
        "audit-rights",
        "present",
    ),
    (
        "seller-name",
        SELLER + "Seller shall not hold the passports of its workers.",
        "identity-documents",
        "present",
    ),
    (
        "customer-side",
        SELLER + "Customer shall not use child labor in its warehouses.",
        "child-labor",
        "missing",
    ),
    (
        "company-is-buyer",
        COMPANY_BUYS + "Company shall have the right to terminate this Agreement "
        "if Contractor uses forced labor.",
        "termination-remedies",
        "present",
    ),
    (
        "contractor-bound",
        COMPANY_BUYS + "Contractor shall not use forced or indentured labor.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "company-buyer-excluded",
        COMPANY_BUYS + "Company shall not use child labor.",
        "child-labor",
        "missing",
    ),
    (
        "defined-name-supplier",
        DEFINED_NAME + "Bachem shall not subcontract the manufacture "
        "without Magenta's prior written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "defined-name-buyer",
        DEFINED_NAME + "Magenta shall not subcontract its marketing without "
        "Bachem's prior written consent.",
        "unauthorized-subcontracting",
        "missing",
    ),
    # --- near misses
    (
        "near-all-laws",
        CONTRACT + "Supplier shall comply with all applicable laws.",
        "legal-compliance",
        "missing",
    ),
    (
        "near-labor-laws",
        CONTRACT + "Supplier shall comply with all applicable labor and employment laws.",
        "legal-compliance",
        "weak",
    ),
    (
        "near-financial-audit",
        CONTRACT + "Buyer may audit Supplier's books and invoices relating "
        "to the fees charged under this Agreement.",
        "audit-rights",
        "missing",
    ),
    (
        "near-quality-audit",
        CONTRACT + "Buyer may inspect Supplier's facilities for compliance with "
        "the quality specifications.",
        "audit-rights",
        "missing",
    ),
    (
        "near-general-indemnity",
        CONTRACT + "Supplier shall indemnify Buyer against all third-party "
        "claims for infringement of intellectual property.",
        "indemnification",
        "missing",
    ),
    (
        "near-assignment",
        CONTRACT + "Neither party may assign this Agreement without the other "
        "party's prior written consent.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "near-quality-capa",
        CONTRACT + "Supplier shall implement a corrective action plan for any "
        "nonconforming product.",
        "remediation",
        "missing",
    ),
    (
        "near-product-training",
        CONTRACT + "Supplier shall provide product training to Buyer's sales staff.",
        "training",
        "missing",
    ),
    (
        "near-business-hours",
        CONTRACT + "Supplier shall provide support during business hours and "
        "may invoice overtime charges.",
        "wages-hours",
        "missing",
    ),
    (
        "near-sanctions",
        CONTRACT + "Supplier shall screen its customers against the OFAC SDN list.",
        "restricted-sources",
        "missing",
    ),
    (
        "near-fda-notice",
        CONTRACT + "Supplier shall notify Buyer of any FDA inspection or recall.",
        "notification",
        "missing",
    ),
    (
        "near-definition",
        CONTRACT + '"Forced Labor" means any work exacted under menace of penalty.',
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "near-notify-only",
        CONTRACT + "Supplier shall notify Buyer if any shipment becomes subject "
        "to a withhold release order on forced-labor grounds.",
        "restricted-sources",
        "missing",
    ),
    (
        "near-traffic-in-arms",
        CONTRACT + "Supplier shall comply with the International Traffic in Arms Regulations.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "near-first-aid-training",
        CODE + "Each site has trained first-aid personnel and fire extinguishers.",
        "training",
        "missing",
    ),
    (
        "near-workers-resign",
        CODE + "Workers are free to terminate their employment on reasonable notice.",
        "termination-remedies",
        "missing",
    ),
    (
        "near-forced-to-surrender-law",
        CODE + "Workers are not forced to surrender identification except when required by law.",
        "legal-compliance",
        "missing",
    ),
    (
        "defined-code",
        'SUPPLY AGREEMENT\n\nBetween Acme Inc. ("Buyer") and Bolt Ltd. ("Supplier"). "Code" '
        "means the Buyer Supplier Code of Conduct.\n\nSupplier shall comply with the Code.",
        "code-of-conduct",
        "present",
    ),
    (
        "near-tax-code",
        CONTRACT + "Supplier shall comply with the Internal Revenue Code.",
        "code-of-conduct",
        "missing",
    ),
    (
        "permission-holder-per-cue",
        CONTRACT + "Supplier agrees that Buyer may suspend orders if forced labor is found.",
        "termination-remedies",
        "present",
    ),
    (
        "supplier-right-excluded",
        CONTRACT + "Supplier may terminate this Agreement if Buyer breaches the Code of Conduct.",
        "termination-remedies",
        "missing",
    ),
    (
        "conditional-clause-subject",
        CONTRACT + "If Supplier breaches this clause on forced labor, Buyer may terminate "
        "this Agreement.",
        "termination-remedies",
        "present",
    ),
    (
        "section-reference",
        CONTRACT + "9. FORCED LABOR\n\n9.1 Supplier shall not use forced labor.\n\n"
        "14. TERMINATION\n\n14.1 Buyer may terminate this Agreement if Supplier breaches "
        "Section 9.",
        "termination-remedies",
        "present",
    ),
    # --- varied drafting (regression battery)
    (
        "battery-00",
        CONTRACT
        + "Supplier will ensure that no involuntary or forced labour of any kind is "
        + "used in its operations.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "battery-01",
        CONTRACT
        + "Seller guarantees that the goods were not produced, in whole or in part, "
        + "by forced labor.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "battery-02",
        CONTRACT
        + "Supplier shall at all times observe the laws against human trafficking "
        + "and slavery in every country where it operates.",
        "legal-compliance",
        "present",
    ),
    (
        "battery-03",
        CONTRACT
        + "Supplier shall abide by Buyer's Supplier Code of Conduct, which is "
        + "incorporated by reference.",
        "code-of-conduct",
        "present",
    ),
    (
        "battery-04",
        CONTRACT
        + "Supplier shall obtain from each of its subcontractors a written "
        + "commitment to the same forced labor standards.",
        "subtier-flowdown",
        "present",
    ),
    (
        "battery-05",
        CONTRACT
        + "Supplier shall ensure its sub-suppliers comply with the anti-slavery "
        + "requirements of this Agreement.",
        "subtier-flowdown",
        "present",
    ),
    (
        "battery-06",
        CONTRACT
        + "On request, Supplier shall give Buyer a list of all factories and raw "
        + "material sources used for the goods.",
        "traceability",
        "present",
    ),
    (
        "battery-07",
        CONTRACT
        + "Supplier shall maintain documentation tracing cotton to the gin and farm of origin.",
        "traceability",
        "present",
    ),
    (
        "battery-08",
        CONTRACT
        + "Buyer and its agents shall have the right to carry out announced or "
        + "unannounced social audits at any facility producing the goods.",
        "audit-rights",
        "present",
    ),
    (
        "battery-09",
        CONTRACT
        + "Supplier shall grant Buyer's auditors access to its factories, "
        + "dormitories and personnel records to assess working conditions.",
        "audit-rights",
        "present",
    ),
    (
        "battery-10",
        CONTRACT + "Auditors may speak with workers privately and without supervisors present.",
        "worker-engagement",
        "present",
    ),
    (
        "battery-11",
        CONTRACT
        + "Supplier shall operate a hotline through which workers may anonymously report abuse.",
        "grievance-mechanism",
        "present",
    ),
    (
        "battery-12",
        CONTRACT
        + "Supplier shall not retaliate against any worker who raises a concern in good faith.",
        "grievance-mechanism",
        "present",
    ),
    (
        "battery-13",
        CONTRACT
        + "Supplier shall ensure that its HR staff and labor agents complete "
        + "training on ethical recruitment every year.",
        "training",
        "present",
    ),
    (
        "battery-14",
        CONTRACT
        + "Supplier must inform Buyer without delay of any credible allegation of "
        + "forced labor at its sites.",
        "notification",
        "present",
    ),
    (
        "battery-15",
        CONTRACT
        + "If goods are detained by customs under a withhold release order, "
        + "Supplier shall notify Buyer within 48 hours.",
        "notification",
        "present",
    ),
    (
        "battery-16",
        CONTRACT
        + "Supplier shall reimburse any recruitment fees paid by workers and "
        + "remediate any forced labor found.",
        "remediation",
        "present",
    ),
    (
        "battery-17",
        CONTRACT
        + "Any breach of the forced labor provisions entitles Buyer to cancel "
        + "outstanding purchase orders.",
        "termination-remedies",
        "present",
    ),
    (
        "battery-18",
        CONTRACT
        + "Supplier shall deliver an annual written attestation that it complies "
        + "with the forced labor provisions of this Agreement.",
        "certification",
        "present",
    ),
    (
        "battery-19",
        CONTRACT + "Workers shall not pay any fees or costs associated with their recruitment.",
        "recruitment-fees",
        "present",
    ),
    (
        "battery-20",
        CONTRACT
        + "Supplier shall not confiscate, hold or destroy any worker's passport or work permit.",
        "identity-documents",
        "present",
    ),
    (
        "battery-21",
        CONTRACT + "Supplier shall pay wages directly to workers, in full and on time.",
        "wages-hours",
        "present",
    ),
    (
        "battery-22",
        CONTRACT + "Working hours shall not exceed 60 hours per week including overtime.",
        "wages-hours",
        "present",
    ),
    (
        "battery-23",
        CONTRACT + "Supplier shall not employ anyone below the legal minimum working age.",
        "child-labor",
        "present",
    ),
    (
        "battery-24",
        CONTRACT
        + "Supplier shall defend and indemnify Buyer from all costs arising from "
        + "the detention of goods under the UFLPA.",
        "indemnification",
        "present",
    ),
    (
        "battery-25",
        CONTRACT
        + "Supplier shall keep payroll and working-hours records for at least five "
        + "years and provide copies on request.",
        "records-retention",
        "present",
    ),
    (
        "battery-26",
        CONTRACT
        + "Supplier shall perform human rights due diligence to identify forced "
        + "labor risks in its supply chain.",
        "risk-assessment",
        "present",
    ),
    (
        "battery-27",
        CONTRACT
        + "Supplier shall not use any input originating from the Xinjiang Uyghur "
        + "Autonomous Region.",
        "restricted-sources",
        "present",
    ),
    (
        "battery-28",
        CONTRACT
        + "Supplier shall provide, within 10 days, all documents Buyer needs to "
        + "rebut the UFLPA presumption before CBP.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "battery-29",
        CONTRACT
        + "Supplier shall not move production of the goods to another factory "
        + "without notifying Buyer in advance and obtaining its approval.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "battery-30",
        CONTRACT
        + "Buyer shall pay prices that allow Supplier to meet its labor obligations "
        + "and shall give reasonable lead times.",
        "responsible-purchasing",
        "present",
    ),
    (
        "battery-31",
        CONTRACT + "Supplier should try to avoid forced labor.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "battery-32",
        CONTRACT
        + "Supplier will use commercially reasonable efforts to keep passports in "
        + "the possession of workers.",
        "identity-documents",
        "weak",
    ),
    (
        "battery-33",
        CONTRACT + "Buyer may, but is not obliged to, audit Supplier's labor practices.",
        "audit-rights",
        "present",
    ),
    (
        "battery-34",
        CONTRACT + "Supplier is not required to provide any information on its sub-suppliers.",
        "traceability",
        "missing",
    ),
    (
        "battery-35",
        CONTRACT + "Supplier shall comply with all laws applicable to its business.",
        "legal-compliance",
        "missing",
    ),
    (
        "battery-36",
        CONTRACT + "Buyer may audit the invoices and accounting records of Supplier.",
        "audit-rights",
        "missing",
    ),
    (
        "battery-37",
        CONTRACT + "Supplier shall indemnify Buyer for any breach of confidentiality.",
        "indemnification",
        "missing",
    ),
    # --- codes, hedges and near misses in other words (regression battery 2)
    (
        "battery2-00",
        VENDOR_CODE + "Employment is freely chosen. There is no forced, bonded or prison labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "battery2-01",
        VENDOR_CODE
        + "Vendors comply with all laws on modern slavery and human trafficking, "
        + "including the UK Modern Slavery Act.",
        "legal-compliance",
        "present",
    ),
    (
        "battery2-02",
        VENDOR_CODE
        + "Vendors ensure that their own suppliers and subcontractors meet the "
        + "standards of this Code.",
        "subtier-flowdown",
        "present",
    ),
    (
        "battery2-03",
        VENDOR_CODE
        + "Vendors know the origin of the raw materials in their products and can "
        + "trace them to their source.",
        "traceability",
        "present",
    ),
    (
        "battery2-04",
        VENDOR_CODE
        + "Larch Stores or its representatives may visit any factory without notice "
        + "to check compliance with this Code.",
        "audit-rights",
        "present",
    ),
    (
        "battery2-05",
        VENDOR_CODE
        + "During audits, workers are interviewed confidentially and away from management.",
        "worker-engagement",
        "present",
    ),
    (
        "battery2-06",
        VENDOR_CODE
        + "Workers have access to a confidential grievance procedure and are "
        + "protected from retaliation.",
        "grievance-mechanism",
        "present",
    ),
    (
        "battery2-07",
        VENDOR_CODE
        + "Managers and workers receive regular training on this Code and on the "
        + "risks of forced labour.",
        "training",
        "present",
    ),
    (
        "battery2-08",
        VENDOR_CODE
        + "Vendors report any suspected case of forced labour to Larch Stores immediately.",
        "notification",
        "present",
    ),
    (
        "battery2-09",
        VENDOR_CODE
        + "Where a violation of this Code is found, the vendor agrees a corrective "
        + "action plan and compensates affected workers.",
        "remediation",
        "present",
    ),
    (
        "battery2-10",
        VENDOR_CODE + "Each year vendors sign a declaration confirming compliance with this Code.",
        "certification",
        "present",
    ),
    (
        "battery2-11",
        VENDOR_CODE
        + "No worker pays a fee to obtain employment. Recruitment costs are paid by the employer.",
        "recruitment-fees",
        "present",
    ),
    (
        "battery2-12",
        VENDOR_CODE + "Employers do not keep workers' passports or identity cards.",
        "identity-documents",
        "present",
    ),
    (
        "battery2-13",
        VENDOR_CODE
        + "Wages are paid at least monthly and meet the legal minimum wage. Overtime is voluntary.",
        "wages-hours",
        "present",
    ),
    (
        "battery2-14",
        VENDOR_CODE + "Vendors do not employ workers under the age of 16.",
        "child-labor",
        "present",
    ),
    (
        "battery2-15",
        VENDOR_CODE + "Vendors keep records of hours worked and wages paid for three years.",
        "records-retention",
        "present",
    ),
    (
        "battery2-16",
        VENDOR_CODE + "Vendors assess the risk of forced labour in their operations every year.",
        "risk-assessment",
        "present",
    ),
    (
        "battery2-17",
        VENDOR_CODE + "Vendors do not source cotton from Xinjiang.",
        "restricted-sources",
        "present",
    ),
    (
        "battery2-18",
        VENDOR_CODE
        + "Production is never subcontracted without the written approval of Larch Stores.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "battery2-19",
        VENDOR_CODE + "Vendors are encouraged to train workers on their rights.",
        "training",
        "weak",
    ),
    (
        "battery2-20",
        VENDOR_CODE + "We expect vendors to give workers a way to raise grievances.",
        "grievance-mechanism",
        "weak",
    ),
    (
        "battery2-21",
        VENDOR_CODE + "Vendors should keep working hours within legal limits.",
        "wages-hours",
        "weak",
    ),
    (
        "battery2-22",
        CONTRACT
        + "Supplier shall use best endeavours to ensure that no child labour is "
        + "used in the supply chain.",
        "child-labor",
        "weak",
    ),
    (
        "battery2-23",
        CONTRACT + "Supplier shall comply with applicable wage and hour laws.",
        "legal-compliance",
        "weak",
    ),
    (
        "battery2-24",
        CONTRACT + "Supplier shall comply with the Fair Labor Standards Act.",
        "legal-compliance",
        "weak",
    ),
    (
        "battery2-25",
        CONTRACT + "Buyer may terminate this Agreement if Supplier violates applicable labor laws.",
        "termination-remedies",
        "weak",
    ),
    (
        "battery2-26",
        CONTRACT + "Supplier shall retain all records relating to this Agreement for seven years.",
        "records-retention",
        "missing",
    ),
    (
        "battery2-27",
        CONTRACT
        + "Supplier shall maintain a quality management system and permit quality audits by Buyer.",
        "audit-rights",
        "missing",
    ),
    (
        "battery2-28",
        CONTRACT + "Supplier shall notify Buyer of any delay in delivery.",
        "notification",
        "missing",
    ),
    (
        "battery2-29",
        CONTRACT + "Supplier shall train Buyer's staff in the use of the equipment.",
        "training",
        "missing",
    ),
    (
        "battery2-30",
        CONTRACT + "Supplier shall not assign or transfer this Agreement without Buyer's consent.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        # a customs document not tied to forced labour (eval README: certificates of origin
        # are missing for traceability)
        "battery2-31",
        CONTRACT + "Supplier shall provide a certificate of origin with each shipment.",
        "traceability",
        "missing",
    ),
    (
        "double-negative-refuse",
        CONTRACT + "Supplier shall not unreasonably refuse Buyer access to its facilities "
        "for social compliance audits.",
        "audit-rights",
        "present",
    ),
    (
        "double-negative-violate",
        CONTRACT + "Supplier shall not violate the Modern Slavery Act 2015.",
        "legal-compliance",
        "present",
    ),
    (
        "negated-wage-topic",
        CONTRACT + "Supplier shall not withhold any part of workers' wages.",
        "wages-hours",
        "present",
    ),
    (
        "double-negative-fail",
        CONTRACT + "Supplier shall not fail to notify Buyer of any forced labor.",
        "notification",
        "present",
    ),
    (
        "ocr-digits-for-letters",
        CONTRACT + "Supp1ier shall not use f0rced 1abour in any form.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "subcontract-main-contractor-buyer",
        'SUBCONTRACT\n\nThis Subcontract is between BuildCo Ltd ("the Contractor") and Bricks '
        'Ltd ("the Sub-Contractor").\n\nThe Contractor shall not use child labour.',
        "child-labor",
        "missing",
    ),
    (
        "subcontract-subcontractor-bound",
        'SUBCONTRACT\n\nThis Subcontract is between BuildCo Ltd ("the Contractor") and Bricks '
        'Ltd ("the Sub-Contractor").\n\nThe Sub-Contractor shall not use child labour.',
        "child-labor",
        "present",
    ),
    (
        "section-records-weak",
        CONTRACT + "9. FORCED LABOR\n\n9.1 Supplier shall not use forced labor.\n\n"
        "9.2 Supplier shall keep records of its compliance with this Section for five years.",
        "records-retention",
        "weak",
    ),
    (
        "declaration-of-compliance",
        CONTRACT + "Supplier shall give Buyer an annual declaration of compliance with the forced "
        "labor provisions of this Agreement.",
        "certification",
        "present",
    ),
    # --- standards stated as facts
    (
        "code-fact-voluntary",
        CODE + "All work is voluntary and workers are free to resign.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "code-fact-passports",
        CODE + "Workers keep their own passports and identity documents.",
        "identity-documents",
        "present",
    ),
    (
        "code-fact-fees",
        CODE + "Workers do not pay recruitment fees.",
        "recruitment-fees",
        "present",
    ),
    (
        "code-fact-child",
        CODE + "No child labor is used in any stage of manufacturing.",
        "child-labor",
        "present",
    ),
    (
        "contract-fact-weak",
        CONTRACT + "Workers in the industry are sometimes charged recruitment fees.",
        "recruitment-fees",
        "weak",
    ),
    (
        "contract-binding-frame",
        CONTRACT + "Supplier shall ensure that:\n\n(a) all work is "
        "voluntary;\n\n(b) workers keep their passports.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- convict-labor gap
    (
        "convict-gap-involuntary",
        CODE + "Suppliers must not use forced, bonded or involuntary prison labor.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "convict-gap-exploitative",
        CODE + "We do not use forced, bonded or exploitative prison labour.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "convict-no-gap",
        CODE + "Suppliers must not use involuntary prison labor. Suppliers must not "
        "use any prison or convict labor.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- generalisation: vocabulary (British spellings, nominalisations, passive, modal variants)
    (
        "gen-undertakes-no-shall-be",
        CONTRACT + "Supplier undertakes that no forced or compulsory labour "
        "shall be used in the manufacture of the Goods.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-under-no-circumstances",
        CONTRACT + "Under no circumstances shall Supplier make use of slave, "
        "bonded or indentured labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-free-from",
        CONTRACT + "Supplier shall ensure that its operations are free from forced "
        "labour, debt bondage and human trafficking.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-prohibition-of",
        CONTRACT + "The prohibition of forced labour applies to Supplier and all of "
        "its facilities.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-commits-elimination",
        CONTRACT + "Supplier commits to the elimination of all forms of forced "
        "or compulsory labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-is-to-voluntarily",
        CONTRACT + "Supplier is to ensure that all work is performed voluntarily.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-short-fact-in-code",
        CODE + "All work is voluntary.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-procure-that",
        CONTRACT + "Supplier shall procure that no goods supplied hereunder are "
        "produced by convict labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-menace-of-penalty",
        CONTRACT + "Supplier shall not exact work from any person under the menace of any penalty.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "near-notice-of-wro-is-no-ban",
        CONTRACT + "Supplier shall notify Buyer within three days if any "
        "shipment becomes subject to a withhold release order on forced-labour grounds.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "near-purpose-is-to",
        CONTRACT + "The purpose of this Agreement is to set the price of the Goods.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "gen-heading-and-anaphor",
        CONTRACT + "12. Forced Labour\n\nSupplier shall not use it in any form.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-legal-supply-chain-act",
        CONTRACT + "Supplier shall comply with Canada's Fighting Against "
        "Forced Labour and Child Labour in Supply Chains Act.",
        "legal-compliance",
        "present",
    ),
    (
        "gen-legal-anti-slavery-laws",
        CONTRACT + "Supplier shall comply with all applicable anti-slavery "
        "and human trafficking laws in force from time to time.",
        "legal-compliance",
        "present",
    ),
    (
        "gen-code-ethical-trading-policy",
        CONTRACT + "Supplier shall comply with the Ethical Sourcing Policy set out in Schedule 3.",
        "code-of-conduct",
        "present",
    ),
    (
        "gen-code-responsible-sourcing-reqs",
        CONTRACT + "Supplier shall comply with Buyer's Responsible Sourcing Requirements.",
        "code-of-conduct",
        "present",
    ),
    (
        "gen-code-sustainability-code",
        CONTRACT + "Supplier shall comply with Buyer's Supplier Sustainability Code.",
        "code-of-conduct",
        "present",
    ),
    (
        "gen-code-charter",
        CONTRACT + "Supplier shall comply with Buyer's Supplier Charter.",
        "code-of-conduct",
        "present",
    ),
    (
        "near-code-quality-manual",
        CONTRACT + "Supplier shall comply with Buyer's Quality Manual.",
        "code-of-conduct",
        "missing",
    ),
    (
        "gen-flowdown-this-clause",
        FL_SECTION + "Supplier shall flow down the requirements of this Clause "
        "to all of its subcontractors.",
        "subtier-flowdown",
        "present",
    ),
    (
        "gen-flowdown-responsible",
        FL_SECTION + "Supplier shall remain responsible for any breach of this "
        "Clause by its subcontractors.",
        "subtier-flowdown",
        "present",
    ),
    # traceability
    (
        "gen-trace-map-of",
        CONTRACT + "Supplier shall maintain a complete map of its supply chain down to "
        "raw material level.",
        "traceability",
        "present",
    ),
    (
        "gen-trace-origin-raw",
        CONTRACT + "Supplier shall provide, upon request, documentation showing the "
        "origin of all raw materials used in the Goods.",
        "traceability",
        "present",
    ),
    (
        "gen-trace-custody-records",
        CONTRACT + "Supplier shall maintain chain of custody records for all "
        "cotton used in the Products.",
        "traceability",
        "present",
    ),
    (
        "gen-trace-source-of-input",
        CONTRACT + "Supplier shall keep records identifying the source of every "
        "input used in the Goods.",
        "traceability",
        "present",
    ),
    (
        "gen-trace-where-produced",
        CONTRACT + "Supplier shall be able to demonstrate where each component "
        "of the Goods was produced.",
        "traceability",
        "present",
    ),
    (
        "gen-trace-sub-tier",
        CONTRACT + "Supplier shall identify all sub-tier suppliers of raw materials "
        "used in the Goods.",
        "traceability",
        "present",
    ),
    (
        "gen-trace-facility-of-origin",
        CONTRACT + "Supplier shall disclose the country and facility of "
        "origin of all polysilicon used in the Modules.",
        "traceability",
        "present",
    ),
    (
        "near-trace-batch",
        CONTRACT + "Supplier shall maintain batch records for each lot of Product.",
        "traceability",
        "missing",
    ),
    (
        "near-trace-custody-of-evidence",
        CONTRACT + "Records of system activity may be evidence, subject "
        "to appropriate chain of custody procedures, in the event of a Security Breach.",
        "traceability",
        "missing",
    ),
    # termination, notification, cooperation
    (
        "gen-term-material-breach",
        FL_SECTION + "Any breach of this Clause shall constitute a material "
        "breach entitling Buyer to terminate this Agreement.",
        "termination-remedies",
        "present",
    ),
    (
        "gen-term-reject-wro",
        CONTRACT + "Buyer may reject any shipment that is detained by customs under "
        "a Withhold Release Order.",
        "termination-remedies",
        "present",
    ),
    (
        "gen-term-withhold-payment",
        CONTRACT + "Buyer may withhold payment for any Goods made using forced labour.",
        "termination-remedies",
        "present",
    ),
    (
        "near-term-convenience",
        CONTRACT + "Buyer may terminate this Agreement for convenience on ninety days' notice.",
        "termination-remedies",
        "missing",
    ),
    (
        "gen-notify-breach-this-clause",
        FL_SECTION + "Supplier shall immediately report to Buyer any breach of this Clause.",
        "notification",
        "present",
    ),
    (
        "gen-notify-written-notice",
        CONTRACT + "Supplier shall give Buyer prompt written notice of any "
        "investigation by any authority into forced labour allegations.",
        "notification",
        "present",
    ),
    (
        "near-notify-bank-details",
        CONTRACT + "Supplier shall notify Buyer of any change to its bank account details.",
        "notification",
        "missing",
    ),
    (
        "gen-coop-cbp-in-fl-document",
        FL_SECTION + "Supplier shall cooperate fully with any inquiry by U.S. "
        "Customs and Border Protection and provide all documents requested within ten days.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "gen-coop-competent-authority",
        CONTRACT + "Supplier shall cooperate with any competent authority "
        "investigating forced labour in its supply chain and provide the information it requests.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "gen-coop-admissibility",
        CONTRACT + "Supplier shall provide the supply chain documentation "
        "necessary to support an admissibility review within 30 days of request.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "near-coop-customs-no-fl",
        CONTRACT + "Supplier shall cooperate with customs authorities in "
        "connection with any detention of the Goods and furnish the documents they require.",
        "regulatory-cooperation",
        "missing",
    ),
    (
        "near-coop-certificates",
        FL_SECTION + "Supplier shall provide certificates of origin for customs clearance.",
        "regulatory-cooperation",
        "missing",
    ),
    # unauthorized subcontracting
    (
        "gen-sub-outsource",
        CONTRACT + "Supplier shall not outsource the production of the Goods to any "
        "third party without Buyer's written approval.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "gen-sub-factory-not-approved",
        CONTRACT + "Supplier shall not use any factory that Buyer has not approved in advance.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "gen-sub-unauthorised-prohibited",
        CONTRACT + "Unauthorised subcontracting is prohibited.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "gen-sub-relocate",
        CONTRACT + "Supplier shall not relocate manufacture of the Goods to another "
        "facility without prior notice to Buyer.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "gen-sub-may-only",
        CONTRACT + "Supplier may only use subcontractors approved in writing by Buyer.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "gen-sub-approved-facilities",
        CONTRACT + "All production shall take place at Approved Facilities.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "gen-sub-only-listed",
        CONTRACT + "Supplier shall produce the Goods only at the facilities listed in Schedule 2.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "near-sub-threshold-specified",
        CONTRACT + "Supplier shall include the substance of this clause in "
        "all subcontracts that exceed the threshold specified in FAR 3.1004.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "near-sub-described-in-policy",
        "RESPONSIBLE PURCHASING POLICY\n\nShort lead times push factories to use unauthorised "
        "subcontracting.",
        "unauthorized-subcontracting",
        "missing",
    ),
    # remediation, purchasing, grievance
    (
        "gen-remedy-compensate",
        CONTRACT + "Supplier shall address the root causes of any violation and "
        "compensate affected workers.",
        "remediation",
        "present",
    ),
    (
        "gen-purchasing-order-changes",
        CONTRACT + "Buyer undertakes to avoid last-minute order changes that "
        "would require excessive overtime.",
        "responsible-purchasing",
        "present",
    ),
    (
        "near-purchasing-invoices",
        CONTRACT + "Buyer shall pay all invoices within 30 days of receipt.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "gen-grievance-two-sentences",
        CONTRACT + "Supplier shall maintain a grievance mechanism. The "
        "mechanism shall be confidential and protect workers from retaliation.",
        "grievance-mechanism",
        "present",
    ),
    (
        "gen-grievance-heading",
        CONTRACT + "Grievance Mechanism\n\nSupplier shall ensure that reports are "
        "treated confidentially and that no worker suffers retaliation.",
        "grievance-mechanism",
        "present",
    ),
    (
        "near-grievance-procedure-confidential",
        FL_SECTION + "Supplier shall maintain a complaints "
        "procedure. Publication is permitted if that Party has followed the procedure in "
        "clause 5.2 and "
        "received no Confidentiality Notice.",
        "grievance-mechanism",
        "weak",
    ),
    # structure: headings with short bodies, parties by other names
    (
        "gen-party-provider",
        defined_as("Provider", "Provider shall not use forced labour."),
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-party-producer",
        defined_as("Producer", "Producer shall not use forced labour."),
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-party-maker",
        defined_as("Maker", "Maker shall not use forced labour."),
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-party-licensee",
        defined_as(
            "Licensee",
            "Licensee shall not use forced labour in manufacturing the Licensed Products.",
        ),
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-party-service-provider",
        defined_as("Service Provider", "Service Provider shall not use forced labour."),
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-party-subcontractor",
        defined_as("Subcontractor", "Subcontractor shall not use forced labour."),
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-party-each-party",
        CONTRACT + "Each party shall comply with the Modern Slavery Act 2015.",
        "legal-compliance",
        "present",
    ),
    (
        "near-party-buyer-own-operations",
        CONTRACT + "Buyer shall not use forced labour in its own operations.",
        "forced-labor-prohibition",
        "missing",
    ),
    # --- generalisation, round 2: hyphenated topics, code facts, fee and wage phrasings, tables
    (
        "gen-hyphen-forced-labour-training",
        CONTRACT + "Supplier shall ensure that all supervisors "
        "complete forced-labour awareness training annually.",
        "training",
        "present",
    ),
    (
        "gen-code-wages-paid-on-time",
        CODE + "Wages are paid on time, in full and directly to workers.",
        "wages-hours",
        "present",
    ),
    (
        "near-invoices-paid-in-full",
        CONTRACT + "Invoices shall be paid in full within 30 days.",
        "wages-hours",
        "missing",
    ),
    (
        "gen-code-pass-on-standards",
        CODE + "Suppliers pass these standards on to their own suppliers and subcontractors.",
        "subtier-flowdown",
        "present",
    ),
    (
        "gen-code-where-materials-come-from",
        CODE + "Suppliers know where their raw materials come from "
        "and keep records of their origin.",
        "traceability",
        "present",
    ),
    (
        "gen-risk-impact-assessment",
        CONTRACT + "Supplier shall carry out a human rights impact assessment of its operations.",
        "risk-assessment",
        "present",
    ),
    (
        "gen-cert-attests",
        CONTRACT + "Supplier attests that it has conducted due diligence and that no "
        "forced labour is used in its supply chain.",
        "certification",
        "present",
    ),
    (
        "gen-fee-worker-pays",
        CONTRACT + "Supplier shall ensure that no worker pays a fee to obtain employment.",
        "recruitment-fees",
        "present",
    ),
    (
        "near-fee-licence",
        CONTRACT + "Licensee shall pay a fee for the use of the software.",
        "recruitment-fees",
        "missing",
    ),
    (
        "gen-indemnity-reimburse",
        CONTRACT + "Supplier shall reimburse Buyer for all costs arising from "
        "the detention of Goods by customs on forced labour grounds.",
        "indemnification",
        "present",
    ),
    (
        "near-indemnity-reimburse-travel",
        CONTRACT + "Supplier shall reimburse Buyer for travel costs agreed in advance.",
        "indemnification",
        "missing",
    ),
    (
        "gen-markdown-table-under-lead-in",
        CONTRACT + "SCHEDULE 2 - LABOUR STANDARDS\n\nSupplier shall "
        "ensure that:\n\n| Topic | Requirement |\n| --- | --- |\n| Forced labour | No forced, "
        "bonded, "
        "prison or trafficked labour is used. |\n| Recruitment fees | No worker pays "
        "recruitment fees. |\n",
        "recruitment-fees",
        "present",
    ),
    (
        "gen-tab-table",
        CONTRACT + "Topic\tSupplier obligation\nAudits\tBuyer may audit Supplier's labour "
        "practices at any time.\n",
        "audit-rights",
        "present",
    ),
    (
        "gen-parties-each-ensure",
        CONTRACT + "The parties shall each ensure that no slavery or human "
        "trafficking takes place in their supply chains.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-procure-subs-shall-comply",
        CONTRACT + "Supplier shall, and shall procure that its "
        "subcontractors shall, comply with the Modern Slavery Act 2015.",
        "subtier-flowdown",
        "present",
    ),
    # --- generalisation, round 3: purchasing, termination, remedy, notice timing, named standards
    (
        "gen-purchasing-lead-times",
        CONTRACT + "Buyer shall not shorten agreed lead times.",
        "responsible-purchasing",
        "present",
    ),
    (
        "near-purchasing-rolling-forecast",
        CONTRACT + "Buyer will provide Supplier each month with a "
        "non-binding rolling forecast of its requirements.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "gen-purchasing-negotiating-prices",
        CONTRACT + "Buyer shall take into account the cost of paying "
        "at least the legal minimum wage when negotiating prices.",
        "responsible-purchasing",
        "present",
    ),
    (
        "gen-purchasing-exit-responsibly",
        CONTRACT + "Before ending the relationship for a breach of this "
        "Clause, Buyer shall give Supplier a reasonable opportunity to remediate and shall exit "
        "responsibly.",
        "responsible-purchasing",
        "present",
    ),
    (
        "near-purchasing-supplier-lead-times",
        CONTRACT + "Supplier shall deliver the Goods within the agreed lead times.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "gen-term-end-relationship",
        FL_SECTION + "If Supplier fails to remedy a violation of this Clause "
        "within the agreed period, Buyer may end the business relationship.",
        "termination-remedies",
        "present",
    ),
    (
        "gen-term-discontinue-child-labour",
        CONTRACT + "Buyer may discontinue purchasing from any supplier found to use child labour.",
        "termination-remedies",
        "present",
    ),
    (
        "gen-remedy-put-right",
        CONTRACT + "Supplier shall take all necessary steps to put right any "
        "breach of the labour standards.",
        "remediation",
        "present",
    ),
    (
        "gen-notify-as-soon-as-practicable",
        CONTRACT + "Supplier shall notify Buyer as soon as reasonably "
        "practicable of any suspected slavery.",
        "notification",
        "present",
    ),
    (
        "gen-notify-labour-rights",
        CONTRACT + "Supplier shall inform Buyer without undue delay of any "
        "labour rights violation at its facilities.",
        "notification",
        "present",
    ),
    (
        "near-notify-termination-notice",
        CONTRACT + "The use of forced labour entitles Buyer to "
        "terminate this Agreement by giving written notice of termination.",
        "notification",
        "missing",
    ),
    (
        "gen-code-ungp",
        CONTRACT + "Supplier shall comply with the UN Guiding Principles on Business and "
        "Human Rights.",
        "code-of-conduct",
        "present",
    ),
    (
        "gen-code-oecd",
        CONTRACT + "Supplier shall comply with the OECD Guidelines for Multinational Enterprises.",
        "code-of-conduct",
        "present",
    ),
    (
        "gen-code-social-compliance-manual",
        CONTRACT + "Supplier agrees to comply with the Buyer's Social Compliance Manual.",
        "code-of-conduct",
        "present",
    ),
    (
        "gen-sub-place-order",
        CONTRACT + "Supplier shall not place any part of an order with a third party "
        "without Buyer's written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "gen-sub-no-may",
        CONTRACT + "No production may be subcontracted without the Buyer's prior approval.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "gen-sub-undisclosed-facility",
        CONTRACT + "Supplier shall disclose all facilities used to produce "
        "the Goods before production begins and shall not use any undisclosed facility.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "near-sub-delivery-location",
        CONTRACT + "Goods shall be delivered only at the location specified "
        "by Buyer upon prior notice.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "gen-trace-full-supply-chain",
        CONTRACT + "Supplier shall disclose its full supply chain to Buyer, including all tiers.",
        "traceability",
        "present",
    ),
    (
        "near-trace-country-of-component",
        CONTRACT + "Supplier shall provide a bill of materials "
        "identifying the country of origin of each component.",
        "traceability",
        "weak",
    ),
    # --- generalisation, round 4: corrective action plans, laws described, code acknowledgement
    (
        "gen-remedy-cap-in-fl-document",
        FL_SECTION + "Supplier shall implement any corrective action plan agreed with Buyer.",
        "remediation",
        "present",
    ),
    (
        "near-remedy-quality-cap-in-fl-document",
        FL_SECTION + "Supplier shall implement a corrective "
        "action plan for any nonconforming product.",
        "remediation",
        "missing",
    ),
    (
        "gen-term-these-provisions",
        FL_SECTION + "Buyer may terminate this Agreement if Supplier breaches these provisions.",
        "termination-remedies",
        "present",
    ),
    (
        "gen-legal-laws-prohibiting",
        CONTRACT + "Supplier shall comply with all laws prohibiting forced "
        "labour in the countries in which it operates.",
        "legal-compliance",
        "present",
    ),
    (
        "gen-legal-laws-banning-imports",
        CONTRACT + "Supplier shall comply with the Customs Act and all "
        "laws banning imports made with forced labour.",
        "legal-compliance",
        "present",
    ),
    (
        "near-legal-importation-laws",
        CONTRACT + "Supplier shall comply with all laws relating to the importation of goods.",
        "legal-compliance",
        "missing",
    ),
    (
        "gen-code-acknowledge-this-code",
        CODE + "Suppliers shall acknowledge this Code in writing.",
        "code-of-conduct",
        "present",
    ),
    (
        "gen-code-sets-out",
        CODE + "This Code sets out the minimum standards that every supplier must meet.",
        "code-of-conduct",
        "present",
    ),
    # --- precision: talk outside monitoring, site hours, wage-linked prices
    (
        "gen-engage-talk-in-private",
        CONTRACT + "During audits, Supplier shall allow the auditors to talk "
        "to workers in private.",
        "worker-engagement",
        "present",
    ),
    (
        "near-engage-grievance-privately",
        CODE + "Workers may raise concerns privately through the hotline.",
        "worker-engagement",
        "missing",
    ),
    (
        "near-engage-job-interview",
        CONTRACT + "Supplier shall not ask for fees at job interviews with workers.",
        "worker-engagement",
        "missing",
    ),
    (
        "near-wages-site-hours",
        COMPANY_BUYS + "Contractor's personnel shall perform the Services during "
        "Company's normal working hours.",
        "wages-hours",
        "missing",
    ),
    (
        "near-wages-price-adjustment",
        CONTRACT + "When legal minimum wages rise, Buyer shall adjust "
        "prices in line with the labour content of the Goods.",
        "wages-hours",
        "missing",
    ),
    (
        "gen-wages-hours-limit",
        CONTRACT + "Supplier shall ensure that working hours do not exceed 60 per week.",
        "wages-hours",
        "present",
    ),
    # --- parties: unseen role words, and the other side of the preamble's pair
    (
        "gen-party-grower",
        defined_as("Grower", "Grower shall not use forced labour."),
        "forced-labor-prohibition",
        "present",
    ),
    (
        "gen-party-exporter",
        defined_as("Exporter", "Exporter shall not use forced labour."),
        "forced-labor-prohibition",
        "present",
    ),
    (
        "near-party-licensor-opposite-manufacturer",
        'SUPPLY AGREEMENT\n\nThis Agreement is made between Harbor Retail Inc. ("Licensor") '
        'and Delta Works Ltd. ("Manufacturer").\n\nLicensor shall not use forced labour in its '
        "own operations.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "gen-party-manufacturer-beside-licensor",
        'SUPPLY AGREEMENT\n\nThis Agreement is made between Harbor Retail Inc. ("Licensor") '
        'and Delta Works Ltd. ("Manufacturer").\n\nManufacturer shall not use forced labour.',
        "forced-labor-prohibition",
        "present",
    ),
    (
        "near-party-retailers-own-duty",
        CONTRACT + "Retailers shall not use forced labour in their own operations.",
        "forced-labor-prohibition",
        "missing",
    ),
    # --- round 5: any forced-labour wording anchors certifications, notices, remedies, terminations
    (
        "gen-cert-declaration",
        CONTRACT + "Supplier shall sign Buyer's annual forced labour declaration.",
        "certification",
        "present",
    ),
    (
        "gen-cert-trafficked-due-inquiry",
        CONTRACT + "Supplier warrants that, after due inquiry, neither "
        "it nor its suppliers use trafficked labour.",
        "certification",
        "present",
    ),
    (
        "near-cert-customs-declaration",
        CONTRACT + "Supplier shall provide a customs declaration for each shipment.",
        "certification",
        "missing",
    ),
    (
        "near-ids-original-documents",
        CONTRACT + "Supplier must keep all original documents stored on "
        "any appropriate medium for a period of five years.",
        "identity-documents",
        "missing",
    ),
    (
        "gen-ids-hand-over",
        CONTRACT + "Supplier shall not require workers to hand over passports, visas "
        "or work permits.",
        "identity-documents",
        "present",
    ),
    (
        "gen-ids-restrict-movement",
        CONTRACT + "Supplier shall not restrict the movement of workers "
        "outside working hours or lock them in dormitories.",
        "identity-documents",
        "weak",  # freedom of movement without the documents: in part
    ),
    (
        "gen-ids-penalties-resign",
        CONTRACT + "Supplier shall not impose penalties on workers who resign.",
        "identity-documents",
        "weak",  # freedom of movement without the documents: in part
    ),
    (
        "gen-child-below-age",
        CONTRACT + "Supplier shall not employ anyone below the age of sixteen.",
        "child-labor",
        "present",
    ),
    (
        "gen-child-minors",
        CONTRACT + "Supplier shall not engage minors in its operations.",
        "child-labor",
        "present",
    ),
    (
        "near-child-sell-to-minors",
        CONTRACT + "Supplier shall not sell the Products to minors.",
        "child-labor",
        "missing",
    ),
    (
        "gen-wages-retain",
        CONTRACT + "Supplier shall not retain workers' wages to prevent them from leaving.",
        "wages-hours",
        "present",
    ),
    (
        "gen-fees-visa-costs",
        CONTRACT + "Supplier shall bear the costs of visas, medical checks and travel "
        "for migrant workers.",
        "recruitment-fees",
        "present",
    ),
    # --- round 6: signing a code, the same standards down the chain, agencies and fees
    (
        "gen-code-sign",
        CONTRACT + "Supplier shall sign Buyer's Supplier Code of Conduct.",
        "code-of-conduct",
        "present",
    ),
    (
        "gen-flow-same-standards",
        FL_SECTION + "Supplier shall ensure that its own suppliers meet the same standards.",
        "subtier-flowdown",
        "present",
    ),
    (
        "near-flow-same-quality-standards",
        FL_SECTION + "Supplier shall ensure that its subcontractors "
        "meet the same quality standards.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "gen-flow-agency-fees",
        CONTRACT + "Supplier shall require its recruitment agencies to charge no fees to workers.",
        "subtier-flowdown",
        "weak",
    ),
    # --- headings with short bodies
    (
        "gen-heading-social-audits",
        CONTRACT + "Social Compliance Audits\n\nBuyer may audit Supplier's "
        "facilities at any time, with or without notice.",
        "audit-rights",
        "present",
    ),
    (
        "gen-heading-notification",
        CONTRACT + "Modern Slavery - Notification\n\nSupplier shall notify Buyer "
        "promptly of any breach.",
        "notification",
        "present",
    ),
    (
        "gen-heading-termination",
        CONTRACT + "Forced Labour - Termination\n\nBuyer may terminate this "
        "Agreement immediately for any breach.",
        "termination-remedies",
        "present",
    ),
    (
        "gen-heading-indemnity",
        CONTRACT + "Forced Labour - Indemnity\n\nSupplier shall indemnify Buyer "
        "against all losses arising from any breach.",
        "indemnification",
        "present",
    ),
    (
        "near-heading-plain-indemnity",
        CONTRACT + "Indemnity\n\nSupplier shall indemnify Buyer against all "
        "losses arising from any breach.",
        "indemnification",
        "missing",
    ),
    (
        "near-heading-plain-termination",
        CONTRACT + "Termination\n\nBuyer may terminate this Agreement immediately for any breach.",
        "termination-remedies",
        "missing",
    ),
    (
        "near-list-ends-at-numbered-heading",
        CONTRACT + "17. Compliance\n\n17.4 Modern Slavery. The "
        "Supplier must:\n(a) not engage in Modern Slavery;\n(b) comply with the Modern Slavery "
        "Act 2018.\n\n"
        "18. Liability\n\n18.1 Supplier indemnifies Buyer against all loss arising from a "
        "defect in a "
        "Product.",
        "indemnification",
        "missing",
    ),
    (
        "near-remedy-late-delivery-in-fl-document",
        FL_SECTION + "Supplier shall take corrective action to remedy any late delivery.",
        "remediation",
        "missing",
    ),
    (
        "near-sub-approved-subcontractors-flowdown",
        CONTRACT + "Supplier shall flow down the forced "
        "labour provisions to its approved subcontractors.",
        "unauthorized-subcontracting",
        "missing",
    ),
    # --- traceability, more forms
    (
        "gen-trace-identity-of-subs",
        CONTRACT + "Supplier shall disclose the identity of its sub-suppliers to Buyer.",
        "traceability",
        "present",
    ),
    (
        "gen-trace-not-produced-in-xuar",
        CONTRACT + "Supplier shall provide documentation sufficient to "
        "demonstrate that the Goods were not produced in the XUAR.",
        "traceability",
        "present",
    ),
    (
        "gen-trace-purchase-records",
        CONTRACT + "Supplier shall maintain records of purchases of raw "
        "materials, including invoices, bills of lading and proof of payment.",
        "traceability",
        "present",
    ),
    (
        "gen-trace-tier-register",
        CONTRACT + "Supplier shall maintain a register of all tier 1 and tier 2 suppliers.",
        "traceability",
        "present",
    ),
    (
        "near-trace-office-vendors",
        CONTRACT + "Supplier shall provide Buyer with its list of approved "
        "vendors for office supplies.",
        "traceability",
        "missing",
    ),
    (
        "near-trace-invoices-kept",
        CONTRACT + "Supplier shall keep invoices and proof of payment for seven years.",
        "traceability",
        "missing",
    ),
]


@pytest.fixture(scope="module")
def playbook():
    return load_playbook()


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)


def test_enough_rows() -> None:
    assert len(ROWS) >= 60
    assert len({r[0] for r in ROWS}) == len(ROWS)


def test_evidence_is_located(playbook) -> None:
    text = CONTRACT + "12. LABOR\n\n12.3 Supplier shall not use forced labor in any form."
    analysis = analyze_document(document_from_text(text), playbook)
    finding = analysis.findings[0]
    assert finding.status == "present"
    ev = finding.evidence[0]
    assert text[ev.start : ev.end] == ev.text
    assert ev.section == "12.3"
    assert "shall" in finding.reason


def test_library_clauses_are_recognised(playbook) -> None:
    """Every clause the generator can write is found present when read back."""
    from generator.clause_library import sample_texts

    failures = []
    for clause_id, obligations, kind, text in sample_texts():
        if not obligations:
            continue
        head = VENDOR_CODE if kind == "code-of-conduct" else CONTRACT
        found = analyze_document(document_from_text(head + text), playbook)
        status = {f.obligation: f.status for f in found.findings}
        failures += [(clause_id, kind, o, status[o]) for o in obligations if status[o] != "present"]
    assert failures == []


def test_library_evidence_is_the_obligations_own_sentence(playbook) -> None:
    """A library clause recognised across neighbouring clauses lends its obligation to their
    sentences too; the evidence must still be the sentence that states the obligation."""
    from generator.clause_library import sample_texts

    texts = {  # paragraphs unwrapped, as a word processor holds them
        obligations[0]: "\n\n".join(" ".join(p.split()) for p in text.split("\n\n"))
        for _, obligations, kind, text in sample_texts()
        if kind == "code-of-conduct" and obligations in (("restricted-sources",), ("notification",))
    }
    body = texts["restricted-sources"] + "\n\n" + texts["notification"]
    found = analyze_document(document_from_text(VENDOR_CODE + body), playbook)
    notice = next(f for f in found.findings if f.obligation == "notification")
    assert notice.status == "present"
    assert "notify" in notice.evidence[0].text


def test_findings_follow_playbook_order(playbook) -> None:
    analysis = analyze_document(document_from_text(CONTRACT), playbook)
    assert [f.obligation for f in analysis.findings] == playbook.ids
    assert all(f.status == "missing" and not f.evidence for f in analysis.findings)
    assert all(f.clause for f in analysis.findings)
