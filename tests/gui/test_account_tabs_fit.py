"""Every account tab is readable at the window's default size, in English and in Italian: no tab
is cut off or hidden behind the tab bar's scroll arrows (fresh-eyes report: 'Preparazione
incontro' cut off, 'Piano per il cliente' behind the arrows)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.language import install_language
from kam_desktop.ui.main_window import MainWindow
from tests.gui.pristine_language import english_again


@pytest.fixture(params=["en", "it"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    install_language(request.param)
    try:
        yield request.param
    finally:
        english_again()


TITLES = {
    "en": [
        "Overview",
        "Strategy",
        "Research",
        "Action plan",
        "Execution",
        "Review",
        "Team && roles",
        "Whitespace",
        "Meeting prep",
        "Customer plan",
    ],
    "it": [
        "Panoramica",
        "Strategia",
        "Ricerca",
        "Piano d'azione",
        "Esecuzione",
        "Revisione",
        "Team e ruoli",
        "Spazio bianco",
        "Incontro",
        "Piano cliente",
    ],
}


def test_all_account_tabs_fit_at_the_default_size(qtbot, lang: str, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(1360, 860)  # the default size (MainWindow's; the test screen is smaller)
    qtbot.waitUntil(lambda: window.width() == 1360)
    window.open_account(1)
    workspace = window.accounts_page.workspace
    bar = workspace.tabs.tabBar()
    qtbot.waitUntil(lambda: workspace.tabs.width() > 800 and bar.width() > 500)
    assert bar.sizeHint().width() <= workspace.tabs.width(), (bar.sizeHint(), workspace.tabs.width())
    assert [bar.tabText(i) for i in range(bar.count())] == TITLES[lang]
    last = bar.tabRect(bar.count() - 1)
    assert last.right() < bar.width(), (last, bar.width())  # the last tab ends inside the bar
    for i in range(bar.count()):  # each tab as wide as its text needs: nothing elided
        assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(
            bar.tabText(i).replace("&&", "&")
        )
