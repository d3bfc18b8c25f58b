"""DOCX -> PDF through LibreOffice headless: one `soffice` process for a whole list of files.

Starting LibreOffice costs seconds, converting a document a fraction of one, so every
caller (generate --format pdf, batch, convert) hands the whole list over at once. Each
call gets a fresh LibreOffice profile in a temporary folder, so parallel runs (two
terminals, CI jobs, batch workers) never fight over the user's profile lock.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

from laborclause.errors import ConversionError

INSTALL_HINT = (
    "LibreOffice is needed for PDF output but `soffice` is not on PATH; install it "
    "(Debian/Ubuntu: apt-get install libreoffice-writer-nogui fonts-crosextra-carlito "
    "fonts-crosextra-caladea; macOS: brew install --cask libreoffice) or choose --format docx"
)

# Seconds: LibreOffice start-up (slow on a first run with a fresh profile) plus a
# generous allowance per document.
STARTUP_TIMEOUT = 120.0
PER_FILE_TIMEOUT = 10.0


def find_soffice() -> str:
    """The LibreOffice executable, or a ConversionError that says how to install it."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise ConversionError(INSTALL_HINT, code="libreoffice-missing")


def check_docx(path: Path) -> None:
    """LibreOffice converts almost anything (a text file becomes a PDF of its text), so
    the inputs are checked to be Word documents first."""
    if not path.is_file():
        raise ConversionError("no such file", path=path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise ConversionError("not a DOCX file (not a zip archive)", path=path) from exc
    if "word/document.xml" not in names:
        raise ConversionError("not a DOCX file (no word/document.xml inside)", path=path)


def docx_to_pdf(docx_paths: Sequence[Path], out_dir: Path) -> list[Path]:
    """Convert DOCX files to `out_dir/<stem>.pdf` in one LibreOffice run (PDFs in input order)."""
    out_dir = Path(out_dir)
    targets = [out_dir / (Path(p).stem + ".pdf") for p in docx_paths]
    return convert_to_targets(list(docx_paths), targets)


def convert_to_targets(
    docx_paths: Sequence[Path], targets: Sequence[Path], *, timeout: float | None = None
) -> list[Path]:
    """Convert each `docx_paths[i]` to the PDF `targets[i]` with one `soffice` process.

    The PDFs LibreOffice did produce are written even when another file fails; the
    error names the first file that failed.
    """
    written, failed, detail = convert_collecting(docx_paths, targets, timeout=timeout)
    if failed:
        more = f" (and {len(failed) - 1} more)" if len(failed) > 1 else ""
        raise ConversionError(
            f"LibreOffice could not convert it to PDF{more}{detail}", path=failed[0]
        )
    return written


def convert_collecting(
    docx_paths: Sequence[Path], targets: Sequence[Path], *, timeout: float | None = None
) -> tuple[list[Path], list[Path], str]:
    """(PDFs written, inputs that failed, LibreOffice's last error line as ": ..." or "").

    The inputs are staged under unique names in a private folder, so two inputs with
    the same file name from different folders cannot overwrite each other, and a stale
    PDF left in the output folder is never mistaken for a fresh one.
    """
    if len(docx_paths) != len(targets):
        raise ValueError("one target per input")
    sources = [Path(p) for p in docx_paths]
    if not sources:
        return [], [], ""
    _check_distinct(sources, [Path(t) for t in targets])
    for source in sources:
        check_docx(source)
    soffice = find_soffice()
    results: list[Path] = []
    failed: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="laborclause-soffice-") as tmp:
        work = Path(tmp)
        staged_dir, pdf_dir, profile = work / "in", work / "out", work / "profile"
        staged_dir.mkdir()
        staged = []
        for index, source in enumerate(sources):
            copy = staged_dir / f"{index:06d}.docx"
            shutil.copyfile(source, copy)
            staged.append(copy)
        log = _run_soffice(soffice, staged, pdf_dir, profile, timeout, sources)
        for index, (source, target) in enumerate(zip(sources, targets, strict=True)):
            produced = pdf_dir / f"{index:06d}.pdf"
            if not produced.is_file() or produced.stat().st_size == 0:
                failed.append(source)
                continue
            target = Path(target)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(produced), target)
            results.append(target)
    return results, failed, (f": {log}" if log and failed else "")


def _check_distinct(sources: list[Path], targets: list[Path]) -> None:
    seen: dict[Path, Path] = {}
    for source, target in zip(sources, targets, strict=True):
        key = target.resolve()
        if key in seen:
            raise ConversionError(
                f"{seen[key]} and {source} would both be written to {target}", path=target
            )
        seen[key] = source


def _run_soffice(
    soffice: str,
    staged: list[Path],
    pdf_dir: Path,
    profile: Path,
    timeout: float | None,
    sources: list[Path],
) -> str:
    """Run LibreOffice; returns the last line of its error output (empty if none)."""
    limit = timeout if timeout is not None else STARTUP_TIMEOUT + PER_FILE_TIMEOUT * len(staged)
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--nologo",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        str(pdf_dir),
        *map(str, staged),
    ]
    label = sources[0] if len(sources) == 1 else f"{len(sources)} files from {sources[0]}"
    try:
        # A new session, so a timeout can kill soffice.bin (a child of the soffice script) too.
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError as exc:
        raise ConversionError(
            f"cannot start LibreOffice ({soffice}): {exc.strerror or exc}"
        ) from exc
    try:
        _, err = process.communicate(timeout=limit)
    except subprocess.TimeoutExpired as exc:
        _kill_group(process)
        raise ConversionError(
            f"LibreOffice did not finish converting to PDF within {limit:.0f} s", path=label
        ) from exc
    lines = [line.strip() for line in err.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.communicate()
