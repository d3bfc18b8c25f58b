"""Bundled data files, found with importlib.resources so that they load from an installed
wheel as from a checkout."""

from __future__ import annotations

import re
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from laborclause.errors import DataError


def resource(package: str, *parts: str) -> Traversable:
    """A file or folder inside an installed package, e.g. resource("laborclause.clauses")."""
    node = files(package)
    for part in parts:
        node = node.joinpath(part)
    return node


def resource_path(package: str, *parts: str) -> Path:
    """A real filesystem path for a bundled resource (packages are installed unzipped)."""
    with as_file(resource(package, *parts)) as path:
        return Path(path)


_BOOL = "tag:yaml.org,2002:bool"


class _SafeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """yaml.safe_load's constructors with libyaml's parser when PyYAML has it (10x faster:
    the analyzer reads ~60 rule and clause files at start-up), and YAML 1.2 booleans: only
    true/false are booleans, so a country code NO or a rule word "on" stay text."""


_SafeLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != _BOOL]
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
}
_SafeLoader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def parse_yaml(text: str, name: str) -> Any:
    """Parse YAML text; a syntax error becomes a DataError naming the file and line."""
    try:
        return yaml.load(text, Loader=_SafeLoader)  # noqa: S506
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise DataError(
            f"not valid YAML{where}: {getattr(exc, 'problem', exc)}", path=name
        ) from exc


def load_yaml(source: Traversable | Path, *, label: str | None = None) -> Any:
    """Read and parse a YAML file; errors name the file."""
    name = label or str(source)
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read file: {exc.strerror or exc}", path=name) from exc
    return parse_yaml(text, name)
