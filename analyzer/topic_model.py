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
from pydantic import BaseModel, ConfigDict
from spacy.attrs import LEMMA

from analyzer.context import Sentence
from laborclause.errors import PlaybookError
from laborclause.resources import parse_yaml, resource

MODEL_FILE = "topic_model.npz"
SETTINGS_FILE = "topic_model.yaml"
MIN_WORDS = 4  # shorter sentences (headings, list labels) carry too little to judge


class SentenceWords:
    """The lemmas of sentences, read once per chunk of text (an array per sentence would
    copy the whole chunk each time)."""

    def __init__(self) -> None:
        self.chunks: dict[int, list[str]] = {}
        self.sentences: dict[int, list[str]] = {}

    def __call__(self, s: Sentence) -> list[str]:
        found = self.sentences.get(s.index)
        if found is None:
            lemmas = self.chunks.get(id(s.doc))
            if lemmas is None:
                strings = s.doc.vocab.strings
                hashes = s.doc.to_array([LEMMA]).reshape(-1).tolist()
                lemmas = self.chunks[id(s.doc)] = [strings[h] for h in hashes]
            found = [w for w in lemmas[s.tok_start : s.tok_end] if w.strip()]
            self.sentences[s.index] = found
        return found


def sentence_features(s: Sentence, words: SentenceWords) -> list[str]:
    """Unigrams and bigrams of the sentence's lemmas, then its lead-in's and heading's words."""
    own = words(s)
    features = own + [f"{a} {b}" for a, b in zip(own, own[1:], strict=False)]
    for prefix, other in (("L:", s.lead), ("H:", s.heading)):
        if other is not None:
            features += sorted({prefix + w for w in words(other)})
    return features


@dataclass(frozen=True)
class TopicModel:
    obligations: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: numpy.ndarray  # (features,)
    weights: numpy.ndarray  # (features, obligations)
    bias: numpy.ndarray  # (obligations,)
    threshold: float  # probability a suggestion needs (from the settings file)

    def probabilities(self, features: list[str]) -> numpy.ndarray | None:
        """P(the sentence addresses each obligation); None when no feature is known."""
        ids = sorted({i for f in features if (i := self.vocabulary.get(f)) is not None})
        if not ids:
            return None
        x = self.idf[ids]
        x = x / numpy.sqrt(x @ x)
        return 1.0 / (1.0 + numpy.exp(-(self.bias + x @ self.weights[ids])))

    def suggest(
        self, sentences: list[Sentence], context: frozenset[str]
    ) -> dict[str, list[tuple[float, Sentence]]]:
        """Per obligation, the sentences scored at or above the threshold, best first. Only
        sentences about labour are scored: one of the `context` groups in the sentence, its
        lead-in or items, its heading or the document title."""
        out: dict[str, list[tuple[float, Sentence]]] = {}
        if self.threshold > 1:
            return out
        words = SentenceWords()
        for s in sentences:
            if (
                s.is_heading
                or s.tok_end - s.tok_start < MIN_WORDS
                or context.isdisjoint(s.frame | s.topic)
            ):
                continue
            probs = self.probabilities(sentence_features(s, words))
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
        )


class TopicSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    c: float
    min_df: int
    threshold: float
    context_groups: frozenset[str]


@lru_cache(maxsize=1)
def topic_settings() -> TopicSettings:
    node = resource("analyzer", "data", SETTINGS_FILE)
    data = parse_yaml(node.read_text(encoding="utf-8"), SETTINGS_FILE)
    try:
        return TopicSettings.model_validate(data)
    except ValueError as exc:
        raise PlaybookError(f"invalid topic model settings: {exc}", path=SETTINGS_FILE) from exc


def read_model(data: bytes, threshold: float) -> TopicModel:
    arrays = numpy.load(io.BytesIO(data), allow_pickle=False)
    words = arrays["vocabulary"].tolist()
    return TopicModel(
        obligations=tuple(arrays["obligations"].tolist()),
        vocabulary={w: i for i, w in enumerate(words)},
        idf=arrays["idf"].astype("float64"),
        weights=arrays["weights"].astype("float64"),
        bias=arrays["bias"].astype("float64"),
        threshold=threshold,
    )


@lru_cache(maxsize=1)
def bundled_model() -> TopicModel:
    data = resource("analyzer", "data", MODEL_FILE).read_bytes()
    return read_model(data, topic_settings().threshold)
