"""What the analyzer reports: one Finding per playbook obligation, with located evidence."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["present", "weak", "missing"]


@dataclass(frozen=True)
class Evidence:
    text: str
    page: int | None
    section: str | None
    start: int
    end: int


@dataclass
class Finding:
    obligation: str
    level: str  # required | recommended
    status: Status
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)
    clause: str | None = None  # the library clause that fills the gap / matches
    theme: str | None = None
    reason: str = ""  # why this status, in words a lawyer can check

    def to_dict(self) -> dict[str, Any]:
        return {
            "obligation": self.obligation,
            "level": self.level,
            "status": self.status,
            "confidence": round(self.confidence, 3),
            "evidence": [asdict(e) for e in self.evidence],
            "clause": self.clause,
            "theme": self.theme,
            "reason": self.reason,
        }


@dataclass
class Analysis:
    """The result for one document (or an error in its place)."""

    document: dict[str, Any]  # Document.meta()
    playbook: dict[str, str] | None = None  # {"id", "version"}
    findings: list[Finding] = field(default_factory=list)
    quality: float | None = None  # text-quality score 0..1 of the extracted text
    error: dict[str, str] | None = None  # {"code", "message"}

    def summary(self) -> dict[str, int]:
        counts = {
            "required_missing": 0,
            "required_weak": 0,
            "recommended_missing": 0,
            "recommended_weak": 0,
            "present": 0,
        }
        for f in self.findings:
            if f.status == "present":
                counts["present"] += 1
            else:
                counts[f"{f.level}_{f.status}"] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        if self.error is not None:
            return {"document": self.document, "error": self.error}
        return {
            "document": self.document,
            "playbook": self.playbook,
            "quality": None if self.quality is None else round(self.quality, 3),
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary(),
        }
