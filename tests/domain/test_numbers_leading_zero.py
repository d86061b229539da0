"""A leading zero is no thousands group: "0.250" typed in Italian or "0,005" in English was read
as 250 and 5 (an amount of 5.00 where 0.005 was meant) - silently. Now refused, with the way to
type the number, and nothing else changes: real groups and decimals read as before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.numbers import parse_decimal, parse_money


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("0.250", "it_IT"),
        ("0.250.000", "it_IT"),
        ("00.250", "it_IT"),
        ("0,005", "en_US"),
        ("012,500", "en_US"),
    ],
)
def test_a_leading_zero_group_is_refused(text: str, locale: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_decimal(text, locale, field="value", label="Value")
    assert err.value.field == "value"
    assert str(err.value).startswith(f"Value: \u201c{text}\u201d is not a number in this format")
    with pytest.raises(ValidationError):
        parse_money(text, locale, field="revenue", label="Revenue", currency="EUR")


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("0,250", "it_IT", Decimal("0.250")),
        ("0.005", "en_US", Decimal("0.005")),
        ("250.000", "it_IT", None),  # ambiguous: refused as before (250000 or 250)
        ("2.250.000", "it_IT", Decimal("2250000")),
        ("10,005", "en_US", None),  # ambiguous: 10005 or 10.005
        ("0", "en_US", Decimal("0")),
        ("007", "en_US", Decimal("7")),
        ("1 250 000,50", "it_IT", Decimal("1250000.50")),
    ],
)
def test_other_numbers_read_as_before(text: str, locale: str, value: Decimal | None) -> None:
    if value is None:
        with pytest.raises(ValidationError, match="ambiguous"):
            parse_decimal(text, locale, field="value", label="Value")
    else:
        assert parse_decimal(text, locale, field="value", label="Value") == value
