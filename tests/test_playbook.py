"""Playbooks: the bundled default, user playbooks that extend it, and validation errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.engine import analyze_document, document_from_text
from analyzer.playbook import DEFAULT_PLAYBOOK, list_playbooks, load_playbook
from laborclause.catalog import load_catalog
from laborclause.errors import PlaybookError


def test_default_has_catalog_ids_in_order() -> None:
    playbook = load_playbook()
    assert playbook.id == DEFAULT_PLAYBOOK == "ctpat-forced-labor"
    assert playbook.ids == load_catalog().ids
    assert len(playbook.ids) == 24
    assert load_playbook("ctpat-forced-labor").ids == playbook.ids
    catalog = load_catalog()
    for ob in playbook.obligations:
        assert ob.level == catalog.get(ob.id).level
        assert ob.theme == catalog.get(ob.id).theme
        assert ob.clause == ob.id
        assert ob.rules.signals


def test_list_playbooks_starts_with_default() -> None:
    assert list_playbooks()[0].id == DEFAULT_PLAYBOOK


def _write(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_playbook_extends_drops_overrides_and_adds(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
id: apparel-buyer
version: "2"
extends: ctpat-forced-labor
drop: [responsible-purchasing, indemnification]
obligations:
  - id: child-labor
    level: required
    clause: child-labor
  - id: living-wage
    level: recommended
    theme: recruitment
    title: Living wage
    rules:
      signals:
        - id: living-wage
          all: [wage]
          reason: the supplier pays a living wage
      terms:
        wage:
          phrases: [living wage]
""",
    )
    playbook = load_playbook(path)
    assert playbook.meta() == {"id": "apparel-buyer", "version": "2"}
    assert "responsible-purchasing" not in playbook.ids and "indemnification" not in playbook.ids
    assert playbook.ids[-1] == "living-wage"
    assert len(playbook.ids) == 23
    child = next(o for o in playbook.obligations if o.id == "child-labor")
    assert child.level == "required"
    text = (
        'SUPPLY AGREEMENT\n\nBetween Acme Inc. ("Buyer") and Bolt Ltd. ("Supplier").\n\n'
        "Supplier shall pay every worker a living wage."
    )
    analysis = analyze_document(document_from_text(text), playbook)
    assert [f.obligation for f in analysis.findings] == playbook.ids
    assert analysis.findings[-1].status == "present"
    assert analysis.playbook == {"id": "apparel-buyer", "version": "2"}


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (
            "id: x\nobligations:\n  - id: audit-rights\n    level: mandatory\n",
            "obligation 'audit-rights', field obligations.0.level",
        ),
        (
            "id: x\nobligations:\n  - id: audit-rights\n    colour: red\n",
            "obligation 'audit-rights', field obligations.0.colour",
        ),
        (
            "id: x\nobligations:\n  - id: new-thing\n    level: required\n",
            "obligation 'new-thing', field theme",
        ),
        (
            "id: x\nobligations:\n  - id: new-thing\n    level: required\n    theme: monitoring\n",
            "obligation 'new-thing', field rules",
        ),
        (
            "id: x\nextends: ctpat-forced-labor\ndrop: [no-such-id]\n",
            "obligation 'no-such-id', field drop",
        ),
        ("id: x\nextends: nowhere\n", "field extends"),
        (
            "id: x\nobligations:\n  - id: y\n    level: required\n    theme: monitoring\n"
            "    rules:\n      signals:\n        - id: s\n"
            "          all: [no-group]\n          reason: r\n",
            "obligation 'y', field signals.s.all: unknown term group 'no-group'",
        ),
        (
            "id: x\nobligations:\n  - id: y\n    level: required\n    theme: monitoring\n"
            "    rules:\n      terms:\n        g:\n          patterns:\n"
            "            - [{LOWER: a}, {OP: '{,30}'}, {LOWER: b}]\n",
            "a gap may span at most 16 tokens",
        ),
        ("id: x\nobligations: [\n", "not valid YAML"),
    ],
)
def test_validation_errors_name_file_id_and_field(tmp_path: Path, body: str, needle: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(PlaybookError) as info:
        load_playbook(path)
    message = str(info.value)
    assert str(path) in message
    assert needle in message
    assert "\n" not in message


def test_unknown_bundled_playbook() -> None:
    with pytest.raises(PlaybookError, match="no bundled playbook 'nope'"):
        load_playbook("nope")


def test_missing_file() -> None:
    with pytest.raises(PlaybookError, match="playbook file not found"):
        load_playbook("does/not/exist.yaml")
