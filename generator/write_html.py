"""Self-contained, printable HTML of the document model (jinja2 with autoescape)."""

from __future__ import annotations

from functools import lru_cache

import jinja2
import markupsafe

from generator.assemble import Document, Fields, Heading, Item, Paragraph, Signatures
from generator.context import DISCLAIMER
from laborclause.resources import resource

_TYPES = {
    Heading: "heading",
    Paragraph: "paragraph",
    Item: "item",
    Fields: "fields",
    Signatures: "signatures",
}


def css_string(value: str) -> markupsafe.Markup:
    """A quoted CSS string for the print page boxes (inside <style>, where HTML escaping
    does not apply): quotes and backslashes escaped, "<" as a CSS escape so the text can
    never close the style element."""
    escaped = (
        value.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3C ").replace("\n", " ")
    )
    return markupsafe.Markup(f'"{escaped}"')


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        undefined=jinja2.StrictUndefined, autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters["css_string"] = css_string
    source = resource("generator", "data", "document.html.j2").read_text(encoding="utf-8")
    return env.from_string(source)


def html_text(document: Document, provenance: dict[str, str]) -> str:
    """The page; the provenance and the disclaimer also go into <meta> tags, so they stay
    in the file when the printed note is switched off."""
    blocks = [{"type": _TYPES[type(block)], **block.__dict__} for block in document.blocks]
    return _template().render(
        document=document, blocks=blocks, provenance=provenance, disclaimer=DISCLAIMER
    )
