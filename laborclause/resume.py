"""`--resume`: skip inputs whose sha256 already has a row in an existing output file.

Output is written as results arrive (jsonl, csv), so after a crash the file holds every
finished document; a rerun with --resume appends only the rest.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def done_hashes(output: Path) -> set[str]:
    """The sha256 of every document that already has a (non-error) row in `output`."""
    if not output.exists():
        return set()
    if output.suffix.lower() == ".csv":
        with output.open(newline="", encoding="utf-8") as handle:
            return {
                row["sha256"]
                for row in csv.DictReader(handle)
                if row.get("sha256") and not row.get("error")
            }
    hashes: set[str] = set()
    with output.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short by the crash: that document runs again
            sha = (row.get("document") or {}).get("sha256")
            if sha and "error" not in row:
                hashes.add(sha)
    return hashes


def pending(paths: Iterable[Path], done: set[str]) -> Iterator[Path]:
    """The inputs not yet in the output (unreadable files are kept: they report their error)."""
    for path in paths:
        try:
            if file_sha256(path) in done:
                continue
        except OSError:
            pass
        yield path


def drop_partial_line(output: Path) -> None:
    """Cut a last line left unfinished by a crash, so appended rows start on a new line."""
    if not output.exists() or output.stat().st_size == 0:
        return
    data = output.read_bytes()
    if data.endswith(b"\n"):
        return
    output.write_bytes(data[: data.rfind(b"\n") + 1])
