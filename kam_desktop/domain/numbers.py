"""One reader and one formatter for numbers, money and dates, by locale (Babel / CLDR, no Qt).

Every place that turns typed text into a number, an amount or a date goes through here: the
GUI passes the raw text to a service, the service calls these functions with the user's
locale (``current_locale()``, set once by the GUI at start-up), and the report layer formats
with the locale of the export. Money is integer cents end to end.

Reading rules, the same for every field:
- the locale's decimal separator is the decimal separator (``,`` in Italian, ``.`` in English);
  the other of ``.``/``,`` is only accepted as a thousands separator in whole groups of three,
  after a first group that does not start with 0 (``0.250`` and ``0,005`` are refused: no one
  groups 250 or 5 that way, they are decimals in the other convention);
  spaces (also no-break and narrow no-break) and apostrophes (``'``, ``’``) are always thousands
  separators, also in whole groups of three;
- a currency sign or ISO code before or after the amount is ignored (``€ 3.450.000,00``,
  ``3,450,000.00 EUR``);
- input that two conventions read differently is refused, never guessed: one ``.`` or ``,``
  followed by exactly three digits after 1-3 leading digits (``1,250``, ``12.500``) is 1250 in one
  convention and 1.25 in the other. The message shows both readings and how to type either;
- ISO dates (``2027-06-30``) are read in every locale, and numeric dates in the locale's own
  order (``30/06/2027`` in Italian, ``6/30/2027`` in US English), with a four-digit year.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any, Literal

from babel import Locale, UnknownLocaleError
from babel import numbers as bnumbers

from kam_desktop.domain.errors import ValidationError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, field_label, fmt, translate

__all__ = [
    "MONEY_MAX_CENTS",
    "DateStyle",
    "current_locale",
    "format_date",
    "format_decimal",
    "format_money",
    "locale_for_language",
    "parse_date",
    "parse_decimal",
    "parse_money",
    "set_locale",
]

DEFAULT_LOCALE = "en_US"
MONEY_MAX_CENTS = 100_000_000_000_000  # one trillion in the account's currency, in cents
DECIMAL_MAX = Decimal("1e15")

DateStyle = Literal["short", "medium", "long", "full"]

_SPACES = " \u00a0\u202f\u2009"
_APOSTROPHES = "'\u2019"
_ALWAYS_GROUP = _SPACES + _APOSTROPHES
_DIGITS_AND_SEPARATORS = re.compile(r"[0-9.,'\u2019 \u00a0\u202f\u2009]+")

_lock = threading.Lock()
_current = DEFAULT_LOCALE

_LANGUAGE_DEFAULT = {"it": "it_IT", "en": "en_US"}

QT_TRANSLATE_NOOP("Numbers", "Amount")
QT_TRANSLATE_NOOP("Numbers", "Number")
QT_TRANSLATE_NOOP("Numbers", "Date")


# --- locale ----------------------------------------------------------------------------------


def _dates() -> Any:
    """babel.dates, imported on first use: it brings pytz and the zone database, which the
    main window's first frame does not need."""
    from babel import dates

    return dates


@lru_cache(maxsize=64)
@lru_cache(maxsize=64)
def _locale(name: str) -> Locale:
    """The Babel locale of ``name`` (made once per name: a new Locale object reloads its CLDR
    data on first use, half the cost of formatting one compact amount)."""
    try:
        return Locale.parse(name.replace("-", "_").split(".")[0])
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(DEFAULT_LOCALE)


def locale_for_language(language: str, system_locale: str | None = None) -> str:
    """The locale for numbers and dates: the system's when it speaks ``language`` (it_CH, en_GB),
    else the language's usual one (it_IT, en_US)."""
    if system_locale:
        name = system_locale.replace("-", "_").split(".")[0]
        if name.split("_")[0].lower() == language and name.lower() not in ("c", "posix"):
            try:
                return str(Locale.parse(name))
            except (UnknownLocaleError, ValueError):
                pass
    return _LANGUAGE_DEFAULT.get(language, DEFAULT_LOCALE)


