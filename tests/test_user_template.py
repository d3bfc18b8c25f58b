"""User DOCX templates (letterheads): checked before rendering, sandboxed, escaped, no `{{` left."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from generator.user_template import render_user_template
from laborclause.errors import TemplateError

CONTEXT = {
    "company": {"name": "Smith & Sons <Holdings>", "short_name": "Smith"},
    "title": "Supplier Code of Conduct",
    "clauses": [
        {
            "number": "1",
            "title": "Forced Labor",
            "paragraphs": ["Supplier shall not use forced labor."],
        },
        {"number": "2", "title": "Recruitment Fees", "paragraphs": ["No worker shall pay fees."]},
    ],
}


def split_tag_template(path: Path) -> Path:
    """`{{ company.name }}` typed with mixed formatting, so Word stores it over five runs."""
    document = docx.Document()
    paragraph = document.add_paragraph("Supplier: ")
    for piece in ["{", "{ comp", "any.na", "me }", "}"]:
        run = paragraph.add_run(piece)
        run.bold = piece == "any.na"
    document.sections[0].header.paragraphs[0].text = "{{ company.short_name }} letterhead"
    document.add_paragraph("{%p for c in clauses %}")
    document.add_paragraph("{{ c.number }}. {{ c.title }}: {{ c.paragraphs | join(' ') }}")
    document.add_paragraph("{%p endfor %}")
    document.core_properties.title = "{{ title }} for {{ company.name }}"
    document.save(path)
    return path


def texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(path).paragraphs]


def test_split_runs_are_repaired_and_values_escaped(tmp_path: Path) -> None:
    template = split_tag_template(tmp_path / "letterhead.docx")
    runs = [r.text for r in docx.Document(template).paragraphs[0].runs]
    assert runs == ["Supplier: ", "{", "{ comp", "any.na", "me }", "}"]  # really split

    out = render_user_template(template, CONTEXT, tmp_path / "out" / "code.docx")

    assert texts(out) == [
        "Supplier: Smith & Sons <Holdings>",
        "1. Forced Labor: Supplier shall not use forced labor.",
        "2. Recruitment Fees: No worker shall pay fees.",
    ]
    rendered = docx.Document(out)
    assert rendered.sections[0].header.paragraphs[0].text == "Smith letterhead"
    assert rendered.core_properties.title == "Supplier Code of Conduct for Smith & Sons <Holdings>"
    with zipfile.ZipFile(out) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert "Smith &amp; Sons &lt;Holdings&gt;" in body
    assert "{{" not in body and "{%" not in body


def test_same_inputs_give_identical_bytes(tmp_path: Path) -> None:
    template = split_tag_template(tmp_path / "letterhead.docx")
    first = render_user_template(template, CONTEXT, tmp_path / "a.docx").read_bytes()
    second = render_user_template(template, CONTEXT, tmp_path / "b.docx").read_bytes()
    assert first == second


def test_template_without_core_properties_is_still_deterministic(tmp_path: Path) -> None:
    source = tmp_path / "plain.docx"
    docx.Document().save(source)
    stripped = tmp_path / "stripped.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(stripped, "w") as new:
        for entry in old.infolist():
            data = old.read(entry)
            if entry.filename == "docProps/core.xml":
                continue
            if entry.filename == "_rels/.rels":
                data = re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", data)
            new.writestr(entry, data)
    assert b"core-properties" not in zipfile.ZipFile(stripped).read("_rels/.rels")
    a = render_user_template(stripped, CONTEXT, tmp_path / "a.docx").read_bytes()
    b = render_user_template(stripped, CONTEXT, tmp_path / "b.docx").read_bytes()
    assert a == b


def test_undeclared_variables_are_listed_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph(
        "{{ company.name }} / {{ company.nmae }} / {{ signatory }} / {{ supplier.name }}"
    )
    document.save(path)
    with pytest.raises(TemplateError) as caught:
        render_user_template(path, CONTEXT, tmp_path / "out.docx")
    assert str(caught.value) == (
        f"{path}: template uses variables the data does not provide: "
        "company.nmae, signatory, supplier"
    )
    assert not (tmp_path / "out.docx").exists()


def test_tag_split_across_paragraphs_and_cells_is_reported_with_location(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    document = docx.Document()
    document.add_paragraph("Intro")
    document.add_paragraph("Dear {{ company.")
    document.add_paragraph("name }},")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].text = "{{ company"
    table.cell(0, 1).paragraphs[0].text = ".short_name }}"
    document.save(path)
    with pytest.raises(TemplateError) as caught:
        render_user_template(path, CONTEXT, tmp_path / "out.docx")
    assert caught.value.message == (
        "template tag split across paragraphs or table cells (retype it in one paragraph): "
        "body paragraph 2 ('Dear {{ company.'); body paragraph 3 ('name }},'); "
        "body paragraph 4 ('{{ company'); body paragraph 5 ('.short_name }}')"
    )


def test_syntax_error_names_the_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "syntax.docx"
    document = docx.Document()
    document.add_paragraph("Title")
    document.add_paragraph("{{ company.name | nosuchfilter }}")
    document.save(path)
    with pytest.raises(TemplateError) as caught:
        render_user_template(path, CONTEXT, tmp_path / "out.docx")
    assert caught.value.message.startswith(
        "template syntax error in body paragraph 2 ('{{ company.name | nosuchfilter }}'): "
    )
    assert "nosuchfilter" in caught.value.message


def test_sandbox_refuses_unsafe_attributes(tmp_path: Path) -> None:
    path = tmp_path / "evil.docx"
    document = docx.Document()
    document.add_paragraph("{{ company.name.__class__.__mro__ }}")
    document.save(path)
    with pytest.raises(TemplateError, match="unsafe"):
        render_user_template(path, CONTEXT, tmp_path / "out.docx")


def test_value_containing_braces_never_reaches_the_output(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph("{{ company.name }}")
    document.save(path)
    context = {"company": {"name": "{{ evil }}"}}
    with pytest.raises(TemplateError, match=r"output would still contain a template tag"):
        render_user_template(path, context, tmp_path / "out.docx")
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.parametrize("content", [b"not a zip at all", b"PK\x03\x04broken"])
def test_non_docx_template_is_a_template_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "letterhead.docx"
    path.write_bytes(content)
    with pytest.raises(TemplateError) as caught:
        render_user_template(path, CONTEXT, tmp_path / "out.docx")
    assert caught.value.path == str(path)
    assert caught.value.message.startswith("not a valid DOCX template")


def test_missing_template_file(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="template file not found"):
        render_user_template(tmp_path / "nope.docx", CONTEXT, tmp_path / "out.docx")


def custom_properties(path: Path) -> dict[str, str]:
    ns = {
        "c": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
        "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    }
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("docProps/custom.xml"))
        rels = archive.read("_rels/.rels").decode()
    assert rels.count("custom-properties") == 1
    pids = [p.get("pid") for p in root.findall("c:property", ns)]
    assert len(set(pids)) == len(pids)
    return {
        p.get("name"): p.findtext("vt:lpwstr", namespaces=ns)
        for p in root.findall("c:property", ns)
    }


def test_provenance_goes_into_custom_properties(tmp_path: Path) -> None:
    template = split_tag_template(tmp_path / "letterhead.docx")
    first = render_user_template(
        template,
        CONTEXT,
        tmp_path / "a.docx",
        {"laborclause.kind": "code-of-conduct", "owner": "Legal"},
    )
    assert custom_properties(first) == {"laborclause.kind": "code-of-conduct", "owner": "Legal"}
    # A template that already has custom properties keeps its own and gets ours replaced.
    second = render_user_template(
        first,
        {"company": {"name": "X"}, "title": "T", "clauses": []},
        tmp_path / "b.docx",
        {"laborclause.kind": "forced-labor-clauses", "laborclause.data_sha256": "abc"},
    )
    assert custom_properties(second) == {
        "owner": "Legal",
        "laborclause.kind": "forced-labor-clauses",
        "laborclause.data_sha256": "abc",
    }
