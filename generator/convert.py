"""`laborclause convert`: DOCX files and folders to PDF in one LibreOffice run."""

from __future__ import annotations

from pathlib import Path

import click

from generator.pdf import convert_collecting
from laborclause.errors import ConversionError


def collect_jobs(paths: tuple[Path, ...], out_dir: Path | None) -> list[tuple[Path, Path]]:
    """(source DOCX, target PDF) pairs in argument order; folders are walked (sorted).

    Without `out_dir` each PDF goes next to its DOCX; with it, files from a folder keep
    their path relative to that folder, so same-named files in sub-folders don't collide.
    """
    jobs: list[tuple[Path, Path]] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() == ".docx"
                and p.is_file()
                and not p.name.startswith("~$")  # Word's lock files
            )
            if not found:
                raise ConversionError("no .docx files in this folder", path=path)
            for source in found:
                relative = source.relative_to(path).with_suffix(".pdf")
                jobs.append(
                    (source, (out_dir / relative) if out_dir else source.with_suffix(".pdf"))
                )
        elif path.is_file():
            if path.suffix.lower() != ".docx":
                raise ConversionError("not a .docx file (convert takes Word documents)", path=path)
            target_dir = out_dir if out_dir else path.parent
            jobs.append((path, target_dir / (path.stem + ".pdf")))
        else:
            raise ConversionError("no such file or folder", path=path)
    return jobs


@click.command("convert")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--to",
    "target_format",
    type=click.Choice(["pdf"]),
    default="pdf",
    show_default=True,
    help="Output format.",
)
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the PDFs (default: next to each DOCX).",
)
def convert(paths: tuple[Path, ...], target_format: str, out_dir: Path | None) -> None:
    """Convert DOCX files (or folders of them) to PDF with LibreOffice, all in one run.

    \b
    Example:
      laborclause convert out/*.docx --to pdf -o pdf/
    """
    jobs = collect_jobs(paths, out_dir)
    written, failed, detail = convert_collecting(
        [source for source, _ in jobs], [target for _, target in jobs]
    )
    for pdf in written:
        click.echo(f"wrote {pdf}")
    if failed:
        more = f" (and {len(failed) - 1} more)" if len(failed) > 1 else ""
        raise ConversionError(
            f"LibreOffice could not convert it to PDF{more}{detail}", path=failed[0]
        )
    noun = "file" if len(written) == 1 else "files"
    click.echo(f"converted {len(written)} {noun} to {target_format}", err=True)
