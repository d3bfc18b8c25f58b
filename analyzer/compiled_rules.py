"""A playbook's rules with every group name resolved to the matcher label it will carry.

Free of spaCy, so loading and validating a playbook (which the batch parent does before it
starts workers) does not import the NLP stack.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.ruleset import Cap, NearMiss, RuleSet, Signal, shared_terms
from laborclause.errors import PlaybookError

# Groups the engine adds itself: a reference ("this Rider", "Section 9(b)") to a section
# that deals with forced labor or labor standards.
VIRTUAL_GROUPS = frozenset({"labor-section-ref"})


@dataclass(frozen=True)
class CompiledSignal:
    """A signal with its group names resolved, and the sets the verdict tests them as."""

    choices: tuple[tuple[str, ...], ...]  # groups that must co-occur, one of each choice
    requires: tuple[str, ...]  # doc_requires
    # per choice: its groups, those it may take from the frame, those from the topic
    sets: tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]
    groups: frozenset[str]  # every group of every choice (the sentence must hold one)


Sets = tuple[tuple[frozenset[str], frozenset[str]], ...]  # (any, unless) per near miss or cap


@dataclass(frozen=True)
class CompiledRules:
    """One obligation's rules with every group name resolved to a matcher label."""

    rules: RuleSet
    signals: tuple[CompiledSignal, ...]
    near_misses: Sets
    caps: Sets


def _resolve(
    rules: RuleSet, names: tuple[str, ...], field: str, shared: set[str]
) -> tuple[str, ...]:
    out = []
    for name in names:
        if name in VIRTUAL_GROUPS:
            out.append(name)
        elif name in rules.terms:
            out.append(f"{rules.id}:{name}")
        elif name in shared:
            out.append(name)
        else:
            raise PlaybookError(
                f"obligation {rules.id!r}, field {field}: unknown term group {name!r}",
                path=f"analyzer/rules/{rules.id}.yaml",
            )
    return tuple(out)


def _signal(rules: RuleSet, signal: Signal, shared: set[str]) -> CompiledSignal:
    field = f"signals.{signal.id}"
    choices = tuple(
        _resolve(rules, (a,) if isinstance(a, str) else a, f"{field}.all", shared)
        for a in signal.all
    )
    context = frozenset(_resolve(rules, signal.context, f"{field}.context", shared))
    topic = frozenset(_resolve(rules, signal.topic, f"{field}.topic", shared))
    return CompiledSignal(
        choices=choices,
        requires=_resolve(rules, signal.doc_requires, f"{field}.doc_requires", shared),
        sets=tuple(
            (frozenset(alts), frozenset(alts) & context, frozenset(alts) & topic)
            for alts in choices
        ),
        groups=frozenset().union(*choices),
    )


def _sets(
    rules: RuleSet, items: tuple[NearMiss, ...] | tuple[Cap, ...], field: str, shared: set[str]
) -> Sets:
    return tuple(
        (
            frozenset(_resolve(rules, item.any, f"{field}.{item.id}.any", shared)),
            frozenset(_resolve(rules, item.unless, f"{field}.{item.id}.unless", shared)),
        )
        for item in items
    )


def compile_rules(rules: RuleSet) -> CompiledRules:
    shared = set(shared_terms().groups)
    return CompiledRules(
        rules=rules,
        signals=tuple(_signal(rules, s, shared) for s in rules.signals),
        near_misses=_sets(rules, rules.near_misses, "near_misses", shared),
        caps=_sets(rules, rules.caps, "caps", shared),
    )
