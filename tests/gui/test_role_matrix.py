"""The account role matrix (Team & roles tab) and the role models, driven like a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from kam_desktop.domain.coverage import Coverage
from kam_desktop.domain.enums import AccountStatus, FluencyArea, Role, RoleStrength
from kam_desktop.services import team
from kam_desktop.services.accounts import AccountInput, change_status, create_account
from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.services.team import MemberInput, MemberView
from kam_desktop.ui.team import account_roles_tab
from kam_desktop.ui.team.account_roles_tab import Tab
from kam_desktop.ui.team.models import (
    ACCOUNT_ID_ROLE,
    AccountMatrixModel,
    FluencyModel,
    HistoryModel,
    LoadModel,
    MemberTableModel,
    PortfolioMatrixModel,
)

ROLES = list(Role)


@pytest.fixture
def acme(ctx):  # type: ignore[no-untyped-def]
    account = create_account(ctx.db, AccountInput(name="Acme"))
    change_status(ctx.db, account.id, AccountStatus.KEY)
    ann = team.create_member(ctx.db, MemberInput("Ann", "Project Manager")).id
    bob = team.create_member(ctx.db, MemberInput("Bob", "Engineer")).id
    team.add_to_account_team(ctx.db, account.id, ann)
    team.add_to_account_team(ctx.db, account.id, bob)
    return account.id, ann, bob


def make_tab(qtbot, ctx, account_id: int) -> Tab:  # type: ignore[no-untyped-def]
    tab = Tab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    tab.show()
    tab.set_account(account_id)
    return tab


def totals(tab: Tab, role: Role) -> str:
    return str(tab.model.index(tab.model.totals_row, 1 + ROLES.index(role)).data())


def row_of(tab: Tab, member_id: int) -> int:
    return next(i for i, m in enumerate(tab.model.members) if m.id == member_id)


def click(qtbot, tab: Tab, row: int, role: Role) -> None:  # type: ignore[no-untyped-def]
    index = tab.model.index(row, 1 + ROLES.index(role))
    rect = tab.view.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_matrix_models_pass_the_model_tester(qtmodeltester, demo_db) -> None:  # type: ignore[no-untyped-def]
    portfolio = team.portfolio_matrix(demo_db)
    account = AccountMatrixModel()
    account.set_matrix(team.account_matrix(demo_db, portfolio.rows[0].account_id))
    qtmodeltester.check(account)
    matrix = PortfolioMatrixModel()
    matrix.set_matrix(portfolio)
    qtmodeltester.check(matrix)
    load = LoadModel()
    load.set_rows(portfolio.load)
    qtmodeltester.check(load)
    members = MemberTableModel()
    members.set_rows(team.list_members(demo_db))
    qtmodeltester.check(members)
    fluency = FluencyModel()
    fluency.set_rows(team.fluency_table(demo_db))
    qtmodeltester.check(fluency)
    history = HistoryModel()
    history.set_rows(team.fluency_history(demo_db, portfolio.load[0].member_id))
    qtmodeltester.check(history)
    empty = AccountMatrixModel()
    qtmodeltester.check(empty)


def test_totals_row_shows_state_in_words(qtbot, ctx, acme) -> None:  # type: ignore[no-untyped-def]
    account_id, _ann, _bob = acme
    tab = make_tab(qtbot, ctx, account_id)
    assert tab.model.rowCount() == 3  # Ann, Bob, totals
    assert totals(tab, Role.PROJECT_MANAGER) == "✖ Uncovered"
    assert "lacks 6 of the 6 roles" in tab.summary.text()
    header_tip = tab.model.headerData(
        1 + ROLES.index(Role.INNOVATOR), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "new ways to create value" in header_tip
    assert "Opens doors" in tab.roles_help.text()  # the role descriptions are on the tab


def test_clicking_a_cell_cycles_the_assignment_and_the_totals_row(qtbot, ctx, acme) -> None:  # type: ignore[no-untyped-def]
    account_id, ann, _bob = acme
    tab = make_tab(qtbot, ctx, account_id)
    row = row_of(tab, ann)
    with qtbot.waitSignal(ctx.changed):
        click(qtbot, tab, row, Role.PROJECT_MANAGER)
    assert tab.model.index(row, 1 + ROLES.index(Role.PROJECT_MANAGER)).data() == "● Primary"
    assert totals(tab, Role.PROJECT_MANAGER) == "✔ Covered"
    assert team.account_matrix(ctx.db, account_id).cell(Role.PROJECT_MANAGER).state is Coverage.COVERED
    click(qtbot, tab, row, Role.PROJECT_MANAGER)
    assert totals(tab, Role.PROJECT_MANAGER) == "◐ Thin"
    click(qtbot, tab, row, Role.PROJECT_MANAGER)
    assert totals(tab, Role.PROJECT_MANAGER) == "✖ Uncovered"
    assert team.account_matrix(ctx.db, account_id).members[row].roles == {}


def test_keyboard_and_context_menu_set_the_strength(qtbot, ctx, acme) -> None:  # type: ignore[no-untyped-def]
    account_id, ann, bob = acme
    tab = make_tab(qtbot, ctx, account_id)
    index = tab.model.index(row_of(tab, bob), 1 + ROLES.index(Role.INNOVATOR))
    menu = tab.build_menu(index)
    backup = next(a for a in menu.actions() if a.data() == "backup")
    backup.trigger()
    assert totals(tab, Role.INNOVATOR) == "◐ Thin"
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(row_of(tab, ann), 1 + ROLES.index(Role.INNOVATOR)))
    qtbot.keyClick(tab.view, Qt.Key.Key_P)
    assert totals(tab, Role.INNOVATOR) == "✔ Covered"
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert totals(tab, Role.INNOVATOR) == "◐ Thin"


def test_gap_advice_names_who_plays_the_role_elsewhere(qtbot, ctx, acme) -> None:  # type: ignore[no-untyped-def]
    account_id, ann, _bob = acme
    other = create_account(ctx.db, AccountInput(name="Other")).id
    team.set_role(ctx.db, other, ann, Role.PROJECT_MANAGER, RoleStrength.PRIMARY)
    tab = make_tab(qtbot, ctx, account_id)
    advice = tab.advice.text()
    line = next(line for line in advice.split("<br>") if "Project Manager" in line)
    assert "Ann (primary on 1 other account)" in line
    assert "Uncovered" in line


def test_add_new_and_remove_team_members(qtbot, prompter, ctx, acme, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    account_id, _ann, _bob = acme
    cy = team.create_member(ctx.db, MemberInput("Cy")).id
    tab = make_tab(qtbot, ctx, account_id)
    assert tab.add_combo.findData(cy) >= 0
    tab.add_combo.setCurrentIndex(tab.add_combo.findData(cy))
    tab.add_button.click()
    assert "Cy" in [m.name for m in tab.model.members]
    assert not tab.add_button.isEnabled()  # everyone is on the account now

    def fake_ask(db, member=None, parent=None):  # type: ignore[no-untyped-def]
        return team.create_member(db, MemberInput("Dee", "Innovation Lead"))

    monkeypatch.setattr(account_roles_tab.MemberDialog, "ask", staticmethod(fake_ask))
    tab.new_button.click()
    assert "Dee" in [m.name for m in tab.model.members]

    dee = next(m.id for m in tab.model.members if m.name == "Dee")
    tab.cycle_cell(row_of(tab, dee), 1 + ROLES.index(Role.INNOVATOR))
    assert totals(tab, Role.INNOVATOR) == "✔ Covered"
    tab.remove_member(dee)
    assert "Dee" not in [m.name for m in tab.model.members]
    assert totals(tab, Role.INNOVATOR) == "✖ Uncovered"
    assert tab.undo_button.isVisible()
    tab.undo_button.click()
    assert "Dee" in [m.name for m in tab.model.members]
    assert totals(tab, Role.INNOVATOR) == "✔ Covered"


def test_archiving_keeps_history_and_removes_from_new_assignments(qtbot, ctx, acme) -> None:  # type: ignore[no-untyped-def]
    account_id, ann, _bob = acme
    team.set_role(ctx.db, account_id, ann, Role.RESULTS_DRIVER, RoleStrength.PRIMARY)
    team.archive_member(ctx.db, ann)
    tab = make_tab(qtbot, ctx, account_id)
    row = row_of(tab, ann)
    cell = tab.model.index(row, 1 + ROLES.index(Role.RESULTS_DRIVER))
    assert "archived" in cell.data()  # the history is still shown...
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#9a9a9a"  # ...greyed
    assert totals(tab, Role.RESULTS_DRIVER) == "✖ Uncovered"  # ...and covers nothing
    assert tab.add_combo.findData(ann) < 0
    click(qtbot, tab, row, Role.INNOVATOR)  # no new assignment for an archived member
    assert tab.message.isVisible() and "archived" in tab.message.text()
    assert team.account_matrix(ctx.db, account_id).members[row].strength(Role.INNOVATOR) is None
    menu = tab.build_menu(cell)
    assert not next(a for a in menu.actions() if a.data() == "primary").isEnabled()
    next(a for a in menu.actions() if a.data() == "none").trigger()  # clearing old history is allowed
    assert tab.model.members[row_of(tab, ann)].roles == {}
    assert team.account_matrix(ctx.db, account_id).members[row_of(tab, ann)].archived


def test_team_fluency_shows_weak_areas_and_records_new_ratings(qtbot, ctx, acme) -> None:  # type: ignore[no-untyped-def]
    account_id, ann, bob = acme
    team.rate_fluency(ctx.db, ann, {a: 4 for a in FluencyArea})
    team.rate_fluency(ctx.db, bob, {FluencyArea.MARKET: 1})
    tab = make_tab(qtbot, ctx, account_id)
    model = tab.fluency.model
    bob_row = next(i for i, r in enumerate(model.rows) if r.member_id == bob)
    market = 1 + list(FluencyArea).index(FluencyArea.MARKET)
    assert model.index(bob_row, market).data() == "⚠ 1"
    assert model.index(bob_row, market).data(Qt.ItemDataRole.BackgroundRole) is not None
    ann_row = next(i for i, r in enumerate(model.rows) if r.member_id == ann)
    model.setData(model.index(ann_row, market), 2)
    ann_row = next(i for i, r in enumerate(tab.fluency.model.rows) if r.member_id == ann)
    assert tab.fluency.model.index(ann_row, market).data() == "⚠ 2"
    assert "Weak areas for this team" in tab.fluency.summary.text()
    assert len(team.fluency_history(ctx.db, ann)) == 6  # a new dated row; the old one kept


def test_demo_portfolio_gap_can_be_closed_from_the_account_matrix(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.team.page import TeamPage

    page = TeamPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.show_coverage()
    pmodel = page.coverage.model
    target: tuple[int, int, Role] | None = None
    for r in range(pmodel.totals_row):
        for c, role in enumerate(ROLES, start=1):
            if pmodel.index(r, c).data() == "✖ Uncovered":
                target = (r, c, role)
                break
        if target:
            break
    assert target is not None, "the demo portfolio shows at least one uncovered role"
    prow, pcol, role = target
    account_id = pmodel.index(prow, 0).data(ACCOUNT_ID_ROLE)
    gaps_before = next(r.role_gaps for r in load_portfolio(demo_ctx.db).rows if r.id == account_id)

    tab = make_tab(qtbot, demo_ctx, account_id)
    live = next(i for i, m in enumerate(tab.model.members) if not m.archived)
    click(qtbot, tab, live, role)
    assert totals(tab, role) == "✔ Covered"
    qtbot.waitUntil(lambda: pmodel.index(prow, pcol).data() == "✔ Covered")  # the Team page refreshed
    gaps_after = next(r.role_gaps for r in load_portfolio(demo_ctx.db).rows if r.id == account_id)
    assert gaps_after == gaps_before - 1


def test_a_trashed_account_shows_a_message_not_a_crash(qtbot, ctx, acme) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.accounts import delete_account

    account_id, _ann, _bob = acme
    delete_account(ctx.db, account_id)
    tab = make_tab(qtbot, ctx, account_id)
    assert "no longer exists" in tab.summary.text()
    assert tab.model.rowCount(QModelIndex()) == 0


def test_member_views_are_frozen_read_models() -> None:
    assert MemberView.__dataclass_params__.frozen  # type: ignore[attr-defined]


def test_hostile_names_are_shown_as_text(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import hostile_strings

    account = create_account(ctx.db, AccountInput(name="Acme")).id
    other = create_account(ctx.db, AccountInput(name="Other")).id
    from kam_desktop.domain.errors import ConflictError, ValidationError
    from tests.hostile import one_line_ok

    added = 0
    seen: set[str] = set()
    for text in hostile_strings():
        cmd = MemberInput(name=text, function=text)
        if not one_line_ok(text):  # the oracle: empty, too long or control characters
            with pytest.raises(ValidationError):
                team.create_member(ctx.db, cmd)
            continue
        if text.strip().lower() in seen:  # the same name again
            with pytest.raises(ConflictError):
                team.create_member(ctx.db, cmd)
            continue
        seen.add(text.strip().lower())
        member = team.create_member(ctx.db, cmd)
        assert (member.name, member.function) == (text.strip(), text.strip())
        team.add_to_account_team(ctx.db, account, member.id)
        team.set_role(ctx.db, other, member.id, Role.INNOVATOR, RoleStrength.PRIMARY)
        added += 1
    assert added > 10
    tab = make_tab(qtbot, ctx, account)
    assert tab.model.rowCount() == added + 1
    assert "<img" not in tab.advice.text() and "<script" not in tab.advice.text()
    names = {m.name.lstrip("\ufeff") for m in tab.model.members}  # Qt drops a leading BOM
    for r in range(tab.model.rowCount() - 1):
        assert str(tab.model.index(r, 0).data()).rstrip(" *") in names


def test_inside_the_workspace_undo_survives_the_refresh(qtbot, prompter, ctx, acme, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.workspace import AccountWorkspace

    account_id, ann, _bob = acme
    workspace = AccountWorkspace(ctx)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 800)
    workspace.show()
    workspace.set_account(account_id, "Team & roles")
    tab = workspace.tab("Team & roles")
    assert isinstance(tab, Tab) and tab.model.rowCount() == 3
    qtbot.waitUntil(tab.isVisible)
    tab.cycle_cell(row_of(tab, ann), 1 + ROLES.index(Role.PROJECT_MANAGER))
    assert totals(tab, Role.PROJECT_MANAGER) == "✔ Covered"
    tab.remove_member(ann)
    assert tab.undo_button.isVisible()
    tab.undo_button.click()
    assert totals(tab, Role.PROJECT_MANAGER) == "✔ Covered"
