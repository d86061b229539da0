"""Talking points and brief lines that embed a right-to-left user value keep the sentence in
order, in the windows (Qt lays out the isolates) and in the brief PDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kam_desktop.domain.bidi import FSI, PDI
from kam_desktop.services import clock, meeting
from kam_desktop.services.export import export_brief_pdf
from kam_desktop.store.database import Database
from kam_desktop.store.models import ValueProposition
from tests.report.test_pdf_numbers_and_bidi import layout_lines, logical
from tests.services.phase35_factory import TODAY, World, build

TITLE = "خفض التكلفة"


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    clock.pin_today(TODAY)
    w = build(db)
    with db.session() as s:
        s.add(ValueProposition(plan_id=w.plan_id, title=TITLE, quantified_value="1.400 EUR l'anno"))
    yield w
    clock.pin_today(None)


def test_the_case_keeps_its_value_after_the_title(db: Database, world: World, tmp_path: Path) -> None:
    brief = meeting.build_brief(db, world.account_id)
    assert brief.talking_points[0] == f"Make the case “{FSI}{TITLE}{PDI}” — 1.400 EUR l'anno"
    out = tmp_path / "brief.pdf"
    export_brief_pdf(db, world.account_id, out, language="en")
    lines = [logical(line) for line in layout_lines(out)]
    assert any(f"Make the case “{TITLE}” — 1.400 EUR l'anno" in line for line in lines), lines
