"""PDF reading: layout cleanup, page numbers, both backends, and every bad PDF."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from readers_pdfkit import (
    make_looping_pdf,
    make_pdf,
    make_self_drawing_pdf,
    make_two_column_pdf,
)

from analyzer.read_pdf import BACKENDS
from analyzer.readers import NO_TEXT_LAYER, read_document
from laborclause.errors import DocumentError

HEADER = "ACME CONFIDENTIAL"

PAGES = [
    [
        HEADER,
        "SUPPLY AGREEMENT",
        "1. Definitions",
        '"Supplier" means the company that sells goods to the Buyer under this',
        "Agreement, including its affiliates and agents.",
        "2. Labor Standards",
        "2.1 Supplier shall not use forced labor, prison labor or indentured labor",
        "and shall comply with every obli-",
        "gation in the Buyer code of conduct.",
        "2.2 Supplier shall not use:",
        "(a) prison labor;",
        "(b) bonded labor.",
        "Page 1 of 3",
    ],
    [
        HEADER,
        "3. Audit Rights",
        "Buyer may conduct unannounced audits of the facilities of the Supplier and",
        "of its subcontractors at any time during the term of this Agreement, and the",
        "Supplier shall give the auditors access to all records relating to its",
        "workers, including records of wages, hours and recruitment fees paid by the",
        "Page 2 of 3",
    ],
    [
        HEADER,
        "workers to any labor agent.",
        "ARTICLE 5",
        "Supplier shall not engage self-",
        "employed recruiters who charge fees to workers.",
        "Page 3 of 3",
    ],
]


@pytest.fixture(scope="module")
def contract_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "contract.pdf"
    path.write_bytes(make_pdf(PAGES))
    return path


def _block(doc, needle: str):  # type: ignore[no-untyped-def]
    start = doc.text.index(needle)
    block = doc.block_at(start)
    assert block is not None
    return block


@pytest.mark.parametrize("backend", BACKENDS)
def test_running_header_and_page_numbers_removed(contract_pdf: Path, backend: str) -> None:
    doc = read_document(contract_pdf, pdf_backend=backend)
    assert doc.format == "pdf"
    assert doc.pages == 3
    assert HEADER not in doc.text
    assert "Page 1 of 3" not in doc.text and "of 3" not in doc.text
    assert HEADER in doc.headers_footers
    assert "Page 2 of 3" in doc.headers_footers


@pytest.mark.parametrize("backend", BACKENDS)
def test_hyphenation_and_reflow(contract_pdf: Path, backend: str) -> None:
    doc = read_document(contract_pdf, pdf_backend=backend)
    assert "comply with every obligation in the Buyer code of conduct." in doc.text
    # a real compound keeps its hyphen: "self-" + "employed"
    assert "engage self-employed recruiters" in doc.text
    # a paragraph that runs over a page break is one block, on the page where it starts
    para = _block(doc, "Buyer may conduct unannounced audits")
    assert doc.text[para.start : para.end].endswith("paid by the workers to any labor agent.")
    assert para.page == 2


@pytest.mark.parametrize("backend", BACKENDS)
def test_blocks_pages_and_clause_numbers(contract_pdf: Path, backend: str) -> None:
    doc = read_document(contract_pdf, pdf_backend=backend)
    rows = [
        (b.kind, b.number, b.page, b.section, doc.text[b.start : b.end][:24]) for b in doc.blocks
    ]
    assert rows == [
        ("heading", None, 1, None, "SUPPLY AGREEMENT"),
        ("heading", "1", 1, "1", "1. Definitions"),
        ("paragraph", None, 1, "1", '"Supplier" means the com'),
        ("heading", "2", 1, "2", "2. Labor Standards"),
        ("list-item", "2.1", 1, "2.1", "2.1 Supplier shall not u"),
        ("list-item", "2.2", 1, "2.2", "2.2 Supplier shall not u"),
        ("list-item", "(a)", 1, "2.2(a)", "(a) prison labor;"),
        ("list-item", "(b)", 1, "2.2(b)", "(b) bonded labor."),
        ("heading", "3", 2, "3", "3. Audit Rights"),
        ("paragraph", None, 2, "3", "Buyer may conduct unanno"),
        ("heading", "5", 3, "5", "ARTICLE 5"),
        ("paragraph", None, 3, "5", "Supplier shall not engag"),
    ]
    # offsets are exact and blocks are joined by a blank line
    assert "\n\n".join(doc.text[b.start : b.end] for b in doc.blocks) == doc.text
    assert doc.page_at(doc.text.index("self-employed")) == 3


@pytest.mark.parametrize("backend", BACKENDS)
def test_vertical_gap_separates_paragraphs(tmp_path: Path, backend: str) -> None:
    """Full-width lines ending a sentence: only the blank space between them tells the
    paragraphs apart."""
    lines = [
        "Supplier shall pay all wages in full and on time, by bank transfer to the account of",
        "each worker, and shall keep payroll records for at least five years after payment.",
        "",
        "Supplier shall not charge workers any recruitment fee or cost in any form whatever.",
        "Workers may end their employment on reasonable notice and without any penalty at all.",
        "Supplier shall inform each worker of these rights in a language the worker knows.",
    ]
    path = tmp_path / "gaps.pdf"
    path.write_bytes(make_pdf([lines]))
    doc = read_document(path, pdf_backend=backend)
    assert doc.text.split("\n\n") == [
        " ".join(lines[:2]),
        " ".join(lines[3:]),
    ]


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_columns_in_reading_order(tmp_path: Path, backend: str) -> None:
    left = [
        "1. Wages",
        "Supplier shall pay all wages in full",
        "and on time to every worker, and a",
        "sentence that runs on into the next",
    ]
    right = [
        "column ends here.",
        "2. Fees",
        "No worker pays recruitment fees.",
    ]
    path = tmp_path / "columns.pdf"
    path.write_bytes(make_two_column_pdf(left, right))
    doc = read_document(path, pdf_backend=backend)
    assert doc.text.split("\n\n") == [
        "1. Wages",
        "Supplier shall pay all wages in full and on time to every worker, and a sentence "
        "that runs on into the next column ends here.",
        "2. Fees",
        "No worker pays recruitment fees.",
    ]


def test_backends_agree(contract_pdf: Path) -> None:
    fast = read_document(contract_pdf, pdf_backend="pdfium")
    slow = read_document(contract_pdf, pdf_backend="pypdf")
    assert fast.text == slow.text
    assert fast.blocks == slow.blocks
    assert fast.sha256 == slow.sha256


def _encrypt(data: bytes, user: str, owner: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(data))
    writer.encrypt(user, owner, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("backend", BACKENDS)
def test_encrypted_pdf(tmp_path: Path, backend: str) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(_encrypt(make_pdf(PAGES), "secret", "owner"))
    with pytest.raises(DocumentError) as err:
        read_document(path, pdf_backend=backend)
    assert err.value.code == "encrypted"
    assert str(path) in str(err.value)


@pytest.mark.parametrize("backend", BACKENDS)
def test_empty_user_password_is_decrypted(tmp_path: Path, contract_pdf: Path, backend: str) -> None:
    path = tmp_path / "owner-only.pdf"
    path.write_bytes(_encrypt(contract_pdf.read_bytes(), "", "owner"))
    doc = read_document(path, pdf_backend=backend)
    assert doc.text == read_document(contract_pdf).text


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("fraction", [0.3, 0.9])
def test_truncated_pdf_is_corrupt(tmp_path: Path, backend: str, fraction: float) -> None:
    data = make_pdf(PAGES)
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(DocumentError) as err:
        read_document(path, pdf_backend=backend)
    assert err.value.code == "corrupt"


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("image_only", [True, False])
def test_scanned_pdf_has_no_text_layer(tmp_path: Path, backend: str, image_only: bool) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[], []], image_only=image_only))
    with pytest.raises(DocumentError) as err:
        read_document(path, pdf_backend=backend)
    assert err.value.code == "no-text-layer"
    assert err.value.message == NO_TEXT_LAYER == "no text layer, run OCR first"


def test_partly_scanned_pdf_warns(tmp_path: Path) -> None:
    path = tmp_path / "mixed.pdf"
    path.write_bytes(make_pdf([["Supplier shall not use forced labor."], [], []]))
    doc = read_document(path)
    assert doc.text == "Supplier shall not use forced labor."
    assert doc.warnings == ["2 of 3 pages have no text layer (2, 3): no text layer, run OCR first"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_only_running_lines_means_no_text_layer(tmp_path: Path, backend: str) -> None:
    # a scan stamped with a text header and page numbers still has no body text
    path = tmp_path / "stamped.pdf"
    path.write_bytes(make_pdf([[HEADER, "", f"Page {n}"] for n in (1, 2, 3)]))
    with pytest.raises(DocumentError) as err:
        read_document(path, pdf_backend=backend)
    assert err.value.code == "no-text-layer"


@pytest.mark.parametrize("backend", BACKENDS)
def test_looping_page_tree(tmp_path: Path, backend: str) -> None:
    path = tmp_path / "loop.pdf"
    path.write_bytes(make_looping_pdf())
    with pytest.raises(DocumentError) as err:
        read_document(path, pdf_backend=backend)
    assert err.value.code == "pdf-loop"


@pytest.mark.parametrize("backend", BACKENDS)
def test_self_drawing_form_terminates(tmp_path: Path, backend: str) -> None:
    """A Form XObject that draws itself: each backend stops the recursion and reads the page."""
    path = tmp_path / "recursive.pdf"
    path.write_bytes(make_self_drawing_pdf())
    doc = read_document(path, pdf_backend=backend)
    assert doc.text.startswith("Supplier shall not use forced labor.")
    assert "Inside the form." in doc.text


def test_pdf_with_wrong_extension(tmp_path: Path) -> None:
    path = tmp_path / "contract.docx"
    path.write_bytes(make_pdf(PAGES))
    doc = read_document(path)
    assert doc.format == "pdf"
    assert "obligation" in doc.text
    assert any("content is PDF" in w for w in doc.warnings)


def test_unknown_backend(contract_pdf: Path) -> None:
    with pytest.raises(DocumentError, match="unknown PDF backend"):
        read_document(contract_pdf, pdf_backend="ghostscript")


@pytest.mark.pdf
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_pdf_round_trip(tmp_path: Path) -> None:
    """A real PDF written by LibreOffice: header and page field removed, backends agree."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    run = footer.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.text = text
        run._r.append(el)
    clauses = [
        (
            "Recruitment Fees",
            "Supplier shall ensure that no worker pays recruitment fees "
            "or related costs to obtain or keep employment with the Supplier.",
        ),
        (
            "Identity Documents",
            "Supplier shall not retain the passports or identity documents "
            "of any worker, and all workers keep their identity documents at all times.",
        ),
        (
            "Audit Rights",
            "Buyer may conduct unannounced audits of the Supplier and of its "
            "subcontractors, and may interview workers in private.",
        ),
    ]
    for n, (title, body) in enumerate(clauses, 1):
        if n > 1:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(f"{n}. {title}", level=1)
        document.add_paragraph(f"{n}.1 {body}")
        document.add_paragraph(
            f"Supplier shall keep written records that show how it meets the {title.lower()} "
            "clause and shall give them to Buyer within ten days of a written request from Buyer."
        )
    source = tmp_path / "lo.docx"
    document.save(str(source))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "lo.pdf"
    fast = read_document(pdf, pdf_backend="pdfium")
    slow = read_document(pdf, pdf_backend="pypdf")
    assert fast.pages == 3
    assert HEADER not in fast.text
    assert "Page" not in fast.text
    assert fast.text == slow.text
    assert fast.blocks == slow.blocks
    # paragraphs are told apart by the vertical space between them, not only by wording
    records = [b for b in fast.blocks if fast.text[b.start :].startswith("Supplier shall keep")]
    assert [b.page for b in records] == [1, 2, 3]
    assert all(fast.text[b.start : b.end].endswith("request from Buyer.") for b in records)
    assert fast.blocks == slow.blocks
    # paragraphs are told apart by the vertical space between them, not only by wording
    records = [b for b in fast.blocks if fast.text[b.start :].startswith("Supplier shall keep")]
    assert [b.page for b in records] == [1, 2, 3]
    assert all(fast.text[b.start : b.end].endswith("request from Buyer.") for b in records)
    assert [(b.number, b.page) for b in fast.blocks if b.kind == "heading"] == [
        ("1", 1),
        ("2", 2),
        ("3", 3),
    ]
    assert "identity documents at all times" in fast.text


