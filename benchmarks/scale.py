"""Documents per second of `laborclause analyze` locally and on a Dask cluster, in one run.

usage: python benchmarks/scale.py [--docs 200] [--rounds 1] [--out benchmarks/out]

Builds (once, cached under benchmarks/out/scale-corpus/) N supplier contracts of two to
five pages: paragraphs of the project's evaluation documents (tests/eval/docs) and texts
of the clause library under numbered headings; three in four are plain text, one in four
DOCX. Then times whole CLI runs (a fresh `python -m cli analyze DIR -f jsonl` process:
start-up, reading, analysis, report) on the same corpus:

- local, 1 worker and 2 workers (`--workers`);
- a 2-worker `distributed.LocalCluster` (processes, one thread each) via `--scheduler`:
  the first run on new workers (each imports spaCy, builds its pipeline and parses the
  playbook on its first document), then again on the same, now warm, workers, which is how
  a standing cluster runs, and with `--no-shared-fs` (every document's bytes in its task);
- the first run on new workers started with `--preload laborclause.dask_preload`, which
  does that warm-up while the worker starts;

and prints documents per second, the overhead of Dask against 2 local processes
(target, issue 5: at most 15% on 200 documents) and whether all reports are the same bytes.
With --rounds R every configuration runs R times, interleaved, and the fastest run counts
(the machine is shared: the best run is the least disturbed).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus_text import library_clauses, source_paragraphs  # benchmarks/ is on sys.path

ROOT = Path(__file__).resolve().parent.parent  # a checkout: benchmarks run from the repo
CORPUS_VERSION = 1
WORDS_PER_PAGE = 500
TARGET_OVERHEAD = 0.15
PRELOAD = "laborclause.dask_preload"  # dask worker --preload: warm before the first task
HEADINGS = (
    "Definitions",
    "Supply of Goods",
    "Orders",
    "Delivery",
    "Prices and Payment",
    "Warranties",
    "Quality and Inspection",
    "Confidentiality",
    "Term and Termination",
    "Liability",
    "Compliance",
    "Social Responsibility",
    "Notices",
    "Governing Law",
)


# ---------------------------------------------------------------- corpus


def contract_paragraphs(index: int, paragraphs: list[str], clauses: list[str]) -> list[str]:
    """A title, a preamble and numbered sections: two to five pages, some library clauses."""
    rng = random.Random(index)
    pages = rng.randint(2, 5)
    out = [
        f"SUPPLY AGREEMENT No. {1000 + index}",
        f'This Supply Agreement is made between Northwind Retail Inc. ("Buyer") and '
        f'Supplier {index} Manufacturing Co., Ltd. ("Supplier").',
    ]
    chosen = rng.sample(clauses, k=min(len(clauses), rng.randint(0, 10)))
    words, article = 0, 0
    while words < pages * WORDS_PER_PAGE:
        article += 1
        out.append(f"{article}. {rng.choice(HEADINGS)}")
        for section in range(1, rng.randint(2, 5)):
            text = chosen.pop() if chosen and rng.random() < 0.4 else rng.choice(paragraphs)
            out.append(f"{article}.{section} {text}")
            words += len(text.split())
    return out


def build_corpus(count: int, folder: Path) -> list[Path]:
    """The first `count` contracts (missing ones are written): every fourth one a DOCX."""
    import docx

    stamp = folder / "corpus.json"
    if stamp.exists() and json.loads(stamp.read_text()).get("version") != CORPUS_VERSION:
        for old in folder.iterdir():
            old.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps({"version": CORPUS_VERSION}))
    for stale in folder.glob("contract-*"):
        if int(stale.stem.split("-")[1]) >= count:
            stale.unlink()  # the corpus is exactly `count` documents: the CLI walks the folder
    paragraphs, clauses = source_paragraphs(), library_clauses()
    paths = []
    for i in range(count):
        path = folder / f"contract-{i:04d}.{'docx' if i % 4 == 3 else 'txt'}"
        paths.append(path)
        if path.exists():
            continue
        parts = contract_paragraphs(i, paragraphs, clauses)
        if path.suffix == ".docx":
            document = docx.Document()
            for text in parts:
                document.add_paragraph(text)
            document.save(str(path))
        else:
            path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return paths


# ---------------------------------------------------------------- runs


def run_analyze(corpus: Path, report: Path, *options: str, cluster: str | None = None) -> Clock:
    """Wall and CPU seconds of one `laborclause analyze` CLI process over the corpus folder.

    CPU counts every process doing the work: the CLI process with its local workers, the
    Dask workers of `cluster`, and this process (which hosts the LocalCluster's scheduler).
    """
    cmd = [sys.executable, "-m", "cli", "analyze", str(corpus), "-f", "jsonl", "-o", str(report),
           *options]  # fmt: skip
    cpu0 = _own_and_children_cpu() + _workers_cpu(cluster)
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - start
    cpu = _own_and_children_cpu() + _workers_cpu(cluster) - cpu0
    if done.returncode not in (0, 1):
        sys.exit(
            f"analyze {' '.join(options)} failed (exit {done.returncode}): {done.stderr[-500:]}"
        )
    return Clock(wall, cpu)


@dataclass(frozen=True)
class Clock:
    wall: float
    cpu: float


def _own_and_children_cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the CLI and its pool, once reaped
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _process_cpu() -> float:
    times = os.times()
    return times.user + times.system


def _workers_cpu(address: str | None) -> float:
    if address is None:
        return 0.0
    from distributed import Client

    with Client(address) as client:
        return float(sum(client.run(_process_cpu).values()))


def row_sized(index: int) -> dict[str, Any]:
    """A no-op work item whose result is the size of an analysis row (24 findings)."""
    evidence = [{"text": "x" * 300, "section": "1.1", "start": 0, "end": 300}]
    findings = [
        {"obligation": f"o{n}", "status": "present", "evidence": evidence} for n in range(24)
    ]
    return {"document": {"path": f"/docs/{index}.txt"}, "findings": findings}


def dask_cost(address: str, items: int = 400) -> tuple[float, float]:
    """(wall ms, CPU ms) per item of Dask's own machinery: no-op items through `run_ordered`."""
    from laborclause.batch import run_ordered
    from laborclause.executors import open_executor

    cpu0 = _own_and_children_cpu() + _workers_cpu(address)
    start = time.perf_counter()
    with open_executor(2, address, shared_fs=True) as executor:
        for _ in run_ordered(row_sized, range(items), executor=executor):
            pass
    wall = time.perf_counter() - start
    cpu = _own_and_children_cpu() + _workers_cpu(address) - cpu0
    return wall / items * 1000, cpu / items * 1000


def start_cluster(preload: bool = False) -> Any:
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        preload=[PRELOAD] if preload else [],
    )


