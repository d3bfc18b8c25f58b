"""A user's own DOCX template (letterhead) filled with docxtpl, checked before it renders.

User templates are untrusted: they render in a jinja2 SandboxedEnvironment with
StrictUndefined and autoescape (a value such as "Smith & Sons" is escaped for XML
instead of breaking the file). Before rendering, the template is checked:

- a tag typed in one paragraph but split by Word over several runs (formatting,
  spell-check marks) is repaired by docxtpl; a tag that spans paragraphs or table
  cells cannot be, and is reported with its paragraph number and text;
- jinja syntax errors are reported with the paragraph they are in;
- variables the template uses but the context lacks are listed in one line.

After rendering, the output is checked never to contain a `{{` or `{%`.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from html import unescape
from pathlib import Path
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.oxml import parse_xml
from docx.opc.packuri import PackURI
from docx.opc.part import Part as OpcPart
from docxtpl import DocxTemplate
from jinja2 import Environment, StrictUndefined, TemplateSyntaxError, meta, nodes
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.exceptions import TemplateError as JinjaTemplateError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from generator.docx_package import package_bytes
from laborclause.errors import TemplateError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_P = f"{{{W_NS}}}p"
W_T = f"{{{W_NS}}}t"
OPENERS = {"{{": "}}", "{%": "%}", "{#": "#}"}
DELIMITER = re.compile(r"\{\{|\{%|\{#|\}\}|%\}|#\}")
MAX_QUOTE = 60
FIXED_TIME = datetime(2000, 1, 1, tzinfo=timezone.utc)
OOXML = "http://schemas.openxmlformats.org/officeDocument/2006"
CUSTOM_NS = f"{OOXML}/custom-properties"
VT_NS = f"{OOXML}/docPropsVTypes"
CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


@lru_cache(maxsize=1)
def environments() -> tuple[SandboxedEnvironment, SandboxedEnvironment]:
    """(xml, plain) environments, built once per process.

    The XML one autoescapes (document parts are XML); the plain one fills the core
    properties (title, subject...), which python-docx escapes itself.
    """
    xml = SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)
    plain = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
    return xml, plain


class _SandboxedTemplate(DocxTemplate):
    """docxtpl renders core properties with the document's environment; they are plain text."""

    def render_properties(
        self, context: dict[str, Any], jinja_env: Environment | None = None
    ) -> None:
        super().render_properties(context, environments()[1])


@dataclass(frozen=True)
class Part:
    """One XML part that docxtpl renders: its label for messages and its patched source."""

    label: str
    element: Any  # lxml root of the unpatched part
    patched: str


def render_user_template(
    template_path: Path,
    context: dict[str, Any],
    out: Path,
    properties: Mapping[str, str] | None = None,
) -> Path:
    """Check `template_path`, fill it with `context` and write the DOCX to `out`.

    `properties` (e.g. the provenance) are stored as DOCX custom properties, replacing
    any of the same name the template already has and keeping the others.
    """
    template_path = Path(template_path)
    template = open_template(template_path)
    check_template(template, template_path, context)
    had_core_properties = any(
        rel.reltype == RT.CORE_PROPERTIES for rel in template.docx.part.package.rels.values()
    )
    xml_env, _ = environments()
    try:
        template.render(context, jinja_env=xml_env)
    except UndefinedError as exc:
        raise TemplateError(
            f"undefined value in template: {exc.message}", path=template_path
        ) from exc
    except SecurityError as exc:
        raise TemplateError(
            f"unsafe operation refused by the sandbox: {exc}", path=template_path
        ) from exc
    except JinjaTemplateError as exc:
        raise TemplateError(f"cannot render template: {exc.message}", path=template_path) from exc
    if not had_core_properties:
        # python-docx stamped fresh core properties with the current time.
        core = template.docx.core_properties
        core.created = core.modified = FIXED_TIME
        core.last_modified_by = "laborclause"
    if properties:
        set_custom_properties(template.docx.part.package, properties)
    leftover = find_leftover_tags(template.docx)
    if leftover:
        raise TemplateError(
            f"output would still contain a template tag in {leftover} (tags only work in the "
            "body, tables, headers, footers and footnotes; values must not contain '{{')",
            path=template_path,
        )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # Written like the generator's own documents: sorted entries, fixed zip dates.
    out.write_bytes(package_bytes(template.docx))
    return out


def set_custom_properties(package: Any, values: Mapping[str, str]) -> None:
    """Write `values` into docProps/custom.xml (created when the template has none)."""
    existing = next(
        (rel.target_part for rel in package.rels.values() if rel.reltype == RT.CUSTOM_PROPERTIES),
        None,
    )
    if existing is not None:
        root = etree.fromstring(existing.blob)
        for prop in list(root):
            if prop.get("name") in values:
                root.remove(prop)
    else:
        root = etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS, "vt": VT_NS})
    for name, value in values.items():
        prop = etree.SubElement(root, f"{{{CUSTOM_NS}}}property", fmtid=CUSTOM_FMTID, name=name)
        etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = value
    for pid, prop in enumerate(root, start=2):  # pids start at 2 and are unique
        prop.set("pid", str(pid))
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if existing is not None:
        existing._blob = blob
    else:
        part = OpcPart(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, blob, package)
        package.relate_to(part, RT.CUSTOM_PROPERTIES)


def open_template(path: Path) -> _SandboxedTemplate:
    if not path.is_file():
        raise TemplateError("template file not found", path=path)
    template = _SandboxedTemplate(str(path))
    try:
        template.init_docx()
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        etree.XMLSyntaxError,
    ) as exc:
        raise TemplateError(f"not a valid DOCX template ({type(exc).__name__})", path=path) from exc
    return template


