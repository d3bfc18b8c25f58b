"""Speed and memory of `laborclause analyze`, measured on a generated corpus of contracts.

usage: python benchmarks/analyze.py [--docs 200] [--repeat 2] [--out benchmarks/out] [--profile N]

Builds (once, cached under benchmarks/out/analyze-corpus/) N contracts of 20 to 60 pages:
paragraphs of the project's own evaluation documents (tests/eval/docs) and clauses of the
clause library, under numbered headings, written as DOCX with python-docx; every other
document is converted to PDF in ONE LibreOffice run. Then prints, in one run:

- pages/s of the whole `analyze` run on the PDFs, one worker (a fresh CLI process: start-up,
  reading, analysis and the jsonl report included);
- pages/s of text extraction alone (`analyzer.readers.read_document`) on the same PDFs;
- pages/s of `pdftotext` (poppler) on the same PDFs, the baseline;
- documents/s of `analyze` on the DOCX files;
- the speed-up of `--workers 2` over one worker (fastest of `--repeat` alternating runs);
- peak memory: the largest summed RSS of the analyze process tree (parent and workers),
  and the same as PSS (pages shared after fork counted once).

Targets (issue 3): analysis >= half of pdftotext's pages/s on one core; --workers 2
>= 1.7x; peak memory < 400 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

try:
    import psutil
except ImportError:  # pragma: no cover - a dev tool, not a dependency of the package
    sys.exit("benchmarks/analyze.py needs psutil: pip install psutil")

from corpus_text import library_clauses, source_paragraphs  # benchmarks/ is on sys.path

ROOT = Path(__file__).resolve().parent.parent  # a checkout: benchmarks run from the repo
CORPUS_VERSION = 1
WORDS_PER_PAGE = 520  # python-docx default template, 11 pt, ~ what LibreOffice lays out
HEADINGS = (
    "Definitions",
    "Supply of Goods",
    "Orders and Forecasts",
    "Delivery",
    "Prices and Payment",
    "Warranties",
    "Quality",
    "Inspection",
    "Confidentiality",
    "Intellectual Property",
    "Term and Termination",
    "Liability",
    "Insurance",
    "Compliance",
    "Force Majeure",
    "Notices",
    "Governing Law",
    "General Provisions",
    "Social Responsibility",
)
TARGETS = {"analysis_vs_pdftotext": 0.5, "speedup_2_workers": 1.7, "peak_rss_mb": 400}


# ---------------------------------------------------------------- corpus


def write_contract(path: Path, index: int, paragraphs: list[str], clauses: list[str]) -> None:
    import docx

    rng = random.Random(index)
    pages = rng.randint(20, 60)
    document = docx.Document()
    document.add_heading(f"Master Supply Agreement No. {1000 + index}", level=0)
    document.add_paragraph(
        f'This Master Supply Agreement is made between Northwind Retail Inc. ("Buyer") and '
        f'Supplier {index} Manufacturing Co., Ltd. ("Supplier").'
    )
    words, article = 0, 0
    chosen = rng.sample(clauses, k=min(len(clauses), rng.randint(0, 12)))
    while words < pages * WORDS_PER_PAGE:
        article += 1
        document.add_heading(f"{article}. {rng.choice(HEADINGS)}", level=1)
        for section in range(1, rng.randint(3, 8)):
            text = chosen.pop() if chosen and rng.random() < 0.3 else rng.choice(paragraphs)
            document.add_paragraph(f"{article}.{section} {text}")
            words += len(text.split())
    document.save(str(path))


def build_corpus(count: int, folder: Path) -> tuple[list[Path], list[Path]]:
    """(PDFs, DOCX files) of the first `count` contracts; missing ones are generated."""
    from generator.pdf import docx_to_pdf

    src, pdf_dir, docx_dir = folder / "src", folder / "pdf", folder / "docx"
    for sub in (src, pdf_dir, docx_dir):
        sub.mkdir(parents=True, exist_ok=True)
    stamp = folder / "corpus.json"
    if stamp.exists() and json.loads(stamp.read_text()).get("version") != CORPUS_VERSION:
        shutil.rmtree(folder)
        return build_corpus(count, folder)
    stamp.write_text(json.dumps({"version": CORPUS_VERSION}))
    paragraphs, clauses = source_paragraphs(), library_clauses()
    pdfs, docxs, to_convert = [], [], []
    for i in range(count):
        name = f"contract-{i:04d}"
        if i % 2 == 0:
            pdf = pdf_dir / f"{name}.pdf"
            pdfs.append(pdf)
            if not pdf.exists():
                write_contract(src / f"{name}.docx", i, paragraphs, clauses)
                to_convert.append(src / f"{name}.docx")
        else:
            target = docx_dir / f"{name}.docx"
            docxs.append(target)
            if not target.exists():
                write_contract(target, i, paragraphs, clauses)
    if to_convert:
        print(f"converting {len(to_convert)} DOCX to PDF in one LibreOffice run ...", flush=True)
        docx_to_pdf(to_convert, pdf_dir)
    return pdfs, docxs


def pdf_pages(paths: list[Path]) -> int:
    import pypdfium2

    total = 0
    for path in paths:
        pdf = pypdfium2.PdfDocument(str(path))
        total += len(pdf)
        pdf.close()
    return total


# ---------------------------------------------------------------- measuring


class TreeMemory:
    """Samples the summed RSS and PSS of a process and all its descendants; keeps the peaks.

    RSS counts pages shared between the parent and its forked workers once per process;
    PSS splits them, so the PSS sum is what the tree really occupies. Both come from
    /proc/PID/smaps_rollup, a few microseconds per process: the sampler must not take CPU
    from the run it measures (psutil's memory_full_info parses the whole smaps file).
    """

    def __init__(self, pid: int, interval: float = 0.1):
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    @staticmethod
    def _rollup(pid: int) -> tuple[int, int]:
        """(RSS, PSS) in bytes of one process; (0, 0) once it is gone."""
        rss = pss = 0
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
                for line in rollup:
                    if line.startswith("Rss:"):
                        rss = int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        pss = int(line.split()[1]) * 1024
        except OSError:
            pass
        return rss, pss

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                pids = [self.root.pid, *(p.pid for p in self.root.children(recursive=True))]
            except psutil.Error:
                return
            sizes = [self._rollup(pid) for pid in pids]
            self.peak = max(self.peak, sum(rss for rss, _ in sizes))
            self.peak_pss = max(self.peak_pss, sum(pss for _, pss in sizes))
            time.sleep(self.interval)

    def stop(self) -> tuple[int, int]:
        """(peak RSS sum, peak PSS sum) in bytes."""
        self._stop.set()
        self._thread.join()
        return self.peak, self.peak_pss


@dataclass
class Timing:
    """Wall-clock and CPU seconds (this process and its waited-for children) of one step."""

    wall: float = 0.0
    cpu: float = 0.0

    def rate(self, amount: float) -> tuple[float, float]:
        return amount / self.wall, amount / self.cpu


@contextmanager
def timed(*, children_only: bool = False) -> Iterator[Timing]:
    """Time a step; `children_only` leaves out this process (the memory sampler's thread)."""

    def cpu() -> float:
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        own = 0.0
        if not children_only:
            usage = resource.getrusage(resource.RUSAGE_SELF)
            own = usage.ru_utime + usage.ru_stime
        return own + kids.ru_utime + kids.ru_stime

    timing = Timing()
    wall0, cpu0 = time.perf_counter(), cpu()
    yield timing
    timing.wall, timing.cpu = time.perf_counter() - wall0, cpu() - cpu0


def run_analyze(paths: list[Path], workers: int, report: Path) -> tuple[Timing, int, int]:
    """(timing, peak tree RSS, peak tree PSS in bytes) of one `laborclause analyze` CLI run."""
    cmd = [sys.executable, "-m", "cli", "analyze", *map(str, paths), "-f", "jsonl",
           "-o", str(report), "--workers", str(workers)]  # fmt: skip
    with timed(children_only=True) as timing:
        process = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
        memory = TreeMemory(process.pid)
        _, err = process.communicate()
    peak, peak_pss = memory.stop()
    if process.returncode not in (0, 1):
        sys.exit(f"analyze failed (exit {process.returncode}): {err.strip()[-500:]}")
    lines = sum(1 for _ in report.open(encoding="utf-8"))
    if lines != len(paths):
        sys.exit(f"analyze wrote {lines} report lines for {len(paths)} documents")
    return timing, peak, peak_pss


def time_extraction(paths: list[Path]) -> Timing:
    from analyzer.readers import read_document

    with timed() as timing:
        for path in paths:
            read_document(path)
    return timing


def time_pdftotext(paths: list[Path]) -> Timing:
    if not shutil.which("pdftotext"):
        sys.exit("benchmarks/analyze.py: pdftotext (poppler-utils) is not installed")
    with timed() as timing:
        for path in paths:
            subprocess.run(["pdftotext", "-q", str(path), "-"], check=True,
                           stdout=subprocess.DEVNULL)  # fmt: skip
    return timing


def profile(paths: list[Path]) -> None:
    """cProfile of `analyze_path` (read + analyze) over `paths`, after a warm-up document."""
    import cProfile
    import pstats

    from analyzer.pipeline import AnalyzeTask, analyze_path

    analyze_path(AnalyzeTask(str(paths[0])))  # builds the pipeline and the playbook
    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths:
        analyze_path(AnalyzeTask(str(path)))
    profiler.disable()
    print(f"profile of {len(paths)} PDFs ({pdf_pages(paths)} pages)")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200, help="contracts in the corpus (half PDF)")
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs of 1 and 2 workers each (the fastest counts)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    parser.add_argument(
        "--profile",
        type=int,
        metavar="N",
        default=0,
        help="instead of timing, profile the per-document work on N PDFs and print where time goes",
    )
    args = parser.parse_args(argv)
    if args.docs < 2:
        parser.error("--docs must be at least 2")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    pdfs, docxs = build_corpus(args.docs, args.out / "analyze-corpus")
    if args.profile:
        profile(pdfs[: args.profile])
        return
    pages = pdf_pages(pdfs)
    reports = args.out / "analyze-reports"
    reports.mkdir(parents=True, exist_ok=True)
    load = psutil.getloadavg()[0]
    print(f"corpus: {len(pdfs)} PDFs ({pages} pages), {len(docxs)} DOCX; "
          f"{psutil.cpu_count()} CPUs, load average {load:.1f} at start", flush=True)  # fmt: skip

    baseline = time_pdftotext(pdfs)
    extract = time_extraction(pdfs)
    # 1 and 2 workers alternate, `--repeat` times: the fastest run of each counts (a busy
    # neighbour slows one run, never speeds one up); memory is the peak over all runs
    runs: dict[int, list[tuple[Timing, int, int]]] = {1: [], 2: []}
    for _ in range(args.repeat):
        for workers in (1, 2):
            runs[workers].append(run_analyze(pdfs, workers, reports / f"pdf-{workers}.jsonl"))
    one, two = (min((r[0] for r in runs[w]), key=lambda t: t.wall) for w in (1, 2))
    peak1, pss1 = (max(r[i] for r in runs[1]) for i in (1, 2))
    peak2, pss2 = (max(r[i] for r in runs[2]) for i in (1, 2))
    docx, peak_docx, pss_docx = run_analyze(docxs, 1, reports / "docx-1.jsonl")
    same = (reports / "pdf-1.jsonl").read_bytes() == (reports / "pdf-2.jsonl").read_bytes()

    figures = {
        "pages": pages,
        "load_average_end": psutil.getloadavg()[0],
        "pdftotext_pages_per_s": baseline.rate(pages),
        "extraction_pages_per_s": extract.rate(pages),
        "analyze_1_worker_pages_per_s": one.rate(pages),
        "analyze_2_workers_pages_per_s": two.rate(pages),
        "analyze_docx_1_worker_docs_per_s": docx.rate(len(docxs)),
        "speedup_2_workers": one.wall / two.wall,
        "peak_rss_mb": {
            "1_worker": peak1 / 2**20,
            "2_workers": peak2 / 2**20,
            "docx_1_worker": peak_docx / 2**20,
        },
        "peak_pss_mb": {
            "1_worker": pss1 / 2**20,
            "2_workers": pss2 / 2**20,
            "docx_1_worker": pss_docx / 2**20,
        },  # fmt: skip
        "same_report_1_and_2_workers": same,
    }
    ratio_wall = one.rate(pages)[0] / baseline.rate(pages)[0]
    ratio_cpu = one.rate(pages)[1] / baseline.rate(pages)[1]
    peak = max(peak1, peak2, peak_docx) / 2**20

    def both(t: Timing, amount: float, unit: str) -> str:
        wall, cpu = t.rate(amount)
        return f"{wall:8.1f} {unit}/s wall  {cpu:8.1f} {unit}/s per CPU-second"

    rows = [
        ("pdftotext (baseline)", both(baseline, pages, "pages")),
        ("text extraction alone (read_document)", both(extract, pages, "pages")),
        ("analyze PDFs, 1 worker (whole CLI run)", both(one, pages, "pages")),
        ("  = x pdftotext (target >= 0.5)", f"{ratio_wall:8.3f} wall        {ratio_cpu:8.3f} CPU"),
        ("analyze PDFs, 2 workers", both(two, pages, "pages")),
        ("  speed-up over 1 worker (target >= 1.7)", f"{one.wall / two.wall:8.2f}x wall"),
        ("analyze DOCX, 1 worker", both(docx, len(docxs), "docs")),
        ("peak memory, process tree RSS (< 400 MB)",
         f"{peak:8.0f} MB  (1 worker {peak1 / 2**20:.0f}, 2 workers {peak2 / 2**20:.0f}, "
         f"DOCX {peak_docx / 2**20:.0f})"),
        ("  same as PSS (shared pages split)",
         f"{max(pss1, pss2, pss_docx) / 2**20:8.0f} MB  (1 worker {pss1 / 2**20:.0f}, "
         f"2 workers {pss2 / 2**20:.0f}, DOCX {pss_docx / 2**20:.0f})"),
        ("same report with 1 and 2 workers", "yes" if same else "NO"),
    ]  # fmt: skip
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    missed = [name for name, ok in (
        ("analysis speed", ratio_wall >= TARGETS["analysis_vs_pdftotext"]),
        ("2-worker speed-up", one.wall / two.wall >= TARGETS["speedup_2_workers"]),
        ("peak memory", peak < TARGETS["peak_rss_mb"]),
    ) if not ok]  # fmt: skip
    print(f"load average at the end: {figures['load_average_end']:.1f} (2 CPUs shared: "
          "wall-clock figures and the speed-up suffer when the machine is busy)")  # fmt: skip
    print("targets: " + ("all met" if not missed else "missed: " + ", ".join(missed)))
    (reports / "figures.json").write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
