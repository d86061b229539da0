"""The portfolio: every account as one read-model row, loaded with a single SQL statement.

No SQLAlchemy at import (``latest_ratings`` imports it where used): ``build_portfolio`` also
makes the rows of the read begun at start-up, shown before the store is opened (see
``services.portfolio_early``).

Filtering and sorting happen on the loaded rows (in the UI's proxy model), never by
querying again, so a 10,000-account portfolio stays smooth.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import AccountStatus, Factor, Phase, PhaseStatus
from kam_desktop.domain.portfolio import CapState, Suggestion, SuggestionRule, is_active, suggestions
from kam_desktop.domain.scoring import DEFAULT_WEIGHTS, Score, Scorer
from kam_desktop.i18n import fmt, translate
from kam_desktop.services import clock
from kam_desktop.services.portfolio_rows import Portfolio as Portfolio  # re-exported
from kam_desktop.services.portfolio_rows import PortfolioRow as PortfolioRow  # re-exported
from kam_desktop.services.portfolio_sql import (
    _FACTOR_COLUMNS,
    FirstScreen,
    RawPortfolio,
    read_raw,
    take_early_read,
)
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
    weights = _weights(fetched.weights)
    scorer = Scorer(weights)
    base = _BASE
    key = AccountStatus.KEY
    statuses = {s.value: s for s in AccountStatus}
    raw: list[tuple[Any, AccountStatus, Score]] = []
    key_rows: list[tuple[str, int]] = []  # (promoted_at, index) to find over-cap accounts
    for r in fetched.rows:
        status = statuses[r[4]]
        if status is key:
            key_rows.append((str(r[base + 5] or ""), len(raw)))
        raw.append((r, status, scorer(r[8:base])))
    # The accounts promoted last are the ones beyond the cap.
    key_rows.sort()
    over = {index for _, index in key_rows[cap:]}
    tips = suggestions([(r[0], r[1], status, s.value) for r, status, s in raw], cap)
    tip_by_id = {s.account_id: s.text for s in tips}
    make = _row_maker()
    rows = [
        make(r, status, account_score, i in over, tip_by_id.get(r[0], ""))
        for i, (r, status, account_score) in enumerate(raw)
    ]
    return Portfolio(tuple(rows), CapState(len(key_rows), cap), weights, tuple(tips))


def build_first_screen(
    first: FirstScreen, cap: int, stored_weights: tuple[tuple[str, float], ...]
) -> Portfolio | None:
    """The portfolio's first screen (``Portfolio.first_screen_of``): the rows that lead it by
    score - every row scoring at least the ``first.n``-th best, ties included - each
    exactly as ``build_portfolio`` makes it from all the rows (score, over the cap, suggestion),
    from what the early read's thread found (``portfolio_sql.FirstScreen``). None if that
    cannot be told from it (then every row is made first, as before)."""
    weights = _weights(stored_weights)
    scorer = Scorer(weights)
    statuses = {s.value: s for s in AccountStatus}
    key = AccountStatus.KEY
    scored = [
        (position, r, statuses[r[4]], scorer(r[8:_BASE]))
        for position, r in zip(first.positions, first.rows, strict=True)
    ]
    ranked = sorted((x for x in scored if x[3].value is not None), key=lambda x: (-(x[3].value or 0.0), x[0]))
    if len(ranked) < first.n:
        return None
    nth = ranked[first.n - 1][3].value
    assert nth is not None
    if first.least > nth - 0.05 - 1e-7:  # the read may have missed a row that rounds to nth
        return None
    leading = [x for x in ranked if (x[3].value or 0.0) >= nth]
    lowest = [(statuses[r[4]], scorer(r[8:_BASE]).value) for r in first.lowest]
    rule = SuggestionRule(
        cap,
        len(first.keys),
        min((v for status, v in lowest if status is key and v is not None), default=None),
        min(
            (v for status, v in lowest if status is not key and is_active(status) and v is not None),
            default=None,
        ),
    )
    keys = sorted((str(promoted or ""), position) for position, promoted in first.keys)
    over = {position for _, position in keys[cap:]}
    tips: list[Suggestion] = []
    tip_by_position: dict[int, str] = {}
    other_position = 0
    for position, r, status, account_score in leading:
        value = account_score.value
        assert value is not None
        if status is key:
            if rule.reviews(value):
                tips.append(Suggestion(r[0], "review_key", rule.review_text(r[1], value)))
                tip_by_position[position] = tips[-1].text
        elif is_active(status):
            if rule.promotes(value, other_position):
                tips.append(Suggestion(r[0], "promote", rule.promote_text(r[1], value)))
                tip_by_position[position] = tips[-1].text
            other_position += 1
    make = _row_maker()
    rows = [
        make(r, status, account_score, position in over, tip_by_position.get(position, ""))
        for position, r, status, account_score in sorted(leading, key=lambda x: x[0])
    ]
    return Portfolio(tuple(rows), CapState(len(first.keys), cap), weights, tuple(tips), first.total)


_BASE = 8 + len(Factor)  # the first column after the factors' ratings in the statement's rows


def _weights(stored: tuple[tuple[str, float], ...]) -> dict[Factor, float]:
    weights = dict(DEFAULT_WEIGHTS)
    by_value = {f.value: f for f in Factor}
    for factor, weight in stored:
        if factor in by_value:
            weights[by_value[factor]] = weight
    return weights


def _row_maker() -> Callable[[Any, AccountStatus, Score, bool, str], PortfolioRow]:
    """Makes one PortfolioRow from a statement's row; repeated values (revenues, phase states,
    dates) are made once per load."""
    base = _BASE
    key = AccountStatus.KEY
    cents: dict[int, Decimal] = {}  # revenues repeat (round figures): one Decimal each
    phase_labels: dict[tuple[object, bool], tuple[str, int]] = {}
    dates: dict[str, dt.date] = {}

    def make(
        r: Any, status: AccountStatus, account_score: Score, over_cap: bool, suggestion: str
    ) -> PortfolioRow:
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
        return PortfolioRow(
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
            over_cap,
            suggestion,
        )

    return make


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
