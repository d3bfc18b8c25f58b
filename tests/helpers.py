"""Small helpers several test modules share (test data files, DOCX text, soffice runs)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from generator import pdf


def write_csv(tmp_path: Path, text: str, name: str = "rows.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def docx_all_text(path: Path) -> str:
    """The paragraphs' text, then every table cell's, one per line."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def count_soffice_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that gets an item each time LibreOffice is started (it still runs)."""
    runs: list[int] = []
    real = pdf._run_soffice

    def counting(*args: object, **kwargs: object) -> str:
        runs.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "_run_soffice", counting)
    return runs
