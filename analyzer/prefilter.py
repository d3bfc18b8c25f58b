"""A lossless prefilter: which parts of a document can change its findings at all.

Most of a contract (prices, delivery, insurance) holds no sentence any rule could use, yet
tokenizing and matching it is most of the analysis time. From the loaded rule data (never
a hand-written list) this module derives what each term group and modifier cue needs: a
phrase needs every one of its lemmas, a token pattern every required token's LOWER, ORTH
or LEMMA value. The text's whitespace-separated pieces are tokenized alone (spaCy's
tokenizer never looks across whitespace, so these are the document's own tokens; cached
per process) and a *unit* (a block and the whitespace up to the next block, where the
engine's sentences live) holds a group when it holds all a phrase or pattern needs.

Units are grouped into *segments* cut at headings where the engine's sentence state
(heading, article, list lead-in) provably restarts: a heading block with no modal cue, no
list marker and no "N.N" number, after a unit that does not end like a lead-in (":"). A
segment is analysed, whole, when one of its units

- holds, for some signal of the document's kind, a group of every choice the sentence
  itself must carry (groups that may come from the lead-in or heading excepted);
- holds a group the document-level facts read: `doc_requires`, document caps, the labor
  groups behind "this Rider" / "Section 9" references;
- shares a shingle with a library clause the whole text could be recognised as;

and the first segment (the title) always. Every other segment can give no candidate, no
document fact and no context to a kept sentence, so the findings are the same without it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, cast

import numpy

from analyzer.context import _LEAD_END, _MARKER, MODAL
from analyzer.document import Block
from analyzer.ruleset import TermGroup, modifiers, shared_terms

if TYPE_CHECKING:
    from analyzer.nlp import LowerLemma
    from analyzer.playbook import Playbook

_SUBSECTION = re.compile(r"^\s*\d+\.\d")  # "12.3 Audits" does not restart the article
_WORD = re.compile(r"[a-z]+")  # as analyzer.recognize cuts words
_ATTRS = ("LOWER", "ORTH", "LEMMA")
_CACHE_LIMIT = 100_000  # whitespace pieces whose features are remembered
# the share of a text the rules must rule out before the library check (about a third of
# the cost of analysing the text) is worth running
MIN_SKIPPED = 0.2


# ---------------------------------------------------------------- what rules need


Need = frozenset[int]  # feature ids that must all occur; a feature is (attr, values)


class _Features:
    """Token features ((attr, allowed values)) and which token values carry them."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, frozenset[str]], int] = {}
        self.by_value: dict[str, dict[str, list[int]]] = {a: {} for a in _ATTRS}

    def feature(self, attr: str, values: Iterable[str]) -> int:
        key = (attr, frozenset(values))
        if key not in self.ids:
            fid = self.ids[key] = len(self.ids)
            for value in key[1]:
                self.by_value[attr].setdefault(value, []).append(fid)
        return self.ids[key]

    def phrase(self, phrase: str) -> Need | None:
        """A PhraseMatcher phrase on LEMMA (as nlp.lemma_doc): each token's lemma (None:
        matches anything)."""
        from analyzer.nlp import get_nlp

        nlp = get_nlp()
        lemma = cast("LowerLemma", nlp.get_pipe("laborclause_lemma"))
        tokens = nlp.tokenizer(phrase.lower())
        need = frozenset(
            self.feature("LEMMA", [lemma.strings[lemma.key(t.lower_)]]) for t in tokens
        )
        return need or None

    def pattern(self, pattern: list[dict]) -> Need | None:
        """A Matcher pattern: one plain value test of each token it cannot skip."""
        need = set()
        for token in pattern:
            op = str(token.get("OP", "1"))
            if op in ("?", "*", "!") or op.startswith(("{0", "{,")):
                continue
            for attr in _ATTRS:
                value = token.get(attr)
                values = [value] if isinstance(value, str) else None
                if isinstance(value, dict) and set(value) == {"IN"}:
                    values = [str(v) for v in value["IN"]]
                if values is not None:
                    need.add(self.feature(attr, values))
                    break
        return frozenset(need) or None

    def group(self, phrases: Iterable[str], patterns: Iterable[list[dict]]) -> list[Need] | None:
        """The alternatives one of which every match of the group needs; None: unfilterable."""
        out: list[Need] = []
        for need in [*map(self.phrase, phrases), *map(self.pattern, patterns)]:
            if need is None:
                return None
            out.append(need)
        return out


