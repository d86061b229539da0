"""The calendar out: upcoming meetings and open actions' due dates as an .ics file.

Meetings are the interactions from today on (the next meeting of each account included), with
their time in the user's time zone, location and attendees (those with an email address become
ATTENDEEs). Actions with a due date that are still open are all-day items. Internal working
text - interaction summaries and next steps - stays out unless ``include_notes`` is set. UIDs
are built from each record's id and creation time, so a second export updates the events a
calendar already has instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import ActionStatus, InteractionKind
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange.ical import Attendee, CalendarEvent, build_calendar, zone
from kam_desktop.i18n import fmt, translate
from kam_desktop.services import clock
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    Account,
    AccountPlan,
    Action,
    Interaction,
    InteractionAttendee,
    Stakeholder,
    TeamMember,
)
from kam_desktop.store.output import check_output, write_output

_OPEN = tuple(s.value for s in ActionStatus if s.is_open)


@dataclass(frozen=True)
class CalendarSummary:
    path: Path
    meetings: int
    due_items: int
    time_zone: str


def local_time_zone() -> str:
    """The user's IANA time zone (Europe/Rome), or UTC when the system does not say."""
    env = os.environ.get("KAM_DESKTOP_TZ")
    if env:
        return env
    try:
        from tzlocal import get_localzone_name

        name = get_localzone_name()
    except Exception:  # tzlocal raises its own errors on odd configurations
        return "UTC"
    return name or "UTC"


def _stamp(value: dt.datetime | None) -> str:
    return value.strftime("%Y%m%dT%H%M%S") if value is not None else "0"


def _uid(kind: str, record_id: int, created: dt.datetime | None) -> str:
    return f"{kind}-{record_id}-{_stamp(created)}@kam-desktop"


def _account_filter(session: Session, name: str | None) -> int | None:
    if name is None:
        return None
    from kam_desktop.domain.interchange.account_rows import name_key

    wanted = name_key(name)
    for account in session.scalars(select(Account).where(Account.deleted_at.is_(None))):
        if name_key(account.name) == wanted:
            return int(account.id)
    raise ValidationError(
        fmt(translate("Calendar", "No account named \u201c%1\u201d."), name), field="account"
    )


def _meeting_description(
    account: str, kind: InteractionKind, people: list[tuple[str, str]], interaction: Interaction, notes: bool
) -> str:
    lines = [
        fmt(translate("Calendar", "Account: %1"), account),
        fmt(translate("Calendar", "Kind: %1"), kind.label),
    ]
    if people:
        names = ", ".join(f"{name} ({detail})" if detail else name for name, detail in people)
        lines.append(fmt(translate("Calendar", "Attendees: %1"), names))
    if notes:
        if interaction.summary.strip():
            lines += ["", translate("Calendar", "Summary:"), interaction.summary]
        if interaction.next_steps.strip():
            lines += ["", translate("Calendar", "Next steps:"), interaction.next_steps]
    return "\n".join(lines)


