"""Our team: members (archived, never deleted while in use), role assignments per account,
core account teams and fluency ratings with history. The coverage read models (account and
portfolio matrices, fluency table) live in ``team_views`` and are re-exported here, so callers
need one module: ``from kam_desktop.services import team``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import AccountStatus, FluencyArea, Role, RoleStrength
from kam_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, Context, fmt, translate
from kam_desktop.services import clock
from kam_desktop.services.accounts import get_live
from kam_desktop.services.team_views import (
    AccountMatrix,
    FluencyEntry,
    FluencyRow,
    MatrixMember,
    MemberRef,
    PortfolioMatrix,
    PortfolioMatrixRow,
    RoleCell,
    account_matrix,
    entry_view,
    fluency_table,
    portfolio_matrix,
)
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    Account,
    AccountTeamMember,
    Action,
    FluencyRating,
    InteractionAttendee,
    ResearchAnswer,
    RoleAssignment,
    Stakeholder,
    TeamMember,
)

__all__ = [
    "AccountMatrix",
    "DeletedMember",
    "FluencyEntry",
    "FluencyRow",
    "MatrixMember",
    "MemberInput",
    "MemberRef",
    "MemberView",
    "PortfolioMatrix",
    "PortfolioMatrixRow",
    "RemovedFromTeam",
    "RoleCell",
    "account_matrix",
    "add_to_account_team",
    "archive_member",
    "create_member",
    "cycle_role",
    "delete_member",
    "fluency_history",
    "fluency_table",
    "get_member",
    "list_members",
    "portfolio_matrix",
    "rate_fluency",
    "remove_from_account_team",
    "restore_member",
    "restore_to_account_team",
    "set_role",
    "unarchive_member",
    "update_member",
]

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
CYCLE: dict[RoleStrength | None, RoleStrength | None] = {
    None: RoleStrength.PRIMARY,
    RoleStrength.PRIMARY: RoleStrength.BACKUP,
    RoleStrength.BACKUP: None,
}

# --- read models ---------------------------------------------------------------------------

Errors = Context("Errors")  # plural forms: lupdate takes the name before .tr as the context


@dataclass(frozen=True)
class MemberInput:
    name: str
    function: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class MemberView:
    id: int
    name: str
    function: str
    email: str
    notes: str
    archived: bool
    accounts: int = 0  # live accounts where they are on the team or hold a role
    key_accounts: int = 0
    primary_roles: int = 0  # on live accounts
    backup_roles: int = 0


@dataclass(frozen=True)
class DeletedMember:
    """What ``delete_member`` removed, so ``restore_member`` can undo it."""

    member: MemberView
    ratings: tuple[FluencyEntry, ...]


# --- members -------------------------------------------------------------------------------


def _clean(cmd: MemberInput) -> dict[str, str]:
    name = v.name(cmd.name, field="name", label=QT_TRANSLATE_NOOP("Field", "Name"))
    function = v.optional_name(cmd.function, field="function", label=QT_TRANSLATE_NOOP("Field", "Function"))
    email = v.optional_name(cmd.email, field="email", label=QT_TRANSLATE_NOOP("Field", "Email"))
    if email and not _EMAIL.fullmatch(email):
        raise ValidationError(translate("Errors", "Email must look like name@example.com."), field="email")
    return {
        "name": name,
        "function": function,
        "email": email,
        "notes": v.text(cmd.notes, field="notes", label=QT_TRANSLATE_NOOP("Field", "Notes")),
    }


def _member(session: Session, member_id: int) -> TeamMember:
    member = session.get(TeamMember, member_id)
    if member is None:
        raise NotFoundError(translate("Errors", "That team member no longer exists."))
    return member


def _check_name(session: Session, name: str, exclude: int | None = None) -> None:
    stmt = select(TeamMember.id).where(func.lower(TeamMember.name) == name.lower())
    if exclude is not None:
        stmt = stmt.where(TeamMember.id != exclude)
    if session.scalar(stmt) is not None:
        raise ConflictError(
            fmt(translate("Errors", "A team member named “%1” already exists."), name), field="name"
        )


def _loads(session: Session, member_ids: Iterable[int] | None = None) -> dict[int, tuple[int, int, int, int]]:
    """member id -> (accounts, key accounts, primary roles, backup roles), live accounts only."""
    accounts: dict[int, set[int]] = defaultdict(set)
    keys: dict[int, set[int]] = defaultdict(set)
    prim: dict[int, int] = defaultdict(int)
    back: dict[int, int] = defaultdict(int)
    live = select(Account.id, Account.status).where(Account.deleted_at.is_(None)).subquery()
    for mid, aid, status in session.execute(
        select(AccountTeamMember.team_member_id, live.c.id, live.c.status).join(
            live, live.c.id == AccountTeamMember.account_id
        )
    ):
        accounts[mid].add(aid)
        if status == AccountStatus.KEY.value:
            keys[mid].add(aid)
    for mid, aid, status, strength in session.execute(
        select(RoleAssignment.team_member_id, live.c.id, live.c.status, RoleAssignment.strength).join(
            live, live.c.id == RoleAssignment.account_id
        )
    ):
        accounts[mid].add(aid)
        if status == AccountStatus.KEY.value:
            keys[mid].add(aid)
        if strength == RoleStrength.PRIMARY.value:
            prim[mid] += 1
        else:
            back[mid] += 1
    ids = set(member_ids) if member_ids is not None else set(accounts) | set(prim) | set(back)
    return {m: (len(accounts[m]), len(keys[m]), prim[m], back[m]) for m in ids}


def _view(member: TeamMember, load: tuple[int, int, int, int] = (0, 0, 0, 0)) -> MemberView:
    return MemberView(
        member.id,
        member.name,
        member.function,
        member.email,
        member.notes,
        member.archived_at is not None,
        *load,
    )


def list_members(db: Database, *, include_archived: bool = True) -> tuple[MemberView, ...]:
    with db.reading() as session:
        stmt = select(TeamMember).order_by(func.lower(TeamMember.name), TeamMember.id)
        if not include_archived:
            stmt = stmt.where(TeamMember.archived_at.is_(None))
        members = list(session.scalars(stmt))
        loads = _loads(session, [m.id for m in members])
        return tuple(_view(m, loads[m.id]) for m in members)


def get_member(db: Database, member_id: int) -> MemberView:
    with db.reading() as session:
        return _view(_member(session, member_id), _loads(session, [member_id])[member_id])


def create_member(db: Database, cmd: MemberInput) -> MemberView:
    values = _clean(cmd)
    with db.session() as session:
        _check_name(session, values["name"])
        member = TeamMember(**values)
        session.add(member)
        session.flush()
        return _view(member)


def update_member(db: Database, member_id: int, cmd: MemberInput) -> MemberView:
    values = _clean(cmd)
    with db.session() as session:
        member = _member(session, member_id)
        _check_name(session, values["name"], exclude=member_id)
        for key, value in values.items():
            setattr(member, key, value)
        session.flush()
        return _view(member, _loads(session, [member_id])[member_id])


def archive_member(db: Database, member_id: int) -> MemberView:
    """Archive: the member keeps their history (assignments, ratings) but covers no role and
    cannot be given new assignments."""
    with db.session() as session:
        member = _member(session, member_id)
        if member.archived_at is None:
            member.archived_at = clock.utcnow()
        session.flush()
        return _view(member, _loads(session, [member_id])[member_id])


def unarchive_member(db: Database, member_id: int) -> MemberView:
    with db.session() as session:
        member = _member(session, member_id)
        member.archived_at = None
        session.flush()
        return _view(member, _loads(session, [member_id])[member_id])


def _usage(session: Session, member_id: int) -> list[str]:
    checks: tuple[tuple[Any, Callable[[int], str]], ...] = (
        (RoleAssignment.team_member_id, lambda n: Errors.tr("%n role assignment(s)", "", n)),
        (AccountTeamMember.team_member_id, lambda n: Errors.tr("%n account team(s)", "", n)),
        (Action.owner_id, lambda n: Errors.tr("%n action(s) owned", "", n)),
        (
            Stakeholder.owner_id,
            lambda n: Errors.tr("%n stakeholder relationship(s) owned", "", n),
        ),
        (ResearchAnswer.owner_id, lambda n: Errors.tr("%n research question(s) owned", "", n)),
        (
            InteractionAttendee.team_member_id,
            lambda n: Errors.tr("%n interaction(s) attended", "", n),
        ),
    )
    uses = []
    for column, label in checks:
        n = session.scalar(select(func.count()).where(column == member_id)) or 0
        if n:
            uses.append(label(n))
    return uses


def delete_member(db: Database, member_id: int) -> DeletedMember:
    """Delete a member who was never used (e.g. created by mistake); undo with restore_member.
    A member who is assigned or referenced anywhere is refused: archive them instead."""
    with db.session() as session:
        member = _member(session, member_id)
        uses = _usage(session, member_id)
        if uses:
            raise ConflictError(
                fmt(
                    translate(
                        "Errors",
                        "%1 cannot be deleted: still in use (%2). Archive them instead - their history "
                        "stays and they get no new assignments.",
                    ),
                    member.name,
                    ", ".join(uses),
                )
            )
        ratings = tuple(
            entry_view(r)
            for r in session.scalars(select(FluencyRating).where(FluencyRating.team_member_id == member_id))
        )
        view = _view(member)
        session.delete(member)
        return DeletedMember(view, ratings)


def restore_member(db: Database, deleted: DeletedMember) -> MemberView:
    m = deleted.member
    with db.session() as session:
        if session.get(TeamMember, m.id) is not None:
            raise ConflictError(fmt(translate("Errors", "%1 already exists."), m.name))
        member = TeamMember(
            id=m.id,
            name=m.name,
            function=m.function,
            email=m.email,
            notes=m.notes,
            archived_at=clock.utcnow() if m.archived else None,
        )
        session.add(member)
        session.flush()
        for r in deleted.ratings:
            session.add(
                FluencyRating(
                    id=r.id, team_member_id=m.id, area=r.area.value, rating=r.rating, rated_on=r.rated_on
                )
            )
        session.flush()
        return _view(member)


# --- account teams and role assignments ----------------------------------------------------


def _live_member(session: Session, member_id: int) -> TeamMember:
    member = _member(session, member_id)
    if member.archived_at is not None:
        raise ConflictError(
            fmt(
                translate("Errors", "%1 is archived and cannot take on new work; unarchive them first."),
                member.name,
            )
        )
    return member


def add_to_account_team(db: Database, account_id: int, member_id: int) -> None:
    with db.session() as session:
        get_live(session, account_id)
        _live_member(session, member_id)
        if session.get(AccountTeamMember, (account_id, member_id)) is None:
            session.add(
                AccountTeamMember(account_id=account_id, team_member_id=member_id, added_at=clock.utcnow())
            )


@dataclass(frozen=True)
class RemovedFromTeam:
    """What ``remove_from_account_team`` removed, so ``restore_to_account_team`` can undo it."""

    account_id: int
    member_id: int
    was_on_team: bool
    roles: tuple[tuple[Role, RoleStrength], ...]


def remove_from_account_team(db: Database, account_id: int, member_id: int) -> RemovedFromTeam:
    """Take a member off an account's team, clearing their roles on that account."""
    with db.session() as session:
        get_live(session, account_id)
        _member(session, member_id)
        row = session.get(AccountTeamMember, (account_id, member_id))
        assignments = list(
            session.scalars(
                select(RoleAssignment).where(
                    RoleAssignment.account_id == account_id, RoleAssignment.team_member_id == member_id
                )
            )
        )
        removed = RemovedFromTeam(
            account_id,
            member_id,
            row is not None,
            tuple((Role(a.role), RoleStrength(a.strength)) for a in assignments),
        )
        for a in assignments:
            session.delete(a)
        if row is not None:
            session.delete(row)
        return removed