def set_locale(name: str) -> str:
    """Make ``name`` the locale services read typed numbers and dates in; returns it normalised."""
    global _current
    with _lock:
        _current = str(_locale(name))
    return _current


def current_locale() -> str:
    return _current


def _symbols(locale: str) -> tuple[str, str]:
    loc = _locale(locale)
    decimal = bnumbers.get_decimal_symbol(loc)
    group = bnumbers.get_group_symbol(loc)
    return decimal, group


# --- formatting -------------------------------------------------------------------------------


def format_decimal(value: Decimal | int | float, locale: str, decimals: int | None = None) -> str:
    """``value`` with the locale's separators; ``decimals`` fixes the number of decimals."""
    loc = _locale(locale)
    if decimals is None:
        return bnumbers.format_decimal(value, locale=loc, decimal_quantization=False)
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    return bnumbers.format_decimal(number.quantize(Decimal(1).scaleb(-decimals)), format=pattern, locale=loc)


def format_money(cents: int, currency: str, locale: str, *, decimals: bool = True) -> str:
    """``cents`` as the locale writes an amount: '1.250.000,50 €' (it), '€1,250,000.50' (en)."""
    amount = Decimal(cents) / 100
    loc = _locale(locale)
    if decimals:
        return bnumbers.format_currency(amount, currency, locale=loc)
    pattern = loc.currency_formats["standard"].pattern.split(";")[0]
    pattern = re.sub(r"0\.0+", "0", pattern)
    return bnumbers.format_currency(
        amount.quantize(Decimal(1), rounding=ROUND_HALF_UP),
        currency,
        format=pattern,
        locale=loc,
        currency_digits=False,
    )


def _italian_thousands(value: Decimal | int | float, locale: str) -> str | None:
    """Italian writes thousands out ('222 mila', '689,8 mila') next to '10,2 Mln'; CLDR's
    Italian data gives a bare 'K' ('222K') there, an English mark among Italian amounts."""
    if _locale(locale).language != "it":
        return None
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    thousands = (number / 1000).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if abs(number) < 1000 or abs(thousands) >= 1000:
        return None
    if thousands == thousands.to_integral_value():
        thousands = thousands.quantize(Decimal(1))
    return format_decimal(thousands, locale) + "\u00a0mila"


def format_compact(value: Decimal | int | float, locale: str) -> str:
    """A short number for tables and chart axes: '1.2M' / '10K' (en), '1,2 Mln' / '10 mila' (it)."""
    return _italian_thousands(value, locale) or bnumbers.format_compact_decimal(
        value, locale=_locale(locale), fraction_digits=1
    )


def format_compact_money(value: Decimal | int | float, currency: str, locale: str) -> str:
    """A short amount: '€1.3M' (en), '1,3 Mln €' / '222 mila €' (it); no currency: format_compact."""
    if not currency:
        return format_compact(value, locale)
    thousands = _italian_thousands(value, locale)
    if thousands is not None:
        return f"{thousands}\u00a0{bnumbers.get_currency_symbol(currency, locale=_locale(locale))}"
    return bnumbers.format_compact_currency(value, currency, locale=_locale(locale), fraction_digits=1)


def format_date(value: dt.date, locale: str, style: DateStyle = "medium") -> str:
    """'30 giu 2027' / 'Jun 30, 2027' (medium), '30/06/27' / '6/30/27' (short), ..."""
    return str(_dates().format_date(value, format=style, locale=_locale(locale)))


def date_pattern(locale: str) -> str:
    """The locale's numeric date order as a Qt/CLDR-like pattern with a 4-digit year:
    'dd/MM/yyyy' (it_IT), 'M/d/yyyy' (en_US)."""
    pattern = _dates().get_date_format("short", locale=_locale(locale)).pattern
    return re.sub(r"y+", "yyyy", pattern)


# --- reading numbers --------------------------------------------------------------------------


def _label(label: str | None, default: str) -> str:
    return field_label(label) if label is not None else translate("Numbers", default)


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    return frozenset(bnumbers.list_currencies())


