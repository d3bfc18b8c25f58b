"""Text quality: real contract prose scores high, broken extraction and OCR noise low."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.quality import is_word, text_quality

CONTRACT = (
    "14.2 Audit Rights. Supplier shall permit Buyer and its designated third-party auditors "
    "to conduct announced and unannounced audits of Supplier's facilities, records and "
    "workers' housing, and shall provide access to payroll records, working-hour records and "
    "recruitment fee receipts. Supplier shall not retain passports or identity documents of "
    "any worker and shall ensure that no worker pays recruitment fees to any labor agent, in "
    "accordance with Section 7 of the Code of Conduct of Acme Holdings, Inc."
)

DEFINITIONS = (
    '1.4 "FDA" means the United States Food and Drug Administration, or any successor entity '
    'thereto. 1.5 "Forecasted Needs" means CUTANEA\'s estimate of Products (including in '
    "trade/sample form) to be ordered from Supplier for the upcoming rolling [***] period."
)

GOOD = [CONTRACT, DEFINITIONS]

BAD = {
    "ocr-digits": "l4.2 Aud1t R1ghts. Suppl1er sha11 perm1t Buyer and 1ts des1gnated "
    "th1rd-party aud1tors to c0nduct ann0unced and unann0unced aud1ts 0f Suppl1er's fac1l1t1es",
    "ocr-glyphs": "Tlie Supp1ier slial1 nol nse forced lahor , aud sliall pcrmit aud its of "
    "its faci1ities hy tlie Buycr wlien rcqucstcd hy tlie Buycr",
    "cid-glyphs": "(cid:3)(cid:4)(cid:12) (cid:44)(cid:81)(cid:70) (cid:86)(cid:75)(cid:68)"
    " (cid:79)(cid:79) (cid:81)(cid:82)(cid:87) Supplier",
    "spaced-letters": "S u p p l i e r s h a l l n o t u s e f o r c e d l a b o r a n d "
    "s h a l l p e r m i t a u d i t s",
    "mojibake-noise": "ÃƒÂ©ÃƒÂ¨ xqzt vbnm ptkl wrrf ghjq zzkx qwpo mnbv xcvb lkjh poiu ytre",
    "symbols": "@@ ## $$ %% ^^ && ** (( )) __ ++ == {{ }} [[ ]] || \\\\ ;; :: ,, .. // ??",
}


@pytest.mark.parametrize("text", GOOD, ids=["contract", "definitions"])
def test_real_contract_text_scores_high(text: str) -> None:
    assert text_quality(text) > 0.8


@pytest.mark.parametrize("name", sorted(BAD))
def test_garbage_scores_low(name: str) -> None:
    assert text_quality(BAD[name]) < 0.3


def test_mixed_text_is_in_between() -> None:
    mixed = CONTRACT + " " + BAD["ocr-glyphs"]
    assert text_quality(BAD["ocr-glyphs"]) < text_quality(mixed) < text_quality(CONTRACT)


def test_empty_text() -> None:
    assert text_quality("") == 0.0
    assert text_quality("   \n ") == 0.0


def test_long_text_is_sampled_consistently() -> None:
    long = (CONTRACT + "\n\n") * 2000  # ~1 MB
    assert text_quality(long) == pytest.approx(text_quality(CONTRACT), abs=0.05)


def test_dictionary() -> None:
    assert is_word("obligation") and is_word("Subcontractors") and is_word("the")
    assert not is_word("obli") and not is_word("sha11")


DEV_CORPUS = Path("/work/shared/data/dev-corpus/docs")


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="shared dev corpus not available")
def test_real_documents_score_high() -> None:
    from analyzer.readers import iter_documents, read_document

    scores = {p.name: text_quality(read_document(p).text) for p in iter_documents([DEV_CORPUS])}
    assert scores and min(scores.values()) > 0.9, scores
