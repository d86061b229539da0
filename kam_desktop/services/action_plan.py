"""Phase 3, Action plan: the compelling case (value propositions), actions (CRUD, spawned from
research and objectives, status changes, the action board), and the whitespace grid (buying
centres x offerings) from which opportunities are created.

One unit of work per call; everything is validated before anything is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from kam_desktop.domain import dates
from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import (
    ActionStatus,
    GrowthFocus,
    OpportunityStage,
    ResearchStatus,
    WhitespaceState,
)
from kam_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kam_desktop.domain.question_bank import load_question_bank
from kam_desktop.services import accounts, clock
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    AccountPlan,
    AccountTeamMember,
    Action,
    BuyingCentre,
    Objective,
    Offering,
    Opportunity,
    ResearchAnswer,
    Stakeholder,
    TeamMember,
    ValueProposition,
    WhitespaceCell,
)

# --- people to pick from ---------------------------------------------------------------------


@dataclass(frozen=True)
class PersonOption:
    id: int
    name: str
    detail: str  # function (our team) or title (stakeholder)
    preferred: bool = False  # on the core team (ours) - listed first


def plan_of(session: Session, plan_id: int) -> AccountPlan:
    plan = session.get(AccountPlan, plan_id)
    if plan is None:
        raise NotFoundError("That plan no longer exists.")
    accounts.get_live(session, plan.account_id)
    return plan


def team_options_in(session: Session, account_id: int) -> tuple[PersonOption, ...]:
    core = set(session.scalars(select(AccountTeamMember.team_member_id).where(
        AccountTeamMember.account_id == account_id)))
    people = session.scalars(select(TeamMember).where(TeamMember.archived_at.is_(None)).order_by(TeamMember.name))
    rows = [PersonOption(t.id, t.name, t.function, t.id in core) for t in people]
    return tuple(sorted(rows, key=lambda p: (not p.preferred, p.name.casefold())))


def team_options(db: Database, account_id: int) -> tuple[PersonOption, ...]:
    """Our people (not archived): the account's core team first, then everyone else."""
    with db.session() as session:
        accounts.get_live(session, account_id)
        return team_options_in(session, account_id)


def stakeholder_options(db: Database, account_id: int) -> tuple[PersonOption, ...]:
    with db.session() as session:
        accounts.get_live(session, account_id)
        rows = session.scalars(select(Stakeholder).where(
            Stakeholder.account_id == account_id, Stakeholder.deleted_at.is_(None)).order_by(Stakeholder.name))
        return tuple(PersonOption(s.id, s.name, s.title) for s in rows)


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
    return ValuePropositionView(r.id, r.plan_id, r.title, r.problem, r.solution, r.quantified_value,
                                v.from_cents(r.value_cents), r.proof)


def _clean_vp(cmd: ValuePropositionInput) -> dict[str, object]:
    problem = v.text(cmd.problem, field="problem", label="The customer's problem", max_len=20_000)
    solution = v.text(cmd.solution, field="solution", label="Our solution", max_len=20_000)
    if not problem.strip():
        raise ValidationError("Describe the customer's problem: the case starts there.", field="problem")
    if not solution.strip():
        raise ValidationError("Describe how we solve it.", field="solution")
    amount = v.optional_money(cmd.value, field="value", label="Value")
    return {
        "title": v.title(cmd.title, field="title", label="Title"),
        "problem": problem,
        "solution": solution,
        "quantified_value": v.text(cmd.quantified_value, field="quantified_value", label="Quantified value",
                                   max_len=20_000),
        "value_cents": None if amount is None else v.to_cents(amount),
        "proof": v.text(cmd.proof, field="proof", label="Proof", max_len=20_000),
    }


def list_value_propositions(db: Database, plan_id: int) -> tuple[ValuePropositionView, ...]:
    with db.session() as session:
        plan_of(session, plan_id)
        rows = session.scalars(select(ValueProposition).where(
            ValueProposition.plan_id == plan_id, ValueProposition.deleted_at.is_(None)).order_by(ValueProposition.id))
        return tuple(_vp_view(r) for r in rows)


