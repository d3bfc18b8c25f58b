"""Round trips of `amend` over a folder of real contracts, with time per contract.

    python benchmarks/amend.py                          # tests/eval/docs, amendment + redline
    python benchmarks/amend.py --docs DIR --no-redline

For every document: analyze it, build the amendment, then analyze the document with the
amendment appended (as `analyze --with` does); the round trip holds when every obligation
the amendment targets is `present` and it targets nothing the document had `present`.
With the redline, the text document is first written as a DOCX (one paragraph per
blank-line block, numbered clause headings as Heading 1), the redline's tracked changes
are accepted (w:del removed, w:ins unwrapped) and the result analyzed the same way.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

import docx
from lxml import etree

from analyzer.pipeline import append_documents
from analyzer.readers import iter_documents, read_document
from generator.amend import build_amendment, plan_amendment
from generator.amend_parties import find_parties
from generator.amend_run import analyze_text, write_amendment
from generator.redline import write_redline
from generator.render import sample_data

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def as_docx(text: str, path: Path) -> Path:
    document = docx.Document()
    for chunk in re.split(r"\n\s*\n", text):
        line = " ".join(chunk.split())
        match = re.match(r"^(\d+)\.\s+([A-Z][\w ,]+)\.\s*(.*)$", line)
        if match:
            document.add_paragraph(f"{match.group(1)}. {match.group(2)}", style="Heading 1")
            line = match.group(3)
        if line:
            document.add_paragraph(line)
    document.save(str(path))
    return path


def accepted(redline: Path, out: Path) -> Path:
    with zipfile.ZipFile(redline) as source:
        items = {name: source.read(name) for name in source.namelist()}
    root = etree.fromstring(items["word/document.xml"])
    for deleted in list(root.iter(f"{W}del")):
        deleted.getparent().remove(deleted)
    for inserted in list(root.iter(f"{W}ins")):
        parent = inserted.getparent()
        if parent.tag == f"{W}rPr":
            parent.remove(inserted)
            continue
        index = parent.index(inserted)
        for child in list(inserted):
            parent.insert(index, child)
            index += 1
        parent.remove(inserted)
    items["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    with zipfile.ZipFile(out, "w") as target:
        for name, data in items.items():
            target.writestr(name, data)
    return out


def statuses(report: dict[str, Any]) -> dict[str, str]:
    return {f["obligation"]: f["status"] for f in report["findings"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=Path, default=Path("tests/eval/docs"))
    parser.add_argument("--no-redline", action="store_true")
    args = parser.parse_args()
    data = sample_data()
    counts = {"documents": 0, "no gaps": 0, "amendment ok": 0, "redline ok": 0, "clauses": 0}
    failures: list[str] = []
    seconds = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for path in iter_documents([args.docs]):
            counts["documents"] += 1
            start = time.perf_counter()
            doc = read_document(path)
            report = analyze_text(doc)
            plan = plan_amendment(report, data)
            if not plan.clauses:
                counts["no gaps"] += 1
                continue
            counts["clauses"] += len(plan.clauses)
            amendment = build_amendment(plan, find_parties(doc.text, data), data)
            out = write_amendment(amendment, report, work / f"{path.stem}.docx", "docx")
            seconds += time.perf_counter() - start
            present = {o for o, s in statuses(report).items() if s == "present"}
            combined = statuses(analyze_text(append_documents(doc, [read_document(out)])))
            bad = [o for o in plan.targeted if combined[o] != "present"]
            if bad or set(plan.targeted) & present:
                failures.append(f"{path.name}: amendment leaves {bad}")
            else:
                counts["amendment ok"] += 1
            if args.no_redline:
                continue
            source = as_docx(doc.text, work / f"{path.stem}-contract.docx")
            source_report = analyze_text(read_document(source))
            source_plan = plan_amendment(source_report, data)
            if not source_plan.clauses:
                counts["redline ok"] += 1
                continue
            source_doc = read_document(source)
            redline_amendment = build_amendment(
                source_plan, find_parties(source_doc.text, data), data
            )
            redline = write_redline(
                source, redline_amendment, source_report, work / f"{path.stem}-redline.docx"
            )
            after = statuses(
                analyze_text(read_document(accepted(redline, work / f"{path.stem}-accepted.docx")))
            )
            bad = [o for o in source_plan.targeted if after[o] != "present"]
            if bad:
                failures.append(f"{path.name}: accepted redline leaves {bad}")
            else:
                counts["redline ok"] += 1
    amended = counts["documents"] - counts["no gaps"]
    print(", ".join(f"{k}: {v}" for k, v in counts.items()))
    if amended:
        print(
            f"clauses per amendment: {counts['clauses'] / amended:.1f}; "
            f"analyze + build + write: {seconds / amended:.2f} s per contract"
        )
    for failure in failures:
        print("FAIL", failure)


if __name__ == "__main__":
    main()
