"""Phase 1, Strategy: plan period and rigour, the strategy statement (what, with whom, why),
the three growth topics, objectives, the revenue target, and the qualification decision
taken at the end of Research. One unit of work per call; validated before anything is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import AccountStatus, GrowthFocus, Rigour, TopicDecision
from kam_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, Context, fmt, translate
from kam_desktop.services import accounts, clock
from kam_desktop.services.plans import ensure_plan_in
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    Account,
    AccountPlan,
    BuyingCentre,
    Objective,
    PlanTargetBuyingCentre,
    PlanTargetStakeholder,
    Stakeholder,
)

TOPIC_COLUMNS: dict[GrowthFocus, str] = {
    GrowthFocus.PENETRATION: "topic_penetration",
    GrowthFocus.EXPANSION: "topic_expansion",
    GrowthFocus.PROTECTION: "topic_protection",
}
TOPIC_HINTS: dict[GrowthFocus, str] = {
    GrowthFocus.PENETRATION: QT_TRANSLATE_NOOP(
        "Strategy", "Reach more buying centres, divisions or sites of the account."
    ),
    GrowthFocus.EXPANSION: QT_TRANSLATE_NOOP(
        "Strategy", "Sell more of our offerings to the buying centres we already serve."
    ),
    GrowthFocus.PROTECTION: QT_TRANSLATE_NOOP("Strategy", "Keep competitors out of what we already hold."),
}  # shown with translate("Strategy", ...)

Strategy = Context("Strategy")  # plural forms: lupdate takes the name before .tr as the context


@dataclass(frozen=True)
class ObjectiveView:
    id: int
    plan_id: int
    growth_focus: GrowthFocus
    description: str
    measurable_target: str
    due_date: dt.date | None
    internal: bool


@dataclass(frozen=True)
class ObjectiveInput:
    growth_focus: GrowthFocus | str
    description: str
    measurable_target: str = ""
    due_date: dt.date | str | None = None
    internal: bool = False


@dataclass(frozen=True)
class TargetOption:
    """A buying centre or stakeholder that the statement can target."""

    id: int
    name: str
    detail: str


@dataclass(frozen=True)
class StrategyView:
    plan_id: int
    account_id: int
    account_name: str
    account_status: AccountStatus
    currency: str
    period_start: dt.date
    period_end: dt.date
    rigour: Rigour
    what: str
    with_whom: str
    why: str
    target_buying_centres: frozenset[int]
    target_stakeholders: frozenset[int]
    topics: Mapping[GrowthFocus, TopicDecision]
    current_revenue: Decimal
    revenue_target: Decimal | None
    still_key: bool | None
    qualification_note: str
    objectives: tuple[ObjectiveView, ...]
    buying_centre_options: tuple[TargetOption, ...]
    stakeholder_options: tuple[TargetOption, ...]

    @property
    def revenue_growth_percent(self) -> float | None:
        if self.revenue_target is None or self.current_revenue <= 0:
            return None
        return float((self.revenue_target - self.current_revenue) / self.current_revenue * 100)


def _plan(session: Session, plan_id: int) -> AccountPlan:
    plan = session.get(AccountPlan, plan_id)
    if plan is None:
        raise NotFoundError(translate("Errors", "That plan no longer exists."))
    accounts.get_live(session, plan.account_id)
    return plan


def _objective_view(o: Objective) -> ObjectiveView:
    return ObjectiveView(
        o.id,
        o.plan_id,
        GrowthFocus(o.growth_focus),
        o.description,
        o.measurable_target,
        o.due_date,
        o.internal,
    )


def _objectives(session: Session, plan_id: int) -> tuple[ObjectiveView, ...]:
    rows = session.scalars(
        select(Objective)
        .where(Objective.plan_id == plan_id, Objective.deleted_at.is_(None))
        .order_by(Objective.growth_focus, Objective.due_date, Objective.id)
    )
    return tuple(_objective_view(o) for o in rows)


def _view(session: Session, plan: AccountPlan) -> StrategyView:
    account = session.get(Account, plan.account_id)
    assert account is not None
    centres = tuple(
        TargetOption(c.id, c.name, c.kind)
        for c in session.scalars(
            select(BuyingCentre)
            .where(BuyingCentre.account_id == plan.account_id, BuyingCentre.deleted_at.is_(None))
            .order_by(BuyingCentre.name)
        )
    )
    people = tuple(
        TargetOption(s.id, s.name, s.title)
        for s in session.scalars(
            select(Stakeholder)
            .where(Stakeholder.account_id == plan.account_id, Stakeholder.deleted_at.is_(None))
            .order_by(Stakeholder.name)
        )
    )
    live_centres = {c.id for c in centres}
    live_people = {p.id for p in people}
    return StrategyView(
        plan_id=plan.id,
        account_id=plan.account_id,
        account_name=account.name,
        account_status=AccountStatus(account.status),
        currency=account.currency,
        period_start=plan.period_start,
        period_end=plan.period_end,
        rigour=Rigour(plan.rigour),
        what=plan.strategy_what,
        with_whom=plan.strategy_with_whom,
        why=plan.strategy_why,
        target_buying_centres=frozenset(
            i
            for i in session.scalars(
                select(PlanTargetBuyingCentre.buying_centre_id).where(
                    PlanTargetBuyingCentre.plan_id == plan.id
                )
            )
            if i in live_centres
        ),
        target_stakeholders=frozenset(
            i
            for i in session.scalars(
                select(PlanTargetStakeholder.stakeholder_id).where(PlanTargetStakeholder.plan_id == plan.id)
            )
            if i in live_people
        ),
        topics={f: TopicDecision(getattr(plan, col)) for f, col in TOPIC_COLUMNS.items()},
        current_revenue=v.from_cents(account.current_revenue_cents) or Decimal("0.00"),
        revenue_target=v.from_cents(plan.revenue_target_cents),
        still_key=plan.still_key,
        qualification_note=plan.qualification_note,
        objectives=_objectives(session, plan.id),
        buying_centre_options=centres,
        stakeholder_options=people,
    )


def get_strategy(db: Database, account_id: int) -> StrategyView:
    """The strategy of the account's current plan (the plan is created if it has none)."""
    with db.session() as session:
        return _view(session, ensure_plan_in(session, account_id))


