"""Breadth (issue 12, module-wide): ``domain/numbers.py`` as tables of whole values - the locale
chosen for a language, formatted numbers, money and compact figures (both languages, each edge of
'mila'), date patterns and their examples, and every reading rule of numbers, money and dates with
each refusal word for word, its field and its label."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kam_desktop.domain import numbers as N
from kam_desktop.domain.errors import ValidationError

NBSP = "\u00a0"


def _outcome(call: object) -> object:
    try:
        return call()  # type: ignore[operator]
    except ValidationError as exc:
        return (exc.message, exc.field)


@pytest.mark.parametrize(
    ("language", "system", "locale"),
    [
        ("it", "it_CH.UTF-8", "it_CH"),
        ("it", "en_US", "it_IT"),
        ("en", "en-GB", "en_GB"),
        ("en", "C", "en_US"),
        ("en", "posix", "en_US"),
        ("en", "", "en_US"),
        ("en", None, "en_US"),
        ("fr", "fr_FR", "fr_FR"),
        ("fr", None, "en_US"),
        ("it", "it_XX", "it_IT"),
        ("it", "IT_it", "it_IT"),
    ],
    ids=[str(i) for i in range(11)],
)
def test_the_locale_for_a_language(language: str, system: str | None, locale: str) -> None:
    assert N.locale_for_language(language, system) == locale


def test_set_locale_normalises_and_falls_back() -> None:
    try:
        assert N.set_locale("it-IT.UTF-8") == "it_IT"
        assert N.current_locale() == "it_IT"
        assert N.set_locale("zz") == "en_US"
        assert N.current_locale() == "en_US"
    finally:
        N.set_locale("en_US")


@pytest.mark.parametrize(
    ("value", "locale", "decimals", "text"),
    [
        (Decimal("1234567.891"), "it_IT", None, "1.234.567,891"),
        (Decimal("1234567.891"), "en_US", 2, "1,234,567.89"),
        (1234.5, "it_IT", 0, "1.234"),
        (Decimal("2.5"), "en_US", 0, "2"),
        (Decimal("3.5"), "en_US", 0, "4"),
        (7, "de_CH", 1, "7.0"),
        (Decimal("0.125"), "it_IT", 2, "0,12"),
        (1234, "en_US", None, "1,234"),
    ],
    ids=[str(i) for i in range(8)],
)
def test_format_decimal(value: object, locale: str, decimals: int | None, text: str) -> None:
    assert N.format_decimal(value, locale, decimals) == text  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cents", "currency", "locale", "decimals", "text"),
    [
        (125000050, "EUR", "it_IT", True, f"1.250.000,50{NBSP}€"),
        (125000050, "EUR", "en_US", True, "€1,250,000.50"),
        (125000050, "EUR", "it_IT", False, f"1.250.001{NBSP}€"),
        (125000050, "USD", "en_US", False, "$1,250,001"),
        (150, "EUR", "en_US", False, "€2"),
        (250, "EUR", "en_US", False, "€3"),
        (-150, "EUR", "it_IT", False, f"-2{NBSP}€"),
        (149, "EUR", "en_US", False, "€1"),
    ],
    ids=[str(i) for i in range(8)],
)
def test_format_money(cents: int, currency: str, locale: str, decimals: bool, text: str) -> None:
    assert N.format_money(cents, currency, locale, decimals=decimals) == text


@pytest.mark.parametrize(
    ("value", "it", "en", "it_money", "en_money"),
    [
        (999, "999", "999", f"999{NBSP}€", "€999"),
        (1000, f"1{NBSP}mila", "1K", f"1{NBSP}mila{NBSP}€", "€1K"),
        (999949, f"999,9{NBSP}mila", "999.9K", f"999,9{NBSP}mila{NBSP}€", "€999.9K"),
        (999950, f"1{NBSP}Mln", "1M", f"1{NBSP}Mln{NBSP}€", "€1M"),
        (-1000, f"-1{NBSP}mila", "-1K", f"-1{NBSP}mila{NBSP}€", "-€1K"),
        (-999, "-999", "-999", f"-999{NBSP}€", "-€999"),
        (222000, f"222{NBSP}mila", "222K", f"222{NBSP}mila{NBSP}€", "€222K"),
        (689800, f"689,8{NBSP}mila", "689.8K", f"689,8{NBSP}mila{NBSP}€", "€689.8K"),
        (1234567, f"1,2{NBSP}Mln", "1.2M", f"1,2{NBSP}Mln{NBSP}€", "€1.2M"),
        (1500.0, f"1,5{NBSP}mila", "1.5K", f"1,5{NBSP}mila{NBSP}€", "€1.5K"),
        (Decimal("10000"), f"10{NBSP}mila", "10K", f"10{NBSP}mila{NBSP}€", "€10K"),
        (Decimal("1049.99"), f"1{NBSP}mila", "1K", f"1{NBSP}mila{NBSP}€", "€1K"),
        (Decimal("1050"), f"1,1{NBSP}mila", "1K", f"1,1{NBSP}mila{NBSP}€", "€1K"),
    ],
    ids=[str(i) for i in range(13)],
)
def test_compact_figures(value: object, it: str, en: str, it_money: str, en_money: str) -> None:
    assert N.format_compact(value, "it_IT") == it  # type: ignore[arg-type]
    assert N.format_compact(value, "en_US") == en  # type: ignore[arg-type]
    assert N.format_compact_money(value, "EUR", "it_IT") == it_money  # type: ignore[arg-type]
    assert N.format_compact_money(value, "EUR", "en_US") == en_money  # type: ignore[arg-type]
    assert N.format_compact_money(value, "", "it_IT") == it  # type: ignore[arg-type]
    assert N.format_compact_money(value, "", "en_US") == en  # type: ignore[arg-type]


def test_compact_money_in_another_currency_uses_its_sign() -> None:
    assert N.format_compact_money(222000, "USD", "it_IT") == f"222{NBSP}mila{NBSP}USD"
    assert N.format_compact_money(222000, "GBP", "en_US") == "£222K"


def test_dates_formatted_and_their_patterns() -> None:
    day = dt.date(2027, 6, 30)
    assert N.format_date(day, "it_IT") == "30 giu 2027"
    assert N.format_date(day, "en_US") == "Jun 30, 2027"
    assert N.format_date(day, "en_US", "short") == "6/30/27"
    assert N.format_date(day, "it_IT", "long") == "30 giugno 2027"
    assert [N.date_pattern(loc) for loc in ("it_IT", "en_US", "de_DE", "ja_JP")] == [
        "dd/MM/yyyy",
        "M/d/yyyy",
        "dd.MM.yyyy",
        "yyyy/MM/dd",
    ]
    assert [N._full_year_example(loc) for loc in ("it_IT", "en_US", "ja_JP", "de_DE")] == [
        "30/06/2027",
        "6/30/2027",
        "2027/06/30",
        "30.06.2027",
    ]
    assert [N._date_order(loc) for loc in ("it_IT", "en_US", "ja_JP", "zz")] == ["dmy", "mdy", "ymd", "mdy"]


# --- numbers --------------------------------------------------------------------------------------


def _not_a_number(text: str, locale: str, label: str = "Number", field: str = "number") -> tuple[str, str]:
    sep, example = (
        ("\u201c,\u201d", "1.250.000,50") if locale == "it_IT" else ("\u201c.\u201d", "1,250,000.50")
    )
    return (
        f"{label}: \u201c{text.strip()}\u201d is not a number in this format (decimal separator {sep}). "
        f"Type it like {example}.",
        field,
    )


_DECIMALS = [
    ("1.250,50", Decimal("1250.50"), _not_a_number("1.250,50", "en_US")),
    ("€ 3.450.000,00", Decimal("3450000.00"), _not_a_number("€ 3.450.000,00", "en_US")),
    ("3,450,000.00 EUR", _not_a_number("3,450,000.00 EUR", "it_IT"), Decimal("3450000.00")),
    (
        "1,250",
        (
            "Number: \u201c1,250\u201d is ambiguous: here it would be read as 1,25, but it could also mean 1250. "
            "Type 1,25 or 1250 to say which.",
            "number",
        ),
        (
            "Number: \u201c1,250\u201d is ambiguous: here it would be read as 1250, but it could also mean 1.25. "
            "Type 1250 or 1.25 to say which.",
            "number",
        ),
    ),
    (
        "12.500",
        (
            "Number: \u201c12.500\u201d is ambiguous: here it would be read as 12500, but it could also mean "
            "12,5. Type 12500 or 12,5 to say which.",
            "number",
        ),
        (
            "Number: \u201c12.500\u201d is ambiguous: here it would be read as 12.5, but it could also mean "
            "12500. Type 12.5 or 12500 to say which.",
            "number",
        ),
    ),
    ("-5", Decimal("-5"), Decimal("-5")),
    ("+5", Decimal("5"), Decimal("5")),
    ("\u22125", Decimal("-5"), Decimal("-5")),
    ("- 5", Decimal("-5"), Decimal("-5")),
    (" 1 250 ", Decimal("1250"), Decimal("1250")),
    ("1\u00a0250\u202f000", Decimal("1250000"), Decimal("1250000")),
    ("1'250,5", Decimal("1250.5"), _not_a_number("1'250,5", "en_US")),
    ("1\u2019250", Decimal("1250"), Decimal("1250")),
    ("0,5", Decimal("0.5"), _not_a_number("0,5", "en_US")),
    (",5", Decimal("0.5"), _not_a_number(",5", "en_US")),
    ("1,2,3", _not_a_number("1,2,3", "it_IT"), _not_a_number("1,2,3", "en_US")),
    ("abc", _not_a_number("abc", "it_IT"), _not_a_number("abc", "en_US")),
    ("", ("Number must be a number.", "number"), ("Number must be a number.", "number")),
    ("  ", ("Number must be a number.", "number"), ("Number must be a number.", "number")),
    ("-", ("Number must be a number.", "number"), ("Number must be a number.", "number")),
    ("EUR", _not_a_number("EUR", "it_IT"), _not_a_number("EUR", "en_US")),
    ("1.25E3", _not_a_number("1.25E3", "it_IT"), _not_a_number("1.25E3", "en_US")),
    ("12,5.3", _not_a_number("12,5.3", "it_IT"), _not_a_number("12,5.3", "en_US")),
    ("1 250.000", _not_a_number("1 250.000", "it_IT"), Decimal("1250.000")),
    ("1.2345", _not_a_number("1.2345", "it_IT"), Decimal("1.2345")),
    ("1.000.000", Decimal("1000000"), _not_a_number("1.000.000", "en_US")),
    ("1,000,000", _not_a_number("1,000,000", "it_IT"), Decimal("1000000")),
    ("1.000,000", Decimal("1000.000"), _not_a_number("1.000,000", "en_US")),
    ("1.00.000", _not_a_number("1.00.000", "it_IT"), _not_a_number("1.00.000", "en_US")),
    ("1234.567", _not_a_number("1234.567", "it_IT"), Decimal("1234.567")),
    ("1000,5", Decimal("1000.5"), _not_a_number("1000,5", "en_US")),
    ("1 250'000", _not_a_number("1 250'000", "it_IT"), _not_a_number("1 250'000", "en_US")),
    ("1 250\u00a0000", Decimal("1250000"), Decimal("1250000")),
    ("1.250 000", _not_a_number("1.250 000", "it_IT"), _not_a_number("1.250 000", "en_US")),
    ("usd 7", Decimal("7"), Decimal("7")),
    ("7 xyz", _not_a_number("7 xyz", "it_IT"), _not_a_number("7 xyz", "en_US")),
    ("1,", _not_a_number("1,", "it_IT"), _not_a_number("1,", "en_US")),
]


@pytest.mark.parametrize(("text", "it", "en"), _DECIMALS, ids=[str(i) for i in range(len(_DECIMALS))])
def test_numbers_read_in_italian_and_english(text: str, it: object, en: object) -> None:
    assert _outcome(lambda: N.parse_decimal(text, "it_IT")) == it
    assert _outcome(lambda: N.parse_decimal(text, "en_US")) == en


@pytest.mark.parametrize(
    ("value", "outcome"),
    [
        (5, Decimal("5")),
        (Decimal("1.5"), Decimal("1.5")),
        (None, ("Peso must be a number.", "w")),
        (True, ("Peso must be a number.", "w")),
        (Decimal("NaN"), ("Peso must be a finite number.", "w")),
        (Decimal("Infinity"), ("Peso must be a finite number.", "w")),
        ([1], ("Peso must be a number.", "w")),
        (2.5, ("Peso must be a number.", "w")),
    ],
    ids=[str(i) for i in range(8)],
)
def test_numbers_given_as_values(value: object, outcome: object) -> None:
    assert _outcome(lambda: N.parse_decimal(value, "it_IT", label="Peso", field="w")) == outcome


@pytest.mark.parametrize(
    ("text", "max_decimals", "outcome"),
    [
        ("1,25", 1, ("Peso can have at most 1 decimals.", "w")),
        ("1,2", 1, Decimal("1.2")),
        ("1,20", 1, Decimal("1.20")),
        ("1,5", 0, ("Peso can have at most 0 decimals.", "w")),
        ("2", 0, Decimal("2")),
        ("1,2555", 3, ("Peso can have at most 3 decimals.", "w")),
        ("1000000000000000", None, ("Peso is implausibly large.", "w")),
        ("-1000000000000000", None, ("Peso is implausibly large.", "w")),
        ("999999999999999,9", None, Decimal("999999999999999.9")),
        ("-999999999999999,9", None, Decimal("-999999999999999.9")),
    ],
    ids=[str(i) for i in range(10)],
)
def test_decimal_limits(text: str, max_decimals: int | None, outcome: object) -> None:
    assert _outcome(
        lambda: N.parse_decimal(text, "it_IT", label="Peso", field="w", max_decimals=max_decimals)
    ) == (outcome)


def test_number_refusals_name_the_default_label_in_italian(italian: None) -> None:
    assert _outcome(lambda: N.parse_decimal("", "it_IT")) == ("Numero deve essere un numero.", "number")


def test_other_locales_separators() -> None:
    assert N.parse_decimal("1 234,5", "fr_FR") == Decimal("1234.5")
    assert N.parse_decimal("1\u2019234.5", "de_CH") == Decimal("1234.5")
    assert N.parse_decimal("1.234,5", "de_DE") == Decimal("1234.5")


@pytest.mark.parametrize(
    ("value", "it", "en"),
    [
        (Decimal("1250"), "1250", "1250"),
        (Decimal("1.25"), "1,25", "1.25"),
        (Decimal("1.250"), "1,25", "1.25"),
        (Decimal("12.5"), "12,5", "12.5"),
        (Decimal("1234.5"), "1234,5", "1234.5"),
        (Decimal("0.125"), "0,1250", "0.1250"),
        (Decimal("1.1250"), "1,1250", "1.1250"),
        (Decimal("1000.125"), "1000,125", "1000.125"),
        (Decimal("999.125"), "999,1250", "999.1250"),
    ],
    ids=[str(i) for i in range(9)],
)
def test_the_unambiguous_way_to_write_a_reading(value: Decimal, it: str, en: str) -> None:
    assert (N._unambiguous(value, "it_IT"), N._unambiguous(value, "en_US")) == (it, en)


# --- money ----------------------------------------------------------------------------------------


def _not_money(text: str, locale: str, label: str = "Amount", field: str = "amount") -> tuple[str, str]:
    return _not_a_number(text, locale, label, field)


_MONEY = [
    ("1.250,50", 125050, _not_money("1.250,50", "en_US"), 125050),
    (
        "€ 1.250,50",
        125050,
        _not_money("€ 1.250,50", "en_US"),
        ("Fatturato is in USD: “€” is another currency.", "rev"),
    ),
    (
        "1.250,50 €",
        125050,
        _not_money("1.250,50 €", "en_US"),
        ("Fatturato is in USD: “€” is another currency.", "rev"),
    ),
    ("EUR 5", 500, 500, ("Fatturato is in USD: “EUR” is another currency.", "rev")),
    ("5 eur", 500, 500, ("Fatturato is in USD: “eur” is another currency.", "rev")),
    ("5 USD", 500, ("Amount is in EUR: “USD” is another currency.", "amount"), 500),
    ("$ 5", 500, ("Amount is in EUR: “$” is another currency.", "amount"), 500),
    (
        "£5",
        500,
        ("Amount is in EUR: “£” is another currency.", "amount"),
        ("Fatturato is in USD: “£” is another currency.", "rev"),
    ),
    (
        "1,255",
        (
            "Amount: “1,255” is ambiguous: here it would be read as 1,2550, but it could also mean 1255. "
            "Type 1,2550 or 1255 to say which.",
            "amount",
        ),
        (
            "Amount: “1,255” is ambiguous: here it would be read as 1255, but it could also mean 1.2550. "
            "Type 1255 or 1.2550 to say which.",
            "amount",
        ),
        (
            "Fatturato: “1,255” is ambiguous: here it would be read as 1,2550, but it could also mean 1255. "
            "Type 1,2550 or 1255 to say which.",
            "rev",
        ),
    ),
    ("1,5", 150, _not_money("1,5", "en_US"), 150),
    (
        "-5",
        ("Amount cannot be negative.", "amount"),
        ("Amount cannot be negative.", "amount"),
        ("Fatturato cannot be negative.", "rev"),
    ),
    ("-0", 0, 0, 0),
    ("0", 0, 0, 0),
    ("0,01", 1, _not_money("0,01", "en_US"), 1),
    (
        "0,005",
        ("Amount can have at most 2 decimals.", "amount"),
        _not_money("0,005", "en_US"),  # (read as 5, 500 cents, until 30 Nov: a leading 0 is no group)
        ("Fatturato can have at most 2 decimals.", "rev"),
    ),
    ("999.999.999.999,99", 99999999999999, _not_money("999.999.999.999,99", "en_US"), 99999999999999),
    (
        "1.000.000.000.000",
        ("Amount is implausibly large (at most 999.999.999.999).", "amount"),
        _not_money("1.000.000.000.000", "en_US"),
        ("Fatturato is implausibly large (at most 999.999.999.999).", "rev"),
    ),
    (5, 500, 500, 500),
    (Decimal("1.5"), 150, 150, 150),
    (
        Decimal("1.555"),
        ("Amount can have at most 2 decimals.", "amount"),
        ("Amount can have at most 2 decimals.", "amount"),
        ("Fatturato can have at most 2 decimals.", "rev"),
    ),
    (
        5.0,
        ("Amount must be a number.", "amount"),
        ("Amount must be a number.", "amount"),
        ("Fatturato must be a number.", "rev"),
    ),
    (
        None,
        ("Amount must be a number.", "amount"),
        ("Amount must be a number.", "amount"),
        ("Fatturato must be a number.", "rev"),
    ),
    (
        True,
        ("Amount must be a number.", "amount"),
        ("Amount must be a number.", "amount"),
        ("Fatturato must be a number.", "rev"),
    ),
    (
        Decimal("NaN"),
        ("Amount must be a finite number.", "amount"),
        ("Amount must be a finite number.", "amount"),
        ("Fatturato must be a finite number.", "rev"),
    ),
]


@pytest.mark.parametrize(("text", "it", "en_eur", "it_usd"), _MONEY, ids=[str(i) for i in range(len(_MONEY))])
def test_money_read_in_each_language_and_currency(
    text: object, it: object, en_eur: object, it_usd: object
) -> None:
    assert _outcome(lambda: N.parse_money(text, "it_IT")) == it
    assert _outcome(lambda: N.parse_money(text, "en_US", currency="EUR")) == en_eur
    assert (
        _outcome(lambda: N.parse_money(text, "it_IT", label="Fatturato", field="rev", currency="usd"))
        == it_usd
    )


def test_the_largest_amount_and_one_cent_more() -> None:
    assert N.parse_money("999999999999,99", "it_IT") == N.MONEY_MAX_CENTS - 1
    assert _outcome(lambda: N.parse_money("1000000000000", "en_US")) == (
        "Amount is implausibly large (at most 999,999,999,999).",
        "amount",
    )


def test_a_currency_sign_in_the_locales_own_spelling_is_accepted() -> None:
    assert N.parse_money("5 CHF", "de_CH", currency="CHF") == 500
    assert N.parse_money("CHF 5", "it_IT", currency="chf") == 500
    assert N.parse_money("$5", "it_IT", currency="USD") == 500
    assert N.parse_money("5", "it_IT", currency="USD") == 500


def test_money_refusals_in_italian(italian: None) -> None:
    assert _outcome(lambda: N.parse_money("-5", "it_IT")) == (
        "Il campo «Importo» non può essere negativo.",
        "amount",
    )


# --- dates ----------------------------------------------------------------------------------------

_DATES = [
    ("2027-06-30", dt.date(2027, 6, 30), dt.date(2027, 6, 30), dt.date(2027, 6, 30)),
    ("2027-6-3", dt.date(2027, 6, 3), dt.date(2027, 6, 3), dt.date(2027, 6, 3)),
    (
        "30/06/2027",
        dt.date(2027, 6, 30),
        ("Date: 30/06/2027 is not a real calendar date (dates are typed like 6/30/2027).", "date"),
        ("Scadenza: write the year in full, like 2027/06/30.", "due"),
    ),
    (
        "6/30/2027",
        ("Date: 6/30/2027 is not a real calendar date (dates are typed like 30/06/2027).", "date"),
        dt.date(2027, 6, 30),
        ("Scadenza: write the year in full, like 2027/06/30.", "due"),
    ),
    (
        "2027/06/30",
        ("Date: write the year in full, like 30/06/2027.", "date"),
        ("Date: write the year in full, like 6/30/2027.", "date"),
        dt.date(2027, 6, 30),
    ),
    (
        "30.06.2027.",
        dt.date(2027, 6, 30),
        ("Date: 30.06.2027. is not a real calendar date (dates are typed like 6/30/2027).", "date"),
        ("Scadenza: write the year in full, like 2027/06/30.", "due"),
    ),
    (
        "30 - 06 - 2027",
        dt.date(2027, 6, 30),
        ("Date: 30 - 06 - 2027 is not a real calendar date (dates are typed like 6/30/2027).", "date"),
        ("Scadenza: write the year in full, like 2027/06/30.", "due"),
    ),
    (
        "30/06/27",
        ("Date: write the year in full, like 30/06/2027.", "date"),
        ("Date: write the year in full, like 6/30/2027.", "date"),
        ("Scadenza: write the year in full, like 2027/06/30.", "due"),
    ),
    (
        "31/02/2027",
        ("Date: 31/02/2027 is not a real calendar date (dates are typed like 30/06/2027).", "date"),
        ("Date: 31/02/2027 is not a real calendar date (dates are typed like 6/30/2027).", "date"),
        ("Scadenza: write the year in full, like 2027/06/30.", "due"),
    ),
    (
        "2027-02-31",
        ("Date: 2027-02-31 is not a real calendar date.", "date"),
        ("Date: 2027-02-31 is not a real calendar date.", "date"),
        ("Scadenza: 2027-02-31 is not a real calendar date.", "due"),
    ),
    (
        "30 giugno 2027",
        dt.date(2027, 6, 30),
        ("Date: “30 giugno 2027” is not a date. Type it like 6/30/2027.", "date"),
        ("Scadenza: “30 giugno 2027” is not a date. Type it like 2027/06/30.", "due"),
    ),
    (
        "30 giu. 2027",
        dt.date(2027, 6, 30),
        ("Date: “30 giu. 2027” is not a date. Type it like 6/30/2027.", "date"),
        ("Scadenza: “30 giu. 2027” is not a date. Type it like 2027/06/30.", "due"),
    ),
    (
        "30 GIUGNO 2027",
        dt.date(2027, 6, 30),
        ("Date: “30 GIUGNO 2027” is not a date. Type it like 6/30/2027.", "date"),
        ("Scadenza: “30 GIUGNO 2027” is not a date. Type it like 2027/06/30.", "due"),
    ),
    (
        "giugno 30, 2027",
        dt.date(2027, 6, 30),
        ("Date: “giugno 30, 2027” is not a date. Type it like 6/30/2027.", "date"),
        ("Scadenza: “giugno 30, 2027” is not a date. Type it like 2027/06/30.", "due"),
    ),
    (
        "June 30, 2027",
        ("Date: “June 30, 2027” is not a date. Type it like 30/06/2027.", "date"),
        dt.date(2027, 6, 30),
        ("Scadenza: “June 30, 2027” is not a date. Type it like 2027/06/30.", "due"),
    ),
    (
        "Jun. 30 2027",
        ("Date: “Jun. 30 2027” is not a date. Type it like 30/06/2027.", "date"),
        dt.date(2027, 6, 30),
        ("Scadenza: “Jun. 30 2027” is not a date. Type it like 2027/06/30.", "due"),
    ),
    (
        "30 June 2027",
        ("Date: “30 June 2027” is not a date. Type it like 30/06/2027.", "date"),
        dt.date(2027, 6, 30),
        ("Scadenza: “30 June 2027” is not a date. Type it like 2027/06/30.", "due"),
    ),
    (
        "31 June 2027",
        ("Date: “31 June 2027” is not a date. Type it like 30/06/2027.", "date"),
        ("Date: 31 June 2027 is not a real calendar date.", "date"),
        ("Scadenza: “31 June 2027” is not a date. Type it like 2027/06/30.", "due"),
    ),
    (
        "1899-12-31",
        ("Date must be between 1900 and 2200.", "date"),
        ("Date must be between 1900 and 2200.", "date"),
        ("Scadenza must be between 1900 and 2200.", "due"),
    ),
    (
        "2201-01-01",
        ("Date must be between 1900 and 2200.", "date"),
        ("Date must be between 1900 and 2200.", "date"),
        ("Scadenza must be between 1900 and 2200.", "due"),
    ),
    ("1900-01-01", dt.date(1900, 1, 1), dt.date(1900, 1, 1), dt.date(1900, 1, 1)),
    ("2200-12-31", dt.date(2200, 12, 31), dt.date(2200, 12, 31), dt.date(2200, 12, 31)),
    (
        "x",
        ("Date: “x” is not a date. Type it like 30/06/2027.", "date"),
        ("Date: “x” is not a date. Type it like 6/30/2027.", "date"),
        ("Scadenza: “x” is not a date. Type it like 2027/06/30.", "due"),
    ),
    (
        " 30 foo 2027 ",
        ("Date: “30 foo 2027” is not a date. Type it like 30/06/2027.", "date"),
        ("Date: “30 foo 2027” is not a date. Type it like 6/30/2027.", "date"),
        ("Scadenza: “30 foo 2027” is not a date. Type it like 2027/06/30.", "due"),
    ),
    (
        "",
        ("Date must be a date.", "date"),
        ("Date must be a date.", "date"),
        ("Scadenza must be a date.", "due"),
    ),
    (
        "   ",
        ("Date must be a date.", "date"),
        ("Date must be a date.", "date"),
        ("Scadenza must be a date.", "due"),
    ),
    (
        5,
        ("Date must be a date.", "date"),
        ("Date must be a date.", "date"),
        ("Scadenza must be a date.", "due"),
    ),
    (dt.date(2027, 1, 1), dt.date(2027, 1, 1), dt.date(2027, 1, 1), dt.date(2027, 1, 1)),
    (
        dt.date(1899, 1, 1),
        ("Date must be between 1900 and 2200.", "date"),
        ("Date must be between 1900 and 2200.", "date"),
        ("Scadenza must be between 1900 and 2200.", "due"),
    ),
    (
        dt.datetime(2027, 1, 1),
        ("Date must be a date without a time.", "date"),
        ("Date must be a date without a time.", "date"),
        ("Scadenza must be a date without a time.", "due"),
    ),
]


@pytest.mark.parametrize(("text", "it", "en", "ja"), _DATES, ids=[str(i) for i in range(len(_DATES))])
def test_dates_read_in_each_locales_order(text: object, it: object, en: object, ja: object) -> None:
    assert _outcome(lambda: N.parse_date(text, "it_IT")) == it
    assert _outcome(lambda: N.parse_date(text, "en_US")) == en
    assert _outcome(lambda: N.parse_date(text, "ja_JP", label="Scadenza", field="due")) == ja


def test_date_refusals_in_italian(italian: None) -> None:
    assert _outcome(lambda: N.parse_date("x", "it_IT")) == (
        "Data: \u201cx\u201d non è una data. Scrivila come 30/06/2027.",
        "date",
    )


_ITALIAN = [
    (lambda: N.parse_decimal(None, "it_IT"), "Numero deve essere un numero."),
    (lambda: N.parse_decimal(Decimal("NaN"), "it_IT"), "Numero deve essere un numero finito."),
    (
        lambda: N.parse_decimal("abc", "it_IT"),
        "Numero: \u201cabc\u201d non è un numero in questo formato (separatore decimale \u201c,\u201d). "
        "Scrivilo come 1.250.000,50.",
    ),
    (
        lambda: N.parse_decimal("1.250", "en_US"),
        "Numero: \u201c1.250\u201d è ambiguo: qui verrebbe letto come 1.25, ma potrebbe anche voler dire 1250. "
        "Scrivi 1.25 oppure 1250 per indicare quale.",
    ),
    (
        lambda: N.parse_decimal("1" * 16, "it_IT"),
        "Il valore di «Numero» è troppo grande per essere plausibile.",
    ),
    (lambda: N.parse_decimal("1,25", "it_IT", max_decimals=1), "Numero può avere al massimo 1 decimali."),
    (lambda: N.parse_decimal("", "it_IT", label="Peso"), "Peso deve essere un numero."),
    (lambda: N.parse_money(None, "it_IT"), "Importo deve essere un numero."),
    (lambda: N.parse_money(5.0, "it_IT"), "Importo deve essere un numero."),
    (lambda: N.parse_money("0,001", "it_IT"), "Importo può avere al massimo 2 decimali."),
    (
        lambda: N.parse_money("1.000.000.000.000", "it_IT"),
        "Il valore di «Importo» è troppo grande per essere plausibile (al massimo 999.999.999.999).",
    ),
    (
        lambda: N.parse_money("$ 5", "it_IT", currency="EUR"),
        "Importo è in EUR: \u201c$\u201d è un\u2019altra valuta.",
    ),
    (lambda: N.parse_date(dt.datetime(2027, 1, 1), "it_IT"), "Data deve essere una data senza ora."),
    (lambda: N.parse_date("", "it_IT"), "Data deve essere una data."),
    (lambda: N.parse_date("30/06/27", "it_IT"), "Data: scrivi l'anno per intero, come 30/06/2027."),
    (
        lambda: N.parse_date("31/02/2027", "it_IT"),
        "Data: 31/02/2027 non è una data esistente nel calendario (le date si scrivono come 30/06/2027).",
    ),
    (
        lambda: N.parse_date("2027-02-31", "it_IT"),
        "Data: 2027-02-31 non è una data esistente nel calendario.",
    ),
    (lambda: N.parse_date("1899-01-01", "it_IT"), "Data deve essere tra il 1900 e il 2200."),
]


@pytest.mark.parametrize(("call", "message"), _ITALIAN, ids=[str(i) for i in range(len(_ITALIAN))])
def test_every_refusal_in_italian(call: object, message: str, italian: None) -> None:
    outcome = _outcome(call)
    assert isinstance(outcome, tuple)
    assert outcome[0] == message


def test_month_names_in_every_width_and_grammatical_form() -> None:
    assert {k: v for k, v in N._month_names("ru_RU").items() if v == 6} == {"июня": 6, "июнь": 6, "июн": 6}
    assert {k: v for k, v in N._month_names("fr_FR").items() if v == 2} == {"février": 2, "févr": 2}
    assert N.parse_date("15 févr. 2027", "fr_FR") == dt.date(2027, 2, 15)
    assert N.parse_date("30 июня 2027", "ru_RU") == dt.date(2027, 6, 30)
    assert N.parse_date("июнь 30, 2027", "ru_RU") == dt.date(2027, 6, 30)
    assert N.parse_date("30. Juni 2027", "de_DE") == dt.date(2027, 6, 30)


def test_a_locale_whose_decimal_sign_is_neither_point_nor_comma() -> None:
    # Balochi writes 1٫5: its sign is read as the decimal point, and so is a plain point
    assert N.parse_decimal("1\u066b5", "bgn") == Decimal("1.5")
    assert N.parse_decimal("1.5", "bgn") == Decimal("1.5")
    assert _outcome(lambda: N.parse_decimal("1,250", "bgn")) == (
        "Number: \u201c1,250\u201d is ambiguous: here it would be read as 1250, but it could also mean "
        "1\u066b25. Type 1250 or 1\u066b25 to say which.",
        "number",
    )
