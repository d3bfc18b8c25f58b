"""Phrasing rows for families of false findings on unseen drafting (round 8, supply chain):
confirmations the supplier must obtain from its own growers or factories (a flow-down, not its own
certification), tender evaluation criteria, agents "licensed or certified", a buyer's audit that
confirms the status of compliance, a preference for certified sources, chain-of-custody scheme
certificates for materials; factory lists given per product or once with a change notice
(traceability, not control of where production goes); sources an authority has listed (a
Withhold Release Order), not sites the buyer approves; exit documents handed to workers; a due
diligence law named as the source of another term; a country of origin letter; a country of
harvest alone (weak) beside a facility record. Each family keeps its positives beside the near
miss, and the hedged and negated forms.
"""

from __future__ import annotations

import pytest
from helpers import CONTRACT, FL, PhrasingRow, assert_status, phrasing_params

ROWS: list[PhrasingRow] = [
    # --- certification: the supplier's own statement stays; confirmations it collects do not
    (
        "cert-own-confirmation",
        FL + "Supplier confirms in writing each year that it does not use forced labour.",
        "certification",
        "present",
    ),
    (
        "cert-own-certifies-on-request",
        FL + "If Buyer asks, Supplier shall certify that it complies with its forced labour terms.",
        "certification",
        "present",
    ),
    (
        "cert-subtier-confirms",
        FL + "Supplier shall require each grower and packer from which it buys produce to confirm "
        "in writing that it does not use forced labour.",
        "certification",
        "missing",
    ),
    (
        "cert-subtier-its-suppliers",
        FL + "Supplier shall ask its own suppliers of yarn and fabric to certify that they do not "
        "use forced labour.",
        "certification",
        "missing",
    ),
    (
        "cert-such-confirmations-kept",
        FL + "Supplier agrees to keep such written confirmations for five years.",
        "certification",
        "missing",
    ),
    (
        "cert-hedged-own",
        FL + "Supplier should confirm in writing each year that it does not use forced labour.",
        "certification",
        "weak",
    ),
    (
        "cert-negated-own",
        FL + "Supplier is not required to certify that it does not use forced labour.",
        "certification",
        "missing",
    ),
    (
        "cert-tender-evaluation",
        FL + "Tenders will be evaluated 60% on price and 40% on labour compliance, including the "
        "quality of the workforce declaration and the answers on forced labour.",
        "certification",
        "missing",
    ),
    (
        "cert-agent-licensed",
        FL + "Supplier shall not use any recruitment agent to recruit workers unless Buyer has "
        "approved the agent and the agent is licensed or certified in its home State.",
        "certification",
        "missing",
    ),
    (
        "cert-buyer-audit-confirms-status",
        FL + "Buyer may enter Supplier's factories to confirm the status of compliance with the "
        "forced labour terms.",
        "certification",
        "missing",
    ),
    (
        "cert-preference-for-certified",
        FL + "Supplier should give preference to growers that take part in a fair food "
        "certification scheme.",
        "certification",
        "missing",
    ),
    (
        "cert-fsc-chain-of-custody",
        FL + "Supplier shall hold FSC or PEFC chain-of-custody certification for all timber "
        "products supplied under the forced labour programme.",
        "certification",
        "missing",
    ),
    # --- unauthorized-subcontracting: a standing or before-work list controls; a per-product
    # register or a one-off list traces
    (
        "unsub-tell-every-factory-before-production",
        CONTRACT + "Supplier must tell Buyer the name and address of every factory, including "
        "any subcontractor, that makes the goods, before production starts.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-disclose-every-site-keep-updated",
        CONTRACT + "Supplier shall disclose the name and address of every production site and "
        "shall update the disclosure before any new site is used.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-tell-each-factory-once",
        CONTRACT + "Supplier must tell Buyer the name, address and country of each factory that "
        "sews the uniforms before the first delivery and within 30 days after any change.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-register-per-material",
        CONTRACT + "Supplier shall maintain, and provide to Buyer on request, a register "
        "identifying for each Material the Relevant Sites and the mill that made its substrate.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-avoid-wro-plants",
        CONTRACT + "Supplier will use commercially reasonable efforts to avoid sourcing seafood "
        "from vessels or processing plants identified by U.S. Customs and Border Protection as "
        "subject to a Withhold Release Order.",
        "unauthorized-subcontracting",
        "missing",
    ),
    (
        "unsub-only-approved-plants",
        CONTRACT + "Supplier shall process the goods only in plants approved by Buyer in writing.",
        "unauthorized-subcontracting",
        "present",
    ),
    (
        "unsub-hedged-approved-plants",
        CONTRACT + "Supplier should process the goods only in plants approved by Buyer in writing.",
        "unauthorized-subcontracting",
        "weak",
    ),
    # --- records-retention: exit documents handed to workers are not records kept
    (
        "records-exit-documentation",
        CONTRACT + "Workers may resign on giving the notice stated in their employment contract "
        "and must then be released and given their exit documentation without delay.",
        "records-retention",
        "missing",
    ),
    (
        "records-payroll-kept-years",
        CONTRACT + "Supplier shall keep payroll records and employment contracts for each worker "
        "for five years.",
        "records-retention",
        "present",
    ),
    # --- risk-assessment: a due diligence law named as the source of another term
    (
        "risk-dd-act-complaints-procedure",
        CONTRACT + "Supplier should make Buyer's complaints procedure under section 8 of the "
        "Supply Chain Due Diligence Act known to its workers and to the workers of its "
        "subcontractors.",
        "risk-assessment",
        "missing",
    ),
    (
        "risk-dd-act-risk-analysis",
        CONTRACT + "Supplier shall carry out a risk analysis of forced labour in its supply chain "
        "each year, as the Supply Chain Due Diligence Act requires of Buyer.",
        "risk-assessment",
        "present",
    ),
    (
        "risk-dd-act-risk-analysis-hedged",
        CONTRACT + "Supplier should carry out a risk analysis of forced labour in its supply chain "
        "each year, as the Supply Chain Due Diligence Act requires of Buyer.",
        "risk-assessment",
        "weak",
    ),
    # --- traceability: an origin letter for customs or procurement rules is not tracing
    (
        "trace-origin-letter",
        CONTRACT + "On request, Supplier shall provide the manufacturer's country of origin "
        "letter.",
        "traceability",
        "missing",
    ),
    (
        "trace-origin-of-inputs-records",
        CONTRACT + "Supplier shall keep records tracing the cotton in the goods to the gin and "
        "the farm where it was grown.",
        "traceability",
        "present",
    ),
    (
        "trace-country-of-harvest-only",
        CONTRACT + "Where Supplier offers furniture made from timber, it shall state the country "
        "of harvest on request.",
        "traceability",
        "weak",
    ),
    (
        "trace-facility-and-country-of-harvest",
        CONTRACT + "Supplier shall maintain, for each product line supplied, a record of the "
        "manufacturing facility and of the country of harvest of any timber, and shall provide "
        "that record to Buyer on request.",
        "traceability",
        "present",
    ),
]


@pytest.mark.parametrize(("text", "obligation", "expected"), phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)
