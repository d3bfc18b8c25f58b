"""The HTML report: one self-contained, printable page per batch.

A summary matrix (documents by obligations, coloured status cells under the themes) comes
first, then each document's findings with the evidence highlighted in its context. Both
parts are written to spooled temporary files as documents arrive and joined on `close`,
so the page can open with the matrix while memory stays flat for any batch size.
"""

from __future__ import annotations

import shutil
from tempfile import SpooledTemporaryFile
from typing import Any, TextIO

from jinja2 import Environment, StrictUndefined

from analyzer.report_model import (
    STATUS_SYMBOL,
    ReportContext,
    document_line,
    findings_by_id,
    grouped_findings,
    location,
    summary_line,
)
from laborclause.resources import resource

SPOOL_BYTES = 1 << 20


def _environment() -> Environment:
    return Environment(
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


class HtmlWriter:
    def __init__(self, stream: TextIO, context: ReportContext):
        self.stream = stream
        self.context = context
        self.groups = context.groups
        self.titles = {o.id: o.title for o in context.obligations}
        source = resource("analyzer", "data", "report.html.j2").read_text(encoding="utf-8")
        template = _environment().from_string(
            source,
            globals={
                "symbols": STATUS_SYMBOL,
                "describe": document_line,
                "summarize": summary_line,
                "where": location,
                "grouped": lambda row: grouped_findings(row, context),
            },
        )
        self.macros: Any = template.module  # the template's macros, called like functions
        self.matrix: Any = SpooledTemporaryFile(SPOOL_BYTES, mode="w+", encoding="utf-8")
        self.sections: Any = SpooledTemporaryFile(SPOOL_BYTES, mode="w+", encoding="utf-8")
        self.count = 0
        self.failed = 0

    def write(self, row: dict[str, Any]) -> None:
        self.count += 1
        self.failed += "error" in row
        width = len(self.context.obligations)
        m = self.macros
        self.matrix.write(
            str(m.matrix_row(row, self.count, self.groups, findings_by_id(row), width))
        )
        self.sections.write(str(m.document(row, self.count, self.groups, self.titles)))

    def close(self) -> None:
        m = self.macros
        self.stream.write(str(m.head(self.context, self.count, self.failed)))
        self.stream.write(str(m.matrix_head(self.groups)))
        for spool, after in ((self.matrix, m.matrix_foot()), (self.sections, m.foot())):
            spool.seek(0)
            shutil.copyfileobj(spool, self.stream)
            spool.close()
            self.stream.write(str(after))
