"""The internal-only parts of the plan report, and the account team (read from the role tables).

Coverage rule: a role is covered with a primary holder, thin with backup holders only,
uncovered otherwise; archived team members do not count.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import (
    AccountStatus,
    CounterStatus,
    Factor,
    FluencyArea,
    Role,
    RoleStrength,
    ThreatLevel,
)
from kam_desktop.domain.scoring import score
from kam_desktop.i18n import translate
from kam_desktop.report.models import (
    CompetitorRow,
    Coverage,
    FluencyRow,
    InternalFacts,
    RoleCoverageRow,
    TeamRow,
)
from kam_desktop.services.program import load_weights
from kam_desktop.store import models as m


def _money(cents: int | None) -> Decimal:
    return v.from_cents(cents or 0) or Decimal(0)


def team_rows(s: Session, account_id: int) -> tuple[tuple[TeamRow, ...], dict[int, str]]:
    """The core team and role holders (archived members left out), and their names by id."""
    tm = m.TeamMember
    core = set(
        s.scalars(
            select(m.AccountTeamMember.team_member_id).where(m.AccountTeamMember.account_id == account_id)
        )
    )
    assignments = s.execute(
        select(m.RoleAssignment.team_member_id, m.RoleAssignment.role, m.RoleAssignment.strength).where(
            m.RoleAssignment.account_id == account_id
        )
    ).all()
    ids = core | {a.team_member_id for a in assignments}
    if not ids:
        return (), {}
    people = s.execute(
        select(tm.id, tm.name, tm.function, tm.email)
        .where(tm.id.in_(ids), tm.archived_at.is_(None))
        .order_by(tm.name)
    ).all()
    roles: dict[int, list[tuple[Role, RoleStrength]]] = {}
    for a in assignments:
        roles.setdefault(a.team_member_id, []).append((Role(a.role), RoleStrength(a.strength)))
    order = {r: i for i, r in enumerate(Role)}
    rows = tuple(
        TeamRow(p.name, p.function, p.email, tuple(sorted(roles.get(p.id, []), key=lambda x: order[x[0]])))
        for p in people
    )
    return rows, {p.id: p.name for p in people}


def internal_facts(s: Session, account_id: int, plan_id: int | None) -> InternalFacts:
    """Everything internal-only of the account and its plan; called for the internal edition only."""
    acc = s.execute(
        select(
            m.Account.status,
            m.Account.currency,
            m.Account.current_revenue_cents,
            m.Account.potential_revenue_cents,
            m.Account.internal_notes,
        ).where(m.Account.id == account_id)
    ).one()
    plan = None
    if plan_id is not None:
        plan = s.execute(
            select(
                m.AccountPlan.revenue_target_cents,
                m.AccountPlan.still_key,
                m.AccountPlan.qualification_note,
                m.AccountPlan.internal_notes,
            ).where(m.AccountPlan.id == plan_id)
        ).one()
    latest = s.scalars(
        select(m.IdentificationAssessment)
        .where(m.IdentificationAssessment.account_id == account_id)
        .order_by(m.IdentificationAssessment.assessed_on.desc(), m.IdentificationAssessment.id.desc())
        .limit(1)
    ).first()
    score_label, assessed_on, notes = translate("Report", "not assessed"), None, ""
    if latest is not None:
        ratings = {f: getattr(latest, f.value) for f in Factor}
        score_label = score(ratings, load_weights(s)).label
        assessed_on, notes = latest.assessed_on, latest.notes
    __rows, member_ids = team_rows(s, account_id)
    return InternalFacts(
        currency=acc.currency,
        account_status=AccountStatus(acc.status).label,
        score_label=score_label,
        assessed_on=assessed_on,
        assessment_notes=notes,
        current_revenue=_money(acc.current_revenue_cents),
        potential_revenue=_money(acc.potential_revenue_cents),
        revenue_target=v.from_cents(plan.revenue_target_cents) if plan else None,
        still_key=plan.still_key if plan else None,
        qualification_note=plan.qualification_note if plan else "",
        account_notes=acc.internal_notes,
        plan_notes=plan.internal_notes if plan else "",
        competitors=_competitors(s, account_id),
        coverage=_coverage(s, account_id, member_ids),
        fluency=_fluency(s, member_ids),
    )


def _competitors(s: Session, account_id: int) -> tuple[CompetitorRow, ...]:
    c = m.Competitor
    rows = s.execute(
        select(
            c.name,
            c.presence,
            c.strengths,
            c.weaknesses,
            c.threat_level,
            c.counter_strategy,
            c.counter_status,
        )
        .where(c.account_id == account_id, c.deleted_at.is_(None))
        .order_by(c.id)
    )
    return tuple(
        CompetitorRow(
            r.name,
            r.presence,
            r.strengths,
            r.weaknesses,
            ThreatLevel(r.threat_level),
            r.counter_strategy,
            CounterStatus(r.counter_status),
        )
        for r in rows
    )


def _coverage(s: Session, account_id: int, members: dict[int, str]) -> tuple[RoleCoverageRow, ...]:
    """Covered with a primary holder, thin with backup only, uncovered otherwise; archived don't count."""
    held: dict[Role, list[tuple[str, RoleStrength]]] = {r: [] for r in Role}
    for member_id, role, strength in s.execute(
        select(m.RoleAssignment.team_member_id, m.RoleAssignment.role, m.RoleAssignment.strength).where(
            m.RoleAssignment.account_id == account_id
        )
    ):
        if member_id in members:
            held[Role(role)].append((members[member_id], RoleStrength(strength)))
    out = []
    for role, holders in held.items():
        if any(s is RoleStrength.PRIMARY for _, s in holders):
            state = Coverage.COVERED
        elif holders:
            state = Coverage.THIN
        else:
            state = Coverage.UNCOVERED
        out.append(RoleCoverageRow(role, state, tuple(sorted(n for n, _ in holders))))
    return tuple(out)


def _fluency(s: Session, members: dict[int, str]) -> tuple[FluencyRow, ...]:
    if not members:
        return ()
    latest: dict[tuple[int, str], int] = {}
    for member_id, area, rating in s.execute(
        select(m.FluencyRating.team_member_id, m.FluencyRating.area, m.FluencyRating.rating)
        .where(m.FluencyRating.team_member_id.in_(list(members)))
        .order_by(m.FluencyRating.rated_on, m.FluencyRating.id)
    ):
        latest[(member_id, area)] = rating
    rows = []
    for member_id, name in sorted(members.items(), key=lambda item: item[1].casefold()):
        ratings = tuple(latest.get((member_id, a.value)) for a in FluencyArea)
        if any(r is not None for r in ratings):
            rows.append(FluencyRow(name, ratings))
    return tuple(rows)
