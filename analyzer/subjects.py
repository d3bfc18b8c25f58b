"""Subjects: which party a sentence's duty, right or stated fact belongs to.

The side of the party nearest before the governing cue in its clause, the main clause's
subject for a verb after "and", and the party a fact without a modal opens with.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analyzer.context import Sentence
    from analyzer.matching import Hit

CONDITIONS = {"if", "when", "where", "whenever", "once"}
_NOT_SUBJECT = {"by", "of", "to", "from", "with", "against", "for", "on"}
_DETERMINERS = {"the", "a", "an", "its", "each", "any", "such", "said", "that", "their"}
_NUMBERING = re.compile(r"\(?[a-z]{1,4}\)|[ivx]+\.?", re.I)  # "(a)", "iv." before a subject


def subject(s: Sentence, cue: Hit | None) -> str | None:
    """The side of the party nearest before the governing cue, in the same clause (a party in
    a preceding "If Supplier breaches ...," clause is not the subject). None: unknown."""
    if cue is None:
        return None
    # (a comma inside brackets, "(S.C. 2023, c. 9)", ends no clause)
    stops = [
        t.end for t in s.cues_of("terminate") if t.end <= cue.start and not _bracketed(s, t.start)
    ]
    floor = max(stops, default=-1)
    # a name inside a longer one ("Contractor" in "Sub-Contractor") is not a party of its own
    outer = [
        p
        for p in s.parties
        if not any(o[1] <= p[1] and p[2] <= o[2] and o[2] - o[1] > p[2] - p[1] for o in s.parties)
    ]
    main = _main_subject(s, outer, cue, floor)
    if main is not None:
        return main
    before = [
        p
        for p in outer
        if floor <= p[1]
        and p[2] <= cue.start
        and cue.start - p[2] <= 15
        and (_possessor(s, p, cue) or not (_governed(s, p[1]) or possessive(s, p)))
        and not _modifier(s, p, cue)
    ]
    return before[-1][0] if before else None


def _modifier(s: Sentence, party: tuple[str, int, int], cue: Hit) -> bool:
    """ "Trailhead merchandise must not contain ...": a name right before a lower-case noun
    that the cue follows names whose thing it is; the noun is the subject (not "Supplier hereby
    warrants", "Supplier is under no obligation")."""
    after = party[2]
    if after + 1 != cue.start or after >= s.tok_end:
        return False
    word = s.doc[after]
    return (
        word.is_alpha
        and word.is_lower
        and not word.lower_.endswith("ly")
        and word.lower_ not in _NOT_NOUNS
    )


# adverbs, auxiliaries and joiners that may stand between a party and its duty
_NOT_NOUNS = {
    *("hereby", "also", "itself", "further", "alone", "then", "thus", "therefore", "still"),
    *("herein", "hereunder", "accordingly", "each", "both", "too", "again", "now", "always"),
    *("never", "and", "or", "nor", "not", "at", "in", "to", "under", "who", "which", "that"),
    *("will", "shall", "must", "may", "can", "could", "would", "should", "might", "is", "are"),
    *("was", "were", "be", "been", "being", "has", "have", "had", "does", "do", "did"),
}


def _bracketed(s: Sentence, i: int) -> bool:
    """Token i is inside brackets opened earlier in the sentence."""
    depth = 0
    for t in s.doc[s.tok_start : i]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _main_subject(
    s: Sentence, outer: list[tuple[str, int, int]], cue: Hit, floor: int
) -> str | None:
    """ "Supplier acknowledges that Buyer has a policy ... and agrees not to use ...": a verb
    after "and" shares the subject of the main clause, not the party of the that-clause."""
    i = cue.start - 1
    while i > s.tok_start and s.doc[i].lower_ in ("also", "further", "hereby", ","):
        i -= 1
    if i <= s.tok_start or s.doc[i].lower_ != "and":
        return None
    start = max(floor, s.tok_start)
    that = next((t.i for t in s.doc[start:i] if t.lower_ == "that"), None)
    if that is None:
        # "Client is the importer of record for goods from the Factories and is responsible
        # for ...": the second verb shares the clause's subject, not the nearest name
        first = next((p for p in outer if start <= p[1] < i), None)
        if first is None or _governed(s, first[1]) or possessive(s, first):
            return None
        return first[0] if _opens_clause(s, start, first[1]) else None
    mains = [
        p
        for p in outer
        if start <= p[1] and p[2] <= that and not (_governed(s, p[1]) or possessive(s, p))
    ]
    return mains[-1][0] if mains else None


def fact_subject(s: Sentence) -> str | None:
    """The side of the party a sentence without a modal opens with, past its number and
    article ("27.14 The Council operates a hotline"): a fact about that party."""
    i = s.tok_start
    while i < s.tok_end and (
        not s.doc[i].is_alpha or s.doc[i].lower_ == "the" or _NUMBERING.fullmatch(s.doc[i].text)
    ):
        i += 1
    # ("the Authority" is a role word with its article)
    party = next(
        (p for p in s.parties if p[1] == i or (p[1] == i - 1 and s.doc[p[1]].lower_ == "the")), None
    )
    if party is None:
        return None
    if possessive(s, party):
        # "The University's hotline is available to its staff and students": the buyer's own
        # arrangement, when no supplier is named in the sentence
        if party[0] == "buyer" and all(p[0] != "supplier" for p in s.parties):
            return "buyer"
        return None
    return party[0]


def writer_fact(s: Sentence) -> bool:
    """A fact about the writer of a code: it opens with "We" or "Our", or with a buyer-side
    party ("C&V publishes an annual report"), and does not speak of the supplier's own people
    ("Our hotline is open to partners' drivers" gives the supplier's workers a channel)."""
    if any(p[0] == "supplier" and possessive(s, p) for p in s.parties):
        return False
    # the subject, up to its fourth word ("Every member of our buying team completes ..."),
    # past an opening condition ("Where we consent, the partner makes sure ...")
    words = [t for t in s.doc[s.tok_start : s.tok_end] if not _NUMBERING.fullmatch(t.text)]
    while words and not words[0].is_alpha:  # a bullet or a clause number
        words = words[1:]
    if words and words[0].lower_ in CONDITIONS:
        comma = next((i for i, t in enumerate(words) if t.text == ","), len(words))
        words = words[comma + 1 :]
    opening = [t.lower_ for t in words if t.is_alpha][:4]
    if {"we", "our"} & set(opening):
        return True
    return fact_subject(s) == "buyer"


def _opens_clause(s: Sentence, start: int, at: int) -> bool:
    """Only an article, a number or a conjunction comes before the party in its clause."""
    return all(
        not t.is_alpha or t.lower_ in ("the", "where", "if", "when", "and") or t.like_num
        for t in s.doc[start:at]
    )


def possessive(s: Sentence, party: tuple[str, int, int]) -> bool:
    """ "Buyer's prior approval is required": a possessive party is not the subject."""
    return party[2] < s.tok_end and s.doc[party[2]].text in ("'s", "’s", "'", "’")


def _possessor(s: Sentence, party: tuple[str, int, int], cue: Hit) -> bool:
    """ "relies on Supplier's undertaking that ...": the party owns the duty named after it."""
    return cue.start == party[2] + 1 and possessive(s, party)


def _governed(s: Sentence, i: int) -> bool:
    """The party at token i is the object of a preposition ("failure by the Contractor")."""
    i -= 1
    while i >= s.tok_start and s.doc[i].lower_ in _DETERMINERS:
        i -= 1
    return i >= s.tok_start and s.doc[i].lower_ in _NOT_SUBJECT
