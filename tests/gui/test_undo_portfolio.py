"""Edit > Undo / Redo of the portfolio's edits through the application's one undo stack:
the values go back and forth through the database, the menu names the command, and a refused
delete leaves nothing to undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kam_desktop.domain.enums import AccountStatus
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.services import accounts as svc
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.table_model import ROW_ROLE
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.portfolio.dialogs import AccountDialog, StatusDialog
from tests.gui.loading import wait_loaded
from tests.gui.press import press_ok, type_text


def _window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the Edit menu's shortcuts work in the active window
    wait_loaded(qtbot, window.portfolio_page)
    return window


def _cells(window: MainWindow, name: str) -> dict[str, str]:
    page = window.portfolio_page
    for r in range(page.proxy.rowCount()):
        row = page.proxy.index(r, 0).data(ROW_ROLE)
        if row.name == name:
            return {
                spec.key: str(page.proxy.index(r, c).data(Qt.ItemDataRole.DisplayRole))
                for c, spec in enumerate(page.model.columns)
            }
    return {}


def _press_undo(qtbot, window: MainWindow, focus=None) -> None:  # type: ignore[no-untyped-def]
    target = focus or window.portfolio_page.table
    window.activateWindow()  # as after a dialog closed
    qtbot.waitUntil(window.isActiveWindow)
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _press_redo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    target = window.portfolio_page.table
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target.setFocus()
    qtbot.keyClick(
        target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )


def test_undo_and_redo_an_account_edit_round_trip_through_the_database(
    qtbot, ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, ctx)
    created = svc.create_account(ctx.db, svc.AccountInput(name="Meridian Telecom BV", industry="Telecom"))
    ctx.notify(Topic.ACCOUNTS)
    wait_loaded(qtbot, window.portfolio_page)
    page = window.portfolio_page
    page.select_account(created.id)

    def edit(dialog_db, account, currency, parent):  # type: ignore[no-untyped-def]
        dialog = AccountDialog(dialog_db, account, currency, parent)
        dialog.show()
        type_text(qtbot, dialog.name, "Meridian Networks BV")
        type_text(qtbot, dialog.industry, "Networks")
        press_ok(qtbot, dialog)
        return dialog.result_value

    monkeypatch.setattr(AccountDialog, "ask", staticmethod(edit))
    page.edit_selected()
    wait_loaded(qtbot, window.portfolio_page)
    assert _cells(window, "Meridian Networks BV")["industry"] == "Networks"
    assert window.undo_actions.undo_action.text() == "&Undo Edit account “Meridian Telecom BV”"
    assert window.undo_actions.undo_action.isEnabled()

    _press_undo(qtbot, window)
    wait_loaded(qtbot, window.portfolio_page)
    stored = svc.get_account(ctx.db, created.id).account
    assert (stored.name, stored.industry) == ("Meridian Telecom BV", "Telecom")
    assert _cells(window, "Meridian Telecom BV")["industry"] == "Telecom"
    assert _cells(window, "Meridian Networks BV") == {}
    assert window.undo_actions.redo_action.text() == "&Redo Edit account “Meridian Telecom BV”"

    _press_redo(qtbot, window)
    wait_loaded(qtbot, window.portfolio_page)
    stored = svc.get_account(ctx.db, created.id).account
    assert (stored.name, stored.industry) == ("Meridian Networks BV", "Networks")
    assert _cells(window, "Meridian Networks BV")["industry"] == "Networks"


def test_undo_and_redo_a_promotion(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, ctx)
    created = svc.create_account(ctx.db, svc.AccountInput(name="Baltic Logistics"))
    ctx.notify(Topic.ACCOUNTS)
    wait_loaded(qtbot, window.portfolio_page)
    page = window.portfolio_page
    page.select_account(created.id)

    def promote(dialog_db, account, to_status, text, needs_reason, parent):  # type: ignore[no-untyped-def]
        dialog = StatusDialog(dialog_db, account, to_status, text, needs_reason, parent)
        dialog.show()
        press_ok(qtbot, dialog)
        return dialog.result_value

    monkeypatch.setattr(StatusDialog, "ask", staticmethod(promote))
    page.promote_selected()
    wait_loaded(qtbot, window.portfolio_page)
    assert svc.get_account(ctx.db, created.id).account.status is AccountStatus.KEY
    assert "1 of 10 key accounts" in page.cap_label.text()
    assert window.undo_actions.undo_action.text() == "&Undo Promote “Baltic Logistics” to key account"

    window.undo_actions.undo_action.trigger()  # Edit > Undo
    wait_loaded(qtbot, window.portfolio_page)
    assert svc.get_account(ctx.db, created.id).account.status is AccountStatus.CANDIDATE
    assert "0 of 10 key accounts" in page.cap_label.text()
    assert _cells(window, "Baltic Logistics")["status"] == "Candidate"
    assert svc.get_account(ctx.db, created.id).status_history == ()  # the promotion's record went with it

    window.undo_actions.redo_action.trigger()  # Edit > Redo
    wait_loaded(qtbot, window.portfolio_page)
    assert svc.get_account(ctx.db, created.id).account.status is AccountStatus.KEY
    assert "1 of 10 key accounts" in page.cap_label.text()
    assert _cells(window, "Baltic Logistics")["status"] == "Key"
    assert [h.to_status for h in svc.get_account(ctx.db, created.id).status_history] == [AccountStatus.KEY]


def test_delete_then_undo_and_the_recording_prompter_sees_the_question(
    qtbot, ctx: AppContext, prompter
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, ctx)
    created = svc.create_account(ctx.db, svc.AccountInput(name="Kestrel Foods"))
    ctx.notify(Topic.ACCOUNTS)
    wait_loaded(qtbot, window.portfolio_page)
    page = window.portfolio_page
    page.select_account(created.id)
    qtbot.mouseClick(page.buttons["delete"], Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window.portfolio_page)
    assert prompter.asked == [
        (
            "Delete account",
            "Move Kestrel Foods and its whole plan to the trash?\n\nYou can undo this (Ctrl+Z) or "
            "restore it from the trash later.",
        )
    ]
    assert _cells(window, "Kestrel Foods") == {}
    assert window.undo_actions.undo_action.text() == "&Undo Delete account “Kestrel Foods”"
    _press_undo(qtbot, window)
    wait_loaded(qtbot, window.portfolio_page)
    assert _cells(window, "Kestrel Foods")["name"] == "Kestrel Foods"
    assert svc.get_account(ctx.db, created.id).account.name == "Kestrel Foods"


def test_a_refused_delete_leaves_nothing_to_undo(qtbot, ctx: AppContext, prompter) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, ctx)
    created = svc.create_account(ctx.db, svc.AccountInput(name="Gone Already GmbH"))
    ctx.notify(Topic.ACCOUNTS)
    wait_loaded(qtbot, window.portfolio_page)
    page = window.portfolio_page
    page.select_account(created.id)
    svc.delete_account(ctx.db, created.id)  # behind the page's back: its row is stale
    page.delete_selected()
    assert not ctx.undo_stack.canUndo()
    assert ctx.undo_stack.count() == 0
    assert not window.undo_actions.undo_action.isEnabled()
    assert window.undo_actions.undo_action.text() == "&Undo"
    assert [title for title, _text in prompter.warned] == ["Not deleted"]


def test_declining_the_question_deletes_nothing(qtbot, ctx: AppContext, prompter) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, ctx)
    created = svc.create_account(ctx.db, svc.AccountInput(name="Stays Put SpA"))
    ctx.notify(Topic.ACCOUNTS)
    wait_loaded(qtbot, window.portfolio_page)
    window.portfolio_page.select_account(created.id)
    prompter.answer = False
    window.portfolio_page.delete_selected()
    assert len(prompter.asked) == 1
    assert svc.get_account(ctx.db, created.id).account.name == "Stays Put SpA"
    assert ctx.undo_stack.count() == 0


def test_ctrl_z_in_a_text_field_undoes_the_typing_not_the_stack(qtbot, ctx: AppContext, prompter) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, ctx)
    created = svc.create_account(ctx.db, svc.AccountInput(name="Typing Test Ltd"))
    ctx.notify(Topic.ACCOUNTS)
    wait_loaded(qtbot, window.portfolio_page)
    window.portfolio_page.select_account(created.id)
    window.portfolio_page.delete_selected()
    assert ctx.undo_stack.canUndo()
    field: QLineEdit = window.portfolio_page.filter
    field.setFocus()
    qtbot.keyClicks(field, "abc")
    _press_undo(qtbot, window, focus=field)
    assert field.text() == ""  # the field's own undo took the key
    assert ctx.undo_stack.canUndo()  # the delete is still undoable
    with pytest.raises(NotFoundError):
        svc.find_account_id(ctx.db, "Typing Test Ltd")
