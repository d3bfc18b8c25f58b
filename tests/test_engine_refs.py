"""Cross-references to labor terms: "Section 9", "this Rider" and attached parts ("Annex 3")."""

from __future__ import annotations

import pytest
from helpers import assert_status

from analyzer.engine import analyze_document, document_from_text
from analyzer.playbook import load_playbook
from analyzer.readers import read_document

HEAD = (
    "SUPPLY AGREEMENT\n\nThis Supply Agreement is made between Northwind Retail Inc. "
    '("Buyer") and Acme Components Ltd. ("Supplier").\n\n'
)
TERMINATION = (
    "12. TERMINATION\n\n12.1 Buyer may terminate this Agreement if Supplier breaches {}.\n\n"
)


def annex(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n\n"


LABOR = "A. Supplier shall not use forced labour, prison labour or bonded labour."
PRICES = "A. Prices are fixed for twelve months and payable in euros."


@pytest.mark.parametrize(
    ("reference", "parts", "expected"),
    [
        ("Annex 3", annex("ANNEX 3 - RESPONSIBLE SOURCING", LABOR), "present"),
        ("Exhibit B", annex("Exhibit B Labour Standards", LABOR), "present"),
        ("any of Schedule C", annex("SCHEDULE C", LABOR), "present"),
        ("Part B", annex("PART B - WORKERS", LABOR), "present"),
        ("Part A", annex("PART A - PRICES", PRICES) + annex("PART B", LABOR), "missing"),
        # the reference must land on a part about labour: prices are not
        ("Annex 2", annex("ANNEX 2 - PRICES", PRICES) + annex("ANNEX 3", LABOR), "missing"),
        # a bracketed template heading starts a part, and ends the one before it
        ("Schedule 6", annex("SCHEDULE 6", PRICES) + annex("[SCHEDULE 7]", LABOR), "missing"),
        ("Schedule 7", annex("SCHEDULE 6", PRICES) + annex("[SCHEDULE 7]", LABOR), "present"),
        # a part that does not exist gives nothing
        ("Annex 7", annex("ANNEX 3 - LABOUR", LABOR), "missing"),
    ],
)
def test_termination_for_breach_of_an_attached_labour_part(
    reference: str, parts: str, expected: str
) -> None:
    text = HEAD + TERMINATION.format(reference) + parts
    analysis = analyze_document(document_from_text(text), load_playbook())
    finding = next(f for f in analysis.findings if f.obligation == "termination-remedies")
    assert finding.status == expected, finding.reason
    if expected == "present":
        assert finding.evidence[0].section == "12.1"


def test_plural_references_point_at_their_first_clause() -> None:
    """ "paragraphs 5 to 12" / "clauses 4.3 to 4.7" name the labour paragraph 5 they start at."""
    text = (
        HEAD + "5. FORCED LABOUR\n\n5.1 Supplier shall not use forced or prison labour.\n\n"
        "12. REMEDIES\n\n12.1 If Supplier breaches any of paragraphs 5 to 8, Buyer may cancel "
        "any outstanding order and terminate this Agreement.\n\n"
    )
    assert_status(text, "termination-remedies", "present")


@pytest.mark.parametrize("quoted", [True, False])
def test_parties_defined_with_or_without_quotes(quoted: bool) -> None:
    """'Sunridge Packers Pty Ltd (the Packer)' defines a party like '(the "Packer")': the
    packer's own training duty is not the grower's."""
    packer = '(the "Packer")' if quoted else "(the Packer)"
    grower = '(the "Grower")' if quoted else "(the Grower)"
    text = (
        f"PRODUCE SUPPLY AGREEMENT\n\nThis agreement is between Sunridge Packers Pty Ltd "
        f"{packer} and Hill Farms Pty Ltd {grower}.\n\n"
        "1. The Grower shall deliver the fruit to the Packer's shed.\n\n"
        "2. The Packer shall pay the Grower within 14 days.\n\n"
        "3. The Packer shall train its own staff on forced labour indicators.\n\n"
    )
    assert_status(text, "training", "missing")


ARTICLES = (
    "GENERAL CONDITIONS OF PURCHASE\n\n"
    "ARTICLE IV - PRICE AND PAYMENT\n\n4.1 Prices are fixed for the term of the Order.\n\n"
    "ARTICLE V - SOCIAL RESPONSIBILITY\n\n"
    "5.1 The Supplier undertakes not to use forced, bonded or prison labour.\n\n"
    "5.2 The Supplier shall keep its certificates up to date.\n\n"
    "ARTICLE VI - WARRANTY\n\n6.1 The goods shall be free from defects.\n\n"
    "ARTICLE IX - TERMINATION\n\n"
    "9.1 In the event of a breach by the Supplier of {}, the Buyer may terminate the Order.\n"
)


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("Article V", "present"),
        ("article v", "present"),
        # the article runs over its decimal clauses 5.1 and 5.2, and stops at Article VI
        ("Article VI", "missing"),
        ("Article IV", "missing"),
    ],
)
def test_roman_article_references(tmp_path, reference: str, expected: str) -> None:
    """ "a breach of Article V" points at the whole roman-numbered article, read from a file."""
    path = tmp_path / "conditions.txt"
    path.write_text(ARTICLES.format(reference), encoding="utf-8")
    analysis = analyze_document(read_document(path), load_playbook())
    finding = next(f for f in analysis.findings if f.obligation == "termination-remedies")
    assert finding.status == expected, finding.reason


