"""Clause numbers read at the start of a block (analyzer.layout.detect_number)."""

from __future__ import annotations

import pytest

from analyzer.layout import detect_number


@pytest.mark.parametrize(
    ("text", "number", "depth"),
    [
        ("12.3 The Supplier shall", "12.3", 2),
        ("Article 5 Labour", "5", 1),
        ("(b) prison labour;", "(b)", 0),
        ("IV. Term", "IV", 1),
        # a rider's or schedule's own numbering
        ("SC4.1 The Purchaser may audit", "SC4.1", 2),
        ("R2 Notices", "R2", 1),
        ("B3.1 (a) wages", "B3.1", 2),
        ("SC1", "SC1", 1),
    ],
)
def test_clause_numbers(text: str, number: str, depth: int) -> None:
    found = detect_number(text)
    assert found is not None
    assert (found.number, found.depth) == (number, depth)


@pytest.mark.parametrize(
    "text",
    ["CO2 emissions shall be reported", "Q3 forecasts are binding", "ISO 9001 applies", "UK law"],
)
def test_words_that_look_like_numbers_are_not(text: str) -> None:
    assert detect_number(text) is None
