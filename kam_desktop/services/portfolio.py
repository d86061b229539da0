"""The portfolio: every account as one read-model row, loaded with a single SQL statement.

No SQLAlchemy at import (``latest_ratings`` imports it where used): ``build_portfolio`` also
makes the rows of the read begun at start-up, shown before the store is opened (see
``services.portfolio_early``).

Filtering and sorting happen on the loaded rows (in the UI's proxy model), never by
querying again, so a 10,000-account portfolio stays smooth.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import AccountStatus, Factor, Phase, PhaseStatus
from kam_desktop.domain.portfolio import CapState, suggestions
from kam_desktop.domain.scoring import DEFAULT_WEIGHTS, Score, Scorer
from kam_desktop.i18n import fmt, translate
from kam_desktop.services import clock
from kam_desktop.services.portfolio_rows import Portfolio as Portfolio  # re-exported
from kam_desktop.services.portfolio_rows import PortfolioRow as PortfolioRow  # re-exported
from kam_desktop.services.portfolio_sql import _FACTOR_COLUMNS, RawPortfolio, read_raw, take_early_read
from kam_desktop.services.portfolio_sql import PORTFOLIO_SQL as PORTFOLIO_SQL  # re-exported

if TYPE_CHECKING:
    from kam_desktop.store.database import Database

PHASE_ORDER = tuple(Phase)


def phase_label(phases: str | None, has_plan: bool) -> tuple[str, int]:
    if not has_plan:
        return translate("Portfolio", "No plan"), 0
    states = dict(item.split(":", 1) for item in (phases or "").split(",") if ":" in item)
    for index, phase in enumerate(PHASE_ORDER, start=1):
        if states.get(phase.value, PhaseStatus.NOT_STARTED.value) != PhaseStatus.DONE.value:
            return fmt(translate("Portfolio", "%1 (%2/5)"), phase.label, index), index
    return translate("Portfolio", "Reviewed (5/5 done)"), 6


def load_portfolio(db: Database) -> Portfolio:
    """Every live account as one row, each built once: a first pass reads and scores the rows
    (scores from a table of precomputed points, one per distinct set of ratings), the cap and
    the suggestions are worked out on those, then the rows are made. The rows come straight
    from the driver's cursor (no per-row SQLAlchemy objects), or from the read begun at
    start-up (``portfolio_sql.take_early_read``) when the file is unchanged since."""
    today = clock.today()
    fetched = take_early_read(db.path, today.isoformat())
    if fetched is not None and fetched.cap is not None:
        cap = fetched.cap
    else:
        with db.reading() as session:
            cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                fetched = read_raw(cursor, today.isoformat())
            finally:
                cursor.close()
            if fetched.cap is None:  # an interrupted first start: the service writes the defaults
                from kam_desktop.services.program import _settings

                cap = _settings(session).key_account_cap
            else:
                cap = fetched.cap
    return build_portfolio(fetched, cap)


def build_portfolio(fetched: RawPortfolio, cap: int) -> Portfolio:
    """The read model of what the portfolio's statements returned (``read_raw``), with ``cap``."""
    weights = dict(DEFAULT_WEIGHTS)
    by_value = {f.value: f for f in Factor}
    for factor, weight in fetched.weights:
        if factor in by_value:
            weights[by_value[factor]] = weight
    result = fetched.rows
    scorer = Scorer(weights)
    n_factors = len(Factor)
    base = 8 + n_factors
    key = AccountStatus.KEY
    statuses = {s.value: s for s in AccountStatus}
    raw: list[tuple[Any, AccountStatus, Score]] = []
    key_rows: list[tuple[str, int]] = []  # (promoted_at, index) to find over-cap accounts
    for r in result:
        status = statuses[r[4]]
        if status is key:
            key_rows.append((str(r[base + 5] or ""), len(raw)))
        raw.append((r, status, scorer(r[8:base])))
    # The accounts promoted last are the ones beyond the cap.
    key_rows.sort()
    over = {index for _, index in key_rows[cap:]}
    tips = suggestions([(r[0], r[1], status, s.value) for r, status, s in raw], cap)
    tip_by_id = {s.account_id: s.text for s in tips}
    cents: dict[int, Decimal] = {}  # revenues repeat (round figures): one Decimal each
    phase_labels: dict[tuple[object, bool], tuple[str, int]] = {}
    dates: dict[str, dt.date] = {}
    rows: list[PortfolioRow] = []
    append = rows.append
    for i, (r, status, account_score) in enumerate(raw):
        has_plan, phases, meeting_key, overdue, primary_roles = r[base : base + 5]
        label_key = (phases, bool(has_plan))
        phase = phase_labels.get(label_key)
        if phase is None:
            phase = phase_labels[label_key] = phase_label(phases, bool(has_plan))
        current, potential = r[5], r[6]
        current_revenue = cents.get(current)
        if current_revenue is None:
            current_revenue = cents[current] = _money(current)
        potential_revenue = cents.get(potential)
        if potential_revenue is None:
            potential_revenue = cents[potential] = _money(potential)
        meeting = None
        if meeting_key:
            day = meeting_key[:10]
            meeting = dates.get(day)
            if meeting is None:
                meeting = dates[day] = dt.date.fromisoformat(day)
        append(
            PortfolioRow(
                r[0],
                r[1],
                r[2],
                r[3],
                status,
                account_score,
                current_revenue,
                potential_revenue,
                r[7],
                phase[0],
                phase[1],
                meeting,
                int(meeting_key[10:]) if meeting_key else None,
                overdue,
                (6 - primary_roles) if status is key else 0,
                i in over,
                tip_by_id.get(r[0], ""),
            )
        )
    return Portfolio(tuple(rows), CapState(len(key_rows), cap), weights, tuple(tips))


def _money(cents: int | None) -> Decimal:
    """``validation.from_cents`` (0.00 for None), the same Decimal (value and two places) made
    by moving the point instead of dividing and rounding."""
    if type(cents) is int:
        return Decimal(cents).scaleb(-2)
    return v.from_cents(cents) or Decimal("0.00")


@dataclass(frozen=True)
class RatedAccount:
    id: int
    name: str
    status: AccountStatus
    ratings: Mapping[Factor, int | None]


def latest_ratings(db: Database) -> tuple[RatedAccount, ...]:
    """Every live account's latest factor ratings (for the weights editor's live preview)."""
    sql = f"""
    WITH latest_assessment AS (
        SELECT ia.* FROM identification_assessment ia
        JOIN (SELECT account_id, MAX(assessed_on || printf('%010d', id)) AS k
              FROM identification_assessment GROUP BY account_id) m
          ON m.account_id = ia.account_id AND m.k = ia.assessed_on || printf('%010d', ia.id)
    )
    SELECT a.id, a.name, a.status, {_FACTOR_COLUMNS}
    FROM account a JOIN latest_assessment la ON la.account_id = a.id
    WHERE a.deleted_at IS NULL AND a.status <> 'archived'
    """
    from sqlalchemy import text

    with db.reading() as session:
        result = session.execute(text(sql)).all()
    factors = list(Factor)
    return tuple(
        RatedAccount(r[0], r[1], AccountStatus(r[2]), {f: r[3 + i] for i, f in enumerate(factors)})
        for r in result
    )