AMENDMENT = (
    "AMENDMENT NO. 2 TO SUPPLY AGREEMENT\n\n"
    'This Amendment is made between Northwind Retail Inc. ("Buyer") and Acme Components Ltd. '
    '("Supplier").\n\n'
    "1. Section {target} of the Agreement is deleted and replaced with the following:\n\n"
    '"(b) Labor Practices.\n(i) Supplier shall not use forced, bonded or prison labor.\n'
    '(ii) Supplier shall keep its certificates current."\n\n'
    "2. Section 19.2 of the Agreement is amended by adding at the end: "
    '"A violation of Section 14(b)(i) is a material breach, and Buyer may terminate the '
    'Agreement under Section 19.2."\n\n'
    "3. Exhibit B (Pricing) is replaced with the Exhibit B attached to this Amendment.\n"
)


@pytest.mark.parametrize(("target", "expected"), [("14(b)", "present"), ("12(a)", "missing")])
def test_reference_to_a_section_an_amendment_replaces(tmp_path, target: str, expected: str) -> None:
    """The quoted text after "Section 14(b) ... replaced with the following:" is Section 14."""
    path = tmp_path / "amendment.txt"
    path.write_text(AMENDMENT.format(target=target), encoding="utf-8")
    analysis = analyze_document(read_document(path), load_playbook())
    finding = next(f for f in analysis.findings if f.obligation == "termination-remedies")
    assert finding.status == expected, finding.reason


@pytest.mark.parametrize(
    ("first_item", "expected"),
    [
        ("(a) Supplier shall not use forced, bonded or prison labour.", "present"),
        ("(a) Prices are fixed for twelve months.", "missing"),
    ],
)
def test_reference_to_a_sibling_list_item(first_item: str, expected: str) -> None:
    """ "breach of paragraph (a)" points at item (a) of the same list."""
    text = (
        HEAD + "7. SUPPLY TERMS\n\n" + first_item + "\n\n(b) Supplier shall not use child labour "
        "under the age of 15.\n\n(c) If Supplier breaches paragraph (a), Buyer may terminate this "
        "Agreement with immediate effect.\n\n"
    )
    assert_status(text, "termination-remedies", expected)


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("paragraph (a) or (c)", "present"),
        ("paragraphs (a), (b) and (c)", "present"),
        ("paragraph (a) or (b)", "missing"),
    ],
)
def test_reference_to_several_list_items(reference: str, expected: str) -> None:
    """ "breach of paragraph (a) or (c)" points at each item it lists."""
    text = (
        HEAD + "7. SUPPLY TERMS\n\n(a) Prices are fixed for twelve months.\n\n(b) Delivery is "
        "DDP.\n\n(c) Supplier shall not use forced, bonded or prison labour.\n\n"
        f"(d) If Supplier breaches {reference}, Buyer may terminate this Agreement with "
        "immediate effect.\n\n"
    )
    assert_status(text, "termination-remedies", expected)


