"""Streaming text reports: jsonl, json, csv and Markdown. Each writes a document as it arrives."""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from analyzer.report_model import (
    STATUS_SYMBOL,
    ReportContext,
    document_line,
    error_text,
    first_evidence,
    grouped_findings,
    location,
    summary_line,
)

CSV_COLUMNS = [
    "path",
    "sha256",
    "obligation",
    "theme",
    "level",
    "status",
    "confidence",
    "page",
    "section",
    "evidence",
    "reason",
    "error",
]
# A cell starting with one of these is a formula to a spreadsheet (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _json(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, separators=(", ", ": "))


class JsonlWriter:
    """One JSON object per line, the schema of interfaces.md."""

    def __init__(self, stream: TextIO, context: ReportContext):
        self.stream = stream

    def write(self, row: dict[str, Any]) -> None:
        self.stream.write(_json(row) + "\n")
        self.stream.flush()

    def close(self) -> None:
        pass


class JsonWriter:
    """The same objects as one JSON array, written element by element."""

    def __init__(self, stream: TextIO, context: ReportContext):
        self.stream = stream
        self.count = 0

    def write(self, row: dict[str, Any]) -> None:
        self.stream.write(("[\n" if self.count == 0 else ",\n") + _json(row))
        self.count += 1

    def close(self) -> None:
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


class CsvWriter:
    """One row per document and obligation; a document that could not be read gets one row."""

    def __init__(self, stream: TextIO, context: ReportContext, *, header: bool = True):
        self.context = context
        self.csv = csv.writer(stream, lineterminator="\n")
        self.stream = stream
        if header:
            self.csv.writerow(CSV_COLUMNS)

    def write(self, row: dict[str, Any]) -> None:
        doc = row.get("document", {})
        base = {"path": doc.get("path"), "sha256": doc.get("sha256")}
        if "error" in row:
            self.csv.writerow(
                [_cell({**base, "error": error_text(row)}.get(c)) for c in CSV_COLUMNS]
            )
        for group, findings in grouped_findings(row, self.context):
            for f in findings:
                evidence = first_evidence(f) or {}
                values = {
                    **base,
                    "obligation": f["obligation"],
                    "theme": group.id,
                    "level": f["level"],
                    "status": f["status"],
                    "confidence": f"{f['confidence']:.2f}",
                    "page": evidence.get("page"),
                    "section": evidence.get("section"),
                    "evidence": evidence.get("text"),
                    "reason": f.get("reason"),
                }
                self.csv.writerow([_cell(values.get(c)) for c in CSV_COLUMNS])
        self.stream.flush()

    def close(self) -> None:
        pass


def _md(text: Any) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text or "").split()).replace("\\", "\\\\").replace("|", "\\|")


class MarkdownWriter:
    """A heading per document, a table per theme."""

    def __init__(self, stream: TextIO, context: ReportContext):
        self.stream = stream
        self.context = context
        self.count = 0

    def write(self, row: dict[str, Any]) -> None:
        if self.count == 0:
            c = self.context
            self.stream.write(f"# Contract check: playbook {c.playbook_id} v{c.playbook_version}\n")
        self.count += 1
        out = [f"\n## {_md(row['document'].get('path'))}\n"]
        if "error" in row:
            out.append(f"\n**Could not be checked** ({_md(error_text(row))})\n")
            self.stream.write("".join(out))
            return
        out.append(f"\n{_md(document_line(row))}. {summary_line(row)}.\n")
        for group, findings in grouped_findings(row, self.context):
            out.append(f"\n### {group.title}\n\n")
            out.append("| Obligation | Level | Status | Confidence | Where | Evidence |\n")
            out.append("|---|---|---|---|---|---|\n")
            for f in findings:
                evidence = first_evidence(f)
                quote = f"“{_md(evidence['text'])}”" if evidence else _md(f.get("reason"))
                out.append(
                    f"| {f['obligation']} | {f['level']} | {STATUS_SYMBOL[f['status']]} "
                    f"{f['status']} | {f['confidence']:.2f} | {_md(location(evidence))} "
                    f"| {quote} |\n"
                )
        self.stream.write("".join(out))
        self.stream.flush()

    def close(self) -> None:
        if self.count == 0:
            self.stream.write("# Contract check\n\nNo documents.\n")
