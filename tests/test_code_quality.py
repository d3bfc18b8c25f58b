"""Project hygiene: ruff is clean, every command has help with an example and is in the
README, and the commands and options the shared interface fixes exist."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from cli import cli

INTERFACES = Path("/work/shared/spec/interfaces.md")


def commands(
    group: click.Group = cli, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, click.Command]]:
    """Every command and sub-command as ("clauses show", command)."""
    for name, command in sorted(group.commands.items()):
        yield " ".join((*path, name)), command
        if isinstance(command, click.Group):
            yield from commands(command, (*path, name))


COMMANDS = dict(commands())


@pytest.fixture(scope="module")
def root(request: pytest.FixtureRequest) -> Path:
    return Path(request.config.rootpath)


def test_ruff_check_is_clean(root: Path) -> None:
    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed")
    result = subprocess.run(
        [ruff, "check", "--output-format", "concise", "."],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_walk_finds_every_command() -> None:
    assert {"generate", "analyze", "amend", "clauses list", "playbooks show"} <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_help_has_an_example(name: str) -> None:
    help_text = COMMANDS[name].help or ""
    assert help_text.strip(), f"`laborclause {name}` has no help text"
    example = help_text.split("Example", 1)
    assert len(example) == 2, f"`laborclause {name}` help has no Example section"
    lines = [line.strip() for line in example[1].splitlines()]
    assert any(line.startswith(f"laborclause {name}") for line in lines), (
        f"`laborclause {name}` help gives no example running it"
    )


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_is_in_the_readme(root: Path, name: str) -> None:
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"laborclause {re.escape(name)}(?![\w-])", readme), (
        f"README.md never mentions `laborclause {name}`"
    )


def readme_command_lines(readme: str) -> list[str]:
    """The `laborclause ...` lines of the README's code blocks and inline code, continuation
    lines joined and comments dropped."""
    blocks = re.findall(r"```[a-z]*\n(.*?)```", readme, re.S)
    inline = re.findall(r"(?<!`)`(laborclause [^`]+)`", readme)
    lines = []
    for text in [*blocks, *inline]:
        for line in text.replace("\\\n", " ").splitlines():
            line = re.sub(r"\s+#.*$", "", line.strip())
            if line.startswith("laborclause "):
                lines.append(line.removeprefix("laborclause "))
    return lines


def test_readme_command_lines_name_real_commands_and_options(root: Path) -> None:
    lines = readme_command_lines((root / "README.md").read_text(encoding="utf-8"))
    assert len(lines) >= 15, lines
    for line in lines:
        words = shlex.split(line.replace("[", " ").replace("]", " ").replace("|", " "))
        name = words[0]
        if len(words) > 1 and f"{name} {words[1]}" in COMMANDS:
            name = f"{name} {words[1]}"
        assert name in COMMANDS, f"README.md runs `laborclause {line}`: no such command"
        command = COMMANDS[name]
        options = {"-h", "--help"} | {
            opt for param in command.params for opt in (*param.opts, *param.secondary_opts)
        }
        for word in words:
            if word.startswith("-") and not re.fullmatch(r"-\d+", word):
                assert word.split("=")[0] in options, f"`laborclause {name}` has no {word}"


def interface_lines() -> list[str]:
    """The command lines of the Command table of interfaces.md (without `laborclause`)."""
    if not INTERFACES.is_file():
        return []
    lines = []
    for row in INTERFACES.read_text(encoding="utf-8").splitlines():
        cells = row.split(" | ")
        if not row.startswith("| `") or len(cells) < 2:
            continue
        for code in re.findall(r"`([^`]+)`", cells[0].removeprefix("| ")):
            lines.append(code.removeprefix("laborclause ").replace("\\|", "|"))
    return lines


@pytest.mark.skipif(not INTERFACES.is_file(), reason="the shared interface spec is absent")
def test_interface_commands_and_options_exist() -> None:
    lines = interface_lines()
    assert len(lines) >= 8, lines
    for line in lines:
        words = line.split()
        name = words[0]
        if len(words) > 1 and f"{name} {words[1]}" in COMMANDS:
            name = f"{name} {words[1]}"
        assert name in COMMANDS, f"interfaces.md names `laborclause {line}`: no such command"
        options = {opt for param in COMMANDS[name].params for opt in param.opts}
        for option in re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", line):
            assert option in options, f"`laborclause {name}` has no {option} ({line})"


@pytest.mark.skipif(not INTERFACES.is_file(), reason="the shared interface spec is absent")
def test_interface_kinds_and_formats_are_accepted() -> None:
    text = INTERFACES.read_text(encoding="utf-8")
    kind = next(p for p in COMMANDS["generate"].params if p.name == "kind")
    assert isinstance(kind.type, click.Choice)
    kinds_line = next(line for line in text.splitlines() if line.startswith("KIND is"))
    for listed in re.findall(r"`([a-z-]+)`", kinds_line):
        assert listed in kind.type.choices, listed
    for line in interface_lines():
        for command, values in re.findall(r"^(\w+) .*--format ([\w|]+)", line):
            fmt = next(p for p in COMMANDS[command].params if "--format" in p.opts)
            assert isinstance(fmt.type, click.Choice)
            assert set(values.split("|")) <= set(fmt.type.choices), (command, values)
