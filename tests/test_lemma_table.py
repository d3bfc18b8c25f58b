"""The compact lemma table answers as spaCy's lookup Table does, for every entry."""

from __future__ import annotations

import numpy
from spacy.lookups import load_lookups

from analyzer.nlp import LemmaTable


def test_every_entry_and_value_is_kept() -> None:
    table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    compact = LemmaTable()
    at = numpy.searchsorted(compact.keys, numpy.fromiter(table.keys(), "uint64", len(table)))
    starts = numpy.concatenate([[0], compact.ends[:-1]])
    got = [compact.text[starts[i] : compact.ends[i]] for i in at.tolist()]
    assert got == list(table.values())


def test_lookups_by_word() -> None:
    table = LemmaTable()
    assert table.get("audited", "audited") == "audit"
    assert table.get("went", "went") == "go"
    assert table.get("zorbify", "zorbify") == "zorbify"
    # a word whose hash is past 2**63 (spaCy's table reads "number" as a form of "numb")
    assert table.get("number", "number") == "numb"
    assert table.knows("workers") and table.knows("worker")  # a form and a lemma
    assert not table.knows("zorbify")
