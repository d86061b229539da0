"""How the meeting brief shortens long text (issue 12, module-wide): spaces folded, text up to the
limit kept whole, longer text cut at the last space (unless that would leave under a third),
trailing punctuation dropped, an ellipsis added; and the objectives' dates in the user's language."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest

from kam_desktop.domain.enums import GrowthFocus
from kam_desktop.services import clock, meeting
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.services.phase35_factory import TODAY, World, build


def _plain(value: object) -> str:
    """An ASCII test id (mutmut names each test on pytest's command line)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", str(value))[:40]


@pytest.mark.parametrize(
    ("text", "limit", "clipped"),
    [
        ("", 10, ""),
        ("  a \n b\t c  ", 10, "a b c"),
        ("abcdefghij", 10, "abcdefghij"),  # exactly the limit: whole
        ("abcdefghijk", 10, "abcdefghi…"),  # one over: one word, cut inside it
        ("abc defghijk", 10, "abc…"),  # cut at the last space
        ("ab defghijkl", 10, "ab defghi…"),  # the last space is before a third: cut inside the word
        ("abc defgh ijk", 10, "abc defgh…"),  # the cut falls on a space: the word is whole
        ("abcdefgh ijk", 10, "abcdefgh…"),
        ("abc, de; fghij", 10, "abc, de…"),  # ';' before the cut is dropped
        ("abcdefg.- hij", 10, "abcdefg…"),
        ("abcdef–, xyz", 10, "abcdef…"),
        ("abcdefgh:ijk", 10, "abcdefgh…"),  # ':' just before the cut
    ],
    ids=_plain,
)
def test_clip(text: str, limit: int, clipped: str) -> None:
    assert meeting._clip(text, limit) == clipped


def test_clip_keeps_220_characters_by_default() -> None:
    word = "abcd "
    exact = word * 43 + "abcde"  # 220 characters
    assert meeting._clip(exact) == exact
    assert meeting._clip(exact + "f") == (word * 43).strip() + "…"
    long = "x" * 300
    assert meeting._clip(long) == "x" * 219 + "…"


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    clock.pin_today(TODAY)
    yield build(db)
    clock.pin_today(None)


def test_objectives_as_the_brief_writes_them(db: Database, world: World) -> None:
    with db.session() as s:
        s.add_all(
            [
                m.Objective(
                    plan_id=world.plan_id,
                    growth_focus=GrowthFocus.PROTECTION.value,
                    description="Keep depot",
                    measurable_target="",
                    due_date=dt.date(2027, 3, 1),
                ),
                m.Objective(
                    plan_id=world.plan_id,
                    growth_focus=GrowthFocus.PROTECTION.value,
                    description="Gone",
                    deleted_at=dt.datetime(2026, 1, 1),
                ),
            ]
        )
    assert meeting.build_brief(db, world.account_id).objectives == (
        "Expansion: Sell maintenance",
        "Penetration: Open IT — First order (by Feb 24, 2027)",
        "Protection: Keep depot (by Mar 1, 2027)",
    )


def test_objectives_in_italian(db: Database, world: World, italian: None) -> None:
    assert meeting.build_brief(db, world.account_id).objectives == (
        "Espansione: Sell maintenance",
        "Penetrazione: Open IT — First order (entro il 24 feb 2027)",
    )
