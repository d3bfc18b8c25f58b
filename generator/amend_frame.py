"""The amendment's frame (templates/amendment.yaml) and the defined terms its clauses use.

The frame is validated on load like the other frames. `used_definitions` picks, from the
library's `definitions` clause, only the definitions whose terms the amendment uses,
plus the definitions those definitions rely on ("Sub-Supplier" uses "Supply Chain").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from generator.assemble import SignatureSpec
from laborclause.errors import TemplateError
from laborclause.resources import load_yaml, resource_path

LABEL = "templates/amendment.yaml"
_QUOTED = re.compile(r"[\"“]([A-Z][A-Za-z\- ]{0,40}?)[\"”]")


class AmendmentSection(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    heading: str | None = None
    numbered: bool = False
    body: str = ""
    recitals: tuple[str, ...] = ()
    insert: Literal["clauses", "definitions"] | None = None
    after: str = ""  # text after the inserted definitions


class Supersedes(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    replace: str
    supplement: str
    quote: str


class AmendmentFrame(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["amendment"]
    version: str
    title: str
    subtitle: str = ""
    sections: tuple[AmendmentSection, ...]
    supersedes: Supersedes
    replacements: tuple[tuple[str, str], ...] = ()
    signature_intro: str = ""
    signatures: tuple[SignatureSpec, ...] = ()

    def replace(self, text: str) -> str:
        for pattern, value in self.replacements:
            text = re.sub(pattern, value, text)
        return text


@lru_cache(maxsize=1)
def load_amendment_frame() -> AmendmentFrame:
    raw = load_yaml(resource_path("laborclause.templates", "amendment.yaml"), label=LABEL)
    try:
        frame = AmendmentFrame.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        raise TemplateError(f"field '{where}': {error['msg']}", path=LABEL) from None
    for pattern, _ in frame.replacements:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise TemplateError(
                f"replacements: bad pattern {pattern!r}: {exc}", path=LABEL
            ) from None
    return frame


def defined_terms(item: str) -> list[str]:
    """The terms a definition defines: its headword and any term it defines inside
    ("Forced Labor Laws" also defines "UFLPA")."""
    head = _QUOTED.match(item.strip())
    inner = [m.group(1) for m in re.finditer(r"\(the [\"“]([A-Z][A-Za-z\-]{1,20})[\"”]\)", item)]
    return ([head.group(1)] if head else []) + inner


def uses_term(text: str, term: str) -> bool:
    """Whether `text` uses `term` as a defined term: capitalised, with an optional plural
    "s", and not as part of a longer name ("Forced Labor Laws" is not "Forced Labor";
    "Supplier Code of Conduct" is not "Code")."""
    for match in re.finditer(rf"\b{re.escape(term)}s?\b", text):
        before = text[: match.start()].rstrip()
        previous = before.split()[-1] if before.split() else ""
        after = text[match.end() :]
        if re.match(r"\s+(?:of\s+)?[A-Z]", after) and not re.match(
            r"\s+[A-Z]\w*\s+(?:shall|must|may|will)\b", after
        ):
            continue
        if _in_longer_name(before, previous):
            continue
        return True
    return False


_DETERMINERS = {
    "A",
    "An",
    "The",
    "Each",
    "Any",
    "All",
    "Every",
    "No",
    "Such",
    "This",
    "That",
    "If",
    "Where",
}


def _in_longer_name(before: str, previous: str) -> bool:
    """Whether the capitalised word before a term makes it part of a longer name
    ("Supplier Code"), rather than starting the sentence ("Each Sub-Supplier")."""
    if not previous[:1].isupper() or previous.endswith(("'s", "’s", ".", ",", ";", ":", ")")):
        return False
    if previous in _DETERMINERS:
        return False
    ahead = before[: len(before) - len(previous)].rstrip()
    return bool(ahead) and not ahead.endswith((".", ";", ":", "(", "\n"))


def used_definitions(items: list[str], texts: list[str]) -> list[str]:
    """The definition items whose terms `texts` use, with the definitions they rely on,
    in the order of `items`."""
    wanted: set[int] = set()
    pending = list(texts)
    while pending:
        text = pending.pop()
        for index, item in enumerate(items):
            if index not in wanted and any(uses_term(text, t) for t in defined_terms(item)):
                wanted.add(index)
                pending.append(item)
    return [item for index, item in enumerate(items) if index in wanted]