def restore_to_account_team(db: Database, removed: RemovedFromTeam) -> None:
    with db.session() as session:
        get_live(session, removed.account_id)
        _member(session, removed.member_id)
        if (
            removed.was_on_team
            and session.get(AccountTeamMember, (removed.account_id, removed.member_id)) is None
        ):
            session.add(
                AccountTeamMember(
                    account_id=removed.account_id, team_member_id=removed.member_id, added_at=clock.utcnow()
                )
            )
        for role, strength in removed.roles:
            _write_role(session, removed.account_id, removed.member_id, role, strength)


def _write_role(
    session: Session, account_id: int, member_id: int, role: Role, strength: RoleStrength | None
) -> None:
    row = session.scalar(
        select(RoleAssignment).where(
            RoleAssignment.account_id == account_id,
            RoleAssignment.team_member_id == member_id,
            RoleAssignment.role == role.value,
        )
    )
    if strength is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(
            RoleAssignment(
                account_id=account_id,
                team_member_id=member_id,
                role=role.value,
                strength=strength.value,
                assigned_at=clock.utcnow(),
            )
        )
    else:
        row.strength = strength.value


def _role(role: object) -> Role:
    try:
        return Role(str(role))
    except ValueError:
        raise ValidationError(fmt(translate("Errors", "Unknown role “%1”."), role), field="role") from None


