"""Validation of user input. Every function returns the clean value or raises ValidationError.

Policy (the same for every text field, so users meet one set of rules):
- names and titles are trimmed of surrounding white space, must not be empty, are at most
  NAME_MAX (names) or TITLE_MAX (titles) characters, and hold no line breaks or control
  characters;
- free text (notes, answers, summaries) is stored exactly as typed (tabs and line breaks
  kept), at most TEXT_MAX characters, with no other control characters (NUL, bell, escape);
- money is a finite, non-negative Decimal with at most 2 decimals, below MONEY_MAX;
- ratings are whole numbers 1-5; percentages 0-100;
- dates are real calendar dates (ISO ``YYYY-MM-DD`` when given as text).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal

from kam_desktop.domain import numbers
from kam_desktop.domain.errors import ValidationError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, field_label, fmt, translate

__all__ = ["ValidationError"]

NAME_MAX = 200
TITLE_MAX = 500
TEXT_MAX = 100_000
MONEY_MAX = Decimal("1000000000000")  # one trillion in the account's currency
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_OR_BREAK = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def _describe_control(text: str) -> str:
    bad = _CONTROL_OR_BREAK.search(text) or _CONTROL.search(text)
    assert bad is not None
    char = bad.group()
    if char in "\n\r":
        return translate("Validation", "a line break")
    if char == "\t":
        return translate("Validation", "a tab")
    return fmt(translate("Validation", "an invisible control character (U+%1)"), f"{ord(char):04X}")


def name(
    value: object,
    *,
    field: str = "name",
    label: str = QT_TRANSLATE_NOOP("Field", "Name"),
    max_len: int = NAME_MAX,
) -> str:
    """A required one-line name: trimmed, non-empty, no control characters."""
    label = field_label(label)
    if not isinstance(value, str):
        raise ValidationError(fmt(translate("Validation", "%1 must be text."), label), field=field)
    cleaned = value.strip()
    if not cleaned:
        raise ValidationError(fmt(translate("Validation", "%1 cannot be empty."), label), field=field)
    if len(cleaned) > max_len:
        raise ValidationError(
            fmt(
                translate("Validation", "%1 is too long (%2 characters; at most %3)."),
                label,
                numbers.format_decimal(len(cleaned), numbers.current_locale()),
                numbers.format_decimal(max_len, numbers.current_locale()),
            ),
            field=field,
        )
    if _CONTROL_OR_BREAK.search(cleaned):
        raise ValidationError(
            fmt(translate("Validation", "%1 cannot contain %2."), label, _describe_control(cleaned)),
            field=field,
        )
    return cleaned


def title(value: object, *, field: str = "title", label: str = QT_TRANSLATE_NOOP("Field", "Title")) -> str:
    return name(value, field=field, label=label, max_len=TITLE_MAX)


def optional_name(value: object, *, field: str, label: str, max_len: int = NAME_MAX) -> str:
    """An optional one-line value ('' when blank)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    return name(value, field=field, label=label, max_len=max_len)


def text(
    value: object,
    *,
    field: str = "text",
    label: str = QT_TRANSLATE_NOOP("Field", "Text"),
    max_len: int = TEXT_MAX,
) -> str:
    """Optional free text, stored exactly as typed."""
    label = field_label(label)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(fmt(translate("Validation", "%1 must be text."), label), field=field)
    if len(value) > max_len:
        raise ValidationError(
            fmt(
                translate("Validation", "%1 is too long (%2 characters; at most %3)."),
                label,
                numbers.format_decimal(len(value), numbers.current_locale()),
                numbers.format_decimal(max_len, numbers.current_locale()),
            ),
            field=field,
        )
    if _CONTROL.search(value):
        raise ValidationError(
            fmt(translate("Validation", "%1 cannot contain %2."), label, _describe_control(value)),
            field=field,
        )
    return value