def test_reflow_list_items_after_joiners_and_long_headings() -> None:
    from analyzer.layout import reflow

    lines = [
        "8. Identity Documents and Freedom of Movement of All Workers",
        "Supplier shall not hold the identity documents of any Worker, and shall ensure",
        "that Workers may keep them; Supplier shall in particular:",
        "(a) verify the age of each Worker from reliable documents before the Worker",
        "starts work; and",
        "(b) keep copies of those documents, leaving the originals with the Worker, or",
        "(c) return the originals within one day.",
        "WHEREAS the Parties wish to record their agreement on these matters in full;",
        "NOW, THEREFORE, the Parties agree as follows.",
    ]
    paras = [p.text for p in reflow([(line, 1) for line in lines])]
    assert paras == [
        "8. Identity Documents and Freedom of Movement of All Workers",
        "Supplier shall not hold the identity documents of any Worker, and shall ensure "
        "that Workers may keep them; Supplier shall in particular:",
        "(a) verify the age of each Worker from reliable documents before the Worker "
        "starts work; and",
        "(b) keep copies of those documents, leaving the originals with the Worker, or",
        "(c) return the originals within one day.",
        "WHEREAS the Parties wish to record their agreement on these matters in full;",
        "NOW, THEREFORE, the Parties agree as follows.",
    ]