@dataclass
class Triggers:
    """What a unit must hold (as group bits) for its segment to be analysed."""

    by_value: dict[str, dict[str, list[int]]]  # attr -> token value -> feature ids
    anchored: dict[int, list[tuple[int, Need]]]  # feature -> (group bits, all it needs)
    always: int  # bits of unfilterable groups
    modal: int  # bit: a modal cue may occur
    ref: int  # bit of the virtual group of section references
    ref_words: re.Pattern[str]  # words of a section reference ("Section 9(b)")
    # per signal: doc kinds, the choices a sentence must hold itself, all choice groups (the
    # sentence holds one), each choice (from the sentence, its lead-in, items or headings)
    signals: tuple[tuple[frozenset[str], tuple[int, ...], int, tuple[int, ...]], ...]
    facts: int  # groups a document-level fact reads
    pieces: dict[str, frozenset[int]]  # whitespace piece -> features of its tokens

    def _learn(self, pieces: list[str]) -> None:
        """Tokenize new pieces in one call (joined by spaces, which no token crosses)."""
        from analyzer.nlp import get_nlp

        nlp = get_nlp()
        lemma = cast("LowerLemma", nlp.get_pipe("laborclause_lemma"))
        lowers, orths, lemmas = (self.by_value[a] for a in ("LOWER", "ORTH", "LEMMA"))
        ids: set[int] = set()
        k, end = 0, len(pieces[0])
        for token in nlp.tokenizer(" ".join(pieces)):
            while token.idx >= end:  # the token belongs to a later piece
                self.pieces[pieces[k]] = frozenset(ids)
                ids = set()
                k += 1
                end += 1 + len(pieces[k])
            lower = token.lower_
            ids.update(lowers.get(lower, ()))
            ids.update(orths.get(token.text, ()))
            ids.update(lemmas.get(lemma.strings[lemma.key(lower)], ()))
        for rest in pieces[k:]:
            self.pieces[rest] = frozenset(ids)
            ids = set()

    def groups(self, text: str, lowered: str) -> int:
        """Bits of the groups the text may hold (every group it does hold among them)."""
        pieces = set(text.split())
        known = self.pieces
        if len(known) >= _CACHE_LIMIT:
            known.clear()
        new = [piece for piece in pieces if piece not in known]
        if new:
            self._learn(new)
        feats: set[int] = set()
        for piece in pieces:
            found = known.get(piece)
            if found:
                feats |= found
        bits = self.always
        for fid in feats:
            for bit, need in self.anchored.get(fid, ()):
                if bits & bit != bit and need <= feats:
                    bits |= bit
        if self.ref_words.search(lowered):
            bits |= self.ref
        return bits


def _groups_of(playbook: Playbook) -> dict[str, TermGroup]:
    """Every term group by the name the compiled rules use (as matching.matcher_for)."""
    groups = dict(shared_terms().groups)
    for ob in playbook.obligations:
        for name, group in ob.rules.terms.items():
            groups[f"{ob.rules.id}:{name}"] = group
    return groups


_TRIGGERS: dict[tuple[str, str], Triggers] = {}


def triggers_for(playbook: Playbook) -> Triggers:
    key = (playbook.id, playbook.source)
    if key not in _TRIGGERS:
        _TRIGGERS[key] = _build(playbook)
    return _TRIGGERS[key]


def _build(playbook: Playbook) -> Triggers:
    from analyzer.compiled_rules import VIRTUAL_GROUPS
    from analyzer.engine import _XREF, LABOR_GROUPS
    from analyzer.matching import matcher_for

    # the words that start a section reference ("Section 9(b)"), from the engine's pattern
    ref_words = re.search(r"\(\?:([\w|]+)\)", _XREF.pattern)
    if ref_words is None or len(VIRTUAL_GROUPS) != 1:
        raise RuntimeError("prefilter: the engine's section references changed shape")
    (virtual,) = VIRTUAL_GROUPS
    _, compiled = matcher_for(playbook)
    features = _Features()
    bits: dict[str, int] = {}
    anchored: dict[int, list[tuple[int, Need]]] = {}
    always = 0

    def add(name: str, needs: list[Need] | None) -> None:
        nonlocal always
        bit = bits.setdefault(name, 1 << len(bits))
        if needs is None:
            always |= bit
            return
        for need in needs:
            anchored.setdefault(min(need), []).append((bit, need))

    groups = _groups_of(playbook)
    for name, group in groups.items():
        add(name, features.group(group.phrases, group.patterns))
    add(virtual, features.group(groups["self-ref"].phrases, groups["self-ref"].patterns))
    for cue in modifiers().cues:
        if cue.category in MODAL:
            add("modal", features.group(cue.phrases, cue.patterns))

    def mask(names: Iterable[str]) -> int:
        out = 0
        for name in names:
            out |= bits[name]
        return out

    signals = []
    facts = mask(LABOR_GROUPS)
    for ob in playbook.obligations:
        rules = compiled[ob.id]
        for signal, (choices, context, topic, requires) in zip(
            rules.rules.signals, rules.signals, strict=True
        ):
            free = set(context) | set(topic)
            signals.append(
                (
                    frozenset(signal.doc_kinds),
                    tuple(mask(alts) for alts in choices if not free & set(alts)),
                    mask(g for alts in choices for g in alts),
                    tuple(mask(alts) for alts in choices),
                )
            )
            facts |= mask(requires)
        for cap, (_any, unless) in zip(rules.rules.caps, rules.caps, strict=True):
            if cap.scope == "document":
                facts |= mask(unless)
    return Triggers(
        by_value=features.by_value,
        anchored=anchored,
        always=always,
        modal=bits["modal"],
        ref=bits[virtual],
        ref_words=re.compile(ref_words.group(1)),
        signals=tuple(signals),
        facts=facts,
        pieces={},
    )


