"""The spaCy pipeline: a blank English tokenizer, lower-cased lookup lemmas, legal sentences.

Built once per process (`get_nlp`), never at import time. Sentence rules for legal text:
abbreviations ("U.S.C.", "Inc.", "e.g.", "No. 5", "Sec. 3") do not end a sentence; a new
sentence starts at every block (paragraph, list item, heading), at an inline list marker
after ":" or ";" ("shall not use: (a) prison labor; (b) ..."), and after ".", "!" or "?"
followed by a capital, digit, quote or bracket.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.lookups import load_lookups
from spacy.tokens import Doc

from analyzer.ruleset import segmentation

BREAKS_KEY = "laborclause_breaks"  # doc.user_data: character offsets where blocks start


@Language.factory("laborclause_lemma")
def _make_lemma(nlp: Language, name: str) -> LowerLemma:
    return LowerLemma(nlp)


class LowerLemma:
    """Lemma = lookup lemma of the lower-cased form, so "Audits" and "audited" give "audit"."""

    def __init__(self, nlp: Language):
        self.table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
        self.spellings = dict(segmentation().spellings)
        self.strings = nlp.vocab.strings
        self.cache: dict[str, int] = {}

    def key(self, lower: str) -> int:
        found = self.cache.get(lower)
        if found is None:
            lemma = self.table.get(lower, lower)
            found = self.cache[lower] = self.strings.add(self.spellings.get(lemma, lemma))
        return found

    def __call__(self, doc: Doc) -> Doc:
        key = self.key
        for token in doc:
            token.lemma = key(token.lower_)
        return doc


@Language.factory("legal_sentences")
def _make_sentences(nlp: Language, name: str) -> LegalSentences:
    return LegalSentences()


class LegalSentences:
    def __init__(self) -> None:
        seg = segmentation()
        self.abbrev = frozenset(a.lower() for a in seg.abbreviations)
        self.joiners = frozenset(seg.list_joiners)

    def _marker_at(self, doc: Doc, i: int) -> bool:
        """An inline list marker "(a)", "(iv)", "(3)" starts at token i."""
        if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
            return False
        inner = doc[i + 1].text
        return len(inner) <= 4 and (inner.isdigit() or inner.isalpha() and inner.islower())

    def __call__(self, doc: Doc) -> Doc:
        breaks = doc.user_data.get(BREAKS_KEY, ())
        starts = {0}
        if breaks:
            by_char = {t.idx: t.i for t in doc if not t.is_space}
            for offset in breaks:
                if offset in by_char:
                    starts.add(by_char[offset])
        n = len(doc)
        for i in range(1, n):
            token, prev = doc[i], doc[i - 1]
            if token.is_space:
                continue
            j = i - 1
            while j > 0 and doc[j].is_space:
                j -= 1
            prev = doc[j]
            if prev.text in {".", "!", "?"}:
                before = doc[j - 1].lower_ if j > 0 else ""
                first = token.text[0]
                if before in self.abbrev and (token.like_num or first == "("):
                    continue
                if first.isupper() or first.isdigit() or first in "\"“'‘([":
                    starts.add(i)
            elif prev.text in {":", ";"} and self._marker_at(doc, i):
                starts.add(i)
            elif prev.lower_ in self.joiners and j > 0 and doc[j - 1].text == ";" \
                    and self._marker_at(doc, i):
                starts.add(i)
        for token in doc:
            token.is_sent_start = token.i in starts
        return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    nlp = spacy.blank("en")
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
