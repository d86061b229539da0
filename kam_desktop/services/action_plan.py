"""Phase 3, Action plan: the compelling case (value propositions), actions (CRUD, spawned from
research and objectives, status changes, the action board), and the whitespace grid (buying
centres x offerings) from which opportunities are created.

The action CRUD lives in ``plan_actions`` and the grid in ``whitespace``; both are re-exported here,
so the UI has one module per phase. One unit of work per call; everything is validated before
anything is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from kam_desktop.domain import dates
from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import (
    GrowthFocus,
    ResearchStatus,
)
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.domain.question_bank import load_question_bank
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate, using_language
from kam_desktop.services import clock
from kam_desktop.services.plan_actions import (
    ActionInput,
    ActionView,
    PersonOption,
    action_views,
    add_action_in,
    clean_action,
    delete_action,
    get_action,
    list_actions,
    plan_of,
    restore_action,
    save_action,
    set_action_status,
    stakeholder_options,
    team_options,
    team_options_in,
)
from kam_desktop.services.plans import plan_language
from kam_desktop.services.whitespace import (
    CellView,
    Named,
    WhitespaceGrid,
    add_offering,
    create_opportunity_from_cell,
    list_offerings,
    set_cell_state,
    suggested_focus,
    whitespace_grid,
)
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    AccountPlan,
    Action,
    Objective,
    ResearchAnswer,
    ValueProposition,
)

# --- value propositions (the compelling case) ----------------------------------------------


@dataclass(frozen=True)
class ValuePropositionInput:
    title: str
    problem: str
    solution: str
    quantified_value: str = ""
    value: Decimal | str | int | None = None
    proof: str = ""


@dataclass(frozen=True)
class ValuePropositionView:
    id: int
    plan_id: int
    title: str
    problem: str
    solution: str
    quantified_value: str
    value: Decimal | None
    proof: str


def _vp_view(r: ValueProposition) -> ValuePropositionView:
    return ValuePropositionView(
        r.id,
        r.plan_id,
        r.title,
        r.problem,
        r.solution,
        r.quantified_value,
        v.from_cents(r.value_cents),
        r.proof,
    )


def _clean_vp(cmd: ValuePropositionInput) -> dict[str, object]:
    problem = v.text(
        cmd.problem,
        field="problem",
        label=QT_TRANSLATE_NOOP("Field", "The customer's problem"),
        max_len=20_000,
    )
    solution = v.text(
        cmd.solution, field="solution", label=QT_TRANSLATE_NOOP("Field", "Our solution"), max_len=20_000
    )
    if not problem.strip():
        raise ValidationError(
            translate("Errors", "Describe the customer's problem: the case starts there."), field="problem"
        )
    if not solution.strip():
        raise ValidationError(translate("Errors", "Describe how we solve it."), field="solution")
    amount = v.optional_money(cmd.value, field="value", label=QT_TRANSLATE_NOOP("Field", "Value"))
    return {
        "title": v.title(cmd.title, field="title", label=QT_TRANSLATE_NOOP("Field", "Title")),
        "problem": problem,
        "solution": solution,
        "quantified_value": v.text(
            cmd.quantified_value,
            field="quantified_value",
            label=QT_TRANSLATE_NOOP("Field", "Quantified value"),
            max_len=20_000,
        ),
        "value_cents": None if amount is None else v.to_cents(amount),
        "proof": v.text(cmd.proof, field="proof", label=QT_TRANSLATE_NOOP("Field", "Proof"), max_len=20_000),
    }


def list_value_propositions(db: Database, plan_id: int) -> tuple[ValuePropositionView, ...]:
    with db.reading() as session:
        plan_of(session, plan_id)
        rows = session.scalars(
            select(ValueProposition)
            .where(ValueProposition.plan_id == plan_id, ValueProposition.deleted_at.is_(None))
            .order_by(ValueProposition.id)
        )
        return tuple(_vp_view(r) for r in rows)


def save_value_proposition(
    db: Database, plan_id: int, cmd: ValuePropositionInput, proposition_id: int | None = None
) -> ValuePropositionView:
    values = _clean_vp(cmd)
    with db.session() as session:
        plan_of(session, plan_id)
        if proposition_id is None:
            row = ValueProposition(plan_id=plan_id, **values)
            session.add(row)
        else:
            found = session.get(ValueProposition, proposition_id)
            if found is None or found.plan_id != plan_id or found.deleted_at is not None:
                raise NotFoundError(translate("Errors", "That value proposition no longer exists."))
            row = found
            for key, value in values.items():
                setattr(row, key, value)
        session.flush()
        return _vp_view(row)


def delete_value_proposition(db: Database, proposition_id: int) -> None:
    with db.session() as session:
        row = session.get(ValueProposition, proposition_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That value proposition no longer exists."))
        row.deleted_at = clock.utcnow()


def restore_value_proposition(db: Database, proposition_id: int) -> None:
    with db.session() as session:
        row = session.get(ValueProposition, proposition_id)
        if row is None:
            raise NotFoundError(translate("Errors", "That value proposition was permanently deleted."))
        row.deleted_at = None


# --- turning research and objectives into actions ------------------------------------------


@dataclass(frozen=True)
class ActionSource:
    """A 'needs research' question or an objective, with how many live actions it has."""

    kind: str  # "research" | "objective"
    id: int
    text: str
    detail: str  # category / growth topic and target
    owner_id: int | None
    due_date: dt.date | None
    actions: int


def _question_text(answer: ResearchAnswer) -> str:
    if answer.question_id is None:
        return answer.custom_question
    try:
        return load_question_bank().by_id(answer.question_id).text
    except KeyError:
        return answer.custom_question or answer.question_id


def _action_counts(
    session: Session, column: InstrumentedAttribute[int | None], plan_id: int
) -> dict[int, int]:
    stmt = (
        select(column, func.count())
        .where(Action.plan_id == plan_id, Action.deleted_at.is_(None), column.is_not(None))
        .group_by(column)
    )
    return {int(k): int(n) for k, n in session.execute(stmt).all() if k is not None}


def action_sources(db: Database, plan_id: int) -> tuple[ActionSource, ...]:
    """What can spawn actions: every 'needs research' question, then every objective."""
    bank = load_question_bank()
    with db.reading() as session:
        plan_of(session, plan_id)
        by_answer = _action_counts(session, Action.research_answer_id, plan_id)
        by_objective = _action_counts(session, Action.objective_id, plan_id)
        out: list[ActionSource] = []
        answers = session.scalars(
            select(ResearchAnswer)
            .where(
                ResearchAnswer.plan_id == plan_id,
                ResearchAnswer.deleted_at.is_(None),
                ResearchAnswer.status == ResearchStatus.NEEDS_RESEARCH.value,
            )
            .order_by(ResearchAnswer.category, ResearchAnswer.question_id)
        )
        for a in answers:
            try:
                category = bank.category(a.category).title
            except KeyError:
                category = ""
            out.append(
                ActionSource(
                    "research",
                    a.id,
                    _question_text(a),
                    category,
                    a.owner_id,
                    a.due_date,
                    by_answer.get(a.id, 0),
                )
            )
        objectives = session.scalars(
            select(Objective)
            .where(Objective.plan_id == plan_id, Objective.deleted_at.is_(None))
            .order_by(Objective.growth_focus, Objective.id)
        )
        for o in objectives:
            detail = GrowthFocus(o.growth_focus).label + (
                f" · {o.measurable_target}" if o.measurable_target else ""
            )
            out.append(
                ActionSource(
                    "objective", o.id, o.description, detail, None, o.due_date, by_objective.get(o.id, 0)
                )
            )
        return tuple(out)


def _short(text: str, limit: int = 480) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def spawn_from_research(db: Database, plan_id: int, answer_ids: Iterable[int]) -> tuple[ActionView, ...]:
    """One 'Find out: …' action per 'needs research' question (owner and due date taken from
    the question); questions that already have an action are skipped."""
    wanted = list(dict.fromkeys(answer_ids))
    with db.session() as session:
        plan = plan_of(session, plan_id)
        existing = _action_counts(session, Action.research_answer_id, plan_id)
        created = []
        for answer_id in wanted:
            answer = session.get(ResearchAnswer, answer_id)
            if answer is None or answer.plan_id != plan_id or answer.deleted_at is not None:
                raise NotFoundError(translate("Errors", "That research question no longer exists."))
            if existing.get(answer_id):
                continue
            with using_language(plan_language(plan)):  # written into the plan: in its language
                title = _short(fmt(translate("Actions", "Find out: %1"), _question_text(answer)))
            created.append(
                add_action_in(
                    session,
                    plan,
                    ActionInput(
                        title=title,
                        owner_id=answer.owner_id,
                        due_date=answer.due_date,
                        stakeholder_id=answer.stakeholder_id,
                        research_answer_id=answer.id,
                    ),
                )
            )
        return action_views(session, created)


def _work_towards(plan: AccountPlan, description: str) -> str:
    with using_language(plan_language(plan)):  # written into the plan: in its language
        return _short(fmt(translate("Actions", "Work towards: %1"), description))


def objective_action_title(db: Database, plan_id: int, description: str) -> str:
    """The title an action for an objective starts with ('Work towards: …'), in the plan's language."""
    with db.reading() as session:
        return _work_towards(plan_of(session, plan_id), description)