def calendar_events(
    db: Database,
    account: str | None = None,
    *,
    include_notes: bool = False,
    interaction_id: int | None = None,
) -> list[CalendarEvent]:
    today = clock.today()
    events: list[CalendarEvent] = []
    with db.reading() as session:
        account_id = _account_filter(session, account)
        stmt = (
            select(Interaction, Account.name)
            .join(Account, Account.id == Interaction.account_id)
            .where(Interaction.deleted_at.is_(None), Account.deleted_at.is_(None))
            .order_by(Interaction.on_date, Interaction.start_time, Interaction.id)
        )
        if interaction_id is not None:
            stmt = stmt.where(Interaction.id == interaction_id)
        else:
            stmt = stmt.where(Interaction.on_date >= today)
        if account_id is not None:
            stmt = stmt.where(Interaction.account_id == account_id)
        rows = session.execute(stmt).all()
        ids = [i.id for i, _ in rows]
        people: dict[int, list[tuple[str, str, str]]] = {i: [] for i in ids}
        if ids:
            for iid, s_name, s_title, s_email in session.execute(
                select(
                    InteractionAttendee.interaction_id, Stakeholder.name, Stakeholder.title, Stakeholder.email
                )
                .join(Stakeholder, Stakeholder.id == InteractionAttendee.stakeholder_id)
                .where(InteractionAttendee.interaction_id.in_(ids), Stakeholder.deleted_at.is_(None))
                .order_by(Stakeholder.name)
            ):
                people[iid].append((s_name, s_title, s_email))
            for iid, m_name, m_function, m_email in session.execute(
                select(
                    InteractionAttendee.interaction_id, TeamMember.name, TeamMember.function, TeamMember.email
                )
                .join(TeamMember, TeamMember.id == InteractionAttendee.team_member_id)
                .where(InteractionAttendee.interaction_id.in_(ids))
                .order_by(TeamMember.name)
            ):
                people[iid].append((m_name, m_function, m_email))
        for interaction, account_name in rows:
            kind = InteractionKind(interaction.kind)
            attendees = people[interaction.id]
            events.append(
                CalendarEvent(
                    uid=_uid("interaction", interaction.id, interaction.created_at),
                    summary=fmt(
                        translate("Calendar", "%1 \u2013 %2"), interaction.subject or kind.label, account_name
                    ),
                    day=interaction.on_date,
                    start=interaction.start_time,
                    location=interaction.location,
                    description=_meeting_description(
                        account_name, kind, [(n, d) for n, d, _ in attendees], interaction, include_notes
                    ),
                    attendees=tuple(Attendee(n, e) for n, _, e in attendees),
                    categories=(translate("Calendar", "KAM Desktop"),),
                    last_modified=interaction.updated_at,
                )
            )
        if interaction_id is not None:
            return events
        owner_name = select(TeamMember.name).where(TeamMember.id == Action.owner_id).scalar_subquery()
        action_stmt = (
            select(Action, Account.name, owner_name)
            .join(AccountPlan, AccountPlan.id == Action.plan_id)
            .join(Account, Account.id == AccountPlan.account_id)
            .where(
                Action.deleted_at.is_(None),
                Account.deleted_at.is_(None),
                Action.due_date.is_not(None),
                Action.status.in_(_OPEN),
            )
            .order_by(Action.due_date, Action.id)
        )
        if account_id is not None:
            action_stmt = action_stmt.where(Account.id == account_id)
        for action, account_name, owner in session.execute(action_stmt).all():
            lines = [fmt(translate("Calendar", "Account: %1"), account_name)]
            if owner:
                lines.append(fmt(translate("Calendar", "Owner: %1"), owner))
            lines.append(fmt(translate("Calendar", "Status: %1"), ActionStatus(action.status).label))
            events.append(
                CalendarEvent(
                    uid=_uid("action", action.id, action.created_at),
                    summary=fmt(translate("Calendar", "Due: %1 \u2013 %2"), action.title, account_name),
                    day=action.due_date,
                    description="\n".join(lines),
                    categories=(translate("Calendar", "KAM Desktop"),),
                    last_modified=action.updated_at,
                    busy=False,
                )
            )
    return events


def ics_bytes(
    db: Database,
    account: str | None = None,
    *,
    tz_name: str | None = None,
    include_notes: bool = False,
    interaction_id: int | None = None,
) -> tuple[bytes, list[CalendarEvent], str]:
    tz = tz_name or local_time_zone()
    zone(tz)
    events = calendar_events(db, account, include_notes=include_notes, interaction_id=interaction_id)
    return build_calendar(events, tz, now=clock.utcnow()), events, tz


def export_ics(
    db: Database,
    out: Path,
    account: str | None = None,
    *,
    tz_name: str | None = None,
    include_notes: bool = False,
    interaction_id: int | None = None,
) -> CalendarSummary:
    target = check_output(out, protect=[db.path])
    data, events, tz = ics_bytes(
        db, account, tz_name=tz_name, include_notes=include_notes, interaction_id=interaction_id
    )

    def render(handle: IO[Any]) -> int:
        handle.write(data)
        return len(data)

    written, _size = write_output(target, render, protect=[db.path])
    due = sum(1 for e in events if e.uid.startswith("action-"))
    return CalendarSummary(written, len(events) - due, due, tz)
