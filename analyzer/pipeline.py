"""The per-document work of `analyze`: a pure function from a small task record to a report dict.

`analyze_path` runs in worker processes (local or Dask), so its input is a picklable
`AnalyzeTask` and its output a plain dict (`Analysis.to_dict()`); the Document never
leaves the worker, which keeps the parent's memory flat. The playbook is loaded once per
process. A document that cannot be read becomes an error dict instead of an exception,
so one bad file never stops a batch.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from laborclause.errors import DocumentError
from laborclause.resume import file_sha256 as hash_file
from laborclause.shipping import FileFields

if TYPE_CHECKING:
    from analyzer.document import Document
    from analyzer.playbook import Playbook

# Characters of context kept on each side of an evidence span (then trimmed to sentences).
CONTEXT_CHARS = 400
# A sentence ends at . ; ! ? after a word (not "3." of a clause number) or at a blank line.
_SENTENCE_END = re.compile(r"(?<=[a-z)\]'\"])[.;!?](?=\s)|\n\s*\n")
_FORMATS = {"htm": "html", "markdown": "md", "text": "txt"}


@dataclass(frozen=True)
class AnalyzeTask:
    """One document to check. Small and picklable: it travels to worker processes."""

    path: str
    playbook: str | None = None  # a playbook id or a YAML file; None = the default
    max_size: int | None = None  # bytes; None = the reader's default limit
    pdf_backend: str = "pdfium"
    extra: tuple[str, ...] = ()  # `--with` files read after the document, as if appended
    context: bool = False  # add the text around each piece of evidence (html, md)

    # The fields naming files, for workers on other machines (laborclause.shipping).
    shipped_files: ClassVar[FileFields] = FileFields(
        inputs=("path",), shared=("playbook", "extra"), size_limit="max_size"
    )


@lru_cache(maxsize=8)
def cached_playbook(ref: str | None) -> Playbook:
    """The playbook, parsed once per process however many documents use it."""
    from analyzer.playbook import load_playbook

    return load_playbook(ref)


def analyze_path(task: AnalyzeTask) -> dict[str, Any]:
    """Read and check one document; an unreadable document gives an error dict."""
    from analyzer.engine import analyze_document

    playbook = cached_playbook(task.playbook)
    try:
        doc = _read(task.path, task)
        if task.extra:
            doc = append_documents(doc, [_read(extra, task) for extra in task.extra])
    except DocumentError as exc:
        failed = exc.path or task.path
        message = exc.message if failed == task.path else f"{failed}: {exc.message}"
        return error_row(task.path, exc.code, message, max_size=task.max_size)
    result = analyze_document(doc, playbook).to_dict()
    if task.extra:
        result["document"]["with"] = list(task.extra)
    if task.context:
        add_context(result, doc.text)
    del doc
    release_freed_memory()
    return result


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    # looked up on first use, by name: ctypes.util.find_library would run ldconfig in a
    # subprocess at every start-up
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to trim
        return None


def release_freed_memory() -> None:
    """Give the heap pages a document freed back to the system: glibc keeps them, so a worker
    would hold its largest document's peak for the rest of the batch."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _read(path: str, task: AnalyzeTask) -> Document:
    from analyzer.readers import read_document

    options: dict[str, Any] = {"pdf_backend": task.pdf_backend}
    if task.max_size is not None:
        options["max_size"] = task.max_size
    return read_document(Path(path), **options)


def error_row(path: str, code: str, message: str, *, max_size: int | None = None) -> dict[str, Any]:
    """The report line of a document that could not be checked."""
    return {
        "document": {
            "path": path,
            "format": document_format(path),
            "sha256": file_sha256(path, max_size=max_size),
            "pages": None,
        },
        "error": {"code": code, "message": message},
    }


def document_format(path: str) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    return _FORMATS.get(suffix, suffix) or "unknown"


def file_sha256(path: str, *, max_size: int | None = None) -> str | None:
    """The file's hash when it can be read (and is not over the size limit), else None."""
    try:
        file = Path(path)
        if not file.is_file() or (max_size is not None and file.stat().st_size > max_size):
            return None
        return hash_file(file)
    except OSError:
        return None


def append_documents(doc: Document, extras: list[Document]) -> Document:
    """One Document made of `doc` followed by `extras` (amendments, attached terms).

    Offsets and pages of the extras continue after the document's, so evidence found in
    an amendment points into the combined text; pages are kept only when every part has them.
    """
    text, blocks, pages = doc.text, list(doc.blocks), doc.pages
    for extra in extras:
        offset = len(text) + 2
        text = f"{text}\n\n{extra.text}"
        for block in extra.blocks:
            page = block.page + pages if pages is not None and block.page is not None else None
            blocks.append(
                replace(block, start=block.start + offset, end=block.end + offset, page=page)
            )
        pages = pages + extra.pages if pages is not None and extra.pages is not None else None
    if pages is None:
        blocks = [replace(b, page=None) if b.page is not None else b for b in blocks]
    return replace(
        doc,
        text=text,
        blocks=blocks,
        pages=pages,
        _starts=[],
        size=doc.size + sum(e.size for e in extras),
        warnings=[*doc.warnings, *(w for e in extras for w in e.warnings)],
        headers_footers=[*doc.headers_footers, *(h for e in extras for h in e.headers_footers)],
    )


def add_context(result: dict[str, Any], text: str) -> None:
    """Give each piece of evidence the sentences around it: {"before", "match", "after"}."""
    for finding in result.get("findings", []):
        for evidence in finding.get("evidence", []):
            start, end = evidence.get("start"), evidence.get("end")
            if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text):
                evidence["context"] = context_around(text, start, end)


def context_around(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> dict[str, str]:
    """The text around [start, end), cut at sentence ends a few sentences away."""
    lo = max(0, start - chars)
    before = text[lo:start]
    if lo > 0:
        cut = _SENTENCE_END.search(before)
        before = before[cut.end() :] if cut else before
    hi = min(len(text), end + chars)
    after = text[end:hi]
    if hi < len(text):
        ends = list(_SENTENCE_END.finditer(after))
        after = after[: ends[-1].end()] if ends else after
    return {"before": before.lstrip(), "match": text[start:end], "after": after.rstrip()}
