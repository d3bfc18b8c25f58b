"""CLI commands of the generator package (registered by cli.py): generate, demo,
init-data, clauses list|show, and convert (generator.convert)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from generator import convert as convert_module
from generator.amend_command import amend
from generator.render import FORMATS, KINDS, sample_data, sample_data_path, write_document
from laborclause.cli_options import batch_options, data_option, output_option
from laborclause.errors import DataError, LaborclauseError
from laborclause.resources import resource

GENERATE_KINDS = (*KINDS, "bundle")


@click.command()
@click.argument("kind", type=click.Choice(GENERATE_KINDS), metavar="KIND")
@data_option
@output_option("Output file (one document) or folder (--batch). Default: KIND.FORMAT here.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="docx", show_default=True)
@click.option(
    "--template",
    type=click.Path(path_type=Path),
    default=None,
    help="Your own DOCX template (letterhead) with the same variables.",
)
@click.option(
    "--batch",
    "rows_csv",
    type=click.Path(path_type=Path),
    default=None,
    help="CSV, one row per document; dotted columns (trainee.name) override the data file.",
)
@click.option(
    "--name-column", default=None, help="CSV column that names each output file (--batch)."
)
@batch_options
def generate(
    kind: str,
    data_path: Path,
    out: Path | None,
    fmt: str,
    template: Path | None,
    rows_csv: Path | None,
    name_column: str | None,
    workers: int,
    scheduler: str | None,
) -> None:
    """Generate a document of KIND from a company data file.

    KIND is one of: code-of-conduct, forced-labor-clauses, training-acknowledgement,
    social-compliance-program; or `bundle` (with --batch) for a folder per supplier.

    \b
    Example:
      laborclause generate forced-labor-clauses --data company.yaml -o rider.docx
      laborclause generate training-acknowledgement --data company.yaml \\
          --batch roster.csv --name-column trainee.name -o acks/
    """
    if rows_csv is not None:
        out_dir = out or Path("out")
        if kind == "bundle":
            from generator.bundle import generate_bundles

            code = generate_bundles(
                data_path=data_path,
                rows_csv=rows_csv,
                out_dir=out_dir,
                workers=workers,
                scheduler=scheduler,
            )
        else:
            from generator.batch_generate import generate_batch

            code = generate_batch(
                kind=kind,
                data_path=data_path,
                rows_csv=rows_csv,
                out_dir=out_dir,
                fmt=fmt,
                name_column=name_column,
                template=template,
                workers=workers,
                scheduler=scheduler,
            )
        click.get_current_context().exit(code)
    if kind == "bundle":
        raise click.UsageError("`generate bundle` needs --batch SUPPLIERS.csv and -o DIR")
    from generator.data_model import load_data

    data = load_data(data_path)
    target = out or Path(f"{kind}.{fmt}")
    written = write_document(kind, data, target, fmt=fmt, template=template)
    click.echo(f"wrote {written}")


@click.command()
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("laborclause-demo"),
    show_default=True,
    help="Folder for the demo documents.",
)
def demo(out_dir: Path) -> None:
    """Generate all four document kinds for the bundled sample company (DOCX, HTML, Markdown).

    \b
    Example:
      laborclause demo -o out/
    """
    data = sample_data()
    click.echo(f"Generating the four document kinds for the sample company {data.company.name}:")
    for kind in KINDS:
        written = [
            write_document(kind, data, out_dir / f"{kind}.{fmt}", fmt=fmt) for fmt in DEMO_FORMATS
        ]
        click.echo(f"  {kind}: {DEMO_KINDS[kind]}")
        click.echo(f"    {'  '.join(str(path) for path in written)}")
    click.echo(f"Wrote {len(KINDS) * len(DEMO_FORMATS)} files to {out_dir.resolve()}{os.sep}")
    click.echo("Open the .docx in Word or LibreOffice, or the .html in a browser.")
    click.echo(f"PDF (needs LibreOffice): laborclause convert {out_dir / '*.docx'}")
    click.echo(f"The sample data is {sample_data_path()}.")
    click.echo("To make your own: laborclause init-data company.yaml")


DEMO_FORMATS = ("docx", "html", "md")
DEMO_KINDS = {
    "code-of-conduct": "the supplier code of conduct",
    "forced-labor-clauses": "the forced labor rider to a supply agreement, for signature",
    "training-acknowledgement": "a trainee's signed record of forced labor training",
    "social-compliance-program": "the company's documented social compliance program (CTPAT)",
}


@click.command("init-data")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
def init_data(file: Path, force: bool) -> None:
    """Write a commented sample company data file to start from.

    \b
    Example:
      laborclause init-data company.yaml
    """
    if file.exists() and not force:
        raise DataError("file exists; pass --force to overwrite it", path=file)
    text = resource("generator", "data", "sample-company-commented.yaml").read_text(
        encoding="utf-8"
    )
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot write: {exc.strerror or exc}", path=file) from None
    click.echo(f"wrote {file}")
    click.echo("Next: fill in the values marked FILL IN (the comments give examples), then run")
    click.echo(
        f"  laborclause generate forced-labor-clauses --data {file} -o forced-labor-clauses.docx"
    )
    click.echo(
        "  (other kinds: code-of-conduct, training-acknowledgement, social-compliance-program)"
    )


@click.group()
def clauses() -> None:
    """Browse the clause library.

    \b
    Example:
      laborclause clauses list
      laborclause clauses show audit-rights
    """


@clauses.command("list")
def clauses_list() -> None:
    """List every clause: id, title, obligations covered and document kinds.

    \b
    Example:
      laborclause clauses list
    """
    from generator.clause_library import load_library

    rows = [
        (c.id, c.title, ", ".join(c.obligations) or "-", ", ".join(c.texts))
        for c in load_library().clauses
    ]
    header = ("ID", "TITLE", "OBLIGATIONS", "KINDS")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        click.echo(
            "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:3])) + "  " + row[3]
        )


@clauses.command("show")
@click.argument("clause_id", metavar="ID")
@click.option(
    "--kind", type=click.Choice(KINDS), default=None, help="Show only this document kind's text."
)
@click.option(
    "--variant", type=click.Choice(["balanced", "strict"]), default="balanced", show_default=True
)
def clauses_show(clause_id: str, kind: str | None, variant: str) -> None:
    """Show one clause rendered for the sample company, with its citations.

    \b
    Example:
      laborclause clauses show audit-rights --kind forced-labor-clauses
    """
    from generator.clause_library import load_library
    from generator.context import clause_context

    clause = load_library().get(clause_id)
    if kind is not None and kind not in clause.texts:
        raise LaborclauseError(
            f"clause {clause_id} has no text for {kind}; it has: {', '.join(clause.texts)}"
        )
    click.echo(f"{clause.id}: {clause.title}")
    click.echo(f"obligations: {', '.join(clause.obligations) or '-'}")
    click.echo(
        f"styles: {', '.join(clause.styles) or 'all'}; "
        f"jurisdictions: {', '.join(clause.jurisdictions) or 'all'}"
    )
    for citation in clause.citations:
        click.echo(f"cites: {citation}")
    data = sample_data()
    for text_kind in [kind] if kind else list(clause.texts):
        click.echo(
            f"\n[{text_kind} / {variant if variant in clause.texts[text_kind] else 'balanced'}]"
        )  # type: ignore[index]
        click.echo(clause.render(text_kind, variant, clause_context(text_kind, data)))


# generator.convert (B2's module) names its click command `convert`; `convert_command` is the
# name the team brief uses, so either is accepted.
convert_command: click.Command = (
    getattr(convert_module, "convert_command", None) or convert_module.convert
)

COMMANDS: list[click.Command] = [generate, demo, init_data, clauses, convert_command, amend]
