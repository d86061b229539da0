"""Every bubble of the portfolio chart is drawn whole, also when the filter leaves the biggest
one on the top line (fresh-eyes report: the top bubbles were clipped on a filtered portfolio)."""

from __future__ import annotations

import dataclasses

from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.portfolio.chart import PortfolioChart


def test_a_bubble_on_the_top_decade_is_inside_the_widget(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    rows = load_portfolio(demo_ctx.db).rows
    assessed = [r for r in rows if r.score is not None]
    # what a filter can leave: the largest potential exactly on the top decade (10M), others below
    top = dataclasses.replace(assessed[0], current_revenue=10_000_000, potential_revenue=50_000_000)
    chart = PortfolioChart()
    qtbot.addWidget(chart)
    chart.resize(900, 260)
    others = [dataclasses.replace(r, current_revenue=500_000 + 1000 * i) for i, r in enumerate(assessed[1:4])]
    chart.set_rows([top, *others])
    layout = chart.chart_layout()
    biggest = max(layout.bubbles, key=lambda b: b.radius)
    assert biggest.radius == 22.0 and biggest.y == layout.plot[1]  # on the top line, the largest size
    for bubble in layout.bubbles:
        assert bubble.y - bubble.radius >= 1, bubble  # nothing above the widget's top edge
        assert bubble.y + bubble.radius <= chart.height(), bubble