def _is_currency(mark: str) -> bool:
    if len(mark) == 3:
        return mark.upper() in _currency_codes()
    return len(mark) == 1 and unicodedata.category(mark) == "Sc"


def _strip_currency(raw: str) -> str:
    """Drop one currency sign or ISO code before or after the number."""
    text = raw.strip()
    match = re.match(r"^([A-Za-z]{3}|\S)\s*(?=[-+\u22120-9.,])", text)
    if match and _is_currency(match.group(1)):
        text = text[match.end() :]
    match = re.search(r"(?<=[0-9.,])\s*([A-Za-z]{3}|\S)$", text)
    if match and _is_currency(match.group(1)):
        text = text[: match.start()]
    return text.strip()


def _valid_groups(integer: str, separators: str) -> str | None:
    """Digits of ``integer`` if every separator splits it in whole thousands, else None."""
    parts = re.split("[" + re.escape(separators) + "]", integer)
    if len(parts) == 1:
        return integer if integer.isdigit() else None
    used = {ch for ch in integer if ch in separators}
    spaces = set(_SPACES)
    if len(used) > 1 and not used <= spaces:
        return None
    if not (1 <= len(parts[0]) <= 3 and parts[0].isdigit()) or parts[0][0] == "0":
        return None  # (a leading 0 is no thousands group: "0.250" and "0,005" mean no 250 and 5)
    if any(len(p) != 3 or not p.isdigit() for p in parts[1:]):
        return None
    return "".join(parts)


class _Reading:
    __slots__ = ("ambiguous_with", "value")

    def __init__(self, value: Decimal, ambiguous_with: Decimal | None = None) -> None:
        self.value = value
        self.ambiguous_with = ambiguous_with


def _read_number(raw: str, locale: str) -> _Reading | None:
    """The number ``raw`` means in ``locale`` (ambiguity noted), or None if it is not one."""
    decimal, group = _symbols(locale)
    if decimal not in ".,":  # locales with other decimal signs: accept theirs as '.'
        raw = raw.replace(decimal, ".")
        decimal = "."
    other = "," if decimal == "." else "."
    text = raw
    if not text or not _DIGITS_AND_SEPARATORS.fullmatch(text):
        return None
    group_chars = _ALWAYS_GROUP + other + (group if group not in (decimal,) else "")
    if text.count(decimal) > 1:
        return None
    if decimal in text:
        integer, fraction = text.split(decimal)
        if not fraction.isdigit():
            return None
        if integer == "":
            integer = "0"
    else:
        integer, fraction = text, ""
    digits = _valid_groups(integer, group_chars)
    if digits is None:
        return None
    value = Decimal(digits + ("." + fraction if fraction else ""))
    # The same text read the other way round: one '.'/',' with exactly 3 digits after it,
    # after 1-3 leading digits that are not a lone 0.
    single = re.fullmatch(r"([1-9][0-9]{0,2})([.,])([0-9]{3})", text)
    if single:
        lead, sep, tail = single.groups()
        other_value = Decimal(lead + tail) if sep == decimal else Decimal(lead + "." + tail)
        if other_value != value:
            return _Reading(value, other_value)
    return _Reading(value)


def _example(locale: str) -> str:
    return format_decimal(Decimal("1250000.50"), locale, 2)


