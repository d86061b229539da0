"""Edit… on an account while another program holds the file with an exclusive lock: the
message says the file is in use (no change claimed lost), no form opens, and nothing is
logged as an unexpected error."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from kam_desktop.services import accounts as svc
from kam_desktop.store import database as database_module
from kam_desktop.ui.common import errors as errors_module
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.portfolio.dialogs import AccountDialog
from tests.gui.loading import wait_loaded

pytestmark = pytest.mark.gui


def test_edit_under_an_exclusive_lock_says_the_file_is_in_use(
    qtbot, ctx: AppContext, monkeypatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    created = svc.create_account(ctx.db, svc.AccountInput(name="Held AG"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    wait_loaded(qtbot, window.portfolio_page)
    window.portfolio_page.select_account(created.id)
    shown: list[str] = []
    monkeypatch.setattr(errors_module, "show_error", lambda _parent, message, title="": shown.append(message))
    monkeypatch.setattr(
        AccountDialog, "ask", staticmethod(lambda *_a: pytest.fail("no form without the data"))
    )
    monkeypatch.setattr(database_module, "GUI_READ_BUSY_MS", 50)
    other = sqlite3.connect(ctx.db.path, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE account SET description = 'x' WHERE id = ?", (created.id,))
        with caplog.at_level(logging.ERROR):
            window.portfolio_page.edit_selected()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert shown == [
        f"{ctx.db.path} is in use by another program right now (it holds the file locked), so it could "
        "not be read. Nothing was changed: close the other program (or wait a moment) and try again."
    ]
    assert "unexpected error" not in caplog.text
