"""The DOCX starting point and the deterministic package writer.

python-docx's default template carries 100 table styles and a second copy of the style
sheet (stylesWithEffects, for Word 2010), ~880 KB of XML that every document would parse,
serialize and compress again. `base_template` prunes it once per process to what a
generated document uses (all paragraph and character styles stay, so the built-in
heading and list styles are there when the user edits the document). `package_bytes`
writes the package in one pass with sorted entries and fixed dates, so the same inputs
give the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache

import docx
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml.ns import qn

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
KEEP_TABLE_STYLES = {"TableGrid"}
# Relationship types of parts a generated document does not need.
DROP_RELATIONSHIPS = ("/stylesWithEffects", "/customXml", "/metadata/thumbnail")


@lru_cache(maxsize=1)
def base_template() -> bytes:
    document = docx.Document()
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        if (
            style.get(qn("w:type")) == "table"
            and style.get(qn("w:default")) != "1"
            and style.get(qn("w:styleId")) not in KEEP_TABLE_STYLES
        ):
            styles.remove(style)
    for relationships in (document.part.rels, document.part.package.rels):
        for r_id, relationship in list(relationships.items()):
            if relationship.reltype.endswith(DROP_RELATIONSHIPS):
                del relationships[r_id]
    return package_bytes(document)


def new_document() -> docx.document.Document:
    return docx.Document(io.BytesIO(base_template()))


def package_bytes(document: docx.document.Document) -> bytes:
    """The package as a zip: [Content_Types].xml first, then the entries sorted by name."""
    package = document.part.package
    parts = list(package.iter_parts())
    entries = {
        CONTENT_TYPES_URI.membername: _ContentTypesItem.from_parts(parts).blob,
        PACKAGE_URI.rels_uri.membername: package.rels.xml,
    }
    for part in parts:
        entries[part.partname.membername] = part.blob
        if len(part.rels):
            entries[part.partname.rels_uri.membername] = part.rels.xml
    names = sorted(entries, key=lambda name: (name != CONTENT_TYPES_URI.membername, name))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            archive.writestr(info, entries[name])
    return out.getvalue()