def set_period(
    db: Database, plan_id: int, start: dt.date | str, end: dt.date | str, rigour: Rigour | str
) -> StrategyView:
    clean_start = v.date(start, field="period_start", label=QT_TRANSLATE_NOOP("Field", "Plan start"))
    clean_end = v.date(end, field="period_end", label=QT_TRANSLATE_NOOP("Field", "Plan end"))
    if clean_end < clean_start:
        raise ValidationError(
            translate("Errors", "The plan must end on or after the day it starts."), field="period_end"
        )
    if (clean_end - clean_start).days > 5 * 366:
        raise ValidationError(
            translate("Errors", "A plan period can be at most five years long."), field="period_end"
        )
    clean_rigour = v.choice(
        str(rigour), Rigour.values(), field="rigour", label=QT_TRANSLATE_NOOP("Field", "Rigour")
    )
    with db.session() as session:
        plan = _plan(session, plan_id)
        clash = session.scalar(
            select(AccountPlan.id).where(
                AccountPlan.account_id == plan.account_id,
                AccountPlan.period_start == clean_start,
                AccountPlan.id != plan.id,
            )
        )
        if clash is not None:
            raise ConflictError(
                translate("Errors", "Another plan of this account starts on that day."), field="period_start"
            )
        plan.period_start, plan.period_end, plan.rigour = clean_start, clean_end, clean_rigour
        session.flush()
        return _view(session, plan)


