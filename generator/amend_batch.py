"""`amend FOLDER -o DIR`: one amendment per contract that has gaps, and summary.csv.

The contracts are found the way `analyze` finds them (analyzer.readers.iter_documents),
each one is amended by the pure function `amend_run.amend_contract` on the shared batch
runner, and summary.csv gets one row per contract in input order: what its amendment adds
and replaces, "no gaps", or the error that stopped it. A bad file never stops the others.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.amend_run import AmendTask, amend_contract
from laborclause.batch import run_ordered
from laborclause.errors import DataError, DocumentError
from laborclause.executors import open_executor

SUMMARY = "summary.csv"
COLUMNS = (
    "contract",
    "status",
    "amendment",
    "redline",
    "clauses",
    "adds",
    "replaces",
    "supersedes",
    "unfilled",
    "error",
)


def _targets(contracts: list[Path], out_dir: Path, suffix: str) -> list[Path]:
    """`<stem>-amendment.<suffix>`, made unique when two contracts share a stem."""
    seen: dict[str, int] = {}
    targets = []
    for contract in contracts:
        stem = contract.stem
        seen[stem] = seen.get(stem, 0) + 1
        name = stem if seen[stem] == 1 else f"{stem}-{seen[stem]}"
        targets.append(out_dir / f"{name}{suffix}")
    return targets


def batch_tasks(
    folder: Path, out_dir: Path, template: AmendTask, redline_dir: Path | None
) -> Iterator[AmendTask]:
    from analyzer.readers import iter_documents

    own = [d.resolve() for d in (out_dir, redline_dir) if d is not None]
    contracts = [
        c for c in iter_documents([folder]) if not any(c.resolve().is_relative_to(d) for d in own)
    ]
    if not contracts:
        raise DocumentError(
            "no contracts to amend here (looked for PDF, DOCX, TXT, MD, HTML)", path=folder
        )
    outputs = _targets(contracts, out_dir, f"-amendment.{template.fmt}")
    redlines = (
        _targets(contracts, redline_dir, "-redline.docx")
        if redline_dir
        else [None] * len(contracts)
    )
    for contract, out, redline in zip(contracts, outputs, redlines, strict=True):
        docx = contract.suffix.lower() == ".docx"
        yield replace(
            template,
            contract=str(contract),
            out=str(out),
            redline=str(redline) if redline is not None and docx else None,
        )


def summary_row(result: dict[str, Any]) -> dict[str, str]:
    return {
        "contract": result["contract"],
        "status": "amended"
        if result["amendment"]
        else ("nothing to add" if result["unfilled"] else "no gaps"),
        "amendment": result["amendment"] or "",
        "redline": result["redline"] or "",
        "clauses": ";".join(result["clauses"]),
        "adds": ";".join(result["added"]),
        "replaces": ";".join(result["replaced"]),
        "supersedes": ";".join(result["supersedes"]),
        "unfilled": ";".join(result["unfilled"]),
        "error": "",
    }


def amend_folder(
    folder: Path,
    out_dir: Path,
    template: AmendTask,
    *,
    redline_dir: Path | None,
    workers: int,
    scheduler: str | None,
    echo: Callable[[str], None],
    error: Callable[[str], None],
) -> int:
    """Amend every contract under `folder` into `out_dir`; 2 if any failed, else 0."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataError(
            f"cannot create the output folder: {exc.strerror or exc}", path=out_dir
        ) from None
    tasks = batch_tasks(folder, out_dir, template, redline_dir)
    counts = {"amended": 0, "no gaps": 0, "nothing to add": 0, "error": 0}
    with open(out_dir / SUMMARY, "w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=COLUMNS)
        writer.writeheader()
        with open_executor(workers, scheduler) as executor:
            for outcome in run_ordered(amend_contract, tasks, workers=workers, executor=executor):
                if outcome.ok:
                    assert outcome.value is not None
                    row = summary_row(outcome.value)
                else:
                    assert outcome.error is not None
                    message = outcome.error.message
                    row = dict.fromkeys(COLUMNS, "")
                    row.update(contract=outcome.item.contract, status="error", error=message)
                    error(f"laborclause: error: {outcome.item.contract}: {message}")
                counts[row["status"]] += 1
                writer.writerow(row)
                stream.flush()
    unfilled = (
        f", {counts['nothing to add']} with gaps no clause fills"
        if counts["nothing to add"]
        else ""
    )
    echo(
        f"{counts['amended']} amended, {counts['no gaps']} with no gaps{unfilled}, "
        f"{counts['error']} failed; summary: {out_dir / SUMMARY}"
    )
    return 2 if counts["error"] else 0