def test_section_numbered_lines_start_blocks_in_plain_text() -> None:
    text = (
        'Section 1.01 "Forced Labor" means any work exacted under menace of a penalty.\n'
        'Section 1.02 "Goods" means the products listed in Exhibit A.\n'
    )
    doc = document_from_text(text)
    assert [b.number for b in doc.blocks] == ["Section 1.01", "Section 1.02"]


RIDER = (
    "SUPPLY CONTRACT - SCHEDULE C\n\n"
    'This Schedule forms part of the Contract between Halden Foods plc ("Purchaser") and '
    'Mirecourt Packing SA ("Contractor").\n\n'
    "SC1 Workforce\n\n"
    "SC1.1 The Contractor shall not use forced labour, prison labour or bonded labour.\n\n"
    "SC2 Prices\n\n"
    "SC2.1 Prices are fixed for twelve months and payable in euros.\n\n"
    "SC3 Remedies\n\n"
    "SC3.1 The Purchaser may terminate the Contract if the Contractor breaches {}.\n"
)


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("SC1", "present"),
        ("clause SC1.1", "present"),
        ("SC2.1 or SC1.1", "present"),
        ("condition SC1.1", "present"),
        # the reference must land on the labour clause, and on a number the rider has
        ("SC2", "missing"),
        ("clause SC2.1", "missing"),
        ("SC7", "missing"),
    ],
)
def test_a_riders_own_numbering(tmp_path, reference: str, expected: str) -> None:
    """Letter-prefixed clause numbers ("SC3.1", "B8.2", "R2") number blocks and sections, and
    a breach of one, with or without "clause", points at it."""
    path = tmp_path / "schedule.txt"
    path.write_text(RIDER.format(reference), encoding="utf-8")
    analysis = analyze_document(read_document(path), load_playbook())
    finding = next(f for f in analysis.findings if f.obligation == "termination-remedies")
    assert finding.status == expected, finding.reason
    if expected == "present":
        assert finding.evidence[0].section == "SC3.1"


@pytest.mark.parametrize(
    ("reference", "expected"),
    [("condition 5.1", "present"), ("point 5", "present"), ("condition 6.1", "missing")],
)
def test_conditions_and_points_are_references(reference: str, expected: str) -> None:
    """General conditions number their terms "conditions" or "points"."""
    text = (
        HEAD + "5. FORCED LABOUR\n\n5.1 Supplier shall not use forced or prison labour.\n\n"
        "6. PRICES\n\n6.1 Prices are fixed for twelve months.\n\n"
        f"12. REMEDIES\n\n12.1 If Supplier breaches {reference}, Buyer may cancel any "
        "outstanding order and terminate this Agreement.\n\n"
    )
    assert_status(text, "termination-remedies", expected)


DECIMALS = (
    HEAD + "4. SOCIAL RESPONSIBILITY\n\n"
    "4.2 Supplier shall not use forced, bonded or prison labour.\n\n"
    "5. PRICES\n\n5.1 Prices are fixed for twelve months.\n\n"
    "12. TERMINATION\n\n12.1 {}\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare clause number after a preposition, and the "s." / "§" forms
        ("Buyer may terminate this Agreement for any breach of 4.2.", "present"),
        ("Buyer may terminate this Agreement if Supplier fails to comply with 4.2.", "present"),
        ("Buyer may terminate this Agreement for any breach of s. 4.", "present"),
        ("Buyer may terminate this Agreement for any breach of § 4.", "present"),
        # the number of a clause that is not about labour, or a quantity
        ("Buyer may terminate this Agreement for any breach of 5.1.", "missing"),
        ("Buyer may terminate this Agreement if deliveries fall to 4.2 tonnes.", "missing"),
        ("Buyer may terminate this Agreement if the defect rate rises by 4.2%.", "missing"),
    ],
)
def test_bare_and_abbreviated_clause_references(sentence: str, expected: str) -> None:
    analysis = analyze_document(document_from_text(DECIMALS.format(sentence)), load_playbook())
    finding = next(f for f in analysis.findings if f.obligation == "termination-remedies")
    assert finding.status == expected, finding.reason


