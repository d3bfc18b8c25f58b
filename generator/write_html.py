"""Self-contained, printable HTML of the document model (jinja2 with autoescape)."""

from __future__ import annotations

from functools import lru_cache

import jinja2

from generator.assemble import Document, Fields, Heading, Item, Paragraph, Signatures

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="laborclause">
<title>{{ document.title }} · {{ document.company }}</title>
<style>
@page { size: A4; margin: 2.2cm 2cm 2.4cm 2cm; }
body { font-family: Georgia, "Times New Roman", serif; font-size: 11pt; line-height: 1.45;
       max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; }
header.running, footer.running { font-size: 9pt; color: #555; }
header.running { border-bottom: 1px solid #ccc; padding-bottom: .3em; margin-bottom: 1.5em; }
footer.running { border-top: 1px solid #ccc; padding-top: .3em; margin-top: 2.5em; }
h1 { font-size: 20pt; margin: .2em 0 .3em; }
h2 { font-size: 13pt; margin: 1.4em 0 .4em; page-break-after: avoid; }
h3 { font-size: 11.5pt; margin: 1.1em 0 .3em; page-break-after: avoid; }
p { margin: .45em 0; text-align: justify; }
p.subtitle { font-size: 12pt; color: #333; }
p.note { font-style: italic; font-size: 9.5pt; color: #444; border-left: 3px solid #bbb; padding-left: .6em; }
p.item { margin-left: 2.6em; text-indent: -2.2em; }
span.marker { display: inline-block; min-width: 2.2em; text-indent: 0; }
table { border-collapse: collapse; width: 100%; margin: .8em 0; page-break-inside: avoid; }
td, th { border: 1px solid #999; padding: .35em .5em; vertical-align: top; text-align: left; }
table.signatures td { height: 2.2em; }
@media print { body { margin: 0; max-width: none; } header.running, footer.running { color: #000; } }
</style>
</head>
<body>
<header class="running">{{ document.company }}</header>
<h1>{{ document.title }}</h1>
{% if document.subtitle %}<p class="subtitle">{{ document.subtitle }}</p>
{% endif %}
{% for block in blocks %}
{% if block.type == "heading" %}<h{{ block.level + 1 }}>{% if block.number %}{{ block.number }} {% endif %}{{ block.text }}</h{{ block.level + 1 }}>
{% elif block.type == "paragraph" %}<p{% if block.role == "note" %} class="note"{% endif %}>{{ block.text }}</p>
{% elif block.type == "item" %}<p class="item"><span class="marker">{{ block.marker }}</span>{{ block.text }}</p>
{% elif block.type == "fields" %}<table class="fields">
{% for label, value in block.rows %}<tr><th scope="row">{{ label }}</th><td>{{ value }}</td></tr>
{% endfor %}</table>
{% elif block.type == "signatures" %}{% if block.intro %}<p>{{ block.intro }}</p>
{% endif %}<table class="signatures">
<tr>{% for heading, rows in block.parties %}<th>{{ heading }}</th>{% endfor %}</tr>
{% for index in range(block.parties[0][1] | length) %}<tr>{% for heading, rows in block.parties %}<td>{{ rows[index][0] }}: {{ rows[index][1] }}</td>{% endfor %}</tr>
{% endfor %}</table>
{% endif %}
{% endfor %}
<footer class="running">{{ document.company }} · {{ document.footer }}</footer>
</body>
</html>
"""

_TYPES = {Heading: "heading", Paragraph: "paragraph", Item: "item", Fields: "fields", Signatures: "signatures"}


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        undefined=jinja2.StrictUndefined, autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    return env.from_string(PAGE)


def html_text(document: Document) -> str:
    blocks = [{"type": _TYPES[type(block)], **block.__dict__} for block in document.blocks]
    return _template().render(document=document, blocks=blocks)
