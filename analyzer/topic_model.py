"""A learned second opinion on what a sentence is about, for drafting the rules have not seen.

The rules are precise but their vocabulary is finite: on blind documents they missed one
addressed obligation in five. This model is a linear classifier per obligation over the
sentence's lemma unigrams and bigrams, plus the words of its lead-in ("L:") and heading ("H:"),
weighted tf-idf as scikit-learn computes it. It is trained on the labelled evaluation documents
by `analyzer.topic_training` (reproducible: same data, same file) and ships as
`analyzer/data/topic_model.npz`; inference needs only numpy.

The verdict asks it only where the rules found nothing for an obligation, and still reads the
suggested sentence with the rules' modality, negation, exception and party scope: the model
decides what a sentence is about, never whether it binds the supplier.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import LEMMA

from analyzer.context import Sentence
from laborclause.resources import resource

MODEL_FILE = "topic_model.npz"
MIN_WORDS = 4  # shorter sentences (headings, list labels) carry too little to judge


def _words(s: Sentence) -> list[str]:
    strings = s.doc.vocab.strings
    hashes = s.doc.to_array([LEMMA])[s.tok_start : s.tok_end].reshape(-1).tolist()
    return [w for w in (strings[h] for h in hashes) if w.strip()]


def sentence_features(s: Sentence) -> list[str]:
    """Unigrams and bigrams of the sentence's lemmas, then its lead-in's and heading's words."""
    words = _words(s)
    features = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    for prefix, other in (("L:", s.lead), ("H:", s.heading)):
        if other is not None:
            features += sorted({prefix + w for w in _words(other)})
    return features


@dataclass(frozen=True)
class TopicModel:
    obligations: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: numpy.ndarray  # (features,)
    weights: numpy.ndarray  # (features, obligations)
    bias: numpy.ndarray  # (obligations,)
    threshold: float  # probability a suggestion needs

    def probabilities(self, features: list[str]) -> numpy.ndarray | None:
        """P(the sentence addresses each obligation); None when no feature is known."""
        ids = sorted({i for f in features if (i := self.vocabulary.get(f)) is not None})
        if not ids:
            return None
        x = self.idf[ids]
        x = x / numpy.sqrt(x @ x)
        return 1.0 / (1.0 + numpy.exp(-(self.bias + x @ self.weights[ids])))

    def suggest(self, sentences: list[Sentence]) -> dict[str, list[tuple[float, Sentence]]]:
        """Per obligation, the sentences scored at or above the threshold, best first."""
        out: dict[str, list[tuple[float, Sentence]]] = {}
        for s in sentences:
            if s.is_heading or s.tok_end - s.tok_start < MIN_WORDS:
                continue
            probs = self.probabilities(sentence_features(s))
            if probs is None:
                continue
            for j in numpy.nonzero(probs >= self.threshold)[0].tolist():
                out.setdefault(self.obligations[j], []).append((float(probs[j]), s))
        for found in out.values():
            found.sort(key=lambda pair: (-pair[0], pair[1].index))
        return out

    def save(self, path: str) -> None:
        words = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        numpy.savez_compressed(
            path,
            obligations=numpy.array(self.obligations),
            vocabulary=numpy.array(words),
            idf=self.idf.astype("float32"),
            weights=self.weights.astype("float16"),  # 3 digits are plenty for a linear score
            bias=self.bias.astype("float32"),
            threshold=numpy.array(self.threshold),
        )


def read_model(data: bytes) -> TopicModel:
    arrays = numpy.load(io.BytesIO(data), allow_pickle=False)
    words = arrays["vocabulary"].tolist()
    return TopicModel(
        obligations=tuple(arrays["obligations"].tolist()),
        vocabulary={w: i for i, w in enumerate(words)},
        idf=arrays["idf"].astype("float64"),
        weights=arrays["weights"].astype("float64"),
        bias=arrays["bias"].astype("float64"),
        threshold=float(arrays["threshold"]),
    )


@lru_cache(maxsize=1)
def bundled_model() -> TopicModel:
    return read_model(resource("analyzer", "data", MODEL_FILE).read_bytes())
