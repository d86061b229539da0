"""Paint first, then load: the main window's first frame needs neither SQLAlchemy nor the store;
the data arrives after (``loaded``); a damaged database is reported over that frame."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kam_desktop.store.database import open_database
from kam_desktop.ui.common.table_model import ROW_ROLE
from kam_desktop.ui.main_window import MainWindow
from tests.gui.loading import wait_loaded


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KAM_DESKTOP_LOG_DIR=str(tmp_path / "log"))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return subprocess.run(
        [sys.executable, "-m", "kam_desktop", *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_smoke_test_paint_exits_after_the_first_frame_without_the_store(tmp_path: Path) -> None:
    db = tmp_path / "never-opened.sqlite"
    painted = _run(["--db", str(db), "--smoke-test", "paint"], tmp_path)
    assert painted.returncode == 0, painted.stderr
    assert painted.stdout.startswith("first paint: ")
    assert "(SQLAlchemy imported: no)" in painted.stdout
    assert not db.exists()  # the store was never opened


def test_smoke_test_exits_once_the_portfolio_shows_its_data(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert _run(["demo", "--db", str(db), "--accounts", "7", "--seed", "3"], tmp_path).returncode == 0
    ready = _run(["--db", str(db), "--smoke-test"], tmp_path)
    assert ready.returncode == 0, ready.stderr
    assert ready.stdout.startswith("start-up: ")
    assert "portfolio shows 7 accounts" in ready.stdout


def test_the_shell_shows_an_empty_sized_table_and_the_rows_arrive_on_attach(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    page = window.portfolio_page
    assert page.table.isVisible()
    assert page.proxy.columnCount() == 12 and page.proxy.rowCount() == 0
    assert not window.new_account_action.isEnabled() and not window.export_plan_action.isEnabled()
    assert window.db_label.text() == "Opening the database…"
    assert set(window._pages) == {0}  # Accounts, Team and Program are built on first use
    with qtbot.waitSignal(page.loaded):
        window.attach(demo_ctx)
    assert page.proxy.rowCount() == 25
    assert window.new_account_action.isEnabled()
    assert str(demo_ctx.db.path) in window.db_label.text()
    names = [a.objectName() or a.text() for a in window.file_menu.actions()]
    assert names.index("action_back_up_now") < names.index("action_restore") < names.index("&Quit")
    window.show_section(2)
    assert set(window._pages) == {0, 2}
    assert window.stack.currentWidget() is window.team_page


def test_typing_and_backspacing_in_the_filter(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.portfolio_page
    wait_loaded(qtbot, page)
    everyone = page.proxy.rowCount()
    name = page.proxy.index(0, 0).data(ROW_ROLE).name
    page.filter.setFocus()
    QTest.keyClicks(page.filter, name.upper())
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert page.proxy.index(0, 0).data(ROW_ROLE).name == name
    assert page.count_label.text() == f"1 of {everyone} accounts"
    for _ in name:
        QTest.keyClick(page.filter, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == everyone)
    assert page.count_label.text() == f"{everyone} of {everyone} accounts"


def test_a_damaged_database_is_reported_over_the_first_frame(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.app import main
    from kam_desktop.ui.common import restore_dialog

    path = tmp_path / "kam.sqlite"
    open_database(path).close()
    with path.open("r+b") as fh:
        fh.write(b"\x00" * 100)
    seen: list[bool] = []

    def decline(*_args: object) -> bool:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.append(any(w.isVisible() for w in windows))
        return False

    monkeypatch.setattr(restore_dialog, "offer_restore_for_damaged", decline)
    monkeypatch.setenv("KAM_DESKTOP_LOG_DIR", str(tmp_path / "log"))
    assert main(["--db", str(path)]) == 3
    assert seen == [True]


def test_the_rows_are_read_off_the_gui_thread_and_arrive_through_loaded(qtbot, demo_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from kam_desktop.services import portfolio as service

    threads: list[threading.Thread] = []
    real = service.load_portfolio

    def recording(db):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(db)

    monkeypatch.setattr(service, "load_portfolio", recording)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    page = window.portfolio_page
    with qtbot.waitSignal(page.loaded):
        window.attach(demo_ctx)
        assert page.proxy.rowCount() == 0  # attach returns before the rows are read
    assert page.proxy.rowCount() == 25
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_a_load_the_store_refuses_is_one_line_and_exit_2(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.app import main
    from kam_desktop.domain.errors import StoreError
    from kam_desktop.services import portfolio as service

    path = tmp_path / "kam.sqlite"
    open_database(path).close()

    def locked(_db):  # type: ignore[no-untyped-def]
        raise StoreError("Another program is using the database right now (it is locked).")

    monkeypatch.setattr(service, "load_portfolio", locked)
    monkeypatch.setenv("KAM_DESKTOP_LOG_DIR", str(tmp_path / "log"))
    assert main(["--db", str(path), "--smoke-test"]) == 2
    err = capsys.readouterr().err
    assert err == "kam-desktop: Another program is using the database right now (it is locked).\n"
