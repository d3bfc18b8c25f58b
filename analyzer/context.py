"""Context: the frame of each sentence and the modifiers that govern a matched term.

Like medspacy's ConText, cues have a category and a scope: binding and commitment cues
bind the sentence; hedges reach forward (or both ways for "where possible"); negations reach
forward `window` tokens until a terminator; pseudo-cues ("not limited to") cancel what they
overlap. List items inherit the cues and the subject of their lead-in ("Supplier shall
not use: (a) prison labor; (b) ..."). The subject of the governing cue decides the party.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from analyzer.frames import MODAL, link_frames
from analyzer.matching import Hit
from analyzer.ruleset import RuleSet
from analyzer.subjects import CONDITIONS, fact_subject, possessive, subject, writer_fact

__all__ = [
    "MODAL",
    "Reading",
    "Sentence",
    "carve_out",
    "keep_longest",
    "link_frames",
    "read",
]

_REQUIRE = {
    "require",
    "request",
    "cause",
    "ensure",
    "oblige",
    "compel",
    "instruct",
    "direct",
    "demand",
    "expect",
    "expectation",
    "condition",  # "Buyer buys on condition that Supplier does not use ..."
    "conditional",
    "ask",
    "procure",
    "encourage",
    "urge",
    "invite",
    "need",
}
_DUTY_WORDS = {"require", "oblige", "obligate", "obligation", "duty", "responsible", "need"}
_AUXILIARIES = {
    *("shall", "must", "will", "should", "may", "is", "are", "agree", "agrees", "undertake"),
    *("undertakes", "warrant", "warrants", "represents", "certifies"),
}
_GRANT = {"permit", "allow", "grant", "enable", "let", "authorize"}
# ("except for such period as a port or immigration authority requires")
_LAW = {"law", "legally", "statute", "regulation", "legislation", "authority", "court"}
_CONSENT = {"consent", "voluntary", "voluntarily", "agree"}  # "unless the worker agrees to it"
_COORDINATORS = {"and", "or", "nor"}
_FREELY = {"without", "freely", "discretion"}  # "may subcontract without consent"


@dataclass
class Sentence:
    index: int
    doc: Doc
    tok_start: int
    tok_end: int
    start: int  # character offsets into Document.text
    end: int
    block: int  # index into Document.blocks
    text: str
    groups: dict[str, int] = field(default_factory=dict)  # group -> first token
    cues: list[Hit] = field(default_factory=list)
    parties: list[tuple[str, int, int]] = field(default_factory=list)  # side, start, end
    is_heading: bool = False
    is_item: bool = False
    lead: Sentence | None = None
    heading: Sentence | None = None
    frame: frozenset[str] = frozenset()  # groups of the sentence, its lead-in or its items
    topic: frozenset[str] = frozenset()  # groups of its heading and the document title
    in_standards: bool = False  # inside a contract's schedule of labor standards

    def cues_of(self, *categories: str) -> list[Hit]:
        return [c for c in self.cues if c.name in categories]

    @property
    def is_definition(self) -> bool:
        """'"Forced Labour" means ...' defines a term; "Supplier shall not use forced labour as
        defined in the Act" is a term of its own with a definition in passing."""
        defs = [c for c in self.cues if c.name == "definition"]
        if any(c.cue == "out-of-scope" for c in defs) or any(
            other is not None and any(c.cue == "out-of-scope" for c in other.cues)
            for other in (self.heading, self.lead)  # ("... are not forced labour obligations:")
        ):
            return True  # what the document leaves to another one
        if not defs:
            return False
        if any(self.doc[c.start].text in ('"', "”") for c in defs):
            return True
        return not self.cues_of(*MODAL)


def keep_longest(cues: list[Hit]) -> list[Hit]:
    """Overlapping cues: the longest wins (so "may not" beats "may" and "not")."""
    out: list[Hit] = []
    for cue in sorted(cues, key=lambda c: (-(c.end - c.start), c.start)):
        if all(cue.end <= o.start or cue.start >= o.end for o in out):
            out.append(cue)
    return sorted(out, key=lambda c: c.start)


