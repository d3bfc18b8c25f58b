"""Matching: one PhraseMatcher (lemmas) and one Matcher (token patterns) for every term group,
modifier cue and party word a playbook uses, compiled once per process and playbook.

A hit carries its label ("T|group", "C|category|cue", "P|side"), so the obligation a term
serves rides on the match, as with spaCy's SpanRuler ids.
"""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH, SENT_START
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from analyzer.compiled_rules import CompiledRules, compile_rules
from analyzer.nlp import get_nlp, lemma_doc
from analyzer.ruleset import GAP_OP, Cue, TermGroup, modifiers, parties, shared_terms
from laborclause.errors import PlaybookError

if TYPE_CHECKING:
    from analyzer.playbook import Playbook


class Hit(NamedTuple):  # a tuple: tens of thousands are built per document
    kind: str  # T (term group), C (modifier cue), P (party word)
    name: str  # group name, cue category or party side
    cue: str  # cue id ("" for terms and parties)
    start: int  # token offsets in the chunk Doc
    end: int


class RuleMatcher:
    def __init__(
        self,
        groups: dict[str, TermGroup],
        cues: tuple[Cue, ...],
        party_words: dict[str, tuple[str, ...]],
    ):
        nlp = get_nlp()
        self.phrases = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.labels: dict[int, tuple[str, str, str]] = {}
        # one small Matcher per token pattern, run only where its anchor (its first token with
        # a plain value, after `offset` single tokens) occurs and every later required token
        # occurs within reach: (matcher, offset, anchor, reach, later required tokens)
        # (and the bounds of a "{n,m}" gap the Matcher runs as "*", checked on each match)
        self.patterns: list[tuple[Matcher, int, Required, int, list[Required], Gap | None]] = []
        # patterns with no anchor: an optional or repeated token ("?", "*", "{,3}") before
        # any token with a plain value, so a match may start anywhere
        self.always = Matcher(nlp.vocab)
        nlp.tokenizer.prepare(
            p.lower()
            for phrases in (
                *(g.phrases for g in groups.values()),
                *(c.phrases for c in cues),
                *party_words.values(),
            )
            for p in phrases
        )
        for name, group in groups.items():
            self._add(("T", name, ""), group.phrases, group.patterns)
        for cue in cues:
            self._add(("C", cue.category, cue.id), cue.phrases, cue.patterns)
        for side, words in party_words.items():
            self._add(("P", side, ""), words, ())
        # every value a token pattern tests, per token column: found in one pass per Doc
        needed: dict[int, set[int]] = {0: set(), 1: set(), 3: set()}
        for _m, _o, anchor, _n, later, _g in self.patterns:
            for column, values in [anchor, *later]:
                needed[column].update(values.tolist())
        self.needed = {c: numpy.array(sorted(v), dtype="int64") for c, v in needed.items()}

    def _add(
        self,
        label: tuple[str, str, str],
        phrases: tuple[str, ...],
        patterns: tuple[list[dict], ...],
    ) -> None:
        key = "|".join(label)
        self.labels[get_nlp().vocab.strings.add(key)] = label
        if phrases:
            self.phrases.add(key, [lemma_doc(p.lower()) for p in phrases])
        for pattern in patterns:
            matcher = Matcher(get_nlp().vocab)
            run, bounds = _open_gaps(pattern)
            gap = (bounds, _Exact(pattern)) if bounds else None
            try:
                matcher.add(key, [run])
            except (ValueError, KeyError) as exc:
                detail = " ".join(str(exc).split())
                raise PlaybookError(
                    f"group {label[1]!r}, field patterns: {detail}", path="analyzer/rules"
                ) from exc
            offset, anchor = _anchor(pattern)
            if anchor is None:
                self.always.add(key, [list(pattern)])
                continue
            later = [r for r in map(_required, pattern[offset + 1 :]) if r is not None]
            self.patterns.append((matcher, offset, anchor, _max_length(pattern), later, gap))

    def _token_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Each token pattern runs on short spans starting `offset` tokens before its anchor
        (the Matcher's set predicates are slow: scanning every sentence with every pattern is)."""
        out: list[tuple[int, int, int]] = list(self.always(doc)) if len(self.always) else []
        if not self.patterns or not len(doc):
            return out
        rows = doc.to_array([LOWER, LEMMA, SENT_START, ORTH]).astype("int64")
        ends = numpy.array(numpy.nonzero(rows[:, 2] == 1)[0].tolist()[1:] + [len(doc)])
        where = _Positions(rows, self.needed)
        for matcher, offset, (column, values), length, later, gap in self.patterns:
            pos = where.holding(column, values)
            if offset:
                pos = pos[pos >= offset] - offset
            if not len(pos):
                continue
            stop = numpy.minimum(pos + length, ends[numpy.searchsorted(ends, pos, "right")])
            # a match from pos needs each later required token after its anchor, before stop
            after = pos + offset + 1
            keep = numpy.ones(len(pos), dtype=bool)
            for later_column, later_values in later:
                at = where.holding(later_column, later_values)
                keep &= numpy.searchsorted(at, stop) > numpy.searchsorted(at, after)
            for p, end in zip(pos[keep].tolist(), stop[keep].tolist(), strict=True):
                if gap is None:
                    found = matcher(doc[p:end])
                else:
                    # spaCy gives one alignment per match: one whose "*" runs are out of
                    # bounds may still match another way, which the pattern's own operators
                    # decide
                    bounds, exact = gap
                    found = [
                        (k, st, en)
                        for k, st, en, align in matcher(doc[p:end], with_alignments=True)
                        if st == 0
                        and (
                            all(low <= align.count(i) <= high for i, low, high in bounds)
                            or exact(doc[p : p + en])
                        )
                    ]
                out.extend((k, p + st, p + en) for k, st, en in found if st == 0)
        return out

    def __call__(self, doc: Doc) -> list[Hit]:
        # first occurrence of each match, in matcher order, then stably by (start, -end)
        found = dict.fromkeys([*self.phrases(doc), *self._token_matches(doc)])
        labels, make = self.labels, tuple.__new__  # Hit's own __new__ is a Python call
        hits: list[Hit] = [make(Hit, (*labels[key], start, end)) for key, start, end in found]
        # stably by (start, -end) in two C-level passes: longest first, then by start
        hits.sort(key=itemgetter(4), reverse=True)
        hits.sort(key=itemgetter(3))
        return hits


class _Positions:
    """Where, in one Doc, each value the token patterns test occurs: one pass per column
    over the tokens, then a dict (a pass per pattern and value costs more than matching)."""

    def __init__(self, rows: numpy.ndarray, needed: dict[int, numpy.ndarray]):
        self.at: dict[int, dict[int, numpy.ndarray]] = {}
        for column, values in needed.items():
            found = numpy.nonzero(numpy.isin(rows[:, column], values))[0]
            keys = rows[found, column]
            order = numpy.argsort(keys, kind="stable")  # positions stay ascending per value
            found, keys = found[order], keys[order]
            cuts = numpy.nonzero(numpy.diff(keys))[0] + 1
            self.at[column] = {
                int(part_keys[0]): part
                for part, part_keys in zip(
                    numpy.split(found, cuts), numpy.split(keys, cuts), strict=True
                )
                if len(part)
            }
        self.seen: dict[tuple[int, int], numpy.ndarray] = {}

    def holding(self, column: int, values: numpy.ndarray) -> numpy.ndarray:
        """Sorted positions whose `column` holds one of `values`."""
        key = (column, id(values))
        if key not in self.seen:
            at = self.at[column]
            parts = [at[v] for v in values.tolist() if v in at]
            self.seen[key] = (
                parts[0]
                if len(parts) == 1
                else numpy.sort(numpy.concatenate(parts))
                if parts
                else _NONE
            )
        return self.seen[key]


_NONE = numpy.zeros(0, dtype="int64")


Required = tuple[int, numpy.ndarray]  # a column of RuleMatcher's token rows, values it must hold


class _Exact:
    """Whether a whole span matches a pattern by its own operators, "{n,m}" bounds included.

    For the match whose alignment breaks a gap's bounds. spaCy's Matcher unrolls "{,10}" into
    ten optional tokens, and with three such runs following its states took 30 ms and 16 MB
    per span; here one-token Matchers, built on first use, say which tokens each pattern
    token accepts, and the operators are walked over the span's positions."""

    def __init__(self, pattern: list[dict]):
        self.pattern = pattern
        self.steps: list[_Step] | None = None

    def _build(self) -> list[_Step]:
        steps = []
        for token in self.pattern:
            op = str(token.get("OP", "1"))
            low, high = _op_bounds(op)
            spec = {k: v for k, v in token.items() if k != "OP"}
            matcher = None
            if spec:  # {} accepts any token
                matcher = Matcher(get_nlp().vocab)
                matcher.add("token", [[spec]])
            steps.append((low, high, matcher, op == "!"))
        return steps

    def __call__(self, span: Span) -> bool:
        if self.steps is None:
            self.steps = self._build()
        n = len(span)
        reach = {0}  # positions the pattern tokens so far can end at
        for low, high, matcher, negated in self.steps:
            accepts = set(range(n)) if matcher is None else {st for _k, st, _en in matcher(span)}
            if negated:  # "!": one token that does not match
                accepts = set(range(n)) - accepts
            after: set[int] = set()
            for at in reach:
                if low == 0:
                    after.add(at)
                taken = 0
                while taken < high and at < n and at in accepts:
                    at, taken = at + 1, taken + 1
                    if taken >= low:
                        after.add(at)
            reach = after
            if not reach:
                return False
        return n in reach


_Step = tuple[int, int, Matcher | None, bool]  # least, most, the tokens it accepts, negated


def _op_bounds(op: str) -> tuple[int, int]:
    """(least, most) tokens a pattern token takes under its operator."""
    fixed = {"1": (1, 1), "!": (1, 1), "?": (0, 1), "*": (0, 10_000), "+": (1, 10_000)}
    if op in fixed:
        return fixed[op]
    gap = GAP_OP.fullmatch(op)
    if gap is None:
        raise PlaybookError(
            f"operator {op!r} cannot be checked in a pattern with gaps", path="analyzer/rules"
        )
    low, comma, high = gap.groups()
    least = int(low or 0)
    return least, int(high) if high else (least if not comma else 10_000)


# the "{n,m}" tokens run as "*" (index, n, m), and the pattern with its own operators
Gap = tuple[tuple[tuple[int, int, int], ...], _Exact]
_COLUMNS = {"LOWER": 0, "LEMMA": 1, "ORTH": 3}


def _required(token: dict) -> Required | None:
    """(column, values) a token must hold to match this pattern token when the token is not
    optional; None when it is optional or has no plain LOWER/LEMMA/ORTH value."""
    op = str(token.get("OP", "1"))
    if op in ("?", "*", "!") or op.startswith(("{0", "{,")):
        return None
    for attr, column in _COLUMNS.items():
        value = token.get(attr)
        if isinstance(value, str):
            return column, _hashes([value])
        if isinstance(value, dict) and set(value) == {"IN"}:
            return column, _hashes(list(value["IN"]))
    return None


def _open_gaps(pattern: list[dict]) -> tuple[list[dict], tuple[tuple[int, int, int], ...]]:
    """The pattern to run, with each "{n,m}" token run as "*" (or "+"), and the (index, n, m)
    of each.

    spaCy's Matcher unrolls "{,16}" into sixteen optional tokens and follows every
    combination (with two such runs, a tenth of a second per span); "*" is one looping state.
    The match's alignment says how many tokens each run took, so the bounds are checked on
    it; a match whose alignment breaks them may still hold another way (`_Exact`)."""
    run, bounds = list(pattern), []
    for i, token in enumerate(pattern):
        op = str(token.get("OP", ""))
        if GAP_OP.fullmatch(op):
            least, most = _op_bounds(op)
            run[i] = {**token, "OP": "*" if least == 0 else "+"}
            bounds.append((i, least, most))
    return run, tuple(bounds)


def _anchor(pattern: list[dict]) -> tuple[int, Required | None]:
    """(offset, (column, values)) of the pattern's first token with a plain required value,
    when every token before it is one required token (a match starts `offset` tokens before
    it); (0, None) when a match may start anywhere."""
    for offset, token in enumerate(pattern):
        found = _required(token)
        if found is not None:
            return offset, found
        if str(token.get("OP", "1")) not in ("1", "!"):  # "!": one token, not that value
            break
    return 0, None


def _hashes(values: list[str] | None) -> numpy.ndarray:
    strings = get_nlp().vocab.strings
    return numpy.array([strings.add(v) for v in values or ()], dtype="uint64").astype("int64")


def _max_length(pattern: list[dict]) -> int:
    """Tokens a pattern can span at most (unbounded operators count as 30)."""
    total = 0
    for token in pattern:
        op = token.get("OP")
        if op in (None, "!", "?", "1"):
            total += 1
        elif op in ("*", "+"):
            total += 30
        else:
            total += int(str(op).strip("{}").split(",")[-1] or 30)
    return total


_CACHE: dict[tuple[str, str], tuple[RuleMatcher, dict[str, CompiledRules]]] = {}


def matcher_for(playbook: Playbook) -> tuple[RuleMatcher, dict[str, CompiledRules]]:
    """The matcher and compiled rules of a playbook, built once per process."""
    key = (playbook.id, playbook.source)
    if key not in _CACHE:
        groups = dict(shared_terms().groups)
        compiled = {}
        for ob in playbook.obligations:
            compiled[ob.id] = compile_rules(ob.rules)
            for name, group in ob.rules.terms.items():
                groups[f"{ob.rules.id}:{name}"] = group
        words: dict[str, tuple[str, ...]] = {}
        for role in parties().roles:
            words[role.side] = words.get(role.side, ()) + role.words
        _CACHE[key] = (RuleMatcher(groups, modifiers().cues, words), compiled)
    return _CACHE[key]