def money(
    value: object, *, field: str = "amount", label: str = QT_TRANSLATE_NOOP("Field", "Amount")
) -> Decimal:
    """A non-negative, finite amount with at most 2 decimals. Accepts Decimal, int or text."""
    label = field_label(label)
    if isinstance(value, bool) or value is None:
        raise ValidationError(fmt(translate("Validation", "%1 must be a number."), label), field=field)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(
                fmt(translate("Validation", "%1 must be a finite number."), label), field=field
            )
        value = Decimal(repr(value))
    if isinstance(value, str):
        # Typed text is read the user's way (1.250.000,50 in Italian), never guessed.
        value = from_cents(numbers.parse_money(value, numbers.current_locale(), field=field, label=label))
    if isinstance(value, int):
        value = Decimal(value)
    if not isinstance(value, Decimal):
        raise ValidationError(fmt(translate("Validation", "%1 must be a number."), label), field=field)
    if not value.is_finite():
        raise ValidationError(fmt(translate("Validation", "%1 must be a finite number."), label), field=field)
    if value < 0:
        raise ValidationError(fmt(translate("Validation", "%1 cannot be negative."), label), field=field)
    if value >= MONEY_MAX:
        raise ValidationError(
            fmt(
                translate("Validation", "%1 is implausibly large (at most %2)."),
                label,
                numbers.format_decimal(MONEY_MAX - 1, numbers.current_locale()),
            ),
            field=field,
        )
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(
            fmt(translate("Validation", "%1 can have at most 2 decimals."), label), field=field
        )
    result = value.quantize(Decimal("0.01"))
    return result + Decimal("0.00") if result != 0 else Decimal("0.00")


def optional_money(value: object, *, field: str, label: str) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return money(value, field=field, label=label)


def rating(value: object, *, field: str = "rating", label: str = QT_TRANSLATE_NOOP("Field", "Rating")) -> int:
    """A whole number 1-5."""
    label = field_label(label)
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
            value = int(value.strip())
        else:
            raise ValidationError(
                fmt(translate("Validation", "%1 must be a whole number from 1 to 5."), label), field=field
            )
    if not 1 <= value <= 5:
        raise ValidationError(
            fmt(translate("Validation", "%1 must be from 1 to 5 (got %2)."), label, value), field=field
        )
    return value


def optional_rating(value: object, *, field: str, label: str) -> int | None:
    if value is None or value == "":
        return None
    return rating(value, field=field, label=label)


def percent(
    value: object, *, field: str = "probability", label: str = QT_TRANSLATE_NOOP("Field", "Probability")
) -> int:
    label = field_label(label)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            fmt(translate("Validation", "%1 must be a whole number from 0 to 100."), label), field=field
        )
    if not 0 <= value <= 100:
        raise ValidationError(
            fmt(translate("Validation", "%1 must be from 0 to 100 (got %2)."), label, value), field=field
        )
    return value


def date(value: object, *, field: str = "date", label: str = QT_TRANSLATE_NOOP("Field", "Date")) -> dt.date:
    """A calendar date: a ``date`` or ISO text ``YYYY-MM-DD``."""
    label = field_label(label)
    if isinstance(value, dt.datetime):
        raise ValidationError(
            fmt(translate("Validation", "%1 must be a date without a time."), label), field=field
        )
    if isinstance(value, dt.date):
        if not 1900 <= value.year <= 2200:
            raise ValidationError(
                fmt(translate("Validation", "%1 must be between 1900 and 2200."), label), field=field
            )
        return value
    if isinstance(value, str):
        # ISO always; otherwise the user's own order (30/06/2027 in Italian).
        return numbers.parse_date(value, numbers.current_locale(), field=field, label=label)
    raise ValidationError(fmt(translate("Validation", "%1 must be a date."), label), field=field)


def optional_date(value: object, *, field: str, label: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return date(value, field=field, label=label)


def choice(value: object, allowed: tuple[str, ...], *, field: str, label: str) -> str:
    label = field_label(label)
    if not isinstance(value, str) or value not in allowed:
        readable = ", ".join(a.replace("_", " ") for a in allowed)
        raise ValidationError(
            fmt(translate("Validation", "%1 must be one of: %2."), label, readable), field=field
        )
    return value


def currency(
    value: object, *, field: str = "currency", label: str = QT_TRANSLATE_NOOP("Field", "Currency")
) -> str:
    label = field_label(label)
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{3}", value.strip()):
        raise ValidationError(
            fmt(translate("Validation", "%1 must be a 3-letter code such as EUR or USD."), label), field=field
        )
    return value.strip().upper()


def to_cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def from_cents(cents: int | None) -> Decimal | None:
    if cents is None:
        return None
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))