@dataclass(frozen=True)
class Reading:
    """How one sentence reads for one obligation: a status or an exclusion, and why."""

    status: str | None  # present | weak | None (excluded)
    reason: str


def _cue_text(s: Sentence, cue: Hit) -> str:
    return s.doc[cue.start : cue.end].text


def _between_lemmas(s: Sentence, start: int, end: int) -> set[str]:
    return {t.lemma_ for t in s.doc[start:end]}


def _negation(s: Sentence, anchor: int, window: int) -> Hit | None:
    """A negation governing the duty at `anchor`: within `window` tokens and no terminator
    between, or a wide negation ("is not required to", "does not") anywhere before it."""
    terminators = s.cues_of("terminate")
    for neg in s.cues_of("negation") + [c for c in s.cues_of("commitment") if c.cue == "not"]:
        if neg.start >= anchor:
            continue
        if neg.cue == "negation-wide" or _denies_requirement(s, neg):
            if not any(
                neg.end <= t.start and t.end <= anchor and s.doc[t.start].text == ";"
                for t in terminators
            ):
                return neg
        elif anchor - neg.end <= window and not any(
            neg.end <= t.start and t.end <= anchor for t in terminators
        ):
            return neg
    return None


_BREACH = {"breach", "violate", "violation", "contravene", "contravention", "infringe", "contrary"}


def _breach_at(s: Sentence, anchor: int) -> bool:
    """ "not engage any person in breach of Divisions 270 or 271": a duty matched at a breach
    word is kept, not undone, by the negation before it."""
    return any(t.lemma_.lower() in _BREACH for t in s.doc[anchor : min(anchor + 2, s.tok_end)])


def _denies_requirement(s: Sentence, neg: Hit) -> bool:
    """ "The Agency does not require the Provider to submit a certification": a denied
    requirement reaches the whole clause, like "is not required to"."""
    return (
        neg.cue == "not"
        and s.doc[neg.start].lower_ in ("do", "does", "did")
        and neg.end < s.tok_end
        and s.doc[neg.end].lemma_ in _DUTY_WORDS
    )


def _denied_duty(s: Sentence, focus: int) -> Hit | None:
    """A ban whose duty is denied ("Nothing in this Agreement requires Supplier to ensure that
    no forced labour ...", "is not obliged to"), unlike "Nothing permits Supplier to use ...",
    which is a ban itself."""
    for neg in s.cues_of("negation"):
        if neg.cue != "negation-wide" or neg.start >= focus:
            continue
        if any(c.end <= neg.start for c in s.cues_of("binding")):
            continue  # "Supplier shall ensure that workers are not required to pay fees"
        if any(
            neg.end <= t.start < focus and s.doc[t.start].text == ";"
            for t in s.cues_of("terminate")
        ):
            continue
        # "Workers are not required to pay fees" is the ban: the denial must speak to a party
        party = s.doc[neg.start].lower_ == "nothing" or subject(s, neg) in ("supplier", "neutral")
        if party and _between_lemmas(s, neg.start, focus) & _DUTY_WORDS:
            return neg
    return None


def _addressed(s: Sentence, cue: Hit) -> bool:
    """A wish addressed to the other party ("Buyer expects that ...", "Buyer encourages:"),
    unlike the buyer's own act ("Buyer expects to pay within 30 days")."""
    after = s.doc[cue.end].lower_ if cue.end < s.tok_end else ""
    return s.doc[cue.start].lemma_ in _REQUIRE and after != "to"


def _qualifies(s: Sentence, know: Hit, focus: int) -> bool:
    """A knowledge qualifier governs the term after it unless a binding cue of its own comes
    between them ("to its knowledge there is no child labour, and Seller shall not use forced
    labour"); one after the term ("represents that ..., to the best of its knowledge") does.
    One set off after a coordinator ("neither Seller nor, to Seller's knowledge, its
    sub-suppliers use ...") qualifies only the second party, not the first party's own promise."""
    if _coordinated_aside(s, know) or _second_conjunct(s, know):
        return False
    if know.start > focus:
        return True
    return not any(know.end <= c.start < focus for c in s.cues_of("binding"))


