"""Read models of the Team area: the account and portfolio role-coverage matrices and the
fluency table. Coverage follows ``domain.coverage`` - the same rule as the portfolio's "role
gaps" column: covered = a primary holder who is not archived; thin = backup only.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain import coverage as cov
from kam_desktop.domain.enums import AccountStatus, FluencyArea, Role, RoleStrength
from kam_desktop.services.accounts import get_live
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    Account,
    AccountTeamMember,
    FluencyRating,
    RoleAssignment,
    TeamMember,
)


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

    @property
    def unrated(self) -> tuple[FluencyArea, ...]:
        return cov.unrated_areas(self.latest)


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

    @property
    def team_unrated_areas(self) -> tuple[FluencyArea, ...]:
        return cov.team_unrated_areas([r.latest for r in self.fluency])


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


# --- fluency -------------------------------------------------------------------------------


def entry_view(r: FluencyRating) -> FluencyEntry:
    return FluencyEntry(r.id, r.team_member_id, FluencyArea(r.area), r.rating, r.rated_on)


def _fluency_rows(session: Session, members: Sequence[TeamMember]) -> tuple[FluencyRow, ...]:
    ids = [m.id for m in members]
    history: dict[int, list[cov.Rated]] = defaultdict(list)
    if ids:
        for r in session.scalars(select(FluencyRating).where(FluencyRating.team_member_id.in_(ids))):
            history[r.team_member_id].append(cov.Rated(r.id, FluencyArea(r.area), r.rating, r.rated_on))
    rows = []
    for m in members:
        latest = cov.latest_ratings(history[m.id])
        rows.append(
            FluencyRow(
                m.id,
                m.name,
                m.function,
                m.archived_at is not None,
                {a: (latest[a].rating if a in latest else None) for a in FluencyArea},
                {a: (latest[a].rated_on if a in latest else None) for a in FluencyArea},
            )
        )
    return tuple(rows)


def fluency_table(db: Database, *, include_archived: bool = False) -> tuple[FluencyRow, ...]:
    """The latest rating per member and area (the newest date wins)."""
    with db.reading() as session:
        stmt = select(TeamMember).order_by(func.lower(TeamMember.name), TeamMember.id)
        if not include_archived:
            stmt = stmt.where(TeamMember.archived_at.is_(None))
        return _fluency_rows(session, list(session.scalars(stmt)))


# --- coverage read models ------------------------------------------------------------------


def _assignments(session: Session, account_ids: Sequence[int] | None = None) -> list[cov.Assignment]:
    stmt = (
        select(
            RoleAssignment.account_id,
            RoleAssignment.team_member_id,
            RoleAssignment.role,
            RoleAssignment.strength,
            TeamMember.archived_at,
        )
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
        cells.append(
            RoleCell(
                role,
                cover[role],
                tuple(sorted(names[a.member_id] for a in live if a.strength is RoleStrength.PRIMARY)),
                tuple(sorted(names[a.member_id] for a in live if a.strength is RoleStrength.BACKUP)),
            )
        )
    return tuple(cells)


def account_matrix(db: Database, account_id: int) -> AccountMatrix:
    """The account's core team plus anyone with a role on it, x the 6 roles, with coverage,
    advice for each gap, the members who could still be added, and the team's fluency."""
    with db.reading() as session:
        account = get_live(session, account_id)
        everyone = {m.id: m for m in session.scalars(select(TeamMember))}
        names = {mid: m.name for mid, m in everyone.items()}
        all_assignments = _assignments(session)
        here = [a for a in all_assignments if a.account_id == account_id]
        team_ids = set(
            session.scalars(
                select(AccountTeamMember.team_member_id).where(AccountTeamMember.account_id == account_id)
            )
        )
        roles_of: dict[int, dict[Role, RoleStrength]] = defaultdict(dict)
        for a in here:
            roles_of[a.member_id][a.role] = a.strength
        row_ids = team_ids | set(roles_of)
        members = sorted(
            (
                MatrixMember(
                    mid,
                    names[mid],
                    everyone[mid].function,
                    everyone[mid].archived_at is not None,
                    mid in team_ids,
                    dict(roles_of.get(mid, {})),
                )
                for mid in row_ids
            ),
            key=lambda m: (m.archived, not m.on_team, m.name.casefold()),
        )
        cells = _cells(here, names)
        cover = {c.role: c.state for c in cells}
        live_team = [m.id for m in members if not m.archived]
        tips = cov.advice(account_id, cover, live_team, all_assignments, names)
        available = tuple(
            sorted(
                (
                    MemberRef(m.id, m.name, m.function)
                    for m in everyone.values()
                    if m.archived_at is None and m.id not in row_ids
                ),
                key=lambda r: r.name.casefold(),
            )
        )
        fluency = _fluency_rows(session, [everyone[m.id] for m in members if not m.archived])
        return AccountMatrix(
            account_id,
            account.name,
            AccountStatus(account.status),
            tuple(members),
            cells,
            tips,
            available,
            fluency,
        )


def portfolio_matrix(db: Database) -> PortfolioMatrix:
    """Key accounts x the 6 roles, the per-role counts, and each live member's load."""
    with db.reading() as session:
        accounts = list(
            session.execute(
                select(Account.id, Account.name)
                .where(Account.deleted_at.is_(None), Account.status == AccountStatus.KEY.value)
                .order_by(func.lower(Account.name))
            )
        )
        ids = [aid for aid, _ in accounts]
        everyone = {m.id: m for m in session.scalars(select(TeamMember))}
        names = {mid: m.name for mid, m in everyone.items()}
        assignments = _assignments(session, ids)
        team_rows = [
            (aid, mid)
            for aid, mid in session.execute(
                select(AccountTeamMember.account_id, AccountTeamMember.team_member_id).where(
                    AccountTeamMember.account_id.in_(ids)
                )
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