def set_role(
    db: Database, account_id: int, member_id: int, role: Role | str, strength: RoleStrength | str | None
) -> RoleStrength | None:
    """Assign ``role`` to a member on an account as primary or backup; None clears it.
    Assigning puts the member on the account's core team. Archived members can only be cleared."""
    clean_role = _role(role)
    try:
        clean_strength = RoleStrength(strength) if strength is not None else None
    except ValueError:
        raise ValidationError(
            translate("Errors", "Strength must be primary or backup."), field="strength"
        ) from None
    with db.session() as session:
        get_live(session, account_id)
        if clean_strength is None:
            _member(session, member_id)
        else:
            _live_member(session, member_id)
            if session.get(AccountTeamMember, (account_id, member_id)) is None:
                session.add(
                    AccountTeamMember(
                        account_id=account_id, team_member_id=member_id, added_at=clock.utcnow()
                    )
                )
        _write_role(session, account_id, member_id, clean_role, clean_strength)
        return clean_strength


def cycle_role(db: Database, account_id: int, member_id: int, role: Role | str) -> RoleStrength | None:
    """none -> primary -> backup -> none; returns the new strength."""
    clean_role = _role(role)
    with db.session() as session:
        current = session.scalar(
            select(RoleAssignment.strength).where(
                RoleAssignment.account_id == account_id,
                RoleAssignment.team_member_id == member_id,
                RoleAssignment.role == clean_role.value,
            )
        )
    now = RoleStrength(current) if current else None
    return set_role(db, account_id, member_id, clean_role, CYCLE[now])


