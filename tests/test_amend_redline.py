"""`amend --redline`: the contract itself with the changes as Word tracked changes.

Checked on the XML (revisions by laborclause with a fixed date, a comment per change
citing the obligation), by rejecting every change (the original comes back: same
paragraphs, styles, numbering, section properties), by accepting every change (the
analysis finds every targeted obligation), and in LibreOffice (it accepts the changes).
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
import pytest
from amend_fixtures import SELLER, contract_docx, run_amend
from click.testing import CliRunner
from lxml import etree

from cli import cli
from laborclause import load_catalog

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
DATE = "2026-01-15T00:00:00Z"  # the sample company's effective date
SYSTEM_PYTHON = Path("/usr/bin/python3")
LO_ACCEPT = Path(__file__).parent / "lo_accept.py"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def with_document(path: Path, out: Path, root: etree._Element) -> Path:
    """A copy of the package at `path` with another word/document.xml."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            target.writestr(item, data)
    return out


def accept_all(root: etree._Element) -> etree._Element:
    root = copy.deepcopy(root)
    for deleted in list(root.iter(q("del"))):
        deleted.getparent().remove(deleted)
    return _unwrap_insertions(root)


def reject_all(root: etree._Element) -> etree._Element:
    root = copy.deepcopy(root)
    for paragraph in list(root.iter(q("p"))):
        if paragraph.find("w:pPr/w:rPr/w:ins", NS) is not None:
            paragraph.getparent().remove(paragraph)
    for inserted in list(root.iter(q("ins"))):
        inserted.getparent().remove(inserted)
    for deleted in list(root.iter(q("del"))):
        for text in deleted.iter(q("delText")):
            text.tag = q("t")
        _unwrap(deleted)
    return root


def _unwrap(element: etree._Element) -> None:
    parent = element.getparent()
    index = parent.index(element)
    for child in list(element):
        parent.insert(index, child)
        index += 1
    parent.remove(element)


def _unwrap_insertions(root: etree._Element) -> etree._Element:
    for inserted in list(root.iter(q("ins"))):
        if inserted.getparent().tag == q("rPr"):
            inserted.getparent().remove(inserted)
        else:
            _unwrap(inserted)
    return root


def without_comments(root: etree._Element) -> etree._Element:
    root = copy.deepcopy(root)
    for tag in ("commentRangeStart", "commentRangeEnd"):
        for marker in list(root.iter(q(tag))):
            marker.getparent().remove(marker)
    for reference in list(root.iter(q("commentReference"))):
        run = reference.getparent()
        run.getparent().remove(run)
    return root


def paragraphs(root: etree._Element) -> list[tuple[str | None, str, str | None]]:
    """(style, text, numbering) of every paragraph, comment references left out."""
    out = []
    for p in root.iter(q("p")):
        style = p.find("w:pPr/w:pStyle", NS)
        num = p.find("w:pPr/w:numPr/w:numId", NS)
        text = "".join(t.text or "" for t in p.iter(q("t")))
        out.append(
            (
                None if style is None else style.get(q("val")),
                text,
                None if num is None else num.get(q("val")),
            )
        )
    return out


@dataclass
class Redline:
    contract: Path
    redline: Path
    amendment: Path
    before: dict[str, str]
    output: str

    @property
    def root(self) -> etree._Element:
        return etree.fromstring(part(self.redline, "word/document.xml"))

    @property
    def targeted(self) -> set[str]:
        return {o for o, s in self.before.items() if s != "present"}


def analyze(*paths: str) -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["analyze", *paths, "-f", "json", "-j", "1"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)[0]


def statuses(row: dict[str, Any]) -> dict[str, str]:
    return {f["obligation"]: f["status"] for f in row["findings"]}


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Redline:
    work = tmp_path_factory.mktemp("redline")
    contract = contract_docx(SELLER, work / "seller.docx")
    document = docx.Document(str(contract))
    labor = next(p for p in document.paragraphs if p.text == "3. Labor Standards")
    for item in ("Prices include delivery to Customer's warehouse.", "Prices exclude sales tax."):
        labor.insert_paragraph_before(item, style="List Number")  # Word automatic numbering
    document.save(str(contract))
    before = statuses(analyze(str(contract)))
    amendment, redline = work / "amendment.docx", work / "seller-redline.docx"
    result = run_amend(contract, amendment, "--redline", str(redline), "-j", "1")
    assert result.exit_code == 0, result.output
    return Redline(contract, redline, amendment, before, result.output)


