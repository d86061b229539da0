"""Slow work off the window's thread: the hourly backup and a failing job, reported in one line."""

from __future__ import annotations

import threading

from kam_desktop.domain.errors import StoreError
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.store import backup as store_backup
from kam_desktop.ui.common.background import BackgroundTask
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.main_window import MainWindow


def test_the_hourly_backup_runs_off_the_window_thread_and_says_so(
    qtbot, ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services import backups
    from kam_desktop.ui.common.data_safety import DataSafety

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    safety = DataSafety(ctx.db, window)
    safety.auto.interval = 0  # "an hour has passed"
    create_account(ctx.db, AccountInput(name="Changed AG"))
    threads: list[str] = []
    real = backups.back_up

    def recording_back_up(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(backups, "back_up", recording_back_up)
    safety._on_timer_timeout()
    assert safety.task is not None
    assert window.statusBar().currentMessage() in ("Backing up the database…", "") or safety.task is None
    qtbot.waitUntil(lambda: safety.task is None)
    assert threads and threads[0] != threading.main_thread().name
    made = store_backup.list_backups(ctx.db.path)
    assert [b.reason for b in made] == ["auto"]
    assert window.statusBar().currentMessage() == f"Automatic backup written: {made[0].path.name}"


def test_a_failing_backup_is_one_line_in_the_status_bar(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services import backups
    from kam_desktop.ui.common.data_safety import DataSafety

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    safety = DataSafety(ctx.db, window)
    safety.auto.interval = 0
    create_account(ctx.db, AccountInput(name="Changed AG"))

    def full_disk(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise StoreError("The disk holding /backups is full.\nFree some space.")

    monkeypatch.setattr(backups, "back_up", full_disk)
    safety._on_timer_timeout()
    qtbot.waitUntil(lambda: safety.task is None)
    message = window.statusBar().currentMessage()
    assert message == "Automatic backup failed: The disk holding /backups is full. Free some space."
    assert store_backup.list_backups(ctx.db.path) == []


def test_an_unexpected_error_in_a_job_is_one_line_not_a_traceback(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)

    def job(_progress):  # type: ignore[no-untyped-def]
        raise KeyError("customer secret")

    task = BackgroundTask(job, window, error_text="Could not finish: %1").start()
    qtbot.waitUntil(lambda: task.finished)
    assert window.statusBar().currentMessage() == (
        "Could not finish: unexpected error (KeyError); details are in the log"
    )
    assert "customer secret" not in window.statusBar().currentMessage()
