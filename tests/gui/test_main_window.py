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


def test_void_qt_calls_do_not_leak_none_references(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 dropped a reference to None per void call and aborted Python 3.11."""
    if sys.version_info >= (3, 12):
        pytest.skip("None is immortal from Python 3.12")
    before = sys.getrefcount(None)
    for _ in range(10_000):
        window.resize(900, 700)
    assert abs(sys.getrefcount(None) - before) < 100
