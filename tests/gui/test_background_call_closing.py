"""Closing waits for the reads under way in worker threads: the database is never closed (nor
Python shut down) under a portfolio load that is still reading."""

from __future__ import annotations

import threading

from kam_desktop.ui.common import background_call
from kam_desktop.ui.common.background_call import BackgroundCall, wait_for_running


def test_wait_for_running_returns_once_the_calls_under_way_have_returned(qapp) -> None:  # type: ignore[no-untyped-def]
    release, started = threading.Event(), threading.Event()

    def slow_read() -> str:
        started.set()
        release.wait(30)
        return "rows"

    call = BackgroundCall(name="test-load")
    call.start(slow_read)
    assert started.wait(30)
    assert wait_for_running(timeout=0.01) is False  # still reading
    release.set()
    assert wait_for_running() is True
    assert call.thread is not None and not call.thread.is_alive()
    assert not background_call._running  # nothing left behind


def test_the_workspace_waits_before_it_closes_the_file(qapp, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui import workspace as workspace_module
    from kam_desktop.ui.main_window import MainWindow

    order: list[str] = []
    monkeypatch.setattr(
        background_call, "wait_for_running", lambda timeout=15.0: order.append("waited") or True
    )
    window = MainWindow()
    space = workspace_module.Workspace(window, demo_db)
    real_close = demo_db.close
    monkeypatch.setattr(demo_db, "close", lambda: (order.append("closed"), real_close())[1])
    space.close()
    assert order == ["waited", "closed"]
    window.close()


def test_waiting_for_a_running_task_returns_with_its_result(qapp) -> None:  # type: ignore[no-untyped-def]
    """Closing a dialog while its check runs (``CheckDialog.done``) or closing the database
    while a backup runs waits for the task from the GUI thread: it must not wait forever."""
    from kam_desktop.ui.common.background import BackgroundTask

    release, started = threading.Event(), threading.Event()

    def job(_progress):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(30)
        return 42

    got: list[object] = []
    task = BackgroundTask(job, on_success=got.append).start()
    assert started.wait(30)
    release.set()
    task.wait()
    assert got == [42] and task.finished and not task.running
