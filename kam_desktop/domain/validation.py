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
from decimal import Decimal, InvalidOperation

from kam_desktop.domain.errors import ValidationError

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
        return "a line break"
    if char == "\t":
        return "a tab"
    return f"an invisible control character (U+{ord(char):04X})"


def name(value: object, *, field: str = "name", label: str = "Name", max_len: int = NAME_MAX) -> str:
    """A required one-line name: trimmed, non-empty, no control characters."""
    if not isinstance(value, str):
        raise ValidationError(f"{label} must be text.", field=field)
    cleaned = value.strip()
    if not cleaned:
        raise ValidationError(f"{label} cannot be empty.", field=field)
    if len(cleaned) > max_len:
        raise ValidationError(
            f"{label} is too long ({len(cleaned):,} characters; at most {max_len:,}).", field=field
        )
    if _CONTROL_OR_BREAK.search(cleaned):
        raise ValidationError(f"{label} cannot contain {_describe_control(cleaned)}.", field=field)
    return cleaned


def title(value: object, *, field: str = "title", label: str = "Title") -> str:
    return name(value, field=field, label=label, max_len=TITLE_MAX)


def optional_name(value: object, *, field: str, label: str, max_len: int = NAME_MAX) -> str:
    """An optional one-line value ('' when blank)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    return name(value, field=field, label=label, max_len=max_len)


def text(value: object, *, field: str = "text", label: str = "Text", max_len: int = TEXT_MAX) -> str:
    """Optional free text, stored exactly as typed."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{label} must be text.", field=field)
    if len(value) > max_len:
        raise ValidationError(
            f"{label} is too long ({len(value):,} characters; at most {max_len:,}).", field=field
        )
    if _CONTROL.search(value):
        raise ValidationError(f"{label} cannot contain {_describe_control(value)}.", field=field)
    return value


def money(value: object, *, field: str = "amount", label: str = "Amount") -> Decimal:
    """A non-negative, finite amount with at most 2 decimals. Accepts Decimal, int or text."""
    if isinstance(value, bool) or value is None:
        raise ValidationError(f"{label} must be a number.", field=field)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(f"{label} must be a finite number.", field=field)
        value = repr(value)
    if isinstance(value, str):
        raw = value.strip().replace(" ", "").replace("_", "")
        if not raw:
            raise ValidationError(f"{label} must be a number.", field=field)
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", raw):
            raise ValidationError(f"{label} must be a number like 125000 or 125000.50.", field=field)
        try:
            value = Decimal(raw)
        except InvalidOperation:
            raise ValidationError(f"{label} must be a number.", field=field) from None
    if isinstance(value, int):
        value = Decimal(value)
    if not isinstance(value, Decimal):
        raise ValidationError(f"{label} must be a number.", field=field)
    if not value.is_finite():
        raise ValidationError(f"{label} must be a finite number.", field=field)
    if value < 0:
        raise ValidationError(f"{label} cannot be negative.", field=field)
    if value >= MONEY_MAX:
        raise ValidationError(f"{label} is implausibly large (at most {MONEY_MAX - 1:,}).", field=field)
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(f"{label} can have at most 2 decimals.", field=field)
    result = value.quantize(Decimal("0.01"))
    return result + Decimal("0.00") if result != 0 else Decimal("0.00")


def optional_money(value: object, *, field: str, label: str) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return money(value, field=field, label=label)


def rating(value: object, *, field: str = "rating", label: str = "Rating") -> int:
    """A whole number 1-5."""
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
            value = int(value.strip())
        else:
            raise ValidationError(f"{label} must be a whole number from 1 to 5.", field=field)
    if not 1 <= value <= 5:
        raise ValidationError(f"{label} must be from 1 to 5 (got {value}).", field=field)
    return value


def optional_rating(value: object, *, field: str, label: str) -> int | None:
    if value is None or value == "":
        return None
    return rating(value, field=field, label=label)


def percent(value: object, *, field: str = "probability", label: str = "Probability") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{label} must be a whole number from 0 to 100.", field=field)
    if not 0 <= value <= 100:
        raise ValidationError(f"{label} must be from 0 to 100 (got {value}).", field=field)
    return value


def date(value: object, *, field: str = "date", label: str = "Date") -> dt.date:
    """A calendar date: a ``date`` or ISO text ``YYYY-MM-DD``."""
    if isinstance(value, dt.datetime):
        raise ValidationError(f"{label} must be a date without a time.", field=field)
    if isinstance(value, dt.date):
        if not 1900 <= value.year <= 2200:
            raise ValidationError(f"{label} must be between 1900 and 2200.", field=field)
        return value
    if isinstance(value, str):
        raw = value.strip()
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise ValidationError(f"{label} must be a date written YYYY-MM-DD.", field=field)
        try:
            parsed = dt.date.fromisoformat(raw)
        except ValueError:
            raise ValidationError(f"{label} is not a real calendar date ({raw}).", field=field) from None
        return date(parsed, field=field, label=label)
    raise ValidationError(f"{label} must be a date.", field=field)


def optional_date(value: object, *, field: str, label: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return date(value, field=field, label=label)


def choice(value: object, allowed: tuple[str, ...], *, field: str, label: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        readable = ", ".join(a.replace("_", " ") for a in allowed)
        raise ValidationError(f"{label} must be one of: {readable}.", field=field)
    return value


def currency(value: object, *, field: str = "currency", label: str = "Currency") -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{3}", value.strip()):
        raise ValidationError(f"{label} must be a 3-letter code such as EUR or USD.", field=field)
    return value.strip().upper()


def to_cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def from_cents(cents: int | None) -> Decimal | None:
    if cents is None:
        return None
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))
