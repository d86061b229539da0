"""The input policy (fourth mutation measurement, issue 12) for values that arrive already as
numbers and dates - an import's amounts, a date picked in a calendar - rather than typed text,
which ``numbers`` reads with messages of its own: the first and last allowed value, and each
refusal word for word in English and Italian."""

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


def test_a_date_of_1900_and_of_2200_is_accepted_and_one_day_outside_is_refused() -> None:
    assert v.date(dt.date(1900, 1, 1)) == dt.date(1900, 1, 1)
    assert v.date(dt.date(2200, 12, 31)) == dt.date(2200, 12, 31)
    assert _refused(v.date, dt.date(2201, 1, 1), field="due_date", label="Due date") == (
        "Due date must be between 1900 and 2200.",
        "due_date",
    )


@pytest.mark.parametrize("amount", [Decimal("1000000000000"), Decimal("1000000000000.00"), 10**12])
def test_one_trillion_as_a_number_is_refused_as_implausibly_large(amount: object) -> None:
    assert _refused(v.money, amount, field="current_revenue", label="Current revenue") == (
        "Current revenue is implausibly large (at most 999,999,999,999).",
        "current_revenue",
    )


def test_the_last_amount_below_one_trillion_is_accepted() -> None:
    assert v.money(Decimal("999999999999.99")) == Decimal("999999999999.99")
    assert v.money(10**12 - 1) == Decimal("999999999999.00")


@pytest.mark.parametrize("amount", [Decimal("0.001"), Decimal("12.345"), 12.345])
def test_an_amount_with_three_decimals_is_refused(amount: object) -> None:
    assert _refused(v.money, amount) == ("Amount can have at most 2 decimals.", "amount")


@pytest.mark.usefixtures("italian")
def test_the_refusals_of_a_number_read_in_italian() -> None:
    assert _refused(v.money, Decimal("1000000000000")) == (
        "Il valore di «Importo» è troppo grande per essere plausibile (al massimo 999.999.999.999).",
        "amount",
    )
    assert _refused(v.money, Decimal("0.001")) == ("Importo può avere al massimo 2 decimali.", "amount")
    assert _refused(v.date, dt.date(1899, 12, 31)) == ("Data deve essere tra il 1900 e il 2200.", "date")
