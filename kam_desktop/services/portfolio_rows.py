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


@dataclass(frozen=True, slots=True)  # 10,000 of them: no per-row __dict__
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

    @property
    def revenue_gap(self) -> Decimal:
        return max(self.potential_revenue - self.current_revenue, Decimal("0.00"))


@dataclass(frozen=True)
class Portfolio:
    rows: tuple[PortfolioRow, ...]
    cap: CapState
    weights: Mapping[Factor, float]
    suggestions: tuple[Suggestion, ...]
