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
from itertools import chain
from operator import itemgetter

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, LEMMA, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.lookups import load_lookups
from spacy.strings import StringStore, get_string_id, hash_string
from spacy.tokens import Doc
from spacy.vocab import Vocab

from analyzer.ruleset import segmentation

_LABEL = re.compile(r"\d+(?:\.\d+)*|[ivxlc]+|[a-z]")
BREAKS_KEY = "laborclause_breaks"  # doc.user_data: character offsets where blocks start


@Language.factory("laborclause_lemma")
def _make_lemma(nlp: Language, name: str) -> LowerLemma:
    return LowerLemma(nlp)


class LemmaTable:
    """spaCy's English lemma lookup table as sorted arrays of string hashes: the Table object
    costs every worker process 13 MB, these arrays about 1 MB."""

    def __init__(self) -> None:
        table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
        keys = numpy.fromiter(table.keys(), "uint64", len(table))
        order = numpy.argsort(keys)
        values = list(table.values())
        self.keys = keys[order]
        ordered = [values[i] for i in order.tolist()]
        self.text = "".join(ordered)
        self.ends = numpy.cumsum([len(v) for v in ordered])
        self.values = numpy.unique(numpy.fromiter(map(hash_string, values), "uint64", len(values)))

    def _find(self, word: str) -> int | None:
        # the Table's keys are string ids: a hash, or a symbol's small number ("number": 432)
        h = numpy.uint64(get_string_id(word))
        i = int(numpy.searchsorted(self.keys, h))
        return i if i < len(self.keys) and self.keys[i] == h else None

    def get(self, word: str, default: str) -> str:
        i = self._find(word)
        if i is None:
            return default
        return self.text[int(self.ends[i - 1]) if i else 0 : int(self.ends[i])]

    def knows(self, word: str) -> bool:
        """An inflected form or a lemma of the table."""
        if self._find(word) is not None:
            return True
        h = numpy.uint64(hash_string(word))
        i = int(numpy.searchsorted(self.values, h))
        return i < len(self.values) and self.values[i] == h


class LowerLemma:
    """Lemma = lookup lemma of the lower-cased form, so "Audits" and "audited" give "audit"."""

    def __init__(self, nlp: Language):
        self.table = LemmaTable()
        self.spellings = dict(segmentation().spellings)
        self.lemmas = dict(segmentation().lemmas)
        self.ocr = str.maketrans(segmentation().ocr_confusions)
        self.pairs = dict(segmentation().ocr_letter_pairs)
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
        """Undo OCR confusions: digits for letters ("f0rced", "1abour") in words that mix
        them, then letter pairs for one letter ("cornply") in words the lemma table lacks."""
        if not lower.isalpha():
            if sum(c.isalpha() for c in lower) < 2 or not lower[:1].isalnum():
                return lower
            fixed = lower.translate(self.ocr)
            if not fixed.isalpha():
                return lower
            lower = fixed
        if not any(pair in lower for pair in self.pairs) or self._known(lower):
            return lower
        fixed = lower
        for pair, letter in self.pairs.items():
            fixed = fixed.replace(pair, letter)
        return fixed if self._known(fixed) else lower

    def _known(self, word: str) -> bool:
        """An inflected form or a lemma of the lookup table (a full word list would cost
        9 MB per process for the few adverbs it adds)."""
        return self.table.knows(word)

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
                # "No. 5", "Sec. (b)", "Royal Decree No. M/51": a number after an abbreviation
                if before in self.abbrev and (first == "(" or any(c.isdigit() for c in text(i))):
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


_PIECE = re.compile(r"\S+\s*")  # a word and the whitespace after it (\s is str.isspace())
_PIECE_LIMIT = 200_000  # pieces remembered per process; then the memory starts again
Tokens = tuple[tuple[str, ...], tuple[bool, ...]]  # words and their trailing-space flags


class PieceTokenizer:
    """spaCy's English tokenizer, remembered per piece (a word and the whitespace after it).

    spaCy's tokenizer cuts the text at whitespace and tokenizes each word (and each run of
    whitespace) on its own; one space right after a word is that word's trailing space,
    the rest of the run a whitespace token. This cuts the text with one regex, asks the
    real tokenizer only about pieces it has not seen (all new words in one call), and
    builds the Doc from the remembered tokens: spaCy's own tokens (tests/test_sentences.py
    compares them on every evaluation document) at a fraction of the cost, as contracts
    repeat their words.
    """

    def __init__(self, tokenizer: Callable[[str], Doc], vocab: Vocab):
        self.tokenizer = tokenizer
        self.vocab = vocab
        self.pieces: dict[str, Tokens] = {}
        self.spaces: dict[str, Tokens] = {}  # whitespace runs after a word ("\n\n")

    def __call__(self, text: str) -> Doc:
        known = self.pieces
        if len(known) > _PIECE_LIMIT:
            known.clear()
        lead = len(text) - len(text.lstrip())
        pieces = _PIECE.findall(text, lead)
        new = set(pieces).difference(known)
        if new:
            self._learn(new)
        found = [self._tokens(text[:lead])] if lead else []
        found += map(known.__getitem__, pieces)
        words = list(chain.from_iterable(map(itemgetter(0), found)))
        spaces = list(chain.from_iterable(map(itemgetter(1), found)))
        return Doc(self.vocab, words=words, spaces=spaces)

    def prepare(self, texts: Iterable[str]) -> None:
        """Learn the pieces of many short texts (rule phrases) in one tokenizer call, not one
        call each."""
        pieces = {p for text in texts for p in _PIECE.findall(text, len(text) - len(text.lstrip()))}
        new = pieces.difference(self.pieces)
        if new:
            self._learn(new)

    def _tokens(self, text: str) -> Tokens:
        doc = self.tokenizer(text)
        return tuple(t.text for t in doc), tuple(bool(t.whitespace_) for t in doc)

    def _learn(self, pieces: set[str]) -> None:
        """Tokenize the words of new pieces in one call: joined by single spaces, each word's
        tokens are the ones it gets alone (checked; a word that is not is done alone)."""
        words = sorted({p.rstrip() for p in pieces})
        by_word: dict[str, tuple[str, ...]] = {}
        tokens = list(self.tokenizer(" ".join(words)))
        k, start = 0, 0
        for word in words:
            end = start + len(word)
            mine = []
            while k < len(tokens) and tokens[k].idx < end:
                mine.append(tokens[k])
                k += 1
            if mine and mine[0].idx == start and "".join(t.text for t in mine) == word:
                by_word[word] = tuple(t.text for t in mine)
            else:  # a token crossed the joining space: this word alone
                by_word[word] = tuple(t.text for t in self.tokenizer(word))
            start = end + 1
        for piece in pieces:
            word = piece.rstrip()
            rest = piece[len(word) :]
            own = by_word[word]
            flags = (False,) * (len(own) - 1) + (rest[:1] == " ",)
            if rest[:1] == " ":
                rest = rest[1:]
            if rest:  # the rest of the whitespace run: spaCy's whitespace token(s)
                if rest not in self.spaces:
                    self.spaces[rest] = self._tokens(rest)
                extra_words, extra_flags = self.spaces[rest]
                own, flags = own + extra_words, flags + extra_flags
            self.pieces[piece] = (own, flags)


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
