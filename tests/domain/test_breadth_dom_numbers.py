"""Breadth (issue 12): refusals of non-finite numbers and out-of-range dates, word for word."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.numbers import _unambiguous, parse_date, parse_decimal, parse_money
from kam_desktop.i18n import using_language


def _refusal(call: object) -> tuple[str, str | None]:
    with pytest.raises(ValidationError) as err:
        call()  # type: ignore[operator]
    return err.value.message, err.value.field


def test_a_non_finite_decimal_is_refused_in_english_and_italian() -> None:
    with using_language("en"):
        assert _refusal(lambda: parse_decimal(Decimal("NaN"), "en_US")) == (
            "Number must be a finite number.",
            "number",
        )
        assert _refusal(
            lambda: parse_decimal(Decimal("-Infinity"), "en_US", label="Score", field="score")
        ) == (
            "Score must be a finite number.",
            "score",
        )
        assert _refusal(lambda: parse_money(Decimal("Infinity"), "en_US")) == (
            "Amount must be a finite number.",
            "amount",
        )
    with using_language("it"):
        assert _refusal(lambda: parse_decimal(Decimal("NaN"), "it_IT")) == (
            "Numero deve essere un numero finito.",
            "number",
        )


def test_a_finite_decimal_passes_unchanged() -> None:
    assert parse_decimal(Decimal("12.5"), "it_IT") == Decimal("12.5")


def test_a_date_object_outside_1900_to_2200_is_refused_naming_the_field() -> None:
    with using_language("en"):
        assert _refusal(lambda: parse_date(dt.date(1899, 12, 31), "en_US")) == (
            "Date must be between 1900 and 2200.",
            "date",
        )
        assert _refusal(lambda: parse_date(dt.date(2201, 1, 1), "it_IT", label="Due", field="due")) == (
            "Due must be between 1900 and 2200.",
            "due",
        )
    with using_language("it"):
        assert _refusal(lambda: parse_date(dt.date(1899, 12, 31), "it_IT")) == (
            "Data deve essere tra il 1900 e il 2200.",
            "date",
        )


def test_the_first_and_last_allowed_date_objects_are_kept() -> None:
    assert parse_date(dt.date(1900, 1, 1), "en_US") == dt.date(1900, 1, 1)
    assert parse_date(dt.date(2200, 12, 31), "it_IT") == dt.date(2200, 12, 31)


@pytest.mark.parametrize(
    ("value", "en", "it"),
    [
        ("1.25", "1.25", "1,25"),
        (
            "1.125",
            "1.1250",
            "1,1250",
        ),  # three decimals after at most three digits: a fourth, so no one reads 1125
        ("1250.5", "1250.5", "1250,5"),
        ("1234.125", "1234.125", "1234,125"),
        ("-1.5", "-1.5", "-1,5"),
        ("1250", "1250", "1250"),
    ],
)
def test_unambiguous_spelling_of_a_value(value: str, en: str, it: str) -> None:
    assert _unambiguous(Decimal(value), "en_US") == en
    assert _unambiguous(Decimal(value), "it_IT") == it


def test_unambiguous_keeps_a_text_without_a_decimal_point_in_front() -> None:
    # The readers never produce NaN; called directly, the text is kept as its integer part.
    assert _unambiguous(Decimal("NaN"), "it_IT") == "NaN,"


def test_the_ambiguity_message_spells_both_readings() -> None:
    with using_language("en"):
        assert _refusal(lambda: parse_money("1,250", "it_IT")) == (
            "Amount: \u201c1,250\u201d is ambiguous: here it would be read as 1,25, but it could also mean 1250. "
            "Type 1,25 or 1250 to say which.",
            "amount",
        )
        assert _refusal(lambda: parse_money("1.250", "en_US")) == (
            "Amount: \u201c1.250\u201d is ambiguous: here it would be read as 1.25, but it could also mean 1250. "
            "Type 1.25 or 1250 to say which.",
            "amount",
        )
