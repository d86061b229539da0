"""The portfolio's read model (one row per account), free of SQLAlchemy so that the main
window can build its portfolio table before the store is opened. Loaded by
``services.portfolio.load_portfolio``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from kam_desktop.domain.enums import AccountStatus, Factor
from kam_desktop.domain.portfolio import CapState, Suggestion
from kam_desktop.domain.scoring import Score

_set = object.__setattr__


@dataclass(frozen=True, slots=True, init=False)  # 10,000 of them: no per-row __dict__
class PortfolioRow:
    id: int
    name: str
    industry: str
    region: str
    status: AccountStatus
    score: Score
    current_revenue: Decimal
    potential_revenue: Decimal
    currency: str
    plan_phase: str  # e.g. "Research (2/5)", "No plan"
    plan_phase_index: int  # 0 = no plan, 1-5 = working on that phase, 6 = all done
    next_meeting: dt.date | None
    next_meeting_id: int | None
    overdue_actions: int
    role_gaps: int
    over_cap: bool = False
    suggestion: str = ""

    def __init__(  # the dataclass's own, written out: a third faster for 10,000 rows at start-up
        self,
        id: int,  # noqa: A002 - the field's name
        name: str,
        industry: str,
        region: str,
        status: AccountStatus,
        score: Score,
        current_revenue: Decimal,
        potential_revenue: Decimal,
        currency: str,
        plan_phase: str,
        plan_phase_index: int,
        next_meeting: dt.date | None,
        next_meeting_id: int | None,
        overdue_actions: int,
        role_gaps: int,
        over_cap: bool = False,
        suggestion: str = "",
    ) -> None:
        s = _set
        s(self, "id", id)
        s(self, "name", name)
        s(self, "industry", industry)
        s(self, "region", region)
        s(self, "status", status)
        s(self, "score", score)
        s(self, "current_revenue", current_revenue)
        s(self, "potential_revenue", potential_revenue)
        s(self, "currency", currency)
        s(self, "plan_phase", plan_phase)
        s(self, "plan_phase_index", plan_phase_index)
        s(self, "next_meeting", next_meeting)
        s(self, "next_meeting_id", next_meeting_id)
        s(self, "overdue_actions", overdue_actions)
        s(self, "role_gaps", role_gaps)
        s(self, "over_cap", over_cap)
        s(self, "suggestion", suggestion)

    @property
    def revenue_gap(self) -> Decimal:
        return max(self.potential_revenue - self.current_revenue, Decimal("0.00"))


@dataclass(frozen=True)
class Portfolio:
    rows: tuple[PortfolioRow, ...]
    cap: CapState
    weights: Mapping[Factor, float]
    suggestions: tuple[Suggestion, ...]
    # 0: every account. N: only the first screen of a portfolio of N accounts (the rows that
    # lead it by score, shown at start-up before the rest are made; the suggestions of those)
    first_screen_of: int = 0