def save_value_proposition(db: Database, plan_id: int, cmd: ValuePropositionInput,
                           proposition_id: int | None = None) -> ValuePropositionView:
    values = _clean_vp(cmd)
    with db.session() as session:
        plan_of(session, plan_id)
        if proposition_id is None:
            row = ValueProposition(plan_id=plan_id, **values)
            session.add(row)
        else:
            found = session.get(ValueProposition, proposition_id)
            if found is None or found.plan_id != plan_id or found.deleted_at is not None:
                raise NotFoundError("That value proposition no longer exists.")
            row = found
            for key, value in values.items():
                setattr(row, key, value)
        session.flush()
        return _vp_view(row)


def delete_value_proposition(db: Database, proposition_id: int) -> None:
    with db.session() as session:
        row = session.get(ValueProposition, proposition_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("That value proposition no longer exists.")
        row.deleted_at = clock.utcnow()


def restore_value_proposition(db: Database, proposition_id: int) -> None:
    with db.session() as session:
        row = session.get(ValueProposition, proposition_id)
        if row is None:
            raise NotFoundError("That value proposition was permanently deleted.")
        row.deleted_at = None


# --- actions ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionInput:
    title: str
    objective_id: int | None = None
    owner_id: int | None = None
    due_date: dt.date | str | None = None
    resources_needed: str = ""
    status: ActionStatus | str = ActionStatus.PLANNED
    stakeholder_id: int | None = None
    internal: bool = False
    research_answer_id: int | None = None
    interaction_id: int | None = None
    review_id: int | None = None


@dataclass(frozen=True)
class ActionView:
    id: int
    plan_id: int
    account_id: int
    title: str
    objective_id: int | None
    objective: str
    owner_id: int | None
    owner: str
    due_date: dt.date | None
    resources_needed: str
    status: ActionStatus
    completed_on: dt.date | None
    stakeholder_id: int | None
    stakeholder: str
    research_answer_id: int | None
    interaction_id: int | None
    review_id: int | None
    internal: bool
    bucket: dates.Bucket

    @property
    def overdue(self) -> bool:
        return self.bucket is dates.Bucket.OVERDUE

    @property
    def is_open(self) -> bool:
        return self.status.is_open

    @property
    def source(self) -> str:
        """Where the action came from, for the user."""
        if self.review_id is not None:
            return "Review"
        if self.interaction_id is not None:
            return "Meeting next step"
        if self.research_answer_id is not None:
            return "Research"
        return "Objective" if self.objective_id is not None else ""


def action_views(session: Session, rows: Iterable[Action]) -> tuple[ActionView, ...]:
    items = list(rows)
    plan_ids = {a.plan_id for a in items}
    accounts_by_plan = dict(session.execute(select(AccountPlan.id, AccountPlan.account_id).where(
        AccountPlan.id.in_(plan_ids))).all()) if plan_ids else {}
    team = dict(session.execute(select(TeamMember.id, TeamMember.name)).all())
    objective_ids = {a.objective_id for a in items if a.objective_id}
    objectives = dict(session.execute(select(Objective.id, Objective.description).where(
        Objective.id.in_(objective_ids), Objective.deleted_at.is_(None))).all()) if objective_ids else {}
    people_ids = {a.stakeholder_id for a in items if a.stakeholder_id}
    people = dict(session.execute(select(Stakeholder.id, Stakeholder.name).where(
        Stakeholder.id.in_(people_ids), Stakeholder.deleted_at.is_(None))).all()) if people_ids else {}
    today = clock.today()
    out = []
    for a in items:
        status = ActionStatus(a.status)
        objective_id = a.objective_id if a.objective_id in objectives else None
        stakeholder_id = a.stakeholder_id if a.stakeholder_id in people else None
        out.append(ActionView(
            a.id, a.plan_id, accounts_by_plan.get(a.plan_id, 0), a.title, objective_id,
            objectives.get(objective_id or 0, ""), a.owner_id, team.get(a.owner_id or 0, ""), a.due_date,
            a.resources_needed, status, a.completed_on, stakeholder_id, people.get(stakeholder_id or 0, ""),
            a.research_answer_id, a.interaction_id, a.review_id, a.internal,
            dates.bucket(a.due_date, status, today, a.completed_on),
        ))
    return tuple(out)


def _live_actions(session: Session, plan_id: int) -> list[Action]:
    return list(session.scalars(select(Action).where(Action.plan_id == plan_id, Action.deleted_at.is_(None))
                                .order_by(Action.due_date.is_(None), Action.due_date, Action.id)))


def list_actions(db: Database, plan_id: int) -> tuple[ActionView, ...]:
    """Every action of the plan (not in the trash), by due date (undated last)."""
    with db.session() as session:
        plan_of(session, plan_id)
        return action_views(session, _live_actions(session, plan_id))


def get_action(db: Database, action_id: int) -> ActionView:
    with db.session() as session:
        row = session.get(Action, action_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("That action no longer exists.")
        return action_views(session, [row])[0]


def clean_action(session: Session, plan: AccountPlan, cmd: ActionInput) -> dict[str, object]:
    """Validate an action command against the plan's data (raises before anything is written)."""
    values: dict[str, object] = {
        "title": v.title(cmd.title, field="title", label="Action"),
        "due_date": v.optional_date(cmd.due_date, field="due_date", label="Due date"),
        "resources_needed": v.text(cmd.resources_needed, field="resources_needed", label="Resources needed",
                                   max_len=20_000),
        "status": v.choice(str(cmd.status), ActionStatus.values(), field="status", label="Status"),
        "internal": bool(cmd.internal),
    }
    if cmd.objective_id is not None:
        objective = session.get(Objective, cmd.objective_id)
        if objective is None or objective.plan_id != plan.id or objective.deleted_at is not None:
            raise ValidationError("That objective no longer exists.", field="objective")
    if cmd.owner_id is not None:
        owner = session.get(TeamMember, cmd.owner_id)
        if owner is None:
            raise ValidationError("That owner is no longer on the team.", field="owner")
    if cmd.stakeholder_id is not None:
        person = session.get(Stakeholder, cmd.stakeholder_id)
        if person is None or person.account_id != plan.account_id or person.deleted_at is not None:
            raise ValidationError("That stakeholder no longer exists.", field="stakeholder")
    values.update(objective_id=cmd.objective_id, owner_id=cmd.owner_id, stakeholder_id=cmd.stakeholder_id)
    return values


def _apply_status(row: Action, status: str) -> None:
    if status == ActionStatus.DONE.value and row.status != ActionStatus.DONE.value:
        row.completed_on = clock.today()
    elif status != ActionStatus.DONE.value:
        row.completed_on = None
    row.status = status


def add_action_in(session: Session, plan: AccountPlan, cmd: ActionInput) -> Action:
    values = clean_action(session, plan, cmd)
    status = str(values.pop("status"))
    row = Action(plan_id=plan.id, research_answer_id=cmd.research_answer_id, interaction_id=cmd.interaction_id,
                 review_id=cmd.review_id, status=ActionStatus.PLANNED.value, **values)
    _apply_status(row, status)
    session.add(row)
    session.flush()
    return row


def save_action(db: Database, plan_id: int, cmd: ActionInput, action_id: int | None = None) -> ActionView:
    """Create (``action_id`` None) or update an action of the plan."""
    with db.session() as session:
        plan = plan_of(session, plan_id)
        if action_id is None:
            row = add_action_in(session, plan, cmd)
        else:
            values = clean_action(session, plan, cmd)
            found = session.get(Action, action_id)
            if found is None or found.plan_id != plan_id or found.deleted_at is not None:
                raise NotFoundError("That action no longer exists.")
            row = found
            status = str(values.pop("status"))
            for key, value in values.items():
                setattr(row, key, value)
            _apply_status(row, status)
            session.flush()
        return action_views(session, [row])[0]


def set_action_status(db: Database, action_id: int, status: ActionStatus | str) -> ActionView:
    """Quick status change (done stamps today's date as the completion date)."""
    clean = v.choice(str(status), ActionStatus.values(), field="status", label="Status")
    with db.session() as session:
        row = session.get(Action, action_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("That action no longer exists.")
        plan_of(session, row.plan_id)
        _apply_status(row, clean)
        session.flush()
        return action_views(session, [row])[0]


def delete_action(db: Database, action_id: int) -> None:
    """Move an action to the trash (undo with restore_action)."""
    with db.session() as session:
        row = session.get(Action, action_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("That action no longer exists.")
        row.deleted_at = clock.utcnow()


def restore_action(db: Database, action_id: int) -> ActionView:
    with db.session() as session:
        row = session.get(Action, action_id)
        if row is None:
            raise NotFoundError("That action was permanently deleted.")
        row.deleted_at = None
        session.flush()
        return action_views(session, [row])[0]


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


def _action_counts(session: Session, column: InstrumentedAttribute[int | None], plan_id: int) -> dict[int, int]:
    stmt = (select(column, func.count()).where(Action.plan_id == plan_id, Action.deleted_at.is_(None),
                                               column.is_not(None))
            .group_by(column))
    return {int(k): int(n) for k, n in session.execute(stmt).all() if k is not None}


def action_sources(db: Database, plan_id: int) -> tuple[ActionSource, ...]:
    """What can spawn actions: every 'needs research' question, then every objective."""
    bank = load_question_bank()
    with db.session() as session:
        plan_of(session, plan_id)
        by_answer = _action_counts(session, Action.research_answer_id, plan_id)
        by_objective = _action_counts(session, Action.objective_id, plan_id)
        out: list[ActionSource] = []
        answers = session.scalars(select(ResearchAnswer).where(
            ResearchAnswer.plan_id == plan_id, ResearchAnswer.deleted_at.is_(None),
            ResearchAnswer.status == ResearchStatus.NEEDS_RESEARCH.value).order_by(ResearchAnswer.category,
                                                                                   ResearchAnswer.question_id))
        for a in answers:
            try:
                category = bank.category(a.category).title
            except KeyError:
                category = ""
            out.append(ActionSource("research", a.id, _question_text(a), category, a.owner_id, a.due_date,
                                    by_answer.get(a.id, 0)))
        objectives = session.scalars(select(Objective).where(
            Objective.plan_id == plan_id, Objective.deleted_at.is_(None)).order_by(Objective.growth_focus,
                                                                                   Objective.id))
        for o in objectives:
            detail = GrowthFocus(o.growth_focus).label + (f" · {o.measurable_target}" if o.measurable_target else "")
            out.append(ActionSource("objective", o.id, o.description, detail, None, o.due_date,
                                    by_objective.get(o.id, 0)))
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
                raise NotFoundError("That research question no longer exists.")
            if existing.get(answer_id):
                continue
            title = _short("Find out: " + _question_text(answer))
            created.append(add_action_in(session, plan, ActionInput(
                title=title, owner_id=answer.owner_id, due_date=answer.due_date,
                stakeholder_id=answer.stakeholder_id, research_answer_id=answer.id)))
        return action_views(session, created)


def spawn_from_objective(db: Database, plan_id: int, objective_id: int, title: str = "",
                         owner_id: int | None = None, due_date: dt.date | str | None = None) -> ActionView:
    """An action for an objective; the title defaults to 'Work towards: <objective>'."""
    with db.session() as session:
        plan = plan_of(session, plan_id)
        objective = session.get(Objective, objective_id)
        if objective is None or objective.plan_id != plan_id or objective.deleted_at is not None:
            raise NotFoundError("That objective no longer exists.")
        text = title if title.strip() else _short("Work towards: " + objective.description)
        row = add_action_in(session, plan, ActionInput(title=text, objective_id=objective_id, owner_id=owner_id,
                                                       due_date=due_date or objective.due_date))
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
        return self.has_case and not (self.objectives_without_action or self.actions_without_owner
                                      or self.actions_without_date)


def action_plan_check(db: Database, plan_id: int) -> ActionPlanCheck:
    """Every objective has an action; every open action an owner and a date; a case exists."""
    sources = action_sources(db, plan_id)
    actions = list_actions(db, plan_id)
    with db.session() as session:
        has_case = bool(session.scalar(select(func.count()).select_from(ValueProposition).where(
            ValueProposition.plan_id == plan_id, ValueProposition.deleted_at.is_(None))))
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
            dates.Bucket.OVERDUE: self.overdue, dates.Bucket.THIS_WEEK: self.this_week,
            dates.Bucket.LATER: self.later, dates.Bucket.NO_DATE: self.no_date, dates.Bucket.DONE: self.done,
        }.get(bucket, ())


def action_board(db: Database, plan_id: int) -> ActionBoard:
    actions = list_actions(db, plan_id)

    def pick(b: dates.Bucket) -> tuple[ActionView, ...]:
        return tuple(a for a in actions if a.bucket is b)

    done = tuple(sorted(pick(dates.Bucket.DONE), key=lambda a: a.completed_on or dt.date.min, reverse=True))
    return ActionBoard(clock.today(), pick(dates.Bucket.OVERDUE), pick(dates.Bucket.THIS_WEEK),
                       pick(dates.Bucket.LATER), pick(dates.Bucket.NO_DATE), done)


# --- whitespace ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Named:
    id: int
    name: str


@dataclass(frozen=True)
class CellView:
    buying_centre_id: int
    offering_id: int
    state: WhitespaceState
    notes: str
    cell_id: int | None
    opportunities: int  # live opportunities created from (or for) this cell


@dataclass(frozen=True)
class WhitespaceGrid:
    account_id: int
    centres: tuple[Named, ...]
    offerings: tuple[Named, ...]
    cells: Mapping[tuple[int, int], CellView]

    def cell(self, centre_id: int, offering_id: int) -> CellView:
        return self.cells.get((centre_id, offering_id)) or CellView(
            centre_id, offering_id, WhitespaceState.UNKNOWN, "", None, 0)

    def counts(self) -> dict[WhitespaceState, int]:
        out = dict.fromkeys(WhitespaceState, 0)
        for c in self.centres:
            for o in self.offerings:
                out[self.cell(c.id, o.id).state] += 1
        return out


def list_offerings(db: Database) -> tuple[Named, ...]:
    with db.session() as session:
        rows = session.execute(select(Offering.id, Offering.name).where(Offering.archived_at.is_(None))
                               .order_by(Offering.name)).all()
        return tuple(Named(i, n) for i, n in rows)


def add_offering(db: Database, name: str, description: str = "") -> Named:
    """Add one of our products or services to the (program-level) catalogue."""
    clean = v.name(name, field="name", label="Offering")
    clean_description = v.text(description, field="description", label="Description", max_len=20_000)
    with db.session() as session:
        if session.scalar(select(Offering.id).where(Offering.name == clean)) is not None:
            raise ConflictError(f"The catalogue already has an offering named “{clean}”.", field="name")
        row = Offering(name=clean, description=clean_description)
        session.add(row)
        session.flush()
        return Named(row.id, row.name)


def whitespace_grid(db: Database, account_id: int) -> WhitespaceGrid:
    with db.session() as session:
        accounts.get_live(session, account_id)
        centres = tuple(Named(i, n) for i, n in session.execute(
            select(BuyingCentre.id, BuyingCentre.name).where(
                BuyingCentre.account_id == account_id, BuyingCentre.deleted_at.is_(None)).order_by(BuyingCentre.name)))
        offerings = tuple(Named(i, n) for i, n in session.execute(
            select(Offering.id, Offering.name).where(Offering.archived_at.is_(None)).order_by(Offering.name)))
        live = [s.value for s in OpportunityStage if s.is_live]
        opp_counts: dict[tuple[int, int], int] = {}
        for cid, oid, n in session.execute(
            select(Opportunity.buying_centre_id, Opportunity.offering_id, func.count())
            .where(Opportunity.account_id == account_id, Opportunity.deleted_at.is_(None),
                   Opportunity.stage.in_(live))
            .group_by(Opportunity.buying_centre_id, Opportunity.offering_id)
        ):
            if cid is not None and oid is not None:
                opp_counts[(cid, oid)] = int(n)
        cells = {
            (c.buying_centre_id, c.offering_id): CellView(
                c.buying_centre_id, c.offering_id, WhitespaceState(c.state), c.notes, c.id,
                opp_counts.get((c.buying_centre_id, c.offering_id), 0))
            for c in session.scalars(select(WhitespaceCell).where(WhitespaceCell.account_id == account_id))
        }
        for key, n in opp_counts.items():
            if key not in cells:
                cells[key] = CellView(key[0], key[1], WhitespaceState.UNKNOWN, "", None, n)
        return WhitespaceGrid(account_id, centres, offerings, cells)


def _cell_in(session: Session, account_id: int, centre_id: int, offering_id: int) -> WhitespaceCell:
    centre = session.get(BuyingCentre, centre_id)
    if centre is None or centre.account_id != account_id or centre.deleted_at is not None:
        raise NotFoundError("That buying centre no longer exists.")
    offering = session.get(Offering, offering_id)
    if offering is None:
        raise NotFoundError("That offering no longer exists.")
    cell = session.scalar(select(WhitespaceCell).where(
        WhitespaceCell.buying_centre_id == centre_id, WhitespaceCell.offering_id == offering_id))
    if cell is None:
        cell = WhitespaceCell(account_id=account_id, buying_centre_id=centre_id, offering_id=offering_id,
                              state=WhitespaceState.UNKNOWN.value, notes="")
        session.add(cell)
        session.flush()
    return cell


def set_cell_state(db: Database, account_id: int, centre_id: int, offering_id: int,
                   state: WhitespaceState | str, notes: str | None = None) -> CellView:
    clean = v.choice(str(state), WhitespaceState.values(), field="state", label="State")
    clean_notes = None if notes is None else v.text(notes, field="notes", label="Notes", max_len=20_000)
    with db.session() as session:
        accounts.get_live(session, account_id)
        cell = _cell_in(session, account_id, centre_id, offering_id)
        cell.state = clean
        if clean_notes is not None:
            cell.notes = clean_notes
        session.flush()
        return CellView(centre_id, offering_id, WhitespaceState(cell.state), cell.notes, cell.id, 0)


def suggested_focus(grid: WhitespaceGrid, centre_id: int) -> GrowthFocus:
    """Selling into a buying centre that already buys from us is expansion; a new one is penetration."""
    sold = any(grid.cell(centre_id, o.id).state is WhitespaceState.SOLD for o in grid.offerings)
    return GrowthFocus.EXPANSION if sold else GrowthFocus.PENETRATION


def create_opportunity_from_cell(
    db: Database,
    account_id: int,
    centre_id: int,
    offering_id: int,
    *,
    title: str = "",
    growth_focus: GrowthFocus | str | None = None,
    value: Decimal | str | int = 0,
    probability: int = 10,
    expected_close: dt.date | str | None = None,
) -> int:
    """Create an opportunity for a whitespace cell (the cell becomes 'opportunity'); its id."""
    from kam_desktop.services.execution import OpportunityInput, add_opportunity_in

    grid = whitespace_grid(db, account_id)
    centre = next((c for c in grid.centres if c.id == centre_id), None)
    offering = next((o for o in grid.offerings if o.id == offering_id), None)
    if centre is None or offering is None:
        raise NotFoundError("That whitespace cell no longer exists.")
    focus = growth_focus or suggested_focus(grid, centre_id)
    cmd = OpportunityInput(
        title=title.strip() or f"{offering.name} for {centre.name}", buying_centre_id=centre_id,
        offering_id=offering_id, growth_focus=focus, value=value, probability=probability,
        expected_close=expected_close)
    with db.session() as session:
        cell = _cell_in(session, account_id, centre_id, offering_id)
        row = add_opportunity_in(session, account_id, cmd, whitespace_cell_id=cell.id)
        if cell.state != WhitespaceState.SOLD.value:
            cell.state = WhitespaceState.OPPORTUNITY.value
        return row.id