def spawn_from_objective(
    db: Database,
    plan_id: int,
    objective_id: int,
    title: str = "",
    owner_id: int | None = None,
    due_date: dt.date | str | None = None,
) -> ActionView:
    """An action for an objective; the title defaults to 'Work towards: <objective>'."""
    with db.session() as session:
        plan = plan_of(session, plan_id)
        objective = session.get(Objective, objective_id)
        if objective is None or objective.plan_id != plan_id or objective.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That objective no longer exists."))
        text = title if title.strip() else _work_towards(plan, objective.description)
        row = add_action_in(
            session,
            plan,
            ActionInput(
                title=text,
                objective_id=objective_id,
                owner_id=owner_id,
                due_date=due_date or objective.due_date,
            ),
        )
        return action_views(session, [row])[0]


# --- the completeness check and the board --------------------------------------------------


@dataclass(frozen=True)
class ActionPlanCheck:
    has_case: bool
    objectives_without_action: tuple[str, ...]
    actions_without_owner: tuple[str, ...]
    actions_without_date: tuple[str, ...]
    research_without_action: tuple[str, ...]  # advice, not part of the rule

    @property
    def ok(self) -> bool:
        return self.has_case and not (
            self.objectives_without_action or self.actions_without_owner or self.actions_without_date
        )