def set_statement(
    db: Database,
    plan_id: int,
    what: str,
    with_whom: str,
    why: str,
    buying_centre_ids: Iterable[int] = (),
    stakeholder_ids: Iterable[int] = (),
) -> StrategyView:
    """The strategy statement: what we intend to do, with whom (free text plus the targeted
    buying centres and stakeholders), and why."""
    clean_what = v.text(
        what, field="what", label=QT_TRANSLATE_NOOP("Field", "What you intend to do"), max_len=20_000
    )
    clean_whom = v.text(
        with_whom, field="with_whom", label=QT_TRANSLATE_NOOP("Field", "With whom"), max_len=20_000
    )
    clean_why = v.text(why, field="why", label=QT_TRANSLATE_NOOP("Field", "Why"), max_len=20_000)
    centre_ids, people_ids = set(buying_centre_ids), set(stakeholder_ids)
    with db.session() as session:
        plan = _plan(session, plan_id)
        live_centres = set(
            session.scalars(
                select(BuyingCentre.id).where(
                    BuyingCentre.account_id == plan.account_id, BuyingCentre.deleted_at.is_(None)
                )
            )
        )
        live_people = set(
            session.scalars(
                select(Stakeholder.id).where(
                    Stakeholder.account_id == plan.account_id, Stakeholder.deleted_at.is_(None)
                )
            )
        )
        if centre_ids - live_centres:
            raise ValidationError(
                translate("Errors", "A targeted buying centre no longer exists."), field="buying_centres"
            )
        if people_ids - live_people:
            raise ValidationError(
                translate("Errors", "A targeted stakeholder no longer exists."), field="stakeholders"
            )
        plan.strategy_what, plan.strategy_with_whom, plan.strategy_why = clean_what, clean_whom, clean_why
        session.execute(delete(PlanTargetBuyingCentre).where(PlanTargetBuyingCentre.plan_id == plan_id))
        session.execute(delete(PlanTargetStakeholder).where(PlanTargetStakeholder.plan_id == plan_id))
        session.add_all(
            PlanTargetBuyingCentre(plan_id=plan_id, buying_centre_id=i) for i in sorted(centre_ids)
        )
        session.add_all(PlanTargetStakeholder(plan_id=plan_id, stakeholder_id=i) for i in sorted(people_ids))
        session.flush()
        return _view(session, plan)


def set_topics(db: Database, plan_id: int, topics: Mapping[GrowthFocus, TopicDecision | str]) -> StrategyView:
    """Record, per growth topic, whether it is a focus this period, explicitly not, or undecided."""
    clean: dict[GrowthFocus, str] = {}
    for focus, decision in topics.items():
        if not isinstance(focus, GrowthFocus):
            raise ValidationError(translate("Errors", "Unknown growth topic."), field="topics")
        clean[focus] = v.choice(
            str(decision), TopicDecision.values(), field=f"topic_{focus.value}", label=focus.label
        )
    with db.session() as session:
        plan = _plan(session, plan_id)
        for focus, decision in clean.items():
            if decision == TopicDecision.NOT_THIS_PERIOD.value:
                count = _live_objectives_of(session, plan_id, focus)
                if count:
                    raise ValidationError(
                        fmt(
                            Strategy.tr(
                                "%1 has %n objective(s): give them another growth topic or delete them "
                                "before saying %1 is not a topic this period.",
                                "",
                                count,
                            ),
                            focus.label,
                        ),
                        field=f"topic_{focus.value}",
                    )
            setattr(plan, TOPIC_COLUMNS[focus], decision)
        session.flush()
        return _view(session, plan)


def set_revenue_target(db: Database, plan_id: int, amount: Decimal | str | int | None) -> StrategyView:
    """The revenue target for the end of the period (None or blank clears it)."""
    target = v.optional_money(
        amount, field="revenue_target", label=QT_TRANSLATE_NOOP("Field", "Revenue target")
    )
    with db.session() as session:
        plan = _plan(session, plan_id)
        plan.revenue_target_cents = None if target is None else v.to_cents(target)
        session.flush()
        return _view(session, plan)


# --- objectives ------------------------------------------------------------------------------


def _clean_objective(cmd: ObjectiveInput) -> dict[str, object]:
    return {
        "growth_focus": v.choice(
            str(cmd.growth_focus),
            GrowthFocus.values(),
            field="growth_focus",
            label=QT_TRANSLATE_NOOP("Field", "Growth topic"),
        ),
        "description": v.title(
            cmd.description, field="description", label=QT_TRANSLATE_NOOP("Field", "Objective")
        ),
        "measurable_target": v.text(
            cmd.measurable_target,
            field="measurable_target",
            label=QT_TRANSLATE_NOOP("Field", "Measurable target"),
            max_len=5000,
        ),
        "due_date": v.optional_date(
            cmd.due_date, field="due_date", label=QT_TRANSLATE_NOOP("Field", "Due date")
        ),
        "internal": bool(cmd.internal),
    }


