"""The report formats of `analyze --format`, by name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from analyzer.report_formats import CsvWriter, JsonlWriter, JsonWriter, MarkdownWriter
from analyzer.report_html import HtmlWriter
from analyzer.report_model import ReportContext, ReportWriter
from analyzer.report_table import TableWriter

WRITERS: dict[str, Callable[[TextIO, ReportContext], ReportWriter]] = {
    "table": TableWriter,
    "json": JsonWriter,
    "jsonl": JsonlWriter,
    "csv": CsvWriter,
    "html": HtmlWriter,
    "md": MarkdownWriter,
}
FORMATS = tuple(WRITERS)
# Formats whose report shows the text around each piece of evidence.
NEEDS_CONTEXT = frozenset({"html"})
_SUFFIXES = {"htm": "html", "markdown": "md", "ndjson": "jsonl", "txt": "table"}


def open_writer(
    fmt: str, stream: TextIO, context: ReportContext, *, continuing: bool = False
) -> ReportWriter:
    """A writer for `fmt`; `continuing`: the stream already holds rows (csv: no header)."""
    if fmt == "csv":
        return CsvWriter(stream, context, header=not continuing)
    return WRITERS[fmt](stream, context)


def format_for(fmt: str | None, output: str | None) -> str:
    """The format asked for, else the one the output file's suffix names, else table."""
    if fmt:
        return fmt
    suffix = Path(output).suffix.lower().lstrip(".") if output else ""
    suffix = _SUFFIXES.get(suffix, suffix)
    return suffix if suffix in WRITERS else "table"
