"""`laborclause amend`: round trips (contract + amendment analyzed together), party names,
weak terms replaced, no gaps, --level, --from-report, the HTML redline view, PDF input."""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path
from typing import Any

import docx
import pytest
from amend_fixtures import SELLER, contract_docx, run_amend
from click.testing import CliRunner, Result

from cli import cli
from generator.amend_frame import defined_terms, used_definitions, uses_term
from generator.amend_parties import find_parties
from generator.assemble import Heading
from generator.clause_library import load_library
from generator.render import build_document, provenance, sample_data, sample_data_path
from generator.write_docx import docx_bytes
from laborclause import load_catalog

EVAL_DOCS = Path(__file__).parent / "eval" / "docs"
FURNITURE = EVAL_DOCS / "own-furniture-supply-notwithstanding-carve-outs.txt"
REMOVED = ("Audits and Inspections", "Grievance Mechanism and Non-Retaliation", "Records Retention")
REMOVED_IDS = {"audit-rights", "grievance-mechanism", "records-retention"}
PARTY_WORDS = re.compile(r"(?<![\w-])(?:Supplier|Buyer)s?\b")


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def analyze_json(*args: str) -> dict[str, Any]:
    result = invoke("analyze", *args, "--format", "json", "-j", "1")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert len(rows) == 1
    return rows[0]


def statuses(row: dict[str, Any]) -> dict[str, str]:
    return {f["obligation"]: f["status"] for f in row["findings"]}


def amend(contract: Path, out: Path, *extra: str) -> Result:
    return invoke(
        "amend", str(contract), "--data", str(sample_data_path()), "-o", str(out), "-j", "1", *extra
    )


def docx_text(path: Path) -> str:
    """The body text with Word's automatic numbers rendered ("3. Recruitment Fees")."""
    from analyzer.readers import read_document

    return read_document(path).text


def without_clauses(titles: tuple[str, ...]) -> bytes:
    """The generated rider with some clauses taken out (heading and body)."""
    model = build_document("forced-labor-clauses", sample_data())
    blocks, skipping = [], False
    for block in model.blocks:
        if isinstance(block, Heading):
            skipping = block.text in titles
        if not skipping:
            blocks.append(block)
    trimmed = dataclasses.replace(model, blocks=tuple(blocks))
    return docx_bytes(trimmed, provenance("forced-labor-clauses", sample_data()))


@dataclasses.dataclass
class Case:
    contract: Path
    amendment: Path
    before: dict[str, str]  # the contract alone
    after: dict[str, str]  # the contract with the amendment
    result: Result

    @property
    def targeted(self) -> set[str]:
        return {o for o, s in self.before.items() if s != "present"}


def round_trip(contract: Path, out: Path, *extra: str) -> Case:
    before = statuses(analyze_json(str(contract)))
    result = amend(contract, out, *extra)
    assert result.exit_code == 0, result.output
    after = statuses(analyze_json(str(contract), "--with", str(out)))
    return Case(contract, out, before, after, result)


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("amend")


@pytest.fixture(scope="module")
def furniture(work: Path) -> Case:
    if not FURNITURE.is_file():
        pytest.skip("eval document missing")
    return round_trip(FURNITURE, work / "furniture-amendment.docx")


@pytest.fixture(scope="module")
def generated(work: Path) -> Case:
    contract = work / "rider-trimmed.docx"
    contract.write_bytes(without_clauses(REMOVED))
    return round_trip(contract, work / "rider-amendment.docx")


@pytest.fixture(scope="module")
def seller(work: Path) -> Case:
    contract = contract_docx(SELLER, work / "seller.docx")
    return round_trip(contract, work / "seller-amendment.md")


# ---- round trips ------------------------------------------------------------------------


def added_clauses(result: Result) -> list[str]:
    """The clause ids the command says it added: "wrote X: N clauses (a, b); ..."."""
    match = re.search(r"clauses? \(([^)]*)\)", result.output)
    assert match, result.output
    return match.group(1).split(", ")


def obligations_of(clause_ids: list[str]) -> set[str]:
    library = load_library()
    return {o for cid in clause_ids for o in library.get(cid).obligations}


@pytest.mark.parametrize("name", ["furniture", "generated", "seller"])
def test_round_trip_closes_every_gap_and_adds_nothing_present(
    name: str, request: pytest.FixtureRequest
) -> None:
    case: Case = request.getfixturevalue(name)
    assert case.targeted, "the contract should have gaps"
    assert {o for o in case.targeted if case.after[o] != "present"} == set()
    added = obligations_of(added_clauses(case.result))
    assert added == case.targeted
    assert not added & {o for o, s in case.before.items() if s == "present"}


