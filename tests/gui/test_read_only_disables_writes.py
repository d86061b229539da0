"""A database open read-only: every button in an account's tabs that would write is disabled,
with a tooltip saying why, and stays so when the screen refreshes; the buttons that only read
or move around stay usable (fresh-eyes report: 'Reopen wizard' and 'Mark not done' were enabled
and only warned after the click). The notice says whose rights are missing: the user's, not an
account's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QPushButton

from kam_desktop.services.accounts import get_account
from kam_desktop.store.database import Database, open_database
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.main_window import MainWindow

WHY = "The database is open read-only, so this cannot be changed."


@pytest.fixture
def ro_ctx(demo_db: Database) -> Iterator[AppContext]:
    path = demo_db.path
    demo_db.close()
    db = open_database(path, read_only=True)
    yield AppContext(db)
    db.close()


def _buttons(widget) -> dict[str, QPushButton]:  # type: ignore[no-untyped-def]
    return {b.text(): b for b in widget.findChildren(QPushButton) if b.text()}


def test_every_writing_button_of_an_account_is_disabled_and_says_why(qtbot, ro_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ro_ctx)
    qtbot.addWidget(window)
    window.show()
    account = next(a for a in range(1, 26) if get_account(ro_ctx.db, a).account.status.value == "key")
    window.open_account(account)
    workspace = window.accounts_page.workspace
    overview = workspace.tab("Overview")
    qtbot.waitUntil(lambda: "Mark not done" in _buttons(overview))
    for text in ("Reopen wizard", "Mark not done"):
        button = _buttons(overview)[text]
        assert not button.isEnabled() and button.toolTip() == WHY, text
    ro_ctx.notify(Topic.PLAN)  # the cards are filled again (setEnabled(True) for a done phase)
    assert not _buttons(overview)["Mark not done"].isEnabled()
    assert _buttons(overview)["Mark not done"].toolTip() == WHY
    still_usable = {"◀ Previous", "Next ▶", "Add to calendar", "Export PDF…", "Print…", "✕"}
    for index, title in enumerate(workspace.tab_titles()):
        workspace.tabs.setCurrentIndex(index)
        for text, button in _buttons(workspace.tab(title)).items():
            if text in still_usable:
                continue
            assert not button.isEnabled(), (title, text)
            assert button.toolTip() == WHY, (title, text)
    research = _buttons(workspace.tab("Research"))
    assert research["Next ▶"].isEnabled() and research["◀ Previous"].isEnabled()
    assert _buttons(workspace.tab("Meeting prep"))["Export PDF…"].isEnabled()


def test_on_a_writable_database_the_buttons_are_usable(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_account(1)
    overview = window.accounts_page.workspace.tab("Overview")
    qtbot.waitUntil(lambda: any("wizard" in t for t in _buttons(overview)))
    wizard = next(b for t, b in _buttons(overview).items() if "wizard" in t)
    assert wizard.isEnabled() and wizard.toolTip() != WHY


def test_the_read_only_notice_names_the_user(qtbot, ro_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.common.data_safety import DataSafety

    window = MainWindow(ro_ctx)
    qtbot.addWidget(window)
    ro_ctx.db.read_only_reason = "it is in a place your user account on this computer cannot write to"
    safety = DataSafety(ro_ctx.db, window)
    safety.announce()
    assert safety.notice is not None
    assert safety.notice.text() == (
        f"{ro_ctx.db.path} is in a place your user account on this computer cannot write to, so it is "
        "open read-only: you can look at everything, but changes cannot be saved. To edit, copy it to a "
        "folder you can write to and open the copy."
    )
    safety.notice.close()


def _double_click_first_action(qtbot, ctx: AppContext, monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Double-click the first row of the Action plan tab's actions table; what tried to edit."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTableView

    from kam_desktop.ui.common import undo

    tried: list[str] = []
    monkeypatch.setattr(undo, "edited", lambda _ctx, kind, *_a, **_k: tried.append(kind) or False)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_account(1)
    workspace = window.accounts_page.workspace
    workspace.tabs.setCurrentIndex(workspace.tab_titles().index("Action plan"))
    tab = workspace.tab("Action plan")
    view = tab.findChild(QTableView, "actions_table")
    qtbot.waitUntil(lambda: view.model().rowCount() > 0 and view.isVisible())
    view.selectRow(0)
    point = view.visualRect(view.model().index(0, 0)).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    return tried


def test_a_double_click_on_a_table_opens_no_edit_dialog_when_read_only(
    qtbot, ro_ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert _double_click_first_action(qtbot, ro_ctx, monkeypatch) == []


def test_the_same_double_click_edits_when_writable(qtbot, demo_ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert _double_click_first_action(qtbot, demo_ctx, monkeypatch) != []
