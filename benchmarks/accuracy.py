"""Accuracy of the obligation engine on labeled documents.

Sets: the shared dev corpus (../shared/data/dev-corpus, skipped with a message when absent)
and the project's own labeled set (tests/eval: labels.json + docs/*.txt, each document with
"split": "dev" | "holdout"). Prints per obligation precision, recall and F1 of "addressed"
(present or weak), overall micro F1, three-class accuracy, the false-present rate (present
predicted where the label is missing) and the engine's speed.

    python benchmarks/accuracy.py --set all
    python benchmarks/accuracy.py --set project --split dev --show-errors
    python benchmarks/accuracy.py --set project --split dev --cross-validate 5

`--cross-validate K` measures the topic model on documents it was not trained on: the dev
documents are cut into K folds, and each fold is analyzed with a model trained on the others
(the rules stay as they are, fitted to all dev documents). `--no-model` runs the rules alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from analyzer.engine import analyze_document, document_from_text
from analyzer.nlp import get_nlp
from analyzer.playbook import load_playbook
from analyzer.readers import read_document
from analyzer.topic_model import TopicModel, bundled_model

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "dev-corpus": Path("/work/shared/data/dev-corpus"),
    "project": ROOT / "tests" / "eval",
}


@dataclass
class Row:
    doc: str
    obligation: str
    label: str
    predicted: str
    reason: str
    evidence: str
    gold_evidence: str


def load_set(folder: Path, split: str) -> list[tuple[str, Path, dict]]:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    out = []
    for doc_id, entry in labels.items():
        if split != "all" and entry.get("split", "dev") != split:
            continue
        out.append((doc_id, folder / "docs" / f"{doc_id}.txt", entry))
    return out


def run(
    items: list[tuple[str, Path, dict]], topics: Callable[[str], TopicModel | None]
) -> tuple[list[Row], float, int]:
    playbook = load_playbook()
    # build the per-process state (pipeline, matchers, library index) before timing
    analyze_document(document_from_text("Supplier shall not use forced labor."), playbook)
    rows: list[Row] = []
    elapsed, tokens = 0.0, 0
    for doc_id, path, entry in items:
        doc = read_document(path)
        t0 = time.perf_counter()
        analysis = analyze_document(doc, playbook, topics(doc_id))
        elapsed += time.perf_counter() - t0
        tokens += len(get_nlp().make_doc(doc.text))
        for finding in analysis.findings:
            gold = entry["labels"].get(finding.obligation)
            if gold is None:
                continue
            rows.append(
                Row(
                    doc_id,
                    finding.obligation,
                    gold["status"],
                    finding.status,
                    finding.reason,
                    finding.evidence[0].text if finding.evidence else "",
                    gold.get("evidence", ""),
                )
            )
    return rows, elapsed, tokens


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(name: str, rows: list[Row], elapsed: float, tokens: int, show_errors: bool) -> dict:
    addressed = {"present", "weak"}
    per: dict[str, Counter[str]] = {}
    for r in rows:
        c = per.setdefault(r.obligation, Counter())
        gold, pred = r.label in addressed, r.predicted in addressed
        c["tp"] += gold and pred
        c["fp"] += pred and not gold
        c["fn"] += gold and not pred
        c["n_gold"] += gold
    print(f"\n== {name}: {len({r.doc for r in rows})} documents, {len(rows)} labels ==")
    print(f"{'obligation':30} {'gold+':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for ob, c in per.items():
        p, r_, f = _f1(c["tp"], c["fp"], c["fn"])
        print(f"{ob:30} {c['n_gold']:5d} {p:6.2f} {r_:6.2f} {f:6.2f}")
    tp = sum(c["tp"] for c in per.values())
    fp = sum(c["fp"] for c in per.values())
    fn = sum(c["fn"] for c in per.values())
    p, r_, f = _f1(tp, fp, fn)
    exact = sum(r.label == r.predicted for r in rows)
    half = sum(
        1.0 if r.label == r.predicted else 0.5 if "weak" in (r.label, r.predicted) else 0.0
        for r in rows
    )
    missing = [r for r in rows if r.label == "missing"]
    false_present = sum(r.predicted == "present" for r in missing)
    print(
        f"micro (addressed = present|weak): P {p:.3f}  R {r_:.3f}  F1 {f:.3f}  "
        f"(tp {tp}, fp {fp}, fn {fn})"
    )
    print(
        f"three-class accuracy: {exact / len(rows):.3f}  (weak confusions as half errors: "
        f"{half / len(rows):.3f})"
    )
    print(
        f"false present: {false_present}/{len(missing)} = "
        f"{false_present / max(1, len(missing)):.2%} of labels that are missing"
    )
    if elapsed:
        print(
            f"engine speed: {tokens:,} tokens in {elapsed:.2f} s = {tokens / elapsed:,.0f} tokens/s"
        )
    if show_errors:
        print("\nmismatches (label -> predicted):")
        for r in rows:
            if r.label != r.predicted:
                print(f"- {r.doc} | {r.obligation}: {r.label} -> {r.predicted} | {r.reason}")
                if r.evidence:
                    print(f"    found: {r.evidence[:220]!r}")
                if r.gold_evidence:
                    print(f"    gold : {r.gold_evidence[:220]!r}")
    return {
        "f1": f,
        "accuracy": exact / len(rows),
        "false_present": false_present / max(1, len(missing)),
    }


def fold_models(folder: Path, k: int) -> Callable[[str], TopicModel | None]:
    """doc id -> a topic model trained on the other folds of the dev documents."""
    from analyzer.topic_training import labelled_docs, train

    docs = labelled_docs(folder)
    obligations = [ob.id for ob in load_playbook().obligations]
    fold_of = {d.doc_id: i % k for i, d in enumerate(docs)}
    models = [train([d for d in docs if fold_of[d.doc_id] != f], obligations) for f in range(k)]
    return lambda doc_id: models[fold_of[doc_id]] if doc_id in fold_of else None


def model_choice(args: argparse.Namespace, folder: Path) -> Callable[[str], TopicModel | None]:
    """doc id -> the topic model to analyze it with (None: the bundled one)."""
    if args.no_model:
        models: Callable[[str], TopicModel | None] = lambda _: replace(  # noqa: E731
            bundled_model(), threshold=2.0
        )
    elif args.cross_validate:
        models = fold_models(folder, args.cross_validate)
    else:
        models = lambda _: None  # noqa: E731
    if args.threshold is None:
        return models
    return lambda doc_id: replace(models(doc_id) or bundled_model(), threshold=args.threshold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["dev-corpus", "project", "all"], default="all")
    parser.add_argument(
        "--split",
        choices=["dev", "holdout", "all"],
        default="all",
        help="for the project set: its dev or holdout documents",
    )
    parser.add_argument(
        "--show-errors", action="store_true", help="list each mismatch with evidence"
    )
    parser.add_argument("--only", help="comma-separated document ids")
    parser.add_argument("--no-model", action="store_true", help="the rules without the topic model")
    parser.add_argument(
        "--cross-validate", type=int, metavar="K", help="project dev: a model per fold of K"
    )
    parser.add_argument("--threshold", type=float, help="the topic model's threshold")
    args = parser.parse_args(argv)
    if args.cross_validate and (args.set != "project" or args.split != "dev"):
        parser.error("--cross-validate needs --set project --split dev")
    names = ["dev-corpus", "project"] if args.set == "all" else [args.set]
    for name in names:
        folder = SETS[name]
        if not (folder / "labels.json").is_file():
            print(f"{name}: {folder} not found, skipped")
            continue
        items = load_set(folder, args.split if name == "project" else "all")
        if args.only:
            wanted = set(args.only.split(","))
            items = [i for i in items if i[0] in wanted]
        if not items:
            print(f"{name}: no documents")
            continue
        topics = model_choice(args, folder)
        rows, elapsed, tokens = run(items, topics)
        report(
            f"{name}" + (f" ({args.split})" if name == "project" else ""),
            rows,
            elapsed,
            tokens,
            args.show_errors,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