def _live_objectives_of(session: Session, plan_id: int, focus: GrowthFocus) -> int:
    return len(
        session.scalars(
            select(Objective.id).where(
                Objective.plan_id == plan_id,
                Objective.deleted_at.is_(None),
                Objective.growth_focus == focus.value,
            )
        ).all()
    )


def list_objectives(db: Database, plan_id: int) -> tuple[ObjectiveView, ...]:
    with db.reading() as session:
        _plan(session, plan_id)
        return _objectives(session, plan_id)


def save_objective(
    db: Database, plan_id: int, cmd: ObjectiveInput, objective_id: int | None = None
) -> ObjectiveView:
    values = _clean_objective(cmd)
    with db.session() as session:
        plan = _plan(session, plan_id)
        focus = GrowthFocus(str(values["growth_focus"]))
        previous = session.get(Objective, objective_id) if objective_id is not None else None
        changes_focus = previous is None or previous.growth_focus != focus.value
        if changes_focus and getattr(plan, TOPIC_COLUMNS[focus]) == TopicDecision.NOT_THIS_PERIOD.value:
            raise ValidationError(
                fmt(
                    translate(
                        "Strategy",
                        "%1 is 'not this period' in the growth topics: choose another topic, or make %1 "
                        "a focus first.",
                    ),
                    focus.label,
                ),
                field="growth_focus",
            )
        if objective_id is None:
            row = Objective(plan_id=plan_id, **values)
            session.add(row)
        else:
            found = session.get(Objective, objective_id)
            if found is None or found.plan_id != plan_id or found.deleted_at is not None:
                raise NotFoundError(translate("Errors", "That objective no longer exists."))
            row = found
            for key, value in values.items():
                setattr(row, key, value)
        session.flush()
        return _objective_view(row)


def delete_objective(db: Database, objective_id: int) -> None:
    """Move an objective to the trash (undo with restore_objective)."""
    with db.session() as session:
        row = session.get(Objective, objective_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That objective no longer exists."))
        row.deleted_at = clock.utcnow()


def restore_objective(db: Database, objective_id: int) -> ObjectiveView:
    with db.session() as session:
        row = session.get(Objective, objective_id)
        if row is None:
            raise NotFoundError(translate("Errors", "That objective was permanently deleted."))
        row.deleted_at = None
        session.flush()
        return _objective_view(row)


# --- qualification ---------------------------------------------------------------------------

DEMOTION_TARGETS = (AccountStatus.STANDARD, AccountStatus.CANDIDATE, AccountStatus.DISQUALIFIED)


def decide_qualification(
    db: Database,
    plan_id: int,
    still_key: bool,
    note: str = "",
    demote_to: AccountStatus | None = AccountStatus.STANDARD,
) -> StrategyView:
    """Record whether the account still deserves key status after research.

    "No" on a key account demotes it (to ``demote_to``) through accounts.change_status, which
    requires the written reason: the note is that reason.
    """
    clean_note = v.text(
        note, field="qualification_note", label=QT_TRANSLATE_NOOP("Field", "Reason"), max_len=5000
    )
    if demote_to is not None and demote_to not in DEMOTION_TARGETS:
        raise ValidationError(
            translate("Errors", "Choose standard, candidate or disqualified."), field="demote_to"
        )
    with db.session() as session:
        plan = _plan(session, plan_id)
        account_id = plan.account_id
        status = AccountStatus(accounts.get_live(session, account_id).status)
    if not still_key:
        if not clean_note.strip():
            raise ValidationError(
                translate("Errors", "Write why the account no longer deserves key status."),
                field="qualification_note",
            )
        if status is AccountStatus.KEY and demote_to is not None:
            # validates the reason and writes the status change first: if it refuses, nothing is written
            accounts.change_status(db, account_id, demote_to, clean_note)
    with db.session() as session:
        plan = _plan(session, plan_id)
        plan.still_key = still_key
        plan.qualification_note = clean_note
        session.flush()
        return _view(session, plan)


def clear_qualification(db: Database, plan_id: int) -> StrategyView:
    """Undecide (the account status is not touched)."""
    with db.session() as session:
        plan = _plan(session, plan_id)
        plan.still_key = None
        session.flush()
        return _view(session, plan)
