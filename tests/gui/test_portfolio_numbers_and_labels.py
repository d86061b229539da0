"""Portfolio numbers through the one locale formatter, and chart labels that overlap nothing
(fresh-eyes findings: Italian scores '85.0' next to '53,1', '222K' next to '10,2 Mln'; names
drawn over bubbles and over each other)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF

from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.language import install_language
from kam_desktop.ui.main_window import MainWindow
from tests.gui.loading import wait_loaded


@pytest.fixture
def italian() -> Iterator[None]:
    install_language("it")
    try:
        yield
    finally:
        install_language("en")


def _cells(window: MainWindow, column: str) -> dict[str, str]:
    page = window.portfolio_page
    name_col, col = page.model.column_index("name"), page.model.column_index(column)
    return {
        page.proxy.index(r, name_col).data(): page.proxy.index(r, col).data()
        for r in range(page.proxy.rowCount())
    }


def _window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    wait_loaded(qtbot, window.portfolio_page)
    return window


def test_italian_scores_and_compact_amounts_read_the_italian_way(
    qtbot, italian: None, demo_ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_ctx)
    scores = _cells(window, "score")
    assert all("." not in text for text in scores.values()), scores
    assert any("," in text for text in scores.values())
    revenue = list(_cells(window, "revenue").values()) + list(_cells(window, "potential").values())
    assert not [text for text in revenue if text.endswith("K")], revenue
    assert any(text.endswith("\u00a0mila") for text in revenue), revenue
    assert any(text.endswith("\u00a0Mln") for text in revenue), revenue


def test_english_scores_keep_the_decimal_point(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_ctx)
    scores = _cells(window, "score")
    assert all("," not in text for text in scores.values()), scores
    assert any("." in text for text in scores.values())


def test_chart_labels_overlap_no_bubble_and_no_other_label(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_ctx)
    chart = window.portfolio_page.chart
    chart.grab()  # paints
    labels = chart.drawn_labels
    assert len(labels) >= 3  # the key accounts still get names where there is room
    bubbles = chart.chart_layout().bubbles
    for i, (name, box) in enumerate(labels):
        for other_name, other in labels[i + 1 :]:
            assert not box.intersects(other), (name, other_name)
        for b in bubbles:
            if b.name != name:
                disc = QRectF(b.x - b.radius, b.y - b.radius, 2 * b.radius, 2 * b.radius)
                assert not box.intersects(disc), (name, b.name)


def test_amount_tooltips_are_written_the_italian_way(italian: None, demo_ctx: AppContext) -> None:
    import re

    from kam_desktop.services.portfolio import load_portfolio
    from kam_desktop.ui.portfolio.model import COLUMNS

    rows = load_portfolio(demo_ctx.db).rows
    row = next(r for r in rows if r.currency == "EUR" and r.revenue_gap >= 1000)
    tips = {c.key: c.tooltip(row) for c in COLUMNS if c.key in ("revenue", "potential", "gap") and c.tooltip}
    italian_amount = r"\d{1,3}(\.\d{3})*,\d{2}\u00a0€"
    assert re.fullmatch(italian_amount, tips["revenue"]), tips
    assert re.fullmatch(italian_amount, tips["potential"]), tips
    prefix = "Potenziale meno fatturato attuale: "
    assert tips["gap"].startswith(prefix) and re.fullmatch(italian_amount, tips["gap"][len(prefix) :]), tips
