"""Team members, role assignments, account teams, fluency history and coverage read models,
round-tripped through a real database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kam_desktop.domain.coverage import Coverage
from kam_desktop.domain.enums import AccountStatus, FluencyArea, Role, RoleStrength
from kam_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kam_desktop.services import team
from kam_desktop.services.accounts import AccountInput, change_status, create_account, delete_account
from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.services.team import MemberInput
from kam_desktop.store.database import Database
from kam_desktop.store.models import FluencyRating, RoleAssignment
from tests.hostile import hostile_strings, one_line_ok, text_ok

P, B = RoleStrength.PRIMARY, RoleStrength.BACKUP


@pytest.fixture
def acme(db: Database) -> int:
    account = create_account(db, AccountInput(name="Acme"))
    change_status(db, account.id, AccountStatus.KEY)
    return account.id


def member(db: Database, name: str, function: str = "") -> int:
    return team.create_member(db, MemberInput(name=name, function=function)).id


def test_create_edit_and_list_members(db: Database) -> None:
    ann = team.create_member(db, MemberInput(" Ann Lee ", "KAM", "ann@ourco.example", "notes\nhere"))
    assert ann.name == "Ann Lee" and not ann.archived
    team.update_member(db, ann.id, MemberInput("Ann Lee-Smith", "Director", "", ""))
    [listed] = team.list_members(db)
    assert (listed.name, listed.function, listed.email) == ("Ann Lee-Smith", "Director", "")


@pytest.mark.parametrize(
    ("cmd", "field"),
    [
        (MemberInput(name="   "), "name"),
        (MemberInput(name="A\nB"), "name"),
        (MemberInput(name="x" * 201), "name"),
        (MemberInput(name="Ann", email="not-an-email"), "email"),
        (MemberInput(name="Ann", function="f\tx"), "function"),
        (MemberInput(name="Ann", notes="bell\x07"), "notes"),
    ],
)
def test_invalid_members_are_refused_with_the_field(db: Database, cmd: MemberInput, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        team.create_member(db, cmd)
    assert err.value.field == field
    assert team.list_members(db) == ()


def test_duplicate_names_are_refused(db: Database) -> None:
    member(db, "Ann")
    with pytest.raises(ConflictError) as err:
        team.create_member(db, MemberInput("ann"))
    assert err.value.field == "name"


def test_hostile_names_round_trip_or_are_refused_cleanly(db: Database) -> None:
    for text in hostile_strings():
        cmd = MemberInput(name=text, notes=text)
        if not (one_line_ok(text) and text_ok(text)):
            with pytest.raises(ValidationError) as err:
                team.create_member(db, cmd)
            assert err.value.field in {"name", "notes"}
            continue
        created = team.create_member(db, cmd)
        got = team.get_member(db, created.id)
        assert (got.name, got.notes) == (text.strip(), text)


def test_roles_set_cycle_clear_and_put_the_member_on_the_team(db: Database, acme: int) -> None:
    ann = member(db, "Ann")
    assert team.cycle_role(db, acme, ann, Role.PROJECT_MANAGER) is P
    matrix = team.account_matrix(db, acme)
    assert [m.name for m in matrix.members] == ["Ann"] and matrix.members[0].on_team
    assert matrix.cell(Role.PROJECT_MANAGER).state is Coverage.COVERED
    assert team.cycle_role(db, acme, ann, Role.PROJECT_MANAGER) is B
    assert team.account_matrix(db, acme).cell(Role.PROJECT_MANAGER).state is Coverage.THIN
    assert team.cycle_role(db, acme, ann, Role.PROJECT_MANAGER) is None
    matrix = team.account_matrix(db, acme)
    assert matrix.cell(Role.PROJECT_MANAGER).state is Coverage.UNCOVERED
    assert matrix.gap_count == 6
    assert [m.name for m in matrix.members] == ["Ann"]  # still on the core team
    team.set_role(db, acme, ann, "innovator", "backup")
    assert team.account_matrix(db, acme).members[0].strength(Role.INNOVATOR) is B
    with pytest.raises(ValidationError):
        team.set_role(db, acme, ann, "wizard", "primary")
    with pytest.raises(ValidationError):
        team.set_role(db, acme, ann, Role.INNOVATOR, "sometimes")


def test_account_team_add_remove_and_undo(db: Database, acme: int) -> None:
    ann, bob = member(db, "Ann"), member(db, "Bob")
    team.add_to_account_team(db, acme, ann)
    team.add_to_account_team(db, acme, ann)  # idempotent
    matrix = team.account_matrix(db, acme)
    assert [m.name for m in matrix.members] == ["Ann"]
    assert [r.name for r in matrix.available] == ["Bob"]
    team.set_role(db, acme, ann, Role.INNOVATOR, P)
    removed = team.remove_from_account_team(db, acme, ann)
    assert removed.roles == ((Role.INNOVATOR, P),)
    matrix = team.account_matrix(db, acme)
    assert matrix.members == () and {r.name for r in matrix.available} == {"Ann", "Bob"}
    team.restore_to_account_team(db, removed)
    matrix = team.account_matrix(db, acme)
    assert matrix.members[0].strength(Role.INNOVATOR) is P
    assert bob not in [m.id for m in matrix.members]


def test_archiving_keeps_history_and_blocks_new_assignments(db: Database, acme: int) -> None:
    ann = member(db, "Ann")
    team.set_role(db, acme, ann, Role.RELATIONSHIP_LEAD, P)
    team.rate_fluency(db, ann, {FluencyArea.MARKET: 4})
    team.archive_member(db, ann)
    matrix = team.account_matrix(db, acme)
    assert matrix.members[0].archived and matrix.members[0].strength(Role.RELATIONSHIP_LEAD) is P  # history
    assert matrix.cell(Role.RELATIONSHIP_LEAD).state is Coverage.UNCOVERED  # but no coverage
    assert ann not in [r.id for r in matrix.available]
    assert team.fluency_history(db, ann)[0].rating == 4
    with pytest.raises(ConflictError, match="archived"):
        team.set_role(db, acme, ann, Role.INNOVATOR, P)
    with pytest.raises(ConflictError):
        team.add_to_account_team(db, acme, ann)
    team.set_role(db, acme, ann, Role.RELATIONSHIP_LEAD, None)  # clearing is allowed
    team.unarchive_member(db, ann)
    team.set_role(db, acme, ann, Role.INNOVATOR, P)
    assert team.account_matrix(db, acme).cell(Role.INNOVATOR).state is Coverage.COVERED


def test_a_member_in_use_cannot_be_deleted(db: Database, acme: int) -> None:
    ann = member(db, "Ann")
    team.set_role(db, acme, ann, Role.COLLABORATOR, B)
    with pytest.raises(ConflictError, match="Archive them instead"):
        team.delete_member(db, ann)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(RoleAssignment)) == 1


def test_an_unused_member_can_be_deleted_and_restored(db: Database) -> None:
    ann = member(db, "Ann")
    team.rate_fluency(db, ann, {FluencyArea.MARKET: 2, FluencyArea.COMPETITION: 5})
    deleted = team.delete_member(db, ann)
    with pytest.raises(NotFoundError):
        team.get_member(db, ann)
    team.restore_member(db, deleted)
    assert team.get_member(db, ann).name == "Ann"
    assert {e.area for e in team.fluency_history(db, ann)} == {FluencyArea.MARKET, FluencyArea.COMPETITION}


def test_fluency_ratings_are_a_history_and_the_latest_counts(db: Database) -> None:
    ann = member(db, "Ann")
    team.rate_fluency(db, ann, {FluencyArea.MARKET: 5}, rated_on="2026-01-10")
    team.rate_fluency(
        db, ann, {FluencyArea.MARKET: 2, FluencyArea.OFFERINGS: 4}, rated_on=dt.date(2026, 3, 1)
    )
    team.rate_fluency(db, ann, {FluencyArea.MARKET: 3}, rated_on="2025-12-01")  # back-dated: not latest
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(FluencyRating)) == 4  # nothing overwritten
    history = team.fluency_history(db, ann)
    assert [e.rated_on for e in history][:2] == [dt.date(2026, 3, 1)] * 2
    [row] = team.fluency_table(db)
    assert row.latest[FluencyArea.MARKET] == 2 and row.latest[FluencyArea.OFFERINGS] == 4
    assert row.latest[FluencyArea.CUSTOMER_NEEDS] is None
    assert FluencyArea.MARKET in row.weak and FluencyArea.OFFERINGS not in row.weak
    for bad in (0, 6, "x", None):
        with pytest.raises(ValidationError) as err:
            team.rate_fluency(db, ann, {FluencyArea.MARKET: bad})  # type: ignore[dict-item]
        assert err.value.field == "market"
    with pytest.raises(ValidationError):
        team.rate_fluency(db, ann, {})
    with pytest.raises(ValidationError):
        team.rate_fluency(db, ann, {FluencyArea.MARKET: 3}, rated_on="2026-02-30")


def test_account_matrix_rows_include_role_holders_not_on_the_core_team(db: Database, acme: int) -> None:
    ann, bob = member(db, "Ann"), member(db, "Bob")
    team.add_to_account_team(db, acme, ann)
    team.set_role(db, acme, bob, Role.INNOVATOR, P)
    with db.session() as session:  # a role holder without a team row (e.g. older data)
        from kam_desktop.store.models import AccountTeamMember

        session.delete(session.get(AccountTeamMember, (acme, bob)))
    matrix = team.account_matrix(db, acme)
    assert [(m.name, m.on_team) for m in matrix.members] == [("Ann", True), ("Bob", False)]


def test_advice_names_who_holds_the_role_on_other_accounts(db: Database, acme: int) -> None:
    other = create_account(db, AccountInput(name="Other")).id
    ann, bob, cy = member(db, "Ann"), member(db, "Bob"), member(db, "Cy")
    team.add_to_account_team(db, acme, ann)
    team.add_to_account_team(db, acme, bob)
    team.set_role(db, other, bob, Role.PROJECT_MANAGER, P)
    team.set_role(db, other, cy, Role.INNOVATOR, P)
    advice = {a.role: a for a in team.account_matrix(db, acme).advice}
    assert len(advice) == 6
    assert [c.name for c in advice[Role.PROJECT_MANAGER].candidates] == ["Bob"]
    assert [c.name for c in advice[Role.INNOVATOR].outside] == ["Cy"]


def test_portfolio_matrix_matches_the_portfolio_role_gaps(demo_db: Database) -> None:
    matrix = team.portfolio_matrix(demo_db)
    gaps = {r.id: r.role_gaps for r in load_portfolio(demo_db).rows if r.status is AccountStatus.KEY}
    assert {r.account_id: r.gap_count for r in matrix.rows} == gaps
    assert any(c.state is Coverage.UNCOVERED for r in matrix.rows for c in r.roles)
    assert list(matrix.counts) == list(Role)
    for role, count in matrix.counts.items():
        assert count.total == len(matrix.rows)
        assert count.uncovered == sum(
            1 for r in matrix.rows if r.roles[list(Role).index(role)].state is Coverage.UNCOVERED
        )
    assert {x.member_id for x in matrix.load} == {m.id for m in team.list_members(demo_db) if not m.archived}


def test_portfolio_matrix_ignores_archived_members_and_non_key_accounts(db: Database, acme: int) -> None:
    ann = member(db, "Ann")
    team.set_role(db, acme, ann, Role.PROJECT_MANAGER, P)
    plain = create_account(db, AccountInput(name="Plain")).id
    team.set_role(db, plain, ann, Role.INNOVATOR, P)
    matrix = team.portfolio_matrix(db)
    assert [r.name for r in matrix.rows] == ["Acme"]
    assert matrix.counts[Role.PROJECT_MANAGER].covered == 1
    assert (matrix.load[0].key_accounts, matrix.load[0].primary_roles) == (1, 1)
    team.archive_member(db, ann)
    matrix = team.portfolio_matrix(db)
    assert matrix.counts[Role.PROJECT_MANAGER].uncovered == 1 and matrix.load == ()
    assert [r.role_gaps for r in load_portfolio(db).rows if r.name == "Acme"] == [6]


def test_trashed_accounts_do_not_count(db: Database, acme: int) -> None:
    ann = member(db, "Ann")
    team.set_role(db, acme, ann, Role.PROJECT_MANAGER, P)
    delete_account(db, acme)
    assert team.portfolio_matrix(db).rows == ()
    assert team.get_member(db, ann).accounts == 0
    with pytest.raises(NotFoundError):
        team.account_matrix(db, acme)
