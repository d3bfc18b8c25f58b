"""The per-document work function's helpers: error rows, `--with` documents, evidence context."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from analyzer.document import Block, Document
from analyzer.pipeline import AnalyzeTask, add_context, append_documents, context_around, error_row


def test_task_is_picklable_for_worker_processes() -> None:
    task = AnalyzeTask("a.pdf", "ctpat-forced-labor", 1024, "pypdf", ("amend.docx",), True)
    assert pickle.loads(pickle.dumps(task)) == task


def test_error_row_hashes_a_readable_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.PDF"
    bad.write_bytes(b"not a pdf")
    row = error_row(str(bad), "corrupt", "not a PDF file")
    assert row == {
        "document": {
            "path": str(bad),
            "format": "pdf",
            "sha256": hashlib.sha256(b"not a pdf").hexdigest(),
            "pages": None,
        },
        "error": {"code": "corrupt", "message": "not a PDF file"},
    }


def test_error_row_without_file_or_over_the_limit(tmp_path: Path) -> None:
    assert error_row(str(tmp_path / "gone.htm"), "not-found", "x")["document"]["sha256"] is None
    assert error_row(str(tmp_path / "gone.htm"), "not-found", "x")["document"]["format"] == "html"
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 100)
    assert error_row(str(big), "too-large", "x", max_size=10)["document"]["sha256"] is None


def _doc(path: str, paras: list[str], pages: list[int | None]) -> Document:
    text = "\n\n".join(paras)
    blocks, start = [], 0
    for para, page in zip(paras, pages, strict=True):
        blocks.append(Block(start, start + len(para), page=page, section=para.split()[0]))
        start += len(para) + 2
    return Document(
        path,
        "pdf" if pages[0] else "docx",
        "f" * 64,
        text,
        blocks,
        pages=max(pages) if pages[0] else None,
        size=len(text),
        warnings=[f"w {path}"],
    )


def test_append_documents_continues_offsets_and_pages() -> None:
    main = _doc("c.pdf", ["1. Supplier shall deliver.", "2. Prices are fixed."], [1, 2])
    amendment = _doc("a.pdf", ["3. Supplier shall not use forced labor."], [1])
    merged = append_documents(main, [amendment])
    assert merged.text == main.text + "\n\n" + amendment.text
    last = merged.blocks[-1]
    assert merged.text[last.start : last.end] == "3. Supplier shall not use forced labor."
    assert (last.page, merged.pages, merged.path, merged.sha256) == (3, 3, "c.pdf", "f" * 64)
    assert merged.block_at(last.start + 5) == last
    assert merged.warnings == ["w c.pdf", "w a.pdf"]


def test_append_documents_drops_pages_when_a_part_has_none() -> None:
    main = _doc("c.pdf", ["1. Supplier shall deliver."], [1])
    amendment = _doc("a.docx", ["2. Supplier shall not use forced labor."], [None])
    merged = append_documents(main, [amendment])
    assert merged.pages is None and all(b.page is None for b in merged.blocks)


TEXT = (
    "1. Scope. This Agreement covers parts. 2. Labor. Supplier shall not use forced labor. "
    "It applies to all sites. 3. Audits. Buyer may audit."
)


def test_context_is_cut_at_sentence_ends_not_clause_numbers() -> None:
    start = TEXT.index("Supplier shall")
    end = TEXT.index("labor.") + len("labor.")
    ctx = context_around(TEXT, start, end, chars=40)
    assert ctx == {
        "before": "2. Labor. ",
        "match": "Supplier shall not use forced labor.",
        "after": " It applies to all sites. 3. Audits.",
    }
    whole = context_around(TEXT, start, end, chars=1000)
    assert whole["before"] + whole["match"] + whole["after"] == TEXT


def test_add_context_skips_offsets_outside_the_text() -> None:
    result = {"findings": [{"evidence": [{"start": 3, "end": 9}, {"start": 5, "end": 10_000}]}]}
    add_context(result, TEXT)
    first, second = result["findings"][0]["evidence"]
    assert first["context"]["match"] == TEXT[3:9] and "context" not in second
