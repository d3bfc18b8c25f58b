"""Select clauses and lay them into a frame template: the intermediate document model.

A frame template (templates/<kind>.yaml) gives a kind's title, its own sections and
where the library's clauses go. `assemble` renders all of it strictly and returns a
`Document`: a flat list of blocks that the DOCX, Markdown and HTML writers all draw, so
the three formats always carry the same text. Numbers are computed here (as text for
Markdown/HTML); the DOCX writer ignores them and uses Word's automatic numbering.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from generator import text as textmod
from generator.clause_library import ClauseLibrary
from generator.context import clause_context, format_date, frame_context
from generator.data_model import CompanyData
from laborclause.errors import TemplateError
from laborclause.resources import load_yaml, resource_path

SIGNATURE_LINE = "_" * 24  # a blank to sign or fill in by hand

# ---- frame templates -------------------------------------------------------------------


class FrameSection(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    heading: str | None = None
    numbered: bool = False  # takes the next clause number ("1.", "2." ...)
    level: Literal[1, 2] = 1
    when: str | None = None  # jinja expression; the section is left out when false
    insert: Literal["clauses", "topics"] | None = None
    body: str = ""  # paragraph format of CLAUSES.md; "(a) " paragraphs are list items
    recitals: tuple[str, ...] = ()  # lettered (A), (B) ... paragraphs
    fields: tuple[tuple[str, str], ...] = ()  # a two-column label/value table


class SignatureSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    heading: str
    rows: tuple[tuple[str, str], ...]


class Frame(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: str
    version: str
    title: str
    subtitle: str = ""
    sections: tuple[FrameSection, ...]
    signature_intro: str = ""
    signatures: tuple[SignatureSpec, ...] = ()


@lru_cache(maxsize=8)
def load_frame(kind: str) -> Frame:
    label = f"templates/{kind}.yaml"
    path = resource_path("laborclause.templates", f"{kind}.yaml")
    raw = load_yaml(path, label=label)
    try:
        return Frame.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        raise TemplateError(f"field '{where}': {error['msg']}", path=label) from None


# ---- the document model ------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1
    number: str = ""  # "3." for numbered sections, "" otherwise


@dataclass(frozen=True)
class Paragraph:
    text: str
    role: Literal["body", "note"] = "body"


@dataclass(frozen=True)
class Item:
    """A list item: `marker` "(a)" under a section, "(A)" for recitals."""

    text: str
    marker: str
    series: Literal["clause", "recital"] = "clause"


@dataclass(frozen=True)
class Fields:
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Signatures:
    intro: str
    parties: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # (heading, rows)


Block = Heading | Paragraph | Item | Fields | Signatures


@dataclass(frozen=True)
class Document:
    kind: str
    title: str
    subtitle: str
    company: str
    version: str
    effective_date: date
    disclaimer: str
    blocks: tuple[Block, ...]

    @property
    def footer(self) -> str:
        """Footer text before the page fields ("Page X of Y" is added by each writer)."""
        return (
            f"{self.title} · Version {self.version} · Effective {format_date(self.effective_date)}"
        )


# ---- assembly ------------------------------------------------------------------------


def _letters(index: int, upper: bool = False) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(97 + rest) + letters
    return f"({letters.upper() if upper else letters})"


class _Builder:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.number = 0
        self.items = 0

    def heading(self, text: str, numbered: bool, level: int = 1) -> None:
        number = ""
        if numbered:
            self.number += 1
            number = f"{self.number}."
        self.items = 0
        self.blocks.append(Heading(text, level, number))

    def body(self, rendered: str) -> None:
        for block in textmod.split_blocks(rendered):
            if block.is_item:
                self.item(block.text)
            else:
                self.blocks.append(Paragraph(block.text))

    def item(self, text: str) -> None:
        # Markers are recomputed so the text numbers always match Word's numbering.
        self.blocks.append(Item(text, _letters(self.items)))
        self.items += 1


def _truthy(expression: str, context: dict[str, Any], name: str) -> bool:
    return textmod.render("{% if " + expression + " %}yes{% endif %}", context, name) == "yes"


def assemble(kind: str, data: CompanyData, library: ClauseLibrary, frame: Frame) -> Document:
    label = f"templates/{kind}.yaml"
    context = frame_context(
        kind, data, textmod.render(frame.title, clause_context(kind, data), label)
    )
    title = context["title"]
    clause_vars = clause_context(kind, data)
    variant = data.document.variant
    clauses = library.for_document(kind, data.document.style, data.document.jurisdictions)
    builder = _Builder()
    if context["disclaimer"]:
        builder.blocks.append(Paragraph(context["disclaimer"], role="note"))
    for index, section in enumerate(frame.sections):
        name = f"{label} sections[{index}]"
        if section.when and not _truthy(section.when, context, name):
            continue
        if section.heading:
            builder.heading(
                textmod.render(section.heading, context, name), section.numbered, section.level
            )
        for recital_index, recital in enumerate(section.recitals):
            rendered = textmod.render(recital, context, name)
            builder.blocks.append(Item(rendered, _letters(recital_index, upper=True), "recital"))
        if section.body:
            builder.body(textmod.render(section.body, context, name))
        if section.fields:
            rows = tuple(
                (textmod.render(k, context, name), textmod.render(v, context, name))
                for k, v in section.fields
            )
            builder.blocks.append(Fields(rows))
        if section.insert == "clauses":
            for clause in clauses:
                builder.heading(clause.heading(kind), numbered=True)
                builder.body(clause.render(kind, variant, clause_vars))
        elif section.insert == "topics":
            for clause in clauses:
                builder.item(clause.render(kind, variant, clause_vars))
    if frame.signatures:
        parties = tuple(
            (
                textmod.render(spec.heading, context, f"{label} signatures"),
                tuple(
                    (
                        textmod.render(k, context, f"{label} signatures"),
                        textmod.render(v, context, f"{label} signatures") or SIGNATURE_LINE,
                    )
                    for k, v in spec.rows
                ),
            )
            for spec in frame.signatures
        )
        builder.blocks.append(
            Signatures(textmod.render(frame.signature_intro, context, label), parties)
        )
    return Document(
        kind=kind,
        title=title,
        subtitle=textmod.render(frame.subtitle, context, label),
        company=data.company.name,
        version=data.document.version,
        effective_date=data.document.effective_date,
        disclaimer=context["disclaimer"],
        blocks=tuple(builder.blocks),
    )
