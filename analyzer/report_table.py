"""The terminal report: one rich table per document, obligations grouped under the themes.

Colour only when the output is a terminal (`ReportContext.color`); the status is also
spelled out with a symbol, so the table reads the same in black and white.
"""

from __future__ import annotations

from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from analyzer.report_model import (
    STATUS_STYLE,
    STATUS_SYMBOL,
    ReportContext,
    document_line,
    error_text,
    first_evidence,
    grouped_findings,
    location,
    summary_line,
)

# Fixed columns keep their width; the evidence excerpt takes what is left of the line.
FIXED_COLUMNS = (("Obligation", 32), ("Level", 11), ("Status", 9), ("Conf.", 5), ("Where", 11))
MIN_EVIDENCE = 16  # narrower terminals get no evidence column


class TableWriter:
    def __init__(self, stream: TextIO, context: ReportContext):
        self.context = context
        self.console = Console(
            file=stream,
            width=context.width,
            color_system="auto" if context.color else None,
            force_terminal=context.color,
            no_color=not context.color,
            highlight=False,
            emoji=False,
            soft_wrap=False,
        )
        self.count = 0

    def write(self, row: dict[str, Any]) -> None:
        if self.count:
            self.console.print()
        self.count += 1
        path = str(row.get("document", {}).get("path"))
        if "error" in row:
            self.console.print(
                Text.assemble(
                    (path, "bold"),
                    "  ",
                    (f"{STATUS_SYMBOL['error']} could not be checked: ", STATUS_STYLE["error"]),
                    error_text(row),
                )
            )
            return
        self.console.print(self._table(row, path))
        self.console.print(Text(f"  {summary_line(row)}", style="bold"))

    def _table(self, row: dict[str, Any], path: str) -> Table:
        playbook = row.get("playbook") or {}
        table = Table(
            title=Text.assemble(
                (path, "bold"),
                f"  ({document_line(row)}; playbook "
                f"{playbook.get('id')} v{playbook.get('version')})",
            ),
            title_justify="left",
            show_edge=False,
            expand=True,
            pad_edge=False,
        )
        for name, width in FIXED_COLUMNS:
            table.add_column(
                name, no_wrap=True, min_width=width, justify="right" if name == "Conf." else "left"
            )
        rest = self.context.width - sum(w for _, w in FIXED_COLUMNS) - 3 * len(FIXED_COLUMNS) - 1
        evidence_column = rest >= MIN_EVIDENCE
        if evidence_column:
            table.add_column("Evidence", overflow="ellipsis", no_wrap=True, max_width=rest)
        for group, findings in grouped_findings(row, self.context):
            table.add_row(Text(group.title, style="bold underline"))
            for f in findings:
                status = f["status"]
                evidence = first_evidence(f)
                cells: list[str | Text] = [
                    "  " + f["obligation"],
                    f["level"],
                    Text(f"{STATUS_SYMBOL[status]} {status}", style=STATUS_STYLE[status]),
                    f"{f['confidence']:.2f}",
                    location(evidence),
                ]
                if evidence_column:
                    quote = evidence["text"] if evidence else f.get("reason") or ""
                    cells.append(" ".join(quote.split()))
                table.add_row(*cells)
        return table

    def close(self) -> None:
        if self.count == 0:
            self.console.print("No documents.")
