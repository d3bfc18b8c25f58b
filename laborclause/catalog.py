"""The obligation catalog: ids, levels and themes, loaded once from obligations.yaml."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from laborclause.errors import DataError
from laborclause.resources import load_yaml, resource

Level = Literal["required", "recommended"]


class Theme(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    title: str


class Obligation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    level: Level
    theme: str
    title: str
    binds: Literal["supplier", "buyer"]
    definition: str


class Catalog(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: str
    source: str
    themes: tuple[Theme, ...]
    obligations: tuple[Obligation, ...]

    @model_validator(mode="after")
    def _consistent(self) -> Catalog:
        ids = [o.id for o in self.obligations]
        if len(ids) != len(set(ids)):
            raise ValueError("duplicate obligation id")
        theme_ids = {t.id for t in self.themes}
        for o in self.obligations:
            if o.theme not in theme_ids:
                raise ValueError(f"obligation {o.id}: unknown theme {o.theme!r}")
        return self

    @property
    def ids(self) -> list[str]:
        return [o.id for o in self.obligations]

    def get(self, obligation_id: str) -> Obligation:
        for o in self.obligations:
            if o.id == obligation_id:
                return o
        raise KeyError(obligation_id)

    def theme(self, theme_id: str) -> Theme:
        for t in self.themes:
            if t.id == theme_id:
                return t
        raise KeyError(theme_id)


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    """The project's catalog (cached: it never changes within a process)."""
    source = resource("laborclause", "obligations.yaml")
    try:
        return Catalog.model_validate(load_yaml(source, label="laborclause/obligations.yaml"))
    except ValidationError as exc:
        raise DataError(str(exc), path="laborclause/obligations.yaml") from exc
