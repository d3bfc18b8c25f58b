"""Plain text, Markdown and HTML reading; folder walking."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.readers import SUPPORTED_SUFFIXES, iter_documents, read_document

CONTRACT_TXT = """\
SUPPLIER CODE OF CONDUCT

1. Forced Labor
1.1 Supplier shall not use forced, bonded or
indentured labor, and shall not retain the
identity documents of any worker.
1.2 Supplier shall not use:
(a) prison labor;
(b) trafficked labor.

2. Audit Rights
Buyer may audit the Supplier at any time. The audit
covers records of wages, hours and recruit-
ment fees.

Section 14.2 Remedies. Supplier shall remediate any breach.

Section 5 shall survive the end of this Agreement.
"""


def _rows(path: Path) -> list[tuple[str, str | None, str | None, str]]:
    doc = read_document(path)
    assert "\n\n".join(doc.text[b.start : b.end] for b in doc.blocks) == doc.text
    assert doc.pages is None
    return [(b.kind, b.number, b.section, doc.text[b.start : b.end]) for b in doc.blocks]


def test_txt_reflow_and_numbers(tmp_path: Path) -> None:
    path = tmp_path / "code.txt"
    path.write_text(CONTRACT_TXT, encoding="utf-8")
    assert _rows(path) == [
        ("heading", None, None, "SUPPLIER CODE OF CONDUCT"),
        ("heading", "1", "1", "1. Forced Labor"),
        (
            "list-item",
            "1.1",
            "1.1",
            "1.1 Supplier shall not use forced, bonded or indentured labor, and shall not "
            "retain the identity documents of any worker.",
        ),
        ("list-item", "1.2", "1.2", "1.2 Supplier shall not use:"),
        ("list-item", "(a)", "1.2(a)", "(a) prison labor;"),
        ("list-item", "(b)", "1.2(b)", "(b) trafficked labor."),
        ("heading", "2", "2", "2. Audit Rights"),
        (
            "paragraph",
            None,
            "2",
            "Buyer may audit the Supplier at any time. The audit covers records of wages, "
            "hours and recruitment fees.",
        ),
        (
            "list-item",
            "14.2",
            "14.2",
            "Section 14.2 Remedies. Supplier shall remediate any breach.",
        ),
        ("paragraph", None, "14.2", "Section 5 shall survive the end of this Agreement."),
    ]


def test_txt_form_feed_pages_lose_running_lines(tmp_path: Path) -> None:
    pages = [
        f"ACME SUPPLY AGREEMENT\n\n{n}. {title}\nSupplier shall {duty}.\n\n- {roman} -\n"
        for n, (title, duty, roman) in enumerate(
            [
                ("Wages", "pay wages", "i"),
                ("Fees", "charge no fees", "ii"),
                ("Audit", "allow audits", "iii"),
            ],
            1,
        )
    ]
    path = tmp_path / "paged.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    doc = read_document(path)
    assert doc.text.split("\n\n") == [
        "1. Wages",
        "Supplier shall pay wages.",
        "2. Fees",
        "Supplier shall charge no fees.",
        "3. Audit",
        "Supplier shall allow audits.",
    ]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("cp1252", b"")],
)
def test_txt_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(bom + "Supplier shall pay workers’ wages — in full.".encode(encoding))
    assert read_document(path).text == "Supplier shall pay workers’ wages — in full."


def test_markdown(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text(
        "# Supplier Policy\n\n"
        "Suppliers **must** respect\n[human rights](https://example.org) at all times.\n\n"
        "## 3. Recruitment\n\n"
        "1. No worker pays `recruitment fees`.\n"
        "2. Contracts are in the worker's\n   own language.\n\n"
        "- bullet one\n"
        "* bullet two\n\n"
        "Closing\n=======\n\n"
        "| Field | Details |\n|:--|---|\n| Owner | Jordan Lee |\n\n"
        "Final words.\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.format == "md"
    rows = [(b.kind, b.number, b.level, doc.text[b.start : b.end]) for b in doc.blocks]
    assert rows == [
        ("heading", None, 1, "Supplier Policy"),
        ("paragraph", None, 0, "Suppliers must respect human rights at all times."),
        ("heading", "3", 2, "3. Recruitment"),
        ("list-item", "1", 1, "1. No worker pays recruitment fees."),
        ("list-item", "2", 1, "2. Contracts are in the worker's own language."),
        ("list-item", None, 1, "bullet one"),
        ("list-item", None, 1, "bullet two"),
        ("heading", None, 1, "Closing"),
        ("table-cell", None, 0, "Field"),
        ("table-cell", None, 0, "Details"),
        ("table-cell", None, 0, "Owner"),
        ("table-cell", None, 0, "Jordan Lee"),
        ("paragraph", None, 0, "Final words."),
    ]


HTML = """<!DOCTYPE html>
<html><head><title>Not body text</title><style>p { color: red }</style>
<script>var secret = "not text";</script></head>
<body>
<h1>Supplier Agreement</h1>
<p>Supplier &amp; its agents shall<br>not charge
   recruitment fees.</p>