def _parse(text: object, locale: str, *, field: str, label: str) -> Decimal:
    if isinstance(text, bool) or text is None:
        raise ValidationError(fmt(translate("Numbers", "%1 must be a number."), label), field=field)
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise ValidationError(
                fmt(translate("Numbers", "%1 must be a finite number."), label), field=field
            )
        return text
    if not isinstance(text, str):
        raise ValidationError(fmt(translate("Numbers", "%1 must be a number."), label), field=field)
    raw = _strip_currency(text)
    negative = False
    if raw[:1] in "-+\u2212" and raw:
        negative = raw[0] != "+"
        raw = raw[1:].lstrip()
    if not raw:
        raise ValidationError(fmt(translate("Numbers", "%1 must be a number."), label), field=field)
    reading = _read_number(raw, locale)
    if reading is None:
        raise ValidationError(
            fmt(
                translate(
                    "Numbers",
                    "%1: \u201c%2\u201d is not a number in this format "
                    "(decimal separator \u201c%3\u201d). Type it like %4.",
                ),
                label,
                text.strip(),
                _symbols(locale)[0],
                _example(locale),
            ),
            field=field,
        )
    if reading.ambiguous_with is not None:
        here = _unambiguous(reading.value, locale)
        there = _unambiguous(reading.ambiguous_with, locale)
        raise ValidationError(
            fmt(
                translate(
                    "Numbers",
                    "%1: \u201c%2\u201d is ambiguous: here it would be read as %3, "
                    "but it could also mean %4. Type %3 or %4 to say which.",
                ),
                label,
                text.strip(),
                here,
                there,
            ),
            field=field,
        )
    return -reading.value if negative else reading.value


def _unambiguous(value: Decimal, locale: str) -> str:
    """A way to write ``value`` that no convention reads differently: 1250, 1,25, 1,1250."""
    if value == value.to_integral_value():
        return str(int(value))
    decimal, _ = _symbols(locale)
    integer, _, fraction = format(value.normalize(), "f").partition(".")
    if len(fraction) == 3 and len(integer) <= 3:
        fraction += "0"
    return integer + decimal + fraction


def parse_decimal(
    text: object,
    locale: str,
    *,
    field: str = "number",
    label: str | None = None,
    max_decimals: int | None = None,
) -> Decimal:
    """A finite number typed in ``locale``'s way (see the module's rules)."""
    name = _label(label, "Number")
    value = _parse(text, locale, field=field, label=name)
    if abs(value) >= DECIMAL_MAX:
        raise ValidationError(fmt(translate("Numbers", "%1 is implausibly large."), name), field=field)
    if max_decimals is not None and value != value.quantize(Decimal(1).scaleb(-max_decimals)):
        raise ValidationError(
            fmt(translate("Numbers", "%1 can have at most %2 decimals."), name, max_decimals), field=field
        )
    return value


def parse_money(
    text: object,
    locale: str,
    *,
    field: str = "amount",
    label: str | None = None,
    currency: str | None = None,
) -> int:
    """A non-negative amount typed in ``locale``'s way, in cents (at most 2 decimals).

    ``currency`` (e.g. 'EUR'), when given, is the only currency sign or code accepted."""
    name = _label(label, "Amount")
    if isinstance(text, float):
        raise ValidationError(fmt(translate("Numbers", "%1 must be a number."), name), field=field)
    if isinstance(text, str) and currency is not None:
        _check_currency(text, currency, locale, field=field, label=name)
    value = _parse(text, locale, field=field, label=name)
    if value < 0:
        raise ValidationError(fmt(translate("Numbers", "%1 cannot be negative."), name), field=field)
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(fmt(translate("Numbers", "%1 can have at most 2 decimals."), name), field=field)
    cents = int((value * 100).to_integral_value())
    if cents >= MONEY_MAX_CENTS:
        raise ValidationError(
            fmt(
                translate("Numbers", "%1 is implausibly large (at most %2)."),
                name,
                format_decimal(Decimal(MONEY_MAX_CENTS) / 100 - 1, locale),
            ),
            field=field,
        )
    return cents


def _check_currency(text: str, currency: str, locale: str, *, field: str, label: str) -> None:
    stripped = text.strip()
    marks = re.findall(r"[A-Za-z]{3}|[^\sA-Za-z0-9.,'\u2019\u00a0\u202f\u2009+\-\u2212]", stripped)
    if not marks:
        return
    code = currency.upper()
    allowed = {code, bnumbers.get_currency_symbol(code, locale=_locale(locale))}
    allowed.add(bnumbers.get_currency_symbol(code, locale=_locale("en_US")))
    for mark in marks:
        if mark.upper() not in allowed and mark not in allowed:
            raise ValidationError(
                fmt(
                    translate("Numbers", "%1 is in %2: \u201c%3\u201d is another currency."),
                    label,
                    code,
                    mark,
                ),
                field=field,
            )


