"""Which side a defined party name is on, read from the contract's own text."""

from __future__ import annotations

import pytest
from helpers import assert_status

from analyzer.parties import defined_parties

PREAMBLE = 'This Agreement is made between Alder Ltd. ("{a}") and Birch Inc. ("{b}").\n\n'


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # paying the price for goods makes a buyer; selling or making them a supplier
        ("Alpha shall pay Beta the price of the goods.", {"alpha": "buyer", "beta": "supplier"}),
        ("Beta shall manufacture the goods.", {"beta": "supplier", "alpha": "buyer"}),
        # a licensee pays royalties on goods it makes: no purchase
        ("Alpha shall pay Beta a royalty of 12% of Net Sales.", {}),
        ("Alpha shall pay to Beta the annual licence fee.", {}),
    ],
)
def test_side_from_what_the_party_does(body: str, expected: dict[str, str]) -> None:
    assert defined_parties(PREAMBLE.format(a="Alpha", b="Beta") + body) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # a compound name takes its last word's role, whatever the party buys for its work
        ("Brand Owner", "Co-Manufacturer", {"brand owner": "buyer", "co-manufacturer": "supplier"}),
        ("Company", "Approved Vendor", {"approved vendor": "supplier", "company": "buyer"}),
        ("Company", "Contract Grower", {"contract grower": "supplier", "company": "buyer"}),
        # public buyers named by what they are
        ("Council", "Contractor", {"council": "buyer", "contractor": "supplier"}),
        ("University", "Vendor", {"university": "buyer", "vendor": "supplier"}),
        # a neutral last word gives no side
        ("Disclosing Party", "Receiving Party", {}),
    ],
)
def test_compound_names_take_their_head_words_role(
    a: str, b: str, expected: dict[str, str]
) -> None:
    body = f"The {b} shall purchase packaging from suppliers approved by the {a}.\n"
    assert defined_parties(PREAMBLE.format(a=a, b=b) + body) == expected


def test_licensee_paying_royalties_is_not_the_buyer_of_its_own_duties() -> None:
    text = (
        "MERCHANDISE LICENSE AGREEMENT\n\n"
        + PREAMBLE.format(a="Licensor", b="Licensee")
        + "2.1 Licensee shall pay Licensor a royalty of twelve percent of Net Sales.\n\n"
        "4.3 Licensee shall comply, and shall cause each Authorized Manufacturer to comply, with "
        "the Licensor's Code of Conduct for Licensees, which prohibits forced labor.\n"
    )
    assert_status(text, "subtier-flowdown", "present")


def test_preamble_pair_in_capitals() -> None:
    """ "BETWEEN: ... AND ...": the other party of a known one takes the other side."""
    text = 'THIS AGREEMENT is made BETWEEN: Alder Ltd. ("Alpha") AND Birch Inc. ("Beta").\n\n'
    assert defined_parties(text + "Beta shall manufacture the goods.") == {
        "alpha": "buyer",
        "beta": "supplier",
    }


@pytest.mark.parametrize("heading", ["This Agreement is made between", "Parties\n\n"])
def test_a_role_word_outweighs_the_other_partys_verbs(heading: str) -> None:
    """ "the Company sells tea towels in its stores" beside "the Producer": of the two parties
    the preamble defines, the one without a role word is on the other side."""
    text = (
        f"SUPPLY AGREEMENT\n\n{heading} Hearthside Ltd, a company registered in Ireland "
        '("the Company"); and Lyallpur Textiles Ltd, a company registered in Pakistan '
        '("the Producer").\n\nThe Company sells tea towels in its stores. The Company sells '
        "aprons online.\n\n8.1 The Company may audit the Producer's mill for compliance with "
        "the labour standards of this Agreement.\n"
    )
    assert defined_parties(text) == {"company": "buyer", "producer": "supplier"}
    assert_status(text, "audit-rights", "present")


