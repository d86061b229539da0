"""Data safety in the GUI: trash, restore, check, menus, second instance, read-only notice,
the offer of a good backup for a damaged file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from kam_desktop.services import trash
from kam_desktop.services.accounts import AccountInput, create_account, delete_account
from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.store import backup as store_backup
from kam_desktop.store.database import open_database
from kam_desktop.ui.common import restore_dialog as restore_module
from kam_desktop.ui.common.check_dialog import CheckDialog
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.restore_dialog import RestoreDialog, offer_restore_for_damaged
from kam_desktop.ui.common.single_instance import Outcome, SingleInstance
from kam_desktop.ui.common.trash_dialog import TrashDialog

pytestmark = pytest.mark.gui


def _names(ctx: AppContext) -> set[str]:
    return {r.name for r in load_portfolio(ctx.db).rows}


# --- trash ---------------------------------------------------------------------------------


def test_trash_dialog_restores_and_deletes_permanently(qtbot, qtmodeltester, demo_ctx, prompter) -> None:  # type: ignore[no-untyped-def]
    rows = load_portfolio(demo_ctx.db).rows
    first, second = rows[0], rows[1]
    delete_account(demo_ctx.db, first.id)
    delete_account(demo_ctx.db, second.id)
    dialog = TrashDialog(demo_ctx)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    assert not dialog.empty_label.isVisibleTo(dialog)

    dialog.select_item("account", first.id)
    with qtbot.waitSignal(demo_ctx.changed) as signal:
        dialog.restore_button.click()
    assert Topic.ACCOUNTS in signal.args[0]
    assert first.name in _names(demo_ctx)
    assert dialog.model.rowCount() == 1

    dialog.select_item("account", second.id)
    prompter.answer = False
    dialog.delete_button.click()
    assert len(prompter.questions) == 1 and "cannot be undone" in prompter.questions[0]
    assert [i.id for i in trash.list_trash(demo_ctx.db)] == [second.id]  # refused: nothing deleted

    prompter.answer = True
    dialog.select_item("account", second.id)
    dialog.delete_button.click()
    assert trash.list_trash(demo_ctx.db) == ()
    assert dialog.empty_label.isVisibleTo(dialog)
    assert second.name not in _names(demo_ctx)


def test_trash_filter_and_empty_trash(qtbot, ctx, prompter) -> None:  # type: ignore[no-untyped-def]
    for name in ("Alpha AG", "Beta GmbH", "Gamma SA"):
        delete_account(ctx.db, create_account(ctx.db, AccountInput(name=name)).id)
    dialog = TrashDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.filter.setText("beta")
    assert dialog.proxy.rowCount() == 1
    dialog.filter.clear()
    dialog.empty_button.click()
    assert trash.list_trash(ctx.db) == ()


# --- restore -------------------------------------------------------------------------------


def test_restore_dialog_lists_backups_and_restores_one(qtbot, qtmodeltester, ctx, prompter) -> None:  # type: ignore[no-untyped-def]
    create_account(ctx.db, AccountInput(name="Kept AG"))
    store_backup.make_backup(ctx.db.path, reason="manual")
    create_account(ctx.db, AccountInput(name="Mistake AG"))
    dialog = RestoreDialog(ctx.db.path)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert dialog.model.row_at(0).accounts == 1
    dialog.restore_button.click()
    assert dialog.restored is not None and dialog.restored.moved_aside is not None
    assert _names(ctx) == {"Kept AG"}
    assert {b.reason for b in store_backup.list_backups(ctx.db.path)} == {"manual", "replaced"}


def test_restore_dialog_without_backups_says_what_happens(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = RestoreDialog(ctx.db.path)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisibleTo(dialog)
    assert not dialog.restore_button.isEnabled()


def test_damaged_file_at_start_up_offers_the_good_backup(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kam.sqlite"
    db = open_database(path)
    create_account(db, AccountInput(name="Saved AG"))
    good = store_backup.make_backup(path, reason="auto")
    db.close()
    with path.open("r+b") as fh:
        fh.write(b"\x00" * 100)
    damaged_bytes = path.read_bytes()

    def click_restore(box: QMessageBox) -> None:
        assert "damaged" in box.text()
        button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        button.click()

    monkeypatch.setattr(restore_module, "_run_box", click_restore)
    from kam_desktop.services.backups import newest_good_backup

    offered = newest_good_backup(path)
    assert offered is not None and offered.path == good
    assert offer_restore_for_damaged(path, "kam.sqlite is damaged", offered)
    reopened = open_database(path)
    try:
        assert {r.name for r in load_portfolio(reopened).rows} == {"Saved AG"}
    finally:
        reopened.close()
    kept = [b for b in store_backup.list_backups(path) if b.reason == "damaged"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged_bytes  # the damaged file is kept


# --- check ---------------------------------------------------------------------------------


def test_check_dialog_on_a_healthy_and_a_damaged_database(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = CheckDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.busy.isVisibleTo(dialog) or dialog.result is not None  # busy while it runs
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert not dialog.busy.isVisibleTo(dialog)
    assert dialog.result is not None and dialog.result.ok
    assert "No problems found" in dialog.headline.text()
    assert not dialog.restore_button.isVisibleTo(dialog)

    conn = sqlite3.connect(ctx.db.path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO buying_centre (account_id, name, kind, notes, created_at, updated_at) "
        "VALUES (4242, 'Ghost', '', '', '2026-01-01', '2026-01-01')"
    )
    conn.commit()
    conn.close()
    restored: list[bool] = []
    damaged = CheckDialog(ctx, on_restore=lambda: restored.append(True))
    qtbot.addWidget(damaged)
    qtbot.waitUntil(lambda: damaged.result is not None)
    assert damaged.result is not None and not damaged.result.ok
    assert "damaged" in damaged.headline.text() and "No good backup" in damaged.headline.text()
    assert "orphan" in damaged.details.toPlainText()
    damaged.restore_button.click()
    assert restored == [True]


# --- main window ---------------------------------------------------------------------------


def test_menus_have_the_data_safety_entries_and_back_up_now_works(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    texts = {a.text() for a in window.findChildren(type(window.trash_action))}
    assert {"&Trash…", "&Check database", "&Back up now", "&Restore from backup…"} <= texts
    backup_action = next(a for a in window.data_file_actions if a.objectName() == "action_back_up_now")
    backup_action.trigger()
    made = store_backup.list_backups(ctx.db.path)
    assert [b.reason for b in made] == ["manual"]
    assert made[0].path.name in window.statusBar().currentMessage()


def test_read_only_database_is_announced_and_close_makes_no_backup(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.common.data_safety import DataSafety
    from kam_desktop.ui.main_window import MainWindow

    path = demo_db.path
    demo_db.close()
    db = open_database(path, read_only=True)
    ctx = AppContext(db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert "(read-only)" in window.db_label.text()
    assert not window.new_account_action.isEnabled()
    trash_action = window.findChild(QAction, "action_trash")
    assert trash_action is not None and not trash_action.isEnabled()
    safety = DataSafety(db, window)
    safety.announce()
    assert safety.notice is not None and safety.notice.isVisible()
    assert "read-only" in safety.notice.text()
    safety.notice.close()
    assert safety.on_close() is None
    assert store_backup.list_backups(path) == []
    db.close()


def test_close_backup_only_after_changes(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.common.data_safety import DataSafety
    from kam_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    store_backup.make_backup(ctx.db.path, reason="manual")  # the file as it is, backed up
    safety = DataSafety(ctx.db, window)
    assert safety.on_close() is None
    create_account(ctx.db, AccountInput(name="Changed AG"))
    made = safety.on_close()
    assert made is not None and made.exists()
    assert store_backup.list_backups(ctx.db.path)[0].reason == "auto"


# --- second instance -----------------------------------------------------------------------


@pytest.mark.qt_log_ignore("does not support raise", "does not support activateWindow")
def test_a_second_launch_brings_the_first_window_forward(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    path = tmp_path / "kam.sqlite"
    first = SingleInstance(path)
    assert first.acquire() is Outcome.ACQUIRED
    window = QWidget()
    qtbot.addWidget(window)
    assert first.listen(lambda: window)
    try:
        second = SingleInstance(path)
        assert second.acquire() is Outcome.FORWARDED
        qtbot.waitUntil(lambda: first.raised_count == 1)
        assert window.isVisible()
    finally:
        first.release()
    third = SingleInstance(path)
    assert third.acquire() is Outcome.ACQUIRED  # released: the next start takes it
    third.release()


@pytest.mark.qt_log_ignore("does not support raise", "does not support activateWindow")
def test_a_second_launch_through_main_touches_nothing(qtbot, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from kam_desktop.app import main

    path = tmp_path / "kam.sqlite"
    open_database(path).close()
    before = path.read_bytes()
    first = SingleInstance(path)
    assert first.acquire() is Outcome.ACQUIRED
    window = QWidget()
    qtbot.addWidget(window)
    first.listen(lambda: window)
    try:
        assert main(["--db", str(path)]) == 0
        qtbot.waitUntil(lambda: first.raised_count == 1)
    finally:
        first.release()
    out = capsys.readouterr().out
    assert "already open" in out and out[-1] == "\n" and out.count("\n") == 1
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_a_lock_holder_that_does_not_answer_is_reported(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kam.sqlite"
    first = SingleInstance(path)
    assert first.acquire() is Outcome.ACQUIRED  # but no server listening (a hung first instance)
    try:
        second = SingleInstance(path)
        assert second.acquire() is Outcome.BUSY
        assert "Another KAM Desktop" in second.busy_message()
    finally:
        first.release()


# --- one file, two names ---------------------------------------------------------------------


@pytest.mark.qt_log_ignore("does not support raise", "does not support activateWindow")
def test_two_names_of_one_file_are_one_instance(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    path = tmp_path / "kam.sqlite"
    open_database(path).close()
    (tmp_path / "elsewhere").mkdir()
    symlink = tmp_path / "elsewhere" / "shortcut.sqlite"
    symlink.symlink_to(path)
    first = SingleInstance(path)
    assert first.acquire() is Outcome.ACQUIRED
    window = QWidget()
    qtbot.addWidget(window)
    assert first.listen(lambda: window)
    try:
        assert SingleInstance(symlink).acquire() is Outcome.FORWARDED
        alias = tmp_path / "alias.sqlite"
        os.link(path, alias)  # a hard link: the same file under a second name
        assert SingleInstance(alias).acquire() is Outcome.FORWARDED
        qtbot.waitUntil(lambda: first.raised_count == 2)
    finally:
        first.release()


def test_a_file_with_two_names_opens_read_only_and_says_why(
    qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.app import main
    from kam_desktop.domain.errors import StoreError

    path = tmp_path / "kam.sqlite"
    open_database(path).close()
    os.link(path, tmp_path / "alias.sqlite")
    before = path.read_bytes()
    db = open_database(path)
    try:
        assert db.read_only
        with pytest.raises(StoreError, match="hard links"):
            create_account(db, AccountInput(name="Two Writers AG"))
        from PySide6.QtWidgets import QMainWindow

        from kam_desktop.ui.common.data_safety import DataSafety

        window = QMainWindow()
        qtbot.addWidget(window)
        safety = DataSafety(db, window)
        safety.announce()
        assert safety.notice is not None and "hard link" in safety.notice.text()
        safety.notice.close()
    finally:
        db.close()
    assert main(["demo", "--db", str(tmp_path / "alias.sqlite"), "--accounts", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "hard links" in err
    assert path.read_bytes() == before


SIGTERM_SCRIPT = """
import signal, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.store.database import open_database
from kam_desktop.ui.application import make_app, run_gui

db = open_database(Path(sys.argv[1]))
create_account(db, AccountInput(name="Edited Before Logout AG"))
db.unclean_shutdown = True  # edits not yet backed up: the close backup is due
make_app()
QTimer.singleShot(100, lambda: signal.raise_signal(signal.SIGTERM))  # the session logs out
sys.exit(run_gui(db))
"""


def test_sigterm_closes_the_window_and_runs_the_close_backup(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "kam.sqlite"
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", SIGTERM_SCRIPT, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr  # not killed by the signal: it closed
    made = store_backup.list_backups(path)
    assert [b.reason for b in made] == ["auto"]
    assert store_backup.count_accounts(made[0].path) == 1
