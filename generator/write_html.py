"""Self-contained, printable HTML of the document model (jinja2 with autoescape)."""

from __future__ import annotations

from functools import lru_cache

import jinja2

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


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        undefined=jinja2.StrictUndefined, autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    source = resource("generator", "data", "document.html.j2").read_text(encoding="utf-8")
    return env.from_string(source)


def html_text(document: Document, provenance: dict[str, str]) -> str:
    """The page; the provenance and the disclaimer also go into <meta> tags, so they stay
    in the file when the printed note is switched off."""
    blocks = [{"type": _TYPES[type(block)], **block.__dict__} for block in document.blocks]
    return _template().render(
        document=document, blocks=blocks, provenance=provenance, disclaimer=DISCLAIMER
    )