# ---------------------------------------------------------------- library recognition


@dataclass(frozen=True)
class _Library:
    """The texts and 4-gram shingles of analyzer.recognize, keyed by word ids (no hashing):
    shingle keys sorted, with the texts holding each (keys[i] -> tids[offsets[i]:...])."""

    vocab: dict[str, int]
    keys: numpy.ndarray
    offsets: numpy.ndarray
    tids: numpy.ndarray
    totals: numpy.ndarray  # shingles per text


_BASE = 1 << 15  # word ids below this keep four in one int64


@lru_cache(maxsize=1)
def _library() -> _Library | None:
    from analyzer.recognize import MIN_SHINGLES, N
    from generator.clause_library import sample_texts

    vocab: dict[str, int] = {}
    pairs: list[tuple[int, int]] = []  # (shingle key, text id)
    totals: list[int] = []
    for _clause, obligations, _kind, text in sample_texts():
        ids = [vocab.setdefault(w, len(vocab)) for w in _WORD.findall(text.lower())]
        grams = {
            ((a * _BASE + b) * _BASE + c) * _BASE + d
            for a, b, c, d in (ids[i : i + N] for i in range(len(ids) - N + 1))
        }
        if not obligations or len(grams) < MIN_SHINGLES:
            continue
        pairs.extend((k, len(totals)) for k in grams)
        totals.append(len(grams))
    if len(vocab) >= _BASE:
        return None
    table = numpy.array(sorted(pairs), dtype="int64").reshape(-1, 2)
    keys, offsets = numpy.unique(table[:, 0], return_index=True)
    return _Library(
        vocab, keys, numpy.append(offsets, len(table)), table[:, 1], numpy.array(totals)
    )


def _library_units(lowered: str, unit_starts: list[int]) -> set[int] | None:
    """Units holding a shingle of a library text the document could be recognised as
    (None: any unit may)."""
    from analyzer.recognize import MIN_CONTAINMENT

    lib = _library()
    if lib is None:
        return None
    get = lib.vocab.get
    ends = [*unit_starts[1:], len(lowered)]
    words = [
        _WORD.findall(lowered, start, end) for start, end in zip(unit_starts, ends, strict=True)
    ]
    ids = numpy.array([get(w, -1) for unit_words in words for w in unit_words], dtype="int64")
    if len(ids) < 4:
        return set()
    unit = numpy.repeat(numpy.arange(len(words)), [len(w) for w in words])
    a, b, c, d = ids[:-3], ids[1:-2], ids[2:-1], ids[3:]
    ok = (a >= 0) & (b >= 0) & (c >= 0) & (d >= 0) & (unit[:-3] == unit[3:])
    shingle = ((a * _BASE + b) * _BASE + c) * _BASE + d
    where = numpy.nonzero(ok & numpy.isin(shingle, lib.keys))[0]
    row = numpy.searchsorted(lib.keys, shingle[where])  # each present shingle's key row
    shared = numpy.zeros(len(lib.totals), dtype="int64")  # distinct shingles per text
    for r in numpy.unique(row).tolist():
        shared[lib.tids[lib.offsets[r] : lib.offsets[r + 1]]] += 1
    reachable = shared / lib.totals >= MIN_CONTAINMENT
    return {
        u
        for u, r in zip(unit[where].tolist(), row.tolist(), strict=True)
        if reachable[lib.tids[lib.offsets[r] : lib.offsets[r + 1]]].any()
    }


# ---------------------------------------------------------------- segments


