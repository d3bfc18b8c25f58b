"""PDF text extraction speed: pypdfium2 vs pypdf vs pdftotext, and the full reader.

Builds a 50-page contract (python-docx, converted by LibreOffice) and prints pages per
second for raw extraction by each backend, for `pdftotext` (poppler) as the baseline, and
for `read_document` (extraction plus layout cleanup) with each backend, in one run.

    python benchmarks/extract.py [--pages 50] [--repeat 3] [--pdf FILE]
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CLAUSE = (
    "{n}.{k} Supplier shall ensure that no worker in its operations or supply chain is "
    "subject to forced, bonded or indentured labor, and shall not retain the passports or "
    "identity documents of any worker. Supplier shall permit Buyer and its designated "
    "auditors to conduct announced and unannounced audits of its facilities and records, "
    "including records of wages, working hours and recruitment fees paid to labor agents, "
    "and shall remediate any non-conformity within the period agreed with the Buyer."
)


def build_pdf(pages: int, folder: Path) -> Path:
    import docx
    from docx.enum.text import WD_BREAK

    if shutil.which("soffice") is None:
        sys.exit("LibreOffice (soffice) is needed to build the benchmark PDF, or pass --pdf FILE")
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "ACME CONFIDENTIAL"
    for n in range(1, pages + 1):
        if n > 1:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(f"{n}. Labor Standards Part {n}", level=1)
        for k in range(1, 5):
            document.add_paragraph(CLAUSE.format(n=n, k=k))
    source = folder / "bench.docx"
    document.save(str(source))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(source)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return folder / "bench.pdf"


def pdfium_text(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    chars = 0
    for page in doc:
        textpage = page.get_textpage()
        chars += len(textpage.get_text_range())
        textpage.close()
        page.close()
    doc.close()
    return chars


def pypdf_text(path: Path) -> int:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return sum(len(page.extract_text() or "") for page in reader.pages)


def pdftotext(path: Path) -> int:
    out = subprocess.run(["pdftotext", "-q", str(path), "-"], check=True, capture_output=True)
    return len(out.stdout)


def reader(backend: str) -> Callable[[Path], int]:
    def run(path: Path) -> int:
        from analyzer.readers import read_document

        return len(read_document(path, pdf_backend=backend).text)

    return run


def best_times(
    cases: list[tuple[str, Callable[[Path], int]]], path: Path, repeat: int
) -> list[float]:
    """Best wall time per case; cases take turns each round so a busy machine slows all alike."""
    for _, fn in cases:
        fn(path)  # warm up: imports, word list, file cache
    best = [float("inf")] * len(cases)
    for _ in range(repeat):
        for i, (_, fn) in enumerate(cases):
            start = time.perf_counter()
            fn(path)
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pdf", type=Path, help="measure this PDF instead of building one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.pdf or build_pdf(args.pages, Path(tmp))
        import pypdfium2 as pdfium

        pages = len(pdfium.PdfDocument(str(path)))
        cases: list[tuple[str, Callable[[Path], int]]] = [
            ("pypdfium2 (raw text)", pdfium_text),
            ("pypdf (raw text)", pypdf_text),
        ]
        if shutil.which("pdftotext"):
            cases.append(("pdftotext (poppler, subprocess)", pdftotext))
        cases += [
            ("read_document, pdfium backend", reader("pdfium")),
            ("read_document, pypdf backend", reader("pypdf")),
        ]
        print(f"{path.name}: {pages} pages, best of {args.repeat} rounds")
        for (name, _), seconds in zip(cases, best_times(cases, path, args.repeat), strict=True):
            print(f"  {name:34s} {pages / seconds:8.0f} pages/s  ({seconds * 1000:7.1f} ms)")


if __name__ == "__main__":
    main()
