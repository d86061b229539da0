"""Portfolio: model, filtering, sorting, and the create-assess-promote-undo flow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kam_desktop.domain.enums import AccountStatus, Factor
from kam_desktop.services import accounts as svc
from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.table_model import ROW_ROLE
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.portfolio.dialogs import AccountDialog, AssessmentDialog, StatusDialog
from kam_desktop.ui.portfolio.model import PortfolioFilterProxy, PortfolioModel
from tests.gui.loading import wait_loaded
from tests.gui.press import press_ok, type_text


def test_portfolio_model_passes_the_model_tester(qtmodeltester, demo_db) -> None:  # type: ignore[no-untyped-def]
    model = PortfolioModel()
    model.set_rows(load_portfolio(demo_db).rows)
    qtmodeltester.check(model)
    proxy = PortfolioFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def _names(proxy: PortfolioFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(ROW_ROLE).name for r in range(proxy.rowCount())]


def test_sort_by_score_and_filter_by_text(qapp, demo_db) -> None:  # type: ignore[no-untyped-def]
    model = PortfolioModel()
    rows = load_portfolio(demo_db).rows
    model.set_rows(rows)
    proxy = PortfolioFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(model.column_index("score"), Qt.SortOrder.DescendingOrder)
    scores = [proxy.index(r, 0).data(ROW_ROLE).score.value or -1 for r in range(proxy.rowCount())]
    assert scores == sorted(scores, reverse=True)
    industry = rows[0].industry
    proxy.set_text(industry.upper())
    expected = sorted(
        r.name for r in rows if industry.casefold() in f"{r.name} {r.industry} {r.region}".casefold()
    )
    assert sorted(_names(proxy)) == expected
    proxy.set_text("")
    proxy.set_statuses(frozenset({AccountStatus.KEY}))
    assert {proxy.index(r, 0).data(ROW_ROLE).status for r in range(proxy.rowCount())} == {AccountStatus.KEY}


def test_create_assess_promote_sort_filter_and_undo_delete(
    qtbot, ctx: AppContext, monkeypatch, prompter
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.portfolio_page
    db = ctx.db
    svc.create_account(db, svc.AccountInput(name="Already There Ltd"))
    other = svc.create_account(db, svc.AccountInput(name="Second Best SA"))
    svc.add_assessment(db, other.id, {Factor.FIT: 3})
    ctx.notify(Topic.ACCOUNTS)
    wait_loaded(qtbot, page)

    # create through the real dialog, with one invalid attempt first
    def fill_account(dialog_db, account, currency, parent):  # type: ignore[no-untyped-def]
        dialog = AccountDialog(dialog_db, account, currency, parent)
        dialog.show()
        type_text(qtbot, dialog.name, "Meridian Telecom BV")
        type_text(qtbot, dialog.revenue, "-5")
        press_ok(qtbot, dialog)
        assert dialog.form.error_text("current_revenue") == "Current revenue cannot be negative."
        assert dialog.isVisible() and dialog.result_value is None
        type_text(qtbot, dialog.revenue, "2500000")
        press_ok(qtbot, dialog)
        return dialog.result_value

    monkeypatch.setattr(AccountDialog, "ask", staticmethod(fill_account))
    page.new_account()
    wait_loaded(qtbot, page)  # the new row is selected once the reload shows it
    created = svc.find_account_id(db, "Meridian Telecom BV")
    assert page.selected_row() is not None and page.selected_row().id == created

    def fill_assessment(dialog_db, account_id, weights, parent):  # type: ignore[no-untyped-def]
        dialog = AssessmentDialog(dialog_db, account_id, weights, parent)
        for factor in Factor:
            dialog.set_rating(factor, 5 if factor is not Factor.RELATIVE_EFFORT else 1)
        assert "100.0" in dialog.preview.text()
        dialog.show()
        press_ok(qtbot, dialog)
        return dialog.result_value

    monkeypatch.setattr(AssessmentDialog, "ask", staticmethod(fill_assessment))
    page.assess_selected()
    wait_loaded(qtbot, page)

    def fill_status(dialog_db, account, to_status, text, needs_reason, parent):  # type: ignore[no-untyped-def]
        dialog = StatusDialog(dialog_db, account, to_status, text, needs_reason, parent)
        dialog.show()
        press_ok(qtbot, dialog)
        return dialog.result_value

    monkeypatch.setattr(StatusDialog, "ask", staticmethod(fill_status))
    page.promote_selected()
    wait_loaded(qtbot, page)
    assert "1 of 10 key accounts" in page.cap_label.text()

    # sorted by score, it is at the top
    page.table.sortByColumn(page.model.column_index("score"), Qt.SortOrder.DescendingOrder)
    top = page.proxy.index(0, 0).data(ROW_ROLE)
    assert top.name == "Meridian Telecom BV" and top.status is AccountStatus.KEY and top.score.value == 100.0

    # filter
    page.filter.setText("meridian")
    assert page.proxy.rowCount() == 1
    page.filter.setText("")
    assert page.proxy.rowCount() == 3

    # delete (confirmed), then undo
    page.select_account(created)
    page.delete_selected()
    wait_loaded(qtbot, page)
    assert page.proxy.rowCount() == 2
    assert page.undo_button.isEnabled()
    page.undo()
    wait_loaded(qtbot, page)
    assert page.proxy.rowCount() == 3
    assert svc.get_account(db, created).account.status is AccountStatus.KEY


def test_promotion_beyond_the_cap_needs_a_reason_in_the_dialog(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.program import ProgramInput, update_program

    update_program(ctx.db, ProgramInput(key_account_cap=1, currency="EUR"))
    first = svc.create_account(ctx.db, svc.AccountInput(name="First"))
    svc.change_status(ctx.db, first.id, AccountStatus.KEY)
    second = svc.create_account(ctx.db, svc.AccountInput(name="Second"))
    dialog = StatusDialog(ctx.db, svc.get_account(ctx.db, second.id).account, AccountStatus.KEY, "", True)
    qtbot.addWidget(dialog)
    dialog.show()
    press_ok(qtbot, dialog)
    assert (
        dialog.error.text()
        == "You already have 1 of 1 key accounts. Write why Second deserves a place beyond the cap."
    )
    assert svc.get_account(ctx.db, second.id).account.status is AccountStatus.CANDIDATE
    type_text(qtbot, dialog.reason, "Flagship logo in a new industry")
    press_ok(qtbot, dialog)
    assert svc.get_account(ctx.db, second.id).account.status is AccountStatus.KEY


def test_chart_click_selects_the_account(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1400, 880)
    window.show()
    page = window.portfolio_page
    wait_loaded(qtbot, page)
    chart = page.chart
    bubble = chart.chart_layout().bubbles[-1]
    with qtbot.waitSignal(chart.account_clicked) as blocker:
        from PySide6.QtCore import QPoint
        from PySide6.QtTest import QTest

        QTest.mouseClick(
            chart,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(int(bubble.x), int(bubble.y)),
        )
    assert blocker.args == [bubble.id]
    assert page.selected_row() is not None and page.selected_row().id == bubble.id


@pytest.mark.parametrize("weight", [0.0, 60.0])
def test_weights_editor_previews_and_saves(qtbot, demo_ctx: AppContext, weight: float) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.program import get_program
    from kam_desktop.ui.portfolio.weights import WeightsDialog

    dialog = WeightsDialog(demo_ctx.db)
    qtbot.addWidget(dialog)
    before = [dialog.after.item(i).text() for i in range(dialog.after.count())]
    dialog.spins[Factor.LOGO_ATTRACTIVENESS].setValue(weight)
    after = [dialog.after.item(i).text() for i in range(dialog.after.count())]
    assert before != after
    dialog._on_save()
    assert get_program(demo_ctx.db).weights[Factor.LOGO_ATTRACTIVENESS] == weight


def test_buying_centres_add_refuse_duplicate_remove_and_undo(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.portfolio.buying_centres import BuyingCentresDialog

    account = svc.create_account(ctx.db, svc.AccountInput(name="Centres SpA"))
    dialog = BuyingCentresDialog(ctx.db, account.id)
    qtbot.addWidget(dialog)
    dialog.name.setText("Plant Gdańsk")
    dialog.kind.setText("site")
    dialog.add()
    dialog.name.setText("plant gdańsk")
    dialog.add()
    assert "already has" in dialog.error.text()
    dialog.name.setText("")
    dialog.add()
    assert "cannot be empty" in dialog.error.text()
    assert dialog.names() == ["Plant Gdańsk"]
    dialog.list.setCurrentRow(0)
    dialog.remove()
    assert dialog.names() == []
    dialog.undo_remove()
    assert dialog.names() == ["Plant Gdańsk"]
    assert [c.name for c in svc.list_buying_centres(ctx.db, account.id)] == ["Plant Gdańsk"]


def test_changing_a_status_asks_in_words_that_fit_the_change(  # type: ignore[no-untyped-def]
    qtbot, ctx: AppContext, monkeypatch
) -> None:
    """Demoting or archiving a key account asks why it no longer is one (the placeholder said
    why it deserves a place beyond the cap); a name ending in a full stop ends the sentence
    with one ("Cobalt Aerospace S.p.A.", not "S.p.A..")."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.portfolio_page
    key = svc.create_account(ctx.db, svc.AccountInput(name="Meridian Telecom BV"))
    svc.change_status(ctx.db, key.id, AccountStatus.KEY, "our largest customer")
    other = svc.create_account(ctx.db, svc.AccountInput(name="Cobalt Aerospace S.p.A."))
    ctx.notify(Topic.ACCOUNTS)
    wait_loaded(qtbot, page)
    asked: list[tuple[str, str]] = []

    def look(dialog_db, account, to_status, text, needs_reason, parent):  # type: ignore[no-untyped-def]
        dialog = StatusDialog(dialog_db, account, to_status, text, needs_reason, parent)
        asked.append((text, dialog.reason.placeholderText()))
        dialog.deleteLater()
        return None

    monkeypatch.setattr(StatusDialog, "ask", staticmethod(look))
    page.select_account(key.id)
    page.demote_selected()
    page.archive_selected()
    assert [placeholder for _text, placeholder in asked] == [
        "Required: why this account is no longer a key account."
    ] * 2
    page.select_account(other.id)
    page.archive_selected()
    assert asked[-1][0] == "Change the status of Cobalt Aerospace S.p.A."
    assert asked[-1][1] == "Reason (recorded with the date)."