def wait_until_idle(cluster: Any) -> None:
    """Return once every worker has finished starting (and running its preload)."""
    from distributed import Client

    with Client(cluster.scheduler_address) as client:
        client.run(lambda: None)  # queued behind the preload on each worker's event loop


def main(argv: list[str] | None = None) -> None:
    from laborclause.executors import CHUNK

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200, help="contracts in the corpus")
    parser.add_argument(
        "--rounds", type=int, default=1, help="runs per configuration (best counts)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    args = parser.parse_args(argv)
    corpus = args.out / "scale-corpus"
    paths = build_corpus(args.docs, corpus)
    reports = args.out / "scale-reports"
    reports.mkdir(parents=True, exist_ok=True)
    count = len(paths)
    docx_count = sum(p.suffix == ".docx" for p in paths)
    load = os.getloadavg()[0]
    print(f"corpus: {count} contracts ({docx_count} DOCX), {os.cpu_count()} CPUs, "
          f"load average {load:.1f} at start", flush=True)  # fmt: skip

    best: dict[str, float] = {}
    best_cpu: dict[str, float] = {}
    machinery = (float("inf"), float("inf"))

    def timed(name: str, *options: str, cluster: str | None = None) -> None:
        if cluster is not None:
            options = (*options, "--scheduler", cluster)
        clock = run_analyze(corpus, reports / f"{name}.jsonl", *options, cluster=cluster)
        best[name] = min(best.get(name, clock.wall), clock.wall)
        best_cpu[name] = min(best_cpu.get(name, clock.cpu), clock.cpu)
        print(f"  {name:<24} {clock.wall:7.2f} s wall {clock.cpu:7.2f} s CPU", flush=True)

    for round_ in range(args.rounds):
        print(f"round {round_ + 1}:", flush=True)
        timed("local-1", "--workers", "1")
        timed("local-2", "--workers", "2")
        with start_cluster() as plain:
            timed("dask-cold", cluster=plain.scheduler_address)
            timed("dask-warm", cluster=plain.scheduler_address)
            timed("dask-warm-no-shared-fs", "--no-shared-fs", cluster=plain.scheduler_address)
            cost = dask_cost(plain.scheduler_address)
            print(f"  Dask machinery per item: {cost[0]:.1f} ms wall, {cost[1]:.1f} ms CPU",
                  flush=True)  # fmt: skip
            machinery = min(machinery, cost, key=lambda c: c[1])
        with start_cluster(preload=True) as warmed:
            wait_until_idle(warmed)
            timed("dask-preloaded", cluster=warmed.scheduler_address)

    expected = (reports / "local-1.jsonl").read_bytes()
    differ = [name for name in best if (reports / f"{name}.jsonl").read_bytes() != expected]
    same = not differ
    rate = {name: count / seconds for name, seconds in best.items()}
    overhead = best["dask-warm"] / best["local-2"] - 1
    overhead_cpu = best_cpu["dask-warm"] / best_cpu["local-2"] - 1
    cold_cpu = best_cpu["dask-cold"] / best_cpu["local-2"] - 1
    cold = best["dask-cold"] / best["local-2"] - 1
    preloaded = best["dask-preloaded"] / best["local-2"] - 1
    shipped = best["dask-warm-no-shared-fs"] / best["local-2"] - 1
    rows = [
        ("local, 1 worker", f"{rate['local-1']:7.1f} docs/s"),
        ("local, 2 workers", f"{rate['local-2']:7.1f} docs/s  "
         f"({best['local-1'] / best['local-2']:.2f}x 1 worker)"),
        ("Dask LocalCluster 2 workers, warm", f"{rate['dask-warm']:7.1f} docs/s  "
         f"overhead vs 2 local workers {overhead:+.1%} (target <= {TARGET_OVERHEAD:.0%})"),
        ("  same, --no-shared-fs", f"{rate['dask-warm-no-shared-fs']:7.1f} docs/s  "
         f"overhead {shipped:+.1%}"),
        ("  first run on new workers", f"{rate['dask-cold']:7.1f} docs/s  overhead {cold:+.1%}"),
        (f"  first run, workers --preload {PRELOAD}",
         f"{rate['dask-preloaded']:7.1f} docs/s  overhead {preloaded:+.1%}"),
        ("CPU seconds per document", "  ".join(
            f"{name} {best_cpu[name] / count * 1000:.0f} ms" for name in best_cpu)),
        ("  Dask against 2 local workers, in CPU", f"warm {overhead_cpu:+.1%}, "
         f"first run on new workers {cold_cpu:+.1%}"),
        ("  Dask's own cost per document (no-op items)", f"{machinery[0]:.1f} ms wall, "
         f"{machinery[1]:.1f} ms CPU (chunks of {CHUNK} documents a task)"),
        ("same report bytes in every run",
         "yes" if same else f"NO: {', '.join(differ)} differ from local-1 (code changed "
         "between the runs? workers keep the modules they imported)"),
    ]  # fmt: skip
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (wall-clock figures on a shared "
          "machine move with its load)")  # fmt: skip
    print("target: " + ("met" if overhead <= TARGET_OVERHEAD else "MISSED"))
    figures = {"documents": count, "seconds": best, "cpu_seconds": best_cpu, "docs_per_s": rate,
               "overhead_warm": overhead, "overhead_warm_cpu": overhead_cpu,
               "overhead_cold_cpu": cold_cpu, "dask_ms_per_item": machinery,
               "overhead_cold": cold, "overhead_preloaded": preloaded,
               "overhead_no_shared_fs": shipped, "same_reports": same}  # fmt: skip
    (reports / "figures.json").write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
