"""The Team section: people table, new/edit dialog, archive, delete, portfolio coverage, fluency."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kam_desktop.domain.enums import AccountStatus, FluencyArea, Role, RoleStrength
from kam_desktop.services import team
from kam_desktop.services.accounts import AccountInput, change_status, create_account
from kam_desktop.services.team import MemberInput
from kam_desktop.ui.common.context import Topic
from kam_desktop.ui.team import page as page_module
from kam_desktop.ui.team.member_dialog import MemberDialog
from kam_desktop.ui.team.page import TeamPage
from tests.gui.shots import assert_real_screenshot


def make_page(qtbot, ctx) -> TeamPage:  # type: ignore[no-untyped-def]
    page = TeamPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def names(page: TeamPage) -> list[str]:
    proxy = page.people.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def select(page: TeamPage, name: str) -> None:
    proxy = page.people.proxy
    row = names(page).index(name)
    page.people.view.setCurrentIndex(proxy.index(row, 0))


def test_empty_team_says_what_to_do_first(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx)
    assert page.people.stack.currentWidget() is page.people.empty
    page.show_coverage()
    assert page.coverage.stack.currentWidget() is page.coverage.empty


def test_member_dialog_validates_inline_and_saves(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = MemberDialog(ctx.db)
    qtbot.addWidget(dialog)
    dialog.name.setText("   ")
    dialog.email.setText("nope")
    dialog.save()
    assert "cannot be empty" in dialog.form.error_text("name")
    assert team.list_members(ctx.db) == ()
    dialog.name.setText("Erik Lindqvist")
    dialog.save()
    assert "name@example.com" in dialog.form.error_text("email")
    assert not dialog.form.error_text("name")
    dialog.email.setText("erik@ourco.example")
    dialog.function.setText("Project Manager")
    dialog.save()
    assert dialog.result() == MemberDialog.DialogCode.Accepted
    [member] = team.list_members(ctx.db)
    assert (member.name, member.function, member.email) == (
        "Erik Lindqvist",
        "Project Manager",
        "erik@ourco.example",
    )


def test_new_and_edit_through_the_page(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx)

    def fake_ask(db, member=None, parent=None):  # type: ignore[no-untyped-def]
        if member is None:
            return team.create_member(db, MemberInput("Ann"))
        return team.update_member(db, member.id, MemberInput("Ann Lee", "KAM"))

    monkeypatch.setattr(page_module.MemberDialog, "ask", staticmethod(fake_ask))
    page.people.empty.button.click()
    assert names(page) == ["Ann"]
    assert page.people.stack.currentIndex() == 0
    select(page, "Ann")
    page.people.edit_button.click()
    assert names(page) == ["Ann Lee"]


def test_archive_greys_and_hides_members_with_a_toggle(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    for n in ("Ann", "Bob"):
        team.create_member(ctx.db, MemberInput(n))
    page = make_page(qtbot, ctx)
    select(page, "Bob")
    page.people.archive_button.click()
    assert names(page) == ["Ann"]
    assert "archived" in page.people.message.text()
    page.people.show_archived.setChecked(True)
    assert names(page) == ["Ann", "Bob"]
    bob = page.people.proxy.index(1, 0)
    assert bob.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#9a9a9a"
    status_col = page.people.model.column_index("status")
    assert page.people.proxy.index(1, status_col).data() == "Archived"
    select(page, "Bob")
    assert page.people.archive_button.text() == "Unarchive"
    page.people.archive_button.click()
    assert not team.list_members(ctx.db)[1].archived


def test_delete_is_refused_while_assigned_and_offers_archive(qtbot, prompter, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    account = create_account(ctx.db, AccountInput(name="Acme")).id
    ann = team.create_member(ctx.db, MemberInput("Ann")).id
    team.create_member(ctx.db, MemberInput("Bob"))
    team.set_role(ctx.db, account, ann, Role.INNOVATOR, RoleStrength.PRIMARY)
    page = make_page(qtbot, ctx)

    select(page, "Ann")
    page.people.delete_button.click()
    assert "cannot be deleted" in prompter.questions[-1] and "Archive" in prompter.questions[-1]
    assert team.get_member(ctx.db, ann).archived  # archived instead, history kept
    assert team.account_matrix(ctx.db, account).members[0].strength(Role.INNOVATOR) is RoleStrength.PRIMARY
    select(page, "Bob")
    page.people.delete_button.click()
    assert names(page) == []  # Ann archived (hidden), Bob deleted
    assert page.people.undo_button.isVisible()
    page.people.undo_button.click()
    assert names(page) == ["Bob"]


def test_people_table_sorts_by_numbers(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    a = create_account(ctx.db, AccountInput(name="Acme")).id
    b = create_account(ctx.db, AccountInput(name="Beta")).id
    for n in ("Ann", "Bob", "Cy"):
        team.create_member(ctx.db, MemberInput(n))
    ids = {m.name: m.id for m in team.list_members(ctx.db)}
    for role in (Role.INNOVATOR, Role.COLLABORATOR):
        team.set_role(ctx.db, a, ids["Cy"], role, RoleStrength.PRIMARY)
        team.set_role(ctx.db, b, ids["Cy"], role, RoleStrength.PRIMARY)
    team.set_role(ctx.db, a, ids["Ann"], Role.INNOVATOR, RoleStrength.BACKUP)
    page = make_page(qtbot, ctx)
    column = page.people.model.column_index("primary")
    page.people.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert names(page)[0] == "Cy"
    assert page.people.proxy.index(0, column).data() == "4"


def test_portfolio_coverage_counts_usual_gaps_and_load(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, demo_ctx)
    page.show_coverage()
    cov = page.coverage
    assert page.tabs.currentWidget() is cov
    model = cov.model
    cells = [model.index(r, c).data() for r in range(model.totals_row) for c in range(1, 7)]
    assert "✖ Uncovered" in cells
    assert "usual gap" in model.headerData(4, Qt.Orientation.Horizontal)  # Project Manager
    assert "usual gap" not in model.headerData(1, Qt.Orientation.Horizontal)
    assert "The usual gaps" in cov.summary.text()
    counts_row = [model.index(model.totals_row, c).data() for c in range(1, 7)]
    assert all(" of " in text for text in counts_row)
    assert cov.load_model.rowCount() == len([m for m in team.list_members(demo_ctx.db) if not m.archived])
    overloaded = [x for x in cov.data.load if x.overloaded] if cov.data else []
    for x in overloaded:
        assert x.name in cov.load_summary.text()


def test_double_click_opens_the_accounts_team_tab(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, demo_ctx)
    page.show_coverage()
    index = page.coverage.model.index(0, 2)
    with qtbot.waitSignal(demo_ctx.open_account_requested) as blocker:
        page.coverage.view.doubleClicked.emit(index)
    assert blocker.args[1] == "Team & roles"


def test_fluency_editor_records_history(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    ann = team.create_member(ctx.db, MemberInput("Ann")).id
    team.rate_fluency(ctx.db, ann, {FluencyArea.MARKET: 4}, rated_on="2026-01-01")
    page = make_page(qtbot, ctx)
    page.tabs.setCurrentIndex(2)
    panel = page.fluency
    panel.select_member(ann)
    assert panel.history_model is not None and panel.history_model.rowCount() == 1
    market = 1 + list(FluencyArea).index(FluencyArea.MARKET)
    index = panel.proxy.index(0, market)
    assert panel.proxy.setData(index, 2)
    qtbot.waitUntil(lambda: panel.history_model is not None and panel.history_model.rowCount() == 2)
    assert panel.proxy.index(0, market).data() == "⚠ 2"
    assert "Weak areas for this team" in panel.summary.text()


@pytest.mark.parametrize("view", ["portfolio-roles", "roles:{key}"])
def test_screenshot_views_render(qtbot, demo_ctx, tmp_path, view) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.main_window import MainWindow
    from kam_desktop.ui.screenshot import render

    key = next(r for r in team.portfolio_matrix(demo_ctx.db).rows)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    out = tmp_path / "shot.png"
    render(window, view.format(key=key.name), str(out))
    assert_real_screenshot(out, size=None)
    if view == "portfolio-roles":
        assert window.current_section() == "Team"
        assert window.team_page.tabs.currentWidget() is window.team_page.coverage
    else:
        workspace = window.accounts_page.workspace
        assert workspace.tabs.tabText(workspace.tabs.currentIndex()).replace("&&", "&") == "Team & roles"
        tab = workspace.tab("Team & roles")
        assert tab.isVisible() and tab.model.rowCount() > 1


def test_key_account_status_matters(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    account = create_account(ctx.db, AccountInput(name="Acme")).id
    page = make_page(qtbot, ctx)
    page.show_coverage()
    assert page.coverage.stack.currentWidget() is page.coverage.empty
    change_status(ctx.db, account, AccountStatus.KEY)
    ctx.notify(Topic.ACCOUNTS)
    assert page.coverage.model.totals_row == 1
