"""The account plan core: the current plan of an account, its phases and their progress.

Feature services (strategy, research, action plan, execution, review) build on
``current_plan_id`` / ``ensure_plan`` and report progress through ``plan_facts``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from kam_desktop import i18n
from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import (
    ActionStatus,
    DecisionRole,
    GrowthFocus,
    OpportunityStage,
    Phase,
    PhaseStatus,
    ResearchStatus,
    Rigour,
    TopicDecision,
)
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.domain.progress import RULE_TEXT, PlanFacts, missing
from kam_desktop.domain.question_bank import load_question_bank
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services import clock
from kam_desktop.services.accounts import get_live
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    AccountPlan,
    AccountTeamMember,
    Action,
    BuyingCentre,
    Interaction,
    Kpi,
    KpiMeasurement,
    Objective,
    Opportunity,
    PlanPhase,
    PlanTargetBuyingCentre,
    PlanTargetStakeholder,
    ResearchAnswer,
    Review,
    Stakeholder,
    ValueProposition,
)


@dataclass(frozen=True)
class PhaseView:
    phase: Phase
    status: PhaseStatus
    completed_on: dt.date | None
    missing: tuple[str, ...]
    rule: str
    wizard_page: int

    @property
    def rule_holds(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class PlanView:
    id: int
    account_id: int
    period_start: dt.date
    period_end: dt.date
    rigour: Rigour
    phases: tuple[PhaseView, ...]
    # the language the plan is written in ('en', 'it'); ``language_chosen`` is False for a plan
    # made before plans stored one (then ``language`` is the interface's)
    language: str = "en"
    language_chosen: bool = True

    def phase(self, phase: Phase) -> PhaseView:
        return next(p for p in self.phases if p.phase is phase)

    @property
    def current_phase(self) -> Phase | None:
        """The first phase not done (None when all five are done)."""
        return next((p.phase for p in self.phases if p.status is not PhaseStatus.DONE), None)


def current_plan_id(session: Session, account_id: int) -> int | None:
    return session.scalar(
        select(AccountPlan.id)
        .where(AccountPlan.account_id == account_id)
        .order_by(AccountPlan.period_start.desc(), AccountPlan.id.desc())
        .limit(1)
    )


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """A new plan's period: from the first day of this month, for a year. Not today: what was
    done with the account earlier this month belongs to the plan (the Strategy wizard's first
    page changes the start)."""
    start = today.replace(day=1)
    end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
    return start, end


def _create_plan(session: Session, account_id: int) -> AccountPlan:
    start, end = default_period(clock.today())
    plan = AccountPlan(
        account_id=account_id, period_start=start, period_end=end, rigour=Rigour.STANDARD.value
    )
    session.add(plan)
    session.flush()
    for phase in Phase:
        session.add(PlanPhase(plan_id=plan.id, phase=phase.value, status=PhaseStatus.NOT_STARTED.value))
    session.flush()
    return plan


def ensure_plan_in(session: Session, account_id: int) -> AccountPlan:
    get_live(session, account_id)
    plan_id = current_plan_id(session, account_id)
    if plan_id is None:
        return _create_plan(session, account_id)
    plan = session.get(AccountPlan, plan_id)
    assert plan is not None
    return plan


def ensure_plan(db: Database, account_id: int) -> PlanView:
    """The account's current plan, created (this year, standard rigour) if it has none."""
    with db.session() as session:
        plan = ensure_plan_in(session, account_id)
        return _plan_view(session, plan)


def get_plan(db: Database, account_id: int) -> PlanView | None:
    with db.reading() as session:
        get_live(session, account_id)
        plan_id = current_plan_id(session, account_id)
        if plan_id is None:
            return None
        plan = session.get(AccountPlan, plan_id)
        assert plan is not None
        return _plan_view(session, plan)


