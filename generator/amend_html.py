"""The redline view of an amendment (`amend --format html`): per gap, what the analysis
found, the contract's own words for a weak term, and the clause the amendment adds.

One self-contained page (jinja2, autoescape, StrictUndefined), so contract text such as
"Smith & Sons <Ltd>" cannot break it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import jinja2

from generator.amend import Amendment
from generator.assemble import Heading, Item, Paragraph
from laborclause.resources import resource


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        undefined=jinja2.StrictUndefined, autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    source = resource("generator", "data", "amendment-redline.html.j2").read_text(encoding="utf-8")
    return env.from_string(source)


def clause_blocks(amendment: Amendment, number: str) -> list[dict[str, str]]:
    """The paragraphs of the amendment's section `number`, after its heading."""
    out: list[dict[str, str]] = []
    inside = False
    for block in amendment.document.blocks:
        if isinstance(block, Heading):
            if inside:
                break
            inside = block.number.rstrip(".") == number
        elif inside and isinstance(block, (Paragraph, Item)):
            marker = block.marker if isinstance(block, Item) else ""
            out.append({"marker": marker, "text": block.text})
    return out


def redline_html(amendment: Amendment, report: dict[str, Any]) -> str:
    findings = {f["obligation"]: f for f in report.get("findings", [])}
    rows = []
    for planned in amendment.plan.clauses:
        blocks = clause_blocks(amendment, planned.number)
        supersedes = blocks[0]["text"] if planned.replaces is not None and blocks else ""
        for gap in planned.gaps:
            rows.append(
                {
                    "gap": gap,
                    "confidence": findings.get(gap.obligation, {}).get("confidence"),
                    "number": planned.number,
                    "title": planned.clause.title,
                    "clause": planned.clause.id,
                    "supersedes": supersedes,
                    "blocks": blocks[1:] if supersedes else blocks,
                }
            )
    return _template().render(
        document=amendment.document,
        parties=amendment.parties,
        contract=report.get("document", {}),
        rows=rows,
        unfilled=amendment.plan.unfilled,
        present=amendment.plan.present,
    )
