"""Playbooks: which obligations to check, at which level, with which rules.

The bundled default `ctpat-forced-labor` lists the catalog's 24 ids in catalog order. A
user playbook is a YAML file validated strictly (errors name the file, the obligation id
and the field); it may `extends: ctpat-forced-labor`, `drop` ids, override an obligation's
level or clause, and add obligations of its own with inline `rules`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from analyzer.compiled_rules import compile_rules
from analyzer.ruleset import RuleSet, bundled_rules, describe_error, rules_from_data
from laborclause.catalog import load_catalog
from laborclause.errors import LaborclauseError, PlaybookError
from laborclause.resources import load_yaml, resource

DEFAULT_PLAYBOOK = "ctpat-forced-labor"


class ObligationEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    level: Literal["required", "recommended"] | None = None
    theme: str | None = None
    title: str | None = None
    clause: str | None = None
    rules: str | dict[str, Any] | None = None  # a bundled rule-set id, or inline rules


class PlaybookFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    version: str = "1"
    title: str = ""
    description: str = ""
    extends: str | None = None
    drop: tuple[str, ...] = ()
    obligations: tuple[ObligationEntry, ...] = ()


@dataclass(frozen=True)
class PlaybookObligation:
    id: str
    level: str
    theme: str
    title: str
    clause: str
    rules: RuleSet


@dataclass(frozen=True)
class Playbook:
    id: str
    version: str
    title: str
    obligations: tuple[PlaybookObligation, ...]
    source: str

    @property
    def ids(self) -> list[str]:
        return [o.id for o in self.obligations]

    def meta(self) -> dict[str, str]:
        return {"id": self.id, "version": self.version}


def _bundled_path(name: str) -> Any:
    return resource("analyzer", "playbooks", f"{name}.yaml")


def list_playbooks() -> list[Playbook]:
    """The bundled playbooks, default first."""
    folder = resource("analyzer", "playbooks")
    names = sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))
    names.sort(key=lambda n: n != DEFAULT_PLAYBOOK)
    return [load_playbook(n) for n in names]


def load_playbook(ref: str | Path | None = None) -> Playbook:
    """A bundled playbook by id (None = the default) or a user playbook YAML file."""
    if ref is None:
        ref = DEFAULT_PLAYBOOK
    if isinstance(ref, str) and not ref.endswith((".yaml", ".yml")) and "/" not in ref:
        node = _bundled_path(ref)
        if not node.is_file():
            known = ", ".join(p.id for p in list_playbooks()) if ref != DEFAULT_PLAYBOOK else ""
            raise PlaybookError(
                f"no bundled playbook {ref!r} (known: {known}); or give a YAML file path", path=ref
            )
        return _build(
            load_yaml(node, label=f"analyzer/playbooks/{ref}.yaml"),
            f"analyzer/playbooks/{ref}.yaml",
            depth=0,
        )
    path = Path(ref)
    if not path.is_file():
        raise PlaybookError("playbook file not found", path=path)
    try:
        data = load_yaml(path, label=str(path))
    except LaborclauseError as exc:
        raise PlaybookError(exc.message, path=path) from exc
    return _build(data, str(path), depth=0)


def _build(data: Any, label: str, depth: int) -> Playbook:
    if not isinstance(data, dict):
        raise PlaybookError("a playbook must be a YAML mapping with id and obligations", path=label)
    try:
        spec = PlaybookFile.model_validate(data)
    except ValidationError as exc:
        raise PlaybookError(describe_error(exc, data), path=label) from exc
    base: list[PlaybookObligation] = []
    if spec.extends:
        if depth > 3:
            raise PlaybookError("playbooks extend each other in a loop", path=label)
        base = list(_resolve_parent(spec.extends, label, depth).obligations)
    known = {o.id for o in base}
    for dropped in spec.drop:
        if dropped not in known:
            raise PlaybookError(
                f"obligation {dropped!r}, field drop: not in the extended playbook", path=label
            )
    obligations = [o for o in base if o.id not in set(spec.drop)]
    index = {o.id: i for i, o in enumerate(obligations)}
    for entry in spec.obligations:
        parent = obligations[index[entry.id]] if entry.id in index else None
        built = _obligation(entry, parent, label)
        if parent is not None:
            obligations[index[entry.id]] = built
        else:
            index[entry.id] = len(obligations)
            obligations.append(built)
    if not obligations:
        raise PlaybookError("field obligations: the playbook checks no obligation", path=label)
    return Playbook(
        id=spec.id,
        version=spec.version,
        title=spec.title or spec.id,
        obligations=tuple(obligations),
        source=label,
    )


def _resolve_parent(ref: str, label: str, depth: int) -> Playbook:
    node = _bundled_path(ref)
    if node.is_file():
        return _build(
            load_yaml(node, label=f"analyzer/playbooks/{ref}.yaml"),
            f"analyzer/playbooks/{ref}.yaml",
            depth + 1,
        )
    path = Path(label).parent / ref
    if path.is_file():
        return _build(load_yaml(path, label=str(path)), str(path), depth + 1)
    raise PlaybookError(f"field extends: unknown playbook {ref!r}", path=label)


def _obligation(
    entry: ObligationEntry, parent: PlaybookObligation | None, label: str
) -> PlaybookObligation:
    catalog = load_catalog()
    cat = next((o for o in catalog.obligations if o.id == entry.id), None)

    def need(field: str, *values: str | None) -> str:
        for value in values:
            if value:
                return value
        raise PlaybookError(
            f"obligation {entry.id!r}, field {field}: required for an obligation "
            "outside the catalog",
            path=label,
        )

    level = need("level", entry.level, parent.level if parent else None, cat.level if cat else None)
    theme = need("theme", entry.theme, parent.theme if parent else None, cat.theme if cat else None)
    if theme not in {t.id for t in catalog.themes}:
        raise PlaybookError(
            f"obligation {entry.id!r}, field theme: unknown theme {theme!r}", path=label
        )
    title = entry.title or (parent.title if parent else None) or (cat.title if cat else entry.id)
    if isinstance(entry.rules, dict):
        data = {"id": entry.id, **entry.rules}
        try:
            rules = rules_from_data(data, label)
        except PlaybookError as exc:
            raise PlaybookError(
                f"obligation {entry.id!r}, rules: {exc.message}", path=label
            ) from exc
    elif isinstance(entry.rules, str):
        rules = _bundled_or_error(entry.rules, entry.id, label)
    elif parent is not None:
        rules = parent.rules
    else:
        rules = _bundled_or_error(entry.id, entry.id, label)
    try:
        compile_rules(rules)  # every group a signal names must exist
    except PlaybookError as exc:
        raise PlaybookError(exc.message, path=label) from exc
    clause = entry.clause or (parent.clause if parent else entry.id)
    return PlaybookObligation(
        id=entry.id, level=level, theme=theme, title=title, clause=clause, rules=rules
    )


def _bundled_or_error(rules_id: str, obligation_id: str, label: str) -> RuleSet:
    try:
        return bundled_rules(rules_id)
    except PlaybookError as exc:
        if exc.path == "analyzer/rules":
            raise PlaybookError(
                f"obligation {obligation_id!r}, field rules: no bundled rules "
                f"{rules_id!r}; give inline rules",
                path=label,
            ) from exc
        raise
