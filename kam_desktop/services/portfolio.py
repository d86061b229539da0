"""The portfolio: every account as one read-model row, loaded with a single SQL statement.

Filtering and sorting happen on the loaded rows (in the UI's proxy model), never by
querying again, so a 10,000-account portfolio stays smooth.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import AccountStatus, Factor, Phase, PhaseStatus
from kam_desktop.domain.portfolio import CapState, suggestions
from kam_desktop.domain.scoring import Score, Scorer
from kam_desktop.i18n import fmt, translate
from kam_desktop.services import clock
from kam_desktop.services.portfolio_rows import Portfolio as Portfolio  # re-exported
from kam_desktop.services.portfolio_rows import PortfolioRow as PortfolioRow  # re-exported
from kam_desktop.services.program import _settings, load_weights
from kam_desktop.store.database import Database

PHASE_ORDER = tuple(Phase)


_FACTOR_COLUMNS = ", ".join(f"la.{f.value}" for f in Factor)

PORTFOLIO_SQL = f"""
WITH latest_assessment AS (
    SELECT ia.* FROM identification_assessment ia
    JOIN (SELECT account_id, MAX(assessed_on || printf('%010d', id)) AS k
          FROM identification_assessment GROUP BY account_id) m
      ON m.account_id = ia.account_id AND m.k = ia.assessed_on || printf('%010d', ia.id)
),
latest_plan AS (
    SELECT p.id, p.account_id FROM account_plan p
    JOIN (SELECT account_id, MAX(period_start || printf('%010d', id)) AS k
          FROM account_plan GROUP BY account_id) m
      ON m.account_id = p.account_id AND m.k = p.period_start || printf('%010d', p.id)
),
phase_state AS (
    SELECT lp.account_id,
           GROUP_CONCAT(pp.phase || ':' || pp.status) AS phases
    FROM latest_plan lp JOIN plan_phase pp ON pp.plan_id = lp.id
    GROUP BY lp.account_id
),
next_meeting AS (
    SELECT i.account_id, MIN(i.on_date || printf('%010d', i.id)) AS k
    FROM interaction i
    WHERE i.deleted_at IS NULL AND i.on_date >= :today
    GROUP BY i.account_id
),
overdue AS (
    SELECT p.account_id, COUNT(*) AS n
    FROM action a JOIN account_plan p ON p.id = a.plan_id
    WHERE a.deleted_at IS NULL AND a.status IN ('planned', 'in_progress', 'blocked')
      AND a.due_date IS NOT NULL AND a.due_date < :today
    GROUP BY p.account_id
),
primary_roles AS (
    SELECT ra.account_id, COUNT(DISTINCT ra.role) AS n
    FROM role_assignment ra JOIN team_member tm ON tm.id = ra.team_member_id
    WHERE ra.strength = 'primary' AND tm.archived_at IS NULL
    GROUP BY ra.account_id
)
SELECT a.id, a.name, a.industry, a.region, a.status, a.current_revenue_cents,
       a.potential_revenue_cents, a.currency,
       {_FACTOR_COLUMNS},
       (SELECT 1 FROM latest_plan lp WHERE lp.account_id = a.id) AS has_plan,
       ps.phases, nm.k AS next_meeting_key, COALESCE(o.n, 0) AS overdue,
       COALESCE(pr.n, 0) AS primary_roles,
       (SELECT MAX(c.changed_at) FROM account_status_change c
         WHERE c.account_id = a.id AND c.to_status = 'key') AS promoted_at
FROM account a
LEFT JOIN latest_assessment la ON la.account_id = a.id
LEFT JOIN phase_state ps ON ps.account_id = a.id
LEFT JOIN next_meeting nm ON nm.account_id = a.id
LEFT JOIN overdue o ON o.account_id = a.id
LEFT JOIN primary_roles pr ON pr.account_id = a.id
WHERE a.deleted_at IS NULL
ORDER BY a.name
"""


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
    the suggestions are worked out on those, then the rows are made."""
    today = clock.today()
    with db.reading() as session:
        weights = load_weights(session)
        cap = _settings(session).key_account_cap
        result = session.execute(text(PORTFOLIO_SQL), {"today": today.isoformat()}).all()
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
        raw.append((r, status, scorer(tuple(r[8:base]))))
    # The accounts promoted last are the ones beyond the cap.
    key_rows.sort()
    over = {index for _, index in key_rows[cap:]}
    tips = suggestions([(r[0], r[1], status, s.value) for r, status, s in raw], cap)
    tip_by_id = {s.account_id: s.text for s in tips}
    zero = Decimal("0.00")
    rows = []
    for i, (r, status, account_score) in enumerate(raw):
        has_plan, phases, meeting_key, overdue, primary_roles = r[base : base + 5]
        label, index = phase_label(phases, bool(has_plan))
        rows.append(
            PortfolioRow(
                id=r[0],
                name=r[1],
                industry=r[2],
                region=r[3],
                status=status,
                score=account_score,
                current_revenue=v.from_cents(r[5]) or zero,
                potential_revenue=v.from_cents(r[6]) or zero,
                currency=r[7],
                plan_phase=label,
                plan_phase_index=index,
                next_meeting=dt.date.fromisoformat(meeting_key[:10]) if meeting_key else None,
                next_meeting_id=int(meeting_key[10:]) if meeting_key else None,
                overdue_actions=overdue,
                role_gaps=(6 - primary_roles) if status is key else 0,
                over_cap=i in over,
                suggestion=tip_by_id.get(r[0], ""),
            )
        )
    return Portfolio(tuple(rows), CapState(len(key_rows), cap), weights, tuple(tips))


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
    with db.reading() as session:
        result = session.execute(text(sql)).all()
    factors = list(Factor)
    return tuple(
        RatedAccount(r[0], r[1], AccountStatus(r[2]), {f: r[3 + i] for i, f in enumerate(factors)})
        for r in result
    )
