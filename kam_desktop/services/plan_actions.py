"""Actions of the account plan: create, edit, quick status changes, trash and restore, and the
people (our team, their stakeholders) an action can name. Shared by the phase services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain import dates
from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import (
    ActionStatus,
)
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.services import accounts, clock
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    AccountPlan,
    AccountTeamMember,
    Action,
    Objective,
    Stakeholder,
    TeamMember,
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
        raise NotFoundError(translate("Errors", "That plan no longer exists."))
    accounts.get_live(session, plan.account_id)
    return plan


def team_options_in(session: Session, account_id: int) -> tuple[PersonOption, ...]:
    core = set(
        session.scalars(
            select(AccountTeamMember.team_member_id).where(AccountTeamMember.account_id == account_id)
        )
    )
    people = session.scalars(
        select(TeamMember).where(TeamMember.archived_at.is_(None)).order_by(TeamMember.name)
    )
    rows = [PersonOption(t.id, t.name, t.function, t.id in core) for t in people]
    return tuple(sorted(rows, key=lambda p: (not p.preferred, p.name.casefold())))


def team_options(db: Database, account_id: int) -> tuple[PersonOption, ...]:
    """Our people (not archived): the account's core team first, then everyone else."""
    with db.reading() as session:
        accounts.get_live(session, account_id)
        return team_options_in(session, account_id)


def stakeholder_options(db: Database, account_id: int) -> tuple[PersonOption, ...]:
    with db.reading() as session:
        accounts.get_live(session, account_id)
        rows = session.scalars(
            select(Stakeholder)
            .where(Stakeholder.account_id == account_id, Stakeholder.deleted_at.is_(None))
            .order_by(Stakeholder.name)
        )
        return tuple(PersonOption(s.id, s.name, s.title) for s in rows)


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
            return translate("ActionOrigin", "Review")
        if self.interaction_id is not None:
            return translate("ActionOrigin", "Meeting next step")
        if self.research_answer_id is not None:
            return translate("ActionOrigin", "Research")
        return translate("ActionOrigin", "Objective") if self.objective_id is not None else ""


def action_views(session: Session, rows: Iterable[Action]) -> tuple[ActionView, ...]:
    items = list(rows)
    plan_ids = {a.plan_id for a in items}
    accounts_by_plan = (
        dict(
            session.execute(
                select(AccountPlan.id, AccountPlan.account_id).where(AccountPlan.id.in_(plan_ids))
            ).all()
        )
        if plan_ids
        else {}
    )
    team = dict(session.execute(select(TeamMember.id, TeamMember.name)).all())
    objective_ids = {a.objective_id for a in items if a.objective_id}
    objectives = (
        dict(
            session.execute(
                select(Objective.id, Objective.description).where(
                    Objective.id.in_(objective_ids), Objective.deleted_at.is_(None)
                )
            ).all()
        )
        if objective_ids
        else {}
    )
    people_ids = {a.stakeholder_id for a in items if a.stakeholder_id}
    people = (
        dict(
            session.execute(
                select(Stakeholder.id, Stakeholder.name).where(
                    Stakeholder.id.in_(people_ids), Stakeholder.deleted_at.is_(None)
                )
            ).all()
        )
        if people_ids
        else {}
    )
    today = clock.today()
    out = []
    for a in items:
        status = ActionStatus(a.status)
        objective_id = a.objective_id if a.objective_id in objectives else None
        stakeholder_id = a.stakeholder_id if a.stakeholder_id in people else None
        out.append(
            ActionView(
                a.id,
                a.plan_id,
                accounts_by_plan.get(a.plan_id, 0),
                a.title,
                objective_id,
                objectives.get(objective_id or 0, ""),
                a.owner_id,
                team.get(a.owner_id or 0, ""),
                a.due_date,
                a.resources_needed,
                status,
                a.completed_on,
                stakeholder_id,
                people.get(stakeholder_id or 0, ""),
                a.research_answer_id,
                a.interaction_id,
                a.review_id,
                a.internal,
                dates.bucket(a.due_date, status, today, a.completed_on),
            )
        )
    return tuple(out)


