"""The input policy's limits, first and last allowed value on each side, with the exact message."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kam_desktop.domain import validation as v
from kam_desktop.domain.errors import ValidationError


def _refused(call, *args, **kw) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        call(*args, **kw)
    return info.value.message, info.value.field


# --- names ---------------------------------------------------------------------------------------


def test_name_is_trimmed_and_the_limit_counts_the_trimmed_text() -> None:
    assert v.name("  Acme  ") == "Acme"
    assert v.name(" " + "x" * 200 + " ") == "x" * 200
    assert _refused(v.name, "x" * 201) == ("Name is too long (201 characters; at most 200).", "name")
    assert v.title("y" * 500, label="Title") == "y" * 500
    assert _refused(v.title, "y" * 501) == ("Title is too long (501 characters; at most 500).", "title")
    assert _refused(v.name, "z" * 1234, field="n", label="Label", max_len=1000) == (
        "Label is too long (1,234 characters; at most 1,000).",
        "n",
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "Name cannot be empty."),
        ("   ", "Name cannot be empty."),
        (None, "Name must be text."),
        (5, "Name must be text."),
        ("a\nb", "Name cannot contain a line break."),
        ("a\rb", "Name cannot contain a line break."),
        ("a\tb", "Name cannot contain a tab."),
        ("a\x00b", "Name cannot contain an invisible control character (U+0000)."),
        ("a\x1fb", "Name cannot contain an invisible control character (U+001F)."),
        ("a\x7fb", "Name cannot contain an invisible control character (U+007F)."),
        ("a\u2028b", "Name cannot contain an invisible control character (U+2028)."),
        ("a\u2029b", "Name cannot contain an invisible control character (U+2029)."),
    ],
)
def test_name_refusals(value: object, message: str) -> None:
    assert _refused(v.name, value) == (message, "name")


def test_optional_name_is_blank_or_a_name() -> None:
    assert v.optional_name(None, field="f", label="L") == ""
    assert v.optional_name("  ", field="f", label="L") == ""
    assert v.optional_name(" x ", field="f", label="L") == "x"
    assert _refused(v.optional_name, "a\nb", field="f", label="L") == ("L cannot contain a line break.", "f")


# --- free text -----------------------------------------------------------------------------------


def test_free_text_keeps_tabs_and_line_breaks_exactly() -> None:
    raw = "  line 1\r\n\tline 2\n "
    assert v.text(raw) == raw
    assert v.text(None) == ""
    assert v.text("x" * v.TEXT_MAX) == "x" * 100_000
    assert _refused(v.text, "x" * 100_001) == (
        "Text is too long (100,001 characters; at most 100,000).",
        "text",
    )
    assert _refused(v.text, 3, field="notes", label="Notes") == ("Notes must be text.", "notes")


@pytest.mark.parametrize(("char", "code"), [("\x00", "0000"), ("\x08", "0008"), ("\x0b", "000B"), ("\x0c", "000C"),
                                            ("\x0e", "000E"), ("\x1b", "001B"), ("\x7f", "007F")])  # fmt: skip
def test_free_text_refuses_other_control_characters(char: str, code: str) -> None:
    assert _refused(v.text, f"a{char}b") == (
        f"Text cannot contain an invisible control character (U+{code}).",
        "text",
    )


# --- money ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", "0.00"),
        ("-0", "0.00"),
        (0, "0.00"),
        ("0.01", "0.01"),
        ("125000", "125000.00"),
        ("125000.5", "125000.50"),
        (" 1 250 000.50 ", "1250000.50"),
        ("+7", "7.00"),
        (".5", "0.50"),
        ("1,250,000.50", "1250000.50"),  # English grouping in the (default) English locale
        (12.5, "12.50"),
        (Decimal("3.1"), "3.10"),
        ("999999999999.99", "999999999999.99"),  # the last allowed amount
    ],
)
def test_money_accepted(value: object, expected: str) -> None:
    result = v.money(value)
    assert str(result) == expected
    assert result == Decimal(expected)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "Amount must be a number."),
        (True, "Amount must be a number."),
        ("", "Amount must be a number."),
        ("  ", "Amount must be a number."),
        ([], "Amount must be a number."),
        (
            "abc",
            "Amount: \u201cabc\u201d is not a number in this format (decimal separator \u201c.\u201d). Type it like 1,250,000.50.",
        ),
        (
            "1_000",
            "Amount: \u201c1_000\u201d is not a number in this format (decimal separator \u201c.\u201d). Type it like 1,250,000.50.",
        ),
        (
            "5.",
            "Amount: \u201c5.\u201d is not a number in this format (decimal separator \u201c.\u201d). Type it like 1,250,000.50.",
        ),
        (
            "1e3",
            "Amount: \u201c1e3\u201d is not a number in this format (decimal separator \u201c.\u201d). Type it like 1,250,000.50.",
        ),
        (
            "1250000,50",
            "Amount: \u201c1250000,50\u201d is not a number in this format (decimal separator \u201c.\u201d). Type it like 1,250,000.50.",
        ),
        (
            "0x1F",
            "Amount: \u201c0x1F\u201d is not a number in this format (decimal separator \u201c.\u201d). Type it like 1,250,000.50.",
        ),
        (
            "NaN",
            "Amount: \u201cNaN\u201d is not a number in this format (decimal separator \u201c.\u201d). Type it like 1,250,000.50.",
        ),
        (float("nan"), "Amount must be a finite number."),
        (float("inf"), "Amount must be a finite number."),
        (Decimal("Infinity"), "Amount must be a finite number."),
        ("-0.01", "Amount cannot be negative."),
        (-1, "Amount cannot be negative."),
        ("1000000000000", "Amount is implausibly large (at most 999,999,999,999)."),
        (
            "1e309",
            "Amount: \u201c1e309\u201d is not a number in this format (decimal separator \u201c.\u201d). Type it like 1,250,000.50.",
        ),
        ("0.001", "Amount can have at most 2 decimals."),
        ("12.3456", "Amount can have at most 2 decimals."),
        (
            "12.345",
            "Amount: \u201c12.345\u201d is ambiguous: here it would be read as 12.3450, "
            "but it could also mean 12345. Type 12.3450 or 12345 to say which.",
        ),
    ],
)
def test_money_refused(value: object, message: str) -> None:
    assert _refused(v.money, value) == (message, "amount")


def test_optional_money_and_cents() -> None:
    assert v.optional_money(None, field="f", label="L") is None
    assert v.optional_money(" ", field="f", label="L") is None
    assert v.optional_money("2", field="f", label="L") == Decimal("2.00")
    assert v.to_cents(Decimal("1234.56")) == 123456
    assert v.to_cents(Decimal("0.01")) == 1
    assert str(v.from_cents(123456)) == "1234.56"
    assert str(v.from_cents(5)) == "0.05"
    assert v.from_cents(None) is None
    assert v.from_cents(0) == Decimal("0.00")


# --- ratings, percentages ------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [(1, 1), (5, 5), ("3", 3), (" 4 ", 4)])
def test_rating_accepted(value: object, expected: int) -> None:
    assert v.rating(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (0, "Rating must be from 1 to 5 (got 0)."),
        (6, "Rating must be from 1 to 5 (got 6)."),
        ("0", "Rating must be from 1 to 5 (got 0)."),
        (True, "Rating must be a whole number from 1 to 5."),
        (2.5, "Rating must be a whole number from 1 to 5."),
        ("x", "Rating must be a whole number from 1 to 5."),
        ("٣", "Rating must be a whole number from 1 to 5."),  # an Arabic-Indic digit is not ASCII
        ("-1", "Rating must be a whole number from 1 to 5."),
    ],
)
def test_rating_refused(value: object, message: str) -> None:
    assert _refused(v.rating, value) == (message, "rating")


def test_optional_rating() -> None:
    assert v.optional_rating(None, field="f", label="L") is None
    assert v.optional_rating("", field="f", label="L") is None
    assert v.optional_rating(2, field="f", label="L") == 2
    assert _refused(v.optional_rating, 9, field="f", label="L") == ("L must be from 1 to 5 (got 9).", "f")


@pytest.mark.parametrize("value", [0, 1, 99, 100])
def test_percent_accepted(value: int) -> None:
    assert v.percent(value) == value


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (-1, "Probability must be from 0 to 100 (got -1)."),
        (101, "Probability must be from 0 to 100 (got 101)."),
        (True, "Probability must be a whole number from 0 to 100."),
        ("50", "Probability must be a whole number from 0 to 100."),
        (50.0, "Probability must be a whole number from 0 to 100."),
    ],
)
def test_percent_refused(value: object, message: str) -> None:
    assert _refused(v.percent, value) == (message, "probability")


# --- dates, choices, currencies --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1900-01-01", dt.date(1900, 1, 1)),
        ("2200-12-31", dt.date(2200, 12, 31)),
        (" 2026-02-28 ", dt.date(2026, 2, 28)),
        ("2028-02-29", dt.date(2028, 2, 29)),
        (dt.date(2026, 11, 26), dt.date(2026, 11, 26)),
    ],
)
def test_date_accepted(value: object, expected: dt.date) -> None:
    assert v.date(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1899-12-31", "Date must be between 1900 and 2200."),
        ("2201-01-01", "Date must be between 1900 and 2200."),
        (dt.date(1899, 12, 31), "Date must be between 1900 and 2200."),
        ("2026-02-30", "Date: 2026-02-30 is not a real calendar date."),
        ("2026-13-01", "Date: 2026-13-01 is not a real calendar date."),
        ("31/12/2026", "Date: 31/12/2026 is not a real calendar date (dates are typed like 6/30/2027)."),
        ("20261231", "Date: \u201c20261231\u201d is not a date. Type it like 6/30/2027."),
        (dt.datetime(2026, 1, 1, 9, 0), "Date must be a date without a time."),
        (20260101, "Date must be a date."),
        (None, "Date must be a date."),
    ],
)
def test_date_refused(value: object, message: str) -> None:
    assert _refused(v.date, value) == (message, "date")


def test_optional_date() -> None:
    assert v.optional_date(None, field="f", label="L") is None
    assert v.optional_date("  ", field="f", label="L") is None
    assert v.optional_date("2026-01-02", field="f", label="L") == dt.date(2026, 1, 2)


def test_choice_lists_the_allowed_values_in_words() -> None:
    assert v.choice("at_risk", ("on_track", "at_risk"), field="h", label="Health") == "at_risk"
    assert _refused(v.choice, "green", ("on_track", "at_risk"), field="h", label="Health") == (
        "Health must be one of: on track, at risk.",
        "h",
    )
    assert _refused(v.choice, None, ("a",), field="h", label="Health") == ("Health must be one of: a.", "h")


@pytest.mark.parametrize(("value", "expected"), [("eur", "EUR"), (" chf ", "CHF"), ("USD", "USD")])
def test_currency_accepted(value: str, expected: str) -> None:
    assert v.currency(value) == expected


@pytest.mark.parametrize("value", ["EURO", "EU", "€", "E1R", "", None, "e u"])
def test_currency_refused(value: object) -> None:
    assert _refused(v.currency, value) == ("Currency must be a 3-letter code such as EUR or USD.", "currency")
