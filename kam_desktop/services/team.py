"""Our team: members (archived, never deleted while in use), role assignments per account,
core account teams, fluency ratings with history, and the role-coverage read models.

Coverage follows ``domain.coverage`` - the same rule as the portfolio's "role gaps" column:
covered = a primary holder who is not archived; thin = backup only; uncovered otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain import coverage as cov
from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import AccountStatus, FluencyArea, Role, RoleStrength
from kam_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kam_desktop.services import clock
from kam_desktop.services.accounts import get_live
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

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
CYCLE: dict[RoleStrength | None, RoleStrength | None] = {
    None: RoleStrength.PRIMARY,
    RoleStrength.PRIMARY: RoleStrength.BACKUP,
    RoleStrength.BACKUP: None,
}

# --- read models ---------------------------------------------------------------------------


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


@dataclass(frozen=True)
class FluencyEntry:
    id: int
    member_id: int
    area: FluencyArea
    rating: int
    rated_on: dt.date


@dataclass(frozen=True)
class FluencyRow:
    member_id: int
    name: str
    function: str
    archived: bool
    latest: Mapping[FluencyArea, int | None]
    rated_on: Mapping[FluencyArea, dt.date | None]

    @property
    def weak(self) -> tuple[FluencyArea, ...]:
        return cov.weak_areas(self.latest)


@dataclass(frozen=True)
class MatrixMember:
    id: int
    name: str
    function: str
    archived: bool
    on_team: bool  # in the core account team (else: only holds a role)
    roles: Mapping[Role, RoleStrength]

    def strength(self, role: Role) -> RoleStrength | None:
        return self.roles.get(role)


@dataclass(frozen=True)
class RoleCell:
    """One role on one account: its coverage and who holds it (non-archived names)."""

    role: Role
    state: cov.Coverage
    primary: tuple[str, ...] = ()
    backup: tuple[str, ...] = ()


@dataclass(frozen=True)
class MemberRef:
    id: int
    name: str
    function: str


@dataclass(frozen=True)
class AccountMatrix:
    account_id: int
    account_name: str
    status: AccountStatus
    members: tuple[MatrixMember, ...]
    roles: tuple[RoleCell, ...]  # in Role order
    advice: tuple[cov.Advice, ...]
    available: tuple[MemberRef, ...]  # live members not yet on this account's team
    fluency: tuple[FluencyRow, ...]  # the live members of the matrix

    @property
    def gap_count(self) -> int:
        return sum(1 for c in self.roles if c.state is not cov.Coverage.COVERED)

    def cell(self, role: Role) -> RoleCell:
        return self.roles[list(Role).index(role)]

    @property
    def team_weak_areas(self) -> tuple[FluencyArea, ...]:
        return cov.team_weak_areas([r.latest for r in self.fluency])


@dataclass(frozen=True)
class PortfolioMatrixRow:
    account_id: int
    name: str
    roles: tuple[RoleCell, ...]

    @property
    def gap_count(self) -> int:
        return sum(1 for c in self.roles if c.state is not cov.Coverage.COVERED)


@dataclass(frozen=True)
class PortfolioMatrix:
    rows: tuple[PortfolioMatrixRow, ...]
    counts: Mapping[Role, cov.RoleCount]
    load: tuple[cov.MemberLoad, ...]
    usual_gaps: tuple[Role, ...] = cov.USUAL_GAPS


# --- members -------------------------------------------------------------------------------


def _clean(cmd: MemberInput) -> dict[str, str]:
    email = v.optional_name(cmd.email, field="email", label="Email")
    if email and not _EMAIL.fullmatch(email):
        raise ValidationError("Email must look like name@example.com.", field="email")
    return {
        "name": v.name(cmd.name, field="name", label="Name"),
        "function": v.optional_name(cmd.function, field="function", label="Function"),
        "email": email,
        "notes": v.text(cmd.notes, field="notes", label="Notes"),
    }


def _member(session: Session, member_id: int) -> TeamMember:
    member = session.get(TeamMember, member_id)
    if member is None:
        raise NotFoundError("That team member no longer exists.")
    return member


def _check_name(session: Session, name: str, exclude: int | None = None) -> None:
    stmt = select(TeamMember.id).where(func.lower(TeamMember.name) == name.lower())
    if exclude is not None:
        stmt = stmt.where(TeamMember.id != exclude)
    if session.scalar(stmt) is not None:
        raise ConflictError(f"A team member named “{name}” already exists.", field="name")


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
        member.id, member.name, member.function, member.email, member.notes,
        member.archived_at is not None, *load,
    )


def list_members(db: Database, *, include_archived: bool = True) -> tuple[MemberView, ...]:
    with db.session() as session:
        stmt = select(TeamMember).order_by(func.lower(TeamMember.name), TeamMember.id)
        if not include_archived:
            stmt = stmt.where(TeamMember.archived_at.is_(None))
        members = list(session.scalars(stmt))
        loads = _loads(session, [m.id for m in members])
        return tuple(_view(m, loads[m.id]) for m in members)


def get_member(db: Database, member_id: int) -> MemberView:
    with db.session() as session:
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
    checks = (
        (RoleAssignment.team_member_id, "role assignment(s)"),
        (AccountTeamMember.team_member_id, "account team(s)"),
        (Action.owner_id, "action(s) owned"),
        (Stakeholder.owner_id, "stakeholder relationship(s) owned"),
        (ResearchAnswer.owner_id, "research question(s) owned"),
        (InteractionAttendee.team_member_id, "interaction(s) attended"),
    )
    uses = []
    for column, label in checks:
        n = session.scalar(select(func.count()).where(column == member_id)) or 0
        if n:
            uses.append(f"{n} {label.replace('(s)', 's' if n != 1 else '')}")
    return uses


def delete_member(db: Database, member_id: int) -> DeletedMember:
    """Delete a member who was never used (e.g. created by mistake); undo with restore_member.
    A member who is assigned or referenced anywhere is refused: archive them instead."""
    with db.session() as session:
        member = _member(session, member_id)
        uses = _usage(session, member_id)
        if uses:
            raise ConflictError(
                f"{member.name} cannot be deleted: still in use ({', '.join(uses)}). "
                "Archive them instead - their history stays and they get no new assignments."
            )
        ratings = tuple(_entry(r) for r in session.scalars(
            select(FluencyRating).where(FluencyRating.team_member_id == member_id)
        ))
        view = _view(member)
        session.delete(member)
        return DeletedMember(view, ratings)


def restore_member(db: Database, deleted: DeletedMember) -> MemberView:
    m = deleted.member
    with db.session() as session:
        if session.get(TeamMember, m.id) is not None:
            raise ConflictError(f"{m.name} already exists.")
        member = TeamMember(id=m.id, name=m.name, function=m.function, email=m.email, notes=m.notes,
                            archived_at=clock.utcnow() if m.archived else None)
        session.add(member)
        session.flush()
        for r in deleted.ratings:
            session.add(FluencyRating(id=r.id, team_member_id=m.id, area=r.area.value, rating=r.rating,
                                      rated_on=r.rated_on))
        session.flush()
        return _view(member)


# --- account teams and role assignments ----------------------------------------------------


def _live_member(session: Session, member_id: int) -> TeamMember:
    member = _member(session, member_id)
    if member.archived_at is not None:
        raise ConflictError(f"{member.name} is archived and cannot take on new work; unarchive them first.")
    return member


def add_to_account_team(db: Database, account_id: int, member_id: int) -> None:
    with db.session() as session:
        get_live(session, account_id)
        _live_member(session, member_id)
        if session.get(AccountTeamMember, (account_id, member_id)) is None:
            session.add(AccountTeamMember(account_id=account_id, team_member_id=member_id, added_at=clock.utcnow()))


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
        assignments = list(session.scalars(select(RoleAssignment).where(
            RoleAssignment.account_id == account_id, RoleAssignment.team_member_id == member_id)))
        removed = RemovedFromTeam(
            account_id, member_id, row is not None,
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
        if removed.was_on_team and session.get(AccountTeamMember, (removed.account_id, removed.member_id)) is None:
            session.add(AccountTeamMember(account_id=removed.account_id, team_member_id=removed.member_id,
                                          added_at=clock.utcnow()))
        for role, strength in removed.roles:
            _write_role(session, removed.account_id, removed.member_id, role, strength)


def _write_role(session: Session, account_id: int, member_id: int, role: Role, strength: RoleStrength | None) -> None:
    row = session.scalar(select(RoleAssignment).where(
        RoleAssignment.account_id == account_id,
        RoleAssignment.team_member_id == member_id,
        RoleAssignment.role == role.value,
    ))
    if strength is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(RoleAssignment(account_id=account_id, team_member_id=member_id, role=role.value,
                                   strength=strength.value, assigned_at=clock.utcnow()))
    else:
        row.strength = strength.value


def _role(role: object) -> Role:
    try:
        return Role(str(role))
    except ValueError:
        raise ValidationError(f"Unknown role “{role}”.", field="role") from None


def set_role(
    db: Database, account_id: int, member_id: int, role: Role | str, strength: RoleStrength | str | None
) -> RoleStrength | None:
    """Assign ``role`` to a member on an account as primary or backup; None clears it.
    Assigning puts the member on the account's core team. Archived members can only be cleared."""
    clean_role = _role(role)
    try:
        clean_strength = RoleStrength(strength) if strength is not None else None
    except ValueError:
        raise ValidationError("Strength must be primary or backup.", field="strength") from None
    with db.session() as session:
        get_live(session, account_id)
        if clean_strength is None:
            _member(session, member_id)
        else:
            _live_member(session, member_id)
            if session.get(AccountTeamMember, (account_id, member_id)) is None:
                session.add(AccountTeamMember(account_id=account_id, team_member_id=member_id,
                                              added_at=clock.utcnow()))
        _write_role(session, account_id, member_id, clean_role, clean_strength)
        return clean_strength


