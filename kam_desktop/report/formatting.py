"""Dates, money and numbers as the PDFs print them, in the language of the export.

The language is the one in force (``i18n.using_language`` around an export): Italian writes
'1.250.000 EUR' and '30 giugno 2027', English '1,250,000 EUR' and '30 Jun 2027'. The digits
come from CLDR through ``domain.numbers`` (Babel).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kam_desktop.domain import numbers
from kam_desktop.i18n import fmt, language, translate

_LOCALE = {"it": "it_IT", "en": "en_US"}
_DATE = {"it": "d MMMM y", "en": "dd MMM y"}
_SHORT_DATE = {"it": "d MMM y", "en": "dd MMM y"}


def locale() -> str:
    """The CLDR locale of the export's language."""
    return _LOCALE.get(language(), "en_US")


def date(value: dt.date | None, empty: str = "–", *, short: bool = False) -> str:
    """'30 giugno 2027' / '30 Jun 2027'; ``short`` abbreviates the Italian month too."""
    if not value:
        return empty
    from babel.dates import format_date

    lang = language()
    pattern = (_SHORT_DATE if short else _DATE).get(lang, _DATE["en"])
    return str(format_date(value, pattern, locale=locale()))


def period(start: dt.date | None, end: dt.date | None) -> str:
    if start is None or end is None:
        return translate("Report", "No plan period set")
    return f"{date(start)} – {date(end)}"


def money(amount: Decimal | None, currency: str, empty: str | None = None) -> str:
    """A whole amount and its currency code: '1.250.000 EUR' / '1,250,000 EUR'."""
    if amount is None:
        return translate("Report", "not set") if empty is None else empty
    whole = numbers.format_decimal(Decimal(amount), locale(), decimals=0)
    return f"{whole} {currency}".strip()


def number(value: float | None, empty: str = "–") -> str:
    """Up to two decimals, trailing zeros dropped: '1.234,5' / '1,234.5'."""
    if value is None:
        return empty
    if value != value or value in (float("inf"), float("-inf")):
        return empty
    text = numbers.format_decimal(Decimal(str(round(value, 2))), locale())
    return "0" if text in ("-0", "−0") else text


def percent(value: float) -> str:
    """'35%' in English, '35%' in Italian (CLDR), from a 0..100 value."""
    return fmt(translate("Report", "%1%"), number(value))
