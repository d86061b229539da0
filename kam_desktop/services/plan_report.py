"""The account plan report read model, straight from the store, for one edition.

For the customer edition the internal-only columns (design.md "Internal-only") are never
selected: every query below lists its columns, and the internal ones are added only when
``edition`` is internal; rows the user marked ``internal`` are filtered out in SQL. So the
customer ``PlanReport`` cannot leak what it never held (and ``PlanReport`` checks it again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import (
    ActionStatus,
    Attitude,
    DecisionRole,
    GrowthFocus,
    Health,
    InteractionKind,
    KpiDirection,
    OpportunityStage,
    Phase,
    PhaseStatus,
    ResearchStatus,
    Rigour,
    TopicDecision,
    WhitespaceState,
)
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.domain.question_bank import load_question_bank
from kam_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.report.models import (
    SECTIONS,
    ActionRow,
    AnswerRow,
    Edition,
    InteractionRow,
    KpiRow,
    NeedRow,
    ObjectiveRow,
    OpportunityCommercial,
    OpportunityRow,
    PhaseRow,
    PlanReport,
    ResearchCategory,
    ReviewRow,
    StakeholderAssessment,
    StakeholderRow,
    StrategyPart,
    TrendRow,
    ValuePropositionRow,
    WhitespaceGrid,
)
from kam_desktop.services import clock
from kam_desktop.services.plan_report_internal import internal_facts, team_rows
from kam_desktop.services.plans import current_plan_id
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

RECENT_INTERACTIONS = 10
# Bank questions whose very subject is an internal assessment (our view of their people, our
# competitors, our economics, whether they stay key): never in the customer edition, whatever
# the user's ``internal`` flag says. Custom questions follow the flag.
CUSTOMER_HIDDEN_QUESTIONS = frozenset(
    {
        "Q03",
        "Q05",
        "Q08",
        "Q09",
        "Q11",
        "Q12",
        "Q13",
        "Q14",
        "Q21",
        "Q24",
        "Q27",
        "Q30",
        "Q33",
        "Q35",
        "Q36",
        "Q37",
        "Q38",
        "Q39",
        "Q40",
        "Q41",
        "Q42",
        "Q43",
        "Q45",
        "Q49",
        "Q51",
        "Q52",
        "Q53",
        "Q54",
        "Q55",
        "Q57",
    }
)
_CUSTOMER_WHITESPACE = {WhitespaceState.SOLD, WhitespaceState.OPPORTUNITY}


def build_plan_report(
    db: Database,
    account_id: int,
    edition: Edition | str = Edition.INTERNAL,
    sections: Iterable[str] | None = None,
) -> PlanReport:
    """The plan of ``account_id`` as a report read model for ``edition``."""
    ed = Edition(
        v.choice(
            str(edition),
            tuple(e.value for e in Edition),
            field="edition",
            label=QT_TRANSLATE_NOOP("Field", "Edition"),
        )
    )
    chosen = tuple(s for s in SECTIONS if sections is None or s in set(sections))
    with db.reading() as session:
        return _Builder(session, account_id, ed).build(chosen)


class _Builder:
    def __init__(self, session: Session, account_id: int, edition: Edition) -> None:
        self.s = session
        self.account_id = account_id
        self.internal = edition is Edition.INTERNAL
        self.edition = edition
        self.members = {r[0]: r[1] for r in session.execute(select(m.TeamMember.id, m.TeamMember.name))}
        self.centres = dict(
            session.execute(
                select(m.BuyingCentre.id, m.BuyingCentre.name).where(
                    m.BuyingCentre.account_id == account_id, m.BuyingCentre.deleted_at.is_(None)
                )
            ).all()
        )
        self.people = dict(
            session.execute(
                select(m.Stakeholder.id, m.Stakeholder.name).where(
                    m.Stakeholder.account_id == account_id, m.Stakeholder.deleted_at.is_(None)
                )
            ).all()
        )

    def _member(self, member_id: int | None) -> str:
        return self.members.get(member_id, "") if member_id is not None else ""

    def _centre(self, centre_id: int | None) -> str:
        return self.centres.get(centre_id, "") if centre_id is not None else ""

    def _person(self, person_id: int | None) -> str:
        return self.people.get(person_id, "") if person_id is not None else ""

    # -- the whole report ---------------------------------------------------------------------

    def build(self, sections: tuple[str, ...]) -> PlanReport:
        s = self.s
        acc = s.execute(
            select(m.Account.name, m.Account.industry, m.Account.region, m.Account.description).where(
                m.Account.id == self.account_id, m.Account.deleted_at.is_(None)
            )
        ).first()
        if acc is None:
            raise NotFoundError(
                translate("Errors", "That account no longer exists (it may be in the trash).")
            )
        program = s.execute(select(m.ProgramSettings.user_name, m.ProgramSettings.company_name)).first()
        plan_id = current_plan_id(s, self.account_id)
        plan = None
        if plan_id is not None:
            plan = s.execute(
                select(
                    m.AccountPlan.period_start,
                    m.AccountPlan.period_end,
                    m.AccountPlan.rigour,
                    m.AccountPlan.strategy_what,
                    m.AccountPlan.strategy_with_whom,
                    m.AccountPlan.strategy_why,
                    m.AccountPlan.topic_penetration,
                    m.AccountPlan.topic_expansion,
                    m.AccountPlan.topic_protection,
                ).where(m.AccountPlan.id == plan_id)
            ).one()
        return PlanReport(
            edition=self.edition,
            account_name=acc.name,
            industry=acc.industry,
            region=acc.region,
            description=acc.description,
            period_start=plan.period_start if plan else None,
            period_end=plan.period_end if plan else None,
            rigour=Rigour(plan.rigour) if plan else None,
            prepared_by=program.user_name if program else "",
            company=program.company_name if program else "",
            generated_on=clock.today(),
            has_plan=plan is not None,
            phases=self._phases(plan_id),
            strategy=self._strategy(plan_id, plan),
            objectives=self._objectives(plan_id),
            research=self._research(plan_id),
            stakeholders=self._stakeholders(),
            trends=self._trends(),
            needs=self._needs(),
            value_propositions=self._value_propositions(plan_id),
            actions=self._actions(plan_id),
            whitespace=self._whitespace(),
            opportunities=self._opportunities(),
            interactions=self._interactions(),
            kpis=self._kpis(plan_id),
            last_review=self._last_review(plan_id),
            team=team_rows(self.s, self.account_id)[0],
            internal=internal_facts(self.s, self.account_id, plan_id) if self.internal else None,
            sections=sections,
        )

    # -- plan parts -------------------------------------------------------------------------------

    def _phases(self, plan_id: int | None) -> tuple[PhaseRow, ...]:
        if plan_id is None:
            return ()
        rows = {
            r.phase: r
            for r in self.s.execute(
                select(m.PlanPhase.phase, m.PlanPhase.status, m.PlanPhase.completed_on).where(
                    m.PlanPhase.plan_id == plan_id
                )
            )
        }
        out = []
        for phase in Phase:
            r = rows.get(phase.value)
            out.append(
                PhaseRow(
                    phase,
                    PhaseStatus(r.status) if r else PhaseStatus.NOT_STARTED,
                    r.completed_on if r else None,
                )
            )
        return tuple(out)

    def _strategy(self, plan_id: int | None, plan: Any) -> StrategyPart | None:
        if plan_id is None or plan is None:
            return None
        centres = self.s.scalars(
            select(m.PlanTargetBuyingCentre.buying_centre_id).where(
                m.PlanTargetBuyingCentre.plan_id == plan_id
            )
        ).all()
        people = self.s.scalars(
            select(m.PlanTargetStakeholder.stakeholder_id).where(m.PlanTargetStakeholder.plan_id == plan_id)
        ).all()
        return StrategyPart(
            what=plan.strategy_what,
            with_whom=plan.strategy_with_whom,
            why=plan.strategy_why,
            topics=(
                (GrowthFocus.PENETRATION, TopicDecision(plan.topic_penetration)),
                (GrowthFocus.EXPANSION, TopicDecision(plan.topic_expansion)),
                (GrowthFocus.PROTECTION, TopicDecision(plan.topic_protection)),
            ),
            target_centres=tuple(sorted(n for n in (self._centre(c) for c in centres) if n)),
            target_stakeholders=tuple(sorted(n for n in (self._person(p) for p in people) if n)),
        )

    def _objectives(self, plan_id: int | None) -> tuple[ObjectiveRow, ...]:
        if plan_id is None:
            return ()
        cols: list[Any] = [
            m.Objective.id,
            m.Objective.growth_focus,
            m.Objective.description,
            m.Objective.measurable_target,
            m.Objective.due_date,
        ]
        stmt = select(*cols, *([m.Objective.internal] if self.internal else [])).where(
            m.Objective.plan_id == plan_id, m.Objective.deleted_at.is_(None)
        )
        if not self.internal:
            stmt = stmt.where(m.Objective.internal.is_(False))
        rows = self.s.execute(
            stmt.order_by(m.Objective.due_date.is_(None), m.Objective.due_date, m.Objective.id)
        )
        return tuple(
            ObjectiveRow(
                r.id,
                GrowthFocus(r.growth_focus),
                r.description,
                r.measurable_target,
                r.due_date,
                internal=bool(r.internal) if self.internal else False,
            )
            for r in rows
        )

    def _research(self, plan_id: int | None) -> tuple[ResearchCategory, ...]:
        if plan_id is None:
            return ()
        bank = load_question_bank()
        texts = {q.id: q.text for q in bank.questions}
        order = {q.id: i for i, q in enumerate(bank.questions)}
        cols: list[Any] = [
            m.ResearchAnswer.id,
            m.ResearchAnswer.question_id,
            m.ResearchAnswer.custom_question,
            m.ResearchAnswer.category,
            m.ResearchAnswer.answer,
            m.ResearchAnswer.status,
            m.ResearchAnswer.owner_id,
            m.ResearchAnswer.due_date,
            m.ResearchAnswer.source,
        ]
        stmt = select(*cols, *([m.ResearchAnswer.internal] if self.internal else [])).where(
            m.ResearchAnswer.plan_id == plan_id, m.ResearchAnswer.deleted_at.is_(None)
        )
        if not self.internal:
            stmt = stmt.where(
                m.ResearchAnswer.internal.is_(False),
                or_(
                    m.ResearchAnswer.question_id.is_(None),
                    m.ResearchAnswer.question_id.not_in(sorted(CUSTOMER_HIDDEN_QUESTIONS)),
                ),
            )
        by_category: dict[int, list[tuple[int, AnswerRow]]] = {}
        for r in self.s.execute(stmt):
            question = texts.get(r.question_id or "", "") or r.custom_question
            if not question.strip():
                continue
            row = AnswerRow(
                question,
                r.answer,
                ResearchStatus(r.status),
                self._member(r.owner_id),
                r.due_date,
                r.source,
                internal=bool(r.internal) if self.internal else False,
            )
            rank = order.get(r.question_id or "", 10_000 + r.id)
            by_category.setdefault(r.category, []).append((rank, row))
        titles = {c.id: c.title for c in bank.categories}
        return tuple(
            ResearchCategory(
                cid,
                titles.get(cid, f"Category {cid}"),
                tuple(row for _, row in sorted(rows, key=lambda x: x[0])),
            )
            for cid, rows in sorted(by_category.items())
        )

    def _value_propositions(self, plan_id: int | None) -> tuple[ValuePropositionRow, ...]:
        if plan_id is None:
            return ()
        vp = m.ValueProposition
        cols: list[Any] = [vp.title, vp.problem, vp.solution, vp.quantified_value, vp.proof]
        stmt = select(*cols, *([vp.value_cents] if self.internal else [])).where(
            vp.plan_id == plan_id, vp.deleted_at.is_(None)
        )
        return tuple(
            ValuePropositionRow(
                r.title,
                r.problem,
                r.solution,
                r.quantified_value,
                r.proof,
                value=v.from_cents(r.value_cents) if self.internal else None,
            )
            for r in self.s.execute(stmt.order_by(vp.id))
        )

    def _actions(self, plan_id: int | None) -> tuple[ActionRow, ...]:
        if plan_id is None:
            return ()
        a = m.Action
        cols: list[Any] = [
            a.id,
            a.title,
            a.objective_id,
            a.owner_id,
            a.due_date,
            a.status,
            a.completed_on,
            a.stakeholder_id,
        ]
        extra: list[Any] = [a.resources_needed, a.internal] if self.internal else []
        stmt = select(*cols, *extra).where(a.plan_id == plan_id, a.deleted_at.is_(None))
        if not self.internal:
            hidden_objectives = select(m.Objective.id).where(m.Objective.internal.is_(True))
            stmt = stmt.where(
                a.internal.is_(False), or_(a.objective_id.is_(None), a.objective_id.not_in(hidden_objectives))
            )
        stmt = stmt.order_by(a.due_date.is_(None), a.due_date, a.id)
        return tuple(
            ActionRow(
                r.id,
                r.title,
                r.objective_id,
                self._member(r.owner_id),
                r.due_date,
                ActionStatus(r.status),
                r.completed_on,
                self._person(r.stakeholder_id),
                resources=r.resources_needed if self.internal else None,
                internal=bool(r.internal) if self.internal else False,
            )
            for r in self.s.execute(stmt)
        )

    def _kpis(self, plan_id: int | None) -> tuple[KpiRow, ...]:
        if plan_id is None:
            return ()
        k = m.Kpi
        cols: list[Any] = [k.id, k.name, k.unit, k.direction, k.baseline, k.target]
        stmt = select(*cols, *([k.internal] if self.internal else [])).where(
            k.plan_id == plan_id, k.deleted_at.is_(None)
        )
        if not self.internal:
            stmt = stmt.where(k.internal.is_(False))
        rows = self.s.execute(stmt.order_by(k.id)).all()
        series: dict[int, list[tuple[dt.date, float]]] = {}
        if rows:
            for kid, on, value in self.s.execute(
                select(m.KpiMeasurement.kpi_id, m.KpiMeasurement.measured_on, m.KpiMeasurement.value)
                .where(m.KpiMeasurement.kpi_id.in_([r.id for r in rows]))
                .order_by(m.KpiMeasurement.measured_on, m.KpiMeasurement.id)
            ):
                if value == value and abs(value) != float("inf"):  # NaN / inf would break a chart
                    series.setdefault(kid, []).append((on, value))
        return tuple(
            KpiRow(
                r.name,
                r.unit,
                KpiDirection(r.direction),
                _finite(r.baseline),
                _finite(r.target),
                tuple(series.get(r.id, ())),
                internal=bool(r.internal) if self.internal else False,
            )
            for r in rows
        )

    def _last_review(self, plan_id: int | None) -> ReviewRow | None:
        if plan_id is None:
            return None
        r = self.s.execute(
            select(m.Review.held_on, m.Review.health, m.Review.findings, m.Review.adjustments)
            .where(m.Review.plan_id == plan_id)
            .order_by(m.Review.held_on.desc(), m.Review.id.desc())
            .limit(1)
        ).first()
        return ReviewRow(r.held_on, Health(r.health), r.findings, r.adjustments) if r else None

    # -- account parts ----------------------------------------------------------------------------

    def _stakeholders(self) -> tuple[StakeholderRow, ...]:
        st = m.Stakeholder
        cols: list[Any] = [st.id, st.name, st.title, st.buying_centre_id, st.reports_to_id, st.owner_id]
        extra: list[Any] = (
            [
                st.decision_role,
                st.influence,
                st.attitude,
                st.relationship_strength,
                st.cares_about,
                st.notes,
                st.email,
                st.phone,
                st.last_contact,
            ]
            if self.internal
            else []
        )
        rows = self.s.execute(
            select(*cols, *extra)
            .where(st.account_id == self.account_id, st.deleted_at.is_(None))
            .order_by(st.id)
        )
        out = []
        for r in rows:
            assessment = None
            if self.internal:
                assessment = StakeholderAssessment(
                    DecisionRole(r.decision_role) if r.decision_role else None,
                    r.influence,
                    Attitude(r.attitude) if r.attitude else None,
                    r.relationship_strength,
                    r.cares_about,
                    r.notes,
                    r.email,
                    r.phone,
                    r.last_contact,
                )
            boss = r.reports_to_id if r.reports_to_id in self.people else None
            out.append(
                StakeholderRow(
                    r.id,
                    r.name,
                    r.title,
                    self._centre(r.buying_centre_id),
                    boss,
                    self._member(r.owner_id),
                    assessment,
                )
            )
        return tuple(out)

    def _trends(self) -> tuple[TrendRow, ...]:
        rows = self.s.execute(
            select(m.Trend.description, m.Trend.impact)
            .where(m.Trend.account_id == self.account_id, m.Trend.deleted_at.is_(None))
            .order_by(m.Trend.id)
        )
        return tuple(TrendRow(r.description, r.impact) for r in rows)

    def _needs(self) -> tuple[NeedRow, ...]:
        n = m.Need
        rows = self.s.execute(
            select(n.description, n.priority, n.buying_centre_id, n.stakeholder_id)
            .where(n.account_id == self.account_id, n.deleted_at.is_(None))
            .order_by(n.priority.is_(None), n.priority.desc(), n.id)
        )
        return tuple(
            NeedRow(
                r.description, r.priority, self._centre(r.buying_centre_id), self._person(r.stakeholder_id)
            )
            for r in rows
        )

    def _whitespace(self) -> WhitespaceGrid | None:
        if not self.centres:
            return None
        offerings = self.s.execute(
            select(m.Offering.id, m.Offering.name)
            .where(m.Offering.archived_at.is_(None))
            .order_by(m.Offering.name)
        ).all()
        if not offerings:
            return None
        states = {
            (c, o): WhitespaceState(state)
            for c, o, state in self.s.execute(
                select(
                    m.WhitespaceCell.buying_centre_id, m.WhitespaceCell.offering_id, m.WhitespaceCell.state
                ).where(m.WhitespaceCell.account_id == self.account_id)
            )
        }
        centres = sorted(self.centres.items(), key=lambda item: item[1].casefold())
        cells = []
        for cid, _ in centres:
            row = []
            for oid, _ in offerings:
                state = states.get((cid, oid))
                if not self.internal and state not in _CUSTOMER_WHITESPACE:
                    state = None
                row.append(state)
            cells.append(tuple(row))
        return WhitespaceGrid(tuple(n for _, n in centres), tuple(n for _, n in offerings), tuple(cells))

    def _opportunities(self) -> tuple[OpportunityRow, ...]:
        o = m.Opportunity
        cols: list[Any] = [
            o.title,
            o.buying_centre_id,
            o.offering_id,
            o.growth_focus,
            o.stage,
            o.expected_close,
        ]
        extra: list[Any] = [o.value_cents, o.probability, o.notes] if self.internal else []
        stmt = select(*cols, *extra).where(o.account_id == self.account_id, o.deleted_at.is_(None))
        if not self.internal:
            stmt = stmt.where(o.stage != OpportunityStage.LOST.value)
        offerings = dict(self.s.execute(select(m.Offering.id, m.Offering.name)).all())
        rank = {s.value: i for i, s in enumerate(OpportunityStage)}
        rows = sorted(
            self.s.execute(stmt), key=lambda r: (rank[r.stage], r.expected_close or dt.date.max, r.title)
        )
        return tuple(
            OpportunityRow(
                r.title,
                self._centre(r.buying_centre_id),
                offerings.get(r.offering_id, "") if r.offering_id else "",
                GrowthFocus(r.growth_focus),
                OpportunityStage(r.stage),
                r.expected_close,
                commercial=OpportunityCommercial(_money(r.value_cents), r.probability, r.notes)
                if self.internal
                else None,
            )
            for r in rows
        )

    def _interactions(self) -> tuple[InteractionRow, ...]:
        i = m.Interaction
        rows = self.s.execute(
            select(i.on_date, i.kind, i.subject, i.summary, i.next_steps)
            .where(i.account_id == self.account_id, i.deleted_at.is_(None), i.on_date <= clock.today())
            .order_by(i.on_date.desc(), i.id.desc())
            .limit(RECENT_INTERACTIONS)
        )
        return tuple(
            InteractionRow(r.on_date, InteractionKind(r.kind), r.subject, r.summary, r.next_steps)
            for r in rows
        )

    # -- team -------------------------------------------------------------------------------------


def _money(cents: int | None) -> Decimal:
    return v.from_cents(cents or 0) or Decimal(0)


def _finite(value: float | None) -> float | None:
    if value is None or value != value or abs(value) == float("inf"):
        return None
    return value