def _second_conjunct(s: Sentence, know: Hit) -> bool:
    """ "Suppliers must not use, and must not knowingly buy rubber produced with, forced labour":
    the qualifier belongs to the second duty (", and must not knowingly"), not the first."""
    duties = [c for c in s.cues_of("binding") if c.end <= know.start]
    if len(duties) < 2:
        return False
    first, last = duties[0], duties[-1]
    return any(
        s.doc[i].lower_ in _COORDINATORS and s.doc[i - 1].text == ","
        for i in range(first.end + 1, last.start)
    )


def _coordinated_aside(s: Sentence, know: Hit) -> bool:
    """ "nor, to its knowledge, ...": the qualifier is a comma-bounded aside right after 'and',
    'or' or 'nor'."""
    if know.start - 2 < s.tok_start or know.end >= s.tok_end:
        return False
    doc = s.doc
    return (
        doc[know.start - 1].text == ","
        and doc[know.start - 2].lower_ in _COORDINATORS
        and doc[know.end].text == ","
    )


def _governs_after(s: Sentence, focus: int, hedge: Hit, window: int) -> bool:
    """A hedge right after the term is its clause's modal ("Overtime should be voluntary"):
    no terminator between them and no binding or commitment cue earlier in the clause."""
    if hedge.start <= focus or hedge.start - focus > window:
        return False
    stops = s.cues_of("terminate")
    if any(focus <= t.start < hedge.start for t in stops):
        return False
    clause = max((t.end for t in stops if t.end <= focus), default=s.tok_start)
    return not any(clause <= c.start < hedge.start for c in s.cues_of("binding", "commitment"))


def _past_denial(s: Sentence, cue: Hit) -> bool:
    """ "did not", "has not", "have not": a statement about the past."""
    return cue.cue == "not" and s.doc[cue.start].lower_ in ("did", "has", "have", "had")


def _in_relative(s: Sentence, hedge: Hit) -> bool:
    """ "A Farmer who supports a worker's visa application must not recover any fee": a hedge
    word inside a relative clause on the subject, before the sentence's binding modal."""
    return any(
        s.doc[t.start].lower_ in ("who", "which") and 0 <= hedge.start - t.end <= 1
        for t in s.cues_of("terminate")
    ) and any(c.start > hedge.end for c in s.cues_of("binding"))


def _modal_verb(s: Sentence, hedge: Hit) -> bool:
    """ "The Producer acknowledges receipt of the Code and will consider it in good faith": a
    hedge that is the verb of the sentence's only modal governs the whole sentence."""
    modals = s.cues_of("binding", "commitment")
    if len(modals) != 1 or hedge.start < modals[0].end:
        return False
    # ("must as soon as reasonably practicable take all reasonable action")
    between = [t for t in s.doc[modals[0].end : hedge.start] if t.lower_ not in _TIMING]
    return len(between) <= 1


_TIMING = {"as", "soon", "reasonably", "practicable", "possible", "promptly", "immediately"}


def _frees(s: Sentence, perm: Hit, rules: RuleSet, focus: int | None) -> bool:
    """A permission to do what a prohibition bans, granted expressly free of conditions, is its
    opposite ("Contractor may subcontract without the Company's consent")."""
    if rules.polarity != "prohibition" or (focus is not None and perm.start > focus):
        return False
    after = _between_lemmas(s, perm.start, s.tok_end)
    return bool(after & _FREELY) and "only" not in after


