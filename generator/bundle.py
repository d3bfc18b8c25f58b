"""`generate bundle --batch suppliers.csv -o DIR`: per supplier, a folder with the papers
a first-tier supplier signs, and a manifest an auditor can check them against.

Each folder holds the supplier code of conduct, the forced-labor clause rider and a
training acknowledgement (DOCX), plus `manifest.json`: every file with its SHA-256 and
provenance (kind, template and clause-library versions, data hash, "law as of" date).
A folder is written completely or not at all: it is built under a temporary name and
renamed into place, so a failed row never leaves half a bundle.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from generator.batch_generate import (
    base_data,
    check_columns,
    file_stems,
    make_out_dir,
    read_rows,
    report,
    run_rows,
    warm_up,
)
from generator.data_model import load_data
from generator.render import provenance, write_document
from laborclause.errors import DataError
from laborclause.shipping import FileFields

BUNDLE_KINDS: tuple[str, ...] = (
    "code-of-conduct",
    "forced-labor-clauses",
    "training-acknowledgement",
)
NAME_COLUMN = "supplier.name"
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class BundleJob:
    """The small, picklable work item for one supplier row."""

    data_path: str
    source: str
    row: int
    overrides: tuple[tuple[str, str], ...]
    folder: str
    problem: str | None = None

    # The fields naming files, for workers on other machines (laborclause.shipping).
    shipped_files: ClassVar[FileFields] = FileFields(shared=("data_path",), outputs=("folder",))


def generate_bundles(
    data_path: Path,
    rows_csv: Path,
    out_dir: Path,
    workers: int = 1,
    scheduler: str | None = None,
) -> int:
    """One bundle folder per supplier row of `rows_csv` in `out_dir`; 2 if any row failed."""
    load_data(data_path)  # a bad data file is one error, not one per row
    header, rows = read_rows(rows_csv)
    if NAME_COLUMN not in header:
        raise DataError(
            f"a supplier list needs a {NAME_COLUMN!r} column; columns: {', '.join(header)}",
            path=rows_csv,
        )
    columns = check_columns(header, rows_csv)
    out_dir = make_out_dir(out_dir)
    jobs = [
        BundleJob(
            data_path=str(Path(data_path).resolve()),  # a Dask worker may run elsewhere
            source=row.source,
            row=row.number,
            overrides=tuple((c, row.cells.get(c) or "") for c in columns),
            folder=str(out_dir.resolve() / stem),
            problem=row.problem,
        )
        for row, stem in zip(rows, file_stems(rows, NAME_COLUMN), strict=True)
    ]
    if workers > 1 and not scheduler:
        warm_up(BUNDLE_KINDS, data_path)
    written, failures = run_rows(render_bundle, jobs, workers, scheduler, "supplier bundles")
    return report(written, failures, out_dir, noun="bundle")


def render_bundle(job: BundleJob) -> str:
    """Worker: render the bundle's documents and manifest, then move the folder into place."""
    if job.problem:
        raise DataError(job.problem, path=job.source)
    data = base_data(job.data_path).merged(dict(job.overrides), job.source)
    for kind in BUNDLE_KINDS:
        data.require(kind)  # before anything is written
    folder = Path(job.folder)
    staging = folder.parent / f".{folder.name}.{uuid.uuid4().hex[:12]}.partial"
    staging.mkdir()  # not tempfile.mkdtemp: the folder keeps the user's usual permissions
    try:
        files = []
        for kind in BUNDLE_KINDS:
            path = write_document(kind, data, staging / f"{kind}.docx")
            content = path.read_bytes()
            files.append(
                {
                    "file": path.name,
                    "kind": kind,
                    "sha256": hashlib.sha256(content).hexdigest(),
                    "bytes": len(content),
                    "provenance": provenance(kind, data),
                }
            )
        manifest = {
            "supplier": data.supplier.name,
            "row": job.row,
            "data_sha256": data.sha256(),
            "files": files,
        }
        text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
        (staging / MANIFEST).write_text(text, encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(staging, folder)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return str(folder)
