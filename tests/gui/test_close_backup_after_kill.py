"""The window's close: the file is closed (its -wal checkpointed into it) before the close
backup, so a clean close leaves nothing for the next session to back up, while the edits of
a session that was killed are backed up when the next one closes, even without an edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.store import backup as store_backup
from kam_desktop.store.database import open_database
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.data_safety import DataSafety
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.workspace import Workspace

pytestmark = pytest.mark.gui


def _session(qtbot, path: Path, edit: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Open ``path`` in a window with its backup duties, edit (maybe), close as on quitting."""
    db = open_database(path)
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    workspace = Workspace(window, db)
    workspace.safety = DataSafety(db, window)
    if edit is not None:
        create_account(db, AccountInput(name=edit))
    workspace.close()


def test_close_backs_up_changes_once_and_a_killed_sessions_edit_later(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kam.sqlite"
    _session(qtbot, path, edit="First AG")
    assert [b.reason for b in store_backup.list_backups(path)] == ["auto"]
    _session(qtbot, path)  # no edit: nothing to back up
    _session(qtbot, path)
    assert len(store_backup.list_backups(path)) == 1
    # a session killed after an edit: its unit of work is in the file, no close backup ran
    killed = open_database(path)
    create_account(killed, AccountInput(name="Killed Session AG"))
    killed.engine.dispose()  # (no close: the session record stays, as after a kill)
    _session(qtbot, path)  # closed without an edit: the killed session's edit is backed up
    made = store_backup.list_backups(path)
    assert len(made) == 2
    assert store_backup.count_accounts(made[0].path) == 2
