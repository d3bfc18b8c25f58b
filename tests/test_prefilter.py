"""The prefilter is lossless: analysing only the segments it keeps gives the same findings
(status, evidence text, offsets, section and page, confidence, reason) as analysing all."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer import prefilter
from analyzer.context import document_kind
from analyzer.engine import CHUNK_CHARS, analyze_document, document_from_text
from analyzer.pipeline import cached_playbook
from analyzer.prefilter import pieces, triggers_for
from analyzer.readers import read_document
from generator.render import KINDS, render_bytes, sample_data

EVAL_DOCS = sorted((Path(__file__).parent / "eval" / "docs").glob("*.txt"))

# Sections no rule can use: a prefilter that keeps them all proves nothing.
BOILERPLATE = """
Delivery

Goods shall be delivered to the delivery point stated in the Purchase Order. Title and risk
of loss pass to the Buyer on delivery. The Buyer may reject goods that do not conform.

Prices and Payment

Prices are fixed for the term of this Agreement. Invoices are payable within sixty days of
receipt. Late payments bear interest at the statutory rate.

Insurance

The Supplier shall maintain product liability insurance of not less than five million
dollars per occurrence with an insurer of good standing.
"""


@pytest.fixture(autouse=True)
def _cut_all_it_can(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skip every segment the rules rule out, however little: the hardest case."""
    monkeypatch.setattr(prefilter, "MIN_SKIPPED", 0.0)


def _same(doc) -> None:  # type: ignore[no-untyped-def]
    playbook = cached_playbook(None)
    fast = analyze_document(doc, playbook).to_dict()
    full = analyze_document(doc, playbook, prefilter=False).to_dict()
    assert fast == full


def _kept(doc) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    blocks = doc.blocks or document_from_text(doc.text).blocks
    parts = pieces(doc.text, blocks, document_kind(doc.text), cached_playbook(None), CHUNK_CHARS)
    return [(0, len(doc.text))] if parts is None else [(s, e) for s, e, _ in parts]


def _kept_share(doc) -> float:  # type: ignore[no-untyped-def]
    return sum(end - start for start, end in _kept(doc)) / len(doc.text)


def _is_kept(doc, offset: int) -> bool:  # type: ignore[no-untyped-def]
    return any(start <= offset < end for start, end in _kept(doc))


@pytest.mark.parametrize("path", EVAL_DOCS, ids=[p.stem for p in EVAL_DOCS])
def test_eval_documents_same_findings(path: Path) -> None:
    _same(read_document(path))


@pytest.mark.parametrize("kind", KINDS)
def test_generated_documents_same_findings(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.docx"
    path.write_bytes(render_bytes(kind, sample_data(), "docx"))
    _same(read_document(path))


def test_library_clauses_inside_a_contract_same_findings(tmp_path: Path) -> None:
    """A rider from the clause library between boilerplate sections: the boilerplate is
    skipped, the rider (recognised as library text) is not."""
    rider = render_bytes("forced-labor-clauses", sample_data(), "md").decode()
    path = tmp_path / "contract.md"
    path.write_text(f"Master Supply Agreement\n{BOILERPLATE}\n{rider}\n{BOILERPLATE}")
    doc = read_document(path)
    _same(doc)
    assert not _is_kept(doc, doc.text.rindex("product liability insurance"))
    assert _is_kept(doc, doc.text.index("Forced Labor Rider"))


def test_mixed_documents_same_findings(tmp_path: Path) -> None:
    """Several documents in one, boilerplate between: lead-ins, headings, definitions and
    the title must survive the cuts."""
    texts = [p.read_text(encoding="utf-8") for p in EVAL_DOCS[:12]]
    path = tmp_path / "mixed.txt"
    path.write_text("Supply Agreement\n" + BOILERPLATE.join(texts) + BOILERPLATE)
    doc = read_document(path)
    _same(doc)
    assert _kept_share(doc) < 1.0


def test_boilerplate_alone_is_mostly_skipped() -> None:
    doc = document_from_text("General Terms\n" + BOILERPLATE * 3)
    assert _kept_share(doc) < 0.5
    _same(doc)


def test_little_to_skip_analyses_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the rules rule out less than MIN_SKIPPED of the text, the library check that
    skipping needs costs more than it saves: everything is analysed."""
    monkeypatch.setattr(prefilter, "MIN_SKIPPED", 0.2)
    rider = render_bytes("forced-labor-clauses", sample_data(), "md").decode()
    doc = document_from_text(f"{rider}\n{BOILERPLATE}")
    assert _kept_share(doc) == 1.0
    assert _kept_share(document_from_text("General Terms\n" + BOILERPLATE * 3)) < 0.5


def test_units_hold_the_groups_of_their_tokens() -> None:
    """Group bits come from the rules: inflections and spellings match, phrases need all
    their words, whatever the case."""
    triggers = triggers_for(cached_playbook(None))

    def has(text: str) -> int:
        return triggers.groups(text, text.lower())

    forced = has("Forced labor is prohibited.")
    assert forced & triggers.facts and forced & triggers.modal
    assert has("no FORCED LABOUR") & triggers.facts  # spelling table, case
    assert not has("The Supplier shall deliver the goods.") & triggers.facts
    assert not has("Insurance premiums are paid monthly.") & triggers.facts
    assert has("under Section 9(b)") & triggers.ref
    assert not has("Insurance") & triggers.modal
