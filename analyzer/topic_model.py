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
from spacy.strings import hash_string

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
    """Features are found by their 64-bit string hash in a sorted array: a dict of some 40,000
    feature strings would cost each worker process several megabytes."""

    obligations: tuple[str, ...]
    keys: numpy.ndarray  # sorted hashes of the features
    rows: numpy.ndarray  # the row of weights of each key
    idf: numpy.ndarray  # (features,)
    weights: numpy.ndarray  # (features, obligations), float16
    bias: numpy.ndarray  # (obligations,)
    threshold: float  # probability a suggestion needs (from the settings file)
    words: tuple[str, ...] = ()  # the features in row order, kept by training to save them

    @classmethod
    def build(
        cls,
        obligations: tuple[str, ...],
        words: tuple[str, ...],
        idf: numpy.ndarray,
        weights: numpy.ndarray,
        bias: numpy.ndarray,
        threshold: float,
    ) -> TopicModel:
        hashes = numpy.array([hash_string(w) for w in words], dtype="uint64")
        return cls.from_hashes(obligations, hashes, idf, weights, bias, threshold, words)

    @classmethod
    def from_hashes(
        cls,
        obligations: tuple[str, ...],
        hashes: numpy.ndarray,
        idf: numpy.ndarray,
        weights: numpy.ndarray,
        bias: numpy.ndarray,
        threshold: float,
        words: tuple[str, ...] = (),
    ) -> TopicModel:
        order = numpy.argsort(hashes, kind="stable")
        return cls(
            obligations=obligations,
            keys=hashes[order],
            rows=order,
            idf=idf.astype("float32"),
            weights=weights.astype("float16"),  # 3 digits are plenty for a linear score
            bias=bias.astype("float32"),
            threshold=threshold,
            words=words,
        )

    def probabilities(self, features: list[str]) -> numpy.ndarray | None:
        """P(the sentence addresses each obligation); None when no feature is known."""
        if not features or not len(self.keys):
            return None
        hashes = numpy.fromiter((hash_string(f) for f in features), "uint64", len(features))
        at = numpy.minimum(numpy.searchsorted(self.keys, hashes), len(self.keys) - 1)
        ids = numpy.unique(self.rows[at[self.keys[at] == hashes]])
        if not len(ids):
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
        numpy.savez_compressed(
            path,
            obligations=numpy.array(self.obligations),
            vocabulary=numpy.array(self.words),
            hashes=self.keys[numpy.argsort(self.rows)],
            idf=self.idf,
            weights=self.weights,
            bias=self.bias,
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


def read_model(data: bytes, threshold: float, keep_words: bool = False) -> TopicModel:
    """The model in a file. Without `keep_words` the feature strings are not even read: the
    stored hashes are all inference needs."""
    arrays = numpy.load(io.BytesIO(data), allow_pickle=False)
    return TopicModel.from_hashes(
        obligations=tuple(arrays["obligations"].tolist()),
        hashes=arrays["hashes"],
        idf=arrays["idf"],
        weights=arrays["weights"],
        bias=arrays["bias"],
        threshold=threshold,
        words=tuple(arrays["vocabulary"].tolist()) if keep_words else (),
    )


@lru_cache(maxsize=1)
def bundled_model() -> TopicModel:
    data = resource("analyzer", "data", MODEL_FILE).read_bytes()
    return read_model(data, topic_settings().threshold)
