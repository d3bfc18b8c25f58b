"""Text quality: how much a document's text looks like real prose, from 0 to 1.

Broken extraction (glyph soup, "(cid:12)", mojibake) and OCR noise ("Suppl1er sha11",
"S u p p l i e r") score low, so the engine lowers its confidence instead of reporting a
confident `missing`. Real contract text scores above 0.8.

The dictionary is the English lemma tables of spacy-lookups-data (already a dependency:
about 120k inflected and base forms) plus the closed-class words in
`analyzer/data/function_words.txt`, which those tables leave out.
"""

from __future__ import annotations

import gzip
import json
import re
import string
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files
from itertools import chain

_TOKEN = re.compile(r"\S+")
_SPACE = re.compile(r"\s")
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
_EDGE = "\"'()[]{}<>.,;:!?\u201c\u201d\u2018\u2019*_`"
_BAD = re.compile(r"\ufffd|\(cid:\d+\)|[\x00-\x08\x0b\x0e-\x1f]|[ÃÂ][\x80-\xbf\u0080-\u00ff]")
_MIXED = re.compile(r"(?=.*[A-Za-z])(?=.*\d)[A-Za-z\d]+")
_SAMPLE = 40_000  # characters scored; evenly spaced windows of longer texts
_WINDOWS = 16
_ASCII_LETTERS = bytes(string.ascii_letters, "ascii")


class WordSet:
    """Lower-case word forms as a sorted array of their string hashes: about 1 MB, where a
    frozenset of the strings costs every worker process 11 MB. Python's own `hash` (salted
    per process, 64 bits) keeps spaCy and numpy out of the CLI's parent process, whose
    memory forked workers would otherwise count again."""

    def __init__(self, words: Iterable[str]) -> None:
        self.hashes = array("q", sorted(set(map(hash, words))))

    def __contains__(self, word: str) -> bool:
        h = hash(word)
        i = bisect_left(self.hashes, h)
        return i < len(self.hashes) and self.hashes[i] == h


@lru_cache(maxsize=1)
def english_words() -> WordSet:
    """Lower-case English word forms (loaded once per process, about 0.1 s)."""
    data = files("spacy_lookups_data").joinpath("data")
    lookup = json.loads(gzip.decompress(data.joinpath("en_lemma_lookup.json.gz").read_bytes()))
    index = json.loads(gzip.decompress(data.joinpath("en_lemma_index.json.gz").read_bytes()))
    text = files("analyzer").joinpath("data", "function_words.txt").read_text(encoding="utf-8")
    own = [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]
    words = chain(lookup, lookup.values(), chain.from_iterable(index.values()), own)
    return WordSet(w.lower() for w in words if w.isascii())


def is_word(token: str) -> bool:
    """Whether a token is a known English word form (case-insensitive)."""
    return token.lower() in english_words()


def _sample(text: str) -> str:
    """The text itself, or `_WINDOWS` evenly spaced windows of it cut at whitespace (so no
    word is split): together `_SAMPLE` characters, enough for a stable score."""
    if len(text) <= _SAMPLE:
        return text
    size = _SAMPLE // _WINDOWS
    step = len(text) // _WINDOWS
    parts = []
    for start in range(0, step * _WINDOWS, step):
        first = _SPACE.search(text, start, start + 40) if start else None
        last = _SPACE.search(text, start + size, start + size + 40)
        parts.append(text[first.end() if first else start : last.start() if last else start + size])
    return " ".join(parts)


def _letters(text: str) -> int:
    if text.isascii():  # the common case, counted in C
        raw = text.encode("ascii")
        return len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    return sum(map(str.isalpha, text))


def text_quality(text: str) -> float:
    """A 0..1 score: share of dictionary words, of letters, and absence of garbage runs."""
    text = _sample(text)
    tokens = _TOKEN.findall(text)
    if not tokens:
        return 0.0
    words = english_words()
    chars = sum(map(len, tokens))
    letters = _letters(text)  # whitespace is no letter: the letters of the tokens
    bad = len(_BAD.findall(text))

    counts = [0] * 6  # tokens per class
    singles = 0  # letters standing alone in runs: "S u p p l i e r"
    run = 0
    cache = _CLASSES if len(_CLASSES) < _CACHE_LIMIT else {}
    for token in tokens:
        kind = cache.get(token)
        if kind is None:
            kind = cache[token] = _classify(token, words)
        if kind == _SINGLE:
            run += 1
            continue
        if run >= 3:
            singles += run
        run = 0
        counts[kind] += 1
    if run >= 3:
        singles += run
    mixed = counts[_MIXED_TOKEN]
    alpha_tokens = counts[_KNOWN] + counts[_NAME] + counts[_UNKNOWN]
    known = counts[_KNOWN] + 0.5 * counts[_NAME]  # a name: neither proof of prose nor garbage

    n = len(tokens)
    if alpha_tokens == 0:
        return 0.0
    dictionary = known / alpha_tokens
    letter_ratio = letters / chars
    score = _ramp(dictionary, 0.35, 0.85) * _ramp(letter_ratio, 0.45, 0.75)
    score *= 1 - min(1.0, 3 * (mixed + singles) / n)
    score *= 1 - min(1.0, 20 * bad / n)
    score *= min(1.0, alpha_tokens / max(1.0, 0.4 * n))  # mostly non-words: numbers, symbols
    return round(max(0.0, min(1.0, score)), 3)


# token classes, computed once per distinct token
_SINGLE, _MIXED_TOKEN, _KNOWN, _NAME, _UNKNOWN, _OTHER = range(6)
_CLASSES: dict[str, int] = {}
_CACHE_LIMIT = 200_000


def _classify(token: str, words: WordSet) -> int:
    core = token.strip(_EDGE)
    if len(core) == 1 and core.isalpha() and core.lower() not in ("a", "i"):
        return _SINGLE
    if _MIXED.fullmatch(core) and not re.fullmatch(r"\d+(st|nd|rd|th|s)", core):
        return _MIXED_TOKEN
    if _WORD.fullmatch(core) and len(core) >= 2:
        base = core.lower().replace("\u2019", "'")
        if base in words or base.split("'")[0] in words:
            return _KNOWN
        if core[0].isupper() and core[1:].islower():
            return _NAME
        return _UNKNOWN
    return _OTHER


def _ramp(value: float, low: float, high: float) -> float:
    return max(0.0, min(1.0, (value - low) / (high - low)))