def _in_condition(s: Sentence, perm: Hit) -> bool:
    """ "If you learn that a factory may be using forced labour, you must tell us": a "may" of
    likelihood inside the condition, with the duty in the main clause after the comma."""
    stops = s.cues_of("terminate")
    cond = [t for t in stops if t.end <= perm.start and s.doc[t.start].lower_ in CONDITIONS]
    duties = s.cues_of("binding", "commitment")
    if not cond or any(cond[-1].end <= c.start < perm.start for c in duties + stops):
        return False  # the condition ended before the "may" ("If it wishes, it may ...")
    comma = next((t for t in stops if t.start >= perm.end and s.doc[t.start].text == ","), None)
    return comma is not None and any(c.start >= comma.end for c in duties)


def _modal_ban(s: Sentence, neg: Hit) -> bool:
    """ "shall not be required to", "must not be required to": a modal ban on requiring."""
    words = s.doc[neg.start : neg.end].text.lower().split()
    return (
        neg.cue == "negation-wide" and words[0] in ("shall", "must", "will") and "required" in words
    )


def _conceded(s: Sentence, perm: Hit) -> bool:
    """ "The Contractor may take copies ... but shall return any original document": the
    permission concedes a lesser act; the duty after "but" binds."""
    return any(
        c.start > perm.end
        and "but" in {t.lower_ for t in s.doc[max(perm.end, c.start - 3) : c.start]}
        for c in s.cues_of("binding")
    )


_SECURE = {"ensure", "procure", "cause", "secure"}


def _granted_under_duty(s: Sentence, perm: Hit) -> bool:
    """ "Licensee shall procure that the monitors are permitted to interview workers": the
    permission is what the binding duty secures for others, not the supplier's option."""
    stops = s.cues_of("terminate")
    for c in s.cues_of("binding"):
        if c.end > perm.start or any(c.end <= t.start < perm.start for t in stops):
            continue
        if _between_lemmas(s, c.start, perm.start) & _SECURE:
            return True
    return False


def _conditioned(s: Sentence, perm: Hit, rules: RuleSet) -> bool:
    """ "Supplier may engage contractors, provided that it informs the Mill of each one": for a
    restriction that no exception guts (subcontracting), a permission on a condition is the
    restriction itself."""
    if rules.polarity != "prohibition" or rules.exception_sensitive:
        return False
    return any(
        e.start > perm.end and s.doc[e.start].lower_ in ("provided", "only")
        for e in s.cues_of("exception")
    )


def carve_out(s: Sentence) -> bool:
    """ "Notwithstanding Section 8.1, Vendor may use labour from a detention centre": a later
    clause that lets the supplier do what another clause bans. It is no duty of its own, and
    it leaves the ban it overrides weak."""
    first = next((t for t in s.doc[s.tok_start : s.tok_end] if t.is_alpha), None)
    if first is None or first.lower_ not in ("notwithstanding", "despite"):
        return False
    if any(subject(s, perm) == "supplier" for perm in s.cues_of("permission")):
        return True
    # "Notwithstanding the foregoing, Supplier shall be entitled to hold passports ..."
    lets = _between_lemmas(s, first.i, s.tok_end) & {"entitle", "permit", "allow"}
    return bool(lets) and any(subject(s, c) == "supplier" for c in s.cues_of("binding"))


def _real_exception(s: Sentence, exc: Hit) -> bool:
    """An exception for what the law requires or the worker consents to keeps the term whole,
    and so does "notwithstanding" before the duty ("Notwithstanding any instruction from Buyer,
    Supplier shall not ..."), which makes the duty prevail rather than yield."""
    leading = s.doc[exc.start].lower_ in ("notwithstanding", "despite")
    after = _between_lemmas(s, exc.end, s.tok_end)
    if (
        leading
        and any(c.start > exc.end for c in s.cues_of("binding"))
        and not s.cues_of("permission")
        and not after & {"entitle", "permit", "allow"}  # "..., Supplier shall be entitled to"
    ):
        return False
    scope = _between_lemmas(s, exc.end, min(exc.end + 12, s.tok_end))
    required_by_law = "require" in scope and bool(scope & _LAW)
    return not (required_by_law or scope & _CONSENT)


