"""DOCX per second for a batch through `generate_batch`, against plain docxtpl as the baseline.

    python benchmarks/generate.py                  # 1,000 rows, --workers 1 and 2
    python benchmarks/generate.py --rows 100 --kind code-of-conduct

The baseline renders the same number of documents with docxtpl in a loop from one
DOCX template of comparable content: the same headings and clause paragraphs as the
generated document (taken from `template_context`), a header with the company name,
a footer with the version and a signature table, with the row's values as variables.
Targets (issue 2): the batch is within 1.5x of the baseline per document with one
worker, and it gets faster with two workers on two cores.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import os
import resource
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

import docx
from docxtpl import DocxTemplate

from generator.batch_generate import generate_batch
from generator.context import template_context
from generator.render import sample_data, sample_data_path
from laborclause.resources import resource_path

TARGET_RATIO = 1.5


def make_rows(path: Path, count: int) -> list[dict[str, str]]:
    """`count` supplier rows: the bundled sample suppliers, numbered so every name is unique."""
    sample = resource_path("generator", "data", "sample-suppliers.csv")
    with sample.open(encoding="utf-8-sig", newline="") as handle:
        base = list(csv.DictReader(handle))
    rows = []
    for index in range(count):
        row = dict(base[index % len(base)])
        row["supplier.name"] = f"{row['supplier.name']} {index + 1:04d}"
        row["trainee.employer"] = row["supplier.name"]
        rows.append(row)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return rows


def make_baseline_template(kind: str, path: Path) -> int:
    """A docxtpl template with the generated document's content; returns its paragraph count."""
    context = template_context(kind, sample_data())
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "{{ company.name }}"
    section.footer.paragraphs[
        0
    ].text = "Version {{ document.version }} · effective {{ document.effective_date }}"
    document.add_heading("{{ title }}", level=0)
    document.add_paragraph(
        "Between {{ company.name }}, {{ company.address }}, and {{ supplier.name }}, "
        "{{ supplier.address }}, {{ supplier.country }}."
    )
    for clause in context["clauses"]:
        document.add_heading(f"{clause['number']} {clause['title']}".strip(), level=1)
        for text in clause["paragraphs"]:
            document.add_paragraph(text.replace("{", "(").replace("}", ")"), style="List Number")
    table = document.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    for row, (left, right) in enumerate(
        [
            ("{{ company.name }}", "{{ supplier.name }}"),
            ("Name: {{ company.contact }}", "Name: {{ supplier.signatory }}"),
            ("Date:", "Title: {{ supplier.signatory_title }}"),
        ]
    ):
        table.cell(row, 0).text = left
        table.cell(row, 1).text = right
    document.save(str(path))
    return len(document.paragraphs)


class Clock:
    """Wall-clock and CPU seconds (this process and its finished worker processes).

    CPU seconds per document do not depend on what else runs on the machine; wall
    seconds show what the workers gain when cores are free.
    """

    def __enter__(self) -> Clock:
        self.wall0, self.cpu0 = time.perf_counter(), _cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall0
        self.cpu = _cpu() - self.cpu0


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def baseline(template: Path, kind: str, rows: list[dict[str, str]], out: Path) -> Clock:
    """Render every row with plain docxtpl, one after another."""
    out.mkdir(parents=True)
    base = template_context(kind, sample_data())
    clock = Clock().__enter__()
    for index, row in enumerate(rows):
        context: dict[str, Any] = dict(base)
        context["supplier"] = {
            k.split(".", 1)[1]: v for k, v in row.items() if k.startswith("supplier.")
        }
        rendered = DocxTemplate(str(template))
        rendered.render(context, autoescape=True)
        rendered.save(str(out / f"{index:04d}.docx"))
    clock.__exit__()
    return clock


def timed(func: Callable[[], int]) -> Clock:
    quiet = io.StringIO()
    with Clock() as clock, contextlib.redirect_stderr(quiet), contextlib.redirect_stdout(quiet):
        code = func()
    if code != 0:
        raise SystemExit(f"batch failed with exit code {code}")
    return clock


def line(label: str, clock: Clock, count: int, extra: str = "") -> str:
    return (
        f"{label:<27} {count} docs in {clock.wall:6.1f} s = {count / clock.wall:6.2f} docs/s"
        f" | CPU {1000 * clock.cpu / count:5.1f} ms/doc{extra}"
    )


def spin(_: int) -> int:
    """Pure CPU work for the control measurement."""
    total = 0
    for i in range(2_000_000):
        total += i
    return total


def control_speedup(workers: int) -> float:
    """How much faster `workers` processes run pure CPU work than one, on this machine now.

    On a machine shared with other jobs the batch cannot scale better than this.
    """
    seconds = []
    for count in (1, workers):
        start = time.perf_counter()
        with ProcessPoolExecutor(count) as pool:
            list(pool.map(spin, range(8 * workers)))
        seconds.append(time.perf_counter() - start)
    return seconds[0] / seconds[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--kind", default="forced-labor-clauses")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="laborclause-bench-") as tmp:
        work = Path(tmp)
        rows_csv = work / "rows.csv"
        rows = make_rows(rows_csv, args.rows)
        template = work / "baseline.docx"
        paragraphs = make_baseline_template(args.kind, template)
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        load = os.getloadavg()[0]
        print(f"{args.kind}: {args.rows} rows, {cores} cores (load average {load:.1f})")
        print(f"baseline template: {paragraphs} paragraphs")

        base = baseline(template, args.kind, rows, work / "baseline")
        print(line("docxtpl loop (baseline)", base, args.rows))

        results: dict[int, Clock] = {}
        for workers in args.workers:
            out = work / f"batch-{workers}"
            clock = timed(
                partial(
                    generate_batch, args.kind, sample_data_path(), rows_csv, out, workers=workers
                )
            )
            results[workers] = clock
            print(line(f"generate_batch --workers {workers}", clock, args.rows))
        sample = work / f"batch-{args.workers[0]}"
        produced = docx.Document(str(sample / sorted(os.listdir(sample))[0]))
        print(f"generated document: {len(produced.paragraphs)} paragraphs")

        first = results[args.workers[0]]
        wall_ratio, cpu_ratio = first.wall / base.wall, first.cpu / base.cpu
        verdict = "met" if max(wall_ratio, cpu_ratio) <= TARGET_RATIO else "NOT met"
        print(
            f"per document vs baseline ({args.workers[0]} worker): wall {wall_ratio:.2f}x, "
            f"CPU {cpu_ratio:.2f}x (target <= {TARGET_RATIO}x: {verdict})"
        )
        if len(results) > 1:
            last = results[args.workers[-1]]
            print(
                f"speed-up {args.workers[0]} -> {args.workers[-1]} workers: "
                f"wall {first.wall / last.wall:.2f}x, CPU per doc {last.cpu / first.cpu:.2f}x "
                f"of one worker's"
            )
            control = control_speedup(args.workers[-1])
            print(
                f"control: pure-CPU processes {args.workers[0]} -> {args.workers[-1]} "
                f"on this machine now: {control:.2f}x (load average {os.getloadavg()[0]:.1f})"
            )


if __name__ == "__main__":
    main()
