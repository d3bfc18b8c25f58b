"""Phrasing tests for the round-8 families of the monitoring and remedy rules, from drafting
the rules had not seen: a pledge against retaliation without a channel and the buyer's own
hotline open to anyone (grievance-mechanism: weak, not present), the buyer's sourcing or
purchasing team trained (training: the writer's own staff), and notices of a labour provider's
licence event or of a link to a restricted source (notification: forced labour only in part),
an audit or visit the buyer may only request, and copies of the supplier's own audit reports
(audit-rights: weak, not a right to audit), and a remedy a code only expects or the buyer may
only ask for (remediation: weak), and a refund to the buyer for rejected goods (not remediation).
Each family: positives in several phrasings, the near miss, the hedged form and the negated form.
"""

from __future__ import annotations

import pytest
from helpers import CODE, CONTRACT, assert_status, phrasing_params
from helpers import FL_SECTION as FL

FL_CODE = CODE + "Suppliers must not use forced labour.\n\n"

ROWS = [
    # grievance-mechanism: a channel with protection stays present
    (
        "griev-channel-protected",
        FL + "9.2 Supplier shall maintain a grievance mechanism through "
        "which workers may report concerns confidentially and shall not retaliate against any "
        "worker "
        "who uses it.",
        "grievance-mechanism",
        "present",
    ),
    (
        "griev-code-channel",
        FL_CODE + "Suppliers give their workers a way to raise concerns in "
        "confidence and do not retaliate against them.",
        "grievance-mechanism",
        "present",
    ),
    # the buyer's pledge against retaliation, or protection alone, is only weak
    (
        "griev-writer-pledge",
        FL_CODE + "Reporting concerns\n\nWorkers and suppliers can report "
        "concerns to our Ethics Line. We do not tolerate retaliation against anyone who reports in "
        "good faith.",
        "grievance-mechanism",
        "weak",
    ),
    (
        "griev-named-writer-pledge",
        FL_CODE + "Speaking up\n\nOur Speak Up line is open to the "
        "workers of our suppliers. Meridian does not tolerate any retaliation against anyone who "
        "uses "
        "it in good faith.",
        "grievance-mechanism",
        "weak",
    ),
    # the buyer's own hotline open to anyone
    (
        "griev-anyone-hotline",
        FL_CODE + "Anyone, including supplier employees and factory workers, "
        "may report a concern about a supplier to the Meridian Compliance Hotline, which accepts "
        "anonymous reports.",
        "grievance-mechanism",
        "weak",
    ),
    (
        "griev-anyone-else-line",
        FL_CODE + "Meridian runs an independent ethics line through which "
        "suppliers' workers and anyone else can report concerns confidentially.",
        "grievance-mechanism",
        "weak",
    ),
    # the supplier bound to keep a channel open to anyone stays present
    (
        "griev-supplier-bound-anyone",
        FL + "9.2 Supplier shall maintain a confidential hotline "
        "through which its workers and anyone else can report concerns without fear of "
        "retaliation.",
        "grievance-mechanism",
        "present",
    ),
    # hedged and negated forms
    (
        "griev-hedged",
        FL + "9.2 Supplier should consider providing workers with a confidential "
        "grievance mechanism.",
        "grievance-mechanism",
        "weak",
    ),
    (
        "griev-negated",
        FL + "9.2 Nothing in this Agreement requires Supplier to maintain a grievance mechanism.",
        "grievance-mechanism",
        "missing",
    ),
    # training: the supplier's staff trained stays present; the buyer's sourcing team is weak
    (
        "train-supplier-managers",
        FL + "9.2 Supplier shall train its managers and recruiters on "
        "forced labour risks each year.",
        "training",
        "present",
    ),
    (
        "train-buyer-sourcing-team",
        FL_CODE + "Meridian publishes an annual modern slavery "
        "statement and trains its sourcing team on forced labour risks each year.",
        "training",
        "weak",
    ),
    (
        "train-purchasing-authority",
        FL_CODE + "All staff with delegated purchasing authority will "
        "complete our modern slavery awareness module.",
        "training",
        "weak",
    ),
    (
        "train-hedged",
        FL + "9.2 Supplier should encourage its managers to complete training on "
        "forced labour risks.",
        "training",
        "weak",
    ),
    # notification: forced labour found stays present
    (
        "notify-fl-found",
        FL + "9.2 Supplier shall notify Buyer within five days if it becomes "
        "aware of any forced labour in its supply chain.",
        "notification",
        "present",
    ),
    # a labour provider's licence event: weak
    (
        "notify-licence-suspended",
        FL + "9.2 Supplier shall hold a valid licence from the "
        "Gangmasters and Labour Abuse Authority and shall inform Buyer on the same day if its "
        "licence "
        "is suspended or revoked.",
        "notification",
        "weak",
    ),
    (
        "notify-license-cancelled",
        FL + "9.2 Supplier must hold a licence from the Gangmasters and "
        "Labour Abuse Authority and must notify Buyer immediately if that licence is cancelled or "
        "made subject to conditions.",
        "notification",
        "weak",
    ),
    # a link to a restricted source: weak
    (
        "notify-such-link",
        FL + "9.2 Supplier shall not supply goods containing any component from "
        "the Xinjiang Uyghur Autonomous Region or from any entity on the UFLPA Entity List, and "
        "shall "
        "disclose to Buyer within ten days any such link of which it becomes aware.",
        "notification",
        "weak",
    ),
    (
        "notify-has-such-link",
        FL + "9.2 Supplier shall not source any material from the Xinjiang "
        "Uyghur Autonomous Region or from any entity on the UFLPA Entity List, and shall inform "
        "Buyer within five days if it learns that any sub-tier supplier has such a link.",
        "notification",
        "weak",
    ),
    # audit-rights: a right to audit stays present
    (
        "audit-right",
        FL + "9.2 Buyer may audit Supplier's facilities for compliance with this "
        "Section 9, with or without notice.",
        "audit-rights",
        "present",
    ),
    (
        "audit-request-and-allow",
        FL + "9.2 Buyer may request a social compliance audit of any "
        "factory, and Supplier shall allow the auditor access to the factory.",
        "audit-rights",
        "present",
    ),
    (
        "audit-arranged-and-requested",
        FL_CODE + "Audits\n\nOur ethical trade team will arrange a "
        "SMETA audit of your main factory, and we may ask for follow-up audits at any site making "
        "our products.",
        "audit-rights",
        "present",
    ),
    # only a request: weak
    (
        "audit-may-request",
        FL_CODE + "Where we have concerns we may request a third-party ethical "
        "audit at the supplier's cost.",
        "audit-rights",
        "weak",
    ),
    (
        "audit-may-ask-visit",
        FL_CODE + "Where we have concerns, we may ask to visit a supplier's "
        "sites to review labour conditions.",
        "audit-rights",
        "weak",
    ),
    (
        "audit-request-visit-contract",
        FL + "9.2 Buyer may request a visit to the plant to review labour conditions.",
        "audit-rights",
        "weak",
    ),
    # the supplier's own audit reports shared: weak
    (
        "audit-report-copy",
        FL + "9.2 Supplier must give Buyer a copy of its most recent "
        "third-party social audit report for each factory each year.",
        "audit-rights",
        "weak",
    ),
    (
        "audit-report-copies",
        FL + "9.2 Supplier shall send Buyer copies of the latest SMETA audit "
        "reports for its factories.",
        "audit-rights",
        "weak",
    ),
    (
        "audit-negated",
        FL + "9.2 Nothing in this Agreement gives Buyer a right to audit Supplier.",
        "audit-rights",
        "missing",
    ),
    # remediation: a duty to remedy stays present
    (
        "remedy-duty",
        FL + "9.2 If an audit finds a breach of this Section 9, Supplier shall submit "
        "a corrective action plan within thirty days and carry it out.",
        "remediation",
        "present",
    ),
    (
        "remedy-code-fact-must",
        FL_CODE + "Where we find that this Code is not met, suppliers must "
        "carry out a corrective action plan agreed with us.",
        "remediation",
        "present",
    ),
    # only expected, or only asked for: weak
    (
        "remedy-expected",
        FL_CODE + "Where we find that this Code is not met, we will work with the "
        "supplier on an improvement plan and suppliers are expected to carry it out.",
        "remediation",
        "weak",
    ),
    (
        "remedy-we-expect",
        FL_CODE + "If we find a problem we will work with the supplier to fix it, "
        "and we expect the supplier to correct it within a reasonable time.",
        "remediation",
        "weak",
    ),
    (
        "remedy-may-ask",
        FL_CODE + "If a site visit shows a risk of forced labour, Meridian may ask "
        "you to agree a remediation plan.",
        "remediation",
        "weak",
    ),
    (
        "remedy-negated",
        FL + "9.2 Supplier is not required to remediate any finding.",
        "remediation",
        "missing",
    ),
    # a refund to the buyer for rejected goods is no remedy for workers
    (
        "remedy-buyer-refund",
        FL + "9.2 If Supplier breaches Section 9, Buyer may reject or return "
        "affected goods for a full refund and may terminate this Agreement.",
        "remediation",
        "missing",
    ),
    (
        "remedy-refund-and-cap",
        FL + "9.2 If Supplier breaches Section 9, Buyer may return affected "
        "goods for a full refund. Supplier shall also submit a corrective action plan within "
        "thirty "
        "days.",
        "remediation",
        "present",
    ),
    (
        "notify-negated",
        FL + "9.2 Supplier is not required to notify Buyer of any investigation.",
        "notification",
        "missing",
    ),
]


@pytest.mark.parametrize("text,obligation,expected", phrasing_params(ROWS))
def test_phrasing(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)


def test_contract_opening_is_a_contract() -> None:
    # the rows' contract opening names both parties, so party rules apply to them
    assert CONTRACT in FL