<div>12.3 Buyer may conduct <b>unannounced</b> audits.</div>
<ol><li>No forced labor;</li><li>No child labor.</li></ol>
<ol type="a" start="3"><li><p>third item</p></li></ol>
<ul><li>a bullet</li></ul>
<table><tr><th>Term</th><td>Meaning</td></tr></table>
<!-- a comment -->
</body></html>"""


def test_html(tmp_path: Path) -> None:
    path = tmp_path / "agreement.html"
    path.write_text(HTML, encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "html"
    rows = [(b.kind, b.number, doc.text[b.start : b.end]) for b in doc.blocks]
    assert rows == [
        ("heading", None, "Supplier Agreement"),
        ("paragraph", None, "Supplier & its agents shall not charge recruitment fees."),
        ("list-item", "12.3", "12.3 Buyer may conduct unannounced audits."),
        ("list-item", "1", "1. No forced labor;"),
        ("list-item", "2", "2. No child labor."),
        ("list-item", "(c)", "(c) third item"),
        ("list-item", None, "a bullet"),
        ("table-cell", None, "Term"),
        ("table-cell", None, "Meaning"),
    ]
    assert "secret" not in doc.text and "Not body text" not in doc.text


def test_html_content_with_txt_extension(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(HTML, encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "html"
    assert doc.warnings == ["extension .txt but the content is HTML; read as HTML"]


def test_html_entities_are_never_external(tmp_path: Path) -> None:
    path = tmp_path / "xxe.html"
    path.write_text(
        '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><p>Text &xxe; here.</p>',
        encoding="utf-8",
    )
    doc = read_document(path)
    assert "root:" not in doc.text
    assert doc.text == "Text &xxe; here."


def test_text_that_mentions_a_pdf_header(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Files start with %PDF-1.7 and end with %%EOF.\n", encoding="utf-8")
    assert read_document(path).text == "Files start with %PDF-1.7 and end with %%EOF."


def test_blank_lines_never_inside_a_block(tmp_path: Path) -> None:
    path = tmp_path / "pre.html"
    path.write_text("<pre>Clause one.\n\n\nClause two.</pre><p>After.</p>", encoding="utf-8")
    doc = read_document(path)
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["Clause one.\nClause two.", "After."]
    assert doc.text.count("\n\n") == len(doc.blocks) - 1


def test_sha256_and_size(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "a.txt"
    path.write_bytes(b"Supplier shall comply.\n")
    doc = read_document(path)
    assert doc.sha256 == hashlib.sha256(b"Supplier shall comply.\n").hexdigest()
    assert doc.size == 23
    assert doc.meta() == {"path": str(path), "format": "txt", "sha256": doc.sha256, "pages": None}


def test_iter_documents(tmp_path: Path) -> None:
    for name in [
        "b/z.pdf",
        "b/a.DOCX",
        "a.md",
        "c.html",
        "notes.xlsx",
        ".hidden.txt",
        ".git/x.txt",
        "b/deeper/k.htm",
        "d.txt",
    ]:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    single = tmp_path / "single.xlsx"
    found = list(iter_documents([tmp_path / "in", single, tmp_path / "missing.pdf"]))
    root = tmp_path / "in"
    assert found == [
        root / "a.md",
        root / "c.html",
        root / "d.txt",
        root / "b/a.DOCX",
        root / "b/z.pdf",
        root / "b/deeper/k.htm",
        single,
        tmp_path / "missing.pdf",
    ]
    assert set(SUPPORTED_SUFFIXES) >= {".pdf", ".docx", ".txt", ".md", ".html", ".htm"}


def test_bullets_are_list_items(tmp_path: Path) -> None:
    path = tmp_path / "bullets.txt"
    path.write_text(
        "Supplier shall ensure that:\n• workers keep their passports;\n- no fees are charged.\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks] == [
        ("paragraph", "Supplier shall ensure that:"),
        ("list-item", "• workers keep their passports;"),
        ("list-item", "- no fees are charged."),
    ]


@pytest.mark.parametrize(
    ("name", "data", "content"),
    [
        ("contract.pdf", b"not a pdf", "plain text"),
        ("contract.docx", b"Supplier shall not use forced labour.", "plain text"),
        ("contract.pdf", b"<!DOCTYPE html><html><body>404 Not Found</body></html>", "HTML"),
    ],
)
def test_text_under_a_binary_extension_is_an_error(
    tmp_path: Path, name: str, data: bytes, content: str
) -> None:
    """A ".pdf" that holds text (an error page saved by a browser, a renamed file) is never
    analysed as text: a batch would report every obligation missing without saying why."""
    from laborclause.errors import DocumentError

    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert err.value.code == "corrupt"
    assert f"the content is {content}" in err.value.message
