"""The portfolio chart shows what the table shows (a fresh-eyes tester typed "rail": "2 of 25
accounts" in the table, every bubble in the chart)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.table_model import ROW_ROLE
from kam_desktop.ui.main_window import MainWindow
from tests.gui.loading import wait_loaded


def _table_names(window: MainWindow) -> set[str]:
    proxy = window.portfolio_page.proxy
    return {proxy.index(r, 0).data(ROW_ROLE).name for r in range(proxy.rowCount())}


def _chart_names(window: MainWindow) -> set[str]:
    return {b.name for b in window.portfolio_page.chart.chart_layout().bubbles}


def test_the_chart_follows_the_tables_filter(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page = window.portfolio_page
    wait_loaded(qtbot, page)
    assert len(_chart_names(window)) > 2
    QTest.keyClicks(page.filter, "rail")
    QTest.keyClick(page.filter, Qt.Key.Key_Return)
    page.flush_filter()
    assert page.count_label.text() == "2 of 25 accounts"
    shown = _table_names(window)
    assert len(shown) == 2
    qtbot.waitUntil(lambda: _chart_names(window) == shown)  # once typing pauses
    page.filter.clear()  # emptying the box brings every bubble back
    assert page.count_label.text() == "25 of 25 accounts"
    qtbot.waitUntil(lambda: len(_chart_names(window)) == 25)
