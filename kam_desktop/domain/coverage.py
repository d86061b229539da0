"""Role coverage: who covers the 6 account management roles, where the gaps are, who could
close them, and how much each team member carries. Pure rules, no Qt, no database.

The rule (the same one the portfolio's "role gaps" column counts):
- a role is COVERED on an account when at least one team member who is not archived holds it
  as PRIMARY;
- THIN when it has no such primary holder but at least one non-archived BACKUP holder;
- UNCOVERED otherwise.
Archived members never cover a role (their assignments are kept as history only).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kam_desktop.domain.enums import FluencyArea, LabelledEnum, Role, RoleStrength
from kam_desktop.i18n import fmt, translate

# Roles most companies leave open (method.md: "Project Manager, Innovator and Results Driver
# are less common, and their absence limits growth").
USUAL_GAPS: tuple[Role, ...] = (Role.PROJECT_MANAGER, Role.INNOVATOR, Role.RESULTS_DRIVER)

# A member carrying more than this is flagged as overloaded.
OVERLOAD_KEY_ACCOUNTS = 4
OVERLOAD_PRIMARY_ROLES = 6

# Fluency: a latest rating at or below WEAK_RATING is a weak area.
WEAK_RATING = 2


class Coverage(LabelledEnum):
    COVERED = "covered"
    THIN = "thin"
    UNCOVERED = "uncovered"


@dataclass(frozen=True)
class Assignment:
    """One role assignment, as the rules need it."""

    account_id: int
    member_id: int
    role: Role
    strength: RoleStrength
    archived: bool = False  # the member is archived


def role_state(assignments: Iterable[Assignment], role: Role) -> Coverage:
    """Coverage of one role from one account's assignments."""
    state = Coverage.UNCOVERED
    for a in assignments:
        if a.role is not role or a.archived:
            continue
        if a.strength is RoleStrength.PRIMARY:
            return Coverage.COVERED
        state = Coverage.THIN
    return state


def coverage(assignments: Iterable[Assignment]) -> dict[Role, Coverage]:
    """Coverage of each of the 6 roles from one account's assignments (in Role order)."""
    listed = list(assignments)
    return {role: role_state(listed, role) for role in Role}


def gap_count(cover: Mapping[Role, Coverage]) -> int:
    """Roles without a primary holder (thin or uncovered): the portfolio's "role gaps"."""
    return sum(1 for role in Role if cover.get(role, Coverage.UNCOVERED) is not Coverage.COVERED)


def gaps(cover: Mapping[Role, Coverage]) -> tuple[Role, ...]:
    return tuple(role for role in Role if cover.get(role, Coverage.UNCOVERED) is not Coverage.COVERED)


# --- advice ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """Someone who could take a role: how often they hold it on other accounts."""

    member_id: int
    name: str
    primary_elsewhere: int
    backup_elsewhere: int
    on_team: bool
    backup_here: bool = False  # already backs the role up on this account


@dataclass(frozen=True)
class Advice:
    role: Role
    state: Coverage
    candidates: tuple[Candidate, ...]  # people on this account's team, best first
    outside: tuple[Candidate, ...]  # people not on the team who hold the role elsewhere

    @property
    def text(self) -> str:
        """The advice in the language in force (the UI builds a richer version from the fields)."""
        role = self.role.label
        head = fmt(
            translate("Coverage", "%1 is thin (backup only).")
            if self.state is Coverage.THIN
            else translate("Coverage", "%1 is uncovered."),
            role,
        )
        if self.candidates:
            names = ", ".join(describe(c) for c in self.candidates[:3])
            return fmt(translate("Coverage", "%1 On this team: %2."), head, names)
        if self.outside:
            names = ", ".join(describe(c) for c in self.outside[:3])
            return fmt(
                translate("Coverage", "%1 Nobody on this team plays it elsewhere; outside it: %2."),
                head,
                names,
            )
        return fmt(translate("Coverage", "%1 Nobody on the team plays it on any account yet."), head)


def describe(c: Candidate) -> str:
    parts = []
    if c.backup_here:
        parts.append(translate("Coverage", "backup here"))
    if c.primary_elsewhere == 1:
        parts.append(translate("Coverage", "primary on 1 other account"))
    elif c.primary_elsewhere:
        parts.append(fmt(translate("Coverage", "primary on %1 other accounts"), c.primary_elsewhere))
    if c.backup_elsewhere == 1:
        parts.append(translate("Coverage", "backup on 1 other account"))
    elif c.backup_elsewhere:
        parts.append(fmt(translate("Coverage", "backup on %1 other accounts"), c.backup_elsewhere))
    return fmt(translate("Coverage", "%1 (%2)"), c.name, ", ".join(parts)) if parts else c.name


def _rank(c: Candidate) -> tuple[int, int, int, str]:
    return (-int(c.backup_here), -c.primary_elsewhere, -c.backup_elsewhere, c.name.casefold())


