"""Phrasing rows for drafting families the rules met first in documents written without sight
of them: a definition given in passing inside a term, a law's short name given in passing,
bans drawn in the words of a forced-labour law, exceptions a standard itself allows, fees paid
to get or keep work, workers "paid in full" in the passive, under-18 bans on named hazardous
tasks only, labour standards set out in a schedule, likelihood "may" inside a condition, and
facts about the buyer in a contract. Each family has positives, its near miss, its hedged form
and, where it can be said, its negated form.
"""

from __future__ import annotations

import pytest
from helpers import CODE, CONTRACT, assert_status, phrasing_params

EU_REGULATION = (
    "Regulation (EU) 2024/3015 of the European Parliament and of the Council on prohibiting "
    'products made with forced labour on the Union market (the "Regulation") applies from '
    "14 December 2027.\n\n"
)
CBAM = 'Regulation (EU) 2023/956 on carbon border adjustment (the "Regulation") applies.\n\n'
STANDARDS_SCHEDULE = (
    "SCHEDULE 3 - FACTORY STANDARDS\n\n"
    "1. No forced, bonded, prison or trafficked labour is used.\n\n"
    "2. No worker is younger than sixteen (16) years of age.\n"
)
QUALITY_SCHEDULE = (
    "SCHEDULE 3 - QUALITY STANDARDS\n\n"
    "1. Every batch is tested for colour fastness before shipment.\n"
)

