"""`laborclause playbooks list|show` and a user playbook used by `analyze`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from cli import cli
from laborclause import load_catalog


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def user_playbook(tmp_path: Path) -> Path:
    path = tmp_path / "lean.yaml"
    path.write_text(
        "id: lean-check\nversion: '3'\ntitle: Lean check\nextends: ctpat-forced-labor\n"
        "drop: [indemnification]\n",
        encoding="utf-8",
    )
    return path


def test_list_names_the_default_first() -> None:
    result = run("playbooks", "list")
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0].split()
    assert first[:4] == ["ctpat-forced-labor", "v1", str(len(load_catalog().ids)), "obligations"]


def test_show_groups_every_obligation_under_the_themes_in_order() -> None:
    result = run("playbooks", "show", "ctpat-forced-labor")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ctpat-forced-labor v1: ")
    catalog = load_catalog()
    headings = [line for line in lines[1:] if line and not line.startswith(" ")]
    assert headings == [t.title for t in catalog.themes]
    rows = {line.split()[0]: line.split()[1] for line in lines if line.startswith("  ")}
    assert rows == {o.id: o.level for o in catalog.obligations}


def test_show_a_user_playbook_file(tmp_path: Path) -> None:
    result = run("playbooks", "show", str(user_playbook(tmp_path)))
    assert result.exit_code == 0
    assert result.stdout.startswith("lean-check v3: Lean check\n")
    assert "indemnification" not in result.stdout and "audit-rights" in result.stdout


def test_show_unknown_playbook_is_one_line_exit_2() -> None:
    result = run("playbooks", "show", "no-such-book")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("laborclause: error: no-such-book: no bundled playbook")
    assert len(result.stderr.splitlines()) == 1


def test_invalid_playbook_file_names_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\nobligations:\n  - id: audit-rights\n    levle: required\n")
    result = run("playbooks", "show", str(bad))
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"laborclause: error: {bad}: ") and "levle" in result.stderr


def test_analyze_with_a_user_playbook(tmp_path: Path) -> None:
    contract = tmp_path / "c.txt"
    contract.write_text("1. Labor. Supplier shall not use forced or prison labor.\n")
    result = run(
        "analyze",
        str(contract),
        "--playbook",
        str(user_playbook(tmp_path)),
        "-f",
        "jsonl",
        "-j",
        "1",
    )
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert row["playbook"] == {"id": "lean-check", "version": "3"}
    assert [f["obligation"] for f in row["findings"]] == [
        i for i in load_catalog().ids if i != "indemnification"
    ]
