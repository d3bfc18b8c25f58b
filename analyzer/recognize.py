"""The first, high-precision layer: text that is (or closely paraphrases) a library clause.

Every clause text the generator can write (`generator.clause_library.sample_texts()`) is cut
into word 4-gram shingles, indexed once per process. A document clause is recognised when
its sentences hold at least `MIN_CONTAINMENT` of a library text's shingles; the sentences
that carry the overlap become evidence for the obligations that clause covers.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from analyzer.context import Sentence

N = 4
MIN_CONTAINMENT = 0.6
MIN_SHINGLES = 8  # texts shorter than this are too generic to recognise
MIN_SENTENCE_SHARE = 4  # a sentence is evidence when it carries this many shared shingles
_WORD = re.compile(r"[a-z]+")


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    return set(map(hash, zip(*(words[i:] for i in range(N)), strict=False)))


@lru_cache(maxsize=1)
def library_index() -> tuple[list[tuple[str, tuple[str, ...], int]], dict[int, list[int]]]:
    """([(clause_id, obligations, shingle count)], shingle -> text ids), built once."""
    from generator.clause_library import sample_texts

    texts: list[tuple[str, tuple[str, ...], int]] = []
    index: dict[int, list[int]] = defaultdict(list)
    for clause_id, obligations, _kind, text in sample_texts():
        grams = shingles(text)
        if not obligations or len(grams) < MIN_SHINGLES:
            continue
        tid = len(texts)
        texts.append((clause_id, tuple(obligations), len(grams)))
        for g in grams:
            index[g].append(tid)
    return texts, dict(index)


def recognize(sentences: list[Sentence], wanted: list[str]) -> dict[int, list[str]]:
    """Sentence index -> obligations of the library clauses recognised there."""
    texts, index = library_index()
    found: dict[int, set[int]] = defaultdict(set)  # text id -> shared shingles
    carriers: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for s in sentences:
        for g in shingles(s.text):
            for tid in index.get(g, ()):
                if g not in found[tid]:
                    found[tid].add(g)
                    carriers[tid][s.index] += 1
    keep = set(wanted)
    out: dict[int, list[str]] = defaultdict(list)
    for tid, shared in found.items():
        clause_id, obligations, total = texts[tid]
        if len(shared) / total < MIN_CONTAINMENT:
            continue
        for index_, count in carriers[tid].items():
            if count >= MIN_SENTENCE_SHARE:
                out[index_].extend(o for o in obligations if o in keep and o not in out[index_])
    return dict(out)
