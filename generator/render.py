"""The generator's entry point: one document of one kind, in one format.

    data = load_data("company.yaml")
    write_document("forced-labor-clauses", data, Path("rider.docx"))

Formats: docx (python-docx, deterministic bytes), md, html (self-contained), pdf (the
DOCX converted by LibreOffice through generator.pdf). A user DOCX template (letterhead)
is rendered by generator.user_template with `context.template_context`.
"""

from __future__ import annotations

import hashlib
import tempfile
from functools import lru_cache
from pathlib import Path

from generator.assemble import Document, assemble, load_frame
from generator.clause_library import load_library
from generator.data_model import CompanyData, load_data
from laborclause import __version__
from laborclause.errors import DataError, LaborclauseError
from laborclause.resources import resource_path

KINDS: tuple[str, ...] = (
    "code-of-conduct",
    "forced-labor-clauses",
    "training-acknowledgement",
    "social-compliance-program",
)
FORMATS: tuple[str, ...] = ("docx", "pdf", "md", "html")


def check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise LaborclauseError(
            f"unknown document kind {kind!r}; choose one of: {', '.join(KINDS)}", code="usage"
        )


@lru_cache(maxsize=1)
def sample_data() -> CompanyData:
    """The bundled sample company (demo, init-data, the analyzer's recognition layer)."""
    return load_data(sample_data_path())


def sample_data_path() -> Path:
    return resource_path("generator", "data", "sample-company.yaml")


def build_document(kind: str, data: CompanyData) -> Document:
    """Select the clauses and render the frame of `kind` for `data` (no file written)."""
    check_kind(kind)
    data.require(kind)
    return assemble(kind, data, load_library(), load_frame(kind))


def provenance(kind: str, data: CompanyData) -> dict[str, str]:
    """What produced a document, so an auditor can see it and it can be regenerated."""
    check_kind(kind)
    return {
        "kind": kind,
        "template": f"templates/{kind}.yaml",
        "template_version": load_frame(kind).version,
        "clause_library_version": load_library().version,
        "data_sha256": data.sha256(),
        "law_as_of": data.document.law_as_of.isoformat(),
        "style": data.document.style,
        "variant": data.document.variant,
        "jurisdictions": ",".join(data.document.jurisdictions),
        "generator_version": __version__,
    }


def render_bytes(kind: str, data: CompanyData, fmt: str) -> bytes:
    """The document as bytes for docx, md or html (pdf needs LibreOffice: use write_document)."""
    document = build_document(kind, data)
    if fmt == "docx":
        from generator.write_docx import docx_bytes

        return docx_bytes(document, provenance(kind, data))
    if fmt == "md":
        from generator.write_markdown import markdown_text

        return markdown_text(document).encode("utf-8")
    if fmt == "html":
        from generator.write_html import html_text

        return html_text(document, provenance(kind, data)).encode("utf-8")
    raise LaborclauseError(
        f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}", code="usage"
    )


def write_document(
    kind: str,
    data: CompanyData,
    out: Path,
    fmt: str = "docx",
    template: Path | None = None,
) -> Path:
    """Write one document and return its path. `template` is a user DOCX letterhead."""
    out = Path(out)
    check_kind(kind)
    if fmt not in FORMATS:
        raise LaborclauseError(
            f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}", code="usage"
        )
    if template is not None and fmt not in ("docx", "pdf"):
        raise LaborclauseError("--template needs --format docx or pdf", code="usage")
    _make_parent(out)
    if fmt == "pdf":
        from generator.pdf import docx_to_pdf

        with tempfile.TemporaryDirectory(prefix="laborclause-") as tmp:
            docx_path = write_document(
                kind, data, Path(tmp) / (out.stem + ".docx"), "docx", template
            )
            converted = docx_to_pdf([docx_path], Path(tmp))
            produced = converted[0]
            out.write_bytes(produced.read_bytes())
        return out
    if template is not None:
        from generator.context import DISCLAIMER, template_context
        from generator.user_template import render_user_template

        data.require(kind)
        custom = {f"laborclause.{key}": value for key, value in provenance(kind, data).items()}
        custom["laborclause.disclaimer"] = DISCLAIMER
        custom["laborclause.user_template"] = Path(template).name
        if Path(template).is_file():
            digest = hashlib.sha256(Path(template).read_bytes()).hexdigest()
            custom["laborclause.user_template_sha256"] = digest
        return render_user_template(Path(template), template_context(kind, data), out, custom)
    content = render_bytes(kind, data, fmt)
    try:
        out.write_bytes(content)
    except OSError as exc:
        raise LaborclauseError(
            f"cannot write the document: {exc.strerror or exc}", path=out
        ) from None
    return out


def _make_parent(out: Path) -> None:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataError(
            f"cannot create the output folder: {exc.strerror or exc}", path=out.parent
        ) from None