def check_template_file(path: Path) -> None:
    """The checks that need no data (a DOCX, tags in one paragraph, jinja syntax), so a batch
    can report a broken template once instead of once per row."""
    check_template(open_template(Path(path)), Path(path), None)


def check_template(template: DocxTemplate, path: Path, context: Mapping[str, Any] | None) -> None:
    """Raise one TemplateError line for the first problem class found, naming every instance.

    Without a `context` the variables are not checked.
    """
    parts = list(template_parts(template))
    unbalanced = [problem for part in parts for problem in unbalanced_tags(part)]
    if unbalanced:
        raise TemplateError(
            "template tag split across paragraphs or table cells (retype it in one paragraph): "
            + "; ".join(unbalanced),
            path=path,
        )
    xml_env, _ = environments()
    missing: set[str] = set()
    for part in parts:
        source = paragraph_lines(part.patched)
        try:
            ast = xml_env.parse(source)
            if context is not None:
                missing |= missing_variables(ast, context)
        except TemplateSyntaxError as exc:  # also unknown filters, found while compiling
            where = describe_line(part, source, exc.lineno)
            raise TemplateError(
                f"template syntax error in {where}: {exc.message}", path=path
            ) from exc
    if missing:
        raise TemplateError(
            f"template uses variables the data does not provide: {', '.join(sorted(missing))}",
            path=path,
        )


def template_parts(template: DocxTemplate) -> Iterator[Part]:
    """The parts docxtpl renders (body, headers, footers, footnotes), in document order."""
    document = template.docx
    body = document._element.body
    yield Part("body", body, template.patch_xml(template.xml_to_string(body)))
    counts: dict[str, int] = {}
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind not in ("header", "footer", "footnotes") or rel.is_external:
            continue
        counts[kind] = counts.get(kind, 0) + 1
        root = parse_xml(rel.target_part.blob)
        label = kind if counts[kind] == 1 else f"{kind} {counts[kind]}"
        yield Part(label, root, template.patch_xml(template.xml_to_string(root)))


def paragraphs(root: Any) -> list[str]:
    """Text of each paragraph of an XML part, in document order."""
    texts: dict[Any, list[str]] = {}
    order: list[Any] = []
    for p in root.iter(W_P):
        texts[p] = []
        order.append(p)
    for t in root.iter(W_T):
        owner = next(t.iterancestors(W_P), None)
        if owner is not None and t.text:
            texts[owner].append(t.text)
    return ["".join(texts[p]) for p in order]


def unbalanced_tags(part: Part) -> list[str]:
    """Paragraphs where a `{{`/`{%`/`{#` is not closed (or a closer not opened) inside it."""
    problems = []
    for number, text in enumerate(paragraphs(part.element), start=1):
        open_tag: str | None = None
        bad = False
        for match in DELIMITER.finditer(text):
            token = match.group()
            if token in OPENERS:
                bad = bad or open_tag is not None
                open_tag = token
            elif open_tag is not None and OPENERS[open_tag] == token:
                open_tag = None
            elif token == "}}" and open_tag is None:  # the rest of a tag from an earlier paragraph
                bad = True
        if bad or open_tag is not None:
            problems.append(f"{part.label} paragraph {number} ({quote(text)})")
    return problems


def paragraph_lines(xml: str) -> str:
    """One paragraph per line, exactly as docxtpl feeds the XML to jinja."""
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


def describe_line(part: Part, source: str, lineno: int | None) -> str:
    if not lineno:
        return part.label
    line = source.splitlines()[lineno - 1] if lineno <= len(source.splitlines()) else ""
    text = unescape(re.sub(r"<[^>]+>", "", line))
    # Line 1 is the part's opening tag; each following line starts one paragraph.
    return f"{part.label} paragraph {lineno - 1} ({quote(text)})" if lineno > 1 else part.label


def quote(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 3] + "...")


def missing_variables(ast: nodes.Template, context: Mapping[str, Any]) -> set[str]:
    """Top-level names the context lacks, and dotted paths (`company.nmae`) it cannot resolve."""
    roots = meta.find_undeclared_variables(ast)
    missing = {name for name in roots if name not in context}
    for node in ast.find_all(nodes.Getattr):
        chain: list[str] = []
        current: nodes.Node = node
        while isinstance(current, nodes.Getattr):
            chain.insert(0, current.attr)
            current = current.node
        if (
            not isinstance(current, nodes.Name)
            or current.name not in roots
            or current.name not in context
        ):
            continue
        value: Any = context[current.name]
        for depth, attr in enumerate(chain, start=1):
            if isinstance(value, Mapping) and attr in value:
                value = value[attr]
            elif not isinstance(value, Mapping) and hasattr(value, attr):
                value = getattr(value, attr)
            else:
                missing.add(".".join([current.name, *chain[:depth]]))
                break
    return missing


def find_leftover_tags(document: Any) -> str | None:
    """Where a rendered document still shows `{{` or `{%` (e.g. tags in endnotes or comments)."""
    for part in document.part.package.iter_parts():
        name = part.partname.membername
        if not (name.startswith("word/") and name.endswith(".xml")):
            continue
        blob = part.blob
        if b"{" not in blob:  # most parts: nothing to look at
            continue
        root = etree.fromstring(blob)
        for number, text in enumerate(paragraphs(root), start=1):
            if "{{" in text or "{%" in text:
                return f"{name} paragraph {number} ({quote(text)})"
    return None