def test_generated_contract_gets_back_the_removed_clauses(generated: Case) -> None:
    # other clauses of the rider may still cover a removed one (audits are named in several)
    assert {"grievance-mechanism", "records-retention"} <= generated.targeted <= REMOVED_IDS
    text = docx_text(generated.amendment)
    for title in ("Grievance Mechanism and Non-Retaliation", "Records Retention"):
        assert re.search(rf"^\d+\. {re.escape(title)}$", text, re.M), title


# ---- drafting ---------------------------------------------------------------------------


def test_vendor_and_purchaser_names_are_kept(furniture: Case) -> None:
    text = docx_text(furniture.amendment)
    assert text.startswith("Amendment No. 1 to the Vendor Supply Agreement (Case Goods)")
    assert 'Larchmont Furniture Galleries, Inc. ("Purchaser")' in text
    assert 'Binh Duong Woodcraft Joint Stock Company ("Vendor")' in text
    assert "dated 12 June 2025" in text
    assert "Vendor shall" in text and "Purchaser" in text
    assert not PARTY_WORDS.search(text), PARTY_WORDS.findall(text)[:5]
    assert "Rider" not in text


def test_seller_and_customer_names_are_kept(seller: Case) -> None:
    text = seller.amendment.read_text(encoding="utf-8")
    assert "# Amendment No. 1 to the Component Purchase Agreement" in text
    assert 'Northgate Appliances Corp. ("Customer")' in text
    assert 'Sunrise Electronics Co., Ltd. ("Seller")' in text
    assert "dated March 3, 2025" in text
    # the contract names no code of conduct: the buyer's own code keeps its title
    assert not PARTY_WORDS.search(text.replace("Supplier Code of Conduct", ""))


@pytest.mark.parametrize("name", ["seller", "furniture"])
def test_weak_term_is_replaced_and_the_section_named(
    name: str, request: pytest.FixtureRequest
) -> None:
    case: Case = request.getfixturevalue(name)
    weak = [o for o, s in case.before.items() if s == "weak"]
    if name == "seller":
        assert weak == [
            "recruitment-fees"
        ]  # 3.3: "will use reasonable efforts ... where practicable"
    assert weak, "the contract should have a weak term"
    text = (
        case.amendment.read_text(encoding="utf-8")
        if case.amendment.suffix == ".md"
        else docx_text(case.amendment)
    )
    said = re.findall(
        r"Sections? [\d.]+(?: and [\d.]+)? of the Agreement (?:is|are) deleted and replaced by"
        r"|supplements Sections? [\d.]+",
        text,
    )
    assert said, "the amendment must say which section it supersedes"
    assert "supersedes section" in case.result.output


def test_weak_seller_term_names_its_section(seller: Case) -> None:
    text = seller.amendment.read_text(encoding="utf-8")
    number = re.search(r"^## (\d+)\. Recruitment Fees$", text, re.M)
    assert number, text[:500]
    assert (
        f"Section 3.3 of the Agreement is deleted and replaced by this Section {number.group(1)}."
        in text
    )


def test_frame_reads_like_an_amendment(furniture: Case) -> None:
    text = docx_text(furniture.amendment)
    headings = re.findall(r"^(\d+)\. (.+)$", text, re.M)
    numbers = [int(n) for n, _ in headings]
    assert numbers == list(range(1, len(numbers) + 1))
    titles = [t for _, t in headings]
    assert (
        titles[0] == "Definitions and Interpretation" and titles[1] == "Amendment of the Agreement"
    )
    assert titles[-2:] == ["Order of Precedence", "Effectiveness and Counterparts"]
    assert "IN WITNESS WHEREOF" in text
    table = docx.Document(str(furniture.amendment)).tables[-1]
    assert [c.text for c in table.rows[0].cells] == [
        "Larchmont Furniture Galleries, Inc.",
        "Binh Duong Woodcraft Joint Stock Company",
    ]


def test_only_used_terms_are_defined(generated: Case, furniture: Case) -> None:
    for case in (generated, furniture):
        text = docx_text(case.amendment)
        items = re.findall(r'^(?:\([a-z]+\) )?("[^"]+" means.*)$', text, re.M)
        definitions = [re.match(r'"([^"]+)"', item).group(1) for item in items]  # type: ignore[union-attr]
        body = re.sub(r'^(?:\([a-z]+\) )?"[^"]+" means.*$', "", text, flags=re.M)
        assert definitions
        for term in definitions:
            others = [i for i in items if not i.startswith(f'"{term}"')]
            assert uses_term(body, term) or any(uses_term(i, term) for i in others), term
    # the trimmed rider needs no Restricted Source or Recruitment Fees definitions
    assert '"Restricted Source" means' not in docx_text(generated.amendment)


