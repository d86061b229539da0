"""Meetings and due dates as an iCalendar (RFC 5545) file. Pure: plain event values in, bytes out.

``icalendar`` does the format: 75-octet line folding, escaping of ``,`` ``;`` ``\\`` and line
breaks, CRLF line ends, and the VTIMEZONE of the zone the times are written in. A meeting with a
time is written in the user's time zone (``DTSTART;TZID=Europe/Rome:20270115T093000``), so a
calendar shows it at the hour it was planned wherever the laptop travels; one without a time,
and an action's due date, is an all-day item that does not block time. UIDs come from the
records, so importing a second export updates the same events instead of adding copies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kam_desktop.domain.errors import ValidationError
from kam_desktop.i18n import fmt, translate

PRODID = "-//KAM Desktop//Calendar export//EN"


@dataclass(frozen=True)
class Attendee:
    name: str
    email: str = ""


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    summary: str
    day: dt.date
    start: dt.time | None = None  # None: an all-day item
    duration: dt.timedelta = dt.timedelta(hours=1)
    location: str = ""
    description: str = ""
    attendees: tuple[Attendee, ...] = field(default_factory=tuple)
    categories: tuple[str, ...] = ()
    last_modified: dt.datetime | None = None  # naive UTC
    busy: bool = True


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            fmt(
                translate("Calendar", "\u201c%1\u201d is not a time zone (use a name like Europe/Rome)."),
                name,
            ),
            field="tz",
        ) from None


def build_calendar(events: Sequence[CalendarEvent], tz_name: str, *, now: dt.datetime) -> bytes:
    """The .ics bytes. ``now`` (aware or naive UTC) is the DTSTAMP of every event."""
    import icalendar

    tz = zone(tz_name)
    stamp = now if now.tzinfo is not None else now.replace(tzinfo=dt.UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", translate("Calendar", "KAM Desktop"))
    cal.add("x-wr-timezone", tz_name)
    for item in events:
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp.astimezone(dt.UTC))
        event.add("summary", item.summary)
        if item.start is None:
            event.add("dtstart", item.day)
            event.add("dtend", item.day + dt.timedelta(days=1))
        else:
            start = dt.datetime.combine(item.day, item.start, tzinfo=tz)
            event.add("dtstart", start)
            event.add("dtend", start + item.duration)
        event.add("transp", "OPAQUE" if item.busy and item.start is not None else "TRANSPARENT")
        if item.location:
            event.add("location", item.location)
        if item.description:
            event.add("description", item.description)
        if item.categories:
            event.add("categories", list(item.categories))
        if item.last_modified is not None:
            event.add("last-modified", item.last_modified.replace(tzinfo=dt.UTC))
        for person in item.attendees:
            if not person.email:
                continue
            attendee = icalendar.vCalAddress(f"mailto:{person.email}")
            attendee.params["cn"] = icalendar.vText(person.name)
            attendee.params["role"] = icalendar.vText("REQ-PARTICIPANT")
            event.add("attendee", attendee, encode=False)
        cal.add_component(event)
    timed = [e.day for e in events if e.start is not None]
    if timed:  # the zone's rules only for the years the events span (the full history is long)
        cal.add_missing_timezones(dt.date(min(timed).year - 1, 1, 1), dt.date(max(timed).year + 2, 1, 1))
    return bytes(cal.to_ical())
