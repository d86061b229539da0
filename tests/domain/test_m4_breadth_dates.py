"""Dates (fourth mutation measurement, issue 12): a stored timestamp is naive UTC, so its local
calendar date on a machine outside UTC is the UTC instant moved into the machine's zone - never
the naive clock reading taken as local time (on a machine on UTC both agree)."""

from __future__ import annotations

import datetime as dt

import pytest

from kam_desktop.domain import dates


@pytest.mark.usefixtures("machine_in_rome")
def test_a_late_evening_utc_timestamp_is_the_next_day_on_a_machine_in_rome() -> None:
    stored = dt.datetime(2026, 11, 26, 23, 30)  # naive UTC, as stored: 00:30 on the 27th in Rome
    assert dates.local_date(stored) == dt.date(2026, 11, 27)
    assert dates.local_date(dt.datetime(2026, 11, 26, 22, 59)) == dt.date(2026, 11, 26)
    # summer time: UTC+2 from 22:00 UTC
    assert dates.local_date(dt.datetime(2027, 6, 30, 22, 0)) == dt.date(2027, 7, 1)
    assert dates.local_date(dt.datetime(2027, 6, 30, 21, 59)) == dt.date(2027, 6, 30)