def _plan_view(session: Session, plan: AccountPlan) -> PlanView:
    facts = plan_facts(session, plan)
    rows = {r.phase: r for r in session.scalars(select(PlanPhase).where(PlanPhase.plan_id == plan.id))}
    phases = []
    for phase in Phase:
        row = rows.get(phase.value)
        phases.append(
            PhaseView(
                phase=phase,
                status=PhaseStatus(row.status) if row else PhaseStatus.NOT_STARTED,
                completed_on=row.completed_on if row else None,
                missing=tuple(missing(phase, facts)),
                rule=RULE_TEXT[phase],
                wizard_page=row.wizard_page if row else 0,
            )
        )
    return PlanView(
        plan.id,
        plan.account_id,
        plan.period_start,
        plan.period_end,
        Rigour(plan.rigour),
        tuple(phases),
        language=plan_language(plan),
        language_chosen=plan.language is not None,
    )


def plan_language(plan: AccountPlan) -> str:
    """The language the plan is written in: texts the app generates into it and its PDFs use it.
    A plan from before plans stored one follows the language in use (as it always did)."""
    return i18n.normalise_language(plan.language) if plan.language else i18n.language()


def account_plan_language(db: Database, account_id: int) -> str | None:
    """The current plan's language, or None when the account has no plan yet."""
    with db.reading() as session:
        plan_id = current_plan_id(session, account_id)
        plan = session.get(AccountPlan, plan_id) if plan_id is not None else None
        return plan_language(plan) if plan is not None else None


def set_plan_language(db: Database, plan_id: int, code: str) -> PlanView:
    """Write the plan in ``code`` ('en', 'it') from now on: texts generated later and its PDFs
    (by default) follow it. What is already written is left as it is."""
    clean = v.choice(
        str(code), i18n.SUPPORTED_LANGUAGES, field="language", label=QT_TRANSLATE_NOOP("Field", "Language")
    )
    with db.session() as session:
        plan = session.get(AccountPlan, plan_id)
        if plan is None:
            raise NotFoundError(translate("Errors", "That plan no longer exists."))
        get_live(session, plan.account_id)
        plan.language = clean
        session.flush()
        return _plan_view(session, plan)


def _phase_row(session: Session, plan_id: int, phase: Phase) -> PlanPhase:
    row = session.get(PlanPhase, (plan_id, phase.value))
    if row is None:
        row = PlanPhase(plan_id=plan_id, phase=phase.value, status=PhaseStatus.NOT_STARTED.value)
        session.add(row)
        session.flush()
    return row


def touch_phase(session: Session, plan_id: int, phase: Phase, wizard_page: int | None = None) -> None:
    """Mark a phase 'in progress' when the user starts working on it (never undoes 'done')."""
    row = _phase_row(session, plan_id, phase)
    if row.status == PhaseStatus.NOT_STARTED.value:
        row.status = PhaseStatus.IN_PROGRESS.value
    if wizard_page is not None:
        row.wizard_page = wizard_page


def interaction_before_period(db: Database, plan_id: int) -> dt.date | None:
    """While no interaction in the plan period (up to today) counts for Execution: the day of the
    latest one logged before the period starts, which would count if the plan started then.
    None when one already counts, or none was logged before the start."""
    with db.reading() as session:
        plan = session.get(AccountPlan, plan_id)
        if plan is None:
            raise NotFoundError(translate("Errors", "That plan no longer exists."))
        live = and_(Interaction.account_id == plan.account_id, Interaction.deleted_at.is_(None))
        counted = session.scalar(
            select(func.count())
            .select_from(Interaction)
            .where(
                live,
                Interaction.on_date >= plan.period_start,
                Interaction.on_date <= min(plan.period_end, clock.today()),
            )
        )
        if counted:
            return None
        return session.scalar(
            select(func.max(Interaction.on_date)).where(live, Interaction.on_date < plan.period_start)
        )


def record_wizard_progress(db: Database, plan_id: int, phase: Phase, wizard_page: int) -> None:
    """The user saved a wizard page and moved on: the phase is in progress (never undoes 'done')
    and the wizard reopens on page ``wizard_page`` (its position at the plan's rigour)."""
    with db.session() as session:
        if session.get(AccountPlan, plan_id) is None:
            raise NotFoundError(translate("Errors", "That plan no longer exists."))
        touch_phase(session, plan_id, phase, wizard_page=max(0, int(wizard_page)))


