"""Legal sentence splitting (analyzer.nlp): abbreviations, list items, blocks."""

from __future__ import annotations

import pytest

from analyzer.nlp import sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Goods barred under 19 U.S.C. 1307 are excluded. Supplier shall comply.",
            ["Goods barred under 19 U.S.C. 1307 are excluded.", "Supplier shall comply."],
        ),
        (
            "Acme Inc. shall deliver the goods. Buyer shall pay.",
            ["Acme Inc. shall deliver the goods.", "Buyer shall pay."],
        ),
        (
            "Use any channel, e.g. a hotline, i.e. one open to workers. Keep records.",
            ["Use any channel, e.g. a hotline, i.e. one open to workers.", "Keep records."],
        ),
        (
            "See Regulation No. 5 and Sec. 4 of the Act. Then act.",
            ["See Regulation No. 5 and Sec. 4 of the Act.", "Then act."],
        ),
        (
            "Supplier shall not use: (a) prison labor; (b) bonded labor; and (c) child labor.",
            [
                "Supplier shall not use:",
                "(a) prison labor;",
                "(b) bonded labor; and",
                "(c) child labor.",
            ],
        ),
        (
            "Supplier shall: (i) train staff; or (ii) certify compliance.",
            ["Supplier shall:", "(i) train staff; or", "(ii) certify compliance."],
        ),
        (
            "12. LABOR\n\n12.1 Supplier shall not use forced labor.\n\n"
            "12.2 Supplier shall pay wages.",
            [
                "12. LABOR",
                "12.1 Supplier shall not use forced labor.",
                "12.2 Supplier shall pay wages.",
            ],
        ),
        (
            "Workers keep their passports (see clause 4). They may resign.",
            ["Workers keep their passports (see clause 4).", "They may resign."],
        ),
        (
            "The fee is approx. 5 dollars. It is due.",
            ["The fee is approx. 5 dollars.", "It is due."],
        ),
        ("A heading without a stop\n\nA paragraph.", ["A heading without a stop", "A paragraph."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_lowercase_after_period_does_not_split() -> None:
    assert sentences("Pay per art. in the schedule. Done.") == [
        "Pay per art. in the schedule.",
        "Done.",
    ]
