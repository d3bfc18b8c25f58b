"""`generate KIND --batch rows.csv -o DIR`: one document per CSV row, rows in parallel.

Each row's cells override the data file (dotted column names such as `supplier.name`,
see `CompanyData.merged`). Rows run through the one batch runner
(`laborclause.batch.run_ordered`) on the executor from `laborclause.executors`, so a
bad row becomes one line on stderr naming its row number and the good rows are still
written. For PDF every DOCX is rendered first and LibreOffice converts them all in
one run.
"""

from __future__ import annotations

import csv
import re
import shutil
import sys
import tempfile
import types
import typing
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

import click
from pydantic import BaseModel
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from generator.data_model import CompanyData, load_data
from generator.pdf import convert_collecting, find_soffice
from generator.render import FORMATS, check_kind, render_bytes, write_document
from generator.user_template import check_template_file
from laborclause.batch import Outcome, run_ordered
from laborclause.errors import DataError, LaborclauseError
from laborclause.executors import open_executor
from laborclause.shipping import FileFields

# Default file-name columns, in order of preference per kind.
NAME_COLUMNS = {"training-acknowledgement": ("trainee.name", "supplier.name")}
DEFAULT_NAME_COLUMNS = ("supplier.name", "trainee.name")
MAX_SLUG = 80


@dataclass(frozen=True)
class Row:
    """One CSV data row: its spreadsheet row number (the header is row 1) and cells."""

    number: int
    source: str  # "rows.csv row 4", for messages
    cells: dict[str, str]
    problem: str | None = None  # found while reading: reported when the row's turn comes


@dataclass(frozen=True)
class RowJob:
    """The small, picklable work item a worker gets for one document."""

    kind: str
    data_path: str
    source: str
    overrides: tuple[tuple[str, str], ...]
    out: str
    fmt: str
    template: str | None
    problem: str | None = None

    # The fields naming files, for workers on other machines (laborclause.shipping).
    shipped_files: ClassVar[FileFields] = FileFields(
        shared=("data_path", "template"), outputs=("out",)
    )


def generate_batch(
    kind: str,
    data_path: Path,
    rows_csv: Path,
    out_dir: Path,
    fmt: str = "docx",
    name_column: str | None = None,
    template: Path | None = None,
    workers: int = 1,
    scheduler: str | None = None,
) -> int:
    """Write one `kind` document per row of `rows_csv` into `out_dir`; 2 if any row failed."""
    check_kind(kind)
    if fmt not in FORMATS:
        raise DataError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    load_data(data_path)  # a bad data file or template is one error, not one per row
    if template is not None:
        check_template_file(template)
    if fmt == "pdf":
        find_soffice()  # before rendering anything
    header, rows = read_rows(rows_csv)
    names = name_column or next(
        (c for c in NAME_COLUMNS.get(kind, DEFAULT_NAME_COLUMNS) if c in header), None
    )
    if names is not None and names not in header:
        raise DataError(
            f"no column {names!r} for file names; columns: {', '.join(header)}", path=rows_csv
        )
    data_columns = check_columns(header, rows_csv, exempt=name_column)
    out_dir = make_out_dir(out_dir)
    docx_dir = Path(tempfile.mkdtemp(prefix=".docx-", dir=out_dir)) if fmt == "pdf" else out_dir
    render_fmt = "docx" if fmt == "pdf" else fmt
    try:
        stems = file_stems(rows, names)
        jobs = [
            RowJob(
                kind=kind,
                # Absolute paths: a Dask worker may run in another directory.
                data_path=str(Path(data_path).resolve()),
                source=row.source,
                overrides=tuple((c, row.cells.get(c) or "") for c in data_columns),
                out=str(docx_dir.resolve() / f"{stem}.{render_fmt}"),
                fmt=render_fmt,
                template=str(Path(template).resolve()) if template is not None else None,
                problem=row.problem,
            )
            for row, stem in zip(rows, stems, strict=True)
        ]
        if workers > 1 and not scheduler:
            warm_up((kind,), data_path)
        written, failures = run_rows(render_row, jobs, workers, scheduler, f"{kind} documents")
        if fmt == "pdf" and written:
            written, more_failures = convert_all(written, out_dir, rows_csv)
            failures += more_failures
    finally:
        if docx_dir != out_dir:
            shutil.rmtree(docx_dir, ignore_errors=True)
    return report(written, failures, out_dir)