# --- fluency -------------------------------------------------------------------------------

# --- fluency -------------------------------------------------------------------------------


def rate_fluency(
    db: Database,
    member_id: int,
    ratings: Mapping[FluencyArea, int | str],
    rated_on: dt.date | str | None = None,
) -> tuple[FluencyEntry, ...]:
    """Record new ratings (one new dated row per area: history is never rewritten)."""
    clean: dict[FluencyArea, int] = {}
    for area, value in ratings.items():
        try:
            key = FluencyArea(area)
        except ValueError:
            raise ValidationError(
                fmt(translate("Errors", "Unknown fluency area “%1”."), area), field="area"
            ) from None
        clean[key] = v.rating(value, field=key.value, label=key.label)
    if not clean:
        raise ValidationError(translate("Errors", "Rate at least one area."), field="ratings")
    on = (
        v.date(rated_on, field="rated_on", label=QT_TRANSLATE_NOOP("Field", "Rating date"))
        if rated_on
        else clock.today()
    )
    with db.session() as session:
        _member(session, member_id)
        rows = [
            FluencyRating(team_member_id=member_id, area=a.value, rating=r, rated_on=on)
            for a, r in clean.items()
        ]
        session.add_all(rows)
        session.flush()
        return tuple(entry_view(r) for r in rows)


def fluency_history(db: Database, member_id: int) -> tuple[FluencyEntry, ...]:
    """Every rating of a member, newest first."""
    with db.reading() as session:
        _member(session, member_id)
        return tuple(
            entry_view(r)
            for r in session.scalars(
                select(FluencyRating)
                .where(FluencyRating.team_member_id == member_id)
                .order_by(FluencyRating.rated_on.desc(), FluencyRating.id.desc())
            )
        )