ROWS: list[tuple[str, str, str, str]] = [
    # --- a definition in passing ("as defined in") inside a binding term is no definition
    (
        "def-aside-ban",
        CONTRACT + "Supplier shall not use forced labour, as defined in the Modern Slavery Act "
        "2015, in making the Goods.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "def-aside-hedged",
        CONTRACT + "Supplier should avoid forced labour, as defined in the Modern Slavery Act "
        "2015, in making the Goods.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "def-aside-real-definition",
        CONTRACT + '"Forced Labour" has the meaning given in the Modern Slavery Act 2015.',
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "def-aside-definition-without-quotes",
        CONTRACT + "Forced labour shall have the meaning given in the Modern Slavery Act 2015.",
        "forced-labor-prohibition",
        "missing",
    ),
    # --- a ban drawn in the words of the forced-labour law is compliance with that law
    (
        "law-ban-within-meaning",
        CONTRACT + "Supplier shall not use slavery or forced labour within the meaning of "
        "section 1 of the Modern Slavery Act 2015.",
        "legal-compliance",
        "present",
    ),
    (
        "law-ban-offence-under",
        CONTRACT + "Supplier shall not engage in any activity, practice or conduct that would "
        "constitute an offence under sections 1, 2 or 4 of the Modern Slavery Act 2015.",
        "legal-compliance",
        "present",
    ),
    (
        "law-ban-penal-code",
        CONTRACT + "4.1. The Supplier shall not subject any worker to conditions analogous to "
        "slavery within the meaning of Article 149 of the Brazilian Penal Code, including "
        "forced labour.",
        "legal-compliance",
        "present",
    ),
    (
        "law-ban-hedged",
        CONTRACT + "The Supplier should not subject any worker to conditions analogous to "
        "slavery within the meaning of Article 149 of the Brazilian Penal Code.",
        "legal-compliance",
        "weak",
    ),
    (
        "law-ban-near-miss-contract-clause",
        CONTRACT + "Supplier shall not use forced labour within the meaning of clause 4 of "
        "this Agreement.",
        "legal-compliance",
        "missing",
    ),
    (
        "law-ban-near-miss-other-offence",
        CONTRACT + "Supplier shall not commit any act that would constitute an offence under "
        "the Bribery Act 2010.",
        "legal-compliance",
        "missing",
    ),
    # --- a law's short name given in passing carries the law
    (
        "short-name-comply",
        CONTRACT + EU_REGULATION + "The Supplier shall comply with the Regulation to the extent "
        "that it applies to the Supplier.",
        "legal-compliance",
        "present",
    ),
    (
        "short-name-hedged",
        CONTRACT + EU_REGULATION + "The Supplier will use reasonable efforts to comply with the "
        "Regulation.",
        "legal-compliance",
        "weak",
    ),
    (
        "short-name-other-law",
        CONTRACT + CBAM + "The Supplier shall comply with the Regulation.",
        "legal-compliance",
        "missing",
    ),
    (
        "short-name-denied",
        CONTRACT + EU_REGULATION + "Nothing in this Agreement requires the Supplier to comply "
        "with the Regulation.",
        "legal-compliance",
        "missing",
    ),
    # --- a labour convention is labour law
    (
        "mlc-labour-law",
        CONTRACT + "The Supplier shall comply with the Maritime Labour Convention, 2006.",
        "legal-compliance",
        "weak",
    ),
    # --- exceptions the standard itself allows keep the ban whole
    (
        "exc-light-tasks-other-than",
        CONTRACT + "The Supplier must not allow any child under 15 years to pick grapes, other "
        "than the Supplier's own children helping with light tasks outside school hours.",
        "child-labor",
        "present",
    ),
    (
        "exc-children-other-than-weekends",
        CONTRACT + "The Supplier must not allow any child under 15 years to pick grapes, other "
        "than at weekends.",
        "child-labor",
        "weak",
    ),
    (
        "exc-copies-of-passports",
        CONTRACT + "The Supplier shall not retain the passport or other identity document of any "
        "worker, save that it may take copies for the purpose of right-to-work checks.",
        "identity-documents",
        "present",
    ),
    (
        "exc-originals-kept",
        CONTRACT + "The Supplier shall not retain the passport of any worker, except for "
        "safekeeping in the Supplier's safe.",
        "identity-documents",
        "weak",
    ),
    (
        "exc-passport-costs-mlc",
        CONTRACT + "No fees or other charges for recruitment or placement shall be borne by any "
        "seafarer, other than the cost of the seafarer obtaining a medical certificate, the "
        "seafarer's book and a passport.",
        "recruitment-fees",
        "present",
    ),
    (
        "exc-transport-costs",
        CONTRACT + "No recruitment fees shall be charged to workers, other than the cost of "
        "transport to the site.",
        "recruitment-fees",
        "weak",
    ),
    # --- a fee or deposit paid to get or keep work
    (
        "fee-to-obtain-or-keep-work",
        CONTRACT + "The Supplier shall ensure that no worker is required to lodge a deposit or to "
        "pay any fee, whether to the Supplier or to a labour provider, in order to obtain or "
        "keep work at the Plant.",
        "recruitment-fees",
        "present",
    ),
    (
        "fee-for-being-placed",
        CONTRACT + "The Supplier must ensure that no picker is charged any fee for being placed "
        "in work, for transport to the Vineyard or for arranging accommodation.",
        "recruitment-fees",
        "present",
    ),
    (
        "fee-paid-to-obtain-employment-hedged",
        CONTRACT + "The Supplier shall use reasonable endeavours to ensure that no worker at a "
        "Manufacturing Site has paid a fee or deposit to obtain employment.",
        "recruitment-fees",
        "weak",
    ),
    (
        "fee-near-miss-distribution-right",
        CONTRACT + "The Supplier shall pay a fee to obtain the exclusive right to sell in the "
        "Territory.",
        "recruitment-fees",
        "missing",
    ),
    # --- the worker paid, in the passive
    (
        "paid-in-full-passive",
        CONTRACT + "The Supplier must ensure that every picker is paid at least the rates in the "
        "Horticulture Award 2020, in full, no later than the next regular pay day and directly "
        "into an account in the picker's own name.",
        "wages-hours",
        "present",
    ),
    (
        "paid-in-full-hedged",
        CONTRACT + "Workers should be paid in full and on time.",
        "wages-hours",
        "weak",
    ),
    (
        "paid-rates-near-miss-carrier",
        CONTRACT + "The Carrier shall be paid at least the rates in the Rate Schedule.",
        "wages-hours",
        "missing",
    ),
    # --- under-18 bans on named hazardous tasks only
    (
        "hazard-tasks-only",
        CONTRACT + "No person under eighteen (18) years of age shall operate machinery, apply "
        "pesticides or cut cane with a machete on the Farms.",
        "child-labor",
        "weak",
    ),
    (
        "hazard-tasks-with-minimum-age",
        CONTRACT + "No person under fifteen (15) years of age shall be employed, and no person "
        "under eighteen (18) years of age shall operate machinery on the Farms.",
        "child-labor",
        "present",
    ),
    (
        "hazard-age-18-general",
        CONTRACT + "The Supplier shall not employ any person under the age of 18.",
        "child-labor",
        "present",
    ),
    # --- labour standards the agreement sets out in a schedule
    (
        "schedule-standards-met",
        CONTRACT + "4.2 The Supplier shall ensure that every factory meets the Factory Standards "
        "in Schedule 3.\n\n" + STANDARDS_SCHEDULE,
        "code-of-conduct",
        "present",
    ),
    (
        "schedule-standards-hedged",
        CONTRACT + "4.2 The Supplier should ensure that every factory meets the Factory Standards "
        "in Schedule 3.\n\n" + STANDARDS_SCHEDULE,
        "code-of-conduct",
        "weak",
    ),
    (
        "schedule-quality-near-miss",
        CONTRACT + "4.2 The Supplier shall ensure that every factory meets the Quality Standards "
        "in Schedule 3.\n\n" + QUALITY_SCHEDULE,
        "code-of-conduct",
        "missing",
    ),
    # --- named standards; an agency's hotline is none; the supplier's own code is weak
    (
        "named-bonsucro-encouraged",
        CONTRACT + "The Supplier is encouraged to adopt the Bonsucro Production Standard.",
        "code-of-conduct",
        "weak",
    ),
    (
        "named-rainforest-alliance",
        CONTRACT + "The Supplier shall comply with the Rainforest Alliance Sustainable "
        "Agriculture Standard on every farm.",
        "code-of-conduct",
        "present",
    ),
    (
        "labour-standards-hotline",
        CONTRACT + "The Supplier shall post the notice of prevailing wage rates and the telephone "
        "number of the State Department of Labor's wage and labor standards hotline.",
        "code-of-conduct",
        "missing",
    ),
    (
        "labour-standards-comply",
        CONTRACT + "The Supplier shall comply with internationally recognised labour standards.",
        "code-of-conduct",
        "present",
    ),
    (
        "supplier-own-code",
        CONTRACT + "The Supplier shall require each contract factory to comply with the "
        "Supplier's Vendor Code of Conduct.",
        "code-of-conduct",
        "missing",  # the supplier's own code: neither the buyer's code nor a named standard
    ),
    # --- a "may" of likelihood inside a condition does not hedge the duty after it
    (
        "may-in-condition",
        CODE + "If you learn that a factory producing for us may be using forced or child "
        "labour, you must tell your compliance manager within 24 hours.",
        "notification",
        "present",
    ),
    (
        "may-as-option",
        CODE + "You may tell your compliance manager if a factory uses forced labour.",
        "notification",
        "weak",
    ),
    # --- a second verb after "and" shares its clause's subject, not the nearest name
    (
        "and-verb-buyer-subject",
        CONTRACT + "9.5 Where Buyer exports garments, Buyer is the importer of record for goods "
        "from the factories and is solely responsible for compliance with 19 U.S.C. 1307.",
        "legal-compliance",
        "missing",
    ),
    (
        "and-verb-supplier-subject",
        CONTRACT + "Supplier is the exporter of the Goods and is solely responsible for "
        "compliance with the Uyghur Forced Labor Prevention Act.",
        "legal-compliance",
        "present",
    ),
    # --- "to your knowledge" qualifies like "to its knowledge"
    (
        "know-your-knowledge",
        CODE + "Each time you list a product, you certify that, to your knowledge, the product "
        "was not made with forced labour.",
        "certification",
        "weak",
    ),
    (
        "know-your-certify-plain",
        CODE + "Each time you list a product, you certify that the product was not made with "
        "forced labour.",
        "certification",
        "present",
    ),
    # --- a possible consequence ("may entitle") is no right granted
    (
        "may-entitle-termination",
        CODE + "A serious breach of this Code may be treated as a breach of the supplier's "
        "contract, which may entitle the buyer to terminate that contract.",
        "termination-remedies",
        "weak",
    ),
    # --- a permission the binding duty secures for others is no option of the supplier
    (
        "permitted-under-procure",
        CONTRACT + "Supplier shall procure that the monitors are permitted to interview workers "
        "of their choosing in private, away from factory management.",
        "worker-engagement",
        "present",
    ),
    (
        "permitted-under-procure-hedged",
        CONTRACT + "Supplier will use reasonable efforts to procure that the monitors are "
        "permitted to interview workers in private.",
        "worker-engagement",
        "weak",
    ),
    # --- a definition with a lower-case term ("Forced labour") reaches its lower-case uses
    (
        "def-lowercase-term-child",
        CONTRACT + '1.2 "Forced labour" has the meaning given in the ILO Forced Labour '
        "Convention, 1930 (No. 29), and includes forced child labour.\n\n"
        "2.1 Supplier shall not use forced labour in making the Goods.",
        "child-labor",
        "weak",
    ),
    (
        "def-lowercase-term-fl",
        CONTRACT + '1.2 "Forced labour" has the meaning given in the ILO Forced Labour '
        "Convention, 1930 (No. 29), and includes forced child labour.\n\n"
        "2.1 Supplier shall not use forced labour in making the Goods.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- more ways to say "comply with" a forced-labour law
    (
        "comply-in-line-with",
        CONTRACT + "Supplier shall act in line with the Uyghur Forced Labor Prevention Act in all "
        "dealings with Buyer.",
        "legal-compliance",
        "present",
    ),
    (
        "comply-obligations-under",
        CONTRACT + "Supplier shall meet its obligations under the Modern Slavery Act 2018 (Cth).",
        "legal-compliance",
        "present",
    ),
    (
        "comply-hereinafter-short-name",
        CONTRACT + 'The Modern Slavery Act 2015 (hereinafter the "Act") applies to Buyer.\n\n'
        "Supplier shall comply with the Act.",
        "legal-compliance",
        "present",
    ),
    (
        "comply-will-not-violate",
        CONTRACT + "Supplier will not violate the Trafficking Victims Protection Act.",
        "legal-compliance",
        "present",
    ),
    (
        "comply-in-line-with-other-law",
        CONTRACT + "Supplier shall act in line with the Data Protection Act 2018.",
        "legal-compliance",
        "missing",
    ),
    # --- paying for a job, said otherwise
    (
        "fee-right-to-work",
        CONTRACT + "No worker shall pay for the right to work at the Supplier's facilities.",
        "recruitment-fees",
        "present",
    ),
    (
        "fee-job-finding",
        CONTRACT + "Supplier shall ensure that no worker is required to pay any job-finding fee.",
        "recruitment-fees",
        "present",
    ),
    (
        "fee-charged-for-being-recruited",
        CONTRACT + "No worker shall be charged, directly or indirectly, for being recruited or "
        "employed.",
        "recruitment-fees",
        "present",
    ),
    (
        "fee-pay-for-services-near-miss",
        CONTRACT + "Buyer shall pay for the Services within 30 days.",
        "recruitment-fees",
        "missing",
    ),
    # --- wages paid by a date, wages not withheld (passive)
    (
        "wage-paid-no-later-than",
        CONTRACT + "Supplier shall pay each worker no later than the seventh day of the "
        "following month.",
        "wages-hours",
        "present",
    ),
    (
        "wage-invoice-no-later-than",
        CONTRACT + "Buyer shall pay Supplier no later than 30 days after invoice.",
        "wages-hours",
        "missing",
    ),
    (
        "wage-not-withheld-passive",
        CONTRACT + "Wages shall not be withheld or delayed.",
        "wages-hours",
        "present",
    ),
    (
        "wage-not-withheld-hedged",
        CONTRACT + "Wages should not be withheld or delayed.",
        "wages-hours",
        "weak",
    ),
    # --- work exacted by force
    (
        "fl-force-to-work",
        CONTRACT + "Supplier shall not force any worker to work overtime.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-threats-to-make-work",
        CONTRACT + "Supplier shall not subject any worker to coercion, threats or penalties to "
        "make them work.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "fl-compel-subcontractors-near-miss",
        CONTRACT + "Supplier shall compel its subcontractors to work to the delivery schedule.",
        "forced-labor-prohibition",
        "missing",
    ),
    (
        "fl-delay-penalty-near-miss",
        CONTRACT + "The Supplier shall pay a penalty for each day of delay in order to make up "
        "the work.",
        "forced-labor-prohibition",
        "missing",
    ),
    # --- an item that completes a hedged "ensure that:" stays hedged
    (
        "item-completes-hedged-that",
        CONTRACT + "Supplier should ensure that:\n(a) no worker shall be required to work "
        "against their will.",
        "forced-labor-prohibition",
        "weak",
    ),
    (
        "item-completes-binding-that",
        CONTRACT + "Supplier shall ensure that:\n(a) no worker shall be required to work "
        "against their will.",
        "forced-labor-prohibition",
        "present",
    ),
    (
        "item-own-supplier-modal-under-hedge",
        CONTRACT + "Supplier should ensure that:\n(a) Supplier shall not use forced labour.",
        "forced-labor-prohibition",
        "present",
    ),
    # --- documents held without a ban are no identity-document term
    (
        "id-keep-managers-passports",
        CONTRACT + "Supplier shall keep the passports of its expatriate managers up to date.",
        "identity-documents",
        "missing",
    ),
    (
        "id-travel-documents-trips",
        CONTRACT + "Supplier shall keep all travel documents for its staff business trips.",
        "identity-documents",
        "missing",
    ),
    (
        "id-holds-valid-passport",
        CONTRACT + "Supplier shall ensure that each driver holds a valid passport and work permit.",
        "identity-documents",
        "missing",
    ),
    (
        "id-workers-keep-their-own",
        CONTRACT + "Workers shall keep their own passports and work permits at all times.",
        "identity-documents",
        "present",
    ),
    (
        "id-passive-prohibited",
        CONTRACT + "The retention of workers' passports by Supplier or its agents is prohibited.",
        "identity-documents",
        "present",
    ),
    (
        "id-ban-hedged",
        CONTRACT + "Supplier should not hold workers' passports.",
        "identity-documents",
        "weak",
    ),
    # --- an adult age for a role is no child-labour age
    (
        "age-21-driver",
        CONTRACT + "The minimum age for the driver of a delivery vehicle is 21 years.",
        "child-labor",
        "missing",
    ),
    (
        "age-15-minimum",
        CODE + "The minimum age for employment is 15 years.",
        "child-labor",
        "present",
    ),
    # --- a defined labour term whose definition reaches the supplier's own suppliers
    (
        "def-term-scope-suppliers",
        CONTRACT + 'Section 1.03 "Forced Labor Event" means any use of forced or bonded labor by '
        "the Supplier or any of its suppliers in connection with the Goods.\n\n"
        "Section 4.01 The Supplier shall not permit any Forced Labor Event.",
        "subtier-flowdown",
        "present",
    ),
    (
        "def-term-scope-suppliers-hedged",
        CONTRACT + 'Section 1.03 "Forced Labor Event" means any use of forced or bonded labor by '
        "the Supplier or any of its suppliers in connection with the Goods.\n\n"
        "Section 4.01 The Supplier should not permit any Forced Labor Event.",
        "subtier-flowdown",
        "weak",
    ),
    (
        "def-term-scope-own-only",
        CONTRACT + 'Section 1.03 "Forced Labor Event" means any use of forced or bonded labor by '
        "the Supplier in connection with the Goods.\n\n"
        "Section 4.01 The Supplier shall not permit any Forced Labor Event.",
        "subtier-flowdown",
        "missing",
    ),
    # --- forced-labour laws described at a distance from "laws"
    (
        "law-including-those-relating",
        CONTRACT + "Seller shall comply with all applicable laws and regulations, including those "
        "relating to forced labor, child labor and human trafficking.",
        "legal-compliance",
        "present",
    ),
    (
        "law-that-prohibit",
        CONTRACT + "Supplier shall comply with all laws applicable to the Goods, including U.S. "
        "import laws that prohibit goods made with forced labor.",
        "legal-compliance",
        "present",
    ),
    (
        "law-admissible-under",
        CONTRACT + "Supplier shall ensure that the Goods are admissible under 19 U.S.C. 1307.",
        "legal-compliance",
        "present",
    ),
    (
        "law-relating-business-then-ban",
        CONTRACT + "Supplier shall comply with all laws relating to its business and not use "
        "forced labour.",
        "legal-compliance",
        "missing",
    ),
    (
        "law-relating-hedged",
        CONTRACT + "Supplier should comply with all laws and regulations, including those "
        "relating to forced labour.",
        "legal-compliance",
        "weak",
    ),
    # --- a minimum age said as "has not reached the age of", "no child shall be employed"
    (
        "age-not-reached",
        CONTRACT + "Supplier shall not engage any worker who has not reached the age of 16.",
        "child-labor",
        "present",
    ),
    (
        "age-no-child-employed",
        CONTRACT + "No child shall be employed in the production of the Goods.",
        "child-labor",
        "present",
    ),
    (
        "age-no-child-employed-hedged",
        CONTRACT + "Supplier should ensure that no child is employed.",
        "child-labor",
        "weak",
    ),
    (
        "age-reached-pension-near-miss",
        CONTRACT + "The Supplier's pension scheme applies to employees who have reached the age "
        "of 18.",
        "child-labor",
        "missing",
    ),
    (
        "age-child-marketing-near-miss",
        CONTRACT + "The Products shall not be marketed to any child.",
        "child-labor",
        "missing",
    ),
    # --- workers free to resign
    (
        "resign-workers-may",
        CONTRACT + "Supplier shall ensure that workers may resign at any time on giving notice.",
        "identity-documents",
        "weak",  # freedom of movement without the documents: in part
    ),
    (
        "resign-directors-near-miss",
        CONTRACT + "The Supplier's directors may resign on one month's notice.",
        "identity-documents",
        "missing",
    ),
    # --- a permission to subcontract on a condition is the restriction itself
    (
        "subcontract-may-provided-that",
        CONTRACT + "The Supplier may engage subcontractors, provided that it informs the Buyer in "
        "writing of the name and address of each subcontractor before it starts work.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "subcontract-may-at-discretion",
        CONTRACT + "The Supplier may subcontract any part of the work at its discretion.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "passports-may-provided-consent",
        CONTRACT + "The Supplier may hold workers' passports provided that the worker consents "
        "in writing.",
        "identity-documents",
        "weak",
    ),
    # --- a fact about the buyer in a contract binds no supplier
    (
        "fact-about-buyer",
        CONTRACT + "27.14 The Buyer operates a confidential whistleblowing line, available to the "
        "Supplier's staff, through which concerns about forced labour may be reported.",
        "grievance-mechanism",
        "missing",
    ),
    (
        "fact-about-supplier",
        CONTRACT + "27.14 The Supplier operates a confidential whistleblowing line, available to "
        "its staff, through which concerns about forced labour may be reported.",
        "grievance-mechanism",
        "weak",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
