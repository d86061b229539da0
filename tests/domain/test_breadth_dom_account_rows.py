"""Breadth (issue 12): one accounts-file row with two amounts in different currencies."""

from __future__ import annotations

from kam_desktop.domain.interchange.account_rows import AccountRow, RowProblem, build_account
from kam_desktop.domain.interchange.amounts import DECIMAL_COMMA, NumberFormat
from kam_desktop.domain.interchange.tabular import Record
from kam_desktop.i18n import using_language

MAPPING = {0: "name", 1: "current_revenue", 2: "potential_revenue"}
ITALIAN = NumberFormat(DECIMAL_COMMA, True)


def _row(*cells: str) -> AccountRow | RowProblem:
    return build_account(Record(2, cells), MAPPING, ITALIAN, "EUR")


def test_two_different_currency_signs_are_refused_in_english_and_italian() -> None:
    with using_language("en"):
        assert _row("Acme", "\u20ac 1.000", "$ 2.000") == RowProblem(
            2, "The two amounts are in different currencies.", "Acme"
        )
        assert _row("Acme", "1.000 USD", "2.000 GBP") == RowProblem(
            2, "The two amounts are in different currencies.", "Acme"
        )
    with using_language("it"):
        assert _row("Acme", "\u20ac 1.000", "$ 2.000") == RowProblem(
            2, "I due importi sono in valute diverse.", "Acme"
        )


def test_the_same_currency_twice_sets_the_account_currency() -> None:
    assert _row("Acme", "\u20ac 1.000", "2.000 EUR") == AccountRow(
        2,
        {
            "name": "Acme",
            "current_revenue_cents": 100000,
            "potential_revenue_cents": 200000,
            "currency": "EUR",
        },
        "acme",
    )
    assert _row("Acme", "$ 1.000", "2.000") == AccountRow(
        2,
        {
            "name": "Acme",
            "current_revenue_cents": 100000,
            "potential_revenue_cents": 200000,
            "currency": "USD",
        },
        "acme",
    )