def pieces(
    text: str, blocks: list[Block], kind: str, playbook: Playbook, chunk_chars: int
) -> list[tuple[int, int, list[int]]] | None:
    """(start, end, block starts) of the text to analyse, or None: analyse everything."""
    starts = [b.start for b in blocks]
    if not blocks or any(b > a for a, b in zip(starts[1:], starts, strict=False)):
        return None
    # every block must start a token and a sentence: a word after whitespace
    if any(
        not (0 < s < len(text)) or text[s].isspace() or not text[s - 1].isspace()
        for s in starts[1:]
    ):
        return None
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    trig = triggers_for(playbook)
    units = [0, *starts[1:]]
    ends = [*units[1:], len(text)]
    cuts = [
        i for i in range(1, len(units)) if _restarts(trig, text, lowered, units, ends, blocks, i)
    ]
    segments = list(zip([0, *cuts], [*cuts, len(units)], strict=True))
    signals = [s[1:] for s in trig.signals if not s[0] or kind in s[0]]
    title = 0  # groups of the first segment, where the document title is
    keep = [True] * len(segments)
    for n, (seg, stop) in enumerate(segments):
        if n == 0:
            if len(segments) > 1:
                title = trig.groups(text[: ends[stop - 1]], lowered[: ends[stop - 1]])
            continue
        # the groups of the whole segment: more than any one unit or sentence holds
        around = trig.groups(
            text[units[seg] : ends[stop - 1]], lowered[units[seg] : ends[stop - 1]]
        )
        keep[n] = _may_hold(around, around, title, trig.facts, signals)
    # skipping must pay for the library check over the whole text: else analyse it all
    skippable = sum(
        ends[stop - 1] - units[seg]
        for (seg, stop), kept in zip(segments, keep, strict=True)
        if not kept
    )
    if skippable < MIN_SKIPPED * len(text):
        return None
    if not all(keep):
        found = _library_units(lowered, units)
        library = list(range(len(units))) if found is None else sorted(found)
        for n, (seg, stop) in enumerate(segments):
            i = bisect_left(library, seg)
            keep[n] = keep[n] or (i < len(library) and library[i] < stop)
    runs: list[list[int]] = []  # kept segments, neighbours joined: one Doc per run
    for (seg, stop), kept in zip(segments, keep, strict=True):
        if kept and runs and runs[-1][1] == seg:
            runs[-1][1] = stop
        elif kept:
            runs.append([seg, stop])
    out: list[tuple[int, int, list[int]]] = []
    for seg, stop in runs:
        out.extend(_chunked(units, ends, starts, seg, stop, chunk_chars))
    return out


def _restarts(
    trig: Triggers,
    text: str,
    lowered: str,
    units: list[int],
    ends: list[int],
    blocks: list[Block],
    i: int,
) -> bool:
    """Whether the engine's sentence state restarts at unit i: a heading block, cut from the
    previous unit by whitespace, with no modal cue, no list marker and no "N.N" number, after
    a unit that does not end like a lead-in."""
    b = blocks[i]
    if b.kind != "heading" or not (0 < b.start < len(text)):
        return False
    if text[b.start].isspace() or not text[b.start - 1].isspace():
        return False
    body = text[units[i] : ends[i]]
    if _MARKER.match(body) or _SUBSECTION.match(body):
        return False
    last = units[i] - 1  # the last character of the previous sentence
    while last >= 0 and text[last].isspace():
        last -= 1
    if text[max(0, last - 1) : last + 1].endswith(_LEAD_END):
        return False
    return not trig.groups(body, lowered[units[i] : ends[i]]) & trig.modal


def _may_hold(
    bits: int,
    around: int,
    title: int,
    facts: int,
    signals: list[tuple[tuple[int, ...], int, tuple[int, ...]]],
) -> bool:
    """Whether text holding the groups `bits`, in a segment holding `around`, may give a
    document fact or a signal's sentence: what that sentence must hold itself and one
    choice group, and every choice somewhere in the segment or the title."""
    if bits & facts:
        return True
    context = around | title
    return any(
        bits & anyone and all(bits & m for m in own) and all(context & m for m in choices)
        for own, anyone, choices in signals
    )


def _chunked(
    units: list[int],
    ends: list[int],
    block_starts: list[int],
    first: int,
    stop: int,
    chunk_chars: int,
) -> list[tuple[int, int, list[int]]]:
    """Units [first, stop) as pieces of at most about `chunk_chars`, cut at unit starts
    (as engine._chunks cuts the whole text), with the block starts in each."""
    out: list[tuple[int, int, list[int]]] = []
    start, breaks = units[first], list[int]()
    for i in range(first, stop):
        if units[i] - start > chunk_chars and breaks:
            out.append((start, units[i], breaks))
            start, breaks = units[i], []
        breaks.append(block_starts[i])
    out.append((start, ends[stop - 1], breaks))
    return out
