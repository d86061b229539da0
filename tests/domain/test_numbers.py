"""The one reader/formatter of numbers, money and dates: exact values, per locale."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kam_desktop.domain import numbers as n
from kam_desktop.domain.errors import ValidationError

IT = "it_IT"
EN = "en_US"


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1.250.000,50", 125_000_050),
        ("1250000,50", 125_000_050),
        ("1250000,5", 125_000_050),
        ("1250000", 125_000_000),
        ("1.250.000", 125_000_000),
        ("€ 3.450.000,00", 345_000_000),
        ("€3.450.000,00", 345_000_000),
        ("3.450.000,00 €", 345_000_000),
        ("3.450.000,00 EUR", 345_000_000),
        ("EUR 3.450.000", 345_000_000),
        ("1 250 000,50", 125_000_050),
        ("1\u00a0250\u00a0000,50", 125_000_050),
        ("1\u202f250\u202f000,50", 125_000_050),
        ("1'250'000,50", 125_000_050),
        ("1\u2019250\u2019000,50", 125_000_050),
        ("  12,5  ", 1_250),
        ("1,25", 125),
        ("0,125".replace("125", "12"), 12),
        (",50", 50),
        ("0", 0),
        ("0,00", 0),
        ("999.999.999.999,99", 99_999_999_999_999),
        ("12.345,67", 1_234_567),
        ("+7", 700),
    ],
)
def test_italian_money_is_read_exactly(text: str, cents: int) -> None:
    assert n.parse_money(text, IT) == cents


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1,250,000.50", 125_000_050),
        ("1250000.50", 125_000_050),
        ("1250000.5", 125_000_050),
        ("$1,250,000.50", 125_000_050),
        ("€ 3,450,000.00", 345_000_000),
        ("3,450,000.00 EUR", 345_000_000),
        ("1 250 000.50", 125_000_050),
        ("1'250'000.50", 125_000_050),
        ("0.5", 50),
        ("12.34", 1_234),
        ("1,250,000", 125_000_000),
    ],
)
def test_english_money_is_read_exactly(text: str, cents: int) -> None:
    assert n.parse_money(text, EN) == cents


@pytest.mark.parametrize(
    ("text", "locale", "message"),
    [
        (
            "1,250",
            IT,
            "Amount: \u201c1,250\u201d is ambiguous: here it would be read as 1,25, but it could also "
            "mean 1250. Type 1,25 or 1250 to say which.",
        ),
        (
            "1.250",
            IT,
            "Amount: \u201c1.250\u201d is ambiguous: here it would be read as 1250, but it could also "
            "mean 1,25. Type 1250 or 1,25 to say which.",
        ),
        (
            "125.000",
            IT,
            "Amount: \u201c125.000\u201d is ambiguous: here it would be read as 125000, but it could also "
            "mean 125. Type 125000 or 125 to say which.",
        ),
        (
            "1,250",
            EN,
            "Amount: \u201c1,250\u201d is ambiguous: here it would be read as 1250, but it could also "
            "mean 1.25. Type 1250 or 1.25 to say which.",
        ),
        (
            "€ 1.500",
            EN,
            "Amount: \u201c€ 1.500\u201d is ambiguous: here it would be read as 1.5, but it could also "
            "mean 1500. Type 1.5 or 1500 to say which.",
        ),
    ],
)
def test_ambiguous_input_is_refused_showing_both_readings(text: str, locale: str, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        n.parse_money(text, locale)
    assert err.value.message == message
    assert err.value.field == "amount"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("1,250,000.50", IT),  # English-style in Italian
        ("1.25", IT),  # a decimal point where Italian uses a comma
        ("1.250,50", EN),
        ("1,25", EN),
        ("1.2.3", IT),
        ("1.25.000", IT),  # groups of 2
        ("1,,5", IT),
        ("12,5,0", IT),
        ("1 25 000", IT),
        ("1.250 000", IT),  # two kinds of group separator
        ("abc", IT),
        ("12abc", IT),
        ("1e5", EN),
        ("0x10", EN),
        ("NaN", EN),
        ("Infinity", EN),
        ("١٢٣", EN),  # Arabic-Indic digits
        ("", IT),
        ("   ", IT),
        ("€", IT),
        ("1250,", IT),
        ("12 ,5", IT),
    ],
)
def test_malformed_input_is_refused(text: str, locale: str) -> None:
    with pytest.raises(ValidationError) as err:
        n.parse_money(text, locale)
    assert err.value.field == "amount"
    assert "Amount" in err.value.message


@pytest.mark.parametrize(
    ("text", "locale", "separator", "example"),
    [
        ("abc", IT, ",", "1.250.000,50"),
        ("X12", EN, ".", "1,250,000.50"),  # only -, + and the minus sign are signs
        ("X-12", EN, ".", "1,250,000.50"),
    ],
)
def test_malformed_input_is_refused_word_for_word(
    text: str, locale: str, separator: str, example: str
) -> None:
    with pytest.raises(ValidationError) as err:
        n.parse_money(text, locale)
    assert (err.value.field, err.value.message) == (
        "amount",
        f"Amount: \u201c{text}\u201d is not a number in this format (decimal separator \u201c{separator}\u201d). "
        f"Type it like {example}.",
    )


def test_refusal_says_the_decimal_separator_and_an_example() -> None:
    with pytest.raises(ValidationError) as err:
        n.parse_money("1.25", IT, label="Value", field="value")
    assert err.value.message == (
        "Value: \u201c1.25\u201d is not a number in this format (decimal separator \u201c,\u201d). "
        "Type it like 1.250.000,50."
    )
    assert err.value.field == "value"


def test_money_limits() -> None:
    with pytest.raises(ValidationError, match=r"^Amount cannot be negative\.$"):
        n.parse_money("-5", IT)
    with pytest.raises(ValidationError, match=r"^Amount can have at most 2 decimals\.$"):
        n.parse_money("0,125", IT)
    with pytest.raises(ValidationError, match="implausibly large"):
        n.parse_money("1.000.000.000.000", IT)
    with pytest.raises(ValidationError):
        n.parse_money(1.5, IT)  # floats are never money
    assert n.parse_money(Decimal("12.30"), IT) == 1230
    assert n.parse_money(7, IT) == 700


def test_money_in_another_currency_is_refused_when_the_currency_is_known() -> None:
    assert n.parse_money("€ 1.000,00", IT, currency="EUR") == 100_000
    assert n.parse_money("1.000,00 EUR", IT, currency="EUR") == 100_000
    assert n.parse_money("$1,000.00", EN, currency="USD") == 100_000
    with pytest.raises(ValidationError) as err:
        n.parse_money("$ 1.000,00", IT, currency="EUR")
    assert err.value.message == "Amount is in EUR: \u201c$\u201d is another currency."


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("6,5", IT, Decimal("6.5")),
        ("6.5", EN, Decimal("6.5")),
        ("-3,25", IT, Decimal("-3.25")),
        ("\u22123,25", IT, Decimal("-3.25")),
        ("0,125", IT, Decimal("0.125")),
        ("0.125", EN, Decimal("0.125")),
        ("1.234,5678", IT, Decimal("1234.5678")),
        ("42", IT, Decimal(42)),
    ],
)
def test_decimals_are_read_exactly(text: str, locale: str, value: Decimal) -> None:
    assert n.parse_decimal(text, locale) == value


def test_decimal_refusals() -> None:
    with pytest.raises(ValidationError) as err:
        n.parse_decimal("6.5", IT, field="value", label="Value")
    assert err.value.field == "value"
    with pytest.raises(ValidationError, match="at most 1 decimals"):
        n.parse_decimal("6,55", IT, max_decimals=1)
    with pytest.raises(ValidationError, match="implausibly large"):
        n.parse_decimal("1" + "0" * 16, EN)


@pytest.mark.parametrize(
    ("cents", "currency", "locale", "text"),
    [
        (125_000_050, "EUR", IT, "1.250.000,50\u00a0€"),
        (125_000_050, "EUR", EN, "€1,250,000.50"),
        (125_000_050, "USD", EN, "$1,250,000.50"),
        (0, "EUR", IT, "0,00\u00a0€"),
        (5, "EUR", IT, "0,05\u00a0€"),
        (125_000_050, "EUR", "de_DE", "1.250.000,50\u00a0€"),
    ],
)
def test_format_money(cents: int, currency: str, locale: str, text: str) -> None:
    assert n.format_money(cents, currency, locale) == text


def test_format_money_without_decimals() -> None:
    assert n.format_money(125_000_050, "EUR", IT, decimals=False) == "1.250.001\u00a0€"
    assert n.format_money(125_000_000, "EUR", EN, decimals=False) == "€1,250,000"


def test_formatted_money_reads_back_exactly() -> None:
    for locale in (IT, EN, "de_DE", "fr_FR", "en_GB", "es_ES"):
        for cents in (0, 1, 99, 100, 123_456, 125_000_050, 99_999_999_999_999):
            text = n.format_money(cents, "EUR", locale)
            assert n.parse_money(text, locale) == cents, (locale, text)


def test_format_decimal() -> None:
    assert n.format_decimal(Decimal("1234.5"), IT) == "1.234,5"
    assert n.format_decimal(Decimal("1234.5"), EN) == "1,234.5"
    assert n.format_decimal(Decimal("6.5"), IT, 2) == "6,50"
    assert n.format_decimal(1250000, IT, 0) == "1.250.000"


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("30/06/2027", IT, dt.date(2027, 6, 30)),
        ("30.06.2027", IT, dt.date(2027, 6, 30)),
        ("30-6-2027", IT, dt.date(2027, 6, 30)),
        ("1/2/2027", IT, dt.date(2027, 2, 1)),
        ("2027-06-30", IT, dt.date(2027, 6, 30)),
        ("2027-06-30", EN, dt.date(2027, 6, 30)),
        ("6/30/2027", EN, dt.date(2027, 6, 30)),
        ("1/2/2027", EN, dt.date(2027, 1, 2)),
        ("30/06/2027", "en_GB", dt.date(2027, 6, 30)),
        ("30 giugno 2027", IT, dt.date(2027, 6, 30)),
        ("30 giu 2027", IT, dt.date(2027, 6, 30)),
        ("June 30, 2027", EN, dt.date(2027, 6, 30)),
        ("Jun 30 2027", EN, dt.date(2027, 6, 30)),
        ("29/02/2028", IT, dt.date(2028, 2, 29)),
    ],
)
def test_dates_are_read_in_the_locale_order(text: str, locale: str, value: dt.date) -> None:
    assert n.parse_date(text, locale) == value


@pytest.mark.parametrize(
    ("text", "locale", "message"),
    [
        ("30/06/27", IT, "Date: write the year in full, like 30/06/2027."),
        ("31/02/2027", IT, "Date: 31/02/2027 is not a real calendar date (dates are typed like 30/06/2027)."),
        ("6/30/2027", IT, "Date: 6/30/2027 is not a real calendar date (dates are typed like 30/06/2027)."),
        ("30/06/2027", EN, "Date: 30/06/2027 is not a real calendar date (dates are typed like 6/30/2027)."),
        ("tomorrow", IT, "Date: \u201ctomorrow\u201d is not a date. Type it like 30/06/2027."),
        ("next week", EN, "Date: \u201cnext week\u201d is not a date. Type it like 6/30/2027."),
        ("2027-02-30", EN, "Date: 2027-02-30 is not a real calendar date."),
        ("1800-01-01", EN, "Date must be between 1900 and 2200."),
    ],
)
def test_bad_dates_are_refused_with_an_example(text: str, locale: str, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        n.parse_date(text, locale)
    assert err.value.message == message
    assert err.value.field == "date"


def test_format_date() -> None:
    day = dt.date(2027, 6, 30)
    assert n.format_date(day, IT, "long") == "30 giugno 2027"
    assert n.format_date(day, IT, "medium") == "30 giu 2027"
    assert n.format_date(day, IT, "short") == "30/06/27"
    assert n.format_date(day, EN, "medium") == "Jun 30, 2027"
    assert n.format_date(day, EN, "long") == "June 30, 2027"
    assert n.date_pattern(IT) == "dd/MM/yyyy"
    assert n.date_pattern(EN) == "M/d/yyyy"
    assert n.date_pattern("de_DE") == "dd.MM.yyyy"


def test_locale_for_language_prefers_the_system_locale_of_that_language() -> None:
    assert n.locale_for_language("it", "it_CH.UTF-8") == "it_CH"
    assert n.locale_for_language("it", "en_GB") == "it_IT"
    assert n.locale_for_language("en", "en_GB") == "en_GB"
    assert n.locale_for_language("en", "C") == "en_US"
    assert n.locale_for_language("en", None) == "en_US"


def test_current_locale_is_settable() -> None:
    before = n.current_locale()
    try:
        assert n.set_locale("it-IT") == "it_IT"
        assert n.current_locale() == "it_IT"
    finally:
        n.set_locale(before)