def render_row(job: RowJob) -> str:
    """Worker: the row's data laid over the (per-process cached) data file, rendered to a file."""
    if job.problem:
        raise DataError(job.problem, path=job.source)
    data = base_data(job.data_path).merged(dict(job.overrides), job.source)
    template = Path(job.template) if job.template else None
    return str(write_document(job.kind, data, Path(job.out), job.fmt, template))


def base_data(path: str) -> CompanyData:
    """The data file, read once per worker process (again only if the file changes)."""
    stat = Path(path).stat()
    return _load_cached(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _load_cached(path: str, mtime_ns: int, size: int) -> CompanyData:
    return load_data(path)


def warm_up(kinds: Iterable[str], data_path: Path) -> None:
    """Render one document per kind here, before worker processes fork from this one.

    The workers then inherit the parsed clause library, frames, compiled templates and
    imported writers instead of each spending about a second on them.
    """
    data = base_data(str(Path(data_path).resolve()))
    for kind in kinds:
        try:
            render_bytes(kind, data, "docx")
        except LaborclauseError:
            pass  # the rows may supply what the data file lacks; each row reports for itself


def read_rows(path: Path) -> tuple[list[str], list[Row]]:
    """Header and data rows of a UTF-8 CSV (a BOM from Excel is accepted)."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            lines = list(reader)
    except OSError as exc:
        raise DataError(f"cannot read CSV file: {exc.strerror or exc}", path=path) from None
    except UnicodeDecodeError:
        raise DataError("CSV file is not UTF-8 text (save it as 'CSV UTF-8')", path=path) from None
    except csv.Error as exc:
        raise DataError(f"not a valid CSV file: {exc}", path=path) from None
    if not lines or not any(cell.strip() for cell in lines[0]):
        raise DataError("CSV file has no header row", path=path)
    header = [cell.strip() for cell in lines[0]]
    duplicates = sorted({c for c in header if header.count(c) > 1})
    if duplicates or "" in header:
        what = f"duplicate column {duplicates[0]!r}" if duplicates else "a column has no name"
        raise DataError(f"CSV header: {what}", path=path)
    rows = []
    for index, cells in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # blank line
        source = f"{path} row {index}"
        problem: str | None = None
        if len(cells) > len(header):
            problem = f"row has {len(cells)} cells but the header has {len(header)} columns"
        rows.append(Row(index, source, dict(zip(header, cells, strict=False)), problem))
    if not rows:
        raise DataError("CSV file has a header but no rows", path=path)
    return header, rows


def check_columns(header: list[str], path: Path, exempt: str | None = None) -> list[str]:
    """The data-field columns of `header`; an unknown column is an error before any row runs.

    A non-field `exempt` column (e.g. `--name-column file`) only names the files.
    """
    known = field_paths()
    unknown = [c for c in header if c not in known and c != exempt]
    if unknown:
        examples = "supplier.name, trainee.name, document.variant"
        raise DataError(
            f"unknown column {unknown[0]!r}: columns are data fields such as {examples}",
            path=path,
        )
    return [c for c in header if c in known]


@lru_cache(maxsize=1)
def field_paths() -> frozenset[str]:
    """Every dotted leaf field of the data model ("supplier.name", "options.cure_days", ...)."""
    return frozenset(_paths(CompanyData, ""))


def _paths(model: type[BaseModel], prefix: str) -> Iterator[str]:
    for name, field in model.model_fields.items():
        nested = _model_in(field.annotation)
        if nested is None:
            yield prefix + name
        else:
            yield from _paths(nested, f"{prefix}{name}.")


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def slugify(text: str) -> str:
    """A portable file name: ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:MAX_SLUG].rstrip("-")


