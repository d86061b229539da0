"""The interactions log: meetings, calls, emails, workshops and business reviews with their
attendees; stakeholders' last-contact dates follow from it; next steps become actions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import (
    InteractionKind,
)
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.services import accounts, clock
from kam_desktop.services.plan_actions import ActionInput, ActionView, action_views, add_action_in
from kam_desktop.services.plans import ensure_plan_in
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    Action,
    Interaction,
    InteractionAttendee,
    Stakeholder,
    TeamMember,
)

# --- interactions ----------------------------------------------------------------------------


@dataclass(frozen=True)
class InteractionInput:
    kind: InteractionKind | str
    on_date: dt.date | str
    start_time: dt.time | str | None = None
    subject: str = ""
    location: str = ""
    summary: str = ""
    next_steps: str = ""
    stakeholder_ids: tuple[int, ...] = ()
    team_member_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class AttendeeView:
    name: str
    detail: str  # title (stakeholder) or function (our team)
    stakeholder_id: int | None
    team_member_id: int | None

    @property
    def is_stakeholder(self) -> bool:
        return self.stakeholder_id is not None


@dataclass(frozen=True)
class InteractionView:
    id: int
    account_id: int
    kind: InteractionKind
    on_date: dt.date
    start_time: dt.time | None
    subject: str
    location: str
    summary: str
    next_steps: str
    attendees: tuple[AttendeeView, ...]
    upcoming: bool  # today or later
    actions: int  # actions created from its next steps

    @property
    def title(self) -> str:
        return self.subject or self.kind.label


def _time(value: dt.time | str | None) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    raw = value.strip()
    if not raw:
        return None
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", raw)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValidationError(
            translate("Errors", "Start time must be written HH:MM, like 09:30."), field="start_time"
        )
    return dt.time(int(match.group(1)), int(match.group(2)))


def attendees_of(session: Session, interaction_ids: Iterable[int]) -> dict[int, tuple[AttendeeView, ...]]:
    ids = list(interaction_ids)
    if not ids:
        return {}
    out: dict[int, list[AttendeeView]] = {i: [] for i in ids}
    for iid, s in session.execute(
        select(InteractionAttendee.interaction_id, Stakeholder)
        .join(Stakeholder, Stakeholder.id == InteractionAttendee.stakeholder_id)
        .where(InteractionAttendee.interaction_id.in_(ids), Stakeholder.deleted_at.is_(None))
        .order_by(Stakeholder.name)
    ):
        out[iid].append(AttendeeView(s.name, s.title, s.id, None))
    for iid, t in session.execute(
        select(InteractionAttendee.interaction_id, TeamMember)
        .join(TeamMember, TeamMember.id == InteractionAttendee.team_member_id)
        .where(InteractionAttendee.interaction_id.in_(ids))
        .order_by(TeamMember.name)
    ):
        out[iid].append(AttendeeView(t.name, t.function, None, t.id))
    return {k: tuple(v_) for k, v_ in out.items()}


def interaction_views(session: Session, rows: Iterable[Interaction]) -> tuple[InteractionView, ...]:
    items = list(rows)
    people = attendees_of(session, [i.id for i in items])
    counts = (
        dict(
            session.execute(
                select(Action.interaction_id, func.count())
                .where(Action.interaction_id.in_([i.id for i in items]), Action.deleted_at.is_(None))
                .group_by(Action.interaction_id)
            ).all()
        )
        if items
        else {}
    )
    today = clock.today()
    return tuple(
        InteractionView(
            i.id,
            i.account_id,
            InteractionKind(i.kind),
            i.on_date,
            i.start_time,
            i.subject,
            i.location,
            i.summary,
            i.next_steps,
            people.get(i.id, ()),
            i.on_date >= today,
            int(counts.get(i.id, 0)),
        )
        for i in items
    )


def list_interactions(db: Database, account_id: int) -> tuple[InteractionView, ...]:
    """The account's interactions, newest first (upcoming ones at the top)."""
    with db.reading() as session:
        accounts.get_live(session, account_id)
        rows = session.scalars(
            select(Interaction)
            .where(Interaction.account_id == account_id, Interaction.deleted_at.is_(None))
            .order_by(Interaction.on_date.desc(), Interaction.start_time.desc(), Interaction.id.desc())
        )
        return interaction_views(session, rows)


