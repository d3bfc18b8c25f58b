"""PDF text extraction behind one small interface, with two backends.

`pdfium` (pypdfium2, PDFium in C++) is fast and the default; `pypdf` (pure Python) is the
fallback and the structure checker: it tells an encrypted file from a corrupt one and
walks the page tree with a visited set, so a looping tree is reported as `pdf-loop`
instead of hanging. Either backend falls back to the other when it cannot open a file
the other can, so both give the same text, or the same error, for the same input.
"""

from __future__ import annotations

import ctypes
import io
import logging
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from laborclause.errors import DocumentError

BACKENDS = ("pdfium", "pypdf")
MAX_PAGE_TREE_NODES = 100_000  # a bound on the page-tree walk, far above any real contract
_PDFIUM_LOCK = threading.Lock()


PdfLine = tuple[str, "float | None"]  # text and its baseline (PDF units, up the page)


@dataclass
class PdfText:
    """Per-page lines as a backend extracts them, each with the baseline of its first
    glyph when the backend knows it (both do, so both find the same paragraph gaps)."""

    pages: list[list[PdfLine]]
    backend: str
    warnings: list[str] = field(default_factory=list)


class _Unreadable(Exception):
    """A backend could not open or read the file; `code` says why."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def extract_pdf(data: bytes, path: str | Path, *, backend: str = "pdfium") -> PdfText:
    """Per-page text of a PDF, or a DocumentError with a precise code."""
    if backend not in BACKENDS:
        raise DocumentError(
            f"unknown PDF backend {backend!r} (choose from {', '.join(BACKENDS)})",
            path=path,
            code="unsupported-format",
        )
    first, second = (_pdfium, _pypdf) if backend == "pdfium" else (_pypdf, _pdfium)
    try:
        return first(data)
    except _Unreadable as err:
        if err.code in ("encrypted", "pdf-loop"):
            raise DocumentError(err.message, path=path, code=err.code) from None
        primary = err
    # The first backend gave up on a damaged file: the other may still repair it, and if
    # not, pypdf's structure check names the real problem (loop, encryption, corruption).
    try:
        text = second(data)
    except _Unreadable as err:
        worst = err if err.code != "corrupt" else primary
        raise DocumentError(worst.message, path=path, code=worst.code) from None
    text.warnings.append(
        f"{backend} could not read this PDF ({primary.message}); used {text.backend}"
    )
    return text


_PDFIUM_BREAK = re.compile(r"\r\n|\r|\n|\ufffe")


def _pdfium_lines(textpage, text: str) -> list[PdfLine]:  # type: ignore[no-untyped-def]
    """Split PDFium's page text into lines with the baseline of each line's first glyph.

    PDFium marks a hyphen it found at a line end as U+FFFE and drops the line break;
    it becomes "-" plus a break so both backends hand the same lines to the layout.
    """
    import pypdfium2.raw as pdfium_c

    with_origins = textpage.count_chars() == len(text)
    x, y = ctypes.c_double(), ctypes.c_double()
    lines: list[PdfLine] = []
    start = 0
    for m in [*_PDFIUM_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        line = text[start:end].replace("\x00", "") + ("-" if m and m.group() == "\ufffe" else "")
        baseline = None
        first = start + len(line) - len(line.lstrip())
        if with_origins and line.strip() and first < end:
            if pdfium_c.FPDFText_GetCharOrigin(
                textpage.raw, first, ctypes.byref(x), ctypes.byref(y)
            ):
                baseline = y.value
        lines.append((line, baseline))
        if m:
            start = m.end()
    return lines


def _pypdf_lines(page) -> list[PdfLine]:  # type: ignore[no-untyped-def]
    """pypdf's page text split into lines, with baselines taken from its text visitor."""
    lines: list[list] = [["", None, False]]  # text, baseline, baseline unknowable

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        for i, part in enumerate(text.split("\n")):
            if i:
                lines.append(["", None, False])
            line = lines[-1]
            if part.strip() and line[1] is None and not line[2]:
                if i == 0:
                    line[1] = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                else:
                    line[2] = True  # text after a break inside one chunk: position unknown
            line[0] += part

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(str(line[0]) + "\n" for line in lines)[:-1] != text:
        return [(line.replace("\r", ""), None) for line in text.split("\n")]
    return [(str(t).replace("\r", "").replace("\x00", ""), b) for t, b, _ in lines]


def _pdfium(data: bytes) -> PdfText:
    # PDFium is not thread-safe: threads of one process (a threaded Dask worker) take turns
    with _PDFIUM_LOCK:
        return _pdfium_unlocked(data)