def set_phase_status(db: Database, plan_id: int, phase: Phase, status: PhaseStatus) -> PlanView:
    """Set a phase's status. 'Done' is refused while the phase's rule does not hold."""
    with db.session() as session:
        plan = session.get(AccountPlan, plan_id)
        if plan is None:
            raise NotFoundError(translate("Errors", "That plan no longer exists."))
        row = _phase_row(session, plan_id, phase)
        if status is PhaseStatus.DONE:
            gaps = missing(phase, plan_facts(session, plan))
            if gaps:
                raise ValidationError(
                    fmt(translate("Errors", "%1 cannot be marked done yet: %2"), phase.label, " ".join(gaps)),
                    field="phase_status",
                )
            row.completed_on = clock.today()
        else:
            row.completed_on = None
        row.status = status.value
        session.flush()
        return _plan_view(session, plan)


def set_rigour(db: Database, plan_id: int, rigour: Rigour | str) -> None:
    value = v.choice(str(rigour), Rigour.values(), field="rigour", label=QT_TRANSLATE_NOOP("Field", "Rigour"))
    with db.session() as session:
        plan = session.get(AccountPlan, plan_id)
        if plan is None:
            raise NotFoundError(translate("Errors", "That plan no longer exists."))
        plan.rigour = value


def _count(session: Session, stmt: object) -> int:
    return int(session.scalar(stmt) or 0)  # type: ignore[call-overload]


def _has_targets(session: Session, plan_id: int) -> bool:
    """'With whom' is also said by ticking a buying centre or a stakeholder the strategy targets
    (method: the strategy says what, with whom and why; the targets are the 'with whom')."""
    centre = (
        select(PlanTargetBuyingCentre.plan_id)
        .join(BuyingCentre, BuyingCentre.id == PlanTargetBuyingCentre.buying_centre_id)
        .where(PlanTargetBuyingCentre.plan_id == plan_id, BuyingCentre.deleted_at.is_(None))
    )
    person = (
        select(PlanTargetStakeholder.plan_id)
        .join(Stakeholder, Stakeholder.id == PlanTargetStakeholder.stakeholder_id)
        .where(PlanTargetStakeholder.plan_id == plan_id, Stakeholder.deleted_at.is_(None))
    )
    return bool(session.scalar(select(exists(centre))) or session.scalar(select(exists(person))))


