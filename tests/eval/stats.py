"""Print the counts tables of tests/eval/README.md from labels.json (Markdown).

Run: python tests/eval/stats.py            (print the tables)
     python tests/eval/stats.py --readme   (rewrite them in README.md between the markers)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from laborclause import load_catalog

OWN_SOURCE = "written for laborclause"
STATUSES = ("present", "weak", "missing")
BEGIN, END = "<!-- stats:begin -->", "<!-- stats:end -->"


def load_labels(path: Path | None = None) -> dict[str, dict]:
    path = path or Path(__file__).with_name("labels.json")
    return json.loads(path.read_text(encoding="utf-8"))


def groups(labels: dict[str, dict]) -> dict[str, list[str]]:
    """Document ids per column group: own dev, own holdout, redistributed real documents."""
    own = [d for d, e in labels.items() if e["source"] == OWN_SOURCE]
    return {
        "own dev": [d for d in own if labels[d]["split"] == "dev"],
        "own holdout": [d for d in own if labels[d]["split"] == "holdout"],
        "real (dev)": [d for d, e in labels.items() if e["source"] != OWN_SOURCE],
    }


def count(labels: dict[str, dict], doc_ids: list[str], obligation_id: str) -> Counter[str]:
    return Counter(labels[d]["labels"][obligation_id]["status"] for d in doc_ids)


def documents_table(labels: dict[str, dict]) -> str:
    rows = [
        "| group | documents | contract | code | clause-set | policy |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, ids in groups(labels).items():
        kinds = Counter(labels[d]["kind"] for d in ids)
        rows.append(
            f"| {name} | {len(ids)} | "
            + " | ".join(str(kinds[k]) for k in ("contract", "code", "clause-set", "policy"))
            + " |"
        )
    return "\n".join(rows)


def obligations_table(labels: dict[str, dict]) -> str:
    names = list(groups(labels))
    head = "| obligation id | level | " + " | ".join(f"{n} P/W/M" for n in names) + " | all P/W/M |"
    rows = [head, "|---|---|" + "---:|" * (len(names) + 1)]
    totals = {n: Counter() for n in [*names, "all"]}
    for ob in load_catalog().obligations:
        cells = []
        for name, ids in [*groups(labels).items(), ("all", list(labels))]:
            c = count(labels, ids, ob.id)
            totals[name].update(c)
            cells.append("/".join(str(c[s]) for s in STATUSES))
        rows.append(f"| `{ob.id}` | {ob.level} | " + " | ".join(cells) + " |")
    rows.append(
        "| **all** | | "
        + " | ".join("/".join(str(totals[n][s]) for s in STATUSES) for n in totals)
        + " |"
    )
    return "\n".join(rows)


def main() -> None:
    labels = load_labels()
    tables = f"{documents_table(labels)}\n\n{obligations_table(labels)}"
    if sys.argv[1:] != ["--readme"]:
        print(tables)
        return
    readme = Path(__file__).with_name("README.md")
    text = readme.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    readme.write_text(f"{head}{BEGIN}\n{tables}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
