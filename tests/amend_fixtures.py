"""What the amend tests share: a contract written here (as text and as a DOCX) and a way
to run `laborclause amend` on one."""

from __future__ import annotations

import re
from pathlib import Path

import docx
from click.testing import CliRunner, Result

from cli import cli
from generator.render import sample_data_path

# A contract of our own: "Seller" and "Customer", a hedged recruitment-fee term, no date.
SELLER = """COMPONENT PURCHASE AGREEMENT

This Component Purchase Agreement (this "Agreement") is entered into as of March 3, 2025 by
Northgate Appliances Corp., a Delaware corporation ("Customer"), and Sunrise Electronics Co.,
Ltd., with its principal place of business in Penang, Malaysia ("Seller").

1. Supply. Seller shall manufacture and sell to Customer the components described in each
purchase order.

2. Prices. Prices are stated in each purchase order and are firm for twelve months.

3. Labor Standards.

3.1 Seller shall not use forced labor, prison labor, indentured labor, bonded labor or labor
obtained through human trafficking in the manufacture of the components.

3.2 Seller shall not employ any person under the age of fifteen (15) years.

3.3 Seller will use reasonable efforts to avoid charging workers recruitment fees where
practicable.

4. Governing Law. This Agreement is governed by the laws of the State of New York.

IN WITNESS WHEREOF, the parties have signed this Agreement as of the date first written above.
"""


def contract_docx(text: str, path: Path) -> Path:
    """A DOCX contract: a title, Heading 1 clause headings, body paragraphs."""
    document = docx.Document()
    lines = [" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", text) if chunk.strip()]
    document.add_paragraph(lines[0], style="Title")
    for line in lines[1:]:
        match = re.match(r"^(\d+)\.\s+([A-Z][\w ,]+)\.\s*(.*)$", line)
        if match:
            document.add_paragraph(f"{match.group(1)}. {match.group(2)}", style="Heading 1")
            if match.group(3):
                document.add_paragraph(match.group(3))
        else:
            document.add_paragraph(line)
    document.save(str(path))
    return path


def run_amend(contract: Path, out: Path, *extra: str, data: Path | None = None) -> Result:
    """`laborclause amend CONTRACT --data DATA -o OUT EXTRA...`; DATA: the sample company."""
    data = data if data is not None else sample_data_path()
    args = ["amend", str(contract), "--data", str(data), "-o", str(out), *extra]
    return CliRunner().invoke(cli, args)