def cycle_role(db: Database, account_id: int, member_id: int, role: Role | str) -> RoleStrength | None:
    """none -> primary -> backup -> none; returns the new strength."""
    clean_role = _role(role)
    with db.session() as session:
        current = session.scalar(select(RoleAssignment.strength).where(
            RoleAssignment.account_id == account_id,
            RoleAssignment.team_member_id == member_id,
            RoleAssignment.role == clean_role.value,
        ))
    now = RoleStrength(current) if current else None
    return set_role(db, account_id, member_id, clean_role, CYCLE[now])


# --- fluency -------------------------------------------------------------------------------


def _entry(r: FluencyRating) -> FluencyEntry:
    return FluencyEntry(r.id, r.team_member_id, FluencyArea(r.area), r.rating, r.rated_on)


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
            raise ValidationError(f"Unknown fluency area “{area}”.", field="area") from None
        clean[key] = v.rating(value, field=key.value, label=key.label)
    if not clean:
        raise ValidationError("Rate at least one area.", field="ratings")
    on = v.date(rated_on, field="rated_on", label="Rating date") if rated_on else clock.today()
    with db.session() as session:
        _member(session, member_id)
        rows = [FluencyRating(team_member_id=member_id, area=a.value, rating=r, rated_on=on) for a, r in clean.items()]
        session.add_all(rows)
        session.flush()
        return tuple(_entry(r) for r in rows)


