"""Paint first, then load: the main window's first frame needs neither SQLAlchemy nor the store;
the data arrives after (``loaded``); a damaged database is reported over that frame."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
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
    # nothing the first frame builds makes PySide6 build its Qt namespace (a tenth of the frame)
    assert "(PySide6's Qt namespace built: no)" in painted.stdout
    assert not db.exists()  # the store was never opened


_AT_FIRST_FRAME = """
import sys
import kam_desktop.ui.application as application
shown = application.show_and_paint
def show_and_paint(app, window):
    shown(app, window)
    print(" ".join(sorted(sys.modules)))
    sys.exit(0)
application.show_and_paint = show_and_paint
sys.argv = ["kam-desktop", "--smoke-test", "paint", "--db", sys.argv[1]]
from kam_desktop.app import main
main()
"""


def test_the_first_frame_imports_only_what_it_shows(tmp_path: Path) -> None:
    """What the first frame does not show is imported after it: the store, Babel, the domain's
    enums (the portfolio names the statuses by their values), decimal (the numbers)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KAM_DESKTOP_LOG_DIR=str(tmp_path / "log"))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    run = subprocess.run(
        [sys.executable, "-c", _AT_FIRST_FRAME, str(tmp_path / "never-opened.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    imported = set(run.stdout.split())
    assert "kam_desktop.ui.main_window" in imported  # (the hook ran at the first frame)
    for name in (
        "sqlalchemy",
        "babel",
        "kam_desktop.domain.enums",
        "decimal",
        "kam_desktop.ui.common.date_edit",
    ):
        assert name not in imported, name


def test_the_portfolios_status_values_are_the_enums() -> None:
    """The portfolio names the statuses by their values (see ui/portfolio/model.py): the same
    as AccountStatus, in its order; its filters and colours find the enum's members."""
    from kam_desktop.domain.enums import AccountStatus
    from kam_desktop.ui.portfolio import model, page

    assert all(model.STATUS_COLOURS[status] for status in AccountStatus)
    filters = dict(page.STATUS_FILTERS)
    assert filters["All active"] == frozenset(AccountStatus) - {AccountStatus.ARCHIVED}
    assert filters["Key accounts"] == frozenset({AccountStatus.KEY})
    assert AccountStatus.CANDIDATE in filters["Candidates"] and AccountStatus.KEY not in filters["Candidates"]


def test_all_active_hides_archived_accounts_from_the_start(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """The status filter's first entry, "All active", applies before the combo is touched: an
    archived account is not listed until "Archived" (or "Everything") is chosen."""
    from kam_desktop.domain.enums import AccountStatus
    from kam_desktop.services import accounts
    from kam_desktop.services.portfolio import load_portfolio

    archived = next(r for r in load_portfolio(demo_ctx.db).rows if r.status is not AccountStatus.KEY)
    accounts.change_status(demo_ctx.db, archived.id, AccountStatus.ARCHIVED, "closed the site")
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(demo_ctx)
    page = window.portfolio_page
    wait_loaded(qtbot, page)

    def listed() -> list[int]:
        return [page.proxy.index(r, 0).data(ROW_ROLE).id for r in range(page.proxy.rowCount())]

    assert page.status_filter.currentText() == "All active"
    assert archived.id not in listed()
    assert len(listed()) == page.model.rowCount() - 1
    page.status_filter.setCurrentIndex(page.status_filter.findText("Archived"))
    assert listed() == [archived.id]
    page.status_filter.setCurrentIndex(0)
    assert archived.id not in listed()


def test_smoke_test_exits_once_the_portfolio_shows_its_data(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert _run(["demo", "--db", str(db), "--accounts", "7", "--seed", "3"], tmp_path).returncode == 0
    ready = _run(["--db", str(db), "--smoke-test"], tmp_path)
    assert ready.returncode == 0, ready.stderr
    assert ready.stdout.startswith("start-up: data shown ")
    # the demo closed the file cleanly (no -wal): the rows read at start-up are shown at once
    assert "before the store was opened (SQLAlchemy imported: no)" in ready.stdout
    assert "store open and the app usable" in ready.stdout
    assert "portfolio shows 7 accounts" in ready.stdout
    moments = ready.stdout.splitlines()[1].split()
    assert moments[0] == "moments:" and moments[1::4] == ["painted", "shown", "listed", "usable"]
    painted, shown, listed, usable = (float(moments[i]) for i in (2, 6, 10, 14))  # wall clocks, in order
    assert painted <= shown <= listed <= usable


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
    from kam_desktop.services import portfolio_early

    monkeypatch.setattr(portfolio_early, "early_view", lambda *_a: None)  # the load through the store
    monkeypatch.setenv("KAM_DESKTOP_LOG_DIR", str(tmp_path / "log"))
    assert main(["--db", str(path), "--smoke-test"]) == 2
    err = capsys.readouterr().err
    assert err == "kam-desktop: Another program is using the database right now (it is locked).\n"


# --- the rows read at start-up, shown before the store is opened --------------------------------


def _page_rows() -> list[int]:
    """The portfolio rows the main window shows right now (one entry per open main window)."""
    return [
        w.portfolio_page.model.rowCount()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w.isVisible()
    ]


def _watch_open(monkeypatch, before=None):  # type: ignore[no-untyped-def]
    """Record what the window shows when the store's opening begins; ``before(path)`` runs
    then (e.g. another program locks the file), and the real opening after it."""
    from kam_desktop.store import database

    seen: list[list[int]] = []
    real = database.open_database

    def watched(path, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(_page_rows())
        if before is not None:
            before(path)
        return real(path, **kwargs)

    monkeypatch.setattr(database, "open_database", watched)
    return seen


def test_the_rows_read_at_start_up_are_shown_before_the_store_is_opened(
    qapp, demo_db, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.app import main

    path = demo_db.path
    demo_db.close()  # closed cleanly: no -wal, the plain case
    writable: list[bool] = []

    def look(_path):  # type: ignore[no-untyped-def]
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                page = window.portfolio_page
                page.table.selectRow(0)  # a row selected: still nothing that writes is on
                writable.append(window.new_account_action.isEnabled())
                writable.extend(button.isEnabled() for button in page.buttons.values())

    seen = _watch_open(monkeypatch, look)
    assert main(["--db", str(path), "--smoke-test"]) == 0
    assert seen == [[25]]  # the 25 rows were on screen when the store began to open
    assert writable and not any(writable)  # ...and nothing could change them before it was open
    out = capsys.readouterr().out
    assert "before the store was opened" in out and "portfolio shows 25 accounts" in out


def test_the_first_screen_is_shown_first_then_every_row_before_the_store_is_opened(
    qapp, demo_db, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    """A portfolio with more scored accounts than a screen: the rows that lead it by score come
    first (the count already of every account, no suggestions' summary yet), then every row,
    with the same rows at the top; ``loaded`` only once, with every row."""
    from kam_desktop.app import main
    from kam_desktop.services import portfolio_sql
    from kam_desktop.ui.portfolio.page import PortfolioPage

    path = demo_db.path
    demo_db.close()
    monkeypatch.setattr(portfolio_sql, "FIRST_SCREEN", 5)
    shown: list[tuple[int, int, str, str, list[str]]] = []
    loads: list[int] = []
    real = PortfolioPage.show_early

    def watched(page, portfolio):  # type: ignore[no-untyped-def]
        if not shown:
            page.loaded.connect(lambda: loads.append(page.model.rowCount()))
        real(page, portfolio)
        top = [page.proxy.index(row, 0).data() for row in range(5)]
        shown.append(
            (
                page.model.rowCount(),
                portfolio.first_screen_of,
                page.count_label.text(),
                page.tips_label.text(),
                top,
            )
        )

    monkeypatch.setattr(PortfolioPage, "show_early", watched)
    seen = _watch_open(monkeypatch)
    assert main(["--db", str(path), "--smoke-test"]) == 0
    (first_rows, of, count, tips, first_top), (rows, whole, count_after, tips_after, top) = shown
    assert of == 25 and 5 <= first_rows < 25 and count == "25 of 25 accounts" and tips == ""
    assert (rows, whole, count_after) == (25, 0, "25 of 25 accounts") and tips_after.startswith("★ ")
    assert first_top == top and all(top)
    assert loads == [25]
    assert seen == [[25]]  # every row on screen when the store began to open
    out = capsys.readouterr().out
    assert "before the store was opened" in out and "portfolio shows 25 accounts" in out


def test_a_file_locked_while_the_early_rows_are_shown_is_reported_and_the_rows_withdrawn(
    qapp, demo_db, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from kam_desktop import app

    path = demo_db.path
    demo_db.close()
    holders: list[sqlite3.Connection] = []

    def lock(target):  # type: ignore[no-untyped-def]
        other = sqlite3.connect(target, timeout=0)
        other.isolation_level = None
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE account SET description = 'held' WHERE id = 1")
        holders.append(other)

    seen = _watch_open(monkeypatch, lock)
    reported: list[list[int]] = []
    real_say = app._say_and_exit

    def say(message, **kwargs):  # type: ignore[no-untyped-def]
        reported.append(_page_rows())
        return real_say(message, **kwargs)

    monkeypatch.setattr(app, "_say_and_exit", say)
    try:
        assert app.main(["--db", str(path), "--smoke-test"]) == 2
    finally:
        for other in holders:
            other.execute("ROLLBACK")
            other.close()
    assert seen == [[25]]  # shown early...
    assert reported == [[0]]  # ...and taken away before the refusal was reported
    err = capsys.readouterr().err
    assert "in use by another program" in err and err.count("\n") == 1


def test_a_file_damaged_while_the_early_rows_are_shown_is_reported_over_the_frame_without_them(
    qtbot, demo_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.app import main
    from kam_desktop.ui.common import restore_dialog
    from tests.store.test_corruption import flipped_table_page

    path = demo_db.path
    demo_db.close()
    seen = _watch_open(monkeypatch, flipped_table_page)  # damaged after the early check passed
    offered: list[list[int]] = []

    def decline(*_args: object) -> bool:
        offered.append(_page_rows())
        return False

    monkeypatch.setattr(restore_dialog, "offer_restore_for_damaged", decline)
    monkeypatch.setenv("KAM_DESKTOP_LOG_DIR", str(path.parent / "log"))
    assert main(["--db", str(path)]) == 3
    assert seen == [[25]]
    assert offered == [[0]]  # the damage is offered over the window, the rows withdrawn


def test_a_schema_older_than_head_is_migrated_before_anything_is_shown(
    qapp, tmp_path: Path, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from kam_desktop.app import main
    from kam_desktop.store.database import read_revision, upgrade
    from kam_desktop.store.schema_version import HEAD_REVISION

    path = tmp_path / "old.sqlite"
    upgrade(path, "0004_joint_plan")
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO account (name, industry, region, currency, current_revenue_cents, "
        "potential_revenue_cents, status, description, internal_notes) "
        "VALUES (?, 'Logistics', 'North', 'EUR', 100, 200, 'candidate', '', '')",
        [("Alpha GmbH",), ("Beta SpA",), ("Gamma AG",)],
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert read_revision(path)[0] == "0004_joint_plan"
    seen = _watch_open(monkeypatch)
    assert main(["--db", str(path), "--smoke-test"]) == 0
    assert seen == [[0]]  # nothing shown before the store opened (and migrated) the file
    assert read_revision(path)[0] == HEAD_REVISION
    out = capsys.readouterr().out
    assert "after the store was opened" in out and "portfolio shows 3 accounts" in out


def test_rows_read_early_on_a_day_that_ended_before_the_store_opened_are_read_again(
    qapp, demo_db, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from kam_desktop.app import main
    from kam_desktop.services import clock

    path = demo_db.path
    demo_db.close()
    monkeypatch.setattr(clock, "_fixed_today", dt.date(2026, 3, 9))  # the day the rows were read

    def midnight(_path):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(clock, "_fixed_today", dt.date(2026, 3, 10))  # ...passes while opening

    reads: list[object] = []
    from kam_desktop.services import portfolio as service

    real = service.load_portfolio
    monkeypatch.setattr(service, "load_portfolio", lambda db: reads.append(db) or real(db))
    seen = _watch_open(monkeypatch, midnight)
    assert main(["--db", str(path), "--smoke-test"]) == 0
    assert seen == [[25]]  # shown early, then read again through the store for the new day
    assert len(reads) == 1
    assert "portfolio shows 25 accounts" in capsys.readouterr().out


def test_a_large_files_early_rows_stay_while_its_background_check_reads_it(
    qapp, demo_db, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    """A file above the quick-check limit gets its check in a background thread, whose
    read-only connection makes an empty -wal beside the file: the rows shown early are still
    the file's (nothing was written), so they stay - they were withdrawn and read again (the
    table emptied for half a second at 10,000 accounts)."""
    import sqlite3
    import threading

    from kam_desktop.app import main
    from kam_desktop.services import portfolio as service
    from kam_desktop.store import integrity
    from kam_desktop.store.database import Database

    path = demo_db.path
    demo_db.close()
    monkeypatch.setattr(integrity, "QUICK_CHECK_LIMIT", 64 * 1024)
    assert path.stat().st_size > integrity.QUICK_CHECK_LIMIT
    reading: list[bool] = []
    has_read = threading.Event()

    def running_check(target, *, stop, **_kwargs):  # type: ignore[no-untyped-def]
        conn = sqlite3.connect(f"file:{target.as_posix()}?mode=ro", uri=True, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM account").fetchone()
            reading.append(integrity.wal_path(target).exists())
            has_read.set()
            stop.stopped.wait(30)  # until the database is closed
        finally:
            conn.close()
        return integrity.CheckResult(target)

    monkeypatch.setattr(integrity, "check_file", running_check)
    real_start = Database.start_background_check

    def start_and_wait(self):  # type: ignore[no-untyped-def]
        real_start(self)
        assert has_read.wait(30)  # the check's reader is there before the rows are judged

    monkeypatch.setattr(Database, "start_background_check", start_and_wait)
    reads: list[object] = []
    real = service.load_portfolio
    monkeypatch.setattr(service, "load_portfolio", lambda db: reads.append(db) or real(db))
    seen = _watch_open(monkeypatch)
    assert main(["--db", str(path), "--smoke-test"]) == 0
    assert seen == [[25]]
    assert reading == [True]  # the check's reader had made its -wal
    assert reads == []  # the early rows stayed: no second read through the store
    out = capsys.readouterr().out
    assert "before the store was opened" in out and "portfolio shows 25 accounts" in out
    assert not integrity.wal_path(path).exists()


def test_the_chart_arrives_in_the_place_the_first_frame_kept_for_it(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """The chart is made when the first rows arrive; its empty place in the first frame has the
    chart's own minimum size, so the table does not jump when it comes."""
    from kam_desktop.ui.portfolio.chart import PortfolioChart

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    page = window.portfolio_page
    assert not page.splitter.widget(1).findChildren(PortfolioChart)  # not made for the first frame
    before = page.splitter.sizes()
    window.attach(demo_ctx)
    qtbot.waitUntil(lambda: page.portfolio is not None)
    qtbot.waitUntil(lambda: bool(page.splitter.widget(1).findChildren(PortfolioChart)))
    assert page.splitter.sizes() == before
    from shiboken6 import Shiboken

    assert not Shiboken.ownedByPython(page.chart)  # its parent owns it (owned twice: a crash at exit)
    from kam_desktop.ui.portfolio.page import CHART_MINIMUM_SIZE

    assert (page.chart.minimumWidth(), page.chart.minimumHeight()) == CHART_MINIMUM_SIZE


def test_the_rows_frame_is_painted_with_its_labels_laid_out(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """The frame painted as soon as the rows are set (before the event loop runs again) has the
    cap's label as wide as its text: painted before its layout made room, it showed one glyph."""
    from kam_desktop.services.portfolio import load_portfolio
    from kam_desktop.ui.application import _repaint_laid_out

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.portfolio_page
    page.show_early(load_portfolio(demo_ctx.db))
    label = page.cap_label
    assert label.width() < label.sizeHint().width()  # (what a frame painted now would show)
    _repaint_laid_out(QApplication.instance(), window)
    assert label.width() >= label.sizeHint().width() and "key accounts" in label.text()


@pytest.mark.parametrize("lang", ["en", "it"])  # (Italian titles are wider than the columns' widths)
@pytest.mark.parametrize("start", ["first", "later"])  # later: the header's state saved by an earlier start
def test_the_first_frames_table_has_the_real_tables_titles_widths_and_hidden_columns(
    qtbot, demo_ctx, lang, start
) -> None:  # type: ignore[no-untyped-def]
    """The first frame's table shows its columns from a model of Qt's own (see
    ui/common/lazy_qt.py); ``complete`` puts the real one in. The header must not change: the
    same titles, alignments, widths and hidden columns before and after; the sort arrow on
    Score is in the first frame from the second start on (the header's saved state)."""
    from PySide6.QtCore import QByteArray

    from kam_desktop.ui.common import settings
    from kam_desktop.ui.common.language import install_language

    settings.put(settings.PORTFOLIO_HIDDEN_COLUMNS, "region,gap")
    settings.put(settings.PORTFOLIO_FIRST_HEADER, QByteArray())
    install_language(lang)
    try:
        if start == "later":
            earlier = MainWindow()
            qtbot.addWidget(earlier)
            earlier.portfolio_page.complete()  # (saves the header's state)
        _check_the_first_frames_table(qtbot, demo_ctx, arrow_first=start == "later")
    finally:
        settings.put(settings.PORTFOLIO_HIDDEN_COLUMNS, "")
        settings.put(settings.PORTFOLIO_FIRST_HEADER, QByteArray())
        install_language("en")


def _check_the_first_frames_table(qtbot, demo_ctx, *, arrow_first: bool) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.portfolio_page
    header = page.table.horizontalHeader()

    def seen() -> list[tuple[object, object, int, bool]]:
        model = page.table.model()
        return [
            (
                model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole),
                int(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) or 0),
                header.sectionSize(c),
                header.isSectionHidden(c),
            )
            for c in range(model.columnCount())
        ]

    assert page.table.model() is not page.proxy  # the stand-in
    assert header.isSortIndicatorShown() == arrow_first  # (the first start has no saved state)
    if arrow_first:
        assert header.sortIndicatorSection() == page.model.column_index("score")
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    before = seen()
    page.complete()
    assert page.table.model() is page.proxy
    assert seen() == before
    assert [hidden for *_rest, hidden in before].count(True) == 2
    assert any(alignment & int(Qt.AlignmentFlag.AlignRight) for _t, alignment, _w, _h in before)
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == page.model.column_index("score")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    with qtbot.waitSignal(page.loaded):
        window.attach(demo_ctx)
    assert page.proxy.rowCount() == 25


def test_the_first_frame_is_waited_for_when_the_window_system_is_late(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Under a window manager the new window is exposed (and painted) tens of milliseconds
    after ``show``; the start must not go on before that frame (the window stayed black until
    the rows came). Here the window's first paint comes 150 ms late."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    from kam_desktop.ui.application import show_and_paint

    painted: list[int] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(1)
            return False

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(200, 100)
    watch = Watch()
    widget.installEventFilter(watch)
    widget.setUpdatesEnabled(False)
    QTimer.singleShot(150, lambda: widget.setUpdatesEnabled(True))
    show_and_paint(QApplication.instance(), widget)
    assert painted, "show_and_paint returned before the window's first frame"
