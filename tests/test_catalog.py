"""The project's catalog is the spec's catalog: same ids, same order, same levels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from laborclause import load_catalog

SPEC = Path(__file__).resolve().parents[2] / "shared" / "spec" / "obligations.md"


def test_catalog_has_24_obligations_in_seven_themes() -> None:
    catalog = load_catalog()
    assert len(catalog.ids) == 24
    assert len(catalog.themes) == 7
    assert {o.theme for o in catalog.obligations} == {t.id for t in catalog.themes}
    assert [o.id for o in catalog.obligations if o.binds == "buyer"] == ["responsible-purchasing"]


@pytest.mark.skipif(not SPEC.exists(), reason="shared/spec/obligations.md not present")
def test_catalog_matches_spec() -> None:
    text = SPEC.read_text(encoding="utf-8")
    required_part = text.split("## Required")[1].split("## Recommended")[0]
    spec_ids = re.findall(r"^\| `([a-z-]+)` \|", text, re.M)
    required = set(re.findall(r"^\| `([a-z-]+)` \|", required_part, re.M))
    catalog = load_catalog()
    assert catalog.ids == spec_ids
    for obligation in catalog.obligations:
        expected = "required" if obligation.id in required else "recommended"
        assert obligation.level == expected, obligation.id