def action_plan_check(db: Database, plan_id: int) -> ActionPlanCheck:
    """Every objective has an action; every open action an owner and a date; a case exists."""
    sources = action_sources(db, plan_id)
    actions = list_actions(db, plan_id)
    with db.reading() as session:
        has_case = bool(
            session.scalar(
                select(func.count())
                .select_from(ValueProposition)
                .where(ValueProposition.plan_id == plan_id, ValueProposition.deleted_at.is_(None))
            )
        )
    open_actions = [a for a in actions if a.is_open]
    return ActionPlanCheck(
        has_case=has_case,
        objectives_without_action=tuple(s.text for s in sources if s.kind == "objective" and not s.actions),
        actions_without_owner=tuple(a.title for a in open_actions if a.owner_id is None),
        actions_without_date=tuple(a.title for a in open_actions if a.due_date is None),
        research_without_action=tuple(s.text for s in sources if s.kind == "research" and not s.actions),
    )


@dataclass(frozen=True)
class ActionBoard:
    today: dt.date
    overdue: tuple[ActionView, ...]
    this_week: tuple[ActionView, ...]
    later: tuple[ActionView, ...]
    no_date: tuple[ActionView, ...]
    done: tuple[ActionView, ...]  # done in the last two weeks

    def column(self, bucket: dates.Bucket) -> tuple[ActionView, ...]:
        return {
            dates.Bucket.OVERDUE: self.overdue,
            dates.Bucket.THIS_WEEK: self.this_week,
            dates.Bucket.LATER: self.later,
            dates.Bucket.NO_DATE: self.no_date,
            dates.Bucket.DONE: self.done,
        }.get(bucket, ())


def action_board(db: Database, plan_id: int) -> ActionBoard:
    actions = list_actions(db, plan_id)

    def pick(b: dates.Bucket) -> tuple[ActionView, ...]:
        return tuple(a for a in actions if a.bucket is b)

    done = tuple(sorted(pick(dates.Bucket.DONE), key=lambda a: a.completed_on or dt.date.min, reverse=True))
    return ActionBoard(
        clock.today(),
        pick(dates.Bucket.OVERDUE),
        pick(dates.Bucket.THIS_WEEK),
        pick(dates.Bucket.LATER),
        pick(dates.Bucket.NO_DATE),
        done,
    )


__all__ = [
    "ActionBoard",
    "ActionInput",
    "ActionPlanCheck",
    "ActionSource",
    "ActionView",
    "CellView",
    "Named",
    "PersonOption",
    "ValuePropositionInput",
    "ValuePropositionView",
    "WhitespaceGrid",
    "action_board",
    "action_plan_check",
    "action_sources",
    "action_views",
    "add_action_in",
    "add_offering",
    "clean_action",
    "create_opportunity_from_cell",
    "delete_action",
    "delete_value_proposition",
    "get_action",
    "list_actions",
    "list_offerings",
    "list_value_propositions",
    "plan_of",
    "restore_action",
    "restore_value_proposition",
    "save_action",
    "save_value_proposition",
    "set_action_status",
    "set_cell_state",
    "spawn_from_objective",
    "spawn_from_research",
    "stakeholder_options",
    "suggested_focus",
    "team_options",
    "team_options_in",
    "whitespace_grid",
]
