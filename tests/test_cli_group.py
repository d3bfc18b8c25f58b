"""`cli.LaborclauseGroup`: how errors of any command become exit codes and messages."""

from __future__ import annotations

import click
from click.testing import CliRunner

from cli import LaborclauseGroup
from laborclause.errors import DataError


def group_with(error: BaseException) -> click.Group:
    group = LaborclauseGroup(name="laborclause")

    @group.command()
    def fail() -> None:
        raise error

    return group


def test_a_closed_pipe_stops_quietly() -> None:
    result = CliRunner().invoke(group_with(BrokenPipeError(32, "Broken pipe")), ["fail"])
    assert (result.exit_code, result.output) == (141, "")


def test_a_user_error_is_one_line_and_exit_2() -> None:
    result = CliRunner().invoke(
        group_with(DataError("field 'x' is empty", path="c.yaml")), ["fail"]
    )
    assert result.exit_code == 2
    assert result.stderr == "laborclause: error: c.yaml: field 'x' is empty\n"


def test_an_unexpected_error_names_itself_without_a_traceback() -> None:
    result = CliRunner().invoke(group_with(ValueError("bad")), ["fail"])
    assert result.exit_code == 2
    assert result.stderr == (
        "laborclause: internal error: ValueError: bad (set LABORCLAUSE_DEBUG=1 for a traceback)\n"
    )