def test_used_definitions_follow_dependencies() -> None:
    items = [
        '"Worker" means any individual.',
        '"Sub-Supplier" means any supplier of Workers.',
        '"Code" means the code.',
    ]
    assert used_definitions(items, ["Each Sub-Supplier shall comply."]) == items[:2]
    assert used_definitions(items, ["the Supplier Code of Conduct"]) == []
    assert defined_terms('"Forced Labor Laws" means the UFLPA Act (the "UFLPA");') == [
        "Forced Labor Laws",
        "UFLPA",
    ]
    assert not uses_term("the Forced Labor Laws", "Forced Labor")
    assert uses_term("any Forced Labor in", "Forced Labor")


def test_parties_found_and_overridden() -> None:
    parties = find_parties(SELLER, sample_data())
    assert (parties.supplier, parties.buyer, parties.agreement) == (
        "Seller",
        "Customer",
        "Agreement",
    )
    assert parties.agreement_title == "Component Purchase Agreement"
    assert parties.code_title is None  # names no code: the buyer's code keeps its own title
    vendor = find_parties(FURNITURE.read_text(encoding="utf-8"), sample_data())
    assert (vendor.supplier, vendor.buyer, vendor.code_title) == (
        "Vendor",
        "Purchaser",
        "Vendor Code of Conduct",
    )
    forced = find_parties(
        SELLER, sample_data(), title="Master Agreement", date="1 May 2020", supplier_name="X Ltd."
    )
    assert (forced.agreement_title, forced.agreement_date, forced.supplier_name) == (
        "Master Agreement",
        "1 May 2020",
        "X Ltd.",
    )


def test_overrides_on_the_command_line(tmp_path: Path) -> None:
    contract = tmp_path / "seller.txt"
    contract.write_text(SELLER, encoding="utf-8")
    out = tmp_path / "a.md"
    result = amend(
        contract,
        out,
        "--agreement-title",
        "Master Purchase Agreement",
        "--agreement-date",
        "1 May 2020",
        "--supplier",
        "Sunrise Holdings Ltd.",
        "--level",
        "required",
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "# Amendment No. 1 to the Master Purchase Agreement" in text
    assert "dated 1 May 2020" in text
    assert 'Sunrise Holdings Ltd. ("Seller")' in text


# ---- options ----------------------------------------------------------------------------


def test_no_gaps_gives_no_amendment(tmp_path: Path) -> None:
    contract = tmp_path / "rider.docx"
    contract.write_bytes(without_clauses(()))
    out = tmp_path / "none.docx"
    result = amend(contract, out)
    assert result.exit_code == 0
    assert result.output.startswith(
        f"no gaps: {contract} has every required and recommended obligation present"
    )
    assert not out.exists()


def test_level_required_closes_only_required_gaps(tmp_path: Path, furniture: Case) -> None:
    out = tmp_path / "required.md"
    result = amend(FURNITURE, out, "--level", "required")
    assert result.exit_code == 0, result.output
    levels = {o.id: o.level for o in load_catalog().obligations}
    added = obligations_of(added_clauses(result))
    assert added == {o for o in furniture.targeted if levels[o] == "required"}
    assert "Responsible Purchasing" not in out.read_text(encoding="utf-8")


def test_from_report_uses_the_saved_analysis(tmp_path: Path, furniture: Case) -> None:
    report = tmp_path / "report.json"
    result = invoke("analyze", str(FURNITURE), "--format", "json", "-o", str(report), "-j", "1")
    assert result.exit_code == 0
    out = tmp_path / "from-report.docx"
    result = amend(FURNITURE, out, "--from-report", str(report))
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == furniture.amendment.read_bytes()  # same plan, same bytes
    lines = tmp_path / "report.jsonl"
    lines.write_text(
        "".join(json.dumps(row) + "\n" for row in json.loads(report.read_text())), encoding="utf-8"
    )
    result = amend(FURNITURE, tmp_path / "from-jsonl.docx", "--from-report", str(lines))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "from-jsonl.docx").read_bytes() == out.read_bytes()
    other = tmp_path / "other.txt"
    other.write_text(SELLER, encoding="utf-8")
    result = run_amend(other, tmp_path / "x.docx", "--from-report", str(report))
    assert result.exit_code == 2
    assert f"no result for {other} in the report" in result.output


def test_html_redline_view_shows_finding_evidence_and_clause(tmp_path: Path, seller: Case) -> None:
    out = tmp_path / "view.html"
    result = amend(seller.contract, out)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    section = page.split('<section id="recruitment-fees">', 1)[1].split("</section>", 1)[0]
    assert "Finding: recruitment-fees (recommended) is weak" in section
    assert (
        "Section 3.3: <del>3.3 Seller will use reasonable efforts to avoid charging workers"
        in section
    )
    assert "Section 3.3 of the Agreement is deleted and replaced by this Section" in section
    assert "Seller shall not charge" in section or "Seller shall ensure" in section
    missing = page.split('<section id="training">', 1)[1].split("</section>", 1)[0]
    assert "is missing" in missing and "<del>" not in missing and "<ins>" in missing


