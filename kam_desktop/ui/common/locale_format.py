"""Numbers, amounts and dates on screen, and the date editor: all in the user's locale.

Formatting and reading live in ``domain.numbers`` (Babel); this module only applies the current
locale (``numbers.current_locale()``, set at start-up from the language and the system locale;
the date editor, in the locale's date order, is ``ui.common.date_edit.DateEdit``). No widget
parses numbers itself: money and number fields hand their raw text to the services.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as dt
    import decimal
    from decimal import Decimal

    from kam_desktop.domain import numbers
else:  # (the first frame's modules need no Babel and no decimal: see ui/common/lazy_qt.py)
    from kam_desktop.ui.common.lazy_qt import LazyModule

    decimal = LazyModule("decimal")
    numbers = LazyModule("kam_desktop.domain.numbers")


def locale() -> str:
    return numbers.current_locale()


@lru_cache(maxsize=16)
def _babel_locale(name: str) -> Any:
    """The parsed Babel locale (parsing it on every call costs more than the formatting)."""
    from babel import Locale

    return Locale.parse(name)


def date_text(value: dt.date | None) -> str:
    """'30/06/2027' (it_IT), '6/30/2027' (en_US); '' for no date."""
    if value is None:
        return ""
    from babel.dates import format_date

    name = locale()
    return format_date(value, format=numbers.date_pattern(name), locale=_babel_locale(name))


def time_text(value: dt.time | None) -> str:
    """'16:00' (it_IT), '4:00 PM' (en_US); '' for no time."""
    if value is None:
        return ""
    from babel.dates import format_time

    name = locale()
    return str(format_time(value, format="short", locale=_babel_locale(name)))


def long_date_text(value: dt.date | None, style: numbers.DateStyle = "medium") -> str:
    """'30 giu 2027' (it_IT), 'Jun 30, 2027' (en_US); style 'full' adds the weekday."""
    return numbers.format_date(value, locale(), style) if value else ""


def money_text(value: Any, currency: str = "", *, decimals: bool = True) -> str:
    """An amount (Decimal in currency units) the locale's way, with the currency when given."""
    if value is None:
        return ""
    cents = int((decimal.Decimal(value) * 100).to_integral_value())
    if currency:
        return numbers.format_money(cents, currency, locale(), decimals=decimals)
    return numbers.format_decimal(decimal.Decimal(cents) / 100, locale(), 2 if decimals else 0)


def money_input_text(value: Any) -> str:
    """An amount as it should appear in an input field, so that it reads back exactly: '1.250.000,50'."""
    if value is None:
        return ""
    return numbers.format_decimal(decimal.Decimal(value), locale(), 2)


def number_text(value: float | Decimal | int | None, max_decimals: int = 2) -> str:
    """A measured value: '6,5' (it), '1,234.25' (en); up to ``max_decimals`` decimals."""
    if value is None:
        return ""
    number = decimal.Decimal(str(value)) if isinstance(value, float) else decimal.Decimal(value)
    number = number.quantize(decimal.Decimal(1).scaleb(-max_decimals))
    number = (
        number.normalize() if number != number.to_integral_value() else number.quantize(decimal.Decimal(1))
    )
    return numbers.format_decimal(number, locale())


def number_input_text(value: float | Decimal | int | None) -> str:
    """A number for an input field, without thousands separators so it reads back exactly:
    '1250,5' (it), '1250.5' (en)."""
    if value is None:
        return ""
    number = decimal.Decimal(str(value)) if isinstance(value, float) else decimal.Decimal(value)
    text = format(number.normalize(), "f")
    return text.replace(".", numbers.format_decimal(decimal.Decimal("0.5"), locale())[1])


def score_text(value: float | Decimal | None) -> str:
    """An identification score with one decimal, the locale's way: '85,0' (it), '85.0' (en)."""
    if value is None:
        return "—"
    return numbers.format_decimal(decimal.Decimal(str(round(float(value), 1))), locale(), 1)


def short_money(value: Any, currency: str = "") -> str:
    """Compact amounts for tables and charts: '1,3 Mln €' (it), '€1.3M' (en)."""
    return numbers.format_compact_money(decimal.Decimal(value), currency, locale())
