"""Fixtures shared by the domain tests."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest


@pytest.fixture
def machine_in_rome(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's local zone set to Europe/Rome for the test (restored after)."""
    if not hasattr(time, "tzset"):
        pytest.skip("the zone can be changed only where time.tzset exists")  # hygiene: not on Windows
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    try:
        # the zone must really be in force (without zone data TZ falls back to UTC silently)
        if dt.datetime(2027, 1, 1, 8, 0).astimezone().utcoffset() != dt.timedelta(hours=1):
            pytest.skip("no zone data for Europe/Rome")  # hygiene: a machine without tzdata
        yield
    finally:
        monkeypatch.undo()
        time.tzset()
