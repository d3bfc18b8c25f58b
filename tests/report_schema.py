"""The `analyze --format jsonl` schema of shared/spec/interfaces.md, checked inside the project.

Used by the report tests; the same checks as the shared `check-report` tool, so the tests
run where that tool is absent (a clone of the project).
"""

from __future__ import annotations

import json
from typing import Any

from laborclause import load_catalog

STATUSES = {"present", "weak", "missing"}
LEVELS = {"required", "recommended"}
SUMMARY_KEYS = {"required_missing", "required_weak", "recommended_missing"}


def problems(row: dict[str, Any]) -> list[str]:
    """Everything wrong with one report line (empty: it fits)."""
    found: list[str] = []
    doc = row.get("document")
    if not isinstance(doc, dict) or not {"path", "format", "sha256", "pages"} <= doc.keys():
        found.append("document needs path, format, sha256, pages")
    if "error" in row:
        error = row["error"]
        if not (isinstance(error, dict) and error.get("code") and error.get("message")):
            found.append("error needs code and message")
        if "findings" in row:
            found.append("an error line has no findings")
        return found
    playbook = row.get("playbook") or {}
    if not (playbook.get("id") and playbook.get("version")):
        found.append("playbook needs id and version")
    findings = row.get("findings")
    if not isinstance(findings, list):
        return [*found, "findings missing"]
    if (
        playbook.get("id") == "ctpat-forced-labor"
        and [f.get("obligation") for f in findings] != load_catalog().ids
    ):
        found.append("findings must list the catalog ids in catalog order")
    for f in findings:
        name = f.get("obligation")
        if f.get("status") not in STATUSES:
            found.append(f"{name}: status {f.get('status')!r}")
        if f.get("level") not in LEVELS:
            found.append(f"{name}: level {f.get('level')!r}")
        if not isinstance(f.get("confidence"), (int, float)) or not 0 <= f["confidence"] <= 1:
            found.append(f"{name}: confidence must be a number in 0..1")
        evidence = f.get("evidence")
        if not isinstance(evidence, list):
            found.append(f"{name}: evidence must be a list")
            continue
        if (f.get("status") == "missing") == bool(evidence):
            found.append(f"{name}: evidence must be empty exactly when missing")
        for e in evidence:
            if not (isinstance(e.get("text"), str) and e["text"].strip()):
                found.append(f"{name}: evidence without text")
            if not {"page", "section", "start", "end"} <= e.keys():
                found.append(f"{name}: evidence needs page, section, start, end")
    summary = row.get("summary")
    if not isinstance(summary, dict) or not SUMMARY_KEYS <= summary.keys():
        found.append(f"summary needs {sorted(SUMMARY_KEYS)}")
    return found


def check_jsonl(text: str) -> list[dict[str, Any]]:
    """Parse a jsonl report and assert every line fits the schema; return the rows."""
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    for n, row in enumerate(rows, 1):
        assert problems(row) == [], f"line {n}: {problems(row)}"
    return rows
