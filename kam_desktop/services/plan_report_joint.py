"""The customer edition's read model (``JointPlan``), straight from the store.

Only what the user shared is read, and of each shared item only its customer-facing columns:
every query lists its columns, and no query here selects working text (research answers,
findings, adjustments, interaction summaries or next steps, strategy what/with whom/why,
qualification or internal notes, competitors, assessments, scores) or any money column.
Items marked ``internal`` never come out, even if a stale ``shared`` flag says otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import ActionStatus, InteractionKind, KpiDirection
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.report.models import Edition, KpiRow, PlanReport
from kam_desktop.report.models_joint import (
    Governance,
    JointAction,
    JointKpi,
    JointMeeting,
    JointNeed,
    JointObjective,
    JointPlan,
    JointReview,
    JointRisk,
    JointTrend,
    JointValue,
    Person,
    Side,
)
from kam_desktop.services import clock
from kam_desktop.services.plans import current_plan_id
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

MAX_MEETINGS = 6
# KPI names that are our own commercial figures (the same words migration 0004 used): such a KPI
# never reaches the customer, even if it was created by hand, left customer-visible and shared.
OUR_FIGURE_WORDS = ("revenue", "profit", "margin", "growth", "wallet", "turnover", "pipeline")


def is_our_figure(kpi_name: str) -> bool:
    name = kpi_name.casefold()
    return any(word in name for word in OUR_FIGURE_WORDS)


def build_report(
    db: Database, account_id: int, edition: Edition | str, sections: Iterable[str] | None = None
) -> PlanReport | JointPlan:
    """The read model the PDF of ``edition`` is drawn from."""
    from kam_desktop.services.plan_report import build_plan_report

    ed = Edition(
        v.choice(
            str(edition),
            tuple(e.value for e in Edition),
            field="edition",
            label=QT_TRANSLATE_NOOP("Field", "Edition"),
        )
    )
    if ed is Edition.CUSTOMER:
        return build_joint_plan(db, account_id)
    return build_plan_report(db, account_id, ed, sections)


def build_joint_plan(db: Database, account_id: int) -> JointPlan:
    """The joint plan of ``account_id``'s current plan: what was shared, as the customer reads it."""
    with db.reading() as session:
        return _Joint(session, account_id).build()


