"""The topic model: how the verdict uses its suggestions, and that the bundled file is what
`analyzer.topic_training` builds from the evaluation documents."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest

from analyzer.engine import analyze_document, document_from_text
from analyzer.playbook import load_playbook
from analyzer.topic_model import TopicModel, bundled_model, read_model
from analyzer.topic_training import EVAL_FOLDER, LabelledDoc, labelled_docs, train
from laborclause import load_catalog

ROOT = Path(__file__).resolve().parent.parent


def _model_of(word: str, obligation: str) -> TopicModel:
    """A model that knows one invented word, and reads it as `obligation` (p = 0.99)."""
    obligations = tuple(ob.id for ob in load_playbook().obligations)
    weights = numpy.zeros((1, len(obligations)))
    weights[0, obligations.index(obligation)] = 30.0
    return TopicModel.build(
        obligations=obligations,
        words=(word,),
        idf=numpy.ones(1),
        weights=weights,
        bias=numpy.full(len(obligations), -25.4),
        threshold=0.9,
    )


def _finding(text: str, model: TopicModel, obligation: str):
    analysis = analyze_document(document_from_text(text), load_playbook(), model)
    return next(f for f in analysis.findings if f.obligation == obligation)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("1. The Supplier shall zorbify its labour standards files every month.", "present"),
        ("1. The Supplier should endeavour to zorbify its labour standards files.", "weak"),
        # the rules' party scope still applies: a buyer duty binds no supplier
        ("1. The Buyer shall zorbify its labour standards files every month.", "missing"),
        # the model is asked only about sentences on labour
        ("1. The Supplier shall zorbify the widgets every month.", "missing"),
        # the model is not asked about headings or a few words
        ("1. ZORBIFY", "missing"),
    ],
)
def test_suggested_sentences_are_read_by_the_rules(sentence: str, status: str) -> None:
    finding = _finding(sentence, _model_of("zorbify", "records-retention"), "records-retention")
    assert finding.status == status, finding.reason
    if status != "missing":
        assert finding.reason.startswith("the topic model reads the sentence")
        assert finding.confidence <= 0.6
        assert finding.evidence[0].text.endswith(sentence[3:])


@pytest.mark.parametrize(
    ("obligation", "sentence", "status"),
    [
        # the model is asked only about sentences on labour
        ("legal-compliance", "1. Supplier shall zorbify every shipment.", "missing"),
        (
            "legal-compliance",
            "1. Supplier shall zorbify every shipment under its labour standards.",
            "present",
        ),
        # a near miss's terms keep the rules' "no": workers ending their own employment
        (
            "termination-remedies",
            "1. Supplier shall zorbify so that workers may resign under its labour standards.",
            "missing",
        ),
        (
            "termination-remedies",
            "1. Buyer may zorbify this Agreement if Supplier breaches the labour standards.",
            "present",
        ),
    ],
)
def test_the_model_is_asked_only_where_the_rules_have_not_spoken(
    obligation: str, sentence: str, status: str
) -> None:
    finding = _finding(sentence, _model_of("zorbify", obligation), obligation)
    assert finding.status == status, finding.reason


def test_rule_findings_are_not_touched_by_the_model() -> None:
    text = "1. Supplier shall not use forced labor, prison labor or indentured labor."
    model = _model_of("supplier", "forced-labor-prohibition")
    finding = _finding(text, model, "forced-labor-prohibition")
    assert finding.status == "present"
    assert not finding.reason.startswith("the topic model")


def test_evidence_of_another_obligation_is_not_offered() -> None:
    # the rules read "shall not use child labour" as the child-labour term: the model's word
    # that it also bans forced labour is not taken
    model = _model_of("child", "forced-labor-prohibition")
    finding = _finding("1. Supplier shall not use child labour.", model, "forced-labor-prohibition")
    assert finding.status == "missing", finding.reason


def test_bundled_model_covers_the_catalog() -> None:
    model = bundled_model()
    assert model.obligations == tuple(ob.id for ob in load_catalog().obligations)
    assert 0.5 < model.threshold < 1.0
    assert model.weights.shape == (len(model.keys), len(model.obligations))


def _tiny_docs() -> list[LabelledDoc]:
    fl = ["supplier", "shall", "not", "use", "forced", "labour", "forced labour"]
    price = ["the", "price", "be", "fix", "price be"]
    return [
        LabelledDoc(
            f"d{i}",
            [fl, price],
            {"forced-labor-prohibition": {0}} if i % 2 else {},
            frozenset() if i % 2 else frozenset({"forced-labor-prohibition"}),
        )
        for i in range(6)
    ]


def test_training_is_deterministic_and_the_file_round_trips(tmp_path: Path) -> None:
    obligations = ["forced-labor-prohibition", "training"]
    first, second = train(_tiny_docs(), obligations), train(_tiny_docs(), obligations)
    assert first.words == second.words
    assert numpy.array_equal(first.weights, second.weights)
    # an obligation with no examples never fires
    assert first.bias[1] < -20
    first.save(str(tmp_path / "m.npz"))
    loaded = read_model((tmp_path / "m.npz").read_bytes(), 0.9)
    assert numpy.array_equal(loaded.keys, first.keys)
    assert numpy.allclose(loaded.weights, first.weights, atol=1e-2)
    fl_probs = loaded.probabilities(["forced", "labour", "shall"])
    price_probs = loaded.probabilities(["price", "fix"])
    assert fl_probs is not None and price_probs is not None
    assert fl_probs[0] > 0.5 > price_probs[0]
    assert loaded.probabilities(["unknown"]) is None


@pytest.mark.slow
def test_bundled_model_is_what_the_training_script_builds() -> None:
    """The shipped file is reproducible: retrain it from tests/eval after changing labels
    (`python -m analyzer.topic_training`)."""
    obligations = [ob.id for ob in load_playbook().obligations]
    rebuilt = train(labelled_docs(ROOT / EVAL_FOLDER), obligations)
    bundled = bundled_model()
    assert numpy.array_equal(rebuilt.keys, bundled.keys)
    assert numpy.allclose(rebuilt.weights, bundled.weights, atol=2e-2)
    assert numpy.allclose(rebuilt.bias, bundled.bias, atol=2e-2)
    assert rebuilt.threshold == bundled.threshold
