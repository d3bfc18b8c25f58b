"""Rule files as data: the schema of analyzer/rules/*.yaml, validated on load.

An obligation's rules name *term groups* (phrases matched on lower-cased lemmas, or spaCy
token patterns), *signals* (groups that must co-occur in a sentence, its list lead-in or
its heading, giving at most `present` or `weak`), *near misses* (groups that veto a
sentence, with the reason) and document-level *caps* (e.g. the convict-labor gap).
Shared groups live in rules/terms.yaml, modifier cues in rules/modifiers.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from laborclause.errors import PlaybookError
from laborclause.resources import load_yaml, resource

DocKind = Literal["contract", "code", "policy"]
TokenPattern = list[dict[str, Any]]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# spaCy's Matcher tries every length of a "{,N}" gap at every start: past this, one long
# document can take minutes
MAX_GAP = 16
GAP_OP = re.compile(r"\{(\d*)(,?)(\d*)\}")  # a "{n}", "{n,}", "{,m}" or "{n,m}" operator


def _check_patterns(value: tuple[TokenPattern, ...]) -> tuple[TokenPattern, ...]:
    for pattern in value:
        if not pattern:
            raise ValueError("a token pattern needs at least one token")
        for token in pattern:
            gap = GAP_OP.fullmatch(str(token.get("OP", "")))
            if gap and gap.group(2) and (not gap.group(3) or int(gap.group(3)) > MAX_GAP):
                raise ValueError(f"OP {token['OP']!r}: a gap may span at most {MAX_GAP} tokens")
    return value


class TermGroup(_Strict):
    phrases: tuple[str, ...] = ()
    patterns: tuple[TokenPattern, ...] = ()

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, value: tuple[TokenPattern, ...]) -> tuple[TokenPattern, ...]:
        return _check_patterns(value)


class Signal(_Strict):
    id: str
    # groups that must co-occur; an inner list is a choice ("any of these")
    all: tuple[str | tuple[str, ...], ...] = Field(min_length=1)
    status: Literal["present", "weak"] = "present"
    reason: str
    doc_kinds: tuple[DocKind, ...] = ()  # only in these document kinds (empty = any)
    doc_requires: tuple[str, ...] = ()  # groups that must occur somewhere in the document
    # groups that may come from the list lead-in (or a lead-in's items), or from the heading
    # or document title (topic); all others must be in the sentence itself
    context: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()


class NearMiss(_Strict):
    id: str
    any: tuple[str, ...] = Field(min_length=1)
    unless: tuple[str, ...] = ()
    reason: str


class Cap(_Strict):
    """When `any` occurs with the obligation and `unless` nowhere else, cap the status."""

    id: str  # the reason code, e.g. convict-labor-gap
    any: tuple[str, ...] = Field(min_length=1)
    unless: tuple[str, ...] = ()
    status: Literal["weak"] = "weak"
    scope: Literal["document", "sentence"] = "document"
    reason: str


class RuleSet(_Strict):
    id: str
    # duty: negation before the topic undoes it; prohibition: the topic is the banned act
    polarity: Literal["duty", "prohibition"] = "duty"
    party: Literal["supplier", "buyer"] = "supplier"
    buyer_rights: bool = False  # "Buyer may audit" binds the supplier to allow it
    exception_sensitive: bool = False  # "except", "unless" leave it weak
    terms: dict[str, TermGroup] = {}
    signals: tuple[Signal, ...] = Field(min_length=1)
    near_misses: tuple[NearMiss, ...] = ()
    caps: tuple[Cap, ...] = ()


class TermsFile(_Strict):
    groups: dict[str, TermGroup]


class Cue(_Strict):
    id: str
    category: Literal[
        "binding",
        "commitment",
        "hedge",
        "permission",
        "negation",
        "exception",
        "pseudo",
        "terminate",
        "definition",
        "knowledge",
    ]
    direction: Literal["forward", "backward", "both"] = "forward"
    phrases: tuple[str, ...] = ()
    patterns: tuple[TokenPattern, ...] = ()

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, value: tuple[TokenPattern, ...]) -> tuple[TokenPattern, ...]:
        return _check_patterns(value)


class ModifiersFile(_Strict):
    window: int = 8  # tokens a negation reaches forward
    cues: tuple[Cue, ...]


class PartyRole(_Strict):
    side: Literal["supplier", "buyer", "neutral"]
    words: tuple[str, ...]


class PartiesFile(_Strict):
    roles: tuple[PartyRole, ...]
    supplier_acts: tuple[str, ...]  # verbs that make a defined name the supplier
    buyer_acts: tuple[str, ...]
    # what a party may pay without buying the goods: a licensee pays royalties and makes them
    not_purchases: tuple[str, ...] = ()
    # buyer-side words that mean the seller when the document also defines a plain buyer
    # ("Distributor" selling to a "Client")
    yielding: tuple[str, ...] = ()
    makers: tuple[str, ...] = ()  # supplier words that name what a party is, not its role


def _validate(model: type[BaseModel], data: Any, label: str, noun: str = "obligation") -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise PlaybookError(describe_error(exc, data, noun), path=label) from exc


def describe_error(exc: ValidationError, data: Any, noun: str = "obligation") -> str:
    """One line naming the record id (when the location passes through one) and the field."""
    err = exc.errors()[0]
    loc = list(err["loc"])
    node, record = data, None
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            record = node["id"]
    field = ".".join(str(p) for p in loc) or "(top level)"
    where = f"{noun} {record!r}, " if record else ""
    return f"{where}field {field}: {err['msg']}"


def _bundled(name: str) -> Any:
    label = f"analyzer/rules/{name}"
    return load_yaml(resource("analyzer", "rules", name), label=label), label


@lru_cache(maxsize=64)
def bundled_rules(rules_id: str) -> RuleSet:
    node = resource("analyzer", "rules", f"{rules_id}.yaml")
    if not node.is_file():
        raise PlaybookError(f"no bundled rule file for {rules_id!r}", path="analyzer/rules")
    data, label = _bundled(f"{rules_id}.yaml")
    return _validate(RuleSet, data, label)


def rules_from_data(data: Any, path: str | Path) -> RuleSet:
    return _validate(RuleSet, data, str(path))


@lru_cache(maxsize=1)
def shared_terms() -> TermsFile:
    data, label = _bundled("terms.yaml")
    return _validate(TermsFile, data, label)


@lru_cache(maxsize=1)
def modifiers() -> ModifiersFile:
    data, label = _bundled("modifiers.yaml")
    return _validate(ModifiersFile, data, label, noun="cue")


@lru_cache(maxsize=1)
def parties() -> PartiesFile:
    data, label = _bundled("parties.yaml")
    return _validate(PartiesFile, data, label)


class SegmentationFile(_Strict):
    abbreviations: tuple[str, ...]  # tokens that a "." after them does not end ("No", "Sec")
    list_joiners: tuple[str, ...]  # "; and (c)": words between ";" and a list marker
    spellings: dict[str, str] = {}  # lemma -> normal form ("labour" -> "labor")
    lemmas: dict[str, str] = {}  # lower-cased word -> lemma, where the lookup table misleads
    ocr_confusions: dict[str, str] = {}  # characters OCR puts for letters ("0" for "o")
    ocr_letter_pairs: dict[str, str] = {}  # letter pairs OCR reads for one letter ("rn" for "m")
    # sets of term groups (beside forced and child labour) that, all in one sentence, make a
    # clause a labour clause when another sentence points at it
    labor_target_groups: tuple[tuple[str, ...], ...] = ()
    # "this Schedule": words after "this" that name a whole part, not a section
    whole_part_refs: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def segmentation() -> SegmentationFile:
    data, label = _bundled("segmentation.yaml")
    return _validate(SegmentationFile, data, label)
