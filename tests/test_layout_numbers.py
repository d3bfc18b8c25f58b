"""Clause numbers read at the start of a block (analyzer.layout.detect_number)."""

from __future__ import annotations

import pytest

from analyzer.layout import detect_number, reflow


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
        ("C.2 The Yard shall not", "C.2", 2),
        ("F-4. Traceability. For each lot", "F-4", 1),
        # a clause inserted after clause 7, and a section sign
        ("7A.3 Obligations", "7A.3", 2),
        ("s. 14 Forced Labour.", "14", 1),
        ("§ 4 Reseller's obligations", "4", 1),
    ],
)
def test_clause_numbers(text: str, number: str, depth: int) -> None:
    found = detect_number(text)
    assert found is not None
    assert (found.number, found.depth) == (number, depth)


@pytest.mark.parametrize(
    "text",
    [
        "CO2 emissions shall be reported",
        "Q3 forecasts are binding",
        "ISO 9001 applies",
        "UK law",
        "H-2A workers are employed",
    ],
)
def test_words_that_look_like_numbers_are_not(text: str) -> None:
    assert detect_number(text) is None


@pytest.mark.parametrize(
    ("lines", "blocks"),
    [
        # a numbered title in sentence case, its text on the next line
        (
            [
                "5. Health, safety and environment",
                "The Yard shall apply its permit-to-work system and its HSE plan to all work.",
            ],
            2,
        ),
        (["Q6. Can a factory keep ID cards?", "No. Factories must not keep workers' ID cards."], 2),
        (["7.4 Your contractors", "Suppliers are responsible for their contractors."], 2),
        # a clause wrapped after a few words goes on: a modal verb, or an open last word
        (["5. The Supplier shall deliver the", "Goods to the Buyer's warehouse in Leeds."], 1),
        (["5. Supplier warrants that all", "Goods are made without forced labour."], 1),
        (["(a) Wages and benefits", "Suppliers must pay at least the legal minimum wage."], 1),
    ],
)
def test_a_numbered_title_on_its_own_line_is_a_block(lines: list[str], blocks: int) -> None:
    assert len(reflow([(line, 1) for line in lines])) == blocks