def test_changes_are_revisions_by_laborclause_with_a_fixed_date(case: Redline) -> None:
    root = case.root
    revisions = list(root.iter(q("ins"))) + list(root.iter(q("del")))
    assert revisions
    assert {r.get(q("author")) for r in revisions} == {"laborclause"}
    assert {r.get(q("date")) for r in revisions} == {DATE}
    ids = [r.get(q("id")) for r in revisions]
    assert len(ids) == len(set(ids))
    deleted = "".join(t.text or "" for t in root.iter(q("delText")))
    assert deleted.startswith("Seller will use reasonable efforts to avoid charging workers")
    assert "redline" in case.output


def test_each_change_has_a_comment_citing_the_obligation(case: Redline) -> None:
    comments = etree.fromstring(part(case.redline, "word/comments.xml"))
    texts = {c.get(q("id")): "".join(t.text or "" for t in c.iter(q("t"))) for c in comments}
    assert {c.get(q("author")) for c in comments} == {"laborclause"}
    assert {c.get(q("date")) for c in comments} == {DATE}
    root = case.root
    referenced = [r.get(q("id")) for r in root.iter(q("commentReference"))]
    assert sorted(referenced) == sorted(texts)
    catalog = load_catalog()
    cited = set()
    for text in texts.values():
        for obligation in re.findall(
            r"([a-z]+(?:-[a-z]+)*) \(([^,]+), (?:required|recommended)", text
        ):
            assert catalog.get(obligation[0]).title == obligation[1]
            cited.add(obligation[0])
    assert cited == case.targeted
    # one comment per inserted clause, one on the deleted term, one on the definitions
    starts = {m.get(q("id")) for m in root.iter(q("commentRangeStart"))}
    assert starts == set(texts)
    assert any("recruitment-fees" in t and "replaces it" in t for t in texts.values())


def test_rejecting_every_change_gives_back_the_original(case: Redline) -> None:
    original = etree.fromstring(part(case.contract, "word/document.xml"))
    rejected = without_comments(reject_all(case.root))
    assert paragraphs(rejected) == paragraphs(original)
    for name in ("word/styles.xml", "word/numbering.xml"):
        assert etree.tostring(
            etree.fromstring(part(case.redline, name)), method="c14n"
        ) == etree.tostring(etree.fromstring(part(case.contract, name)), method="c14n"), name
    assert etree.tostring(rejected.find("w:body/w:sectPr", NS)) == etree.tostring(
        original.find("w:body/w:sectPr", NS)
    )


def test_accepting_every_change_closes_every_gap(case: Redline, tmp_path: Path) -> None:
    accepted = with_document(case.redline, tmp_path / "accepted.docx", accept_all(case.root))
    after = statuses(analyze(str(accepted)))
    assert case.targeted and {o for o in case.targeted if after[o] != "present"} == set()
    text = [p.text for p in docx.Document(str(accepted)).paragraphs]
    assert "reasonable efforts" not in " ".join(text)
    assert any(t.startswith("3.3 Recruitment Fees. Seller shall") for t in text)  # keeps its number
    # new sections come after the contract's last one and before the signature block
    headings = [t for t in text if re.match(r"^\d+\. [A-Z]", t)]
    assert headings[:4] == ["1. Supply", "2. Prices", "3. Labor Standards", "4. Governing Law"]
    assert headings[4] == "5. Forced Labor Definitions"
    assert [int(h.split(".")[0]) for h in headings] == list(range(1, len(headings) + 1))
    assert text.index(headings[-1]) < next(
        i for i, t in enumerate(text) if t.startswith("IN WITNESS")
    )


def test_redline_needs_a_docx_contract(tmp_path: Path) -> None:
    contract = tmp_path / "seller.txt"
    contract.write_text(SELLER, encoding="utf-8")
    result = run_amend(
        contract, tmp_path / "a.docx", "--redline", str(tmp_path / "r.docx"), "-j", "1"
    )
    assert result.exit_code == 2
    assert f"{contract}: --redline needs a DOCX contract" in result.output


def _uno_available() -> bool:
    if not SYSTEM_PYTHON.is_file() or shutil.which("soffice") is None:
        return False
    probe = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import uno"], capture_output=True, check=False
    )
    return probe.returncode == 0


