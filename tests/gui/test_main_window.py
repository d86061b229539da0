"""End-to-end GUI tests on the real main window (offscreen)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.errors import CrashReporter
from kam_desktop.ui.main_window import SECTIONS, MainWindow
from tests.gui.loading import wait_loaded


@pytest.fixture
def window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    wait_loaded(qtbot, w.portfolio_page)
    return w


@pytest.fixture
def demo_window(qtbot, demo_ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.show()
    wait_loaded(qtbot, w.portfolio_page)
    return w


def test_empty_database_explains_what_to_do_first(window: MainWindow) -> None:
    page = window.portfolio_page
    assert page.stack.currentWidget() is page.empty
    assert str(window.ctx.db.path) in window.db_label.text()


def test_navigation_reaches_each_section(window: MainWindow) -> None:
    for index, name in enumerate(SECTIONS):
        window.show_section(index)
        assert window.current_section() == name
        assert window.stack.currentIndex() == index


def test_demo_database_shows_the_portfolio(demo_window: MainWindow) -> None:
    page = demo_window.portfolio_page
    assert page.stack.currentWidget() is page.splitter
    assert page.proxy.rowCount() == 25
    assert "of 10 key accounts" in page.cap_label.text()


def test_search_finds_accounts_stakeholders_and_actions(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.search import search

    hits = search(demo_window.ctx.db, "a")
    assert {h.kind for h in hits} >= {"account", "stakeholder"}
    first_account = next(h for h in hits if h.kind == "account")
    demo_window.search_box.setText(first_account.title)
    demo_window._on_search_return()
    assert demo_window.current_section() == "Accounts"
    assert demo_window.accounts_page.workspace.account_id == first_account.account_id


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # (offscreen)
def test_a_hit_picked_with_the_arrow_keys_and_return_is_the_one_opened(
    qtbot, demo_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Down, Down, Return in the search list opens the second hit (Return also reaches the box,
    which searched again for the hit's whole label, found nothing and opened nothing)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = demo_window
    window.focus_search()
    QTest.keyClicks(window.search_box, "a")
    window._search_timer.stop()
    window._run_search()  # (what the typing's timer runs)
    popup = window.search_box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    accounts = [hit for hit in window._hits.values() if hit.kind == "account"]
    labels = list(window._hits)
    assert len(labels) >= 3 and accounts
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    chosen = window._hits[window.search_box.text()]
    assert chosen is window._hits[labels[1]]  # the second hit, not the first
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert window.current_section() == "Accounts"
    assert window.accounts_page.workspace.account_id == chosen.account_id


def test_an_account_opened_from_elsewhere_is_the_one_marked_in_the_accounts_list(
    qtbot, demo_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.accounts_page import ID_ROLE

    window = demo_window
    page = window.accounts_page
    window.show_section(1)
    page.list.setFixedHeight(120)  # a few rows in view
    proxy = page.proxy
    first = int(proxy.index(0, 0).data(ID_ROLE))
    last = int(proxy.index(proxy.rowCount() - 1, 0).data(ID_ROLE))
    window.open_account(first)
    window.open_account(last)  # (as from the search box or the portfolio)
    current = page.list.currentIndex()
    assert int(current.data(ID_ROLE)) == last
    assert page.list.selectionModel().isSelected(current)
    assert page.list.viewport().rect().intersects(page.list.visualRect(current))  # scrolled to it
    assert page.workspace.account_id == last


def test_crash_dialog_appears_when_a_slot_raises(qtbot, window: MainWindow, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    reporter = CrashReporter(lambda: window)
    customer_text = "Rossi S.p.A. renewal at risk"
    try:
        try:
            dt.date.fromisoformat(customer_text)
        except ValueError as inner:
            raise RuntimeError(f"boom with {customer_text}") from inner
    except RuntimeError:
        with caplog.at_level("ERROR"):
            reporter.handle(*sys.exc_info())  # type: ignore[arg-type]
    box = reporter.last_dialog
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    logged = caplog.text
    for text in (logged, box.detailedText()):
        assert "builtins.RuntimeError" in text and "builtins.ValueError" in text
        assert "test_main_window.py:" in text and "in test_crash_dialog_appears_when_a_slot_raises" in text
        assert "Rossi" not in text and "boom" not in text and "renewal" not in text
    assert "log file" in box.informativeText() or "No log file" in box.informativeText()
    box.close()
    # the app keeps running: the window still works
    window.show_section(2)
    assert window.current_section() == "Team"


def test_the_crash_dialog_speaks_italian(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.common import language

    reporter = CrashReporter(lambda: window)
    language.install_language("it")
    try:
        try:
            raise RuntimeError("x")
        except RuntimeError:
            reporter.handle(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        language.install_language("en")
    box = reporter.last_dialog
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "KAM Desktop - errore imprevisto"
    assert box.text().startswith("Si è verificato un problema che KAM Desktop non prevedeva.")
    assert box.informativeText().startswith(("I dettagli sono nel file di log:\n", "Non è stato possibile"))
    box.close()


def test_void_qt_calls_do_not_leak_none_references(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 dropped a reference to None per void call and aborted Python 3.11."""
    if sys.version_info >= (3, 12):
        pytest.skip("None is immortal from Python 3.12")
    before = sys.getrefcount(None)
    for _ in range(10_000):
        window.resize(900, 700)
    assert abs(sys.getrefcount(None) - before) < 100
