"""Verdict: readings of the matched sentences become one Finding per obligation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzer.compiled_rules import CompiledRules
from analyzer.context import Sentence, carve_out, read
from analyzer.findings import Evidence, Finding
from analyzer.playbook import PlaybookObligation
from analyzer.ruleset import NearMiss, RuleSet

_RANK = {"present": 2, "weak": 1}
MAX_EVIDENCE = 3
SUGGESTED_ORDER = 1_000  # after every rule signal


@dataclass(frozen=True)
class DocFacts:
    """What the verdict needs to know about the whole document."""

    kind: str  # contract | code | policy
    groups: dict[str, list[int]]  # every term group matched anywhere -> its sentences, in order
    window: int  # negation reach in tokens
    quality: float | None


@dataclass(frozen=True)
class Candidate:
    status: str
    reason: str
    order: int  # signal order: earlier signals are more specific
    sentence: Sentence


def _target(s: Sentence, choices: tuple[tuple[str, ...], ...]) -> int | None:
    found = [s.groups[g] for alts in choices for g in alts if g in s.groups]
    return min(found) if found else None


def _cap_applies(
    any_: frozenset[str], unless: frozenset[str], sentences: list[Sentence], hits: list[Sentence]
) -> bool:
    """`any` occurs with the obligation, and `unless` occurs in no sentence without `any`."""
    if all(any_.isdisjoint(s.frame) for s in hits):
        return False
    return all(unless.isdisjoint(s.frame) or not any_.isdisjoint(s.frame) for s in sentences)


_SECTION_REF = re.compile(
    r"\b(?:section|clause|article|paragraph|sub-clause)\s+(\d+(?:\.\d+)*)", re.I
)


def _overrides(carve: Sentence, s: Sentence, evidence_of: dict[int, Evidence]) -> bool:
    """A carve-out reaches the terms before it, and only the section it names if it names one
    ("Notwithstanding Section 8.1, ...")."""
    if s.index >= carve.index:
        return False
    named = _SECTION_REF.search(carve.text)
    if named is None:
        return True
    section = evidence_of[s.index].section or ""
    ref = named.group(1)
    return section == ref or section.startswith(ref + ".")


@dataclass
class Weighed:
    """What the rules and the clause library made of a document for one obligation."""

    candidates: list[Candidate]
    excluded: list[str]  # why sentences were turned down
    carve_outs: list[Sentence]
    rejected: set[int]  # sentences the rules read and turned down


def weigh(
    compiled: CompiledRules,
    sentences: list[Sentence],
    facts: DocFacts,
    recognized: dict[int, list[str]],
    obligation: str,
) -> Weighed:
    """The candidate sentences of the obligation's signals and of recognised library clauses."""
    rules = compiled.rules
    candidates: list[Candidate] = []
    excluded: list[str] = []
    carve_outs: list[Sentence] = []
    rejected: set[int] = set()
    signals = []
    for order, (signal, sig) in enumerate(zip(rules.signals, compiled.signals, strict=True)):
        if not signal.doc_kinds or facts.kind in signal.doc_kinds:
            signals.append((order, signal, sig))
    used = frozenset().union(*(sig.groups for _, _, sig in signals))
    misses = _near_misses(compiled)
    sentence_caps = [
        (cap, any_, unless)
        for cap, (any_, unless) in zip(rules.caps, compiled.caps, strict=True)
        if cap.scope == "sentence"
    ]
    # a signal needs one of its groups in the sentence itself (its target), so a sentence
    # without any (even if its lead-in or items have some) gives nothing
    holding = sorted({i for g in used for i in facts.groups.get(g, ())})
    for s in (sentences[i] for i in holding):
        if s.is_heading or s.is_definition:
            continue
        frame_groups, own, topic = s.frame, s.groups.keys(), s.topic
        for order, signal, sig in signals:
            # the target must be in the sentence itself: one of the signal's groups
            if sig.groups.isdisjoint(own) or not all(
                not (alts.isdisjoint(own) and in_frame.isdisjoint(frame_groups))
                or not in_topic.isdisjoint(topic)
                for alts, in_frame, in_topic in sig.sets
            ):
                continue
            target = _target(s, sig.choices)
            if target is None or not all(g in facts.groups for g in sig.requires):
                continue
            miss = _near_miss(misses, frame_groups)
            if miss is not None:
                excluded.append(f"near miss: {miss.reason}")
                rejected.add(s.index)
                continue
            if rules.exception_sensitive and carve_out(s):
                carve_outs.append(s)
                rejected.add(s.index)
                break
            anchor = next((s.groups[g] for g in sig.choices[0] if g in s.groups), None)
            reading = read(s, target, rules, facts.kind, facts.window, anchor)
            if reading.status is None:
                excluded.append(reading.reason)
                rejected.add(s.index)
                continue
            status = reading.status
            reason = f"{signal.reason}; {reading.reason}"
            if signal.status == "weak" and status == "present":
                status, reason = "weak", f"{signal.reason} (only in part); {reading.reason}"
            for cap, any_, unless in sentence_caps:
                if (
                    status == "present"
                    and not any_.isdisjoint(frame_groups)
                    and unless.isdisjoint(frame_groups)
                ):
                    status, reason = "weak", f"{cap.id}: {cap.reason}"
            candidates.append(Candidate(status, reason, order, s))
            break
    for s in sentences:
        if obligation in recognized.get(s.index, ()):
            reading = read(s, s.tok_start, rules, facts.kind, facts.window, s.tok_start)
            if reading.status is not None:
                hedged = reading.reason.startswith("hedged")
                candidates.append(
                    Candidate(
                        "weak" if hedged else "present",
                        f"matches a clause of the library; {reading.reason}",
                        -1,
                        s,
                    )
                )
    return Weighed(candidates, excluded, carve_outs, rejected)