@pytest.mark.parametrize(
    ("text", "obligation", "expected"),
    [
        # a brand licensee makes or sources the goods: its labour duties are the supplier's
        (
            "FOOTWEAR LICENSE ADDENDUM\n\n"
            + PREAMBLE.format(a="Licensor", b="Licensee")
            + "Licensee shall procure that each factory signs the Workplace Standards. "
            "Licensee shall notify Licensor within five business days after it becomes aware "
            "of any breach of the Workplace Standards, which prohibit forced labour.",
            "notification",
            "present",
        ),
        # a policy addressed to sellers: "you" is the supplier
        (
            "MARKETPLACE SELLER POLICY\n\nYou must not list or sell any product made wholly or "
            "in part with forced labour, including prison or bonded labour.",
            "forced-labor-prohibition",
            "present",
        ),
    ],
)
def test_role_words(text: str, obligation: str, expected: str) -> None:
    assert_status(text, obligation, expected)


@pytest.mark.parametrize(
    ("preamble", "expected"),
    [
        # a distributor selling to a client it defines is that document's supplier
        (
            'Sale of products by Brightmark LLC ("Distributor") to the customer named in the '
            'order ("Client").',
            {"distributor": "supplier", "client": "buyer"},
        ),
        # ... and a buyer when it buys from a manufacturer
        (
            'This Agreement is between Acme Ltd ("Manufacturer") and Beta Inc ("Distributor").',
            {"manufacturer": "supplier", "distributor": "buyer"},
        ),
    ],
)
def test_distributor_side_depends_on_the_other_party(
    preamble: str, expected: dict[str, str]
) -> None:
    assert defined_parties(preamble) == expected


@pytest.mark.parametrize(
    ("preamble", "expected"),
    [
        (
            'This Agreement is between Fenmoor Growers LLP ("Grower") and Eastgate Staffing '
            'Ltd ("Labour Provider").',
            {"grower": "buyer", "labour provider": "supplier"},
        ),
        (
            'Parties: (1) Halden Motors AG ("the Manufacturer"); and (2) Brio Castings SpA '
            '("the Supplier").',
            {"manufacturer": "buyer", "supplier": "supplier"},
        ),
        # both name what they are: neither is moved
        (
            'This Agreement is between Acme Growers Inc. ("Grower") and Delta Foods Ltd. '
            '("Manufacturer").',
            {"grower": "supplier", "manufacturer": "supplier"},
        ),
    ],
)
def test_a_maker_facing_a_supplier_role_buys(preamble: str, expected: dict[str, str]) -> None:
    """Both preamble parties on the supplier side: the one named for what it is (a grower, a
    manufacturer) buys from the one named for its role here (labour provider, supplier)."""
    assert defined_parties(preamble) == expected


def test_a_growers_right_to_terminate_a_labour_provider() -> None:
    text = (
        "AGREEMENT FOR THE SUPPLY OF SEASONAL WORKERS\n\nParties: (1) Fenmoor Growers LLP "
        '("the Grower"); and (2) Eastgate Agri Staffing Limited ("the Labour Provider").\n\n'
        "2. Recruitment\n\n2.1 The Labour Provider shall not charge any Worker a fee for "
        "finding work or for travel.\n\n7. Termination\n\n7.1 The Grower may terminate this "
        "Agreement with immediate effect if the Labour Provider commits a breach of clause 2.\n"
    )
    assert_status(text, "termination-remedies", "present")


def test_a_parties_list_without_and_is_a_preamble_pair() -> None:
    """ "Parties / 1. ... ("the Owner"). / 2. ... ("the Agency")." pairs the two names, so the
    one without a role word takes the other side."""
    text = (
        "MANNING AGENCY AGREEMENT\n\nParties\n"
        '1. Hsin Feng Fishery Co., owner and operator of the vessels in Annex A ("the Owner").\n'
        '2. PT Awak Nusantara, a licensed placement company ("the Agency").\n\nRecitals\n'
        "The Owner shall pay the Agency a service fee for each Fisher deployed.\n"
        "The Owner shall pay the Agency the monthly wages of the Fishers on board.\n"
    )
    assert defined_parties(text) == {"owner": "buyer", "agency": "supplier"}
