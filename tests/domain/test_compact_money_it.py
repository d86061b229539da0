"""Short Italian amounts (the portfolio chart's labels): 'mila' up to the last amount that rounds
below a thousand thousands, then Babel's 'Mln'; the currency's symbol as Italian writes it."""

from __future__ import annotations

import pytest

from kam_desktop.domain.numbers import format_compact_money


@pytest.mark.parametrize(
    ("value", "currency", "shown"),
    [
        (12_500, "EUR", "12,5\u00a0mila\u00a0€"),
        (12_500, "USD", "12,5\u00a0mila\u00a0USD"),  # not "$": the symbol follows the language
        (999_949, "EUR", "999,9\u00a0mila\u00a0€"),
        (999_950, "EUR", "1\u00a0Mln\u00a0€"),  # rounds to 1.000,0 thousand: a million, not "1000 mila"
        (1_000_000, "EUR", "1\u00a0Mln\u00a0€"),
    ],
)
def test_italian_compact_amounts(value: int, currency: str, shown: str) -> None:
    assert format_compact_money(value, currency, "it_IT") == shown