def _live_actions(session: Session, plan_id: int) -> list[Action]:
    return list(
        session.scalars(
            select(Action)
            .where(Action.plan_id == plan_id, Action.deleted_at.is_(None))
            .order_by(Action.due_date.is_(None), Action.due_date, Action.id)
        )
    )


def list_actions(db: Database, plan_id: int) -> tuple[ActionView, ...]:
    """Every action of the plan (not in the trash), by due date (undated last)."""
    with db.reading() as session:
        plan_of(session, plan_id)
        return action_views(session, _live_actions(session, plan_id))


def get_action(db: Database, action_id: int) -> ActionView:
    with db.reading() as session:
        row = session.get(Action, action_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That action no longer exists."))
        return action_views(session, [row])[0]


def clean_action(session: Session, plan: AccountPlan, cmd: ActionInput) -> dict[str, object]:
    """Validate an action command against the plan's data (raises before anything is written)."""
    values: dict[str, object] = {
        "title": v.title(cmd.title, field="title", label=QT_TRANSLATE_NOOP("Field", "Action")),
        "due_date": v.optional_date(
            cmd.due_date, field="due_date", label=QT_TRANSLATE_NOOP("Field", "Due date")
        ),
        "resources_needed": v.text(
            cmd.resources_needed,
            field="resources_needed",
            label=QT_TRANSLATE_NOOP("Field", "Resources needed"),
            max_len=20_000,
        ),
        "status": v.choice(
            str(cmd.status), ActionStatus.values(), field="status", label=QT_TRANSLATE_NOOP("Field", "Status")
        ),
        "internal": bool(cmd.internal),
    }
    if cmd.objective_id is not None:
        objective = session.get(Objective, cmd.objective_id)
        if objective is None or objective.plan_id != plan.id or objective.deleted_at is not None:
            raise ValidationError(translate("Errors", "That objective no longer exists."), field="objective")
    if cmd.owner_id is not None:
        owner = session.get(TeamMember, cmd.owner_id)
        if owner is None:
            raise ValidationError(translate("Errors", "That owner is no longer on the team."), field="owner")
    if cmd.stakeholder_id is not None:
        person = session.get(Stakeholder, cmd.stakeholder_id)
        if person is None or person.account_id != plan.account_id or person.deleted_at is not None:
            raise ValidationError(
                translate("Errors", "That stakeholder no longer exists."), field="stakeholder"
            )
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
    row = Action(
        plan_id=plan.id,
        research_answer_id=cmd.research_answer_id,
        interaction_id=cmd.interaction_id,
        review_id=cmd.review_id,
        status=ActionStatus.PLANNED.value,
        **values,
    )
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
                raise NotFoundError(translate("Errors", "That action no longer exists."))
            row = found
            status = str(values.pop("status"))
            for key, value in values.items():
                setattr(row, key, value)
            _apply_status(row, status)
            session.flush()
        return action_views(session, [row])[0]


def set_action_status(db: Database, action_id: int, status: ActionStatus | str) -> ActionView:
    """Quick status change (done stamps today's date as the completion date)."""
    clean = v.choice(
        str(status), ActionStatus.values(), field="status", label=QT_TRANSLATE_NOOP("Field", "Status")
    )
    with db.session() as session:
        row = session.get(Action, action_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That action no longer exists."))
        plan_of(session, row.plan_id)
        _apply_status(row, clean)
        session.flush()
        return action_views(session, [row])[0]


def delete_action(db: Database, action_id: int) -> None:
    """Move an action to the trash (undo with restore_action)."""
    with db.session() as session:
        row = session.get(Action, action_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That action no longer exists."))
        row.deleted_at = clock.utcnow()


def restore_action(db: Database, action_id: int) -> ActionView:
    with db.session() as session:
        row = session.get(Action, action_id)
        if row is None:
            raise NotFoundError(translate("Errors", "That action was permanently deleted."))
        row.deleted_at = None
        session.flush()
        return action_views(session, [row])[0]
