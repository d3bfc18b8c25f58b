"""Hostile and broken input: each refused with its own code, naming the file, never hanging."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from analyzer.readers import read_document
from laborclause.errors import DocumentError

MB = 1024 * 1024


def _code(path: Path, **kwargs: object) -> str:
    with pytest.raises(DocumentError) as err:
        read_document(path, **kwargs)  # type: ignore[arg-type]
    assert str(path) in str(err.value)
    assert "\n" not in str(err.value)
    return err.value.code


@pytest.fixture(scope="module")
def plain_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Supplier shall not use forced labor.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _rewrite(
    source: bytes, replace: dict[str, bytes], add: dict[str, bytes] | None = None
) -> bytes:
    """Copy a DOCX zip, replacing some members and adding others."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = replace.get(item.filename, src.read(item.filename))
            dst.writestr(item.filename, data, compress_type=zipfile.ZIP_DEFLATED)
        for name, data in (add or {}).items():
            dst.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _bomb(source: bytes, megabytes: int) -> bytes:
    """A DOCX with one extra member of `megabytes` of zeros, streamed so memory stays small."""
    out = io.BytesIO(_rewrite(source, {}))
    with zipfile.ZipFile(out, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        info = zipfile.ZipInfo("word/media/image1.bin")
        info.compress_type = zipfile.ZIP_DEFLATED
        chunk = bytes(MB)
        with zf.open(info, "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(chunk)
    return out.getvalue()


def _document_xml(source: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(source)) as zf:
        return zf.read("word/document.xml").decode("utf-8")


# --- size, existence, emptiness -------------------------------------------------------------


def test_not_found(tmp_path: Path) -> None:
    assert _code(tmp_path / "missing.pdf") == "not-found"
    assert _code(tmp_path) == "not-found"  # a folder is not a document


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Supplier shall not use forced labor. " * 100)
    assert _code(path, max_size=1000) == "too-large"
    assert read_document(path, max_size=10_000).text.startswith("Supplier shall")


@pytest.mark.parametrize("content", [b"", b"  \n\t\n", b"\xef\xbb\xbf"])
def test_empty(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert _code(path) == "empty"


# --- formats ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("scan.pdf", b"\x89PNG\r\n\x1a\n" + bytes(200)),
        ("photo.docx", b"\xff\xd8\xff\xe0" + bytes(200)),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
        ("data.txt", b"\x00\x01\x02binary\x00" * 20),
    ],
)
def test_unsupported_format(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert _code(path) == "unsupported-format"


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "sheet.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    assert _code(path) == "unsupported-format"


def test_encrypted_word_document(tmp_path: Path) -> None:
    # Word saves a password-protected DOCX as an OLE container holding "EncryptedPackage"
    path = tmp_path / "locked.docx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptedPackage".encode("utf-16-le")
    )
    assert _code(path) == "encrypted"


def test_truncated_docx_is_corrupt(tmp_path: Path, plain_docx: bytes) -> None:
    path = tmp_path / "cut.docx"
    path.write_bytes(plain_docx[: len(plain_docx) // 2])
    assert _code(path) == "corrupt"


def test_docx_with_broken_xml_is_corrupt(tmp_path: Path, plain_docx: bytes) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(_rewrite(plain_docx, {"word/document.xml": b"<w:document><w:body>"}))
    assert _code(path) == "corrupt"


# --- zip bombs --------------------------------------------------------------------------------


def test_zip_bomb_total_size(tmp_path: Path, plain_docx: bytes) -> None:
    data = _bomb(plain_docx, 300)
    assert len(data) < 1 * MB  # 300 MB of zeros, small on disk
    path = tmp_path / "bomb.docx"
    path.write_bytes(data)
    assert _code(path) == "zip-bomb"


def test_zip_bomb_ratio(tmp_path: Path, plain_docx: bytes) -> None:
    path = tmp_path / "ratio.docx"
    path.write_bytes(_bomb(plain_docx, 40))  # under the total limit, but 1000:1
    assert _code(path) == "zip-bomb"


def test_zip_bomb_member_count(tmp_path: Path, plain_docx: bytes) -> None:
    path = tmp_path / "many.docx"
    path.write_bytes(_rewrite(plain_docx, {}, {f"customXml/item{i}.bin": b"" for i in range(6000)}))
    assert _code(path) == "zip-bomb"


# --- XML entities -------------------------------------------------------------------------------

XXE = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    + "]>\n"
).replace("&lol0;", "&lol;")


def _with_doctype(source: bytes, doctype: str, entity: str, *, utf16: bool = False) -> bytes:
    xml = _document_xml(source)
    decl_end = xml.index("?>") + 2
    xml = xml[:decl_end] + "\n" + doctype + xml[decl_end:]
    xml = xml.replace("forced labor.", f"forced labor {entity}.")
    if utf16:
        xml = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')
        return xml.encode("utf-16")
    return xml.encode("utf-8")


@pytest.mark.parametrize(
    ("doctype", "entity", "utf16"),
    [
        (XXE, "&xxe;", False),
        (LAUGHS, "&lol9;", False),
        ("<!-- a long comment -->\n" * 50 + XXE, "&xxe;", False),
        (XXE, "&xxe;", True),
    ],
    ids=["xxe", "billion-laughs", "after-comments", "utf16"],
)
def test_docx_entities_refused(
    tmp_path: Path, plain_docx: bytes, doctype: str, entity: str, utf16: bool
) -> None:
    path = tmp_path / "entities.docx"
    hostile = _with_doctype(plain_docx, doctype, entity, utf16=utf16)
    path.write_bytes(_rewrite(plain_docx, {"word/document.xml": hostile}))
    assert _code(path) == "unsafe-xml"


def test_entities_in_a_part_with_another_name_refused(tmp_path: Path, plain_docx: bytes) -> None:
    hostile = _with_doctype(plain_docx, XXE, "&xxe;")
    path = tmp_path / "renamed.docx"
    path.write_bytes(_rewrite(plain_docx, {}, {"word/media/notes.dat": hostile}))
    assert _code(path) == "unsafe-xml"


def test_entities_in_other_parts_refused(tmp_path: Path, plain_docx: bytes) -> None:
    styles = (
        '<?xml version="1.0"?>' + XXE + '<w:styles xmlns:w="http://schemas.openxmlformats.org/'
        'wordprocessingml/2006/main">&xxe;</w:styles>'
    )
    path = tmp_path / "styles.docx"
    path.write_bytes(_rewrite(plain_docx, {"word/styles.xml": styles.encode()}))
    assert _code(path) == "unsafe-xml"


# --- damaged files ------------------------------------------------------------------------------


def _mutations(data: bytes, seed: int, count: int) -> list[bytes]:
    import random

    rng = random.Random(seed)
    out = []
    for _ in range(count):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        out.append(bytes(damaged))
    return out


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_damaged_files_give_error_codes_not_crashes(
    tmp_path: Path, plain_docx: bytes, kind: str
) -> None:
    from readers_pdfkit import make_pdf

    from analyzer.read_pdf import BACKENDS

    if kind == "pdf":
        source = make_pdf(
            [["1. Scope", "Supplier shall comply."], ["2. Audit", "Buyer may audit."]]
        )
    else:
        # stored, not deflated, so that flipped bytes land in the XML itself
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(plain_docx)) as src, zipfile.ZipFile(out, "w") as dst:
            for item in src.infolist():
                dst.writestr(item.filename, src.read(item.filename))
        source = out.getvalue()
    path = tmp_path / f"damaged.{kind}"
    codes = set()
    for data in _mutations(source, seed=7, count=40):
        path.write_bytes(data)
        for backend in BACKENDS if kind == "pdf" else BACKENDS[:1]:
            try:
                read_document(path, pdf_backend=backend)
                codes.add("ok")
            except DocumentError as err:
                codes.add(err.code)
    assert "corrupt" in codes
    known = {"ok", "corrupt", "empty", "no-text-layer", "unsupported-format", "pdf-loop"}
    assert codes <= known


def _hostile_pdfs() -> dict[str, bytes]:
    import re

    from readers_pdfkit import assemble, make_pdf

    base = make_pdf([["Supplier shall comply."]])
    xref = re.search(rb"startxref\n(\d+)", base)
    assert xref is not None
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
    head = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    }
    return {
        # an incremental-update chain whose /Prev points back at the same xref table
        "xref-prev-loop": base.replace(b"<< /Size", b"<< /Prev %s /Size" % xref.group(1)),
        # a stream whose /Length is a reference to the stream itself
        "self-length": assemble(
            {
                **head,
                3: page + b" /Contents 4 0 R >>",
                4: b"<< /Length 4 0 R >>\nstream\nBT ET\nendstream",
            }
        ),
        # arrays nested 100,000 deep (recursive-descent parsers overflow)
        "deep-nesting": assemble(
            {**head, 3: page + b" /Foo " + b"[" * 100_000 + b"]" * 100_000 + b" >>"}
        ),
    }


@pytest.mark.parametrize("name", ["xref-prev-loop", "self-length", "deep-nesting"])
def test_hostile_pdf_structures_terminate(tmp_path: Path, name: str) -> None:
    from analyzer.read_pdf import BACKENDS

    path = tmp_path / f"{name}.pdf"
    path.write_bytes(_hostile_pdfs()[name])
    for backend in BACKENDS:
        try:
            doc = read_document(path, pdf_backend=backend)
            assert doc.text == "Supplier shall comply."
        except DocumentError as err:
            assert err.code in {"corrupt", "pdf-loop", "no-text-layer"}
