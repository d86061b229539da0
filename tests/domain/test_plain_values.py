"""The statuses and factors as plain strings (domain.plain_values) are the enums' values, in
the enums' order; the scorer's weights and its inverted factor are built from them."""

from __future__ import annotations

from kam_desktop.domain import plain_values, scoring
from kam_desktop.domain.enums import AccountStatus, Factor


def test_the_statuses_are_account_statuses_values_in_its_order() -> None:
    assert AccountStatus.values() == plain_values.STATUSES
    named = (plain_values.CANDIDATE, plain_values.KEY, plain_values.STANDARD, plain_values.DISQUALIFIED)
    assert (*named, plain_values.ARCHIVED) == tuple(AccountStatus)


def test_the_factors_are_factors_values_in_method_order_with_the_scorers_weights() -> None:
    assert Factor.values() == plain_values.FACTORS
    assert list(plain_values.DEFAULT_WEIGHTS) == list(plain_values.FACTORS)
    assert scoring.DEFAULT_WEIGHTS[Factor.CURRENT_REVENUE] == 20.0
    assert scoring.DEFAULT_WEIGHTS[Factor.FIT] == 10.0
    assert set(scoring.DEFAULT_WEIGHTS) == set(Factor)
    assert all(isinstance(factor, Factor) for factor in scoring.DEFAULT_WEIGHTS)
    assert frozenset({Factor.RELATIVE_EFFORT}) == scoring.INVERTED
    assert all(isinstance(factor, Factor) for factor in scoring.INVERTED)


def test_string_enum_members_find_their_plain_values() -> None:
    """What the portfolio's filters and colours rely on (ui/portfolio/model.py)."""
    assert AccountStatus.KEY in frozenset({plain_values.KEY})
    assert {plain_values.ARCHIVED: 1}[AccountStatus.ARCHIVED] == 1
