"""Survivors of issue 12's fourth breadth measurement in `domain/interchange` (kio), one mutant
of its sample that the measurement had not run by the deadline but the modules' own tests do not
kill (`tabular.detect_encoding` #14), and three it counted as killed only because mutmut's time
limit fired (`account_columns.apply_overrides` #94, `ical.build_calendar` #185)."""

from __future__ import annotations

import datetime as dt

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange.account_columns import apply_overrides
from kam_desktop.domain.interchange.amounts import (
    DECIMAL_COMMA,
    DECIMAL_POINT,
    NumberFormat,
    detect_number_format,
    read_money,
)
from kam_desktop.domain.interchange.ical import CalendarEvent, build_calendar
from kam_desktop.domain.interchange.tabular import detect_encoding, read_table
from kam_desktop.i18n import using_language


def test_in_a_decimal_point_file_a_lone_point_before_three_digits_is_the_decimal() -> None:
    """`amounts._settle` #15 (the decimal point of a point file misspelt): in a file whose amounts
    show a decimal point, '1.250' is one and a quarter (1.25), never 1,250; a lone comma there
    groups thousands. The same cells in a decimal-comma file read the other way round."""
    cells = ["1,234,567.89", "1.250", "1,250", "€ 2.500"]
    point = detect_number_format(cells)
    assert point == NumberFormat(DECIMAL_POINT, True)
    assert [read_money(c, point, field="current_revenue", label="Revenue") for c in cells] == [
        123_456_789,
        125,
        125_000,
        250,
    ]
    comma = NumberFormat(DECIMAL_COMMA, True)
    assert [read_money(c, comma, field="current_revenue", label="Revenue") for c in cells[1:]] == [
        125_000,
        125,
        250_000,
    ]


# 200,000 bytes of plain ASCII: the part of a file the encoding is guessed from.
ASCII_PART = (b"Name,Industry\n" + b"Rossi Logistica,Trasporti\n" * 8000)[:200_000]


def test_the_encoding_is_guessed_from_the_first_200000_bytes_only() -> None:
    """`tabular.detect_encoding` #14 (`data[:200_001]`): a byte after the first 200,000 does not
    take part in the guess. Here the only non-ASCII byte (0x8D, which Windows-1252 lacks) is the
    200,001st: the guess is ASCII, and the file is refused as ASCII with the choice of
    encoding left to the user; one byte earlier it is part of the guess, and the file is read."""
    assert len(ASCII_PART) == 200_000
    late = ASCII_PART + b"\x8d\n"
    assert detect_encoding(late) == "ascii"
    with using_language("en"), pytest.raises(ValidationError) as refused:
        read_table(late)
    assert (refused.value.message, refused.value.field) == (
        "The file cannot be read as ascii; choose another encoding.",
        "encoding",
    )
    with using_language("it"), pytest.raises(ValidationError) as refused:
        read_table(late)
    assert refused.value.message == "Il file non si può leggere come ascii; scegli un’altra codifica."
    early = ASCII_PART[:-1] + b"\x8d\n"
    guess = detect_encoding(early)  # what charset-normalizer makes of it (cp1250 today)
    assert guess != "ascii" and read_table(early).encoding == guess


# --- mutants the measurement counted as killed only because mutmut's time limit fired -------------


def test_ignoring_a_column_no_field_was_given_to_changes_nothing() -> None:
    """`account_columns.apply_overrides` #94 (`result.pop(col)` without a default): ignoring a
    column the headers did not map, or one already ignored, crashed with a KeyError."""
    headers = ["Company", "Notes", "Extra"]
    mapping = {0: "name", 1: "internal_notes"}
    assert apply_overrides(headers, mapping, ["Extra=ignore"]) == {0: "name", 1: "internal_notes"}
    assert apply_overrides(headers, mapping, ["Notes=ignore", "notes = IGNORE"]) == {0: "name"}
    assert mapping == {0: "name", 1: "internal_notes"}  # the caller's mapping is left alone


def test_the_time_zone_rules_span_the_year_before_the_first_meeting_to_two_after_the_last() -> None:
    """`ical.build_calendar` #185 (`add_missing_timezones` given only the end year): the zone's
    rules cover a year before the first timed meeting to two years after the last, so a calendar
    places a 2027 meeting at its hour (the mutant wrote the rules from 2029 on only)."""
    event = CalendarEvent("meeting-1@kam", "Kick-off", dt.date(2027, 1, 15), dt.time(9, 30))
    text = build_calendar([event], "Europe/Rome", now=dt.datetime(2027, 1, 1, 8, 0, tzinfo=dt.UTC)).decode()
    block = text[text.index("BEGIN:VTIMEZONE") : text.index("END:VTIMEZONE")]
    assert block.split("\r\n") == [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Rome",
        "COMMENT:This timezone only works from 2026-01-01 to 2029-01-01.",
        "BEGIN:STANDARD",
        "DTSTART:20260101T000000",
        "TZNAME:CET",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:20260329T030000",
        "RDATE:20270328T030000,20280326T030000",
        "TZNAME:CEST",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "DTSTART:20261025T030000",
        "RDATE:20271031T030000,20281029T030000",
        "TZNAME:CET",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "",
    ]
    assert "DTSTART;TZID=Europe/Rome:20270115T093000\r\n" in text
