"""The calendar export: two mutants of issue 12's fourth breadth measurement that it counted as
killed only because mutmut's time limit fired (the module's tests pass with them):
`importers.calendar.calendar_events` #12 (the id tie-break of the meetings' order dropped) and
`ics_bytes` #1 (internal notes included by default)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from kam_desktop.services import clock
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.importers.calendar import calendar_events, ics_bytes
from kam_desktop.services.interactions import InteractionInput, save_interaction
from kam_desktop.store.database import Database


@pytest.fixture
def today() -> Iterator[None]:
    clock.pin_today(dt.date(2027, 3, 20))
    yield
    clock.pin_today(None)


def _meet(db: Database, account: int, day: str, time: str, subject: str, **kw: str) -> None:
    save_interaction(
        db, account, InteractionInput(on_date=day, kind="meeting", start_time=time, subject=subject, **kw)
    )


def test_meetings_at_the_same_hour_come_in_the_order_they_were_entered(db: Database, today: None) -> None:
    """By day, then time, then in the order entered - even when the later meeting's account was
    made first (without the tie-break SQLite hands them over as it reads them through the
    (account, day) index: the earlier account's meeting first)."""
    alpha = create_account(db, AccountInput(name="Alpha")).id
    beta = create_account(db, AccountInput(name="Beta")).id
    _meet(db, beta, "2027-03-22", "10:30", "Entered first")
    _meet(db, alpha, "2027-03-22", "10:30", "Entered second")
    _meet(db, alpha, "2027-03-22", "09:00", "Earlier hour")
    _meet(db, beta, "2027-03-21", "15:00", "Earlier day")
    _meet(db, beta, "2027-03-22", "10:30", "Entered third")
    assert [(e.summary, e.day, e.start) for e in calendar_events(db)] == [
        ("Earlier day – Beta", dt.date(2027, 3, 21), dt.time(15, 0)),
        ("Earlier hour – Alpha", dt.date(2027, 3, 22), dt.time(9, 0)),
        ("Entered first – Beta", dt.date(2027, 3, 22), dt.time(10, 30)),
        ("Entered second – Alpha", dt.date(2027, 3, 22), dt.time(10, 30)),
        ("Entered third – Beta", dt.date(2027, 3, 22), dt.time(10, 30)),
    ]


def test_the_ics_leaves_internal_notes_out_unless_asked(db: Database, today: None) -> None:
    """Summaries and next steps are internal working text: `ics_bytes` leaves them out unless
    `include_notes` is given."""
    alpha = create_account(db, AccountInput(name="Alpha")).id
    _meet(db, alpha, "2027-03-22", "10:30", "Review", summary="They may switch.", next_steps="Call Anna")
    _data, events, _tz = ics_bytes(db, tz_name="Europe/Rome")
    assert [e.description for e in events] == ["Account: Alpha\nKind: Meeting"]
    _data, events, _tz = ics_bytes(db, tz_name="Europe/Rome", include_notes=True)
    assert [e.description for e in events] == [
        "Account: Alpha\nKind: Meeting\n\nSummary:\nThey may switch.\n\nNext steps:\nCall Anna"
    ]
