"""The spaCy pipeline: a blank English tokenizer, lower-cased lookup lemmas, legal sentences.

Built once per process (`get_nlp`), never at import time. Sentence rules for legal text:
abbreviations ("U.S.C.", "Inc.", "e.g.", "No. 5", "Sec. 3") do not end a sentence; a new
sentence starts at every block (paragraph, list item, heading), at an inline list marker
after ":" or ";" ("shall not use: (a) prison labor; (b) ..."), and after ".", "!" or "?"
followed by a capital, digit, quote or bracket.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, LEMMA, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.lookups import load_lookups
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab

from analyzer.ruleset import segmentation

_LABEL = re.compile(r"\d+(?:\.\d+)*|[ivxlc]+|[a-z]")
BREAKS_KEY = "laborclause_breaks"  # doc.user_data: character offsets where blocks start


@Language.factory("laborclause_lemma")
def _make_lemma(nlp: Language, name: str) -> LowerLemma:
    return LowerLemma(nlp)


class LowerLemma:
    """Lemma = lookup lemma of the lower-cased form, so "Audits" and "audited" give "audit"."""

    def __init__(self, nlp: Language):
        self.table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
        self.spellings = dict(segmentation().spellings)
        self.lemmas = dict(segmentation().lemmas)
        self.ocr = str.maketrans(segmentation().ocr_confusions)
        self.strings = nlp.vocab.strings
        self.cache: dict[str, int] = {}
        self.by_hash: dict[int, int] = {}

    def key(self, lower: str) -> int:
        found = self.cache.get(lower)
        if found is None:
            word = self._ocr(lower)
            lemma = self.lemmas.get(word) or self.table.get(word, word)
            found = self.cache[lower] = self.strings.add(self.spellings.get(lemma, lemma))
        return found

    def _ocr(self, lower: str) -> str:
        """Undo OCR digit-for-letter confusions ("f0rced", "1abour") in words that mix them."""
        if lower.isalpha() or sum(c.isalpha() for c in lower) < 2 or not lower[:1].isalnum():
            return lower
        fixed = lower.translate(self.ocr)
        return fixed if fixed.isalpha() else lower

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # one lookup per distinct word (a rule phrase: per word), then one array write
        lowers = doc.to_array([LOWER]).reshape(-1)
        unique, where = (
            numpy.unique(lowers, return_inverse=True) if len(doc) > 64 else (lowers, None)
        )
        strings, cache, key = self.strings, self.by_hash, self.key
        found = []
        for h in unique.tolist():
            lemma = cache.get(h)
            if lemma is None:
                lemma = cache[h] = key(strings[h])
            found.append(lemma)
        lemmas = numpy.array(found, dtype="uint64")
        if where is not None:
            lemmas = lemmas[where.reshape(-1)]
        lemmas = lemmas.reshape(-1, 1)
        doc.from_array([LEMMA], lemmas)  # type: ignore[arg-type]
        return doc


@Language.factory("legal_sentences")
def _make_sentences(nlp: Language, name: str) -> LegalSentences:
    return LegalSentences()


class LegalSentences:
    def __init__(self) -> None:
        seg = segmentation()
        self.abbrev = frozenset(a.lower() for a in seg.abbreviations)
        self.joiners = frozenset(seg.list_joiners)
        keys = StringStore()  # the hash of a string is the same in every store
        self.enders = numpy.array([keys.add(p) for p in ".!?:;"], dtype="uint64")
        self.joiner_keys = numpy.array([keys.add(j) for j in self.joiners], dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        rows = doc.to_array([IDX, IS_SPACE, ORTH, LOWER])
        strings = doc.vocab.strings
        orths = rows[:, 2]

        def text(i: int) -> str:
            return strings[int(orths[i])]

        starts = {0}
        words = numpy.nonzero(rows[:, 1] == 0)[0]  # the non-space tokens
        breaks = numpy.array(sorted(set(doc.user_data.get(BREAKS_KEY, ()))), dtype="uint64")
        at_break = numpy.isin(rows[words, 0], breaks)
        # only a block start, or a word after ". ! ? : ;" or a list joiner, can start one
        after = numpy.zeros(len(words), dtype=bool)
        after[1:] = numpy.isin(orths[words[:-1]], self.enders) | numpy.isin(
            rows[words[:-1], 3], self.joiner_keys
        )
        for k in numpy.nonzero(at_break | after)[0].tolist():
            i = int(words[k])
            if at_break[k]:
                starts.add(i)
            if k == 0:
                continue
            j = int(words[k - 1])  # the last non-space token
            p = text(j)
            if p in (".", "!", "?"):
                before = text(j - 1).lower() if j > 0 else ""
                first = text(i)[0]
                if before in self.abbrev and (first.isdigit() or first == "("):
                    continue
                if j > 0 and j - 1 in starts and _LABEL.fullmatch(before):
                    continue  # "12. LABOR": a clause number, not a sentence
                if first.isupper() or first.isdigit() or first in "\"“'‘([":
                    starts.add(i)
            elif p in (":", ";") and self._marker(text, n, i):
                starts.add(i)
            elif (
                p.lower() in self.joiners
                and j > 0
                and text(j - 1) == ";"
                and self._marker(text, n, i)
            ):
                starts.add(i)
        values = numpy.full((n, 1), -1, dtype="int64")
        for i in starts:
            values[i, 0] = 1
        # one array write: setting token.is_sent_start one by one is quadratic
        doc.from_array([SENT_START], values.astype("uint64"))  # type: ignore[arg-type]
        return doc

    @staticmethod
    def _marker(text: Callable[[int], str], n: int, i: int) -> bool:
        """An inline list marker "(a)", "(iv)", "(3)" starts at token i."""
        if i + 2 >= n or text(i) != "(" or text(i + 2) != ")":
            return False
        inner = text(i + 1)
        return len(inner) <= 4 and (inner.isdigit() or inner.isalpha() and inner.islower())


_RUN = re.compile(r"\S+|\s+")  # \s is str.isspace(), as spaCy's tokenizer splits
_PIECE_LIMIT = 200_000  # pieces remembered per process; then the memory starts again


class PieceTokenizer:
    """spaCy's English tokenizer, remembered per whitespace-separated piece.

    spaCy's tokenizer cuts the text at whitespace first and tokenizes each piece (and each
    run of whitespace) on its own; a single space after a piece becomes that token's
    trailing space. This does the same cutting with one regex, asks the real tokenizer
    only for pieces it has not seen, and builds the Doc from the remembered words, so the
    tokens are spaCy's own (tests/test_sentences.py compares them on the evaluation
    documents) at a fraction of the cost: contracts repeat their words.
    """

    def __init__(self, tokenizer: Callable[[str], Doc], vocab: Vocab):
        self.tokenizer = tokenizer
        self.vocab = vocab
        self.pieces: dict[str, tuple[tuple[str, ...], tuple[bool, ...]]] = {}

    def __call__(self, text: str) -> Doc:
        known = self.pieces
        if len(known) > _PIECE_LIMIT:
            known.clear()
        words: list[str] = []
        spaces: list[bool] = []
        after_word = False
        for piece in _RUN.findall(text):
            if piece[0].isspace():
                if after_word and piece[0] == " ":
                    spaces[-1] = True
                    piece = piece[1:]
                    if not piece:
                        after_word = False
                        continue
                after_word = False
            else:
                after_word = True
            found = known.get(piece)
            if found is None:
                doc = self.tokenizer(piece)
                found = known[piece] = (tuple(t.text for t in doc), (False,) * len(doc))
            words.extend(found[0])
            spaces.extend(found[1])
        return Doc(self.vocab, words=words, spaces=spaces)


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.tokenizer = PieceTokenizer(nlp.tokenizer, nlp.vocab)
    nlp.add_pipe("laborclause_lemma")
    nlp.add_pipe("legal_sentences")
    nlp.max_length = 2_000_000
    return nlp


def make_doc(text: str, breaks: Iterable[int] = ()) -> Doc:
    """Tokenize, lemmatize and split one chunk of text; `breaks` are block starts in it."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc.user_data[BREAKS_KEY] = tuple(breaks)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def lemma_doc(text: str) -> Doc:
    """A rule phrase tokenized and lemmatized like document text (for PhraseMatcher patterns)."""
    nlp = get_nlp()
    return nlp.get_pipe("laborclause_lemma")(nlp.make_doc(text))


def sentences(text: str) -> list[str]:
    """The legal sentences of a text (blank lines separate blocks)."""
    breaks, pos = [], 0
    for part in text.split("\n\n"):
        stripped = part.lstrip()
        if stripped:
            breaks.append(pos + len(part) - len(stripped))
        pos += len(part) + 2
    doc = make_doc(text, breaks)
    return [s.text.strip() for s in doc.sents if s.text.strip()]
