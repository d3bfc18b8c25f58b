"""Train the topic model (`analyzer.topic_model`) from labelled documents.

    python -m analyzer.topic_training          # tests/eval -> analyzer/data/topic_model.npz

For each obligation, the positives are the sentences that hold a document's labelled evidence
for it, and the negatives are all sentences of the documents labelled `missing` for it. A
document that addresses the obligation may do so in more sentences than its one quoted
evidence, so its other sentences are left out rather than taught as negatives. Only `dev`
documents train: the holdout documents measure the result. Needs scikit-learn (the `dev`
extra); the same documents give the same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy

from analyzer.context import Sentence
from analyzer.engine import segment
from analyzer.playbook import load_playbook
from analyzer.readers import read_document
from analyzer.topic_model import (
    MODEL_FILE,
    SentenceWords,
    TopicModel,
    sentence_features,
    topic_settings,
)

EVAL_FOLDER = Path("tests/eval")
OUTPUT = Path("analyzer/data") / MODEL_FILE


@dataclass(frozen=True)
class LabelledDoc:
    doc_id: str
    features: list[list[str]]  # per sentence
    evidence_sentences: dict[str, set[int]]  # obligation -> sentences holding its evidence
    missing: frozenset[str]  # obligations labelled missing


def _evidence_span(text: str, evidence: str) -> tuple[int, int] | None:
    start = text.find(evidence)
    if start < 0:  # a quote whose line break the reader joined
        start = text.find(evidence[:60])
    return (start, start + len(evidence)) if start >= 0 else None


def labelled_docs(folder: Path, split: str = "dev") -> list[LabelledDoc]:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    playbook = load_playbook()
    out = []
    for doc_id, entry in labels.items():
        if entry.get("split", "dev") != split:
            continue
        doc = read_document(folder / "docs" / f"{doc_id}.txt")
        sentences: list[Sentence] = segment(doc, playbook)
        words = SentenceWords()
        evidence: dict[str, set[int]] = {}
        for ob, label in entry["labels"].items():
            span = _evidence_span(doc.text, label["evidence"]) if label["evidence"] else None
            if span:
                evidence[ob] = {s.index for s in sentences if s.start < span[1] and s.end > span[0]}
        missing = frozenset(
            ob for ob, label in entry["labels"].items() if label["status"] == "missing"
        )
        out.append(
            LabelledDoc(doc_id, [sentence_features(s, words) for s in sentences], evidence, missing)
        )
    return out


def train(docs: list[LabelledDoc], obligations: list[str]) -> TopicModel:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    settings = topic_settings()
    vectorizer = TfidfVectorizer(
        analyzer=lambda features: features, binary=True, min_df=settings.min_df
    )
    vectorizer.fit([f for d in docs for f in d.features])
    words = tuple(str(w) for w in vectorizer.get_feature_names_out())
    weights = numpy.zeros((len(words), len(obligations)))
    bias = numpy.full(len(obligations), -30.0)  # an obligation with no examples never fires
    for j, ob in enumerate(obligations):
        rows, targets = [], []
        for d in docs:
            if ob in d.missing:
                rows += d.features
                targets += [0] * len(d.features)
            else:
                for i in sorted(d.evidence_sentences.get(ob, ())):
                    rows.append(d.features[i])
                    targets.append(1)
        if len(set(targets)) < 2:
            continue
        model = LogisticRegression(C=settings.c, class_weight="balanced", max_iter=5000)
        model.fit(vectorizer.transform(rows), targets)
        weights[:, j] = model.coef_[0]
        bias[j] = model.intercept_[0]
    return TopicModel.build(
        obligations=tuple(obligations),
        words=words,
        idf=vectorizer.idf_,
        weights=weights,
        bias=bias,
        threshold=settings.threshold,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=EVAL_FOLDER, help="labelled documents")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    obligations = [ob.id for ob in load_playbook().obligations]
    docs = labelled_docs(args.eval)
    model = train(docs, obligations)
    model.save(str(args.output))
    print(f"{args.output}: {len(docs)} documents, {len(model.words)} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
