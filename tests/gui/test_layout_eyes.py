"""Messages next to fields word-wrap and never widen a window (fresh-eyes report, item 7): a long
Italian refusal of "1,250" as a KPI measurement once widened the main window beyond a 1440-pixel
screen for good; in the account dialog the same message was clipped top and bottom."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from kam_desktop.domain.enums import AccountStatus
from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.ui.common import language, settings
from kam_desktop.ui.common.context import AppContext


@pytest.fixture(autouse=True)
def _italian_then_english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    language.install_language("it")
    yield
    language.install_language("en")


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_a_refused_measurement_does_not_widen_the_main_window(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.review.panels import KpiPanel
    from kam_desktop.ui.main_window import MainWindow

    settings.put(settings.WINDOW_GEOMETRY, QByteArray())
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(1280, 800)
    _settle()
    key = next(r.id for r in load_portfolio(demo_ctx.db).rows if r.status is AccountStatus.KEY)
    window.open_account(key, "Review")
    _settle()
    panel = next(p for p in window.findChildren(KpiPanel) if p.isVisible())
    assert panel.current_kpi() is not None
    window.resize(window.minimumSizeHint().width(), 800)  # as narrow as it may be: any widening shows
    _settle()
    width, min_width = window.width(), window.minimumSizeHint().width()
    side_min = panel.measurement_side.minimumSizeHint().width()
    value = panel.findChild(QLineEdit, "measurement_value")
    value.setFocus()
    QTest.keyClicks(value, "1,250")
    QTest.mouseClick(panel.findChild(QPushButton, "btn_add_measurement"), Qt.MouseButton.LeftButton)
    _settle()
    assert panel.m_error.isVisible()
    assert "“1,250” è ambiguo" in panel.m_error.text()
    assert window.width() == width
    assert window.minimumSizeHint().width() <= min_width
    assert panel.measurement_side.minimumSizeHint().width() <= side_min  # the message raises no minimum
    assert panel.m_error.wordWrap()
    assert panel.m_error.width() <= panel.measurement_side.width()
    assert panel.m_error.height() >= panel.m_error.heightForWidth(panel.m_error.width())


def test_the_account_dialog_shows_every_line_of_a_field_error(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.portfolio.dialogs import AccountDialog

    dialog = AccountDialog(ctx.db)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle()
    width = dialog.width()
    QTest.keyClicks(dialog.name, "Rossi S.p.A.")
    dialog.revenue.selectAll()
    QTest.keyClicks(dialog.revenue, "1,250")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    _settle()
    error = dialog.findChild(QLabel, "error_current_revenue")
    assert error.isVisible() and "“1,250” è ambiguo" in error.text()
    assert dialog.width() == width
    assert error.height() >= error.heightForWidth(error.width()) > error.fontMetrics().height() * 2
    # the field below the message is not overlapped by it
    assert (
        error.mapTo(dialog, error.rect().bottomLeft()).y()
        < dialog.potential.mapTo(dialog, dialog.potential.rect().topLeft()).y()
    )


def _columns_in_view(table, keys: tuple[str, ...]) -> list[str]:  # type: ignore[no-untyped-def]
    """Which of the columns ``keys`` end inside the table's viewport (shown without scrolling)."""
    model = table.model().sourceModel()
    shown = []
    for key in keys:
        column = model.column_index(key)
        if table.columnViewportPosition(column) + table.columnWidth(column) <= table.viewport().width():
            shown.append(key)
    return shown


def test_the_kpi_tables_show_target_and_latest_without_scrolling(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.domain.enums import Phase
    from kam_desktop.ui.account.review.panels import KpiPanel
    from kam_desktop.ui.main_window import MainWindow
    from kam_desktop.ui.wizards.base import PhaseWizard

    settings.put(settings.WINDOW_GEOMETRY, QByteArray())
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(1280, 800)
    _settle()
    key = next(r.id for r in load_portfolio(demo_ctx.db).rows if r.status is AccountStatus.KEY)
    window.open_account(key, "Review")
    _settle()
    panel = next(p for p in window.findChildren(KpiPanel) if p.isVisible())
    wanted = ("name", "baseline", "target", "latest")
    assert _columns_in_view(panel.table, wanted) == list(wanted)
    assert _header_titles(panel.table)[:4] == ["KPI", "Partenza", "Obiettivo", "Ultimo"]

    wizard = PhaseWizard(demo_ctx, key, Phase.REVIEW)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.go_to("review.measurements")
    _settle()
    page_panel = next(p for p in wizard.findChildren(KpiPanel) if p.isVisible())
    assert _columns_in_view(page_panel.table, wanted) == list(wanted)


def _header_titles(table) -> list[str]:  # type: ignore[no-untyped-def]
    model = table.model()
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        for c in range(model.columnCount())
    ]


def test_no_wizard_grows_wider_on_any_page(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """The Research wizard grew from 900 to 982 pixels on the question bank page (Italian)."""
    from kam_desktop.domain.enums import Phase, Rigour
    from kam_desktop.domain.wizard import FLOWS
    from kam_desktop.services import plans, strategy
    from kam_desktop.ui.wizards.base import PhaseWizard

    key = next(r.id for r in load_portfolio(demo_ctx.db).rows if r.status is AccountStatus.KEY)
    plan = plans.ensure_plan(demo_ctx.db, key)
    strategy.set_period(demo_ctx.db, plan.id, plan.period_start, plan.period_end, Rigour.DEEP)
    grown = []
    for phase in Phase:
        wizard = PhaseWizard(demo_ctx, key, phase)
        qtbot.addWidget(wizard)
        wizard.show()
        _settle()
        width = wizard.width()
        for page in FLOWS[phase].keys_for(Rigour.DEEP):
            wizard.go_to(page)
            _settle()
            if wizard.width() != width:
                grown.append((page, width, wizard.width()))
        wizard.close()
    assert grown == []
