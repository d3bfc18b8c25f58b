"""The `amend` command: an amendment that closes exactly the gaps `analyze` finds."""

from __future__ import annotations

from pathlib import Path

import click

from generator.render import FORMATS as AMEND_FORMATS
from laborclause.cli_options import batch_options, data_option, output_option
from laborclause.errors import DocumentError, LaborclauseError

LEVEL_WORDS = {"required": "required", "recommended": "required and recommended"}


def _format(fmt: str | None, out: Path) -> str:
    if fmt:
        return fmt
    suffix = out.suffix.lower().lstrip(".")
    return suffix if suffix in AMEND_FORMATS else "docx"


def _describe(result: dict[str, object]) -> str:
    clauses = result["clauses"]
    assert isinstance(clauses, list)
    parts = [f"{len(clauses)} clause{'s' if len(clauses) != 1 else ''} ({', '.join(clauses)})"]
    supersedes = result["supersedes"]
    if supersedes:
        assert isinstance(supersedes, list)
        listed = (
            supersedes[0]
            if len(supersedes) == 1
            else ", ".join(supersedes[:-1]) + " and " + supersedes[-1]
        )
        parts.append(
            f"supersedes section{'s' if len(supersedes) > 1 else ''} {listed} of the contract"
        )
    return "; ".join(parts)


@click.command("amend")
@click.argument("contract", metavar="CONTRACT|FOLDER", type=click.Path(path_type=Path))
@data_option
@output_option("The amendment file, or a folder for a FOLDER of contracts.", required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(AMEND_FORMATS),
    default=None,
    help="docx, pdf, md, or html (a redline view per gap)  [default: the -o suffix, else docx]",
)
@click.option(
    "--from-report",
    "report",
    type=click.Path(path_type=Path),
    default=None,
    help="Use a saved `analyze --format json` (or jsonl) report instead of analyzing again.",
)
@click.option(
    "--level",
    type=click.Choice(["required", "recommended"]),
    default="recommended",
    show_default=True,
    help="required: close only gaps in required obligations; recommended: both levels.",
)
@click.option(
    "--agreement-title",
    default=None,
    help="Title of the amended agreement (default: read from the contract).",
)
@click.option(
    "--agreement-date",
    default=None,
    help="Date of the amended agreement (default: read from the contract).",
)
@click.option(
    "--supplier",
    default=None,
    help="The supplier's legal name (default: read from the contract's preamble).",
)
@click.option(
    "--redline",
    type=click.Path(path_type=Path),
    default=None,
    help="Also write the DOCX contract with the changes tracked (a folder for FOLDER).",
)
@click.option(
    "--playbook",
    "-p",
    metavar="ID|FILE",
    default=None,
    help="Playbook to analyze with  [default: ctpat-forced-labor]",
)
@batch_options
@click.pass_context
def amend(
    ctx: click.Context,
    contract: Path,
    data_path: Path,
    out: Path,
    fmt: str | None,
    report: Path | None,
    level: str,
    agreement_title: str | None,
    agreement_date: str | None,
    supplier: str | None,
    redline: Path | None,
    playbook: str | None,
    workers: int,
    scheduler: str | None,
) -> None:
    """Write an amendment that adds the library clause for every obligation CONTRACT
    lacks and replaces every one it only hedges, leaving alone what it already binds.

    The amendment names the agreement and its parties as the contract does, defines only
    the terms it uses, says which sections it supersedes, and ends with a signature block.
    A contract with no gaps gets no amendment (exit 0). A FOLDER gets one amendment per
    contract with gaps in -o DIR, and DIR/summary.csv; unreadable contracts are reported
    and skipped (exit 2 once the others are written).

    \b
    Example:
      laborclause amend supplier.docx --data company.yaml -o amendment-1.docx \\
          --redline supplier-redline.docx
      laborclause amend contracts/ --data company.yaml -o amendments/ --level required
      laborclause analyze supplier.docx --with amendment-1.docx
    """
    from generator.amend_run import AmendTask, amend_contract
    from generator.data_model import load_data

    load_data(data_path)  # a bad data file stops here, not once per contract
    if report is not None and not report.is_file():
        raise LaborclauseError("--from-report: no such file", path=report)
    if not contract.exists():
        raise DocumentError("no such file or folder", path=contract)
    if redline is not None and contract.is_file() and contract.suffix.lower() != ".docx":
        raise DocumentError(
            "--redline needs a DOCX contract (tracked changes are a Word feature)", path=contract
        )
    template = AmendTask(
        contract=str(contract),
        data=str(data_path),
        out=str(out),
        fmt=_format(fmt, out) if contract.is_file() else (fmt or "docx"),
        level=level,
        report=str(report) if report else None,
        title=agreement_title,
        date=agreement_date,
        supplier=supplier,
        redline=str(redline) if redline else None,
        playbook=playbook,
    )
    if contract.is_dir():
        from generator.amend_batch import amend_folder

        code = amend_folder(
            contract,
            out,
            template,
            redline_dir=redline,
            workers=workers,
            scheduler=scheduler,
            echo=click.echo,
            error=lambda line: click.echo(line, err=True),
        )
        ctx.exit(code)
    result = amend_contract(template)
    if result["amendment"] is None and result["unfilled"]:
        click.echo(
            f"no amendment written: {contract} lacks {', '.join(result['unfilled'])}, "
            "which no library clause fills"
        )
        return
    if result["amendment"] is None:
        click.echo(
            f"no gaps: {contract} has every {LEVEL_WORDS[level]} "
            "obligation present; no amendment written"
        )
        return
    click.echo(f"wrote {result['amendment']}: {_describe(result)}")
    if result["redline"]:
        click.echo(f"wrote {result['redline']}: the contract with these changes tracked")
    if result["unfilled"]:
        click.echo(f"note: no library clause fills {', '.join(result['unfilled'])}", err=True)
    if not result["supplier_named"]:
        click.echo(
            "note: the supplier's legal name was not found in the contract; pass --supplier NAME",
            err=True,
        )
