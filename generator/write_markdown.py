"""Markdown output of the document model: numbers as text, tables as pipe tables."""

from __future__ import annotations

from generator.assemble import Document, Fields, Heading, Item, Paragraph, Signatures


def _cell(text: str) -> str:
    return text.replace("|", "\\|") or " "


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |"]
    lines.append("|" + "|".join("---" for _ in header) + "|")
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def markdown_text(document: Document) -> str:
    out: list[str] = [f"# {document.title}"]
    if document.subtitle:
        out += ["", document.subtitle]
    for block in document.blocks:
        out.append("")
        if isinstance(block, Heading):
            prefix = "#" * (block.level + 1)
            number = f"{block.number} " if block.number else ""
            out.append(f"{prefix} {number}{block.text}")
        elif isinstance(block, Paragraph):
            out.append(f"*{block.text}*" if block.role == "note" else block.text)
        elif isinstance(block, Item):
            out.append(f"{block.marker} {block.text}")
        elif isinstance(block, Fields):
            out += _table(("Field", "Details"), [tuple(row) for row in block.rows])
        elif isinstance(block, Signatures):
            if block.intro:
                out += [block.intro, ""]
            header = tuple(heading for heading, _ in block.parties)
            labels = [label for label, _ in block.parties[0][1]]
            rows = []
            for index, label in enumerate(labels):
                rows.append(
                    tuple(f"{label}: {rows_[index][1]}".rstrip() for _, rows_ in block.parties)
                )
            out += _table(header, rows)
    out += ["", "---", "", f"{document.company} · {document.footer}", ""]
    return "\n".join(out)