def get_interaction(db: Database, interaction_id: int) -> InteractionView:
    with db.reading() as session:
        row = session.get(Interaction, interaction_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That interaction no longer exists."))
        return interaction_views(session, [row])[0]


def _latest_contact(session: Session, stakeholder_id: int) -> dt.date | None:
    return session.scalar(
        select(func.max(Interaction.on_date))
        .join(InteractionAttendee, InteractionAttendee.interaction_id == Interaction.id)
        .where(
            InteractionAttendee.stakeholder_id == stakeholder_id,
            Interaction.deleted_at.is_(None),
            Interaction.on_date <= clock.today(),
        )
    )


def _refresh_last_contact(
    session: Session, stakeholder_ids: Iterable[int], withdrawn: dt.date | None = None
) -> None:
    """Move each stakeholder's last contact up to their latest past interaction. When an
    interaction on ``withdrawn`` no longer counts (deleted, moved, attendee removed) and the
    last contact came from it, fall back to the latest remaining interaction."""
    session.flush()
    for sid in set(stakeholder_ids):
        person = session.get(Stakeholder, sid)
        if person is None:
            continue
        latest = _latest_contact(session, sid)
        fall_back = (
            withdrawn is not None
            and person.last_contact == withdrawn
            and (latest is None or latest < withdrawn)
        )
        move_up = latest is not None and (person.last_contact is None or latest > person.last_contact)
        if fall_back or move_up:
            person.last_contact = latest


def sync_last_contacts(db: Database, account_id: int) -> int:
    """Bring last-contact dates up to date (meetings that were upcoming may now be past);
    returns how many stakeholders changed."""
    changed = 0
    with db.session() as session:
        accounts.get_live(session, account_id)
        rows = session.execute(
            select(Stakeholder, func.max(Interaction.on_date))
            .join(InteractionAttendee, InteractionAttendee.stakeholder_id == Stakeholder.id)
            .join(Interaction, Interaction.id == InteractionAttendee.interaction_id)
            .where(
                Stakeholder.account_id == account_id,
                Interaction.deleted_at.is_(None),
                Interaction.on_date <= clock.today(),
            )
            .group_by(Stakeholder.id)
        ).all()
        for person, latest in rows:
            if latest is not None and (person.last_contact is None or latest > person.last_contact):
                person.last_contact = latest
                changed += 1
    return changed


def _clean_interaction(session: Session, account_id: int, cmd: InteractionInput) -> dict[str, object]:
    values: dict[str, object] = {
        "kind": v.choice(
            str(cmd.kind), InteractionKind.values(), field="kind", label=QT_TRANSLATE_NOOP("Field", "Kind")
        ),
        "on_date": v.date(cmd.on_date, field="on_date", label=QT_TRANSLATE_NOOP("Field", "Date")),
        "start_time": _time(cmd.start_time),
        "subject": v.optional_name(
            cmd.subject, field="subject", label=QT_TRANSLATE_NOOP("Field", "Subject"), max_len=v.TITLE_MAX
        ),
        "location": v.optional_name(
            cmd.location, field="location", label=QT_TRANSLATE_NOOP("Field", "Location"), max_len=v.TITLE_MAX
        ),
        "summary": v.text(cmd.summary, field="summary", label=QT_TRANSLATE_NOOP("Field", "Summary")),
        "next_steps": v.text(
            cmd.next_steps, field="next_steps", label=QT_TRANSLATE_NOOP("Field", "Next steps"), max_len=20_000
        ),
    }
    people = set(cmd.stakeholder_ids)
    if people:
        live = set(
            session.scalars(
                select(Stakeholder.id).where(
                    Stakeholder.account_id == account_id,
                    Stakeholder.deleted_at.is_(None),
                    Stakeholder.id.in_(people),
                )
            )
        )
        if people - live:
            raise ValidationError(
                translate("Errors", "An attendee is no longer a stakeholder of this account."),
                field="attendees",
            )
    team = set(cmd.team_member_ids)
    if team and len(set(session.scalars(select(TeamMember.id).where(TeamMember.id.in_(team))))) != len(team):
        raise ValidationError(translate("Errors", "An attendee is no longer on our team."), field="attendees")
    return values


def save_interaction(
    db: Database, account_id: int, cmd: InteractionInput, interaction_id: int | None = None
) -> InteractionView:
    """Log (or edit) an interaction with its attendees; attendees' last contact follows."""
    with db.session() as session:
        accounts.get_live(session, account_id)
        values = _clean_interaction(session, account_id, cmd)
        withdrawn: dt.date | None = None
        before: set[int] = set()
        if interaction_id is None:
            row = Interaction(account_id=account_id, **values)
            session.add(row)
            session.flush()
        else:
            found = session.get(Interaction, interaction_id)
            if found is None or found.account_id != account_id or found.deleted_at is not None:
                raise NotFoundError(translate("Errors", "That interaction no longer exists."))
            row = found
            withdrawn = row.on_date
            before = {
                a.stakeholder_id
                for a in session.scalars(
                    select(InteractionAttendee).where(InteractionAttendee.interaction_id == row.id)
                )
                if a.stakeholder_id is not None
            }
            for key, value in values.items():
                setattr(row, key, value)
            for attendee in session.scalars(
                select(InteractionAttendee).where(InteractionAttendee.interaction_id == row.id)
            ):
                session.delete(attendee)
            session.flush()
        for sid in dict.fromkeys(cmd.stakeholder_ids):
            session.add(InteractionAttendee(interaction_id=row.id, stakeholder_id=sid))
        for tid in dict.fromkeys(cmd.team_member_ids):
            session.add(InteractionAttendee(interaction_id=row.id, team_member_id=tid))
        _refresh_last_contact(session, before | set(cmd.stakeholder_ids), withdrawn)
        return interaction_views(session, [row])[0]


def delete_interaction(db: Database, interaction_id: int) -> None:
    with db.session() as session:
        row = session.get(Interaction, interaction_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That interaction no longer exists."))
        row.deleted_at = clock.utcnow()
        people = [
            a.stakeholder_id
            for a in session.scalars(
                select(InteractionAttendee).where(InteractionAttendee.interaction_id == row.id)
            )
            if a.stakeholder_id is not None
        ]
        _refresh_last_contact(session, people, row.on_date)


def restore_interaction(db: Database, interaction_id: int) -> None:
    with db.session() as session:
        row = session.get(Interaction, interaction_id)
        if row is None:
            raise NotFoundError(translate("Errors", "That interaction was permanently deleted."))
        row.deleted_at = None
        people = [
            a.stakeholder_id
            for a in session.scalars(
                select(InteractionAttendee).where(InteractionAttendee.interaction_id == row.id)
            )
            if a.stakeholder_id is not None
        ]
        _refresh_last_contact(session, people)


_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)]|\[ ?\])\s*")


def next_step_lines(text: str) -> tuple[str, ...]:
    """The separate next steps written in an interaction (one per line, bullets removed)."""
    out = []
    for line in text.splitlines():
        clean = _BULLET.sub("", line).strip()
        if clean:
            out.append(clean)
    return tuple(out)


def next_step_to_action(
    db: Database,
    interaction_id: int,
    title: str,
    owner_id: int | None = None,
    due_date: dt.date | str | None = None,
    stakeholder_id: int | None = None,
) -> ActionView:
    """Turn a next step of an interaction into an action of the account's current plan."""
    with db.session() as session:
        interaction = session.get(Interaction, interaction_id)
        if interaction is None or interaction.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That interaction no longer exists."))
        plan = ensure_plan_in(session, interaction.account_id)
        row = add_action_in(
            session,
            plan,
            ActionInput(
                title=title,
                owner_id=owner_id,
                due_date=due_date,
                stakeholder_id=stakeholder_id,
                interaction_id=interaction_id,
            ),
        )
        return action_views(session, [row])[0]