def read(
    s: Sentence, target: int, rules: RuleSet, kind: str, window: int, anchor: int | None = None
) -> Reading:
    """Modality, negation, exceptions and party scope of the term at `anchor` (the duty's own
    verb or noun; else `target`, the first matched term)."""
    focus = anchor if anchor is not None else target
    # a bare "may" or a stated fact ("(c) workers do not pay fees") in an item does not
    # replace its lead-in's frame
    own = [c for c in s.cues_of("binding", "commitment", "hedge") if c.cue != "not"]
    if s.lead is not None and s.lead.cues_of("hedge"):
        # "Supplier should: (a) ensure that ...": the item's verb stays under the hedge, unless
        # the item has a modal of its own ("(b) Supplier shall ...")
        own = [c for c in own if s.doc[c.start].lower_ in _AUXILIARIES]
        # "Supplier should ensure that: (a) no worker shall be required to ...": an item that
        # completes the lead-in's that-clause stays under its hedge unless the supplier speaks
        if (
            own
            and s.lead.text.rstrip(" :—–-").endswith(" that")
            and subject(s, own[0]) != "supplier"
        ):
            own = []
    frame = s if own or s.lead is None else s.lead
    frame_modal = frame.cues_of(*MODAL)
    # a party's own modal governs before "forms part of", whose subject is a document
    personal = [c for c in frame_modal if c.cue != "incorporated"]
    governing = (personal or frame_modal)[0] if frame_modal else None
    side = subject(frame, governing) if personal else None
    if side is None and frame is s and s.lead is not None:
        side = subject(s.lead, next(iter(s.lead.cues_of(*MODAL)), None))
    required_by_buyer = False
    if side == "buyer" and governing is not None:
        # "Buyer may require Supplier to ...", or a lead-in "Distributor shall:" with the
        # item "(f) permit Manufacturer to audit ..."
        mentions = [
            (frame, governing.start, p)
            for p in frame.parties
            if frame is s
            and governing.end <= p[1] < focus
            or frame is not s
            and governing.end <= p[1]
        ]
        if frame is not s:
            mentions += [(s, s.tok_start, p) for p in s.parties if p[1] < focus]
        for where, begin, p in mentions:
            # ("Reseller shall ensure that its staff complete the Manufacturers' training": a
            # possessive names whose training it is, not who must act)
            if p[0] == "supplier" and not possessive(where, p):
                between = _between_lemmas(where, begin, p[1])
                if between & _REQUIRE:
                    side, required_by_buyer = "supplier", True
                    break
                if rules.buyer_rights and between & _GRANT:
                    return Reading(None, "the buyer grants the right to the supplier")
        if side == "buyer" and governing.name == "hedge" and _addressed(frame, governing):
            side = "supplier"  # "Buyer expects: (a) wages paid on time" speaks to the supplier
    wanted = rules.party
    duty = frame.cues_of("binding", "commitment", "hedge")
    if side is None and not duty and kind == "contract" and not s.in_standards:
        side = fact_subject(s)  # "The Winery is a reporting entity under the Act."
    if side is not None and side != "neutral" and side != wanted:
        if not (rules.buyer_rights and side == "buyer"):
            return Reading(None, f"binds the {side}, not the {wanted}")
    if (
        rules.buyer_rights
        and side == "supplier"
        and governing is not None
        and governing.name == "permission"
    ):
        return Reading(None, "a right of the supplier, not of the buyer")

    if rules.polarity == "duty" and anchor is not None and not _breach_at(s, anchor):
        neg = _negation(s, anchor, window)
        if neg is not None:
            return Reading(None, f"negated by '{_cue_text(s, neg)}'")
    elif rules.polarity == "prohibition":
        denied = _denied_duty(s, focus)
        if denied is not None:
            return Reading(None, f"the duty itself is denied ('{_cue_text(s, denied)}')")
    if rules.exception_sensitive:
        exc = [e for e in s.cues_of("exception") if _real_exception(s, e)]
        if exc:
            return Reading("weak", f"limited by the exception '{_cue_text(s, exc[0])}'")
    know = [k for k in s.cues_of("knowledge") if _qualifies(s, k, focus)] or (
        s.lead.cues_of("knowledge") if s.lead else []
    )
    if know:
        where = s if s.cues_of("knowledge") or s.lead is None else s.lead
        return Reading("weak", f"knowledge-qualified ('{_cue_text(where, know[0])}')")

    hedges = [
        h
        for h in frame.cues_of("hedge")
        if frame is not s
        or h.start < focus
        or h.cue == "hedge-trailing"
        or _governs_after(s, focus, h, window)
        or _modal_verb(frame, h)
    ]
    hedges = [h for h in hedges if not _in_relative(frame, h)]
    binding = frame.cues_of("binding")
    if rules.polarity == "prohibition":
        # "Workers shall not be required to pay any fee": the ban itself (a denied duty of a
        # party was turned down above)
        binding += [c for c in frame.cues_of("negation") if _modal_ban(frame, c)]
    # "Supplier did not use forced labour last year": a past fact, no promise
    commitment = [c for c in frame.cues_of("commitment") if not _past_denial(frame, c)]
    for perm in frame.cues_of("permission"):
        holder = subject(frame, perm) or side  # "Supplier agrees that Buyer may ..."
        if required_by_buyer or (rules.buyer_rights and holder != "supplier"):
            binding.append(perm)
        elif holder == "supplier" and _frees(frame, perm, rules, focus if frame is s else None):
            return Reading(None, f"'{_cue_text(frame, perm)}': the supplier is free to do it")
        elif holder == "supplier" and _conditioned(frame, perm, rules):
            binding.append(perm)
        elif holder == "supplier" and (frame is not s or perm.start < focus):
            if not (
                _in_condition(frame, perm)
                or _granted_under_duty(frame, perm)
                or _conceded(frame, perm)
            ):
                hedges.append(perm)  # "Supplier may train": an option, not a duty
    if hedges:
        return Reading("weak", f"hedged by '{_cue_text(frame, hedges[0])}'")
    if binding or commitment:
        cue = (binding or commitment)[0]
        word = _cue_text(frame, cue)
        if kind == "policy" and rules.party == "supplier":
            if not binding:
                return Reading("weak", f"a commitment ('{word}') in a policy statement")
            # "we require suppliers to", "we agreed with suppliers that they must": not our act
            own_act = not _between_lemmas(frame, cue.start, frame.tok_end) & _REQUIRE and not any(
                c.start > cue.start and subject(frame, c) == "supplier" for c in binding
            )
            if side == "neutral" and own_act and not rules.buyer_rights:
                # "a corrective plan we agreed with it": the writer's own act, not a requirement
                return Reading("weak", f"'{word}': the writer's own act in a policy statement")
            if not any(p[0] == "supplier" for p in s.parties + (s.lead.parties if s.lead else [])):
                return Reading(
                    "weak", f"'{word}' in a policy statement, not a requirement on suppliers"
                )
        who = {"supplier": "the supplier", "buyer": "the buyer"}.get(side or "", "")
        return Reading("present", f"binding '{word}'" + (f" on {who}" if who else ""))
    if kind == "code":
        if rules.party == "supplier" and not rules.buyer_rights and writer_fact(s):
            # "We map our supply chain and assess risk each year", "Every member of our buying
            # team completes training": what the writer does itself, as in a policy
            return Reading("weak", "the writer's own act stated in a code, not a supplier standard")
        return Reading("present", "a standard stated as a fact in a code of conduct")
    if s.in_standards:
        return Reading("present", "a standard stated as a fact in a schedule of standards")
    if kind == "policy":
        return Reading("weak", "stated in a policy, not as a requirement")
    if wanted == "buyer" and not duty:
        # "Buyer is committed only to the quantities in purchase orders", "The Principal
        # appoints the Agent to place its orders": a fact about the buyer, no commitment
        return Reading(None, "a fact about the buyer in a contract, not a commitment")
    return Reading("weak", "stated without a binding term")
