"""The `analyze` batch: tasks in, report rows out in input order, as they finish.

Rows go to the writer one by one (the writer streams them), unreadable documents are
announced on stderr as they come, and a tally decides the exit code at the end. A
progress bar is drawn on stderr only when stderr is a terminal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.text import Text

from analyzer.pipeline import AnalyzeTask, analyze_path, error_row
from analyzer.report_model import ReportWriter
from laborclause.batch import run_ordered
from laborclause.executors import open_executor

FAIL_LEVELS = {"required": ("required",), "recommended": ("required", "recommended")}


@dataclass
class Tally:
    """What the exit code depends on: unreadable documents and gaps at the --fail-on level."""

    fail_on: str | None = None
    documents: int = 0
    unreadable: list[str] = field(default_factory=list)
    failing: int = 0  # documents missing an obligation at the --fail-on level

    def add(self, row: dict[str, Any]) -> None:
        self.documents += 1
        if "error" in row:
            self.unreadable.append(row["document"]["path"])
            return
        levels = FAIL_LEVELS.get(self.fail_on or "", ())
        if any(f["status"] == "missing" and f["level"] in levels for f in row.get("findings", [])):
            self.failing += 1

    @property
    def exit_code(self) -> int:
        if self.unreadable:
            return 2
        return 1 if self.failing else 0


def run_batch(
    tasks: Iterable[AnalyzeTask],
    writer: ReportWriter,
    tally: Tally,
    *,
    workers: int,
    scheduler: str | None,
    on_error: Callable[[str], None],
    on_row: Callable[[], None] = lambda: None,
) -> None:
    """Check every task and hand each row to the writer, in input order."""
    # The parent never imports spaCy: local workers, forked from a lean process, each build
    # their own pipeline on their first document (in parallel), so no page of the parent
    # is counted again in every worker.
    with open_executor(workers, scheduler) as executor:
        for outcome in run_ordered(analyze_path, tasks, workers=workers, executor=executor):
            if outcome.ok:
                row = outcome.value
            else:
                assert outcome.error is not None
                row = error_row(outcome.item.path, outcome.error.code, outcome.error.message)
            assert row is not None
            if "error" in row:
                on_error(
                    f"laborclause: error: {row['document']['path']}: {row['error']['message']}"
                )
            writer.write(row)
            tally.add(row)
            on_row()


def progress_bar() -> Progress:
    """A transient progress bar on stderr (the caller decides whether stderr is a terminal)."""
    return Progress(
        TextColumn("[bold]analyzing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    )


class LiveStream:
    """A text stream that prints through a live progress display's console.

    When the report goes to the same terminal the progress bar is drawn on, writing to
    stdout directly would tear the bar; lines printed through its console appear above it.
    """

    def __init__(self, console: Console):
        self.console = console
        self.pending = ""

    def write(self, text: str) -> int:
        self.pending += text
        if "\n" in self.pending:
            done, self.pending = self.pending.rsplit("\n", 1)
            self.console.print(Text.from_ansi(done), soft_wrap=True, highlight=False, markup=False)
        return len(text)

    def flush(self) -> None:
        if self.pending:
            self.console.print(Text.from_ansi(self.pending), soft_wrap=True, end="")
            self.pending = ""

    def isatty(self) -> bool:
        return True


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
