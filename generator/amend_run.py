"""One contract in, one amendment out: the work of `amend` for a single contract.

`amend_contract` is a pure function of a small picklable `AmendTask`, so the batch runs it
in worker processes like `analyze`; it returns a plain dict (what was added, where it was
written), never the document. The contract is read once: its text gives the parties, and
its analysis (or the saved report given with --from-report) gives the gaps.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from analyzer.document import Document as ContractText
from generator.amend import Amendment, AmendmentPlan, build_amendment, plan_amendment
from generator.amend_parties import find_parties
from generator.data_model import CompanyData, load_data
from generator.render import FORMATS
from laborclause.errors import DataError, DocumentError, LaborclauseError
from laborclause.shipping import FileFields

AMEND_FORMATS = FORMATS  # the generator's formats; html is the redline view


@dataclass(frozen=True)
class AmendTask:
    contract: str
    data: str  # the company data file
    out: str  # the amendment file to write
    fmt: str = "docx"
    level: str = "recommended"
    report: str | None = None  # a saved `analyze --format json|jsonl` report
    title: str | None = None
    date: str | None = None
    supplier: str | None = None
    redline: str | None = None  # a tracked-changes copy of a DOCX contract
    playbook: str | None = None

    # The fields naming files, for workers on other machines (laborclause.shipping).
    shipped_files: ClassVar[FileFields] = FileFields(
        inputs=("contract",), shared=("data", "report", "playbook"), outputs=("out", "redline")
    )


def read_contract(path: str) -> ContractText:
    from analyzer.readers import read_document

    return read_document(Path(path))


def analyze_text(doc: ContractText, playbook: str | None = None) -> dict[str, Any]:
    from analyzer.engine import analyze_document
    from analyzer.pipeline import cached_playbook

    return analyze_document(doc, cached_playbook(playbook)).to_dict()


def _report_rows(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read the report: {exc}", path=path) from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        try:
            value = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise DataError(
                f"not an analyze report (JSON or JSON lines): {exc.msg} at line {exc.lineno}",
                path=path,
            ) from None
    rows = value if isinstance(value, list) else [value]
    if not all(isinstance(r, dict) and "document" in r for r in rows):
        raise DataError("not an analyze report: expected objects with a 'document' key", path=path)
    return rows


def report_for(report_path: str, doc: ContractText) -> dict[str, Any]:
    """The row of a saved report that belongs to this contract (same content, else same path)."""
    rows = _report_rows(Path(report_path))
    match = [r for r in rows if r["document"].get("sha256") == doc.sha256]
    if not match:
        here = Path(doc.path).resolve()
        match = [r for r in rows if Path(str(r["document"].get("path", ""))).resolve() == here]
    if not match:
        raise DataError(
            f"no result for {doc.path} in the report (matched by content hash and path)",
            path=report_path,
        )
    row = match[0]
    if "error" in row:
        raise DocumentError(
            f"the report could not check this contract: {row['error'].get('message', '')}",
            path=doc.path,
        )
    if "findings" not in row:
        raise DataError("report row has no findings", path=report_path)
    return row


def plan_for(
    task: AmendTask, data: CompanyData
) -> tuple[ContractText, dict[str, Any], AmendmentPlan]:
    doc = read_contract(task.contract)
    report = report_for(task.report, doc) if task.report else analyze_text(doc, task.playbook)
    return doc, report, plan_amendment(report, data, task.level)


def make_amendment(
    task: AmendTask, data: CompanyData
) -> tuple[Amendment | None, dict[str, Any], AmendmentPlan]:
    doc, report, plan = plan_for(task, data)
    if not plan.clauses:
        return None, report, plan
    parties = find_parties(
        doc.text, data, title=task.title, date=task.date, supplier_name=task.supplier
    )
    return build_amendment(plan, parties, data), report, plan


def write_amendment(amendment: Amendment, report: dict[str, Any], out: Path, fmt: str) -> Path:
    try:
        return _write(amendment, report, out, fmt)
    except OSError as exc:
        raise DataError(f"cannot write the amendment: {exc.strerror or exc}", path=out) from None


def _write(amendment: Amendment, report: dict[str, Any], out: Path, fmt: str) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "docx":
        from generator.write_docx import docx_bytes

        out.write_bytes(docx_bytes(amendment.document, provenance(amendment)))
    elif fmt == "md":
        from generator.write_markdown import markdown_text

        out.write_text(markdown_text(amendment.document), encoding="utf-8")
    elif fmt == "html":
        from generator.amend_html import redline_html

        out.write_text(redline_html(amendment, report), encoding="utf-8")
    elif fmt == "pdf":
        from generator.pdf import docx_to_pdf

        with tempfile.TemporaryDirectory(prefix="laborclause-amend-") as tmp:
            source = Path(tmp) / (out.stem + ".docx")
            _write(amendment, report, source, "docx")
            produced = docx_to_pdf([source], Path(tmp))[0]
            out.write_bytes(produced.read_bytes())
    else:
        raise LaborclauseError(f"unknown format {fmt!r}; choose one of: {', '.join(AMEND_FORMATS)}")
    return out


def provenance(amendment: Amendment) -> dict[str, str]:
    from generator.amend_frame import load_amendment_frame
    from generator.clause_library import load_library
    from laborclause import __version__

    plan = amendment.plan
    return {
        "kind": "amendment",
        "template": "templates/amendment.yaml",
        "template_version": load_amendment_frame().version,
        "clause_library_version": load_library().version,
        "adds": ",".join(p.clause.id for p in plan.clauses),
        "obligations": ",".join(plan.targeted),
        "generator_version": __version__,
    }


def amend_contract(task: AmendTask) -> dict[str, Any]:
    """Write the amendment (and the redline) for one contract; a summary dict of what it adds."""
    data = load_data(task.data)
    amendment, report, plan = make_amendment(task, data)
    result: dict[str, Any] = {
        "contract": task.contract,
        "amendment": None,
        "redline": None,
        "added": [g.obligation for g in plan.gaps if g.status == "missing"],
        "replaced": [g.obligation for g in plan.gaps if g.status == "weak"],
        "clauses": [p.clause.id for p in plan.clauses],
        "supersedes": sorted({s for p in plan.clauses if p.replaces for s in p.replaces.sections}),
        "unfilled": [g.obligation for g in plan.unfilled],
        "present": plan.present,
        "supplier_named": True,
    }
    if amendment is None:
        return result
    result["supplier_named"] = amendment.parties.supplier_name is not None
    result["amendment"] = str(write_amendment(amendment, report, Path(task.out), task.fmt))
    if task.redline:
        from generator.redline import write_redline

        result["redline"] = str(
            write_redline(Path(task.contract), amendment, report, Path(task.redline))
        )
    return result
