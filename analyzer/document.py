"""The one Document type every reader returns, whatever the input format.

`text` is the body as one string; `blocks` cut it into paragraphs, headings, list items
and table cells, each with its character offsets into `text`, its page (PDF) and the
clause number it carries or falls under, so evidence can be located the same way for
PDF, DOCX and plain text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list-item", "table-cell"]


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: BlockKind = "paragraph"
    page: int | None = None  # 1-based page number, PDF only
    number: str | None = None  # the visible clause number of this block: "12.3", "(b)"
    level: int = 0  # outline level for headings and list items
    section: str | None = None  # the clause number it carries or falls under: "14.2(b)"


@dataclass
class Document:
    path: str
    format: str  # pdf, docx, txt, md, html
    sha256: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    size: int = 0  # bytes on disk
    warnings: list[str] = field(default_factory=list)
    # running headers, footers and page numbers, kept apart from the body text
    headers_footers: list[str] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    def block_at(self, offset: int) -> Block | None:
        """The block that contains a character offset (None between blocks)."""
        if len(self._starts) != len(self.blocks):
            self._starts = [b.start for b in self.blocks]
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < max(
            self.blocks[i].end, self.blocks[i].start + 1
        ):
            return self.blocks[i]
        return None

    def page_at(self, offset: int) -> int | None:
        block = self.block_at(offset)
        return block.page if block else None

    def meta(self) -> dict[str, object]:
        """The `document` object of a report line."""
        return {
            "path": self.path,
            "format": self.format,
            "sha256": self.sha256,
            "pages": self.pages,
        }
