"""The rule matcher finds every match a plain spaCy Matcher finds inside one sentence, whatever
its first token (it only runs each pattern where the pattern could start)."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from analyzer.matching import RuleMatcher, _Exact
from analyzer.nlp import get_nlp, make_doc
from analyzer.ruleset import TermGroup

TEXT = (
    "Supplier shall not use forced labour. Supplier shall never use prison labour, and no "
    "labour that is forced. Labour of any kind shall be voluntary."
)
PATTERNS = {
    "plain": [{"LOWER": "forced"}, {"LOWER": "labour"}],
    "optional-first": [{"LOWER": "never", "OP": "?"}, {"LOWER": "use"}, {"LOWER": "prison"}],
    "star-first": [{"LOWER": "shall", "OP": "*"}, {"LEMMA": "use"}],
    "negated-first": [{"LOWER": "prison", "OP": "!"}, {"LOWER": "labour"}],
    "gap": [{"LOWER": "labour"}, {"OP": "{,4}"}, {"LOWER": "forced"}],
    "long-gap": [{"LEMMA": "use"}, {"OP": "{,16}"}, {"LOWER": "labour"}],
    "bounded-gap": [{"LOWER": "shall"}, {"OP": "{2,3}", "IS_ALPHA": True}, {"LOWER": "labour"}],
    "exact-gap": [{"LOWER": "shall"}, {"OP": "{1}"}, {"LOWER": "use"}],
    "two-gaps": [
        {"LOWER": "supplier"},
        {"OP": "{,3}"},
        {"LEMMA": "use"},
        {"OP": "{,2}"},
        {"LOWER": "labour"},
    ],
    # two runs that must share the tokens between them: one alignment may give both to one
    "two-bounded-gaps": [
        {"LOWER": "supplier"},
        {"OP": "{,1}"},
        {"OP": "{,1}"},
        {"LEMMA": "use"},
    ],
    # the "*" run of a gap may take a token an optional token after it could take
    "gap-then-optional": [
        {"LOWER": "shall"},
        {"OP": "{,1}"},
        {"LOWER": "use", "OP": "?"},
        {"LOWER": "prison"},
    ],
    "orth-first": [{"ORTH": {"IN": ["Labour", "LABOUR"]}}, {"LOWER": "of"}],
    "set-first": [{"LOWER": {"NOT_IN": ["any"]}}, {"LOWER": "labour"}, {"LOWER": "that"}],
    "anchor-after-two": [{"IS_ALPHA": True}, {"IS_ALPHA": True}, {"LOWER": "labour"}],
}


@pytest.mark.parametrize("name", PATTERNS)
def test_same_matches_as_spacy(name: str) -> None:
    pattern = PATTERNS[name]
    doc = make_doc(TEXT)
    reference = Matcher(get_nlp().vocab)
    reference.add(name, [pattern])
    sentence = {t.i: t.sent.start for t in doc}
    expected = sorted(
        {(start, end) for _, start, end in reference(doc) if sentence[start] == sentence[end - 1]}
    )
    matcher = RuleMatcher({name: TermGroup(patterns=(pattern,))}, (), {})
    found = sorted({(h.start, h.end) for h in matcher(doc) if h.name == name})
    assert expected  # the text holds what each pattern looks for
    assert found == expected


def test_bundled_rules_have_an_anchor_in_every_token_pattern() -> None:
    """A pattern whose first token is optional runs at every token of every document; the
    bundled rules avoid it (user playbooks may still use one: it is only slower)."""
    from analyzer.matching import matcher_for
    from analyzer.playbook import load_playbook

    matcher, _ = matcher_for(load_playbook())
    assert len(matcher.always) == 0


EXACT = {
    **{name: PATTERNS[name] for name in ("gap", "long-gap", "bounded-gap", "two-bounded-gaps")},
    "gap-then-negated": [{"LOWER": "shall"}, {"OP": "{,3}"}, {"LOWER": "prison", "OP": "!"}],
    "gap-plus-star": [
        {"IS_ALPHA": True, "OP": "+"},
        {"OP": "{1,2}", "LOWER": {"NOT_IN": [".", ","]}},
        {"LOWER": "labour", "OP": "*"},
    ],
    "three-gaps": [
        {"LOWER": "supplier"},
        {"OP": "{,2}"},
        {"LEMMA": "use", "OP": "?"},
        {"OP": "{1,3}", "LOWER": {"NOT_IN": ["."]}},
        {"LOWER": "labour"},
    ],
}


@pytest.mark.parametrize("name", EXACT)
def test_exact_check_agrees_with_spacy_on_every_span(name: str) -> None:
    """The check of a gap pattern's bounds says a span matches exactly when spaCy's Matcher,
    with the pattern's own operators, matches the whole span."""
    pattern = EXACT[name]
    doc = make_doc(TEXT)
    reference = Matcher(get_nlp().vocab)
    reference.add(name, [pattern])
    exact = _Exact(pattern)
    verdicts = []
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 12) + 1):
            span = doc[start:end]
            expected = any(s == 0 and e == len(span) for _, s, e in reference(span))
            verdicts.append(expected)
            assert exact(span) == expected, span.text
    assert any(verdicts) and not all(verdicts)
