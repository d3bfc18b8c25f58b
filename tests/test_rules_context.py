"""Phrasing rows for the cross-cutting context rules (knowledge qualifiers, hedges after the
term, list items under a binding lead-in, permissions, parties) and for the labour-standard
obligations: forced-labor-prohibition, legal-compliance, code-of-conduct, child-labor,
recruitment-fees, identity-documents and wages-hours. Each new pattern has a positive
sentence, its near miss and its hedged form.
"""

from __future__ import annotations

import pytest
from helpers import CODE, CONTRACT, FL, assert_status, phrasing_params

from analyzer.doc_kind import document_kind

POLICY = (
    "HUMAN RIGHTS POLICY\n\nThis Policy sets out how Meridian Home respects human rights in "
    "its supply chain.\n\n"
)
FORM = "SUPPLIER CERTIFICATION FORM\n\n"
SUBCONTRACT = (
    "SUBCONTRACT AGREEMENT\n\nContractor: Alpha Build LLC\nSub-Contractor: Beta Facades LLC\n\n"
)
CERTIFY = "I certify, on behalf of the Supplier, that to the best of my knowledge:\n"

ROWS: list[tuple[str, str, str, str]] = [
    # --- a ban listing child labour among the forms of forced labour
    (
        "fl-list-with-child",
        CONTRACT + "Supplier shall not use forced, prison or child labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-child-labour-alone",
        CONTRACT + "Supplier shall not use child labour.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "fl-list-with-child-hedged",
        CONTRACT + "Supplier should avoid forced or child labour.",
        "forced-labor-prohibition",
        "weak",
    ),
    # (id, text, obligation, expected)
    # --- a knowledge qualifier in a lead-in governs its items
    (
        "know-lead-in-items",
        FORM + CERTIFY + "(a) no forced or prison labour is used in producing the goods;\n"
        "(b) no worker has paid a fee to obtain employment.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "know-lead-in-items-fees",
        FORM + CERTIFY + "(a) no forced or prison labour is used in producing the goods;\n"
        "(b) no worker has paid a fee to obtain employment.",
        "recruitment-fees",
        "weak",
    ),
    (
        "know-lead-in-without-qualifier",
        FORM + "I certify, on behalf of the Supplier, that:\n"
        "(a) no forced or prison labour is used in producing the goods;\n"
        "(b) no worker has paid a fee to obtain employment.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "know-best-of-named-party",
        CONTRACT + "Supplier warrants that, to the best of the Supplier's knowledge, no forced "
        "or prison labour is used in its supply chain.",
        "forced-labor-prohibition",
        "weak",
    ),
    # "or knowingly permit" adds a second duty; the first one stays unqualified
    (
        "know-or-knowingly-permit",
        CONTRACT + "Supplier shall comply with the Modern Slavery Act 2015 and shall not "
        "engage in, or knowingly permit, any form of slavery or forced labour in its business.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "know-or-knowingly-law",
        CONTRACT + "Supplier shall comply with the Modern Slavery Act 2015 and shall not "
        "engage in, or knowingly permit, any form of slavery or forced labour in its business.",
        "legal-compliance",
        "present",
    ),
    (
        "know-knowingly-only",
        CONTRACT + "Supplier shall not knowingly use forced or prison labour.",
        "forced-labor-prohibition",
        "weak",
    ),
    # --- a hedge right after the term is its clause's modal
    (
        "hedge-after-term-code",
        CODE + "Overtime should be voluntary and paid at a premium rate.",
        "wages-hours",
        "weak",
    ),
    (
        "hedge-after-term-fact",
        CODE + "Overtime is voluntary and paid at a premium rate.",
        "wages-hours",
        "present",
    ),
    (
        "hedge-after-term-binding-first",
        CONTRACT + "Supplier shall ensure that overtime is voluntary, and workers should be "
        "told of their rights.",
        "wages-hours",
        "present",
    ),
    # --- an item stating a fact ("workers do not pay") keeps its binding lead-in's frame
    (
        "policy-items-under-must",
        POLICY + "Every supplier must ensure that:\n(a) no child under 15 is employed;\n"
        "(b) workers do not pay recruitment fees or related costs;\n(c) wages are paid on time.",
        "recruitment-fees",
        "present",
    ),
    (
        "policy-items-under-should",
        POLICY + "Every supplier should ensure that:\n(a) no child under 15 is employed;\n"
        "(b) workers do not pay recruitment fees or related costs;\n(c) wages are paid on time.",
        "recruitment-fees",
        "weak",
    ),
    (
        "policy-own-fact",
        POLICY + "We do not charge recruitment fees to the people we hire.",
        "recruitment-fees",
        "weak",
    ),
    # --- a permission to do what a prohibition bans, free of conditions, is no ban
    (
        "perm-subcontract-without-consent",
        CONTRACT + "Supplier may subcontract any part of the work without Buyer's consent.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "perm-subcontract-only-with-consent",
        CONTRACT + "Supplier may subcontract only with Buyer's prior written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "perm-subcontract-shall-not-without",
        CONTRACT + "Supplier shall not subcontract without Buyer's prior written consent.",
        "unauthorized-subcontracting",
        "present",
    ),
    # --- recruitment-fees: fees paid by workers in other words
    (
        "fees-worker-pays-for-finding-work",
        CONTRACT + "Supplier shall ensure that no Worker pays any fee or charge to Supplier or to "
        "any employment business for finding or supplying work.",
        "recruitment-fees",
        "present",
    ),
    (
        "fees-repay-worker",
        CONTRACT + "If a worker has paid a fee to a recruiter or any other person to obtain work "
        "with Supplier, Supplier shall repay the worker the full amount within 60 days.",
        "recruitment-fees",
        "present",
    ),
    (
        "fees-intermediary-charges-for-placement",
        CONTRACT + "Supplier shall ensure that no grower uses a labour intermediary who charges "
        "harvest workers for transport, accommodation or placement.",
        "recruitment-fees",
        "present",
    ),
    (
        "fees-bear-cost-of-recruiting-hedged",
        CODE + "Suppliers should bear the cost of recruiting workers and should not allow labour "
        "agents to charge workers fees.",
        "recruitment-fees",
        "weak",
    ),
    (
        "fees-near-miss-buyer-pays-fee",
        CONTRACT + "Buyer shall pay Supplier a fee of 2% of the price for any work on rush orders.",
        "recruitment-fees",
        "missing",
    ),
    (
        "fees-near-miss-charges-customers",
        CONTRACT + "Supplier may charge customers for delivery and installation of the goods.",
        "recruitment-fees",
        "missing",
    ),
    # --- legal-compliance: laws named by what they prohibit
    (
        "law-of-country-prohibiting-forced-labour",
        CONTRACT + "Supplier shall comply with the laws of Canada and of the country of "
        "production prohibiting forced labour and child labour.",
        "legal-compliance",
        "present",
    ),
    (
        "law-of-country-near-miss",
        CONTRACT + "Supplier shall comply with the laws of Canada and of the country of "
        "production.",
        "legal-compliance",
        "missing",
    ),
    (
        "law-of-country-hedged",
        CONTRACT + "Supplier should comply with the laws of Canada and of the country of "
        "production prohibiting forced labour.",
        "legal-compliance",
        "weak",
    ),
    (
        "law-statement-in-policy",
        POLICY + "We publish a statement each year under the Modern Slavery Act 2015 describing "
        "the steps we have taken.",
        "legal-compliance",
        "weak",
    ),
    # --- forced-labor-prohibition: a trade rule named by forced labour is no ban
    (
        "fl-import-rule-near-miss",
        CONTRACT + "Supplier shall declare whether any input originates from an entity subject "
        "to forced-labour import restrictions, and shall not ship such goods to Buyer.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "fl-import-rule-with-ban",
        CONTRACT + "Supplier shall not use forced labour and shall not ship goods subject to "
        "forced-labour import restrictions.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- child-labor: an exception the standard allows; monitoring systems are no ban
    (
        "child-light-work-exception",
        CONTRACT + "Supplier shall not employ any child under fifteen (15) years of age, except "
        "that the farmer's own children may do light work outside school hours.",
        "child-labor",
        "present",
    ),
    (
        "child-local-law-exception",
        CONTRACT + "Supplier shall not employ any child under fifteen (15) years of age, except "
        "where local law permits the employment of children.",
        "child-labor",
        "weak",
    ),
    (
        "child-monitoring-system-only",
        CONTRACT + "Supplier shall operate a Child Labour Monitoring and Remediation System "
        "covering all member households.",
        "child-labor",
        "weak",
    ),
    (
        "child-monitoring-with-ban",
        CONTRACT + "Supplier shall operate a child labour monitoring system and shall not employ "
        "children under 15.",
        "child-labor",
        "present",
    ),
    # --- parties: a packhouse ("the Packer") buying from a grower keeps its buyer rights
    (
        "party-packer-buys",
        "GROWER SUPPLY AGREEMENT\n\nParties\nSunridge Packers Pty Ltd (the Packer)\n"
        "Tallowood Orchards Pty Ltd (the Grower)\n\n1. The Grower must supply, and the Packer "
        "must buy, the crop.\n\n2. The Grower must not use forced labour.\n\n3. The Packer "
        "may terminate this Agreement immediately if the Grower breaches clause 2.",
        "termination-remedies",
        "present",
    ),
    (
        "know-named-party-possessive",
        CONTRACT + "Seller warrants that to Seller's knowledge no child labour is used.",
        "child-labor",
        "weak",
    ),
    (
        "know-then-own-modal",
        CONTRACT + "Seller warrants that to Seller's knowledge there is no child labour, and "
        "Seller shall not use forced labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "know-share-knowledge-near-miss",
        CONTRACT + "Supplier shall train its managers to share knowledge of forced labour risks, "
        "and shall not use forced labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-against-their-will",
        CODE + "Workers must not be required to work against their will.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-against-their-will-hedged",
        CODE + "Workers should not be made to work against their will.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "fl-work-should-be-voluntary",
        CODE + "Work should be voluntary and workers should be free to leave.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "fees-trade-placement-near-miss",
        CONTRACT + "Supplier shall pay Buyer a placement fee of USD 500 for each retail store "
        "placement.",
        "recruitment-fees",
        "missing",
    ),
    (
        "id-copies-near-miss",
        CONTRACT + "Supplier shall keep copies of the work permits of personnel who visit Buyer's "
        "site.",
        "identity-documents",
        "missing",
    ),
    (
        "id-copies-but-not-originals",
        CONTRACT + "Supplier shall not retain the original passports of workers, although it may "
        "keep copies.",
        "identity-documents",
        "present",
    ),
    (
        "wages-pay-salaries-directly",
        CONTRACT + "Supplier shall pay workers' salaries monthly and directly into their bank "
        "accounts.",
        "wages-hours",
        "present",
    ),
    (
        "wages-paid-on-time-hedged",
        CODE + "Wages should meet at least the legal minimum and should be paid on time.",
        "wages-hours",
        "weak",
    ),
    (
        "wages-price-monthly-near-miss",
        CONTRACT + "Buyer shall pay the price monthly and directly into Supplier's bank account.",
        "wages-hours",
        "missing",
    ),
    (
        "code-incorporated",
        CONTRACT + "The Buyer's Responsible Sourcing Standards form part of this Agreement and "
        "Supplier shall meet them.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-incorporated-near-miss",
        CONTRACT + "The Specifications and the Quality Manual form part of this Agreement.",
        "code-of-conduct",
        "missing",
    ),
    (
        "code-incorporated-hedged",
        CONTRACT + "Supplier should meet the Buyer's Responsible Sourcing Standards, which form "
        "part of this Agreement.",
        "code-of-conduct",
        "weak",
    ),
    (
        "party-brand-own-training",
        "MANUFACTURING AGREEMENT\n\n1. The Manufacturer shall make the Goods and the Brand "
        "shall buy them.\n\n2. The Brand shall train its own buying staff on forced labour "
        "risks.",
        "training",
        "missing",
    ),
    (
        "party-brand-may-terminate",
        "MANUFACTURING AGREEMENT\n\n1. The Manufacturer shall not use forced labour.\n\n"
        "2. The Brand may terminate this Agreement immediately if the Manufacturer breaches "
        "clause 1.",
        "termination-remedies",
        "present",
    ),
    # --- a buyer's wish addressed to the supplier
    (
        "buyer-expects-items",
        CONTRACT + "Supplier acknowledges that Buyer expects:\n(a) wages to be paid on time;\n"
        "(b) overtime to be voluntary.",
        "wages-hours",
        "weak",
    ),
    (
        "buyer-expects-own-act",
        CONTRACT + "Buyer expects to train its own buyers on forced labour risks.",
        "training",
        "missing",
    ),
    (
        "buyer-encourages-supplier",
        CONTRACT + "Buyer encourages Supplier to train its managers on forced labour risks.",
        "training",
        "weak",
    ),
    (
        "fl-prisoner-carve-out",
        CONTRACT + "Supplier shall not use prison or convict labour, other than voluntary work by "
        "prisoners in accordance with local law.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "fl-work-release-carve-out",
        CONTRACT + "Supplier shall not use prison labour. Notwithstanding the foregoing, labour "
        "by detainees in work-release programmes is permitted.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "fl-unrelated-exception",
        CONTRACT + "Supplier shall not use prison or convict labour, and shall not subcontract "
        "except with Buyer's consent.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "wages-protection-system",
        CONTRACT + "Supplier shall pay wages through the Wage Protection System by the 10th day "
        "of each month.",
        "wages-hours",
        "present",
    ),
    (
        "wages-full-amount",
        CONTRACT + "Supplier shall pay each worker the full amount of their wages, without "
        "deductions other than those required by law.",
        "wages-hours",
        "present",
    ),
    (
        "wages-full-amount-hedged",
        CONTRACT + "Supplier should pay each worker the full amount of their wages.",
        "wages-hours",
        "weak",
    ),
    (
        "hours-driving-rest-times",
        CONTRACT + "Supplier shall ensure that drivers' driving and rest times comply with "
        "Regulation (EC) No 561/2006.",
        "wages-hours",
        "present",
    ),
    (
        "hours-during-working-time-near-miss",
        CONTRACT + "Supplier shall deliver the Goods to Buyer's warehouse during working time.",
        "wages-hours",
        "missing",
    ),
    (
        "code-meet-standards",
        CONTRACT + "Supplier shall meet the standards of the ETI Base Code.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-meet-standards-near-miss",
        CONTRACT + "Supplier shall meet the standards of ISO 9001.",
        "code-of-conduct",
        "missing",
    ),
    # --- near misses from ordinary commercial text
    (
        "child-consumer-age-near-miss",
        CONTRACT + "Supplier shall ensure that products intended for children under the age of "
        "3 comply with toy safety standards.",
        "child-labor",
        "missing",
    ),
    (
        "child-consumer-age-with-work",
        CONTRACT + "Supplier shall not employ persons under the age of 16 to make the Products.",
        "child-labor",
        "present",
    ),
    (
        "child-consumer-age-hedged",
        CONTRACT + "Supplier should not employ persons under the age of 16 to make the Products.",
        "child-labor",
        "weak",
    ),
    (
        "fees-recruiting-sales-staff-near-miss",
        CONTRACT + "Supplier shall bear all costs of recruiting and training its own sales staff.",
        "recruitment-fees",
        "missing",
    ),
    (
        "fees-cost-of-recruiting-workers",
        CONTRACT + "Supplier shall bear the full cost of recruiting its workers.",
        "recruitment-fees",
        "present",
    ),
    (
        "law-tariff-act-customs-near-miss",
        CONTRACT + "Supplier shall comply with the Tariff Act and all customs regulations "
        "regarding classification and valuation of the Goods.",
        "legal-compliance",
        "missing",
    ),
    (
        "law-tariff-act-section-307",
        CONTRACT + "Supplier shall comply with Section 307 of the Tariff Act of 1930.",
        "legal-compliance",
        "present",
    ),
    # --- list structure and document kind
    (
        "items-sibling-bullets-no-lead",
        CODE + "Our standards\n\n- Suppliers should support local communities\n"
        "- Wages are paid on time",
        "wages-hours",
        "present",
    ),
    (
        "items-roman-under-letter",
        CONTRACT + "(a) Supplier shall not use or permit\n(i) forced or prison labour;\n"
        "(ii) child labour.",
        "child-labor",
        "present",
    ),
    (
        "items-roman-under-letter-hedged",
        CONTRACT + "(a) Supplier should not use or permit\n(i) forced or prison labour;\n"
        "(ii) child labour.",
        "child-labor",
        "weak",
    ),
    (
        "kind-policy-title-before-principles",
        "HUMAN RIGHTS POLICY\n\nOur guiding principles\n\nWages are paid on time.",
        "wages-hours",
        "weak",
    ),
    (
        "kind-code-title",
        "SUPPLIER CODE OF CONDUCT\n\nOur guiding principles\n\nWages are paid on time.",
        "wages-hours",
        "present",
    ),
    # --- "shall support" is the duty's own verb; "should support" and "support" alone hedge
    (
        "shall-support-audit",
        CONTRACT + "Supplier shall support and cooperate with any audit of its facilities by "
        "Buyer to verify compliance with its forced labour obligations.",
        "audit-rights",
        "present",
    ),
    (
        "should-support-audit",
        CONTRACT + "Supplier should support any audit of its facilities by Buyer to verify "
        "compliance with its forced labour obligations.",
        "audit-rights",
        "weak",
    ),
    (
        "support-training-policy",
        POLICY + "We support our suppliers in training their managers on forced labour risks.",
        "training",
        "weak",
    ),
    # --- negated negatives are duties; a denied duty is none
    (
        "neg-not-contravene-law",
        CONTRACT + "Supplier shall not, and shall ensure that its subcontractors do not, "
        "contravene the Modern Slavery Act 2015.",
        "legal-compliance",
        "present",
    ),
    (
        "neg-neither-nor-violate-law",
        CONTRACT + "Supplier shall ensure that neither it nor its subcontractors violate the "
        "Uyghur Forced Labor Prevention Act.",
        "legal-compliance",
        "present",
    ),
    (
        "neg-not-inconsistent-with-code",
        CONTRACT + "Supplier shall not act in a manner inconsistent with Buyer's Supplier Code "
        "of Conduct.",
        "code-of-conduct",
        "present",
    ),
    (
        "neg-not-required-to-comply-code",
        CONTRACT + "Supplier is under no obligation to comply with Buyer's Supplier Code of "
        "Conduct.",
        "code-of-conduct",
        "missing",
    ),
    (
        "neg-nothing-requires-law",
        CONTRACT + "Nothing in this Agreement requires Supplier to comply with the Modern "
        "Slavery Act 2015.",
        "legal-compliance",
        "missing",
    ),
    # --- a contract's schedule of standards binds like a code
    (
        "schedule-standards-facts",
        CONTRACT + "1. Labour\nSupplier shall comply with Schedule 3, which forms part of this "
        "Agreement.\n\nSCHEDULE 3 - LABOUR STANDARDS\n\n1. Employment is freely chosen.\n\n"
        "2. No child under 15 is employed.",
        "child-labor",
        "present",
    ),
    (
        "schedule-other-facts",
        CONTRACT + "1. Supply\nSupplier shall supply the Goods.\n\nSCHEDULE 1 - PRICES AND "
        "DELIVERY\n\n1. Prices are fixed for one year.\n\n2. No child under 15 is employed.",
        "child-labor",
        "weak",
    ),
    (
        "schedule-standards-hedged",
        CONTRACT + "SCHEDULE 3 - LABOUR STANDARDS\n\n1. No child under 15 should be employed.",
        "child-labor",
        "weak",
    ),
    (
        "code-forms-part-of-agreement",
        CONTRACT + "Buyer's Supplier Code of Conduct forms part of this Agreement.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-material-incorporated-near-miss",
        CONTRACT + "Supplier shall not use any material incorporated in the Goods that does not "
        "meet the Specifications.",
        "code-of-conduct",
        "missing",
    ),
    (
        "code-buyers-code-forms-part",
        CONTRACT + "1. Terms\n\nThe Buyer's Ethical Sourcing Code forms part of this Agreement.",
        "code-of-conduct",
        "present",
    ),
    (
        "law-including-those-relating-to-labour",
        CONTRACT + "Supplier shall comply with all applicable laws and regulations, including "
        "those relating to labour, employment and health and safety.",
        "legal-compliance",
        "weak",
    ),
    (
        "law-including-those-relating-to-export-near-miss",
        CONTRACT + "Supplier shall comply with all applicable laws and regulations, including "
        "those relating to export control and sanctions.",
        "legal-compliance",
        "missing",
    ),
    # --- forced labour named in other duties is no ban
    (
        "fl-indemnity-near-miss",
        CONTRACT + "Supplier shall indemnify Buyer against all losses arising from the detention "
        "of Goods on suspicion of forced labour.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "fl-cbp-inquiry-near-miss",
        CONTRACT + "Supplier shall cooperate with any CBP inquiry into whether the Goods were made "
        "with forced labour.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "fl-warrant-and-evidence",
        CONTRACT + "Supplier warrants, and shall provide evidence showing on request, that the "
        "Goods were not made with forced or prison labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-indemnity-with-ban",
        CONTRACT + "Supplier shall not use forced or prison labour and shall indemnify Buyer "
        "against any resulting detention.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- a labour standard named only as the object of another duty is no term of its own
    (
        "ancillary-notify-child-labour",
        CONTRACT + "Supplier shall notify Buyer within 24 hours if it becomes aware of any child "
        "labour in its supply chain.",
        "child-labor",
        "missing",
    ),
    (
        "ancillary-notify-with-ban",
        CONTRACT + "Supplier shall not use child labour and shall notify Buyer of any case found.",
        "child-labor",
        "present",
    ),
    (
        "ancillary-train-fees",
        CONTRACT + "Supplier shall train its recruiters on the Employer Pays Principle.",
        "recruitment-fees",
        "missing",
    ),
    (
        "ancillary-notify-passport",
        CONTRACT + "Supplier shall notify Buyer if any worker's passport has been retained by a "
        "labour agent.",
        "identity-documents",
        "missing",
    ),
    (
        "ancillary-train-wages",
        CONTRACT + "Supplier shall train its payroll staff on minimum wage requirements.",
        "wages-hours",
        "missing",
    ),
    (
        "ancillary-monitor-with-ensure",
        CONTRACT + "Supplier shall monitor its farms to ensure that no child labour is used.",
        "child-labor",
        "present",
    ),
    (
        "ancillary-notify-code-breach",
        CONTRACT + "Supplier shall notify Buyer of any breach of the Supplier Code of Conduct.",
        "code-of-conduct",
        "missing",
    ),
    (
        "ancillary-train-and-comply-code",
        CONTRACT + "Supplier shall train its staff on, and comply with, the Supplier Code of "
        "Conduct.",
        "code-of-conduct",
        "present",
    ),
    (
        "id-valid-work-permits-near-miss",
        CONTRACT + "Supplier shall ensure that all personnel assigned to the Services hold valid "
        "work permits.",
        "identity-documents",
        "missing",
    ),
    (
        "id-valid-permits-not-retained",
        CONTRACT + "Supplier shall ensure that workers hold valid work permits and shall not "
        "retain the originals.",
        "identity-documents",
        "present",
    ),
    (
        "code-gifts-hospitality-near-miss",
        CONTRACT + "Supplier shall comply with Buyer's Code of Business Conduct regarding gifts "
        "and hospitality.",
        "code-of-conduct",
        "missing",
    ),
    (
        "code-business-conduct-labour",
        CONTRACT + "Supplier shall comply with Buyer's Code of Business Conduct, including its "
        "labour standards.",
        "code-of-conduct",
        "present",
    ),
    (
        "fl-detention-centre-carve-out",
        CONTRACT + "Supplier shall not use forced or prison labour. Notwithstanding the "
        "foregoing, Supplier may use labour from a state detention centre under a government "
        "programme.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "fl-detention-centres-banned",
        CONTRACT + "Supplier shall not use labour from prisons, detention centres or re-education "
        "camps.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-unless-buyer-agrees-then-ban",
        CONTRACT + "Supplier shall not use forced labour, and, unless Buyer agrees otherwise, "
        "shall not use prison labour or labour of detainees.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- "no ... may" is a prohibition, however long the noun phrase before "may"
    (
        "no-may-long-subject-child",
        CONTRACT + "No person under the age of sixteen (16) may be employed at any facility "
        "that makes the Goods.",
        "child-labor",
        "present",
    ),
    (
        "no-may-long-subject-fees",
        CONTRACT + "No recruitment fee or related cost of any kind may be charged to workers "
        "hired to make the Goods.",
        "recruitment-fees",
        "present",
    ),
    (
        "no-may-hedged",
        CONTRACT + "No person under the age of sixteen (16) should be employed at any facility "
        "that makes the Goods.",
        "child-labor",
        "weak",
    ),
    (
        "no-may-permission-near-miss",
        CONTRACT + "Supplier may employ persons of sixteen (16) years and above on its "
        "production lines.",
        "child-labor",
        "missing",
    ),
    # --- in a policy, what the writer did itself ("we agreed") is weak; what it requires of
    # suppliers is present
    (
        "policy-own-act-agreed",
        POLICY + "The supplier repaid recruitment fees to 40 workers under a corrective action "
        "plan we agreed with it.",
        "recruitment-fees",
        "weak",
    ),
    (
        "policy-we-require-suppliers",
        POLICY + "We require every supplier to repay any recruitment fees that workers have paid.",
        "recruitment-fees",
        "present",
    ),
    (
        "policy-suppliers-must",
        POLICY + "Suppliers must repay any recruitment fees that workers have paid.",
        "recruitment-fees",
        "present",
    ),
    # --- a haulage contract: the haulier is the supplier, and its own name is no subcontractor
    (
        "haulier-is-supplier",
        "FRAMEWORK AGREEMENT FOR ROAD HAULAGE\n\nThis Agreement is made between Nordvik AB "
        '(the "Customer") and Balt Trans UAB (the "Haulier").\n\n'
        "1. The Haulier shall carry loads for the Customer under transport orders.\n"
        "2. The Haulier shall not use forced or compulsory labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "haulier-name-is-not-subtier",
        "FRAMEWORK AGREEMENT FOR ROAD HAULAGE\n\nThis Agreement is made between Nordvik AB "
        '(the "Customer") and Balt Trans UAB (the "Haulier").\n\n'
        "1. The Haulier shall carry loads for the Customer under transport orders.\n"
        "2. The Haulier shall not use forced or compulsory labour.",
        "subtier-flowdown",
        "missing",
    ),
    (
        "haulier-own-carriers-are-subtier",
        CONTRACT + "Supplier shall ensure that its carriers and any subcontracted hauliers do "
        "not use forced or compulsory labour.",
        "subtier-flowdown",
        "present",
    ),
    # --- wages paid in full with adverbials between the worker and the wages
    (
        "wages-pay-worker-adverbials",
        CONTRACT + "Supplier shall pay each worker monthly, by bank transfer to an account in "
        "the worker's own name, the full amount of wages earned.",
        "wages-hours",
        "present",
    ),
    (
        "wages-full-amount-of-remuneration",
        CONTRACT + "Supplier shall ensure that drivers receive the full amount of their "
        "remuneration on the agreed pay day.",
        "wages-hours",
        "present",
    ),
    (
        "wages-pay-worker-adverbials-hedged",
        CONTRACT + "Supplier should pay each worker, by bank transfer, the full amount of "
        "their wages.",
        "wages-hours",
        "weak",
    ),
    (
        "wages-price-includes-wages-near-miss",
        CONTRACT + "Buyer shall pay Supplier the prices in Schedule 1, which include the "
        "workers' award wages, payroll tax and Supplier's margin.",
        "wages-hours",
        "missing",
    ),
    # --- an exception the worker agrees to keeps the term whole; one the law allows does not
    (
        "wages-deduction-unless-worker-agrees",
        CONTRACT + "Supplier shall pay wages in full and shall make no deduction for housing "
        "unless the worker has agreed to it in writing.",
        "wages-hours",
        "present",
    ),
    (
        "wages-deduction-unless-local-law",
        CONTRACT + "Supplier shall pay wages in full and shall make no deduction for housing "
        "unless permitted by local law.",
        "wages-hours",
        "weak",
    ),
    # --- a code's "Labour Standards" are no labour law
    (
        "legal-labour-standards-of-a-code-near-miss",
        CONTRACT + "Supplier shall comply with the Labour Standards set out in Schedule 3, "
        "which are based on the ETI Base Code.",
        "legal-compliance",
        "missing",
    ),
    (
        "legal-labour-standards-legislation",
        CONTRACT + "Supplier shall comply with all labour standards legislation in force "
        "where the Goods are made.",
        "legal-compliance",
        "weak",
    ),
    # --- a defined term carries its definition's forced-labour meaning into the clauses
    (
        "defined-term-ban",
        CONTRACT + '1.3 "Prohibited Practice" means any use of forced, prison or bonded labour '
        "in making the Goods.\n\n"
        "4.1 Supplier shall not permit any Prohibited Practice.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "defined-term-notice",
        CONTRACT + '1.3 "Prohibited Practice" means any use of forced or child labour by Supplier '
        "or its suppliers.\n\n"
        "4.1 Supplier shall notify Buyer in writing within five days of any Prohibited Practice.",
        "notification",
        "present",
    ),
    (
        "defined-term-hedged",
        CONTRACT + '1.3 "Prohibited Practice" means any use of forced, prison or bonded labour '
        "in making the Goods.\n\n"
        "4.1 Supplier should use reasonable efforts to avoid any Prohibited Practice.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "defined-term-negated",
        CONTRACT + '1.3 "Prohibited Practice" means any use of forced or child labour by Supplier '
        "or its suppliers.\n\n"
        "4.1 Supplier is not required to notify Buyer of any Prohibited Practice.",
        "notification",
        "missing",
    ),
    (
        "defined-term-without-labour-near-miss",
        CONTRACT + '1.3 "Goods" means the goods made by Supplier or its subcontractors.\n\n'
        "4.1 Supplier shall not use forced labour in making the Goods.",
        "subtier-flowdown",
        "missing",
    ),
    # --- a later "Notwithstanding ..., Supplier may ..." clause guts the ban it overrides
    (
        "carve-out-notwithstanding-prison",
        CONTRACT + "8.1 Supplier shall not use forced, bonded or prison labour.\n"
        "8.2 Notwithstanding Section 8.1, Supplier may use labour supplied by a detention "
        "centre where local law permits it and the workers are paid the minimum wage.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "carve-out-is-no-wage-term",
        CONTRACT + "8.1 Supplier shall not use forced, bonded or prison labour.\n"
        "8.2 Notwithstanding Section 8.1, Supplier may use labour supplied by a detention "
        "centre where local law permits it and the workers are paid the minimum wage.",
        "wages-hours",
        "missing",
    ),
    (
        "carve-out-despite-passports",
        CONTRACT + "5.1 Supplier shall not retain any worker's passport or identity card.\n"
        "5.2 Despite clause 5.1, Supplier may hold the passports of migrant workers during "
        "their first month of employment.",
        "identity-documents",
        "weak",
    ),
    (
        "carve-out-binding-notwithstanding-near-miss",
        CONTRACT + "8.1 Supplier shall not use forced or bonded labour.\n"
        "8.2 Notwithstanding the foregoing, Supplier shall not use prison labour under any "
        "work-release programme.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "carve-out-buyer-right-near-miss",
        CONTRACT + "8.1 Supplier shall not use forced, bonded or prison labour.\n"
        "8.2 Notwithstanding Section 12, Buyer may inspect any facility to verify that no "
        "forced labour is used.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- the duty named as a noun binds ("Supplier's obligation not to use ...")
    (
        "nominal-obligation-not-to",
        CONTRACT + "Supplier's obligation not to use forced or prison labour in the manufacture "
        "of the Goods is a material term of this Agreement.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "nominal-undertaking-to-repay",
        CONTRACT + "Supplier's undertaking to repay any recruitment fee paid by a worker "
        "survives the end of this Agreement.",
        "recruitment-fees",
        "present",
    ),
    (
        "nominal-no-obligation-near-miss",
        CONTRACT + "Supplier is under no obligation to repay recruitment fees that workers paid "
        "to third-party agents.",
        "recruitment-fees",
        "missing",
    ),
    # --- a ban whose duty is denied binds nobody; a denied permission is a ban
    (
        "ban-duty-denied-nothing-requires",
        CONTRACT + "Nothing in this Agreement requires Supplier to verify that its suppliers do "
        "not use forced labour.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "ban-duty-denied-not-obliged",
        CONTRACT + "Supplier shall not be obliged to ensure that its sub-suppliers do not use "
        "forced labour.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "ban-workers-not-required-is-the-ban",
        CODE + "Workers are not required to pay recruitment fees or deposits to obtain employment.",
        "recruitment-fees",
        "present",
    ),
    (
        "ban-nothing-permits",
        CONTRACT + "Nothing in this Agreement permits Supplier to use forced, bonded or prison "
        "labour.",
        "forced-labor-prohibition",
        "present",
    ),
    # homeworkers are workers
    (
        "workers-homeworkers-interviewed",
        CONTRACT + "Buyer's auditors may interview homeworkers privately, in their homes, about "
        "their working conditions.",
        "worker-engagement",
        "present",
    ),
    (
        "workers-homeworkers-grievance",
        CODE + "Homeworkers can raise a complaint confidentially through the Company's helpline, "
        "without fear of reprisal.",
        "grievance-mechanism",
        "present",
    ),
    # "entitles" grants a right, so "nothing ... entitles" denies it
    (
        "right-nothing-entitles-buyer",
        CONTRACT + "Supplier shall not use forced labour. Nothing in this Agreement entitles "
        "Buyer to audit Supplier's facilities for compliance with labour standards.",
        "audit-rights",
        "missing",
    ),
    (
        "right-nothing-entitles-buyer-code",
        CONTRACT + "Supplier shall not use forced labour. Nothing in this Agreement entitles "
        "the Purchaser to inspect any smelter for compliance with the Supplier Code of Conduct.",
        "code-of-conduct",
        "missing",
    ),
    (
        "right-entitles-buyer",
        CONTRACT + "Supplier shall not use forced labour. Buyer shall be entitled to audit "
        "Supplier's facilities for compliance with labour standards.",
        "audit-rights",
        "present",
    ),
    (
        "ban-nothing-permits-hedged",
        CONTRACT + "Supplier should ensure that nothing in its operations allows forced, bonded "
        "or prison labour.",
        "forced-labor-prohibition",
        "weak",
    ),
    # --- a subcontract that names no buyer: "the Contractor" engages "the Subcontractor"
    (
        "subcontract-contractor-audits",
        SUBCONTRACT + "1. The Sub-Contractor shall not use forced, bonded or prison labour.\n"
        "2. The Contractor may audit the Sub-Contractor's labour camps and records to verify "
        "compliance with clause 1.",
        "audit-rights",
        "present",
    ),
    (
        "subcontract-contractor-terminates",
        SUBCONTRACT + "1. The Subcontractor shall not use forced, bonded or prison labour.\n"
        "2. The Contractor may terminate this Subcontract if the Subcontractor breaches "
        "clause 1.",
        "termination-remedies",
        "present",
    ),
    (
        "subcontract-contractor-own-duty-near-miss",
        SUBCONTRACT + "1. The Contractor shall not use forced, bonded or prison labour on the "
        "Project.\n2. The Subcontractor shall install the curtain wall.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "subcontract-subcontractor-hedged",
        SUBCONTRACT + "1. The Subcontractor should avoid forced, bonded or prison labour.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "contractor-with-own-subcontractors-stays-supplier",
        "SERVICES AGREEMENT\n\nContractor: Beta Ltd\n\n1. The Contractor shall not use "
        "forced, bonded or prison labour, and shall ensure that each Subcontractor does not "
        "use it.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- an item's verb stays under its lead-in's hedge; an item's own modal decides
    (
        "hedged-lead-item-verb",
        CONTRACT + "Supplier should:\n(a) ensure that no worker pays a recruitment fee;\n"
        "(b) pay wages in full and on time.",
        "recruitment-fees",
        "weak",
    ),
    (
        "hedged-lead-item-own-modal",
        CONTRACT + "Supplier should:\n(a) provide workers with written contracts;\n"
        "(b) Supplier shall in any event ensure that no worker pays a recruitment fee.",
        "recruitment-fees",
        "present",
    ),
    (
        "binding-lead-item-verb",
        CONTRACT + "Supplier shall:\n(a) ensure that no worker pays a recruitment fee;\n"
        "(b) pay wages in full and on time.",
        "recruitment-fees",
        "present",
    ),
    (
        "binding-lead-passive-no-worker-required",
        CONTRACT + "Supplier shall ensure that, at every Facility, no worker shall be required "
        "to pay any recruitment fee or deposit.",
        "recruitment-fees",
        "present",
    ),
    (
        "binding-lead-prohibited-practices-list",
        CONTRACT + "The following practices are prohibited at every facility that makes the "
        "Goods:\n\n- forced, bonded or prison labour;\n- child labour;\n"
        "- retention of workers' passports.",
        "identity-documents",
        "present",
    ),
    # --- "slave" of people, not of devices
    (
        "slave-labour-list",
        CONTRACT + "Supplier shall not use slave, bonded or indentured labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "slave-device-near-miss",
        CONTRACT + "Supplier shall not use slave devices or master-slave configurations that "
        "are incompatible with Buyer's control system.",
        "forced-labor-prohibition",
        "missing",
    ),
    # --- a forced-labour law described rather than named
    (
        "law-import-ban-described",
        CONTRACT + "Supplier shall comply with the Customs Tariff prohibition on goods mined, "
        "manufactured or produced wholly or in part by forced labour.",
        "legal-compliance",
        "present",
    ),
    (
        "law-import-ban-described-hedged",
        CONTRACT + "Supplier shall use reasonable efforts to comply with the ban on imports of "
        "goods made with convict labour.",
        "legal-compliance",
        "weak",
    ),
    (
        "law-norwegian-transparency-act",
        CONTRACT + "Supplier shall comply with the Norwegian Transparency Act.",
        "legal-compliance",
        "present",
    ),
    (
        "law-import-ban-other-goods-near-miss",
        CONTRACT + "Supplier shall comply with the prohibition on imports of goods from "
        "embargoed countries.",
        "legal-compliance",
        "missing",
    ),
    # --- a code that asks its suppliers to apply it is hedged
    (
        "code-ask-suppliers-apply",
        CODE + "We ask our suppliers to read this Code and to apply its principles in their own "
        "operations.",
        "code-of-conduct",
        "weak",
    ),
    (
        "code-suppliers-must-apply",
        CODE + "Suppliers must read this Code and apply it in their own operations.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-when-asked-stays-binding",
        CONTRACT + "Supplier shall comply with the Buyer Supplier Code of Conduct and, when "
        "asked by Buyer, shall confirm its compliance in writing.",
        "code-of-conduct",
        "present",
    ),
    # --- child-labour age limits in other words
    (
        "child-anyone-under-the-age-of",
        CONTRACT + "Supplier shall not employ anyone under the age of 16.",
        "child-labor",
        "present",
    ),
    (
        "child-aged-under",
        CONTRACT + "Supplier shall not engage workers aged under sixteen (16) at any factory.",
        "child-labor",
        "present",
    ),
    (
        "child-years-old",
        CONTRACT + "Supplier shall not employ persons who are less than 15 years old.",
        "child-labor",
        "present",
    ),
    (
        "child-years-old-hedged",
        CONTRACT + "Supplier should not employ persons who are less than 15 years old.",
        "child-labor",
        "weak",
    ),
    (
        "child-years-old-consumer-near-miss",
        CONTRACT + "The toys shall not be sold to consumers under 3 years old.",
        "child-labor",
        "missing",
    ),
    # --- nominal and passive hedges
    (
        "hedge-expectation-that",
        CONTRACT + "It is Buyer's expectation that Supplier will not use forced, prison or "
        "bonded labour.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "hedge-is-requested-not-to",
        CONTRACT + "Supplier is requested not to use forced, prison or bonded labour.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "hedge-ought-not",
        CONTRACT + "Supplier ought not to use forced, prison or bonded labour.",
        "forced-labor-prohibition",
        "weak",
    ),
    # --- lead-ins that end with a stop ("... the following standards.") and unmarked items
    (
        "lead-following-with-stop",
        CONTRACT + "6.2 Labour standards. Supplier shall comply with the following minimum "
        "standards at all facilities.\n(a) All work is voluntary and there is no forced, "
        "bonded or prison labour.\n(b) No child under 15 is employed.",
        "child-labor",
        "present",
    ),
    (
        "lead-following-with-stop-hedged",
        CONTRACT + "6.2 Labour standards. Supplier should meet the following minimum standards "
        "at all facilities.\n(a) All work is voluntary and there is no forced, bonded or "
        "prison labour.\n(b) No child under 15 is employed.",
        "child-labor",
        "weak",
    ),
    (
        "lead-stop-without-announcement-near-miss",
        CONTRACT + "6.2 Supplier shall deliver the Goods DDP.\n(a) Wages are paid in full and "
        "on time.",
        "wages-hours",
        "weak",
    ),
    (
        "lead-colon-unmarked-paragraphs",
        CONTRACT + "Supplier shall ensure that, at every facility that makes the Goods:\n\n"
        "Workers keep their own passports and identity documents.\n\n"
        "Wages are paid in full and on time.",
        "wages-hours",
        "present",
    ),
    (
        "child-nobody-under",
        CODE + "Nobody under the age of 15 is employed.",
        "child-labor",
        "present",
    ),
    # --- the supplier's own policy is not the buyer's code or a named standard
    (
        "code-own-policies-it-has",
        CONTRACT + "Supplier shall ensure that it has, and will comply with, ethical and human "
        "rights policies and a complaints procedure.",
        "code-of-conduct",
        "weak",
    ),
    (
        "code-adopt-own-policy",
        CONTRACT + "Supplier shall adopt a human rights policy and shall comply with it.",
        "code-of-conduct",
        "weak",
    ),
    (
        "code-own-and-named-standard",
        CONTRACT + "Supplier shall comply with its own code of conduct and with the RBA Code of "
        "Conduct.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-adopt-and-comply-buyer-code",
        CONTRACT + "Supplier shall adopt and comply with the Buyer Supplier Code of Conduct.",
        "code-of-conduct",
        "present",
    ),
    # --- other ban phrasings
    (
        "ban-may-in-no-case",
        CONTRACT + "Supplier may in no case use forced, prison or bonded labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "ban-ensure-absence",
        CONTRACT + "Supplier must ensure the absence of forced, prison or bonded labour at all "
        "facilities.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "ban-without-recourse",
        CONTRACT + "Supplier shall operate without recourse to forced, prison or bonded labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "ban-without-recourse-hedged",
        CONTRACT + "Supplier should aim to operate without recourse to forced, prison or bonded "
        "labour.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "ban-may-in-no-case-buyer-near-miss",
        CONTRACT + "Buyer may in no case use forced, prison or bonded labour in its own "
        "warehouses.",
        "forced-labor-prohibition",
        "missing",
    ),
    # --- trafficking in goods is no trafficking in persons
    (
        "trafficking-goods-near-miss",
        CONTRACT + "Supplier shall not engage in any trafficking of counterfeit parts.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "trafficking-drugs-near-miss",
        CONTRACT + "Supplier shall not engage in drug trafficking or money laundering.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "trafficking-persons-and-drugs",
        CONTRACT + "Supplier shall not engage in human trafficking or drug trafficking.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "trafficking-bare-in-list",
        CONTRACT + "Supplier shall not use forced labour, slavery or trafficking in any form.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- a statute or site rules named like a code are no code of conduct
    (
        "code-fair-labor-standards-act-near-miss",
        CONTRACT + "Supplier shall comply with the Fair Labor Standards Act.",
        "code-of-conduct",
        "missing",
    ),
    (
        "code-for-visitors-near-miss",
        CONTRACT + "Supplier shall comply with Buyer's Code of Conduct for visitors while on "
        "Buyer's premises.",
        "code-of-conduct",
        "missing",
    ),
    (
        "code-labour-code-at-factories",
        CONTRACT + "Supplier shall comply with Buyer's Supplier Code of Conduct at every factory "
        "that makes the Goods.",
        "code-of-conduct",
        "present",
    ),
    # --- a minimum working age stated positively
    (
        "child-legal-working-age",
        CONTRACT + "Supplier's personnel shall be of legal working age and hold valid "
        "right-to-work documents.",
        "child-labor",
        "present",
    ),
    (
        "child-at-least-years-old",
        CONTRACT + "Every worker at the factory shall be at least sixteen (16) years of age.",
        "child-labor",
        "present",
    ),
    (
        "child-at-least-years-old-hedged",
        CONTRACT + "All workers employed by Supplier should be at least 16 years old.",
        "child-labor",
        "weak",
    ),
    (
        "child-at-least-years-retention-near-miss",
        CONTRACT + "Supplier shall ensure that payroll records for each worker are kept for at "
        "least three (3) years.",
        "child-labor",
        "missing",
    ),
    (
        "child-at-least-years-consumer-near-miss",
        CONTRACT + "Buyers of the product must be at least 18 years old.",
        "child-labor",
        "missing",
    ),
    # --- fees, documents and wages in other words
    (
        "fees-costs-of-recruiting-borne",
        CONTRACT + "All costs of recruiting workers, including agency fees, visa costs and "
        "travel, shall be borne by Supplier.",
        "recruitment-fees",
        "present",
    ),
    (
        "fees-ensure-workers-not-required",
        CONTRACT + "Supplier shall ensure that workers are not required to pay placement fees, "
        "deposits or bonds.",
        "recruitment-fees",
        "present",
    ),
    (
        "ids-remain-in-possession",
        CONTRACT + "Passports, visas and work permits shall remain in the possession of the "
        "workers.",
        "identity-documents",
        "present",
    ),
    (
        "wages-withhold-part-of-salary",
        CONTRACT + "Supplier shall not withhold any part of a worker's salary.",
        "wages-hours",
        "present",
    ),
    (
        "wages-no-less-frequently-than-monthly",
        CONTRACT + "Supplier shall pay wages no less frequently than monthly.",
        "wages-hours",
        "present",
    ),
    (
        "hours-working-week",
        CONTRACT + "Supplier shall ensure that the regular working week does not exceed 48 hours.",
        "wages-hours",
        "present",
    ),
    (
        "hours-off-hedged",
        CONTRACT + "Supplier should give every worker at least 24 consecutive hours off in "
        "every seven-day period.",
        "wages-hours",
        "weak",
    ),
    (
        "wages-withhold-tax-near-miss",
        CONTRACT + "All amounts due shall be paid without deduction, provided that if Buyer is "
        "required to withhold and pay any income tax on behalf of Supplier, it may do so.",
        "wages-hours",
        "missing",
    ),
    # --- "notwithstanding" before a duty makes it prevail; one that entitles the supplier
    # is a carve-out
    (
        "notwithstanding-instruction-duty-prevails",
        CONTRACT + "In performing this Agreement, and notwithstanding any instruction from "
        "Buyer, Supplier shall not use forced, prison or bonded labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "despite-anything-duty-prevails",
        CONTRACT + "Despite anything else in this Agreement, Supplier must never use forced, "
        "prison or bonded labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "carve-out-shall-be-entitled",
        CONTRACT + "Supplier shall not hold workers' passports. Notwithstanding the foregoing, "
        "Supplier shall be entitled to hold passports for safekeeping at a worker's request.",
        "identity-documents",
        "weak",
    ),
    # --- labour statutes named, forced-labour laws described at length
    (
        "law-working-time-regulations",
        CONTRACT + "Supplier shall comply with the Working Time Regulations 1998.",
        "legal-compliance",
        "weak",
    ),
    (
        "law-minimum-wage-act",
        CONTRACT + "Supplier shall comply with the National Minimum Wage Act 1998.",
        "legal-compliance",
        "weak",
    ),
    (
        "law-prohibiting-importation-described",
        CONTRACT + "Supplier shall comply with all laws prohibiting the importation of goods "
        "made with forced labor.",
        "legal-compliance",
        "present",
    ),
    (
        "law-gdpr-near-miss",
        CONTRACT + "Supplier shall comply with the General Data Protection Regulation.",
        "legal-compliance",
        "missing",
    ),
    # --- section titles of more than four words; numbered code lines stay standards
    (
        "heading-article-title-anaphor",
        CONTRACT + "ARTICLE 7 FORCED AND COMPULSORY LABOUR\n\n7.1 Supplier shall not use it in "
        "any form.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "heading-paragraph-sign-title",
        CONTRACT + "§ 5 Drivers' pay and working time\n5.1 The Supplier shall pay each driver "
        "in full and on time.",
        "wages-hours",
        "present",
    ),
    (
        "code-numbered-standard-lines-are-no-headings",
        CODE + "1. No forced, bonded or prison labour\n2. No child labour under the age of 15\n"
        "3. Fair wages paid on time",
        "child-labor",
        "present",
    ),
    (
        "wages-pay-driver-on-time-hedged",
        CONTRACT + "The Supplier should pay each driver in full and on time.",
        "wages-hours",
        "weak",
    ),
    # --- a carve-out reaches the terms before it, and only the section it names
    (
        "carve-out-other-section-not-reached",
        CONTRACT + "8.1 Supplier shall not use forced, bonded or prison labour.\n"
        "9.1 Supplier shall not hold workers' passports.\n"
        "9.2 Notwithstanding Section 9.1, Supplier may use labour supplied by a detention centre "
        "where local law permits it.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "carve-out-later-clause-not-reached",
        CONTRACT + "8.1 Supplier shall not use bonded labour.\n"
        "8.2 Notwithstanding the foregoing, Supplier may use labour supplied by a detention "
        "centre where local law permits it.\n"
        "12.1 Supplier shall not use forced, bonded or prison labour of any kind, including "
        "labour of detainees.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- a condition of the purchase binds the supplier
    (
        "condition-buyer-buys-on-condition",
        CONTRACT + "Buyer will only purchase Goods from Supplier on condition that Supplier does "
        "not use forced, prison or bonded labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "condition-conditional-on-supplier-not-using",
        CONTRACT + "Buyer's purchase of the Goods is conditional on Supplier not using forced, "
        "prison or bonded labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "condition-buyer-own-warehouses-near-miss",
        CONTRACT + "Buyer shall not use forced, prison or bonded labour in its own warehouses, "
        "on condition that its costs are met.",
        "forced-labor-prohibition",
        "missing",
    ),
    # --- a duty named as a noun owned by the supplier ("relies on Supplier's undertaking")
    (
        "nominal-supplier-undertaking-that",
        CONTRACT + "Buyer relies on Supplier's undertaking that no forced, prison or bonded "
        "labour is used in making the Goods.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "nominal-supplier-warranty-that",
        CONTRACT + "Buyer enters into this Agreement in reliance on Seller's warranty that no "
        "child under 15 is employed at any factory.",
        "child-labor",
        "present",
    ),
    (
        "nominal-buyer-undertaking-near-miss",
        CONTRACT + "Supplier relies on Buyer's undertaking that no forced, prison or bonded "
        "labour is used in Buyer's own warehouses.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "policy-agreed-with-suppliers-that-they-must",
        POLICY + "We have agreed with all our suppliers that suppliers must repay any "
        "recruitment fees charged to workers.",
        "recruitment-fees",
        "present",
    ),
    # --- a party that pays its own drivers or workers is no buyer
    (
        "party-paying-own-drivers-is-no-buyer",
        'ROAD HAULAGE TERMS\n\nCustomer: Nordvik AB (the "Customer")\n'
        'Haulier: Balt Trans UAB (the "Haulier")\n\n'
        "1. The Haulier shall pay each driver in full and on time.\n"
        "2. The Haulier shall pay each driver's overtime at the legal rate.\n"
        "3. The Haulier shall not hold any driver's passport or residence permit.",
        "identity-documents",
        "present",
    ),
    # --- an industry initiative's named code or principles, "in conformity with"
    (
        "code-initiative-principles",
        CONTRACT + "Supplier shall operate in accordance with the Pharmaceutical Supply Chain "
        "Initiative Principles for Responsible Supply Chain Management.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-initiative-standard",
        CONTRACT + "Supplier shall comply with the Aluminium Stewardship Initiative Performance "
        "Standard.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-industry-conformity",
        CONTRACT + "Supplier shall conduct its operations in conformity with the Cocoa Industry "
        "Code of Conduct.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-initiative-hedged",
        CONTRACT + "Supplier should operate in accordance with the Pharmaceutical Supply Chain "
        "Initiative Principles.",
        "code-of-conduct",
        "weak",
    ),
    (
        "code-initiative-negated",
        CONTRACT + "Supplier is not required to operate in accordance with the Pharmaceutical "
        "Supply Chain Initiative Principles.",
        "code-of-conduct",
        "missing",
    ),
    (
        "code-quality-standard-near-miss",
        CONTRACT + "Supplier shall comply with the ISO 9001 Quality Standard and the Payment Card "
        "Industry Data Security Standard.",
        "code-of-conduct",
        "missing",
    ),
    (
        "code-conformity-specification-near-miss",
        CONTRACT + "Goods shall be delivered in conformity with the Specifications.",
        "code-of-conduct",
        "missing",
    ),
    # --- a knowledge qualifier set off after 'nor'/'and' qualifies only the second party
    (
        "know-aside-nor",
        CONTRACT + "Supplier represents and warrants that neither Supplier nor, to Supplier's "
        "knowledge, its sub-suppliers use forced, indentured, convict or child labor.",
        "child-labor",
        "present",
    ),
    (
        "know-aside-and",
        CONTRACT + "Supplier warrants that Supplier and, to the best of its knowledge, its "
        "subcontractors do not use child labour.",
        "child-labor",
        "present",
    ),
    (
        "know-aside-whole-near-miss",
        CONTRACT + "Supplier warrants that to its knowledge neither Supplier nor its "
        "subcontractors use child labour.",
        "child-labor",
        "weak",
    ),
    (
        "know-aside-subcontractors-only",
        CONTRACT + "Supplier warrants that, to the best of its knowledge, its subcontractors do "
        "not use child labour.",
        "child-labor",
        "weak",
    ),
    (
        "know-aside-hedged",
        CONTRACT + "Supplier should ensure that neither Supplier nor, to its knowledge, its "
        "subcontractors use child labour.",
        "child-labor",
        "weak",
    ),
    (
        "know-aside-negated",
        CONTRACT + "Supplier is not required to ensure that neither Supplier nor, to its "
        "knowledge, its subcontractors use child labour.",
        "child-labor",
        "missing",
    ),
    # --- a buyer's named 'Responsible ... Standard'; suppliers adopting the sourcing policy
    (
        "code-responsible-named-standard",
        CONTRACT + "Supplier shall comply with the Responsible Minerals Standard.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-responsible-named-policy",
        CONTRACT + "Supplier shall comply with the Responsible Palm Oil Policy.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-responsible-named-hedged",
        CONTRACT + "Supplier should comply with the Responsible Minerals Standard.",
        "code-of-conduct",
        "weak",
    ),
    (
        "code-responsible-procedure-near-miss",
        CONTRACT + "Supplier shall comply with the Responsible Disclosure Procedure.",
        "code-of-conduct",
        "missing",
    ),
    (
        "code-adopt-this-policy",
        "RESPONSIBLE PALM OIL SOURCING POLICY\n\n1. Standards\n\nNo forced labour is used by our "
        "suppliers.\n\nSuppliers must adopt this policy, or a group-wide policy that is at least "
        "equivalent to it.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-implement-this-policy",
        "RESPONSIBLE PALM OIL SOURCING POLICY\n\n1. Standards\n\nNo forced labour is used by our "
        "suppliers.\n\nSuppliers shall implement this policy in their own operations.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-adopt-this-policy-own-act-near-miss",
        "RESPONSIBLE PALM OIL SOURCING POLICY\n\n1. Standards\n\nNo forced labour is used by our "
        "suppliers.\n\nWe will implement this policy across our own operations.",
        "code-of-conduct",
        "missing",
    ),
    (
        "code-product-complies-policy-near-miss",
        "RESPONSIBLE PALM OIL SOURCING POLICY\n\n1. Standards\n\nNo forced labour is used by our "
        "suppliers.\n\nYou certify that the product complies with this policy.",
        "code-of-conduct",
        "missing",
    ),
    (
        "code-adopt-this-policy-hedged",
        "RESPONSIBLE PALM OIL SOURCING POLICY\n\n1. Standards\n\nNo forced labour is used by our "
        "suppliers.\n\nSuppliers are encouraged to adopt this policy.",
        "code-of-conduct",
        "weak",
    ),
    (
        "code-adopt-this-policy-negated",
        "RESPONSIBLE PALM OIL SOURCING POLICY\n\n1. Standards\n\nNo forced labour is used by our "
        "suppliers.\n\nSuppliers are not required to adopt this policy.",
        "code-of-conduct",
        "missing",
    ),
    # --- wages or hours named only as rules of the law to comply with
    (
        "wh-law-including-working-time",
        CONTRACT + "Supplier shall comply with applicable labour and social security legislation, "
        "including the rules on working time.",
        "wages-hours",
        "weak",
    ),
    (
        "wh-laws-including-those-governing",
        CONTRACT + "Supplier shall comply with all applicable laws, including those governing "
        "minimum wage and working hours.",
        "wages-hours",
        "weak",
    ),
    (
        "wh-law-plus-own-duty",
        CONTRACT + "Supplier shall comply with applicable laws on working hours and shall ensure "
        "overtime is voluntary.",
        "wages-hours",
        "present",
    ),
    (
        "wh-including-overtime-near-miss",
        CONTRACT + "Supplier shall ensure that working hours do not exceed 60 hours per week, "
        "including overtime.",
        "wages-hours",
        "present",
    ),
    (
        "wh-law-including-hedged",
        CONTRACT + "Supplier should comply with applicable labour legislation, including the rules "
        "on working time.",
        "wages-hours",
        "weak",
    ),
    # --- only forced child labour banned: weak (no minimum age)
    (
        "cl-forced-child-only",
        CONTRACT + "Supplier shall not use forced child labour.",
        "child-labor",
        "weak",
    ),
    (
        "cl-forced-labour-of-children",
        CONTRACT + "Supplier warrants that no Goods were made with forced labour, including the "
        "forced labour of children.",
        "child-labor",
        "weak",
    ),
    (
        "cl-forced-or-child-near-miss",
        CONTRACT + "Supplier shall not use forced or child labour.",
        "child-labor",
        "present",
    ),
    (
        "cl-forced-child-plus-minimum-age",
        CONTRACT + "Supplier shall not use forced child labour or employ any person under the age "
        "of 15.",
        "child-labor",
        "present",
    ),
    (
        "cl-forced-child-hedged",
        CONTRACT + "Supplier should not use forced child labour.",
        "child-labor",
        "weak",
    ),
    # --- the aside after 'nor' also leaves a warranty verb before it unqualified
    (
        "know-aside-after-warranty",
        CONTRACT + "Supplier represents and warrants that neither Supplier nor, to Supplier's "
        "knowledge, its sub-suppliers use forced labor in the manufacture of the Goods.",
        "certification",
        "present",
    ),
    (
        "know-trailing-warranty-near-miss",
        CONTRACT + "Supplier represents and warrants that it does not use forced labor, to the "
        "best "
        "of its knowledge.",
        "certification",
        "weak",
    ),
    # --- the ILO definition's 'work under threat of penalty'
    (
        "fl-work-threat-of-penalty",
        CONTRACT + "No worker shall be required to work under threat of penalty.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-exact-work-threat",
        CONTRACT + "Supplier shall not exact work from any person under the threat of any penalty.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-threat-hedged",
        CONTRACT + "Supplier should not exact work under threat of punishment.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "fl-delivery-penalty-near-miss",
        CONTRACT + "Supplier shall deliver the Goods on time under threat of a penalty of 1% per "
        "day.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "fl-works-penalty-near-miss",
        CONTRACT + "The Works shall be completed by 1 May under threat of penalty.",
        "forced-labor-prohibition",
        "missing",
    ),
    # --- only the worst forms of child labour banned: weak (no minimum age)
    (
        "cl-worst-forms-only",
        CONTRACT + "Supplier must not engage in any form of modern slavery, including forced "
        "labour "
        "and the worst forms of child labour.",
        "child-labor",
        "weak",
    ),
    (
        "cl-worst-forms-plus-minimum-age",
        CONTRACT + "Supplier shall not use the worst forms of child labour and shall not employ "
        "anyone below the minimum working age.",
        "child-labor",
        "present",
    ),
    (
        "cl-worst-forms-hedged",
        CONTRACT + "Supplier should not use the worst forms of child labour.",
        "child-labor",
        "weak",
    ),
    # --- a fact about the buyer in a contract is no commitment (only a modal binds the buyer)
    (
        "buyer-fact-in-contract",
        CONTRACT + "Supplier shall not use forced labour in any form.\n\nBuyer gives Supplier "
        "reasonable notice of changes to forecast volumes.",
        "responsible-purchasing",
        "missing",
    ),
    (
        "buyer-commitment-in-contract",
        CONTRACT + "Supplier shall not use forced labour in any form.\n\nBuyer will give "
        "Supplier reasonable notice of changes to forecast volumes.",
        "responsible-purchasing",
        "present",
    ),
    (
        "buyer-commitment-hedged",
        CONTRACT + "Supplier shall not use forced labour in any form.\n\nBuyer will endeavour "
        "to give Supplier reasonable notice of changes to forecast volumes.",
        "responsible-purchasing",
        "weak",
    ),
    (
        "buyer-commitment-negated",
        CONTRACT + "Supplier shall not use forced labour in any form.\n\nBuyer is not "
        "required to give Supplier notice of changes to forecast volumes.",
        "responsible-purchasing",
        "missing",
    ),
    # --- what the document leaves to another one is never its evidence
    (
        "scope-not-part-of-this-code",
        CODE + "1. Suppliers must not use child labour.\n\n10. Other policies\nFood safety "
        "(our Supplier Quality Manual, which includes the GFSI certification and recall "
        "requirements) is covered by separate documents and is not part of this Code.",
        "certification",
        "missing",
    ),
    (
        "scope-heading-not-part",
        CODE + "1. Suppliers must pay wages on time.\n\nOther requirements (not part of this "
        "Code)\nGrowers must also ensure that no child under 15 is employed in the vineyard.",
        "child-labor",
        "missing",
    ),
    (
        "scope-separate-policy",
        POLICY + "Child labour is covered by our separate Children's Rights Policy.",
        "child-labor",
        "missing",
    ),
    (
        "scope-separate-policy-bound",
        POLICY + "Suppliers must not employ children, as set out in our separate Children's "
        "Rights Policy.",
        "child-labor",
        "present",
    ),
    (
        "scope-in-this-code",
        CODE + "Child labour is covered by this Code: no child under 15 is employed.",
        "child-labor",
        "present",
    ),
    # --- a denied duty: "Nothing ... obliges X to permit", "does not require X to"
    (
        "nothing-obliges-to-permit",
        CONTRACT + "Supplier shall not use forced labour in any form.\n\nNothing in this "
        "Agreement obliges the Supplier to permit the auditor to interview its employees.",
        "worker-engagement",
        "missing",
    ),
    (
        "nothing-permits-is-a-ban",
        CONTRACT + "Nothing in this Agreement permits the Supplier to use prison labour or any "
        "other forced labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "buyer-does-not-require",
        CONTRACT + "Supplier shall not use forced labour in any form.\n\nBecause the value "
        "of this Agreement is small, the Buyer does not require the Supplier to submit an "
        "annual certification of compliance with the forced labour terms.",
        "certification",
        "missing",
    ),
    (
        "buyer-requires",
        CONTRACT + "Supplier shall not use forced labour in any form.\n\nThe Buyer requires "
        "the Supplier to submit an annual certification of compliance with the forced labour "
        "terms.",
        "certification",
        "present",
    ),
    (
        "code-does-not-require-workers-fees",
        CODE + "Suppliers do not require workers to pay recruitment fees.",
        "recruitment-fees",
        "present",
    ),
    # --- the buyer's own arrangement, stated as a fact about it
    (
        "buyer-possessive-hotline",
        "SERVICES CONTRACT\n\nThis Contract is between the University of Avalon (the "
        '"University") and Clean Co. (the "Contractor").\n\nThe Contractor shall not use '
        "forced labour.\n\nThe University's EthicsPoint hotline is available to University "
        "faculty, staff and students.",
        "grievance-mechanism",
        "missing",
    ),
    (
        "buyer-possessive-hotline-for-supplier-staff",
        "SERVICES CONTRACT\n\nThis Contract is between the University of Avalon (the "
        '"University") and Clean Co. (the "Contractor").\n\nThe Contractor shall not use '
        "forced labour.\n\nThe Contractor shall ensure that its workers can report concerns "
        "confidentially through the University's hotline, without retaliation.",
        "grievance-mechanism",
        "present",
    ),
    (
        "county-maintains-hotline",
        'SECURITY SERVICES CONTRACT\n\nThis Contract is between Lake County (the "County") '
        'and Guard Co. (the "Provider").\n\nThe Provider shall not use forced labour.\n\n'
        "9.01 The County maintains a Fraud, Waste and Abuse Hotline operated by the Office of "
        "the Inspector General.",
        "grievance-mechanism",
        "missing",
    ),
    # --- a short heading in capitals ends the list before it
    (
        "capitals-heading-ends-list",
        CONTRACT + "7. LABOUR STANDARDS.\n(a) The Supplier shall not, and shall ensure that "
        "none of its suppliers will:\n(i) use forced, prison or bonded labour;\n(ii) hold "
        "workers' passports.\n\n8. GOVERNMENT ACTION.\n(a) The Supplier shall notify the "
        "Buyer within 48 hours of any withhold release order or detention concerning forced "
        "labour.",
        "restricted-sources",
        "missing",
    ),
    (
        "capitals-heading-list-still-binds",
        CONTRACT + "7. LABOUR STANDARDS.\n(a) The Supplier shall not, and shall ensure that "
        "none of its suppliers will:\n(i) use forced, prison or bonded labour;\n(ii) source "
        "any input from Xinjiang.\n\n8. GOVERNMENT ACTION.\n(a) The Supplier shall notify the "
        "Buyer of any withhold release order.",
        "restricted-sources",
        "present",
    ),
    (
        "checkbox-item-not-a-heading",
        "SUPPLIER DECLARATION FORM\n\nPART B - DECLARATIONS\nBy ticking, the Supplier "
        "declares and agrees as follows:\n\n[ ] B1. No forced, bonded or prison labour is "
        "used in making the goods we supply.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- restricted sources: the buyer called "the Region"; documents for a customs detention
    (
        "region-is-the-buyer",
        POLICY + "5.1 Suppliers must sign and comply with the Region's Supplier Code of "
        "Conduct, which prohibits forced labour in the making of any goods supplied to the "
        "Region.",
        "restricted-sources",
        "missing",
    ),
    (
        "regions-associated-with-forced-labour",
        CONTRACT + "Supplier shall not source cotton from regions associated with forced labour.",
        "restricted-sources",
        "present",
    ),
    (
        "customs-detention-documents",
        CONTRACT + "Supplier shall not use forced labour in any form.\n\nIf U.S. Customs and "
        "Border Protection detains any Products under the UFLPA or a Withhold Release Order, "
        "Supplier shall deliver to Buyer within seven days all documents required to show that "
        "the Products were not produced with forced labour.",
        "restricted-sources",
        "missing",
    ),
    (
        "customs-detention-documents-cooperation",
        CONTRACT + "Supplier shall not use forced labour in any form.\n\nIf U.S. Customs and "
        "Border Protection detains any Products under the UFLPA or a Withhold Release Order, "
        "Supplier shall deliver to Buyer within seven days all documents required to show that "
        "the Products were not produced with forced labour.",
        "regulatory-cooperation",
        "present",
    ),
    (
        "customs-detention-with-xinjiang-ban",
        CONTRACT + "Supplier shall not source inputs from Xinjiang and, if CBP detains any "
        "Products, shall deliver the documents Buyer needs.",
        "restricted-sources",
        "present",
    ),
    # --- freedom to leave alone is identity-documents in part; goods made by unfree workers
    (
        "id-free-to-leave-only",
        CONTRACT + "Supplier shall not use forced labour in any form.\n\nWorkers shall be free "
        "to leave their employment on reasonable notice.",
        "identity-documents",
        "weak",
    ),
    (
        "id-national-id-cards",
        CODE + "Workers keep their own National ID cards and birth certificates.",
        "identity-documents",
        "present",
    ),
    (
        "id-goods-made-by-unfree-workers",
        CONTRACT + "The Supplier undertakes that no goods supplied to the Buyer have been "
        "processed with forced labour, or by workers who are not free to leave their employment.",
        "identity-documents",
        "missing",
    ),
    # --- notices that are not the supplier's notice to the buyer
    (
        "notice-notified-minimum-wage",
        CODE + "Workers must be paid at least the minimum wage notified for the plantation, "
        "and overtime must be voluntary.",
        "notification",
        "missing",
    ),
    (
        "notice-of-resignation",
        CONTRACT + "The Supplier shall not use forced labour of any kind, and all staff must be "
        "free to leave their employment on giving the notice in their employment agreement.",
        "notification",
        "missing",
    ),
    (
        "notice-to-buyer-of-forced-labour",
        CONTRACT + "The Supplier shall give the Buyer written notice within five days of any "
        "forced labour found in its supply chain.",
        "notification",
        "present",
    ),
    (
        "notice-own-statutory-report",
        POLICY + "This report is made under section 11 of the Fighting Against Forced Labour and "
        "Child Labour in Supply Chains Act.",
        "notification",
        "missing",
    ),
    (
        "notice-source-link",
        POLICY + "Suppliers must not sell us sugar from any mill subject to a Withhold Release "
        "Order, and must disclose to us at once any ownership or supply link with such a mill.",
        "notification",
        "missing",
    ),
    (
        "notice-source-link-restricted",
        POLICY + "Suppliers must not sell us sugar from any mill subject to a Withhold Release "
        "Order, and must disclose to us at once any ownership or supply link with such a mill.",
        "restricted-sources",
        "present",
    ),
    # --- wage records are not wages paid
    (
        "wages-records-kept",
        FL + "The Supplier shall keep timesheets and payslips for each worker for six years.",
        "wages-hours",
        "missing",
    ),
    (
        "wages-paid-and-records-kept",
        FL + "The Supplier shall pay wages in full and on time and keep payslips for six years.",
        "wages-hours",
        "present",
    ),
    (
        "wages-disbursed-monthly",
        FL + "The Supplier shall disburse wages to all workmen through bank accounts on or before "
        "the 7th day of every month.",
        "wages-hours",
        "present",
    ),
    # --- a statute named "Standards" is no code of conduct
    (
        "code-service-contract-labor-standards",
        FL + "The Supplier shall comply with the Service Contract Labor Standards (41 U.S.C. "
        "chapter 67) and pay each officer the wage rates in the wage determination.",
        "code-of-conduct",
        "missing",
    ),
    # --- forced labour named only in a document's title
    (
        "fl-clauses-title-only",
        POLICY + "3.4 Council's contracts include its Modern Slavery Clauses, which require the "
        "supplier to:\n(a) notify Council of any modern slavery practice in its supply chain;\n"
        "(b) impose equivalent obligations on its subcontractors.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "fl-policy-title-and-ban",
        POLICY + "Suppliers must comply with our Forced Labour Policy and must not use forced or "
        "prison labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-statement-under-act",
        POLICY + "Suppliers that are reporting entities under the Modern Slavery Act 2018 must "
        "comply with that Act and give us a copy of each modern slavery statement they lodge.",
        "forced-labor-prohibition",
        "missing",
    ),
    # --- an authority's inquiry told to the buyer is a notice, not cooperation with customs
    (
        "regcoop-notice-of-investigation",
        FL + "The Supplier shall inform the Buyer within five working days of any investigation "
        "opened by a competent authority under Regulation (EU) 2024/3015 concerning products it "
        "supplies to the Buyer.",
        "regulatory-cooperation",
        "missing",
    ),
    (
        "regcoop-notice-and-documents",
        FL + "The Supplier shall inform the Buyer of any investigation opened by a competent "
        "authority under Regulation (EU) 2024/3015 and provide all documents the authority "
        "requests within ten days.",
        "regulatory-cooperation",
        "present",
    ),
    # --- a past enforcement record is no compliance duty
    (
        "law-enforcement-history",
        CONTRACT + "Supplier represents that it has not been found by any agency to have "
        "employed minors in violation of the Fair Labor Standards Act during the five years "
        "preceding the Effective Date.",
        "legal-compliance",
        "missing",
    ),
    (
        "law-enforcement-history-and-duty",
        CONTRACT + "Supplier has not been cited under the Fair Labor Standards Act and shall "
        "comply with the Fair Labor Standards Act.",
        "legal-compliance",
        "weak",
    ),
    # --- forced labour as a risk assessed or a training subject is no ban
    (
        "fl-risk-ranked",
        POLICY + "We map our supplier base each year and rank product categories by risk of "
        "forced labour.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "fl-training-module",
        POLICY + "Our buyers complete an e-learning module on forced labour indicators when they "
        "join.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "fl-risk-and-ban",
        POLICY + "Suppliers must not use forced labour, and must assess the risk of forced labour "
        "in their own supply chains.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- voluntary overtime is an hours term, not the forced-labour standard
    (
        "fl-overtime-voluntary-is-hours",
        CONTRACT + "Manufacturer shall ensure that overtime is voluntary and does not exceed "
        "twelve hours in any week.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "fl-overtime-voluntary-hours-present",
        CONTRACT + "Manufacturer shall ensure that overtime is voluntary and does not exceed "
        "twelve hours in any week.",
        "wages-hours",
        "present",
    ),
    (
        "fl-all-work-voluntary-code",
        CODE + "All work is voluntary.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-made-to-work-by-threat",
        CODE + "No one is made to collect or process mica by force, by threat, or to pay off an "
        "advance or a debt owed to a trader.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- child labour as a risk assessed or an event reported is no minimum age
    (
        "child-risk-assessed",
        CONTRACT + "The Producer shall, once each year, carry out an assessment of the risks of "
        "forced labour and child labour at the Mine.",
        "child-labor",
        "missing",
    ),
    (
        "child-finding-reported",
        CODE + "Ginners inform Meridian within ten days of any finding of forced labour or child "
        "labour made by a labour inspector.",
        "child-labor",
        "missing",
    ),
    (
        "child-kept-away-hedged",
        CODE + "Ginners are expected to support the producer groups in keeping children away "
        "from hazardous cotton work.",
        "child-labor",
        "weak",
    ),
    # --- the consequence of using forced labour is not the ban
    (
        "fl-consequence-rescission",
        CONTRACT + "The Grower shall endeavour to ensure that no person works against his or her "
        "will.\n\nAny use of forced labour on the Grower's plantations shall be a cause for "
        "rescission of the Contract.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "fl-ban-and-material-breach",
        CONTRACT + "Supplier shall not use forced labour, and any breach of this clause is a "
        "material breach.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-scottish-trafficking-act",
        CONTRACT + "The Contractor shall comply with the Human Trafficking and Exploitation "
        "(Scotland) Act 2015 and the Modern Slavery Act 2015.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "fl-scottish-trafficking-act-law",
        CONTRACT + "The Contractor shall comply with the Human Trafficking and Exploitation "
        "(Scotland) Act 2015 and the Modern Slavery Act 2015.",
        "legal-compliance",
        "present",
    ),
    (
        "fl-provided-work-release",
        CONTRACT + "The Supplier shall not use Forced Labour, including forced prison labour, in "
        "the manufacture of the Products, provided that work performed by convicted persons "
        "under a voluntary work-release scheme shall not be regarded as Forced Labour.",
        "forced-labor-prohibition",
        "weak",
    ),
    # --- a hedge that is the only modal's verb governs the term before it
    (
        "hedge-will-consider-code",
        CONTRACT + "The Supplier acknowledges receipt of the Buyer's Supplier Code of Conduct and "
        "will consider it in good faith in the conduct of its business.",
        "code-of-conduct",
        "weak",
    ),
    (
        "hedge-will-comply-code",
        CONTRACT + "The Supplier acknowledges receipt of the Buyer's Supplier Code of Conduct and "
        "will comply with it in the conduct of its business.",
        "code-of-conduct",
        "present",
    ),
    # --- safekeeping allowed anywhere leaves the documents ban weak
    (
        "id-safekeeping-allowed-elsewhere",
        CONTRACT + "10.3 The Supplier shall ensure that workers keep their own passports.\n\n"
        "10.4 The Supplier may keep a passport for safekeeping only where the worker has asked "
        "for this in writing.",
        "identity-documents",
        "weak",
    ),
    (
        "id-safekeeping-banned",
        CODE + "Workers keep their own passports. Suppliers do not hold passports, whether as "
        "security or for safekeeping.",
        "identity-documents",
        "present",
    ),
    # --- fees for a job in plain words
    (
        "fees-charges-nothing-for-the-job",
        CODE + "The grower charges workers nothing for the job.",
        "recruitment-fees",
        "present",
    ),
    (
        "fees-pay-nothing-to-get-a-job",
        CODE + "Workers pay nothing to get or keep a job.",
        "recruitment-fees",
        "present",
    ),
    (
        "fees-place-in-crew-hedged",
        FL + "The Grower should ensure that crew leaders do not charge jimadores for a place in "
        "the crew.",
        "recruitment-fees",
        "weak",
    ),
    (
        "fees-commission-from-workers",
        FL + "The Supplier shall ensure that labour agents do not take commission from the "
        "workers they bring.",
        "recruitment-fees",
        "present",
    ),
    (
        "fees-list-of-fees",
        FL + "The Supplier shall ensure that no Worker pays, directly or through a recruiter in "
        "the country of origin, any recruitment, placement, visa-processing or travel fee.",
        "recruitment-fees",
        "present",
    ),
    (
        "fees-commercial-charge-nothing-delivery",
        FL + "The Supplier shall charge the Buyer nothing for delivery of replacement parts.",
        "recruitment-fees",
        "missing",
    ),
    (
        "fees-sales-agent-commission",
        FL + "The Supplier shall pay the commissions of its sales agents in the Territory.",
        "recruitment-fees",
        "missing",
    ),
    (
        "fees-lodge-money-deposit",
        FL + "No Worker shall be required to lodge money or documents as a condition of "
        "employment.",
        "recruitment-fees",
        "weak",
    ),
    # --- wages at the award or collective-agreement rate, paid in full to named workers
    (
        "wages-award-rates",
        FL + "The Supplier must pay every Worker at least the rates and allowances in the "
        "Building and Construction General On-site Award 2020.",
        "wages-hours",
        "present",
    ),
    (
        "wages-sorters-in-full",
        FL + "The Supplier shall pay its seasonal sorters in full every week.",
        "wages-hours",
        "present",
    ),
    (
        "wages-paid-no-less-than-rate",
        FL + "Harvest Workers shall be paid by the hour at no less than the rate in the "
        "applicable provincial collective agreement.",
        "wages-hours",
        "present",
    ),
    (
        "wages-with-normal-working-hours",
        FL + "The Supplier must pay its workers at least the legal minimum wage and set tasks "
        "that a worker can complete within normal working hours.",
        "wages-hours",
        "present",
    ),
    (
        "wages-supplier-paid-in-full",
        FL + "The Supplier shall be paid at least the minimum price in Schedule 2, in full "
        "within thirty days of invoice.",
        "wages-hours",
        "missing",
    ),
    # --- forced-labour laws and labour laws named in more ways
    (
        "law-bonded-labour-system-act",
        CONTRACT + "The Supplier shall comply with the Bonded Labour System (Abolition) Act, 1976.",
        "legal-compliance",
        "present",
    ),
    (
        "law-crimes-act-slavery-part",
        CONTRACT + "The Supplier must comply with Part 5 of the Crimes Act 1961 so far as it "
        "relates to slavery and people trafficking.",
        "legal-compliance",
        "present",
    ),
    (
        "law-criminal-code-divisions",
        CONTRACT + "The Supplier must comply with Divisions 270 and 271 of the Criminal Code "
        "(Cth).",
        "legal-compliance",
        "present",
    ),
    (
        "law-number-on-labour-exploitation",
        CONTRACT + "The Supplier shall comply with Law No. 199 of 29 October 2016 on illicit "
        "intermediation and labour exploitation in agriculture.",
        "legal-compliance",
        "present",
    ),
    (
        "law-defined-regulation",
        CONTRACT + '1.6 "Regulation" means Regulation (EU) 2024/3015 on prohibiting products made '
        "with forced labour on the Union market.\n\n7.2 The Supplier shall comply with the "
        "Regulation in so far as it applies to the Supplier.",
        "legal-compliance",
        "present",
    ),
    (
        "law-employment-code-act",
        CONTRACT + "The Supplier shall comply with the Employment Code Act, 2019 of Zambia.",
        "legal-compliance",
        "weak",
    ),
    (
        "law-labour-proclamation",
        CONTRACT + "The Supplier shall comply with the Labour Proclamation No. 1156/2019.",
        "legal-compliance",
        "weak",
    ),
    (
        "law-keep-to-basic-conditions",
        CODE + "Growers keep to the Basic Conditions of Employment Act and the sectoral "
        "determination for farm workers.",
        "legal-compliance",
        "weak",
    ),
    (
        "law-commercial-act-near-miss",
        CONTRACT + "The Supplier shall comply with the Sale of Goods Act 1979.",
        "legal-compliance",
        "missing",
    ),
    # --- "the City" buys: its Contractor and the Contractor's Subcontractors supply
    (
        "city-contractor-and-subcontractor",
        "CITY OF PORT AINSLEY\nGENERAL CONDITIONS FOR APPAREL CONTRACTS\n\nGC-40.1 This "
        'Section applies to every purchase order of the City for apparel. "Contractor" includes '
        "each bidder.\n\nGC-40.2 The Contractor shall comply, and shall require each "
        "Subcontractor to comply, with the City's Sweatfree Code of Conduct.",
        "code-of-conduct",
        "present",
    ),
    (
        "city-as-a-place",
        CONTRACT + "The Supplier shall comply with the Buyer's Supplier Code of Conduct at its "
        "factory in Ho Chi Minh City.",
        "code-of-conduct",
        "present",
    ),
    # --- notices of labour-authority action or worker complaints: notification in part
    (
        "notice-labour-inspectorate",
        CONTRACT + "The Supplier shall inform the Buyer within two working days of any "
        "inspection by the National Labour Inspectorate.",
        "notification",
        "weak",
    ),
    (
        "notice-investigation-concerning-workers",
        CONTRACT + "The Supplier shall notify the Buyer within two business days after receiving "
        "notice of any investigation, citation or complaint concerning its workers.",
        "notification",
        "weak",
    ),
    (
        "notice-worker-complaint-hedged",
        CONTRACT + "The Supplier should inform the Buyer of any complaint filed by a Worker.",
        "notification",
        "weak",
    ),
    (
        "notice-fda-inspection-near-miss",
        CONTRACT + "The Supplier shall notify the Buyer within two days of any inspection by the "
        "FDA of its facility.",
        "notification",
        "missing",
    ),
    (
        "notice-employee-injury-claim-near-miss",
        CONTRACT + "The Supplier shall notify the Buyer of any claim by an employee of the "
        "Supplier for injury at the Buyer's premises.",
        "notification",
        "missing",
    ),
    (
        "notice-exploited-operative",
        CONTRACT + "The Supplier shall report to the Buyer immediately any suspicion that a worker "
        "is being exploited.",
        "notification",
        "present",
    ),
    # --- codes of conduct named in more ways
    (
        "code-subcontract-contractors-code",
        SUBCONTRACT + "The Subcontractor shall comply with the Contractor's Supply Chain Code of "
        "Conduct (Issue 4).",
        "code-of-conduct",
        "present",
    ),
    (
        "code-sellers-own-code-near-miss",
        CONTRACT + "Seller shall require each factory to comply with Seller's Vendor Code of "
        "Conduct.",
        "code-of-conduct",
        "missing",
    ),
    (
        "code-ethics-and-supplier-conduct-principles",
        CONTRACT + "The Supplier declares that it has read the Buyer's Code of Ethics and Supplier "
        "Conduct Principles and undertakes to observe them.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-sign-partner-code",
        POLICY + "All partners must sign our Partner Code before we place any order.",
        "code-of-conduct",
        "present",
    ),
    # --- identity documents and child-labour ages named in more ways
    (
        "id-nobody-keeps-voter-card",
        CODE + "Nobody keeps a worker's voter card (INE), CURP or any other identity document.",
        "identity-documents",
        "present",
    ),
    (
        "id-aadhaar-passbook",
        FL + "The Supplier shall not retain any worker's Aadhaar card, school leaving "
        "certificate, bank passbook or ATM card.",
        "identity-documents",
        "present",
    ),
    (
        "id-bank-card-payment-near-miss",
        FL + "The Buyer may pay by bank card, and the Supplier shall keep card details "
        "confidential.",
        "identity-documents",
        "missing",
    ),
    (
        "child-no-one-under-18",
        CODE + "No one under 18 drives or handles goods in our network.",
        "child-labor",
        "present",
    ),
    (
        "child-hazardous-work-only",
        FL + "The Seller shall not permit children to carry out hazardous work in sorting or "
        "combing raw fibre.",
        "child-labor",
        "weak",
    ),
    # --- "knowingly" in a second conjunct leaves the first duty whole
    (
        "know-second-conjunct",
        CONTRACT + "Supplier shall not use, and shall not knowingly buy goods made with, forced, "
        "bonded or prison labour.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "know-whole-sentence",
        CONTRACT + "Supplier represents that it complies with all laws, and that to its knowledge "
        "no forced or prison labour is used in making the goods.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "know-single-duty",
        CONTRACT + "Supplier shall not knowingly use forced, bonded or prison labour.",
        "forced-labor-prohibition",
        "weak",
    ),
    # --- "shall provide that" is a verb, not a proviso
    (
        "exception-proviso-after-semicolon",
        FL + "Seller shall pay its workers at least the legal minimum wage, and shall keep "
        "working hours within the legal limits; provided that Seller may require workers to "
        "work overtime where production schedules so demand.",
        "wages-hours",
        "weak",
    ),
    (
        "exception-shall-provide-that",
        FL + "Rosters shall provide that no officer works more than 48 hours a week, and overtime "
        "shall be worked only with the officer's agreement.",
        "wages-hours",
        "present",
    ),
    # --- a hedge word in a relative clause on the subject
    (
        "hedge-in-relative-clause",
        FL + "A Farmer who supports a migrant worker's visa application must not recover from "
        "the worker any part of the recruitment fees.",
        "recruitment-fees",
        "present",
    ),
    (
        "hedge-main-verb",
        FL + "The Farmer supports the policy that workers should not pay recruitment fees.",
        "recruitment-fees",
        "weak",
    ),
    # --- "MAKER STANDARDS" is a code's title
    (
        "code-title-maker-standards",
        "LOOMLANE MAKER STANDARDS\nHow items sold on Loomlane are made\n\nNo one makes items "
        "for a Loomlane shop because they are forced, threatened, in debt bondage or in prison.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- a defined term that names the buyer's code
    (
        "code-defined-standard",
        CONTRACT + '"Standard" means Buyer\'s Supplier Responsibility Standard, version 4.2.\n\n'
        "Supplier shall comply with the Standard, which is incorporated into this Agreement by "
        "reference.",
        "code-of-conduct",
        "present",
    ),
    (
        "code-defined-quality-standard-near-miss",
        CONTRACT + '"Standard" means ISO 9001:2015.\n\nSupplier shall comply with the Standard.',
        "code-of-conduct",
        "missing",
    ),
    (
        "wages-pickers-receive-payment",
        FL + "The Cooperative shall procure that the pickers receive their payment complete, in "
        "cash or by transfer, at the end of each week.",
        "wages-hours",
        "present",
    ),
    # --- past facts and laws said not to apply are no binding terms
    (
        "past-did-not-use",
        CONTRACT + "Supplier did not use forced labour in the previous contract year.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "past-represents-has-not-used",
        CONTRACT + "Supplier represents that it has not used forced labour in making the goods.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "past-has-not-and-will-not",
        CONTRACT + "Supplier has not used and will not use forced labour in making the goods.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "law-does-not-apply",
        CONTRACT + "The parties acknowledge that the Modern Slavery Act 2015 does not apply to "
        "this Agreement.",
        "legal-compliance",
        "missing",
    ),
    (
        "law-does-not-apply-no-ban",
        CONTRACT + "The parties acknowledge that the Modern Slavery Act 2015 does not apply to "
        "this Agreement.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "law-applies-and-ban",
        CONTRACT + "Supplier shall comply with the Modern Slavery Act 2015 and shall not use "
        "forced labour.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- an agency's fee to its client is no fee charged to workers
    (
        "fees-client-temp-to-perm",
        "LABOUR HIRE AGREEMENT\n\nThis Agreement is made between Harbor Retail Inc. "
        '("Client") and Delta Staffing Ltd. ("Agency").\n\nAgency shall not charge the Client '
        "a placement fee if the worker is hired permanently.",
        "recruitment-fees",
        "missing",
    ),
    (
        "fees-client-and-worker",
        "LABOUR HIRE AGREEMENT\n\nThis Agreement is made between Harbor Retail Inc. "
        '("Client") and Delta Staffing Ltd. ("Agency").\n\nAgency shall not charge any worker a '
        "placement fee, and no introduction fee is payable by the Client.",
        "recruitment-fees",
        "present",
    ),
    # --- notices of breaches of an undertaking, of an authority's investigation, of debt bondage
    (
        "notice-breach-of-letter",
        'LETTER OF UNDERTAKING\n\nTo: Harbor Retail Inc. (the "Buyer")\n\n1. We shall not '
        "use forced labour.\n\n2. We will try to inform you within a week if we learn of any "
        "breach of this letter.",
        "notification",
        "weak",
    ),
    (
        "notice-breach-of-letter-commercial",
        'LETTER AGREEMENT\n\nTo: Harbor Retail Inc. (the "Buyer")\n\n1. We shall keep your '
        "price list confidential.\n\n2. We will inform you within a week if we learn of any "
        "breach of this letter.",
        "notification",
        "missing",
    ),
    (
        "notice-authority-opens-investigation",
        CONTRACT + "Supplier shall comply with Regulation (EU) 2024/3015.\n\nSupplier should "
        "tell Buyer if it learns that a competent authority has opened an investigation.",
        "notification",
        "weak",
    ),
    (
        "notice-worker-bound-by-advance",
        FL + "The Supplier shall notify the Buyer if it finds that a worker at its mill is bound "
        "by an advance.",
        "notification",
        "present",
    ),
    (
        "notice-link-with-entity-list",
        FL + "Supplier shall disclose any link with entities on the UFLPA Entity List.",
        "notification",
        "missing",
    ),
    (
        "notice-link-with-entity-list-restricted",
        FL + "Supplier shall disclose any link with entities on the UFLPA Entity List.",
        "restricted-sources",
        "present",
    ),
    (
        "fl-statement-made-under-act",
        "MODERN SLAVERY STATEMENT 2025\n\nThis statement is made by Harbor Retail Inc. under "
        "the Modern Slavery Act 2015.\n\nOur hotline is open to our employees.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "fl-statement-and-own-ban",
        "MODERN SLAVERY STATEMENT 2025\n\nThis statement is made by Harbor Retail Inc. under "
        "the Modern Slavery Act 2015.\n\nWe do not tolerate forced labour in our operations.",
        "forced-labor-prohibition",
        "weak",
    ),
    # --- '"X" has the same meaning as in the Act' defines a term; its uses are not the law
    (
        "defined-same-meaning-child",
        CONTRACT + '"Modern Slavery" has the same meaning as in the Modern Slavery Act 2018 (NSW) '
        "and includes slavery, servitude, forced labour and the worst forms of child labour;\n\n"
        "(a) The Supplier must not engage in Modern Slavery in performing this Contract.",
        "child-labor",
        "weak",
    ),
    (
        "defined-same-meaning-not-law",
        CONTRACT + '"Modern Slavery" has the same meaning as in the Modern Slavery Act 2018 (NSW) '
        "and includes slavery, servitude, forced labour and the worst forms of child labour;\n\n"
        "(a) The Supplier must not engage in Modern Slavery in performing this Contract.",
        "legal-compliance",
        "missing",
    ),
    (
        "knowledge-so-far-as-we-are-aware",
        'LETTER OF UNDERTAKING\n\nTo: Harbor Retail Inc. (the "Buyer")\n\n1. We shall not '
        "use forced labour.\n\n2. We confirm that, so far as we are aware, none of our "
        "workers has been subjected to forced labour.",
        "certification",
        "weak",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("SUPPLY AGREEMENT\n\nBetween A and B.\n\n1. Labour Standards\n\nText.", "contract"),
        ("Supplier Code of Conduct\n\n1. Labour Standards\n\nText.", "code"),
        ("HUMAN RIGHTS POLICY\n\nOur principles\n\nText.", "policy"),
        ("Purchase Order Terms and Conditions\n\nSocial standards\n\nText.", "contract"),
        ("ACME CO.\nVENDOR COMPLIANCE MANUAL\n\n1. Labour\n\nText.", "code"),
        ("Responsible Sourcing Requirements\n\n1. Scope\n\nText.", "code"),
        ("Ethical Trading Handbook for Suppliers\n\n1. Scope\n\nText.", "code"),
        # a supplier quality manual's social section states its standards as facts
        ("Supplier Quality Manual\n\n1. Scope\n\nText.", "code"),
        ("Quality Agreement\n\n1. Scope\n\nText.", "contract"),
    ],
)
def test_first_title_line_naming_a_kind_decides(text: str, kind: str) -> None:
    assert document_kind(text) == kind