def test_repeated_prose_near_page_ends_is_kept() -> None:
    from analyzer.layout import strip_running_lines

    pages = [
        [
            "ACME CONFIDENTIAL",
            f"{n}. Clause {word.title()}",
            f"Supplier shall keep records on {word} and shall give",
            "them to Buyer within ten days of a written request from Buyer.",
            "Each party shall bear its own costs under this clause of the agreement.",
        ]
        for n, word in enumerate(["wages", "hours", "fees"], 1)
    ]
    kept, removed = strip_running_lines(pages)
    assert removed == ["ACME CONFIDENTIAL"]
    assert kept == [[1, 2, 3, 4]] * 3


def test_footer_with_many_numbers_is_running() -> None:
    from analyzer.layout import strip_running_lines

    pages = [
        [f"{word.title()} clause text.", f"Rider v1.0 - 15 Jan 2026 - Page {n} of 9"]
        for n, word in enumerate("scope wages hours fees audit remedy notice law terms".split(), 1)
    ]
    kept, removed = strip_running_lines(pages)
    assert kept == [[0]] * 9
    assert removed[0] == "Rider v1.0 - 15 Jan 2026 - Page 1 of 9" and len(removed) == 9


def test_running_heads_of_one_chapter_are_removed() -> None:
    """Running heads that change with the chapter (here on 4 of 10 pages) still go."""
    from analyzer.layout import strip_running_lines

    words = "scope wages hours fees audit remedy notice law terms signatures".split()
    pages = [
        [f"Chapter {1 if n <= 6 else 2}: {'Duties' if n <= 6 else 'Remedies'} {n}", f"{w.title()}."]
        for n, w in enumerate(words, 1)
    ]
    kept, removed = strip_running_lines(pages)
    assert kept == [[1]] * 10
    assert removed[-1] == "Chapter 2: Remedies 10"
