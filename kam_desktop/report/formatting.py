"""Dates, money and numbers as the PDFs print them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal


def date(value: dt.date | None, empty: str = "–") -> str:
    return value.strftime("%d %b %Y") if value else empty


def period(start: dt.date | None, end: dt.date | None) -> str:
    if start is None or end is None:
        return "No plan period set"
    return f"{date(start)} – {date(end)}"


def money(amount: Decimal | None, currency: str, empty: str = "not set") -> str:
    if amount is None:
        return empty
    return f"{currency} {amount:,.0f}".strip()


def number(value: float | None, empty: str = "–") -> str:
    if value is None:
        return empty
    if value != value or value in (float("inf"), float("-inf")):
        return empty
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
