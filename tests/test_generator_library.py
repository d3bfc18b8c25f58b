"""The clause library against the catalog (conformance), clause selection, and strict
rendering: an unknown variable is an error naming the template, never a blank."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.assemble import Frame, FrameSection, assemble, load_frame
from generator.clause_library import ClauseLibrary, load_library, load_library_from, sample_texts
from generator.context import clause_context
from generator.render import KINDS, sample_data
from generator.text import render, split_blocks
from laborclause import load_catalog
from laborclause.errors import DataError, TemplateError

NOT_IN_CODE = {"indemnification", "termination-remedies", "responsible-purchasing"}


def covered(kind: str, style: str = "shared-responsibility") -> set[str]:
    clauses = load_library().for_document(kind, style, sample_data().document.jurisdictions)
    return {o for clause in clauses for o in clause.obligations}


# ---- conformance with the catalog ---------------------------------------------------


def test_every_clause_names_only_catalog_ids() -> None:
    known = set(load_catalog().ids)
    for clause in load_library().clauses:
        assert set(clause.obligations) <= known, clause.id


def test_every_obligation_has_a_clause() -> None:
    library = load_library()
    missing = [o for o in load_catalog().ids if not library.covering(o)]
    assert missing == []


def test_rider_covers_all_obligations_with_default_options() -> None:
    assert covered("forced-labor-clauses") == set(load_catalog().ids)


def test_code_covers_all_but_buyer_and_contract_remedies() -> None:
    assert covered("code-of-conduct") == set(load_catalog().ids) - NOT_IN_CODE


def test_traditional_style_covers_the_same_obligations() -> None:
    assert covered("forced-labor-clauses", "traditional") == set(load_catalog().ids)
    assert covered("code-of-conduct", "traditional") == covered("code-of-conduct")


def test_sample_texts_render_every_clause_kind_and_variant() -> None:
    rows = sample_texts()
    assert sample_texts() is rows  # built once per process
    assert len(set(rows)) == len(rows)  # deduplicated
    data = sample_data()
    for jurisdictions in (["us"], ["us", "eu", "uk", "ca", "au"]):
        enabled = data.model_copy(
            update={"document": data.document.model_copy(update={"jurisdictions": jurisdictions})}
        )
        for clause in load_library().clauses:
            for kind, variants in clause.texts.items():
                context = clause_context(kind, enabled)
                for variant in variants:
                    row = (
                        clause.id,
                        clause.obligations,
                        kind,
                        clause.render(kind, variant, context),
                    )
                    assert row in rows, (clause.id, kind, variant, jurisdictions)
    assert any("2024/3015" in r[3] for r in rows) and any("Customs Tariff" in r[3] for r in rows)
    for clause_id, obligations, _kind, text in rows:
        assert text and "{{" not in text and "{%" not in text, clause_id
        assert obligations == load_library().get(clause_id).obligations


def test_every_document_renders_its_clauses_with_no_template_artefacts() -> None:
    data = sample_data()
    for kind in KINDS:
        document = assemble(kind, data, load_library(), load_frame(kind))
        for block in document.blocks:
            body = getattr(block, "text", "")
            assert "{{" not in body and "[insert" not in body.lower() and "None" not in body, (
                kind,
                body,
            )


# ---- selection with a fixture library -------------------------------------------------


def clause_file(folder: Path, clause_id: str, **fields) -> None:
    record = {
        "id": clause_id,
        "title": clause_id.replace("-", " ").title(),
        "obligations": [],
        "order": 10,
        "texts": {
            "forced-labor-clauses": {"balanced": "{{ supplier }} shall do " + clause_id + "."}
        },
    }
    record.update(fields)
    (folder / f"{clause_id}.yaml").write_text(yaml.safe_dump(record), encoding="utf-8")


@pytest.fixture()
def fixture_library(tmp_path: Path) -> ClauseLibrary:
    clause_file(
        tmp_path,
        "audit-rights",
        obligations=["audit-rights"],
        order=60,
        texts={
            "forced-labor-clauses": {
                "balanced": "{{ buyer }} may audit on {{ options.audit_notice_days }} days' "
                "notice:\n\n(a) records;\n\n(b) sites.",
                "strict": "{{ buyer }} may audit at any time, without notice.",
            },
            "code-of-conduct": {"balanced": "{{ supplier }} must allow audits by {{ buyer }}."},
        },
    )
    clause_file(
        tmp_path,
        "termination-remedies",
        obligations=["termination-remedies"],
        order=90,
        styles=["shared-responsibility"],
    )
    clause_file(
        tmp_path,
        "termination-remedies-traditional",
        obligations=["termination-remedies"],
        order=90,
        styles=["traditional"],
    )
    clause_file(
        tmp_path, "eu-market", obligations=["legal-compliance"], order=20, jurisdictions=["eu"]
    )
    return load_library_from(tmp_path)


def test_selection_by_kind_style_and_jurisdiction(fixture_library: ClauseLibrary) -> None:
    def ids(kind: str, style: str, jurisdictions: list[str]) -> list[str]:
        return [c.id for c in fixture_library.for_document(kind, style, jurisdictions)]

    assert ids("forced-labor-clauses", "shared-responsibility", ["us"]) == [
        "audit-rights",
        "termination-remedies",
    ]
    assert ids("forced-labor-clauses", "traditional", ["us", "eu"]) == [
        "eu-market",
        "audit-rights",
        "termination-remedies-traditional",
    ]
    assert ids("code-of-conduct", "traditional", ["us"]) == ["audit-rights"]
    assert ids("training-acknowledgement", "traditional", ["us"]) == []


def test_variants_and_list_items(fixture_library: ClauseLibrary) -> None:
    data = sample_data()
    clause = fixture_library.get("audit-rights")
    context = clause_context("forced-labor-clauses", data)
    balanced = clause.render("forced-labor-clauses", "balanced", context)
    assert [(b.marker, b.text) for b in split_blocks(balanced)] == [
        ("", "Buyer may audit on 10 days' notice:"),
        ("(a)", "records;"),
        ("(b)", "sites."),
    ]
    assert (
        clause.render("forced-labor-clauses", "strict", context)
        == "Buyer may audit at any time, without notice."
    )
    # strict falls back to balanced where a kind has no strict text; the code names the company
    assert clause.render("code-of-conduct", "strict", clause_context("code-of-conduct", data)) == (
        "Supplier must allow audits by Acme."
    )


def test_a_kind_can_have_its_own_heading() -> None:
    """The code cannot head its section on itself "Supplier Code of Conduct"; the rider and
    the program keep the clause title."""
    data = sample_data()

    def headings(kind: str) -> list[str]:
        document = assemble(kind, data, load_library(), load_frame(kind))
        return [b.text for b in document.blocks if type(b).__name__ == "Heading"]

    assert "Supplier Code of Conduct" not in headings("code-of-conduct")
    assert "Compliance with the Code" in headings("code-of-conduct")
    assert "Supplier Code of Conduct" in headings("forced-labor-clauses")
    assert "Supplier Code of Conduct" in headings("social-compliance-program")


def test_library_version_changes_with_any_text(
    tmp_path: Path, fixture_library: ClauseLibrary
) -> None:
    before = fixture_library.version
    clause_file(
        tmp_path,
        "eu-market",
        obligations=["legal-compliance"],
        order=20,
        jurisdictions=["eu"],
        texts={"forced-labor-clauses": {"balanced": "Changed."}},
    )
    assert load_library_from(tmp_path).version != before


@pytest.mark.parametrize(
    "fields, expected",
    [
        (
            {"obligations": ["no-such-id"]},
            "clause bad: field 'obligations': unknown obligation id(s) ['no-such-id']",
        ),
        ({"colour": "red"}, "clause bad: field 'colour': Extra inputs are not permitted"),
        ({"styles": ["modern"]}, "clause bad: field 'styles.0':"),
        ({"texts": {"forced-labor-clauses": {"strict": "x"}}}, "needs a 'balanced' variant"),
        (
            {"texts": {"forced-labor-clauses": {"balanced": "{{ suplier }} shall."}}},
            "clause bad: texts.forced-labor-clauses.balanced uses unknown variable(s) ['suplier']",
        ),
        ({"texts": {"forced-labor-clauses": {"balanced": "{% if x %}"}}}, "template syntax error"),
        ({"id": "other"}, "clause id 'other' must equal the file name 'bad'"),
        (
            {"headings": {"code-of-conduct": "Elsewhere"}},
            "clause bad: headings.code-of-conduct: the clause has no text for code-of-conduct",
        ),
    ],
)
def test_invalid_clause_file_is_named(tmp_path: Path, fields: dict, expected: str) -> None:
    clause_file(tmp_path, "bad", **fields)
    with pytest.raises(DataError) as info:
        load_library_from(tmp_path)
    assert info.value.path == "clauses/bad.yaml"
    assert expected in info.value.message


# ---- strict rendering -------------------------------------------------------------------


def test_unknown_variable_in_a_frame_is_a_template_error_naming_it(
    fixture_library: ClauseLibrary,
) -> None:
    frame = Frame(
        kind="forced-labor-clauses",
        version="t",
        title="Rider",
        sections=(FrameSection(heading="Parties", body="Made by {{ compnay.name }}."),),
    )
    with pytest.raises(TemplateError) as info:
        assemble("forced-labor-clauses", sample_data(), fixture_library, frame)
    assert info.value.path == "templates/forced-labor-clauses.yaml sections[0]"
    assert "compnay" in info.value.message


def test_unknown_attribute_is_an_error_not_a_blank() -> None:
    with pytest.raises(TemplateError, match="undefined variable"):
        render(
            "Notice of {{ options.notice_dayz }} days.", {"options": {"notice_days": 5}}, "t.yaml"
        )
    with pytest.raises(TemplateError, match="template syntax error"):
        render("{{ unclosed", {}, "t.yaml")


def test_tag_at_end_of_a_prose_line_keeps_words_apart() -> None:
    text = (
        'between A and {% if x %}B{% endif %}\n("Supplier")\n{% if y %}\nnever\n{% endif %}\nend.'
    )
    assert (
        " ".join(render(text, {"x": True, "y": False}, "t").split())
        == 'between A and B ("Supplier") end.'
    )
