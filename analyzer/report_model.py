"""What every report format shares: the playbook's obligations grouped under the catalog's
themes, and small helpers that turn a report dict (one line of `--format jsonl`) into words.

Writers receive report dicts one at a time (`write`) and finish with `close`; they may keep
small per-document summaries but never Documents, so memory stays flat.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Protocol

from laborclause import load_catalog

STATUS_SYMBOL = {"present": "✔", "weak": "▲", "missing": "✘", "error": "!"}
STATUS_STYLE = {"present": "green", "weak": "yellow", "missing": "red", "error": "magenta"}


class ReportWriter(Protocol):
    def write(self, row: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class ObligationInfo:
    id: str
    level: str
    theme: str
    title: str


@dataclass(frozen=True)
class ThemeGroup:
    id: str
    title: str
    obligations: tuple[ObligationInfo, ...]


@dataclass(frozen=True)
class ReportContext:
    """The playbook a batch is checked against, and how to render for the output stream."""

    playbook_id: str
    playbook_version: str
    obligations: tuple[ObligationInfo, ...]
    color: bool = False
    width: int = 120

    @classmethod
    def from_playbook(
        cls, playbook: Any, *, color: bool = False, width: int = 120
    ) -> ReportContext:
        infos = tuple(
            ObligationInfo(info.id, info.level, info.theme, getattr(o, "title", None) or info.title)
            for o, info in zip(
                playbook.obligations,
                obligation_infos((o.id, o.level, o.theme) for o in playbook.obligations),
                strict=True,
            )
        )
        return cls(str(playbook.id), str(playbook.version), infos, color=color, width=width)

    @cached_property
    def groups(self) -> tuple[ThemeGroup, ...]:
        """The obligations under the catalog's themes, in catalog order; empty themes left out."""
        catalog = load_catalog()
        known = [t.id for t in catalog.themes]
        titles = {t.id: t.title for t in catalog.themes}
        order = known + sorted({o.theme for o in self.obligations} - set(known))
        groups = []
        for theme in order:
            members = tuple(o for o in self.obligations if o.theme == theme)
            if members:
                groups.append(ThemeGroup(theme, titles.get(theme, theme), members))
        return tuple(groups)


def obligation_infos(items: Iterable[tuple[str, str, str | None]]) -> tuple[ObligationInfo, ...]:
    """(id, level, theme) triples with catalog titles (and themes where a playbook has none)."""
    catalog = {o.id: o for o in load_catalog().obligations}
    infos = []
    for oid, level, theme in items:
        known = catalog.get(oid)
        infos.append(
            ObligationInfo(
                oid,
                str(level),
                theme or (known.theme if known else "other"),
                known.title if known else oid.replace("-", " ").capitalize(),
            )
        )
    return tuple(infos)


def catalog_context(*, color: bool = False, width: int = 120) -> ReportContext:
    """A context for the whole catalog, as the default playbook checks it."""
    catalog = load_catalog()
    return ReportContext(
        "ctpat-forced-labor",
        catalog.version,
        obligation_infos((o.id, o.level, o.theme) for o in catalog.obligations),
        color=color,
        width=width,
    )


def findings_by_id(row: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["obligation"]: f for f in row.get("findings") or []}


def grouped_findings(
    row: dict[str, Any], context: ReportContext
) -> list[tuple[ThemeGroup, list[dict[str, Any]]]]:
    """A row's findings under the themes, in playbook order within each theme."""
    found = findings_by_id(row)
    return [(g, [found[o.id] for o in g.obligations if o.id in found]) for g in context.groups]


def location(evidence: dict[str, Any] | None) -> str:
    """Where a piece of evidence stands: "p. 7, § 14.2"."""
    if not evidence:
        return ""
    parts = []
    if evidence.get("page") is not None:
        parts.append(f"p. {evidence['page']}")
    if evidence.get("section"):
        parts.append(f"§ {evidence['section']}")
    return ", ".join(parts)


def first_evidence(finding: dict[str, Any]) -> dict[str, Any] | None:
    evidence = finding.get("evidence") or []
    return evidence[0] if evidence else None


def document_line(row: dict[str, Any]) -> str:
    """ "pdf, 12 pages" — the document's format and size, for headings."""
    doc = row.get("document", {})
    parts = [str(doc.get("format") or "unknown")]
    if doc.get("pages"):
        parts.append(f"{doc['pages']} page{'s' if doc['pages'] != 1 else ''}")
    if row.get("quality") is not None:
        parts.append(f"text quality {row['quality']:.2f}")
    if doc.get("with"):
        parts.append("with " + ", ".join(doc["with"]))
    return ", ".join(parts)


def summary_line(row: dict[str, Any]) -> str:
    """ "20 present, 1 weak, 3 missing (required: 2 missing, 1 weak)"."""
    counts = {"present": 0, "weak": 0, "missing": 0}
    required = {"weak": 0, "missing": 0}
    for f in row.get("findings") or []:
        counts[f["status"]] = counts.get(f["status"], 0) + 1
        if f.get("level") == "required" and f["status"] in required:
            required[f["status"]] += 1
    text = f"{counts['present']} present, {counts['weak']} weak, {counts['missing']} missing"
    return f"{text} (required: {required['missing']} missing, {required['weak']} weak)"


def error_text(row: dict[str, Any]) -> str:
    error = row.get("error") or {}
    return f"{error.get('code', 'error')}: {error.get('message', '')}"
