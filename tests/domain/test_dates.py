"""Overdue / due-this-week rules, around midnight and across time zones."""

from __future__ import annotations

import datetime as dt

import pytest

from kam_desktop.domain import dates
from kam_desktop.domain.dates import Bucket
from kam_desktop.domain.enums import ActionStatus

THU = dt.date(2026, 11, 26)  # a Thursday


def test_due_today_is_not_overdue_until_the_next_day() -> None:
    assert not dates.is_overdue(THU, ActionStatus.PLANNED, today=THU)
    assert dates.is_overdue(THU, ActionStatus.PLANNED, today=THU + dt.timedelta(days=1))


@pytest.mark.parametrize("status", [ActionStatus.DONE, ActionStatus.CANCELLED])
def test_closed_actions_are_never_overdue(status: ActionStatus) -> None:
    assert not dates.is_overdue(THU - dt.timedelta(days=30), status, today=THU)


def test_blocked_actions_count_as_open() -> None:
    assert dates.is_overdue(THU - dt.timedelta(days=1), ActionStatus.BLOCKED, today=THU)


def test_week_runs_monday_to_sunday() -> None:
    monday, sunday = dates.week_bounds(THU)
    assert monday == dt.date(2026, 11, 23) and sunday == dt.date(2026, 11, 29)
    assert dates.week_bounds(sunday) == (monday, sunday)
    assert dates.week_bounds(monday) == (monday, sunday)


def test_due_this_week_excludes_overdue_and_next_week() -> None:
    assert dates.is_due_this_week(THU, ActionStatus.PLANNED, THU)
    assert dates.is_due_this_week(dt.date(2026, 11, 29), ActionStatus.IN_PROGRESS, THU)
    assert not dates.is_due_this_week(dt.date(2026, 11, 30), ActionStatus.PLANNED, THU)
    assert not dates.is_due_this_week(dt.date(2026, 11, 25), ActionStatus.PLANNED, THU)
    assert not dates.is_due_this_week(None, ActionStatus.PLANNED, THU)


def test_buckets() -> None:
    assert dates.bucket(THU - dt.timedelta(days=1), ActionStatus.PLANNED, THU) is Bucket.OVERDUE
    assert dates.bucket(THU, ActionStatus.PLANNED, THU) is Bucket.THIS_WEEK
    assert dates.bucket(THU + dt.timedelta(days=10), ActionStatus.PLANNED, THU) is Bucket.LATER
    assert dates.bucket(None, ActionStatus.PLANNED, THU) is Bucket.NO_DATE
    assert dates.bucket(None, ActionStatus.DONE, THU, completed_on=THU) is Bucket.DONE
    assert (
        dates.bucket(None, ActionStatus.DONE, THU, completed_on=THU - dt.timedelta(days=60)) is Bucket.CLOSED
    )
    assert dates.bucket(THU - dt.timedelta(days=9), ActionStatus.CANCELLED, THU) is Bucket.CLOSED


def test_local_date_of_a_utc_timestamp_depends_on_the_zone() -> None:
    late_utc = dt.datetime(2026, 11, 26, 23, 30)  # naive UTC, as stored
    rome = dt.timezone(dt.timedelta(hours=1))
    new_york = dt.timezone(dt.timedelta(hours=-5))
    assert dates.local_date(late_utc, dt.UTC) == dt.date(2026, 11, 26)
    assert dates.local_date(late_utc, rome) == dt.date(2026, 11, 27)
    early_utc = dt.datetime(2026, 11, 27, 2, 0)
    assert dates.local_date(early_utc, new_york) == dt.date(2026, 11, 26)


def test_a_task_due_on_the_26th_is_overdue_in_rome_but_not_yet_in_new_york() -> None:
    instant = dt.datetime(2026, 11, 26, 23, 30)  # the same moment everywhere
    due = dt.date(2026, 11, 26)
    rome_today = dates.local_date(instant, dt.timezone(dt.timedelta(hours=1)))
    ny_today = dates.local_date(instant, dt.timezone(dt.timedelta(hours=-5)))
    assert dates.is_overdue(due, ActionStatus.PLANNED, rome_today)
    assert not dates.is_overdue(due, ActionStatus.PLANNED, ny_today)


def test_relative_due() -> None:
    assert dates.relative_due(THU, THU) == "today"
    assert dates.relative_due(THU + dt.timedelta(days=1), THU) == "tomorrow"
    assert dates.relative_due(THU - dt.timedelta(days=3), THU) == "3 days overdue"
    assert dates.relative_due(None, THU) == "no date"
    assert dates.days_overdue(THU - dt.timedelta(days=2), THU) == 2


def test_done_stays_on_the_board_for_exactly_fourteen_days() -> None:
    assert dates.RECENTLY_DONE_DAYS == 14
    on_board = THU - dt.timedelta(days=14)
    gone = THU - dt.timedelta(days=15)
    assert dates.bucket(THU, ActionStatus.DONE, THU, completed_on=on_board) is Bucket.DONE
    assert dates.bucket(THU, ActionStatus.DONE, THU, completed_on=gone) is Bucket.CLOSED
    assert dates.bucket(THU, ActionStatus.DONE, THU, completed_on=None) is Bucket.DONE


@pytest.mark.parametrize("status", [ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED])
def test_open_buckets_at_the_week_boundary(status: ActionStatus) -> None:
    sunday, monday = dt.date(2026, 11, 29), dt.date(2026, 11, 30)
    assert dates.bucket(sunday, status, THU) is Bucket.THIS_WEEK
    assert dates.bucket(monday, status, THU) is Bucket.LATER
    assert dates.bucket(THU - dt.timedelta(days=1), status, THU) is Bucket.OVERDUE


@pytest.mark.parametrize(
    ("days", "text"),
    [(0, "today"), (1, "tomorrow"), (2, "in 2 days"), (5, "in 5 days"), (-1, "1 day overdue"),
     (-2, "2 days overdue")],
)  # fmt: skip
def test_relative_due_wording(days: int, text: str) -> None:
    assert dates.relative_due(THU + dt.timedelta(days=days), THU) == text


def test_days_overdue_is_never_negative() -> None:
    assert dates.days_overdue(THU + dt.timedelta(days=3), THU) == 0
    assert dates.days_overdue(THU, THU) == 0
    assert dates.days_overdue(THU - dt.timedelta(days=1), THU) == 1
    assert dates.days_overdue(None, THU) == 0


def test_bucket_labels() -> None:
    assert [b.label for b in Bucket] == ["Overdue", "Due this week", "Later", "No due date", "Done", "Closed"]


def test_local_date_of_an_aware_timestamp_keeps_its_instant() -> None:
    aware = dt.datetime(
        2026, 11, 26, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )  # 04:30 UTC on the 27th
    assert dates.local_date(aware, dt.UTC) == dt.date(2026, 11, 27)
