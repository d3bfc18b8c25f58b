"""Jinja rendering of clause and frame texts, and the paragraph format they share.

Texts are plain text with jinja variables: paragraphs separated by a blank line; a
paragraph starting with a marker "(a) ", "(b) " ... is a list item. Rendering is strict
(StrictUndefined): a text that names an unknown variable is a TemplateError naming the
template, never a blank in a document. Escaping is the writers' job (HTML escapes on
output, DOCX writes text through python-docx), so this environment does not autoescape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jinja2
from jinja2 import meta

from laborclause.errors import TemplateError

ITEM_MARKER = re.compile(r"^\(([a-z]{1,2}|[ivx]{1,5})\)\s+")
_LONE_TAG = re.compile(r"\{%-?[^%]*?-?%\}")


def _keep_line_breaks(source: str) -> str:
    """trim_blocks drops the newline after a block tag, which makes a tag that is alone on
    its line vanish cleanly; but after a tag that ends a line of prose it would glue two
    words together ("Viet Nam{% endif %}", newline, "(Supplier)"). A space keeps them apart."""
    lines = source.split("\n")
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.endswith("%}") and not _LONE_TAG.fullmatch(stripped):
            lines[index] = line + " "
    return "\n".join(lines)


@dataclass(frozen=True)
class TextBlock:
    """One paragraph of a text: `marker` is "(a)" for a list item, "" otherwise."""

    text: str
    marker: str = ""

    @property
    def is_item(self) -> bool:
        return bool(self.marker)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=4096)
def _compile(source: str, name: str) -> jinja2.Template:
    try:
        return environment().from_string(_keep_line_breaks(source))
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"template syntax error (line {exc.lineno}): {exc.message}", path=name
        ) from None


def undeclared(source: str, name: str) -> set[str]:
    """Top-level variable names a text uses (checked against the allowed names on load)."""
    try:
        return meta.find_undeclared_variables(environment().parse(source))
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"template syntax error (line {exc.lineno}): {exc.message}", path=name
        ) from None


def render(source: str, context: dict[str, Any], name: str) -> str:
    """Render one text strictly; `name` identifies the template in error messages."""
    template = _compile(source, name)
    try:
        return template.render(context).strip()
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"undefined variable: {exc.message}", path=name) from None
    except jinja2.TemplateError as exc:
        raise TemplateError(f"cannot render: {exc}", path=name) from None


def split_blocks(text: str) -> list[TextBlock]:
    """Paragraphs of a rendered text; line breaks inside a paragraph become spaces."""
    blocks: list[TextBlock] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        paragraph = " ".join(line.strip() for line in chunk.splitlines() if line.strip())
        if not paragraph:
            continue
        match = ITEM_MARKER.match(paragraph)
        if match:
            blocks.append(TextBlock(paragraph[match.end() :], f"({match.group(1)})"))
        else:
            blocks.append(TextBlock(paragraph))
    return blocks
