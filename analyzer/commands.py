"""CLI commands of the analyzer package (registered by cli.py): `analyze` and `playbooks`."""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import Any, TextIO, cast

import click
from rich.progress import Progress

from analyzer.analyze_run import LiveStream, Tally, is_terminal, progress_bar, run_batch
from analyzer.pipeline import AnalyzeTask, cached_playbook
from analyzer.read_pdf import BACKENDS
from analyzer.readers import DEFAULT_MAX_SIZE, iter_documents
from analyzer.report_model import ReportContext
from analyzer.reports import FORMATS, NEEDS_CONTEXT, format_for, open_writer
from laborclause.cli_options import batch_options
from laborclause.errors import DocumentError, LaborclauseError
from laborclause.executors import check_scheduler
from laborclause.resume import done_hashes, drop_partial_line, pending

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?i?b?)\s*$", re.I)
_UNITS = {"": 1, "b": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}


class SizeType(click.ParamType):
    """A byte size: 50MB, 1.5GB, 800k, 1000 (units are powers of 1024)."""

    name = "size"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        match = _SIZE.match(str(value))
        if not match:
            self.fail(f"{value!r} is not a size like 50MB, 800KB or 1GB", param, ctx)
        number, unit = match.groups()
        size = int(float(number) * _UNITS[unit.lower()[:1]])
        if size <= 0:
            self.fail(f"{value!r}: the size must be above zero", param, ctx)
        return size


def _walk(paths: tuple[str, ...], output: str | None) -> Iterator[Path]:
    """The documents under `paths` (folders walked lazily), never the report being written."""
    report = Path(output).resolve() if output else None
    return (p for p in iter_documents([Path(p) for p in paths]) if p.resolve() != report)


def _inputs(paths: tuple[str, ...], output: str | None) -> tuple[Iterator[Path], bool]:
    """The documents to check (lazily) and whether there is more than one.

    Usage errors (a missing path, nothing to check) are raised before any work starts.
    """
    for path in paths:
        if not Path(path).exists():
            raise DocumentError("no such file or folder", path=path)
    documents = _walk(paths, output)
    head = list(islice(documents, 2))
    if not head:
        raise DocumentError(
            "no documents to check here (looked for PDF, DOCX, TXT, MD, HTML)",
            path=", ".join(paths),
        )
    return chain(head, documents), len(head) > 1


def _resume(documents: Iterator[Path], output: str | None, fmt: str) -> tuple[Iterator[Path], bool]:
    """The documents not yet in the report, and whether the report already has rows."""
    if output is None or fmt not in ("jsonl", "csv"):
        raise LaborclauseError("--resume needs -o OUT with --format jsonl or csv", path=output)
    target = Path(output)
    done = done_hashes(target)
    drop_partial_line(target)
    return pending(documents, done), target.exists() and target.stat().st_size > 0


def _open_output(output: str | None, stack: ExitStack, *, append: bool = False) -> TextIO:
    if output is None:
        return sys.stdout
    try:
        mode = "a" if append else "w"
        return cast(TextIO, stack.enter_context(open(output, mode, encoding="utf-8", newline="")))
    except OSError as exc:
        raise LaborclauseError(
            f"cannot write the report: {exc.strerror or exc}", path=output
        ) from exc