def plan_facts(session: Session, plan: AccountPlan) -> PlanFacts:
    """Everything the completeness rules need, counted with a handful of queries."""
    rigour = Rigour(plan.rigour)
    pid, aid = plan.id, plan.account_id
    live_obj = and_(Objective.plan_id == pid, Objective.deleted_at.is_(None))
    by_focus = {
        GrowthFocus(f): n
        for f, n in session.execute(
            select(Objective.growth_focus, func.count()).where(live_obj).group_by(Objective.growth_focus)
        ).all()
    }
    bank = load_question_bank()
    in_scope = {q.id: q.category for q in bank.for_rigour(rigour.value)}
    answers = session.execute(
        select(
            ResearchAnswer.question_id,
            ResearchAnswer.category,
            ResearchAnswer.status,
            ResearchAnswer.owner_id,
            ResearchAnswer.due_date,
        ).where(ResearchAnswer.plan_id == pid, ResearchAnswer.deleted_at.is_(None))
    ).all()
    addressed = 0
    touched: set[int] = set()
    unassigned = 0
    for qid, category, status, owner, due in answers:
        ok = status in (ResearchStatus.ANSWERED.value, ResearchStatus.NOT_RELEVANT.value) or (
            status == ResearchStatus.NEEDS_RESEARCH.value and owner is not None and due is not None
        )
        if status == ResearchStatus.NEEDS_RESEARCH.value and (owner is None or due is None):
            unassigned += 1
        if ok:
            if qid in in_scope:
                addressed += 1
            touched.add(category)
    live_actions = and_(Action.plan_id == pid, Action.deleted_at.is_(None))
    open_statuses = [s.value for s in ActionStatus if s.is_open]
    live_opps = and_(Opportunity.account_id == aid, Opportunity.deleted_at.is_(None))
    live_stages = [s.value for s in OpportunityStage if s.is_live]
    today = clock.today()
    live_interactions = and_(Interaction.account_id == aid, Interaction.deleted_at.is_(None))
    return PlanFacts(
        rigour=rigour,
        has_what=bool(plan.strategy_what.strip()),
        has_with_whom=bool(plan.strategy_with_whom.strip()) or _has_targets(session, pid),
        has_why=bool(plan.strategy_why.strip()),
        revenue_target_set=plan.revenue_target_cents is not None,
        topics={
            GrowthFocus.PENETRATION: TopicDecision(plan.topic_penetration),
            GrowthFocus.EXPANSION: TopicDecision(plan.topic_expansion),
            GrowthFocus.PROTECTION: TopicDecision(plan.topic_protection),
        },
        objectives_by_focus=by_focus,
        core_team=_count(
            session,
            select(func.count()).select_from(AccountTeamMember).where(AccountTeamMember.account_id == aid),
        ),
        questions_in_scope=len(in_scope),
        questions_addressed=addressed,
        categories_in_scope=len(set(in_scope.values())),
        categories_touched=len(touched & set(in_scope.values())),
        needs_research_without_owner_or_date=unassigned,
        stakeholders=_count(
            session,
            select(func.count())
            .select_from(Stakeholder)
            .where(Stakeholder.account_id == aid, Stakeholder.deleted_at.is_(None)),
        ),
        decision_makers=_count(
            session,
            select(func.count())
            .select_from(Stakeholder)
            .where(
                Stakeholder.account_id == aid,
                Stakeholder.deleted_at.is_(None),
                Stakeholder.decision_role.in_(
                    [DecisionRole.ECONOMIC_BUYER.value, DecisionRole.DECISION_MAKER.value]
                ),
            ),
        ),
        qualification_decided=plan.still_key is not None,
        value_propositions=_count(
            session,
            select(func.count())
            .select_from(ValueProposition)
            .where(ValueProposition.plan_id == pid, ValueProposition.deleted_at.is_(None)),
        ),
        objectives_without_action=_count(
            session,
            select(func.count())
            .select_from(Objective)
            .where(
                live_obj,
                ~exists().where(
                    Action.objective_id == Objective.id,
                    Action.deleted_at.is_(None),
                    Action.status != ActionStatus.CANCELLED.value,
                ),
            ),
        ),
        open_actions_without_owner_or_date=_count(
            session,
            select(func.count())
            .select_from(Action)
            .where(
                live_actions,
                Action.status.in_(open_statuses),
                or_(Action.owner_id.is_(None), Action.due_date.is_(None)),
            ),
        ),
        actions=_count(session, select(func.count()).select_from(Action).where(live_actions)),
        opportunities=_count(session, select(func.count()).select_from(Opportunity).where(live_opps)),
        interactions_in_period=_count(
            session,
            select(func.count())
            .select_from(Interaction)
            .where(
                live_interactions,
                Interaction.on_date >= plan.period_start,
                Interaction.on_date <= min(plan.period_end, today),
            ),
        ),
        period_start=plan.period_start,
        period_end=plan.period_end,
        today=today,
        last_interaction_before_period=session.scalar(
            select(func.max(Interaction.on_date)).where(
                live_interactions, Interaction.on_date < plan.period_start
            )
        ),
        next_interaction_ahead=session.scalar(
            select(func.min(Interaction.on_date)).where(
                live_interactions,
                Interaction.on_date > today,
                Interaction.on_date >= plan.period_start,
                Interaction.on_date <= plan.period_end,
            )
        ),
        live_opportunities_without_close=_count(
            session,
            select(func.count())
            .select_from(Opportunity)
            .where(live_opps, Opportunity.stage.in_(live_stages), Opportunity.expected_close.is_(None)),
        ),
        kpis_with_target=_count(
            session,
            select(func.count())
            .select_from(Kpi)
            .where(Kpi.plan_id == pid, Kpi.deleted_at.is_(None), Kpi.target.is_not(None)),
        ),
        measurements=_count(
            session,
            select(func.count())
            .select_from(KpiMeasurement)
            .join(Kpi)
            .where(Kpi.plan_id == pid, Kpi.deleted_at.is_(None)),
        ),
        reviews=_count(session, select(func.count()).select_from(Review).where(Review.plan_id == pid)),
    )