NESTED = (
    "SUPPLY CONTRACT - SPECIAL CONDITIONS\n\n"
    'This Contract is between Halden District Council ("Council") and Mirecourt Cleaning Ltd '
    '("Contractor").\n\n'
    "SC4 EMPLOYMENT STANDARDS\n\n"
    "4.1 The Contractor shall pay all staff at least the living wage.\n\n"
    "4.2 The Contractor shall not use forced, bonded or trafficked labour of any kind.\n\n"
    "SC5 PRICES\n\n"
    "4.2 Prices are fixed for the first contract year.\n\n"
    "SC9 TERMINATION\n\n"
    "9.1 The Council may terminate this Contract immediately if the Contractor breaches {}.\n"
)


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("SC4.2", "present"),
        # the "4.2" under SC5 is about prices; SC5 has no "5.2"
        ("SC5", "missing"),
        ("SC5.2", "missing"),
        ("SC4.7", "missing"),
    ],
)
def test_a_prefixed_reference_to_clauses_numbered_without_the_prefix(
    tmp_path, reference: str, expected: str
) -> None:
    """A rider's part "SC4" that numbers its clauses "4.1", "4.2": "SC4.2" is its "4.2"."""
    path = tmp_path / "conditions.txt"
    path.write_text(NESTED.format(reference), encoding="utf-8")
    doc = read_document(path)
    finding = next(
        f
        for f in analyze_document(doc, load_playbook()).findings
        if f.obligation == "termination-remedies"
    )
    assert finding.status == expected, finding.reason


def test_inserted_clause_numbers_and_section_signs_number_blocks(tmp_path) -> None:
    """ "7A.3" (a clause inserted after clause 7) and "s. 14" / "§ 4" headings are numbered, so
    a reference to them resolves."""
    path = tmp_path / "terms.txt"
    path.write_text("7A.3 Obligations\n\ns. 14 Forced Labour.\n\n§ 4 Reseller's obligations\n")
    assert [b.number for b in read_document(path).blocks] == ["7A.3", "14", "4"]
    text = (
        HEAD + "MODULE 7A: MODERN SLAVERY\n\n7A.3 Obligations\n\n"
        "(a) Supplier shall not use forced labour or child labour.\n\n"
        "7A.4 Prices\n\n(a) Prices are fixed.\n\n"
        "12. TERMINATION\n\n12.1 Buyer may terminate this Agreement if Supplier fails to "
        "comply with clause {}.\n\n"
    )
    for reference, expected in (("7A.3", "present"), ("7A.4", "missing")):
        path.write_text(text.format(reference), encoding="utf-8")
        analysis = analyze_document(read_document(path), load_playbook())
        finding = next(f for f in analysis.findings if f.obligation == "termination-remedies")
        assert finding.status == expected, (reference, finding.reason)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Supplier shall not charge any worker a recruitment fee.", "present"),
        ("Supplier shall not hold any worker's passport or identity documents.", "present"),
        ("Supplier shall deliver the Goods to the Buyer's warehouse.", "missing"),
    ],
)
def test_a_clause_on_forced_labour_indicators_is_a_labour_target(
    clause: str, expected: str
) -> None:
    """Termination for breach of a clause banning recruitment fees or passport retention is a
    remedy for a forced-labour violation, though the clause does not say "forced labour"."""
    text = (
        HEAD + "4. WORKERS\n\n4.1 Prices are fixed for twelve months.\n\n"
        f"4.2 {clause}\n\n"
        "12. TERMINATION\n\n12.1 Buyer may terminate this Agreement if Supplier breaches "
        "Section 4.2.\n\n"
    )
    assert_status(text, "termination-remedies", expected)


