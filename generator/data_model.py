"""The company data file: one YAML or JSON file that drives every document kind.

`load_data` validates it with pydantic (unknown keys rejected) and turns the first
problem into a one-line `DataError` naming the file, the dotted field and what is
expected. `CompanyData.merged` applies a CSV row's dotted-column overrides.
`CompanyData.require(kind)` checks the sections only some kinds need.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
)

from laborclause.errors import DataError
from laborclause.resources import parse_yaml

Style = Literal["shared-responsibility", "traditional"]
Variant = Literal["balanced", "strict"]
Jurisdiction = Literal["us", "eu", "uk", "ca", "au"]
DEFAULT_JURISDICTIONS: tuple[Jurisdiction, ...] = ("us",)


def _version_text(value: Any) -> Any:
    """YAML reads `version: 2` as a number: accept whole numbers, but not `1.10`, which YAML
    would already have turned into 1.1."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        raise ValueError(f'write the version in quotes, e.g. "{value}"')
    return value


VersionText = Annotated[str, BeforeValidator(_version_text), Field(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Grievance(_Model):
    name: str = Field(min_length=1)
    email: str | None = None
    phone: str | None = None
    url: str | None = None

    @property
    def channel(self) -> str:
        """E.g. 'the Acme Speak-Up Line (speakup@acme.example, +1 800 555 0100)'."""
        details = [d for d in (self.email, self.phone, self.url) if d]
        return f"{self.name} ({', '.join(details)})" if details else self.name


class Company(_Model):
    name: str = Field(min_length=1)
    short_name: str = Field(min_length=1)
    address: str = Field(min_length=1)
    contact: str = Field(min_length=1)
    grievance: Grievance


class DocumentOptions(_Model):
    version: VersionText
    effective_date: date
    law_as_of: date
    style: Style = "shared-responsibility"
    variant: Variant = "balanced"
    jurisdictions: list[Jurisdiction] = Field(default_factory=lambda: list(DEFAULT_JURISDICTIONS))
    disclaimer: bool = True

    @field_validator("jurisdictions")
    @classmethod
    def _unique(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("list at least one jurisdiction (us, eu, uk, ca, au)")
        return list(dict.fromkeys(value))


class Terms(_Model):
    buyer: str = Field(default="Buyer", min_length=1)
    supplier: str = Field(default="Supplier", min_length=1)
    agreement: str = Field(default="Agreement", min_length=1)


class Supplier(_Model):
    name: str | None = None
    address: str | None = None
    country: str | None = None
    signatory: str | None = None
    signatory_title: str | None = None


class Options(_Model):
    notice_days: int = Field(default=5, ge=1, le=365)
    cure_days: int = Field(default=30, ge=1, le=365)
    records_years: int = Field(default=7, ge=1, le=50)
    audit_notice_days: int = Field(default=10, ge=0, le=365)
    training_frequency: str = Field(default="at least once a year", min_length=1)


class Training(_Model):
    course_title: str = Field(min_length=1)
    course_version: VersionText
    date: date
    trainer: str = Field(min_length=1)
    duration: str = Field(min_length=1)
    language: str = Field(min_length=1)


class Trainee(_Model):
    name: str = Field(min_length=1)
    role: str = Field(min_length=1)
    employer: str = Field(min_length=1)
    site: str = Field(min_length=1)


class Program(_Model):
    owner: str = Field(min_length=1)
    owner_title: str = Field(min_length=1)
    approver: str = Field(min_length=1)
    approver_title: str = Field(min_length=1)
    review_date: date
    review_frequency: str = Field(default="at least once a year", min_length=1)
    independent_review: bool = False
    public_reporting: bool = False


class CompanyData(_Model):
    company: Company
    document: DocumentOptions
    terms: Terms = Field(default_factory=Terms)
    supplier: Supplier = Field(default_factory=Supplier)
    options: Options = Field(default_factory=Options)
    training: Training | None = None
    trainee: Trainee | None = None
    program: Program | None = None
    _source: str = PrivateAttr("data")

    @property
    def source(self) -> str:
        """Where this data came from (file name, or "rows.csv row 3"), for error messages."""
        return self._source

    def merged(self, overrides: dict[str, str], source: str) -> CompanyData:
        """A copy with dotted-column values (e.g. "trainee.name") laid over this data.

        Empty cells are ignored, so a roster may leave a column blank to keep the default.
        """
        raw = self.model_dump(mode="json")
        for column, value in overrides.items():
            if value is None or str(value).strip() == "":
                continue
            parts = [p.strip() for p in str(column).split(".") if p.strip()]
            if not parts:
                continue
            node = raw
            for part in parts[:-1]:
                child = node.get(part)
                if child is None:
                    child = node[part] = {}
                elif not isinstance(child, dict):
                    raise DataError(f"column {column!r}: {part!r} is not a section", path=source)
                node = child
            leaf = parts[-1]
            node[leaf] = _cell_value(str(value).strip(), node.get(leaf))
        return validate_data(raw, source)

    def require(self, kind: str) -> None:
        """Raise a DataError when `kind` needs a section this data lacks."""
        for section in REQUIRED_SECTIONS.get(kind, ()):
            if getattr(self, section) is None:
                raise DataError(
                    f"field '{section}' is required for {kind} "
                    f"(add a '{section}:' section; see `laborclause init-data`)",
                    path=self._source,
                )

    def sha256(self) -> str:
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


REQUIRED_SECTIONS: dict[str, tuple[str, ...]] = {
    "training-acknowledgement": ("training", "trainee"),
    "social-compliance-program": ("program",),
}


def _cell_value(value: str, current: Any) -> Any:
    """CSV cells are strings; lists (jurisdictions) are written "us;eu" or "us, eu"."""
    if isinstance(current, list):
        return [v.strip() for v in value.replace(";", ",").split(",") if v.strip()]
    return value


def _describe(error: Any) -> str:
    location = ".".join(str(p) for p in error["loc"]) or "(top level)"
    kind = error["type"]
    if kind == "missing":
        return f"field '{location}' is missing"
    if kind == "extra_forbidden":
        return f"unknown field '{location}' (check the spelling; see `laborclause init-data`)"
    if error.get("input", "-") in (None, "") and kind != "literal_error":
        return f"field '{location}' is empty; fill it in"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return f"field '{location}': expected one of {expected}, got {error.get('input')!r}"
    message = error["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    return f"field '{location}': {message[0].lower()}{message[1:]}, got {error.get('input')!r}"


def validate_data(raw: Any, source: str) -> CompanyData:
    if not isinstance(raw, dict):
        raise DataError("expected a mapping with 'company' and 'document' sections", path=source)
    try:
        data = CompanyData.model_validate(raw)
    except ValidationError as exc:
        errors = exc.errors()
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise DataError(_describe(errors[0]) + more, path=source) from None
    data._source = source
    return data


def load_data(path: str | Path) -> CompanyData:
    """Read and validate a company data file (.yaml, .yml or .json)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read data file: {exc.strerror or exc}", path=path) from None
    except UnicodeDecodeError:
        raise DataError("data file is not UTF-8 text", path=path) from None
    if path.suffix.lower() == ".json":
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DataError(f"not valid JSON (line {exc.lineno}): {exc.msg}", path=path) from None
    else:
        raw = parse_yaml(text, str(path))
    return validate_data(raw, str(path))