def test_bad_inputs_exit_2_with_one_line(tmp_path: Path) -> None:
    result = run_amend(tmp_path / "nope.docx", tmp_path / "a.docx")
    assert result.exit_code == 2 and "no such file or folder" in result.output
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    result = run_amend(broken, tmp_path / "a.docx")
    assert (
        result.exit_code == 2 and str(broken) in result.output and "Traceback" not in result.output
    )
    result = run_amend(FURNITURE, tmp_path / "a.docx", data=broken)
    assert result.exit_code == 2 and str(broken) in result.output


@pytest.mark.pdf
def test_round_trip_on_pdf_input(tmp_path: Path) -> None:
    from generator.pdf import docx_to_pdf

    source = contract_docx(FURNITURE.read_text(encoding="utf-8"), tmp_path / "furniture.docx")
    pdf = docx_to_pdf([source], tmp_path)[0]
    case = round_trip(pdf, tmp_path / "furniture-amendment.pdf")
    assert case.amendment.read_bytes().startswith(b"%PDF")
    assert case.targeted and all(case.after[o] == "present" for o in case.targeted)


# ---- planning, without the analyzer ---------------------------------------------------


def finding(obligation: str, status: str, *sections: str | None) -> dict[str, Any]:
    level = load_catalog().get(obligation).level if obligation in load_catalog().ids else "required"
    evidence = [{"text": f"Supplier may consider {obligation}.", "section": s} for s in sections]
    return {
        "obligation": obligation,
        "level": level,
        "status": status,
        "evidence": evidence,
        "clause": obligation,
        "reason": "hedged by 'may'" if status == "weak" else "",
    }


def built(findings: list[dict[str, Any]]) -> tuple[Any, str]:
    from generator.amend import build_amendment, plan_amendment
    from generator.write_markdown import markdown_text

    plan = plan_amendment({"findings": findings}, sample_data())
    amendment = build_amendment(plan, find_parties(SELLER, sample_data()), sample_data())
    return amendment.plan, markdown_text(amendment.document)


def test_weak_term_sharing_a_section_with_a_present_one_is_supplemented() -> None:
    plan, text = built(
        [
            finding("forced-labor-prohibition", "present", "8.1"),
            finding("audit-rights", "weak", "8.1"),
        ]
    )
    assert [p.replaces.mode for p in plan.clauses if p.replaces] == ["supplement"]
    number = plan.clauses[0].number
    assert (
        f"This Section {number} supplements Section 8.1 of the Agreement and supersedes it to the "
        "extent that it deals with audit rights on terms less protective of Workers." in text
    )
    assert '"Worker" means' in text


def test_two_weak_terms_in_one_section_are_replaced_together() -> None:
    plan, text = built(
        [finding("audit-rights", "weak", "7"), finding("records-retention", "weak", "7")]
    )
    numbers = [p.number for p in plan.clauses]
    assert len(numbers) == 2
    replaced = f"replaced by Sections {numbers[0]} and {numbers[1]} of this Amendment."
    assert text.count(f"Section 7 of the Agreement is deleted and {replaced}") == 2


def test_weak_term_without_a_section_is_quoted() -> None:
    plan, text = built([finding("audit-rights", "weak", None)])
    assert plan.clauses[0].replaces.mode == "quote"
    quoted = 'that reads "Supplier may consider audit-rights."'
    assert f"replaces the provision of the Agreement {quoted}" in text


def test_obligation_without_a_library_clause_is_reported_unfilled() -> None:
    plan, _ = built([finding("audit-rights", "missing"), finding("living-wage-audits", "missing")])
    assert [g.obligation for g in plan.unfilled] == ["living-wage-audits"]
    assert [p.clause.id for p in plan.clauses] == ["audit-rights"]


def test_amendment_markdown_matches_golden() -> None:
    """A small amendment (one weak term replaced, one clause added) against its golden text;
    LABORCLAUSE_UPDATE_GOLDEN=1 rewrites it after a deliberate change."""
    _, text = built(
        [finding("audit-rights", "weak", "3.3"), finding("records-retention", "missing")]
    )
    golden = Path(__file__).parent / "golden" / "amendment.md"
    if os.environ.get("LABORCLAUSE_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"missing {golden}; run with LABORCLAUSE_UPDATE_GOLDEN=1"
    assert text == golden.read_text(encoding="utf-8")
