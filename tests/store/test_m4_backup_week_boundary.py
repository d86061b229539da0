"""The day automatic backups of a week start being thinned to one (m4 survivor
``store.backup._week_bounds`` #5: the week taken to end on Monday, so the change came a day late)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kam_desktop.store.backup import DAILY_DAYS, BackupFile, backups_to_keep


def _auto(moment: dt.datetime) -> BackupFile:
    return BackupFile(Path(f"/b/{moment:%Y%m%d%H}.sqlite"), moment, "auto", 0)


def test_a_weeks_backups_become_one_the_day_after_its_sunday_leaves_the_daily_span() -> None:
    # the week Monday 23 Feb - Sunday 1 Mar 2026 (its month is February: its Thursday's)
    tuesday, thursday = _auto(dt.datetime(2026, 2, 24, 10)), _auto(dt.datetime(2026, 2, 26, 10))
    sunday = dt.date(2026, 3, 1)
    last_daily = sunday + dt.timedelta(days=DAILY_DAYS)  # the Sunday is still within the daily span
    keep = backups_to_keep([tuesday, thursday], dt.datetime.combine(last_daily, dt.time(12)))
    assert keep == {tuesday.path, thursday.path}  # one a day
    next_day = dt.datetime.combine(last_daily + dt.timedelta(days=1), dt.time(12))
    assert backups_to_keep([tuesday, thursday], next_day) == {thursday.path}  # the week's newest