def file_stems(rows: list[Row], column: str | None) -> list[str]:
    """One unique stem per row: the slugified column value (row-N when blank), -2, -3 on repeats."""
    used: set[str] = set()
    stems = []
    for row in rows:
        base = slugify(row.cells.get(column) or "") if column else ""
        base = base or f"row-{row.number}"
        stem, counter = base, 2
        while stem in used:
            stem, counter = f"{base}-{counter}", counter + 1
        used.add(stem)
        stems.append(stem)
    return stems


def make_out_dir(out_dir: Path) -> Path:
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise DataError("output path exists and is not a folder", path=out_dir) from None
    except OSError as exc:
        raise DataError(
            f"cannot create the output folder: {exc.strerror or exc}", path=out_dir
        ) from None
    return out_dir


def run_rows(
    func: Callable[[Any], str],
    jobs: list[Any],
    workers: int,
    scheduler: str | None,
    label: str,
) -> tuple[list[str], list[str]]:
    """Run `func` over `jobs` in parallel, in order; (written paths, one-line failures)."""
    written: list[str] = []
    failures: list[str] = []
    with open_executor(workers, scheduler) as executor, progress_bar(label, len(jobs)) as bar:
        outcomes: Iterable[Outcome[str]] = run_ordered(
            func, jobs, workers=workers, executor=executor
        )
        for outcome in outcomes:
            if outcome.ok and outcome.value is not None:
                written.append(outcome.value)
            else:
                failure = describe_failure(outcome)
                failures.append(failure)
                bar.echo(failure)
            bar.advance()
    return written, failures


def describe_failure(outcome: Outcome[Any]) -> str:
    error = outcome.error
    source = getattr(outcome.item, "source", None)
    if error is None:
        return f"{source}: no output"
    message = error.message
    if error.path and error.path != source and source:
        return f"{source}: {error.path}: {message}"
    return f"{error.path or source}: {message}"


class BarHandle:
    """Advances the progress bar and prints a line without garbling it."""

    def __init__(self, progress: Progress | None = None, task: Any = None) -> None:
        self.progress, self.task = progress, task

    def advance(self) -> None:
        if self.progress is not None:
            self.progress.advance(self.task)

    def echo(self, line: str) -> None:
        if self.progress is not None:
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(line, err=True)


@contextmanager
def progress_bar(label: str, total: int) -> Iterator[BarHandle]:
    """A rich progress bar on stderr when it is a terminal; nothing otherwise (logs, CI, pipes)."""
    if not sys.stderr.isatty():
        yield BarHandle()
        return
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
    )
    with progress:
        yield BarHandle(progress, progress.add_task(label, total=total))


def convert_all(
    docx_paths: list[str], out_dir: Path, rows_csv: Path
) -> tuple[list[str], list[str]]:
    """All rendered DOCX to PDF in one LibreOffice run; a file it cannot convert is one failure."""
    sources = [Path(p) for p in docx_paths]
    targets = [out_dir / (p.stem + ".pdf") for p in sources]
    written, failed, detail = convert_collecting(sources, targets)
    failures = [
        f"{rows_csv}: {p.stem}: LibreOffice could not convert it to PDF{detail}" for p in failed
    ]
    for failure in failures:
        click.echo(failure, err=True)
    return [str(p) for p in written], failures


def report(written: list[str], failures: list[str], out_dir: Path, noun: str = "file") -> int:
    """The closing line on stderr and the exit code: 2 when any row failed."""
    count = len(written)
    noun = noun if count == 1 else noun + "s"
    failed = f"; {len(failures)} row{'s' if len(failures) != 1 else ''} failed" if failures else ""
    click.echo(f"wrote {count} {noun} to {out_dir}{failed}")
    return 2 if failures else 0
