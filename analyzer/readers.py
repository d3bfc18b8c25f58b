"""Read any supported file into a Document: dispatch by content, then by extension.

The first bytes decide what a file is (a ".pdf" that is really a DOCX is read as a
DOCX, with a warning, but a ".pdf" or ".docx" holding text is an error); the extension
only chooses between the text formats. Every failure is a DocumentError with one of the
codes below, so a batch reports it on that document's line and goes on with the others.

Error codes: not-found, too-large, empty, unsupported-format, corrupt, encrypted,
no-text-layer, zip-bomb, unsafe-xml, pdf-loop.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from analyzer.document import Document
from analyzer.layout import (
    Para,
    assemble,
    classify,
    paragraph_gaps,
    reflow,
    strip_running_lines,
)
from analyzer.quality import is_word
from laborclause.errors import DocumentError

__all__ = ["DEFAULT_MAX_SIZE", "SUPPORTED_SUFFIXES", "iter_documents", "read_document", "sniff"]

DEFAULT_MAX_SIZE = 50 * 1024 * 1024
SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown", ".html", ".htm")
NO_TEXT_LAYER = "no text layer, run OCR first"

_TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
_BINARY = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"{\\rtf": "an RTF file (save it as DOCX)",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
}


def sniff(data: bytes, suffix: str) -> str:
    """The format a file's content says it is: pdf, docx, txt, md or html.

    Raises DocumentError (unsupported-format, encrypted, or corrupt for text under a .pdf or
    .docx name) for anything else.
    """
    head = data[:1024]
    at = head.find(b"%PDF-")
    if at == 0 or (at > 0 and suffix == ".pdf"):  # readers accept junk before the header
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "docx"  # checked for word/document.xml in _read_docx
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise DocumentError("Word document is encrypted (password protected)", code="encrypted")
        raise DocumentError(
            "legacy Word .doc or other OLE file is not supported (save it as DOCX)",
            code="unsupported-format",
        )
    for magic, what in _BINARY.items():
        if head.startswith(magic):
            raise DocumentError(f"unsupported format: {what}", code="unsupported-format")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("unsupported format: binary content", code="unsupported-format")
    lead = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    html = suffix in (".html", ".htm") or lead.startswith((b"<!doctype html", b"<html"))
    if suffix in (".pdf", ".docx"):
        # an HTML error page saved as "contract.pdf", a truncated download: never read as text
        raise DocumentError(
            f"not a {suffix[1:].upper()}: the content is {'HTML' if html else 'plain text'} "
            "(a wrong extension or a damaged file)",
            code="corrupt",
        )
    return "html" if html else _TEXT_SUFFIXES.get(suffix, "txt")


def read_document(
    path: str | Path, *, max_size: int = DEFAULT_MAX_SIZE, pdf_backend: str = "pdfium"
) -> Document:
    """Read a PDF, DOCX, text, Markdown or HTML file into a Document."""
    label = str(path)
    file = Path(path)
    try:
        if not file.is_file():
            what = "is a folder, not a file" if file.is_dir() else "file not found"
            raise DocumentError(what, path=label, code="not-found")
        size = file.stat().st_size
        if size > max_size:
            raise DocumentError(
                f"file is {_mb(size)}, over the size limit of {_mb(max_size)} (raise --max-size)",
                path=label,
                code="too-large",
            )
        with file.open("rb") as fh:
            data = fh.read(max_size + 1)
    except OSError as err:
        raise DocumentError(
            f"cannot read file: {err.strerror or err}", path=label, code="not-found"
        ) from None
    if len(data) > max_size:
        raise DocumentError(
            f"file is over the size limit of {_mb(max_size)}", path=label, code="too-large"
        )
    if not data.strip():
        raise DocumentError("file is empty", path=label, code="empty")
    suffix = file.suffix.lower()
    try:
        fmt = sniff(data, suffix)
    except DocumentError as err:
        raise DocumentError(err.message, path=label, code=err.code) from None
    doc = Document(
        path=label, format=fmt, sha256=hashlib.sha256(data).hexdigest(), text="", size=len(data)
    )
    expected = {".pdf": "pdf", ".docx": "docx"}.get(suffix, _TEXT_SUFFIXES.get(suffix))
    if expected and expected != fmt and {expected, fmt} != {"txt", "md"}:
        doc.warnings.append(
            f"extension {suffix} but the content is {fmt.upper()}; read as {fmt.upper()}"
        )
    try:
        if fmt == "pdf":
            paras = _read_pdf(data, label, doc, pdf_backend)
        elif fmt == "docx":
            paras = _read_docx(data, label, doc)
        else:
            paras = _read_text(data, fmt)
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError(
            f"{fmt.upper()} structure nests too deeply or loops", path=label, code="corrupt"
        ) from None
    except Exception as err:  # noqa: BLE001 - a damaged file must give an error line, not a crash
        detail = " ".join(str(err).split())[:120] or type(err).__name__
        raise DocumentError(
            f"corrupt {fmt.upper()} ({detail})", path=label, code="corrupt"
        ) from None
    doc.text, doc.blocks = assemble(paras)
    if not doc.text:
        if fmt == "pdf":
            raise DocumentError(NO_TEXT_LAYER, path=label, code="no-text-layer")
        raise DocumentError("document has no text", path=label, code="empty")
    return doc


def _read_pdf(data: bytes, label: str, doc: Document, backend: str) -> list[Para]:
    from analyzer.read_pdf import extract_pdf

    extracted = extract_pdf(data, label, backend=backend)
    doc.warnings.extend(extracted.warnings)
    doc.pages = len(extracted.pages)
    if not doc.pages:
        raise DocumentError("PDF has no pages", path=label, code="empty")
    blank = [n for n, page in enumerate(extracted.pages, 1) if not any(t.strip() for t, _ in page)]
    if len(blank) == doc.pages:
        raise DocumentError(NO_TEXT_LAYER, path=label, code="no-text-layer")
    if blank:
        shown = ", ".join(map(str, blank[:10])) + (", ..." if len(blank) > 10 else "")
        doc.warnings.append(
            f"{len(blank)} of {doc.pages} pages have no text layer ({shown}): {NO_TEXT_LAYER}"
        )
    kept, removed = strip_running_lines([[t for t, _ in page] for page in extracted.pages])
    doc.headers_footers = removed
    lines: list[tuple[str, int | None, bool]] = []
    for number, (page, keep) in enumerate(zip(extracted.pages, kept, strict=True), 1):
        body = [page[i] for i in keep if page[i][0].strip()]
        gaps = paragraph_gaps([baseline for _, baseline in body])
        lines.extend((text, number, gap) for (text, _), gap in zip(body, gaps, strict=True))
    return [classify(p) for p in reflow(lines, is_word=is_word)]


def _read_docx(data: bytes, label: str, doc: Document) -> list[Para]:
    from analyzer.read_docx import read_docx

    content = read_docx(data, label)
    doc.headers_footers = content.headers_footers
    return content.paras


def _read_text(data: bytes, fmt: str) -> list[Para]:
    from analyzer import read_text

    text = read_text.decode(data)
    if fmt == "html":
        return read_text.read_html(text)
    if fmt == "md":
        return read_text.read_md(text)
    return read_text.read_txt(text)


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def iter_documents(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to analyze: files as given; folders walked in sorted order.

    In folders, hidden files and folders and unsupported suffixes are skipped. A path
    that does not exist is yielded as is, so reading it reports `not-found` in order.
    """
    for item in paths:
        path = Path(item)
        if not path.is_dir():
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                    yield Path(root) / name