@pytest.mark.parametrize(
    ("remedy", "expected"),
    [
        # "this Schedule" inside the labour schedule: the whole schedule, not its section
        ("SCHEDULE 14: LABOUR STANDARDS", "weak"),
        ("SCHEDULE 14: PRICES", "missing"),
    ],
)
def test_this_schedule_inside_an_attached_part_means_the_part(
    tmp_path, remedy: str, expected: str
) -> None:
    text = (
        HEAD + "1. PRICES\n\n1.1 Prices are fixed for twelve months.\n\n"
        f"{remedy}\n\n"
        "LX.1 Prohibition\n\nLX.1.1 The Supplier shall not use forced or bonded labour.\n\n"
        if expected == "weak"
        else HEAD + f"{remedy}\n\nLX.1 Rates\n\nLX.1.1 Rates are fixed for twelve months.\n\n"
    )
    text += (
        "LX.3 Records and inspection\n\n"
        "LX.3.1 The Supplier shall endeavour to put right any breach of this Schedule found by "
        "an inspection.\n"
    )
    path = tmp_path / "schedule.txt"
    path.write_text(text, encoding="utf-8")
    analysis = analyze_document(read_document(path), load_playbook())
    finding = next(f for f in analysis.findings if f.obligation == "remediation")
    assert finding.status == expected, finding.reason


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        # the labour clause is a later item of the list, or inside a range
        ("clause 6.1, 6.3 or 5.1", "present"),
        ("clauses 6.1 and 5.1", "present"),
        ("sections 3 to 5", "present"),
        ("clauses 6.1 and 6.3", "missing"),
        ("sections 6 to 7", "missing"),
    ],
)
def test_every_clause_a_reference_lists_is_a_target(reference: str, expected: str) -> None:
    text = (
        HEAD + "5. FORCED LABOUR\n\n5.1 Supplier shall not use forced or prison labour.\n\n"
        "6. PRICES\n\n6.1 Prices are fixed for twelve months.\n\n6.3 Invoices are due in 30 "
        "days.\n\n7. DELIVERY\n\n7.1 Delivery is DDP.\n\n"
        f"12. REMEDIES\n\n12.1 If Supplier breaches {reference}, Buyer may terminate this "
        "Agreement.\n\n"
    )
    assert_status(text, "termination-remedies", expected)


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("Sub-Clauses 4.1 to 4.3", "present"),  # the labour clause 4.2 lies inside the range
        ("clauses 4.1 through 4.3", "present"),
        ("Sub-Clauses 6.1 to 6.3", "missing"),
    ],
)
def test_a_range_of_decimal_clauses_names_each_clause_between(
    reference: str, expected: str
) -> None:
    text = (
        HEAD + "4. SUPPLY\n\n4.1 Prices are fixed for twelve months.\n\n4.2 Supplier shall not use "
        "forced or prison labour.\n\n4.3 Delivery is DDP.\n\n6. PAYMENT\n\n6.1 Invoices are due "
        "in 30 days.\n\n6.2 Payment is in euros.\n\n6.3 Interest runs on late payment.\n\n"
        f"12. REMEDIES\n\n12.1 If Supplier breaches {reference}, Buyer may terminate this "
        "Agreement.\n\n"
    )
    assert_status(text, "termination-remedies", expected)


def test_a_subsection_item_reference() -> None:
    text = (
        HEAD + "5. WORKERS\n\n(a) Supplier shall not use forced or prison labour.\n\n"
        "(b) Prices are fixed for twelve months.\n\n"
        "(c) Buyer may terminate this Agreement if Supplier breaches subsection (a).\n\n"
    )
    assert_status(text, "termination-remedies", "present")


def test_letter_dash_clause_numbers(tmp_path) -> None:
    """A rider numbered "F-1", "F-2": "a breach of F-4 or F-2" points at F-2."""
    text = (
        HEAD + "RIDER F\n\nF-1. Prices. Prices are fixed for twelve months.\n\n"
        "F-2. Prohibited practices. Supplier shall not use forced or prison labour.\n\n"
        "F-4. Delivery. Delivery is DDP.\n\n"
        "F-10. Consequences. Buyer may terminate this Agreement for a breach of {}.\n"
    )
    for reference, expected in (("F-4 or F-2", "present"), ("F-1 or F-4", "missing")):
        path = tmp_path / "rider.txt"
        path.write_text(text.format(reference), encoding="utf-8")
        analysis = analyze_document(read_document(path), load_playbook())
        finding = next(f for f in analysis.findings if f.obligation == "termination-remedies")
        assert finding.status == expected, (reference, finding.reason)