class _Joint:
    def __init__(self, s: Session, account_id: int) -> None:
        self.s = s
        self.account_id = account_id
        self.people = {
            r.id: r
            for r in s.execute(
                select(m.Stakeholder.id, m.Stakeholder.name, m.Stakeholder.title).where(
                    m.Stakeholder.account_id == account_id, m.Stakeholder.deleted_at.is_(None)
                )
            )
        }
        self.members = {  # archived colleagues are no longer anyone's contact
            r.id: r
            for r in s.execute(
                select(m.TeamMember.id, m.TeamMember.name, m.TeamMember.function, m.TeamMember.email).where(
                    m.TeamMember.archived_at.is_(None)
                )
            )
        }

    def _theirs(self, pid: int | None) -> str:
        row = self.people.get(pid) if pid is not None else None
        return row.name if row else ""

    def _ours(self, mid: int | None) -> str:
        row = self.members.get(mid) if mid is not None else None
        return row.name if row else ""

    def build(self) -> JointPlan:
        s = self.s
        name = s.scalar(
            select(m.Account.name).where(m.Account.id == self.account_id, m.Account.deleted_at.is_(None))
        )
        if name is None:
            raise NotFoundError(
                translate("Errors", "That account no longer exists (it may be in the trash).")
            )
        program = s.execute(select(m.ProgramSettings.user_name, m.ProgramSettings.company_name)).first()
        plan_id = current_plan_id(s, self.account_id)
        base: dict[str, Any] = {
            "account_name": name,
            "our_company": program.company_name if program else "",
            "prepared_by": program.user_name if program else "",
            "generated_on": clock.today(),
        }
        if plan_id is None:
            return JointPlan(period_start=None, period_end=None, version=1, has_plan=False, **base)
        p = m.AccountPlan
        plan = s.execute(
            select(
                p.period_start,
                p.period_end,
                p.joint_version,
                p.executive_summary,
                p.joint_ambition,
                p.next_steps,
                p.meeting_cadence,
                p.escalation_path,
                p.next_review_on,
                p.customer_sponsor_id,
                p.our_sponsor_id,
            ).where(p.id == plan_id)
        ).one()
        return JointPlan(
            period_start=plan.period_start,
            period_end=plan.period_end,
            version=plan.joint_version,
            has_plan=True,
            executive_summary=plan.executive_summary,
            joint_ambition=plan.joint_ambition,
            next_steps=plan.next_steps,
            needs=self._needs(),
            trends=self._trends(),
            values=self._values(plan_id),
            kpis=self._kpis(plan_id),
            review=self._review(plan_id),
            objectives=self._objectives(plan_id),
            actions=self._actions(plan_id),
            risks=self._risks(plan_id),
            governance=self._governance(plan, base["prepared_by"]),
            **base,
        )

    # -- your goals and priorities --------------------------------------------------------------

    def _needs(self) -> tuple[JointNeed, ...]:
        n = m.Need
        centres = dict(
            self.s.execute(
                select(m.BuyingCentre.id, m.BuyingCentre.name).where(
                    m.BuyingCentre.account_id == self.account_id, m.BuyingCentre.deleted_at.is_(None)
                )
            ).all()
        )
        rows = self.s.execute(
            select(n.id, n.description, n.buying_centre_id)
            .where(n.account_id == self.account_id, n.deleted_at.is_(None), n.shared.is_(True))
            .order_by(n.priority.is_(None), n.priority.desc(), n.id)
        )
        return tuple(
            JointNeed(
                r.id,
                r.description,
                centres.get(r.buying_centre_id, "") if r.buying_centre_id is not None else "",
            )
            for r in rows
            if r.description.strip()
        )

    def _trends(self) -> tuple[JointTrend, ...]:
        t = m.Trend
        rows = self.s.execute(
            select(t.id, t.description, t.impact)
            .where(t.account_id == self.account_id, t.deleted_at.is_(None), t.shared.is_(True))
            .order_by(t.id)
        )
        return tuple(JointTrend(r.id, r.description, r.impact) for r in rows if r.description.strip())

    # -- value delivered ------------------------------------------------------------------------

    def _values(self, plan_id: int) -> tuple[JointValue, ...]:
        vp = m.ValueProposition
        rows = self.s.execute(
            select(vp.id, vp.title, vp.problem, vp.solution, vp.quantified_value, vp.proof)
            .where(vp.plan_id == plan_id, vp.deleted_at.is_(None), vp.shared.is_(True))
            .order_by(vp.id)
        )
        return tuple(
            JointValue(r.id, r.title, r.problem, r.solution, r.quantified_value, r.proof)
            for r in rows
            if (r.title + r.problem + r.solution).strip()
        )

    def _kpis(self, plan_id: int) -> tuple[JointKpi, ...]:
        k = m.Kpi
        rows = self.s.execute(
            select(k.id, k.name, k.unit, k.direction, k.baseline, k.target)
            .where(k.plan_id == plan_id, k.deleted_at.is_(None), k.shared.is_(True), k.internal.is_(False))
            .order_by(k.id)
        ).all()
        series: dict[int, list[tuple[dt.date, float]]] = {}
        if rows:
            for kid, on, value in self.s.execute(
                select(m.KpiMeasurement.kpi_id, m.KpiMeasurement.measured_on, m.KpiMeasurement.value)
                .where(m.KpiMeasurement.kpi_id.in_([r.id for r in rows]))
                .order_by(m.KpiMeasurement.measured_on, m.KpiMeasurement.id)
            ):
                if _finite(value) is not None:
                    series.setdefault(kid, []).append((on, value))
        rows = [r for r in rows if not is_our_figure(r.name)]
        return tuple(
            JointKpi(
                r.id,
                KpiRow(
                    r.name,
                    r.unit,
                    KpiDirection(r.direction),
                    _finite(r.baseline),
                    _finite(r.target),
                    tuple(series.get(r.id, ())),
                ),
            )
            for r in rows
        )

    def _review(self, plan_id: int) -> JointReview | None:
        r = m.Review
        row = self.s.execute(
            select(r.id, r.held_on, r.customer_summary)
            .where(r.plan_id == plan_id, r.shared.is_(True), r.customer_summary != "")
            .order_by(r.held_on.desc(), r.id.desc())
            .limit(1)
        ).first()
        if row is None or not row.customer_summary.strip():
            return None
        return JointReview(row.id, row.held_on, row.customer_summary)

    # -- objectives and the mutual action plan ------------------------------------------------------

    def _objectives(self, plan_id: int) -> tuple[JointObjective, ...]:
        o = m.Objective
        rows = self.s.execute(
            select(o.id, o.customer_wording, o.due_date)
            .where(o.plan_id == plan_id, o.deleted_at.is_(None), o.shared.is_(True), o.internal.is_(False))
            .order_by(o.due_date.is_(None), o.due_date, o.id)
        )
        return tuple(
            JointObjective(r.id, r.customer_wording, r.due_date) for r in rows if r.customer_wording.strip()
        )

    def _actions(self, plan_id: int) -> tuple[JointAction, ...]:
        a = m.Action
        hidden_objectives = select(m.Objective.id).where(m.Objective.internal.is_(True))
        rows = self.s.execute(
            select(
                a.id,
                a.title,
                a.objective_id,
                a.owner_id,
                a.customer_owner_id,
                a.due_date,
                a.status,
                a.milestone,
            )
            .where(
                a.plan_id == plan_id,
                a.deleted_at.is_(None),
                a.shared.is_(True),
                a.internal.is_(False),
                a.status != ActionStatus.CANCELLED.value,
                or_(a.objective_id.is_(None), a.objective_id.not_in(hidden_objectives)),
            )
            .order_by(a.due_date.is_(None), a.due_date, a.id)
        )
        return tuple(
            JointAction(
                r.id,
                r.title,
                r.objective_id,
                self._ours(r.owner_id),
                self._theirs(r.customer_owner_id),
                r.due_date,
                ActionStatus(r.status),
                bool(r.milestone),
            )
            for r in rows
            if r.title.strip()
        )

    def _risks(self, plan_id: int) -> tuple[JointRisk, ...]:
        k = m.PlanRisk
        rows = self.s.execute(
            select(k.id, k.description, k.mitigation, k.owner_side)
            .where(k.plan_id == plan_id, k.deleted_at.is_(None), k.shared.is_(True))
            .order_by(k.id)
        )
        return tuple(
            JointRisk(r.id, r.description, r.mitigation, Side(r.owner_side))
            for r in rows
            if r.description.strip()
        )

    # -- governance -------------------------------------------------------------------------------

    def _member(self, member_id: int) -> Person:
        row = self.members[member_id]
        return Person(row.name, row.function, _email(row.email))

    def _preparer(self, name: str) -> tuple[Person | None, int | None]:
        """The user who prepared the plan (the Program page's name), with the role and work email
        of the colleague of that name in our team, if there is one."""
        if not name.strip():
            return None, None
        key = " ".join(name.split()).casefold()
        for mid, row in sorted(self.members.items()):
            if " ".join(row.name.split()).casefold() == key:
                return self._member(mid), mid
        return Person(name, ""), None

    def _governance(self, plan: Any, prepared_by: str) -> Governance:
        sponsor = self.people.get(plan.customer_sponsor_id) if plan.customer_sponsor_id is not None else None
        ours = self._member(plan.our_sponsor_id) if plan.our_sponsor_id in self.members else None
        preparer, preparer_id = self._preparer(prepared_by)
        team_ids = self.s.scalars(
            select(m.AccountTeamMember.team_member_id).where(
                m.AccountTeamMember.account_id == self.account_id
            )
        ).all()
        team = tuple(
            sorted(
                (
                    self._member(t)
                    for t in set(team_ids)
                    if t in self.members and t not in (plan.our_sponsor_id, preparer_id)
                ),
                key=lambda p: p.name.casefold(),
            )
        )
        i = m.Interaction
        today = clock.today()
        rows = self.s.execute(
            select(i.id, i.on_date, i.kind, i.subject)
            .where(
                i.account_id == self.account_id,
                i.deleted_at.is_(None),
                i.shared.is_(True),
                i.on_date >= today,
            )
            .order_by(i.on_date, i.id)
            .limit(MAX_MEETINGS)
        )
        meetings = tuple(JointMeeting(r.id, r.on_date, InteractionKind(r.kind), r.subject) for r in rows)
        return Governance(
            their_sponsor=Person(sponsor.name, sponsor.title) if sponsor else None,
            our_sponsor=ours,
            cadence=plan.meeting_cadence,
            next_review_on=plan.next_review_on,
            escalation_path=plan.escalation_path,
            our_team=team,
            meetings=meetings,
            preparer=preparer,
        )


def _email(text: str) -> str:
    """A work email as the customer may use it (one line; anything that is not one is left out)."""
    value = text.strip()
    return value if value.count("@") == 1 and not any(c.isspace() for c in value) else ""


def _finite(value: float | None) -> float | None:
    if value is None or value != value or abs(value) == float("inf"):
        return None
    return value