def judge(
    ob: PlaybookObligation,
    compiled: CompiledRules,
    weighed: Weighed,
    sentences: list[Sentence],
    facts: DocFacts,
    evidence_of: dict[int, Evidence],
    suggested: list[tuple[float, Sentence]],
) -> Finding:
    """One Finding from the weighed candidates; the topic model's `suggested` sentences count
    only where the rules and the library found none."""
    rules = compiled.rules
    candidates, carve_outs = weighed.candidates, weighed.carve_outs
    excluded = list(weighed.excluded)
    if not candidates:
        candidates = _suggestions(
            suggested, rules, _near_misses(compiled), weighed.rejected, facts, excluded
        )
    if not candidates:
        return _missing(ob, excluded, facts)
    best = max(_RANK[c.status] for c in candidates)
    # a library clause lends its obligations to all its sentences: the ones the obligation's
    # own rules also find come first (the clause's notice sentence, not its sourcing ban)
    by_rules = {c.sentence.index for c in candidates if c.order >= 0}
    top = sorted(
        (c for c in candidates if _RANK[c.status] == best),
        key=lambda c: (c.order, c.sentence.index not in by_rules, c.sentence.index),
    )
    if best == _RANK["present"] and carve_outs:
        # a term a carve-out overrides is weak; one it does not reach (a later amendment, another
        # section) keeps the obligation present
        kept = [
            c for c in top if not any(_overrides(o, c.sentence, evidence_of) for o in carve_outs)
        ]
        if kept:
            top = kept
        else:
            top = [
                Candidate(
                    "weak",
                    f"overridden by the carve-out '{carve_outs[0].text[:80]}'",
                    top[0].order,
                    top[0].sentence,
                ),
                *top[1:],
            ]
    status, reason = top[0].status, top[0].reason
    if status == "present":
        for cap, (any_, unless) in zip(rules.caps, compiled.caps, strict=True):
            if cap.scope == "document" and _cap_applies(
                any_, unless, sentences, [c.sentence for c in candidates]
            ):
                status, reason = "weak", f"{cap.id}: {cap.reason}"
    seen: set[int] = set()
    evidence = []
    for c in top:
        if c.sentence.index not in seen:
            seen.add(c.sentence.index)
            evidence.append(evidence_of[c.sentence.index])
        if len(evidence) == MAX_EVIDENCE:
            break
    if top[0].order < 0:
        confidence = 0.97
    elif top[0].order == SUGGESTED_ORDER:
        confidence = 0.6 if status == "present" else 0.5
    else:
        confidence = 0.9 if status == "present" else 0.7
    confidence = min(0.98, confidence + 0.02 * (len(evidence) - 1))
    return Finding(
        obligation=ob.id,
        level=ob.level,
        status="present" if status == "present" else "weak",
        confidence=confidence,
        evidence=evidence,
        clause=ob.clause,
        theme=ob.theme,
        reason=reason,
    )


NearMisses = list[tuple[NearMiss, tuple[frozenset[str], frozenset[str]]]]


def _near_misses(compiled: CompiledRules) -> NearMisses:
    """Each near miss of the obligation with its compiled (any, unless) groups."""
    return list(zip(compiled.rules.near_misses, compiled.near_misses, strict=True))


def _near_miss(misses: NearMisses, groups: frozenset[str]) -> NearMiss | None:
    """The first near miss whose terms occur in `groups` without its `unless` terms."""
    return next(
        (
            nm
            for nm, (any_, unless) in misses
            if not any_.isdisjoint(groups) and unless.isdisjoint(groups)
        ),
        None,
    )


def _suggestions(
    suggested: list[tuple[float, Sentence]],
    rules: RuleSet,
    misses: NearMisses,
    rejected: set[int],
    facts: DocFacts,
    excluded: list[str],
) -> list[Candidate]:
    """The topic model's sentences, read like a rule's: modality, negation, exceptions and
    party decide their status. The rules keep the last word where they spoke: a sentence they
    read and turned down, or one with a near miss's terms, stays out."""
    out: list[Candidate] = []
    for probability, s in suggested:
        if s.is_definition or s.index in rejected or _near_miss(misses, s.frame) is not None:
            continue
        reading = read(s, s.tok_start, rules, facts.kind, facts.window, s.tok_start)
        if reading.status is None:
            excluded.append(reading.reason)
            continue
        reason = (
            f"the topic model reads the sentence as this obligation (p={probability:.2f}), "
            f"though no rule matched its wording; {reading.reason}"
        )
        out.append(Candidate(reading.status, reason, SUGGESTED_ORDER, s))
    return out


def _missing(ob: PlaybookObligation, excluded: list[str], facts: DocFacts) -> Finding:
    if excluded:
        reason = f"not addressed: {excluded[0]}"
        confidence = 0.8
    else:
        reason = "no term in the document addresses it"
        confidence = 0.9
    if facts.quality is not None:
        confidence *= 0.4 + 0.6 * facts.quality
    return Finding(
        obligation=ob.id,
        level=ob.level,
        status="missing",
        confidence=confidence,
        evidence=[],
        clause=ob.clause,
        theme=ob.theme,
        reason=reason,
    )