def advice(
    account_id: int,
    cover: Mapping[Role, Coverage],
    team: Iterable[int],
    assignments: Iterable[Assignment],
    names: Mapping[int, str],
) -> tuple[Advice, ...]:
    """One piece of advice per role that is thin or uncovered on ``account_id``.

    ``team``: ids of the account's (non-archived) team members; ``assignments``: every role
    assignment on every account (archived members are never proposed); ``names``: member names.
    Candidates on the team are people who hold the role on other accounts, or back it up here.
    """
    team_ids = set(team)
    primary: dict[tuple[int, Role], int] = defaultdict(int)
    backup: dict[tuple[int, Role], int] = defaultdict(int)
    backup_here: set[tuple[int, Role]] = set()
    archived: set[int] = set()
    for a in assignments:
        if a.archived:
            archived.add(a.member_id)
            continue
        if a.account_id == account_id:
            if a.strength is RoleStrength.BACKUP:
                backup_here.add((a.member_id, a.role))
            continue
        bucket = primary if a.strength is RoleStrength.PRIMARY else backup
        bucket[(a.member_id, a.role)] += 1
    result: list[Advice] = []
    for role in gaps(cover):
        people = {m for (m, r) in (*primary, *backup, *backup_here) if r is role and m not in archived}
        cands = [
            Candidate(
                member_id=m,
                name=names.get(m, f"#{m}"),
                primary_elsewhere=primary.get((m, role), 0),
                backup_elsewhere=backup.get((m, role), 0),
                on_team=m in team_ids,
                backup_here=(m, role) in backup_here,
            )
            for m in people
        ]
        inside = tuple(sorted((c for c in cands if c.on_team or c.backup_here), key=_rank))
        outside = tuple(sorted((c for c in cands if not (c.on_team or c.backup_here)), key=_rank))
        result.append(Advice(role, cover.get(role, Coverage.UNCOVERED), inside, outside))
    return tuple(result)


# --- portfolio -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoleCount:
    covered: int = 0
    thin: int = 0
    uncovered: int = 0

    @property
    def total(self) -> int:
        return self.covered + self.thin + self.uncovered

    @property
    def gaps(self) -> int:
        return self.thin + self.uncovered


def portfolio_counts(accounts: Iterable[Mapping[Role, Coverage]]) -> dict[Role, RoleCount]:
    """Per role: on how many accounts it is covered, thin, uncovered."""
    tally: dict[Role, list[int]] = {role: [0, 0, 0] for role in Role}
    order = (Coverage.COVERED, Coverage.THIN, Coverage.UNCOVERED)
    for cover in accounts:
        for role in Role:
            tally[role][order.index(cover.get(role, Coverage.UNCOVERED))] += 1
    return {role: RoleCount(*counts) for role, counts in tally.items()}


def weakest_roles(counts: Mapping[Role, RoleCount]) -> tuple[Role, ...]:
    """Roles ordered by how many accounts lack a primary (most gaps first; ties in Role order)."""
    order = list(Role)
    return tuple(sorted(Role, key=lambda r: (-counts[r].gaps, order.index(r))))


@dataclass(frozen=True)
class MemberLoad:
    member_id: int
    name: str
    key_accounts: int  # on the core team of, or holding a role on, this many key accounts
    primary_roles: int  # primary role assignments across key accounts
    backup_roles: int

    @property
    def overloaded(self) -> bool:
        return self.key_accounts > OVERLOAD_KEY_ACCOUNTS or self.primary_roles > OVERLOAD_PRIMARY_ROLES


def member_load(
    members: Mapping[int, str],
    assignments: Iterable[Assignment],
    team: Iterable[tuple[int, int]] = (),
) -> tuple[MemberLoad, ...]:
    """Load of each member in ``members`` (id -> name) over the given (key-account)
    assignments and core-team rows ``(account_id, member_id)``; heaviest first."""
    accounts: dict[int, set[int]] = defaultdict(set)
    prim: dict[int, int] = defaultdict(int)
    back: dict[int, int] = defaultdict(int)
    for account_id, member_id in team:
        accounts[member_id].add(account_id)
    for a in assignments:
        accounts[a.member_id].add(a.account_id)
        if a.strength is RoleStrength.PRIMARY:
            prim[a.member_id] += 1
        else:
            back[a.member_id] += 1
    loads = [
        MemberLoad(m, name, len(accounts.get(m, ())), prim.get(m, 0), back.get(m, 0))
        for m, name in members.items()
    ]
    loads.sort(key=lambda x: (-x.primary_roles, -x.key_accounts, -x.backup_roles, x.name.casefold()))
    return tuple(loads)


# --- fluency ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rated:
    """One fluency rating of the history (never updated; the newest per area counts)."""

    id: int
    area: FluencyArea
    rating: int
    rated_on: dt.date


def latest_ratings(history: Iterable[Rated]) -> dict[FluencyArea, Rated]:
    """The rating that counts for each area: the newest date, then the latest entry that day."""
    best: dict[FluencyArea, Rated] = {}
    for r in history:
        cur = best.get(r.area)
        if cur is None or (r.rated_on, r.id) > (cur.rated_on, cur.id):
            best[r.area] = r
    return best


def weak_areas(latest: Mapping[FluencyArea, int | None]) -> tuple[FluencyArea, ...]:
    """Areas rated WEAK_RATING or lower. An area never rated is not weak: it is not rated
    (``unrated_areas``) - nobody has judged it yet."""
    return tuple(a for a in FluencyArea if (rating := latest.get(a)) is not None and rating <= WEAK_RATING)


def unrated_areas(latest: Mapping[FluencyArea, int | None]) -> tuple[FluencyArea, ...]:
    """Areas with no rating yet."""
    return tuple(a for a in FluencyArea if latest.get(a) is None)


def team_weak_areas(team: Sequence[Mapping[FluencyArea, int | None]]) -> tuple[FluencyArea, ...]:
    """Areas someone on the team was rated in, where nobody is rated above WEAK_RATING (the team
    cannot talk about it). Areas nobody was rated in are ``team_unrated_areas``, not weak."""
    out = []
    for area in FluencyArea:
        ratings = [r for m in team if (r := m.get(area)) is not None]
        if ratings and max(ratings) <= WEAK_RATING:
            out.append(area)
    return tuple(out)


def team_unrated_areas(team: Sequence[Mapping[FluencyArea, int | None]]) -> tuple[FluencyArea, ...]:
    """Areas nobody on the team has been rated in yet (none when there is no team)."""
    if not team:
        return ()
    return tuple(a for a in FluencyArea if all(m.get(a) is None for m in team))