def fluency_history(db: Database, member_id: int) -> tuple[FluencyEntry, ...]:
    """Every rating of a member, newest first."""
    with db.session() as session:
        _member(session, member_id)
        return tuple(_entry(r) for r in session.scalars(
            select(FluencyRating).where(FluencyRating.team_member_id == member_id)
            .order_by(FluencyRating.rated_on.desc(), FluencyRating.id.desc())
        ))


def _fluency_rows(session: Session, members: Sequence[TeamMember]) -> tuple[FluencyRow, ...]:
    ids = [m.id for m in members]
    history: dict[int, list[cov.Rated]] = defaultdict(list)
    if ids:
        for r in session.scalars(select(FluencyRating).where(FluencyRating.team_member_id.in_(ids))):
            history[r.team_member_id].append(cov.Rated(r.id, FluencyArea(r.area), r.rating, r.rated_on))
    rows = []
    for m in members:
        latest = cov.latest_ratings(history[m.id])
        rows.append(FluencyRow(
            m.id, m.name, m.function, m.archived_at is not None,
            {a: (latest[a].rating if a in latest else None) for a in FluencyArea},
            {a: (latest[a].rated_on if a in latest else None) for a in FluencyArea},
        ))
    return tuple(rows)


def fluency_table(db: Database, *, include_archived: bool = False) -> tuple[FluencyRow, ...]:
    """The latest rating per member and area (the newest date wins)."""
    with db.session() as session:
        stmt = select(TeamMember).order_by(func.lower(TeamMember.name), TeamMember.id)
        if not include_archived:
            stmt = stmt.where(TeamMember.archived_at.is_(None))
        return _fluency_rows(session, list(session.scalars(stmt)))


# --- coverage read models ------------------------------------------------------------------


