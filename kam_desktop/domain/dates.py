"""Date rules of the action board: overdue, due this week, recently done. No Qt, no SQL.

Due dates are calendar dates (no time, no zone): an action due on the 14th is due for the whole
of the 14th wherever the user is, and overdue from the first minute of the 15th *in the user's
local calendar*. Timestamps are stored as naive UTC; ``local_date`` turns one into the user's
calendar date before it is compared with a due date.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from kam_desktop.domain.enums import ActionStatus
from kam_desktop.i18n import fmt, translate

RECENTLY_DONE_DAYS = 14


class Bucket(StrEnum):
    """The columns of the action board."""

    OVERDUE = "overdue"
    THIS_WEEK = "this_week"
    LATER = "later"
    NO_DATE = "no_date"
    DONE = "done"
    CLOSED = "closed"  # cancelled, or done long ago: not on the board

    @property
    def label(self) -> str:
        return {
            "overdue": "Overdue",
            "this_week": "Due this week",
            "later": "Later",
            "no_date": "No due date",
            "done": "Done",
            "closed": "Closed",
        }[self.value]


def local_date(utc_timestamp: dt.datetime, tz: dt.tzinfo | None = None) -> dt.date:
    """The calendar date, in ``tz`` (default: the machine's zone), of a naive UTC timestamp."""
    aware = utc_timestamp.replace(tzinfo=dt.UTC) if utc_timestamp.tzinfo is None else utc_timestamp
    return aware.astimezone(tz).date()


def week_bounds(today: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the (ISO) week containing ``today``."""
    monday = today - dt.timedelta(days=today.weekday())
    return monday, monday + dt.timedelta(days=6)


def is_overdue(due: dt.date | None, status: ActionStatus, today: dt.date) -> bool:
    """Open and due before today (due today is not overdue yet)."""
    return due is not None and status.is_open and due < today


def is_due_this_week(due: dt.date | None, status: ActionStatus, today: dt.date) -> bool:
    """Open, not overdue, and due on or before this week's Sunday."""
    if due is None or not status.is_open or due < today:
        return False
    return due <= week_bounds(today)[1]


def days_overdue(due: dt.date | None, today: dt.date) -> int:
    return max(0, (today - due).days) if due is not None else 0


def bucket(
    due: dt.date | None,
    status: ActionStatus,
    today: dt.date,
    completed_on: dt.date | None = None,
) -> Bucket:
    """Where an action sits on the board today."""
    if status is ActionStatus.CANCELLED:
        return Bucket.CLOSED
    if status is ActionStatus.DONE:
        if completed_on is None or (today - completed_on).days <= RECENTLY_DONE_DAYS:
            return Bucket.DONE
        return Bucket.CLOSED
    if due is None:
        return Bucket.NO_DATE
    if is_overdue(due, status, today):
        return Bucket.OVERDUE
    if is_due_this_week(due, status, today):
        return Bucket.THIS_WEEK
    return Bucket.LATER


def relative_due(due: dt.date | None, today: dt.date) -> str:
    """'today', 'tomorrow', 'in 5 days', '3 days overdue' - short and human."""
    if due is None:
        return translate("Dates", "no date")
    delta = (due - today).days
    if delta == 0:
        return translate("Dates", "today")
    if delta == 1:
        return translate("Dates", "tomorrow")
    if delta == -1:
        return translate("Dates", "1 day overdue")
    # n >= 2 here: the one-day cases above have their own wording (no plural forms needed)
    if delta < 0:
        return fmt(translate("Dates", "%1 days overdue"), -delta)
    return fmt(translate("Dates", "in %1 days"), delta)
