"""Legal sentence splitting (analyzer.nlp): abbreviations, list items, blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokenizer import Tokenizer

from analyzer.nlp import PieceTokenizer, get_nlp, sentences


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
        # a number after an abbreviation, even one that starts with a letter
        (
            "Comply with the Law of Royal Decree No. M/51 and its Regulations. Then act.",
            [
                "Comply with the Law of Royal Decree No. M/51 and its Regulations.",
                "Then act.",
            ],
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


EVAL_DOCS = sorted((Path(__file__).parent / "eval" / "docs").glob("*.txt"))
AWKWARD = [
    "  leading spaces, a\ttab,  two spaces\n\n\n and \u00a0 odd\r\nwhitespace  ",
    'Don\'t use U.S.C. 1307(a)-(c) goods; e.g. (i) "forced" labour... ',
    " ",
    "",
]


@pytest.fixture(scope="module")
def reference() -> Tokenizer:
    return spacy.blank("en").tokenizer


@pytest.mark.parametrize(
    "text",
    AWKWARD + [p.read_text(encoding="utf-8") for p in EVAL_DOCS],
    ids=[f"awkward-{i}" for i in range(len(AWKWARD))] + [p.stem for p in EVAL_DOCS],
)
def test_piece_tokenizer_gives_spacys_own_tokens(text: str, reference: Tokenizer) -> None:
    """The remembered-piece tokenizer must cut exactly as spaCy's English tokenizer, twice
    (the second time from memory), whitespace tokens and trailing spaces included."""
    tokenizer = get_nlp().tokenizer
    assert isinstance(tokenizer, PieceTokenizer)
    expected = [(t.text, t.whitespace_, t.idx) for t in reference(text)]
    for _ in range(2):
        assert [(t.text, t.whitespace_, t.idx) for t in tokenizer(text)] == expected


def test_prepared_phrases_give_spacys_own_tokens(reference: Tokenizer) -> None:
    """Rule phrases learned in one call (`prepare`) cut exactly as each one alone would."""
    phrases = [
        "forced labour",
        "u.s.c. 1307",
        "don't withhold",
        "third-party (independent) auditors",
        " leading space",
        "e.g.",
    ]
    tokenizer = PieceTokenizer(spacy.blank("en").tokenizer, get_nlp().vocab)
    tokenizer.prepare(phrases)
    for phrase in phrases:
        expected = [(t.text, t.whitespace_) for t in reference(phrase)]
        assert [(t.text, t.whitespace_) for t in tokenizer(phrase)] == expected