def _assignments(session: Session, account_ids: Sequence[int] | None = None) -> list[cov.Assignment]:
    stmt = (
        select(RoleAssignment.account_id, RoleAssignment.team_member_id, RoleAssignment.role,
               RoleAssignment.strength, TeamMember.archived_at)
        .join(TeamMember, TeamMember.id == RoleAssignment.team_member_id)
        .join(Account, Account.id == RoleAssignment.account_id)
        .where(Account.deleted_at.is_(None))
    )
    if account_ids is not None:
        stmt = stmt.where(RoleAssignment.account_id.in_(account_ids))
    return [
        cov.Assignment(aid, mid, Role(role), RoleStrength(strength), archived is not None)
        for aid, mid, role, strength, archived in session.execute(stmt)
    ]


def _cells(assignments: Sequence[cov.Assignment], names: Mapping[int, str]) -> tuple[RoleCell, ...]:
    cover = cov.coverage(assignments)
    cells = []
    for role in Role:
        live = [a for a in assignments if a.role is role and not a.archived]
        cells.append(RoleCell(
            role, cover[role],
            tuple(sorted(names[a.member_id] for a in live if a.strength is RoleStrength.PRIMARY)),
            tuple(sorted(names[a.member_id] for a in live if a.strength is RoleStrength.BACKUP)),
        ))
    return tuple(cells)


def account_matrix(db: Database, account_id: int) -> AccountMatrix:
    """The account's core team plus anyone with a role on it, x the 6 roles, with coverage,
    advice for each gap, the members who could still be added, and the team's fluency."""
    with db.session() as session:
        account = get_live(session, account_id)
        everyone = {m.id: m for m in session.scalars(select(TeamMember))}
        names = {mid: m.name for mid, m in everyone.items()}
        all_assignments = _assignments(session)
        here = [a for a in all_assignments if a.account_id == account_id]
        team_ids = set(session.scalars(
            select(AccountTeamMember.team_member_id).where(AccountTeamMember.account_id == account_id)
        ))
        roles_of: dict[int, dict[Role, RoleStrength]] = defaultdict(dict)
        for a in here:
            roles_of[a.member_id][a.role] = a.strength
        row_ids = team_ids | set(roles_of)
        members = sorted(
            (MatrixMember(mid, names[mid], everyone[mid].function, everyone[mid].archived_at is not None,
                          mid in team_ids, dict(roles_of.get(mid, {})))
             for mid in row_ids),
            key=lambda m: (m.archived, not m.on_team, m.name.casefold()),
        )
        cells = _cells(here, names)
        cover = {c.role: c.state for c in cells}
        live_team = [m.id for m in members if not m.archived]
        tips = cov.advice(account_id, cover, live_team, all_assignments, names)
        available = tuple(sorted(
            (MemberRef(m.id, m.name, m.function) for m in everyone.values()
             if m.archived_at is None and m.id not in row_ids),
            key=lambda r: r.name.casefold(),
        ))
        fluency = _fluency_rows(session, [everyone[m.id] for m in members if not m.archived])
        return AccountMatrix(account_id, account.name, AccountStatus(account.status), tuple(members),
                             cells, tips, available, fluency)


def portfolio_matrix(db: Database) -> PortfolioMatrix:
    """Key accounts x the 6 roles, the per-role counts, and each live member's load."""
    with db.session() as session:
        accounts = list(session.execute(
            select(Account.id, Account.name)
            .where(Account.deleted_at.is_(None), Account.status == AccountStatus.KEY.value)
            .order_by(func.lower(Account.name))
        ))
        ids = [aid for aid, _ in accounts]
        everyone = {m.id: m for m in session.scalars(select(TeamMember))}
        names = {mid: m.name for mid, m in everyone.items()}
        assignments = _assignments(session, ids)
        team_rows = [
            (aid, mid) for aid, mid in session.execute(
                select(AccountTeamMember.account_id, AccountTeamMember.team_member_id)
                .where(AccountTeamMember.account_id.in_(ids))
            )
        ]
    by_account: dict[int, list[cov.Assignment]] = defaultdict(list)
    for a in assignments:
        by_account[a.account_id].append(a)
    rows = tuple(PortfolioMatrixRow(aid, name, _cells(by_account[aid], names)) for aid, name in accounts)
    counts = cov.portfolio_counts({c.role: c.state for c in row.roles} for row in rows)
    live = {mid: m.name for mid, m in everyone.items() if m.archived_at is None}
    load = cov.member_load(
        live,
        [a for a in assignments if not a.archived],
        [(aid, mid) for aid, mid in team_rows if mid in live],
    )
    return PortfolioMatrix(rows, counts, load)
