"""The `laborclause` command: a thin click layer over the generator and analyzer packages.

Errors are turned into exit codes in one place (`LaborclauseGroup.invoke`): a user error
prints one line naming the file and the problem and exits 2; `--fail-on` exits 1.
"""

from __future__ import annotations

import io
import os
import sys

import click

from laborclause import __version__
from laborclause.errors import LaborclauseError


class LaborclauseGroup(click.Group):
    """Maps domain errors to one-line messages and exit codes, never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except LaborclauseError as exc:
            click.echo(f"laborclause: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            _silence_stdout()  # the reader (`| head`) has gone: stop quietly, like other tools
            ctx.exit(141)
        except KeyboardInterrupt:
            click.echo("laborclause: interrupted", err=True)
            ctx.exit(130)
        except Exception as exc:  # noqa: BLE001 - last line of defence against tracebacks
            if os.environ.get("LABORCLAUSE_DEBUG"):
                raise
            click.echo(
                f"laborclause: internal error: {type(exc).__name__}: {exc} "
                "(set LABORCLAUSE_DEBUG=1 for a traceback)",
                err=True,
            )
            ctx.exit(2)
        return None


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so flushing it at exit raises no second BrokenPipeError."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # not a real file (tests capture output); nothing is flushed to a pipe then


@click.group(cls=LaborclauseGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="laborclause")
def cli() -> None:
    """Generate and check forced-labor compliance documents (CTPAT social compliance).

    \b
    Start with:  laborclause demo -o out/
    Check:       laborclause analyze contracts/ --format table
    """


def _register() -> None:
    from analyzer.commands import COMMANDS as ANALYZER_COMMANDS
    from generator.commands import COMMANDS as GENERATOR_COMMANDS

    for command in (*GENERATOR_COMMANDS, *ANALYZER_COMMANDS):
        cli.add_command(command)


_register()


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv if argv is not None else sys.argv[1:], prog_name="laborclause")


if __name__ == "__main__":
    main()
