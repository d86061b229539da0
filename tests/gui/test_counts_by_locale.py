"""Counts on the portfolio in the user's locale: '1.234 account su 1.234' in Italian,
'1,234 of 1,234 accounts' in English, also in the hint above the table ('★ 1.200 account ...')
- the same text whether the rows came from the start-up's early read or a normal load
(fresh-eyes report: '1,000 account su 1,000' in Italian, '★ 3506 account' ungrouped)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from kam_desktop.domain.portfolio import Suggestion
from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.language import install_language
from kam_desktop.ui.main_window import MainWindow
from tests.gui.loading import wait_loaded
from tests.gui.pristine_language import english_again


@pytest.fixture(params=["it", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    install_language(request.param)
    try:
        yield request.param
    finally:
        english_again()


def _many(demo_ctx: AppContext, count: int, promote: int):  # type: ignore[no-untyped-def]
    """The demo's portfolio with ``count`` rows (copies of its own) and ``promote`` suggestions."""
    portfolio = load_portfolio(demo_ctx.db)
    rows = [
        dataclasses.replace(portfolio.rows[i % len(portfolio.rows)], id=100_000 + i, name=f"Account {i:05d}")
        for i in range(count)
    ]
    tips = tuple(Suggestion(r.id, "promote", "") for r in rows[:promote])
    return dataclasses.replace(portfolio, rows=tuple(rows), suggestions=tips)


EXPECTED = {
    "it": ("1.234 account su 1.234", "★ 1.200 account hanno un punteggio da key account"),
    "en": ("1,234 of 1,234 accounts", "★ 1,200 accounts score like key accounts"),
}


def test_counts_shown_early_and_after_a_load_are_grouped_the_locale_way(
    qtbot, lang: str, demo_ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    count_text, tip_start = EXPECTED[lang]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    page = window.portfolio_page
    page.show_early(_many(demo_ctx, 1234, 1200))  # the start-up's early display
    assert page.count_label.text() == count_text
    assert page.tips_label.text().startswith(tip_start + " ("), page.tips_label.text()
    page._show(_many(demo_ctx, 1234, 1200))  # what a normal load shows
    assert page.count_label.text() == count_text


def test_the_count_after_a_normal_load_in_italian(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    install_language("it")
    try:
        window = MainWindow(demo_ctx)
        qtbot.addWidget(window)
        window.show()
        wait_loaded(qtbot, window.portfolio_page)
        assert window.portfolio_page.count_label.text() == "25 account su 25"
        cap = load_portfolio(demo_ctx.db).cap
        assert window.portfolio_page._cap_text(cap) == f"{cap.key_count} key account su {cap.cap}"
    finally:
        english_again()
