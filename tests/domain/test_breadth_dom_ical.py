"""Breadth (issue 12): the calendar export's events, line by line, with the day and the stamp pinned."""

from __future__ import annotations

import datetime as dt

from kam_desktop.domain.interchange.ical import Attendee, CalendarEvent, build_calendar

NOW = dt.datetime(2027, 1, 1, 8, 0)
EVENTS = [
    CalendarEvent(
        "meeting-1@kam",
        "Kick-off",
        dt.date(2027, 1, 15),
        dt.time(9, 30),
        attendees=(Attendee("Anna Rossi", "anna@example.com"), Attendee("No Mail")),
    ),
    CalendarEvent("action-2@kam", "Send offer", dt.date(2027, 1, 20)),
]


def test_a_timed_meeting_and_an_all_day_due_date() -> None:
    data = build_calendar(EVENTS, "Europe/Rome", now=NOW)
    text = data.decode()
    timed, all_day = (e for e in text.split("BEGIN:VEVENT\r\n")[1:])
    assert sorted(timed.split("END:VEVENT")[0].strip().split("\r\n")) == [
        'ATTENDEE;CN="Anna Rossi";ROLE=REQ-PARTICIPANT:mailto:anna@example.com',
        "DTEND;TZID=Europe/Rome:20270115T103000",
        "DTSTAMP:20270101T080000Z",
        "DTSTART;TZID=Europe/Rome:20270115T093000",
        "SUMMARY:Kick-off",
        "TRANSP:OPAQUE",
        "UID:meeting-1@kam",
    ]
    assert sorted(all_day.split("END:VEVENT")[0].strip().split("\r\n")) == [
        "DTEND;VALUE=DATE:20270121",
        "DTSTAMP:20270101T080000Z",
        "DTSTART;VALUE=DATE:20270120",
        "SUMMARY:Send offer",
        "TRANSP:TRANSPARENT",
        "UID:action-2@kam",
    ]
    assert text.startswith(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//KAM Desktop//Calendar export//EN\r\nCALSCALE:GREGORIAN\r\n"
        "METHOD:PUBLISH\r\nX-WR-CALNAME:KAM Desktop\r\nX-WR-TIMEZONE:Europe/Rome\r\nBEGIN:VTIMEZONE\r\n"
        "TZID:Europe/Rome\r\n"
    )
    assert text.endswith("END:VEVENT\r\nEND:VCALENDAR\r\n")


def test_optional_fields_escaped_in_utc_and_a_not_busy_meeting() -> None:
    event = CalendarEvent(
        "m-1@kam",
        "Kick-off, Q1; a\\b",
        dt.date(2027, 1, 15),
        dt.time(9, 30),
        duration=dt.timedelta(minutes=45),
        location="Milano, IT",
        description="a\nb",
        categories=("KAM", "Acme"),
        last_modified=dt.datetime(2026, 12, 1, 10, 0),
        busy=False,
    )
    stamp = dt.datetime(2027, 1, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    text = build_calendar([event], "UTC", now=stamp).decode()
    assert text == (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//KAM Desktop//Calendar export//EN\r\nCALSCALE:GREGORIAN\r\n"
        "METHOD:PUBLISH\r\nX-WR-CALNAME:KAM Desktop\r\nX-WR-TIMEZONE:UTC\r\nBEGIN:VEVENT\r\n"
        "SUMMARY:Kick-off\\, Q1\\; a\\\\b\r\nDTSTART:20270115T093000Z\r\nDTEND:20270115T101500Z\r\n"
        "DTSTAMP:20270101T080000Z\r\nUID:m-1@kam\r\nCATEGORIES:KAM,Acme\r\nDESCRIPTION:a\\nb\r\n"
        "LAST-MODIFIED:20261201T100000Z\r\nLOCATION:Milano\\, IT\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
