"""Evidence from the user's own data beside the self-assessment (factors 2, 3, 4, 5, 7).

Each figure comes from the same read model the corresponding screen shows - the portfolio
(``load_portfolio``: key accounts, scores, the cap), the account plan (``plan_facts`` and the
phases of ``get_plan``), the portfolio role matrix (``portfolio_matrix``) and the fluency table
(``fluency_table``) - so the numbers agree with those screens by construction.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from kam_desktop.domain import coverage as cov
from kam_desktop.domain import program as d
from kam_desktop.domain.enums import AccountStatus, ActionStatus, Factor, FluencyArea, PhaseStatus
from kam_desktop.services import clock
from kam_desktop.services.plans import current_plan_id, plan_facts
from kam_desktop.services.portfolio import Portfolio, load_portfolio
from kam_desktop.services.team_views import fluency_table, portfolio_matrix
from kam_desktop.store.database import Database
from kam_desktop.store.models import AccountPlan, AccountStatusChange, Action, PlanPhase, Review


def identification_facts(db: Database, portfolio: Portfolio | None = None) -> d.IdentificationFacts:
    portfolio = portfolio or load_portfolio(db)
    key = [r for r in portfolio.rows if r.status is AccountStatus.KEY]
    over = [r.id for r in key if r.over_cap]
    justified = 0
    if over:
        with db.reading() as session:
            for account_id in over:
                reason = session.scalar(
                    select(AccountStatusChange.reason)
                    .where(
                        AccountStatusChange.account_id == account_id, AccountStatusChange.to_status == "key"
                    )
                    .order_by(AccountStatusChange.changed_at.desc(), AccountStatusChange.id.desc())
                    .limit(1)
                )
                justified += 1 if (reason or "").strip() else 0
    return d.IdentificationFacts(
        key_accounts=len(key),
        scored_on_all_factors=sum(1 for r in key if r.score.rated == len(Factor)),
        cap=portfolio.cap.cap,
        over_cap=len(over),
        over_cap_justified=justified,
    )


def plan_process_facts(
    db: Database, portfolio: Portfolio | None = None
) -> tuple[d.PlanningFacts, d.ProcessFacts]:
    """Factor 3 and factor 4 facts over the key accounts' current plans."""
    portfolio = portfolio or load_portfolio(db)
    key_ids = [r.id for r in portfolio.rows if r.status is AccountStatus.KEY]
    today = clock.today()
    since = today - dt.timedelta(days=d.REVIEW_INTERVAL_DAYS)
    open_statuses = [s.value for s in ActionStatus if s.is_open]
    current = in_scope = addressed = open_actions = unowned = phases_done = due = on_time = 0
    with db.reading() as session:
        for account_id in key_ids:
            plan_id = current_plan_id(session, account_id)
            plan = session.get(AccountPlan, plan_id) if plan_id is not None else None
            if plan is None or not plan.period_start <= today <= plan.period_end:
                continue
            current += 1
            facts = plan_facts(session, plan)
            in_scope += facts.questions_in_scope
            addressed += facts.questions_addressed
            unowned += facts.open_actions_without_owner_or_date
            open_actions += int(
                session.scalar(
                    select(func.count())
                    .select_from(Action)
                    .where(
                        Action.plan_id == plan.id,
                        Action.deleted_at.is_(None),
                        Action.status.in_(open_statuses),
                    )
                )
                or 0
            )
            phases_done += int(
                session.scalar(
                    select(func.count())
                    .select_from(PlanPhase)
                    .where(PlanPhase.plan_id == plan.id, PlanPhase.status == PhaseStatus.DONE.value)
                )
                or 0
            )
            if plan.period_start <= since:
                due += 1
                last = session.scalar(select(func.max(Review.held_on)).where(Review.plan_id == plan.id))
                on_time += 1 if last is not None and last >= since else 0
    return (
        d.PlanningFacts(len(key_ids), current, in_scope, addressed, open_actions, open_actions - unowned),
        d.ProcessFacts(current, phases_done, due, on_time),
    )


def role_facts(db: Database) -> d.RoleFacts:
    matrix = portfolio_matrix(db)
    return d.RoleFacts(
        key_accounts=len(matrix.rows),
        fully_covered=sum(1 for r in matrix.rows if r.gap_count == 0),
        gaps_by_role={role: count.gaps for role, count in matrix.counts.items()},
    )


def fluency_facts(db: Database) -> d.FluencyFacts:
    rows = [r for r in fluency_table(db) if not r.archived]
    averages: dict[FluencyArea, float | None] = {}
    for area in FluencyArea:
        rated = [r.latest[area] for r in rows if r.latest.get(area) is not None]
        averages[area] = round(sum(x for x in rated if x is not None) / len(rated), 1) if rated else None
    return d.FluencyFacts(
        members=len(rows),
        rated_in_all_areas=sum(1 for r in rows if all(r.latest.get(a) is not None for a in FluencyArea)),
        average_by_area=averages,
        # "nobody is fluent in": rated weak, or not rated by anyone yet
        team_weak=tuple(
            a
            for a in FluencyArea
            if a in cov.team_weak_areas([r.latest for r in rows])
            or a in cov.team_unrated_areas([r.latest for r in rows])
        ),
    )


def program_evidence(db: Database) -> dict[int, d.FactorEvidence]:
    """Evidence for the measurable factors (2, 3, 4, 5, 7), keyed by factor number."""
    portfolio = load_portfolio(db)
    planning, process = plan_process_facts(db, portfolio)
    return {
        2: d.identification_evidence(identification_facts(db, portfolio)),
        3: d.planning_evidence(planning),
        4: d.process_evidence(process),
        5: d.roles_evidence(role_facts(db)),
        7: d.fluency_evidence(fluency_facts(db)),
    }