def _pdfium_unlocked(data: bytes) -> PdfText:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        msg = str(err)
        if "password" in msg.lower():
            raise _Unreadable("encrypted", "PDF is encrypted (password required)") from None
        if "security" in msg.lower():
            raise _Unreadable("encrypted", "PDF uses an unsupported security handler") from None
        reason = re.search(r"PDFium: ([^)]*)", msg)
        detail = reason.group(1).lower() if reason else msg
        raise _Unreadable("corrupt", f"corrupt PDF, cannot be opened ({detail})") from None
    pages: list[list[PdfLine]] = []
    try:
        for index in range(len(doc)):
            try:
                page = doc[index]
            except pdfium.PdfiumError:
                # PDFium refuses a page it cannot reach; a looping page tree is the usual
                # cause, which pypdf's structure check can name.
                _check_structure(data)
                raise _Unreadable(
                    "corrupt", f"corrupt PDF (page {index + 1} cannot be loaded)"
                ) from None
            textpage = page.get_textpage()
            pages.append(_pdfium_lines(textpage, textpage.get_text_range()))
            textpage.close()
            page.close()
    finally:
        doc.close()
    return PdfText(pages, "pdfium")


def _open_pypdf(data: bytes):  # type: ignore[no-untyped-def]
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except (DependencyError, NotImplementedError) as err:
                raise _Unreadable("encrypted", f"PDF is encrypted ({err})") from None
            if not ok:
                raise _Unreadable("encrypted", "PDF is encrypted (password required)")
        _ = reader.trailer["/Root"]
    except _Unreadable:
        raise
    except FileNotDecryptedError:
        raise _Unreadable("encrypted", "PDF is encrypted (password required)") from None
    except RecursionError:
        raise _Unreadable("pdf-loop", "PDF objects refer to each other in a loop") from None
    except (
        PdfReadError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
    ) as err:
        raise _Unreadable("corrupt", f"corrupt PDF ({_short(err)})") from None
    return reader


def _check_structure(data: bytes) -> int:
    """Walk the page tree without recursion; return the page count or raise pdf-loop/corrupt."""
    with _quiet_pypdf():
        return _walk_page_tree(_open_pypdf(data))


def _walk_page_tree(reader) -> int:  # type: ignore[no-untyped-def]
    from pypdf.generic import IndirectObject

    try:
        root = reader.trailer["/Root"].get_object()
        top = root.get("/Pages") if hasattr(root, "get") else None
        if top is None:
            raise _Unreadable("corrupt", "corrupt PDF (no page tree)")
        stack = [top]
        seen: set[tuple[int, int]] = set()
        count = nodes = 0
        while stack:
            ref = stack.pop()
            if isinstance(ref, IndirectObject):
                key = (ref.idnum, ref.generation)
                if key in seen:
                    raise _Unreadable(
                        "pdf-loop", "PDF page tree refers back to itself (object loop)"
                    )
                seen.add(key)
            nodes += 1
            if nodes > MAX_PAGE_TREE_NODES:
                raise _Unreadable("pdf-loop", "PDF page tree is too large or loops")
            node = ref.get_object()
            if not hasattr(node, "get"):
                raise _Unreadable("corrupt", "corrupt PDF (page tree node is not a dictionary)")
            kids = node.get("/Kids")
            if node.get("/Type") == "/Pages" or kids is not None:
                kids = kids.get_object() if kids is not None else []
                stack.extend(reversed(list(kids)))
            else:
                count += 1
        return count
    except _Unreadable:
        raise
    except RecursionError:
        raise _Unreadable("pdf-loop", "PDF objects refer to each other in a loop") from None
    except Exception as err:  # noqa: BLE001 - any failure of a hostile tree is "corrupt"
        raise _Unreadable("corrupt", f"corrupt PDF ({_short(err)})") from None


def _pypdf(data: bytes) -> PdfText:
    with _quiet_pypdf():
        reader = _open_pypdf(data)
        _walk_page_tree(reader)
        try:
            pages = [_pypdf_lines(page) for page in reader.pages]
        except RecursionError:
            raise _Unreadable("pdf-loop", "PDF objects refer to each other in a loop") from None
        except Exception as err:  # noqa: BLE001 - pypdf raises many types on damaged files
            raise _Unreadable("corrupt", f"corrupt PDF ({_short(err)})") from None
    return PdfText(pages, "pypdf")


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs a warning for every oddity it tolerates; the reader reports its own."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _short(err: BaseException) -> str:
    text = " ".join(str(err).split()) or type(err).__name__
    return text[:120]
