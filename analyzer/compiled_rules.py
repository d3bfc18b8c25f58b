"""A playbook's rules with every group name resolved to the matcher label it will carry.

Free of spaCy, so loading and validating a playbook (which the batch parent does before it
starts workers) does not import the NLP stack.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.ruleset import RuleSet, shared_terms
from laborclause.errors import PlaybookError

# Groups the engine adds itself: a reference ("this Rider", "Section 9(b)") to a section
# that deals with forced labor or labor standards.
VIRTUAL_GROUPS = frozenset({"labor-section-ref"})


@dataclass(frozen=True)
class CompiledRules:
    """One obligation's rules with every group name resolved to a matcher label."""

    rules: RuleSet
    # per signal: the co-occurring choices, groups allowed from the frame, from the topic,
    # and doc_requires
    signals: tuple[
        tuple[tuple[tuple[str, ...], ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...
    ]
    near_misses: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # any, unless
    caps: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]


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


def compile_rules(rules: RuleSet) -> CompiledRules:
    shared = set(shared_terms().groups)
    return CompiledRules(
        rules=rules,
        signals=tuple(
            (
                tuple(
                    _resolve(
                        rules, (a,) if isinstance(a, str) else a, f"signals.{s.id}.all", shared
                    )
                    for a in s.all
                ),
                _resolve(rules, s.context, f"signals.{s.id}.context", shared),
                _resolve(rules, s.topic, f"signals.{s.id}.topic", shared),
                _resolve(rules, s.doc_requires, f"signals.{s.id}.doc_requires", shared),
            )
            for s in rules.signals
        ),
        near_misses=tuple(
            (
                _resolve(rules, n.any, f"near_misses.{n.id}.any", shared),
                _resolve(rules, n.unless, f"near_misses.{n.id}.unless", shared),
            )
            for n in rules.near_misses
        ),
        caps=tuple(
            (
                _resolve(rules, c.any, f"caps.{c.id}.any", shared),
                _resolve(rules, c.unless, f"caps.{c.id}.unless", shared),
            )
            for c in rules.caps
        ),
    )