@click.command("analyze")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--playbook",
    "-p",
    metavar="ID|FILE",
    default=None,
    help="Bundled playbook id or a playbook YAML file  [default: ctpat-forced-labor]",
)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Report format  [default: from the -o suffix, else table]",
)
@click.option(
    "--output", "-o", metavar="OUT", default=None, help="Write the report here (default: stdout)."
)
@click.option(
    "--fail-on",
    type=click.Choice(["required", "recommended"]),
    default=None,
    help="Exit 1 when an obligation of this level (recommended: or required) is missing.",
)
@click.option(
    "--max-size",
    type=SizeType(),
    default=None,
    metavar="SIZE",
    help=f"Refuse documents larger than this, e.g. 20MB  [default: {DEFAULT_MAX_SIZE >> 20}MB]",
)
@click.option(
    "--pdf-backend",
    type=click.Choice(BACKENDS),
    default="pdfium",
    show_default=True,
    help="PDF text extractor (pypdf is slower; both give the same findings).",
)
@click.option(
    "--with",
    "extra",
    multiple=True,
    metavar="FILE",
    help="A file read as if appended to every document (an amendment, attached terms); repeatable.",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Append to an existing -o report (jsonl or csv), skipping documents it already has.",
)
@batch_options
@click.pass_context
def analyze(
    ctx: click.Context,
    paths: tuple[str, ...],
    playbook: str | None,
    fmt: str | None,
    output: str | None,
    fail_on: str | None,
    max_size: int | None,
    pdf_backend: str,
    extra: tuple[str, ...],
    resume: bool,
    workers: int,
    scheduler: str | None,
) -> None:
    """Check contracts against a playbook: each obligation present, weak or missing.

    PATH is a PDF, DOCX, TXT, MD or HTML file, or a folder (walked). Reports stream as
    documents finish, in input order. A document that cannot be read gets an error row
    (`error.code`, `error.message`) and a line on stderr; the others still run.

    \b
    Exit codes: 0 all documents checked (and --fail-on not hit);
                1 --fail-on: some document misses an obligation of that level;
                2 a document could not be read (after all others are reported),
                  or a usage error: no inputs, unknown playbook, bad option.
    With --resume the exit code covers the documents checked in this run.

    \b
    Example:
      laborclause analyze contracts/ --format html -o report.html
      laborclause analyze supplier.pdf --with amendment-1.docx --fail-on required
    """
    fmt = format_for(fmt, output)
    for path in extra:
        if not Path(path).is_file():
            raise DocumentError("--with: no such file", path=path)
    context = cached_playbook(playbook)
    documents, several = _inputs(paths, output)
    if not several and scheduler is None:
        workers = 1  # one document: worker processes would only add their start-up time
    continuing = False
    if resume:
        documents, continuing = _resume(documents, output, fmt)
    tasks = (
        AnalyzeTask(str(p), playbook, max_size, pdf_backend, extra, fmt in NEEDS_CONTEXT)
        for p in documents
    )
    if scheduler is not None:
        check_scheduler(scheduler)  # before -o is opened: a bad address must not empty a report
    tally = Tally(fail_on)
    show_progress = is_terminal(sys.stderr)
    with ExitStack() as stack:
        stream = _open_output(output, stack, append=continuing)
        color = output is None and fmt == "table" and is_terminal(stream)
        width = shutil.get_terminal_size().columns if color else 120
        report = ReportContext.from_playbook(context, color=color, width=width)
        progress = stack.enter_context(progress_bar()) if show_progress else None
        if progress is not None and output is None and is_terminal(stream):
            stream = cast(TextIO, LiveStream(progress.console))
        writer = open_writer(fmt, stream, report, continuing=continuing)
        on_row: Callable[[], None] = _nothing
        if progress is not None:
            bar = progress.add_task("analyze", total=sum(1 for _ in _walk(paths, output)))
            on_row = partial(progress.advance, bar)
        try:
            run_batch(
                tasks,
                writer,
                tally,
                workers=workers,
                scheduler=scheduler,
                on_error=partial(_stderr, progress=progress),
                on_row=on_row,
            )
        finally:
            writer.close()
            stream.flush()
    if tally.unreadable and tally.documents > 1:
        click.echo(
            f"laborclause: {len(tally.unreadable)} of {tally.documents} documents could not be "
            "checked",
            err=True,
        )
    if tally.exit_code:
        ctx.exit(tally.exit_code)


def _nothing() -> None:
    pass


def _stderr(line: str, *, progress: Progress | None) -> None:
    if progress is not None:
        progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
    else:
        click.echo(line, err=True)


@click.group("playbooks")
def playbooks() -> None:
    """Browse the playbooks `analyze --playbook` accepts.

    \b
    Example:
      laborclause playbooks list
    """


@playbooks.command("list")
def playbooks_list() -> None:
    """List the bundled playbooks: id, version, how many obligations, title.

    \b
    Example:
      laborclause playbooks list
    """
    from analyzer.playbook import list_playbooks

    for book in list_playbooks():
        click.echo(
            f"{book.id:<28} v{book.version:<4} {len(book.obligations):>3} obligations  {book.title}"
        )


@playbooks.command("show")
@click.argument("ref", metavar="ID|FILE")
def playbooks_show(ref: str) -> None:
    """Show a playbook's obligations under the seven themes, with level and filling clause.

    \b
    Example:
      laborclause playbooks show ctpat-forced-labor
    """
    book = cached_playbook(ref)
    report = ReportContext.from_playbook(book)
    click.echo(f"{book.id} v{book.version}: {book.title}")
    clauses = {o.id: o.clause for o in book.obligations}
    for group in report.groups:
        click.echo(f"\n{group.title}")
        for o in group.obligations:
            clause = f"  (clause: {clauses[o.id]})" if clauses.get(o.id) else ""
            click.echo(f"  {o.id:<28} {o.level:<12} {o.title}{clause}")


COMMANDS: list[click.Command] = [analyze, playbooks]
