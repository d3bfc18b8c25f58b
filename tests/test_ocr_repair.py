"""Scanned text read back: OCR letter confusions and drawn rules do not hide a clause."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.engine import analyze_document, document_from_text
from analyzer.nlp import get_nlp
from analyzer.playbook import load_playbook
from analyzer.readers import read_document


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("cornply", "comply"),  # "rn" read for "m"
        ("Cornplaints", "complaint"),
        ("vvages", "wage"),
        ("vvorkers", "worker"),  # "vv" read for "w"
        ("reta1iation", "retaliation"),  # digit for letter, as before
        # known words and names stay as they are
        ("government", "government"),
        ("returned", "return"),
        ("Bernard", "bernard"),
        ("Hornbach", "hornbach"),
    ],
)
def test_ocr_letter_pairs_in_unknown_words(word: str, lemma: str) -> None:
    assert get_nlp()(f"The {word} here.")[1].lemma_ == lemma


CODE = "SUPPLIER CODE OF CONDUCT\n\n"


@pytest.mark.parametrize(
    ("sentence", "obligation"),
    [
        ("Al1 suppliers must cornply with this Code.", "code-of-conduct"),
        (
            "Workers must have a confidential way to raise cornplaints without fear of "
            "reta1iation.",
            "grievance-mechanism",
        ),
    ],
)
def test_scanned_clause_is_found(sentence: str, obligation: str) -> None:
    analysis = analyze_document(document_from_text(CODE + sentence), load_playbook())
    finding = next(f for f in analysis.findings if f.obligation == obligation)
    assert finding.status == "present", finding.reason


def test_drawn_rule_ends_a_paragraph_and_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    path.write_text(
        "SUPPLIER CODE OF CONDUCT\n------------------------------\nAll suppliers must\n"
        "comply with this Code.\n= = = = =\nSuppliers shall keep records.\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert [doc.text[b.start : b.end] for b in doc.blocks] == [
        "SUPPLIER CODE OF CONDUCT",
        "All suppliers must comply with this Code.",
        "Suppliers shall keep records.",
    ]
