"""The clause library: clauses/*.yaml, one clause per file, validated on load.

Schema and conventions: /work/team/CLAUSES.md (kept with the project as the clause
contract). A clause appears in a document kind iff it has a text for that kind; within a
document clauses are sorted by `order`. Every text is checked on load: jinja syntax, and
only the variables of `CLAUSE_VARIABLES`, so a typo fails when the library loads rather
than in a user's document.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from generator import text as textmod
from laborclause.catalog import load_catalog
from laborclause.errors import DataError, LaborclauseError, TemplateError
from laborclause.resources import load_yaml, resource_path

Kind = Literal[
    "code-of-conduct",
    "forced-labor-clauses",
    "training-acknowledgement",
    "social-compliance-program",
]
VariantName = Literal["balanced", "strict"]
StyleName = Literal["shared-responsibility", "traditional"]
JurisdictionCode = Literal["us", "eu", "uk", "ca", "au"]

# The only names a clause text may use (see CLAUSES.md); context.clause_context provides them.
CLAUSE_VARIABLES = frozenset(
    {
        "buyer",
        "supplier",
        "company",
        "agreement",
        "code_title",
        "options",
        "grievance",
        "jurisdictions",
    }
)


class Clause(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    title: str = Field(min_length=1)
    obligations: tuple[str, ...] = ()
    order: int
    styles: tuple[StyleName, ...] = ()
    jurisdictions: tuple[JurisdictionCode, ...] = ()
    citations: tuple[str, ...] = ()
    # optional heading for a kind where `title` does not read well (e.g. the code's own
    # section on itself, which cannot be headed "Supplier Code of Conduct" inside that code)
    headings: dict[Kind, str] = Field(default_factory=dict)
    texts: dict[Kind, dict[VariantName, str]]

    @field_validator("texts")
    @classmethod
    def _balanced_first(cls, value: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        if not value:
            raise ValueError("a clause needs a text for at least one document kind")
        for kind, variants in value.items():
            if "balanced" not in variants:
                raise ValueError(f"texts.{kind} needs a 'balanced' variant")
            for variant, body in variants.items():
                if not body.strip():
                    raise ValueError(f"texts.{kind}.{variant} is empty")
        return value

    @model_validator(mode="after")
    def _headings_have_texts(self) -> Clause:
        for kind, heading in self.headings.items():
            if kind not in self.texts:
                raise ValueError(f"headings.{kind}: the clause has no text for {kind}")
            if not heading.strip():
                raise ValueError(f"headings.{kind} is empty")
        return self

    def heading(self, kind: str) -> str:
        """The section heading in a document of `kind`."""
        return self.headings.get(kind, self.title)  # type: ignore[call-overload,no-any-return]

    def text(self, kind: str, variant: str = "balanced") -> str:
        """The raw (unrendered) text for a kind; `strict` falls back to `balanced`."""
        variants = self.texts[kind]  # type: ignore[index]
        return variants.get(variant, variants["balanced"])  # type: ignore[call-overload]

    def template_name(self, kind: str, variant: str) -> str:
        return f"clauses/{self.id}.yaml texts.{kind}.{variant}"

    def render(self, kind: str, variant: str, context: dict[str, Any]) -> str:
        chosen = variant if variant in self.texts[kind] else "balanced"  # type: ignore[index]
        return textmod.render(self.text(kind, chosen), context, self.template_name(kind, chosen))

    def applies(self, kind: str, style: str, jurisdictions: Iterable[str]) -> bool:
        return (
            kind in self.texts
            and (not self.styles or style in self.styles)
            and (not self.jurisdictions or bool(set(self.jurisdictions) & set(jurisdictions)))
        )


class ClauseLibrary(BaseModel):
    model_config = ConfigDict(frozen=True)

    clauses: tuple[Clause, ...]
    version: str  # short content hash of the clause files: changes whenever any text changes

    def get(self, clause_id: str) -> Clause:
        for clause in self.clauses:
            if clause.id == clause_id:
                return clause
        raise LaborclauseError(
            f"no clause {clause_id!r} in the library (see `laborclause clauses list`)",
            code="unknown-clause",
        )

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.clauses]

    def for_document(self, kind: str, style: str, jurisdictions: Iterable[str]) -> list[Clause]:
        """The clauses of one document, in document order."""
        enabled = list(jurisdictions)
        return [c for c in self.clauses if c.applies(kind, style, enabled)]

    def covering(self, obligation_id: str) -> list[Clause]:
        return [c for c in self.clauses if obligation_id in c.obligations]


def _load_clause(path: Path, known_ids: set[str]) -> Clause:
    label = f"clauses/{path.name}"
    raw = load_yaml(path, label=label)
    record = raw.get("id", path.stem) if isinstance(raw, dict) else path.stem
    try:
        clause = Clause.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        where = f"field '{field}': " if field else ""
        raise DataError(f"clause {record}: {where}{message}", path=label) from None
    if clause.id != path.stem:
        raise DataError(
            f"clause id {clause.id!r} must equal the file name {path.stem!r}", path=label
        )
    unknown = [o for o in clause.obligations if o not in known_ids]
    if unknown:
        raise DataError(
            f"clause {clause.id}: field 'obligations': unknown obligation id(s) {unknown}",
            path=label,
        )
    for kind, variants in clause.texts.items():
        for variant, body in variants.items():
            try:
                extra = textmod.undeclared(body, label) - CLAUSE_VARIABLES
            except TemplateError as exc:
                raise DataError(
                    f"clause {clause.id}: texts.{kind}.{variant}: {exc.message}", path=label
                ) from None
            if extra:
                raise DataError(
                    f"clause {clause.id}: texts.{kind}.{variant} uses unknown variable(s) "
                    f"{sorted(extra)}; allowed: {sorted(CLAUSE_VARIABLES)}",
                    path=label,
                )
    return clause


def load_library_from(directory: Path) -> ClauseLibrary:
    """Load and validate every clause file in `directory` (tests use their own folders)."""
    known = set(load_catalog().ids)
    files = sorted(directory.glob("*.yaml"))
    digest = hashlib.sha256()
    clauses = []
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        clauses.append(_load_clause(path, known))
    clauses.sort(key=lambda c: (c.order, c.id))
    return ClauseLibrary(clauses=tuple(clauses), version=digest.hexdigest()[:12])


@lru_cache(maxsize=1)
def load_library() -> ClauseLibrary:
    """The bundled clause library (validated once per process)."""
    return load_library_from(resource_path("laborclause.clauses"))


# The jurisdiction sets the recognition layer renders with: the default and every option on.
SAMPLE_JURISDICTIONS: tuple[tuple[str, ...], ...] = (("us",), ("us", "eu", "uk", "ca", "au"))

SampleText = tuple[str, tuple[str, ...], str, str]


@lru_cache(maxsize=1)
def sample_texts() -> tuple[SampleText, ...]:
    """(clause_id, obligations, kind, rendered text) for every clause, kind and variant,
    rendered with the bundled sample company's data, once with jurisdictions [us] and once
    with all five (so jurisdiction-specific wording is recognised too); rows that render
    the same are kept once. The analyzer's recognition layer; built once per process."""
    from generator.context import clause_context
    from generator.render import sample_data

    data = sample_data()
    rows: dict[SampleText, None] = {}
    for jurisdictions in SAMPLE_JURISDICTIONS:
        enabled = data.model_copy(
            update={
                "document": data.document.model_copy(update={"jurisdictions": list(jurisdictions)})
            }
        )
        contexts: dict[str, dict[str, Any]] = {}
        for clause in load_library().clauses:
            for kind, variants in clause.texts.items():
                context = contexts.setdefault(kind, clause_context(kind, enabled))
                for variant in variants:
                    text = clause.render(kind, variant, context)
                    rows.setdefault((clause.id, clause.obligations, kind, text), None)
    return tuple(rows)
