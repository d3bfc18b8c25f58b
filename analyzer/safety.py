"""Refuse hostile containers before a parser sees them.

A DOCX is a zip of XML parts. Before python-docx opens one, `open_docx_zip` checks the
zip's own directory: member count, total uncompressed size and per-member compression
ratio (a zip bomb declares gigabytes of zeros in a few kilobytes), and refuses any XML
part with a DOCTYPE, the only place entity declarations can live (XXE, billion laughs).
Only the declared sizes and each part's prolog are read, so a bomb is refused in
milliseconds; `zipfile` never inflates a member past its declared size, so a lying
directory cannot get past these limits either.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from laborclause.errors import DocumentError

MAX_MEMBERS = 5_000
MAX_TOTAL_UNCOMPRESSED = 256 * 1024 * 1024
MAX_RATIO = 100  # Word XML compresses 5-20x; images barely
RATIO_MIN_SIZE = 2 * 1024 * 1024  # small members may compress well without harm
PROLOG_LIMIT = 64 * 1024  # a legitimate XML prolog is a few hundred bytes

_PROLOG_ITEM = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.S)


def open_docx_zip(data: bytes, path: str | Path) -> zipfile.ZipFile:
    """Open a DOCX's zip after the bomb and XML-entity checks; raise DocumentError if unsafe."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise DocumentError(
            f"corrupt DOCX (not a valid zip: {err})", path=path, code="corrupt"
        ) from None
    if len(members) > MAX_MEMBERS:
        raise DocumentError(
            f"zip bomb refused: {len(members)} members (limit {MAX_MEMBERS})",
            path=path,
            code="zip-bomb",
        )
    total = sum(m.file_size for m in members)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise DocumentError(
            f"zip bomb refused: expands to {total // 2**20} MB"
            f" (limit {MAX_TOTAL_UNCOMPRESSED // 2**20} MB)",
            path=path,
            code="zip-bomb",
        )
    for m in members:
        if m.file_size > RATIO_MIN_SIZE and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise DocumentError(
                f"zip bomb refused: {m.filename} expands {m.file_size // max(m.compress_size, 1)}x",
                path=path,
                code="zip-bomb",
            )
    for m in members:
        if not m.is_dir():
            check_xml_prolog(archive, m, path)
    return archive


def check_xml_prolog(archive: zipfile.ZipFile, member: zipfile.ZipInfo, path: str | Path) -> None:
    """Refuse an XML part whose prolog declares a DOCTYPE (entities, external DTDs).

    Parts are recognised by content, not name: python-docx loads a part by the content
    type the package declares, whatever it is called."""
    try:
        with archive.open(member) as stream:
            head = stream.read(512)
            if not _decode(head).lstrip("\ufeff \t\r\n").startswith("<"):
                return  # not XML: an image or other binary part
            head += stream.read(PROLOG_LIMIT - len(head))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as err:
        raise DocumentError(
            f"corrupt DOCX part {member.filename} ({err})", path=path, code="corrupt"
        ) from None
    text = _decode(head)
    pos = 0
    while True:
        m = _PROLOG_ITEM.match(text, pos)
        if not m:
            break
        pos = m.end()
    rest = text[pos:]
    if rest.startswith("<!"):
        raise DocumentError(
            f"unsafe XML refused: {member.filename} declares a DOCTYPE or entities",
            path=path,
            code="unsafe-xml",
        )
    if not rest and len(head) == PROLOG_LIMIT:
        raise DocumentError(
            f"unsafe XML refused: {member.filename} has an oversized prolog",
            path=path,
            code="unsafe-xml",
        )


def _decode(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    if head[:2] in (b"<\x00", b"\x00<"):
        return head.decode("utf-16-le" if head[0] == 0x3C else "utf-16-be", errors="replace")
    return head.decode("utf-8-sig", errors="replace")
