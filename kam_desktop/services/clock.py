"""Today's date and the current UTC time, in one replaceable place (tests pin them)."""

from __future__ import annotations

import datetime as dt

_fixed_today: dt.date | None = None


def today() -> dt.date:
    return _fixed_today or dt.date.today()


def utcnow() -> dt.datetime:
    """Naive UTC timestamp (the database stores UTC without an offset)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def pin_today(value: dt.date | None) -> None:
    global _fixed_today
    _fixed_today = value
