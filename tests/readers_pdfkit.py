"""A tiny hand-made PDF writer for reader tests: exact control over every text line.

Pages are lists of lines drawn top to bottom in Helvetica (a standard font, so no
embedding is needed); `raw_objects` lets a test build broken structures (looping page
trees, missing objects) that no real writer would produce.
"""

from __future__ import annotations

import zlib


def _escape(text: str) -> bytes:
    data = text.encode("cp1252")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(lines: list[str], *, top: float = 760, leading: float = 14) -> bytes:
    out = [b"BT /F1 11 Tf"]
    y = top
    for line in lines:
        if line:
            out.append(b"1 0 0 1 72 %.1f Tm (%s) Tj" % (y, _escape(line)))
        y -= leading
    out.append(b"ET")
    return b"\n".join(out)


def assemble(objects: dict[int, bytes], root: int = 1, extra_trailer: bytes = b"") -> bytes:
    """Serialize numbered object bodies into a PDF with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        if num in offsets:
            out += b"%010d 00000 n \n" % offsets[num]
        else:
            out += b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        size,
        root,
        extra_trailer,
        xref,
    )
    return bytes(out)


def stream(data: bytes, extra: bytes = b"", *, compress: bool = True) -> bytes:
    if compress:
        data = zlib.compress(data)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def make_pdf(pages: list[list[str]], *, image_only: bool = False) -> bytes:
    """A PDF with one page per list of lines (or, with image_only, pages holding only an image)."""
    objects: dict[int, bytes] = {}
    font = 3
    objects[font] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    image = 4
    if image_only:
        pixels = bytes((x * 7 + y * 3) % 256 for y in range(32) for x in range(32))
        objects[image] = stream(
            pixels,
            b" /Type /XObject /Subtype /Image /Width 32 /Height 32 /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8",
        )
    kids = []
    num = 5
    for lines in pages:
        page, content = num, num + 1
        num += 2
        kids.append(page)
        if image_only:
            body = b"q 400 0 0 500 100 150 cm /Im1 Do Q"
            resources = b"<< /XObject << /Im1 %d 0 R >> >>" % image
        else:
            body = _content(lines)
            resources = b"<< /Font << /F1 %d 0 R >> >>" % font
        objects[content] = stream(body)
        objects[page] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            b" /Resources %s /Contents %d 0 R >>" % (resources, content)
        )
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    return assemble(objects)


def make_looping_pdf() -> bytes:
    """A page tree whose /Kids point back at an ancestor (2 -> 6 -> 2)."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [6 0 R 4 0 R] /Count 3 >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        5: stream(_content(["Supplier shall not use forced labor."])),
        6: b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 2 >>",
    }
    return assemble(objects)


def make_self_drawing_pdf() -> bytes:
    """A page that draws a Form XObject that draws itself (an endless recursion)."""
    font = b"<< /Font << /F1 6 0 R >> /XObject << /X1 5 0 R >> >>"
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources %s >>" % font,
        4: stream(_content(["Supplier shall not use forced labor."]) + b"\n/X1 Do"),
        5: stream(
            _content(["Inside the form."], top=600) + b"\n/X1 Do",
            b" /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources %s" % font,
        ),
        6: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    return assemble(objects)


def make_two_column_pdf(left: list[str], right: list[str]) -> bytes:
    """One page with two columns of lines, drawn left column first (as layout tools do)."""
    out = [b"BT /F1 9 Tf"]
    for x, lines in ((72, left), (320, right)):
        y = 760.0
        for line in lines:
            if line:
                out.append(b"1 0 0 1 %d %.1f Tm (%s) Tj" % (x, y, _escape(line)))
            y -= 12
    out.append(b"ET")
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        4: stream(b"\n".join(out)),
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    return assemble(objects)
