"""Contract text for the benchmark corpora: real drafting from the evaluation set and the
clause library's texts (shared by benchmarks/analyze.py and benchmarks/scale.py)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # a checkout: benchmarks run from the repo
EVAL_DOCS = ROOT / "tests" / "eval" / "docs"
_PLACEHOLDER = re.compile(r"{{\s*([\w.]+)[^}]*}}")
_TAG = re.compile(r"{%.*?%}", re.S)
FILLS = {"buyer": "Northwind Retail Inc.", "supplier": "Supplier", "company": "Northwind"}


def source_paragraphs() -> list[str]:
    """Contract paragraphs of 20+ words from the eval documents (real drafting)."""
    paragraphs = []
    for path in sorted(EVAL_DOCS.glob("*.txt")):
        for para in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            text = " ".join(para.split())
            if len(text.split()) >= 20:
                paragraphs.append(text)
    if not paragraphs:
        sys.exit(f"benchmarks: no paragraphs found in {EVAL_DOCS}")
    return paragraphs


def library_clauses() -> list[str]:
    """Every text of the clause library, placeholders filled with plain names."""
    import yaml

    from laborclause.resources import resource

    clauses = []
    for node in resource("laborclause.clauses").iterdir():
        if not node.name.endswith(".yaml"):
            continue
        data = yaml.safe_load(node.read_text(encoding="utf-8"))
        for styles in (data.get("texts") or {}).values():
            for text in (styles or {}).values() if isinstance(styles, dict) else [styles]:
                if isinstance(text, str):
                    filled = _PLACEHOLDER.sub(lambda m: FILLS.get(m.group(1), "thirty (30)"), text)
                    clauses.append(" ".join(_TAG.sub("", filled).split()))
    return clauses