# --- reading dates ----------------------------------------------------------------------------


def _date_order(locale: str) -> str:
    """'dmy', 'mdy' or 'ymd' from the locale's short date pattern."""
    pattern = _dates().get_date_format("short", locale=_locale(locale)).pattern
    order = ""
    for ch in pattern:
        key = {"d": "d", "M": "m", "L": "m", "y": "y"}.get(ch)
        if key and key not in order:
            order += key
    return order if sorted(order) == ["d", "m", "y"] else "dmy"


def _month_names(locale: str) -> dict[str, int]:
    loc = _locale(locale)
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, month in _dates().get_month_names(width, context, locale=loc).items():
                names[month.lower().rstrip(".")] = number
    return names


def parse_date(
    text: object,
    locale: str,
    *,
    field: str = "date",
    label: str | None = None,
) -> dt.date:
    """A calendar date: ISO ``2027-06-30`` always; else numeric in the locale's order
    (``30/06/2027`` in Italian) or with a month name (``30 giugno 2027``), year in full."""
    name = _label(label, "Date")
    if isinstance(text, dt.datetime):
        raise ValidationError(
            fmt(translate("Numbers", "%1 must be a date without a time."), name), field=field
        )
    if isinstance(text, dt.date):
        return _in_range(text, name, field)
    if not isinstance(text, str) or not text.strip():
        raise ValidationError(fmt(translate("Numbers", "%1 must be a date."), name), field=field)
    raw = text.strip()
    example = _full_year_example(locale)
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", raw):
        y, m, d = (int(p) for p in raw.split("-"))
        return _build(y, m, d, raw, name, field)
    numeric = re.fullmatch(r"(\d{1,4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,4})\.?", raw)
    if numeric:
        parts = dict(zip(_date_order(locale), numeric.groups(), strict=True))
        if len(parts["y"]) != 4:
            raise ValidationError(
                fmt(translate("Numbers", "%1: write the year in full, like %2."), name, example), field=field
            )
        return _build(int(parts["y"]), int(parts["m"]), int(parts["d"]), raw, name, field, example)
    named = re.fullmatch(r"(\d{1,2})\.?\s+([^\d\s,.]+)\.?,?\s+(\d{4})", raw) or re.fullmatch(
        r"([^\d\s,.]+)\.?\s+(\d{1,2}),?\s+(\d{4})", raw
    )
    if named:
        first, second, year = named.groups()
        day, month_name = (first, second) if first.isdigit() else (second, first)
        month = _month_names(locale).get(month_name.lower())
        if month is not None:
            return _build(int(year), month, int(day), raw, name, field)
    raise ValidationError(
        fmt(translate("Numbers", "%1: \u201c%2\u201d is not a date. Type it like %3."), name, raw, example),
        field=field,
    )


def _full_year_example(locale: str) -> str:
    pattern = date_pattern(locale)
    sample = dt.date(2027, 6, 30)

    def repl(match: re.Match[str]) -> str:
        token = match.group(0)
        if token[0] == "y":
            return f"{sample.year:04d}"
        number = sample.day if token[0] == "d" else sample.month
        return f"{number:02d}" if len(token) >= 2 else str(number)

    return re.sub(r"y+|d+|M+|L+", repl, pattern)


def _build(
    year: int, month: int, day: int, raw: str, name: str, field: str, example: str | None = None
) -> dt.date:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        if example is None:
            message = fmt(translate("Numbers", "%1: %2 is not a real calendar date."), name, raw)
        else:  # a numeric date in the locale's order: say which order that is
            message = fmt(
                translate("Numbers", "%1: %2 is not a real calendar date (dates are typed like %3)."),
                name,
                raw,
                example,
            )
        raise ValidationError(message, field=field) from None
    return _in_range(value, name, field)


def _in_range(value: dt.date, name: str, field: str) -> dt.date:
    if not 1900 <= value.year <= 2200:
        raise ValidationError(
            fmt(translate("Numbers", "%1 must be between 1900 and 2200."), name), field=field
        )
    return value