@pytest.mark.pdf
def test_libreoffice_accepts_the_changes(case: Redline, tmp_path: Path) -> None:
    if not _uno_available():
        pytest.skip("LibreOffice's Python bridge is not installed (apt-get install python3-uno)")
    # LibreOffice 7.4 (nogui build) aborts when loading any comment through UNO, so the
    # comments, which are not tracked changes, are taken out of the copy it accepts.
    staged = with_document(case.redline, tmp_path / "no-comments.docx", without_comments(case.root))
    pdf = tmp_path / "accepted.pdf"
    run = subprocess.run(
        [str(SYSTEM_PYTHON), str(LO_ACCEPT), str(staged), str(pdf)],
        capture_output=True,
        text=True,
        timeout=400,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 after accepting" in run.stdout
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "reasonable efforts" not in text
    after = statuses(analyze(str(pdf)))
    assert {o for o in case.targeted if after[o] != "present"} == set()


def test_headings_numbered_by_their_style_are_not_typed_again(tmp_path: Path) -> None:
    contract = contract_docx(SELLER, tmp_path / "numbered.docx")
    document = docx.Document(str(contract))
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Heading 1":
            paragraph.text = paragraph.text.split(". ", 1)[
                1
            ]  # "3. Labor Standards" -> Word numbers it
    numbering = document.part.numbering_part.element
    abstract = etree.SubElement(numbering, q("abstractNum"), {q("abstractNumId"): "90"})
    level = etree.SubElement(abstract, q("lvl"), {q("ilvl"): "0"})
    etree.SubElement(level, q("start"), {q("val"): "1"})
    etree.SubElement(level, q("numFmt"), {q("val"): "decimal"})
    etree.SubElement(level, q("lvlText"), {q("val"): "%1."})
    first_num = numbering.find("w:num", NS)
    if first_num is not None:
        first_num.addprevious(abstract)
    num = etree.SubElement(numbering, q("num"), {q("numId"): "90"})
    etree.SubElement(num, q("abstractNumId"), {q("val"): "90"})
    style = document.styles["Heading 1"].element
    p_pr = style.find("w:pPr", NS)
    num_pr = etree.Element(q("numPr"))
    etree.SubElement(num_pr, q("numId"), {q("val"): "90"})
    p_pr.insert(0, num_pr)
    document.save(str(contract))
    redline = tmp_path / "redline.docx"
    result = run_amend(contract, tmp_path / "a.md", "--redline", str(redline), "-j", "1")
    assert result.exit_code == 0, result.output
    root = etree.fromstring(part(redline, "word/document.xml"))
    accepted = with_document(redline, tmp_path / "accepted.docx", accept_all(root))
    from analyzer.readers import read_document

    text = read_document(accepted).text
    assert "4. Governing Law" in text
    assert "5. Forced Labor Definitions" in text and "5. 5." not in text


def test_a_weak_sentence_that_also_binds_a_present_term_is_kept(tmp_path: Path) -> None:
    from generator.amend import build_amendment, plan_amendment
    from generator.amend_parties import find_parties
    from generator.redline import write_redline
    from generator.render import sample_data

    shared = "Seller shall not use forced labor and will endeavor to allow audits of its factories."
    contract = contract_docx(
        SELLER.replace(
            "3.3 Seller will use reasonable", f"3.4 {shared}\n\n3.3 Seller will use reasonable"
        ),
        tmp_path / "c.docx",
    )
    evidence = [{"text": f"3.4 {shared}", "section": "3.4"}]
    report = {
        "findings": [
            {
                "obligation": "forced-labor-prohibition",
                "level": "required",
                "status": "present",
                "evidence": evidence,
                "clause": "forced-labor-prohibition",
            },
            {
                "obligation": "audit-rights",
                "level": "required",
                "status": "weak",
                "evidence": evidence,
                "clause": "audit-rights",
                "reason": "hedged",
            },
        ]
    }
    data = sample_data()
    plan = plan_amendment(report, data)
    assert plan.clauses[0].replaces is not None and plan.clauses[0].replaces.mode == "supplement"
    text = "\n\n".join(p.text for p in docx.Document(str(contract)).paragraphs)
    amendment = build_amendment(plan, find_parties(text, data), data)
    redline = write_redline(contract, amendment, report, tmp_path / "r.docx")
    root = etree.fromstring(part(redline, "word/document.xml"))
    assert list(root.iter(q("del"))) == []
    texts = [t for _, t, _ in paragraphs(accept_all(root))]
    kept = texts.index(f"3.4 {shared}")
    assert texts[kept + 1].startswith("Audits and Inspections. Customer or its designated")


def test_inserted_text_takes_the_contracts_body_style(tmp_path: Path) -> None:
    contract = contract_docx(SELLER, tmp_path / "styled.docx")
    document = docx.Document(str(contract))
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Normal":
            paragraph.style = document.styles["Body Text"]
    document.save(str(contract))
    redline = tmp_path / "redline.docx"
    result = run_amend(contract, tmp_path / "a.md", "--redline", str(redline), "-j", "1")
    assert result.exit_code == 0, result.output
    root = etree.fromstring(part(redline, "word/document.xml"))
    inserted = [p for p in root.iter(q("p")) if p.find("w:pPr/w:rPr/w:ins", NS) is not None]
    styles = {
        None if (s := p.find("w:pPr/w:pStyle", NS)) is None else s.get(q("val")) for p in inserted
    }
    assert styles == {"BodyText", "Heading1"}
