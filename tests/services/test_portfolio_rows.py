"""PortfolioRow's __init__ is written out (speed at 10,000 rows): it must stay the dataclass's,
field for field, defaults included; and the revenue Decimals the load makes are validation's."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
from decimal import Decimal

import pytest

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import AccountStatus
from kam_desktop.domain.scoring import Score
from kam_desktop.services.portfolio import _money
from kam_desktop.services.portfolio_rows import PortfolioRow


def test_the_written_out_init_takes_every_field_in_order_with_its_default() -> None:
    params = list(inspect.signature(PortfolioRow.__init__).parameters.values())[1:]
    fields = dataclasses.fields(PortfolioRow)
    assert [p.name for p in params] == [f.name for f in fields]
    defaults = {p.name: p.default for p in params if p.default is not inspect.Parameter.empty}
    assert defaults == {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}


def test_every_value_lands_in_its_field_and_the_row_stays_frozen() -> None:
    values = {f.name: object() for f in dataclasses.fields(PortfolioRow)}
    row = PortfolioRow(*values.values())
    assert {name: getattr(row, name) for name in values} == values
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.name = "Other"  # type: ignore[misc]
    short = PortfolioRow(
        7, "Alpha", "Logistics", "North", AccountStatus.KEY, Score(3.5, 8), Decimal("1.00"),
        Decimal("2.50"), "EUR", "No plan", 0, dt.date(2026, 1, 5), None, 0, 2,
    )  # fmt: skip
    assert (short.over_cap, short.suggestion) == (False, "")
    assert dataclasses.replace(short, over_cap=True).over_cap is True


@pytest.mark.parametrize("cents", [0, 1, -1, 5, 100, 1050, 123456, -98765, 10**15, None])
def test_money_is_validations_decimal_to_the_digit(cents: int | None) -> None:
    expected = v.from_cents(cents) or Decimal("0.00")
    assert _money(cents).as_tuple() == expected.as_tuple()
