"""The labeled evaluation set in tests/eval/ is well formed, redistributable and balanced."""

from __future__ import annotations

import json
import re
import runpy
from collections import Counter
from pathlib import Path

import pytest

from laborclause import load_catalog

EVAL = Path(__file__).parent / "eval"
DOCS = EVAL / "docs"
OWN_SOURCE = "written for laborclause"
OWN_LICENCE = "MIT (this project)"
KINDS = {"contract", "code", "clause-set", "policy"}
STATUSES = {"present", "weak", "missing"}
# Licences of third-party texts that may be redistributed, and the NOTICE line naming each.
THIRD_PARTY = {
    "CC BY 4.0 (CUAD v1": "CUAD v1",
    "MIT (CommonAccord/Cmacc-Org": "CommonAccord/Cmacc-Org",
    "Open Government Licence v3.0": "Open Government Licence v3.0",
    "Commission Decision 2011/833/EU": "2011/833/EU",
    "public domain": "public domain",
}


@pytest.fixture(scope="module")
def labels() -> dict[str, dict]:
    return json.loads((EVAL / "labels.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def own(labels: dict[str, dict]) -> dict[str, dict]:
    return {d: e for d, e in labels.items() if e["source"] == OWN_SOURCE}


def test_every_document_has_text_and_labels(labels: dict[str, dict]) -> None:
    assert {p.stem for p in DOCS.glob("*.txt")} == set(labels)
    assert {p.name for p in DOCS.iterdir()} == {f"{d}.txt" for d in labels}


def test_entries_have_the_fixed_fields(labels: dict[str, dict]) -> None:
    for doc_id, entry in labels.items():
        assert list(entry) == ["kind", "source", "licence", "split", "labels"], doc_id
        assert entry["kind"] in KINDS, doc_id
        assert entry["split"] in {"dev", "holdout"}, doc_id
        assert entry["source"].strip() and entry["licence"].strip(), doc_id


def test_all_catalog_ids_in_catalog_order(labels: dict[str, dict]) -> None:
    ids = load_catalog().ids
    for doc_id, entry in labels.items():
        assert list(entry["labels"]) == ids, doc_id


def test_statuses_and_evidence(labels: dict[str, dict]) -> None:
    for doc_id, entry in labels.items():
        text = (DOCS / f"{doc_id}.txt").read_text(encoding="utf-8")
        for ob_id, label in entry["labels"].items():
            assert set(label) == {"status", "evidence"}, (doc_id, ob_id)
            assert label["status"] in STATUSES, (doc_id, ob_id)
            if label["status"] == "missing":
                assert label["evidence"] == "", (doc_id, ob_id)
            else:
                assert label["evidence"].strip(), (doc_id, ob_id)
                assert label["evidence"] in text, (doc_id, ob_id, label["evidence"])


def test_texts_are_plain_utf8_with_lf(labels: dict[str, dict]) -> None:
    for doc_id in labels:
        raw = (DOCS / f"{doc_id}.txt").read_bytes()
        assert b"\r" not in raw and not raw.startswith(b"\xef\xbb\xbf"), doc_id
        assert raw.decode("utf-8").strip(), doc_id


def test_own_documents_are_enough_and_split(own: dict[str, dict]) -> None:
    assert len(own) >= 30
    assert all(e["licence"] == OWN_LICENCE for e in own.values())
    holdout = [e for e in own.values() if e["split"] == "holdout"]
    assert len(holdout) >= 10
    assert len({e["kind"] for e in holdout}) >= 3
    assert {e["kind"] for e in own.values()} == KINDS


def test_every_obligation_is_both_addressed_and_missing_in_own_documents(
    own: dict[str, dict],
) -> None:
    for ob_id in load_catalog().ids:
        statuses = Counter(e["labels"][ob_id]["status"] for e in own.values())
        assert statuses["present"] + statuses["weak"] >= 3, (ob_id, statuses)
        assert statuses["missing"] >= 3, (ob_id, statuses)


def test_third_party_documents_are_redistributable_and_attributed(labels: dict[str, dict]) -> None:
    notice = (EVAL.parent.parent / "NOTICE").read_text(encoding="utf-8")
    for doc_id, entry in labels.items():
        if entry["source"] == OWN_SOURCE:
            continue
        assert entry["split"] == "dev", doc_id
        marks = [m for m in THIRD_PARTY if m in entry["licence"]]
        assert marks, (doc_id, entry["licence"])
        assert "do not redistribute" not in entry["licence"], doc_id
        for mark in marks:
            assert THIRD_PARTY[mark] in notice, (doc_id, mark)


def test_set_stays_small() -> None:
    assert sum(p.stat().st_size for p in DOCS.iterdir()) < 4_250_000


def test_readme_tables_match_labels(labels: dict[str, dict]) -> None:
    stats = runpy.run_path(str(EVAL / "stats.py"))
    readme = (EVAL / "README.md").read_text(encoding="utf-8")
    assert stats["documents_table"](labels) in readme
    assert stats["obligations_table"](labels) in readme


def test_readme_lists_every_own_document_with_its_split(own: dict[str, dict]) -> None:
    readme = (EVAL / "README.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^\| `([^`]+)` \| (dev|holdout) \|", readme, re.M))
    assert listed == {d: e["split"] for d, e in own.items()}
