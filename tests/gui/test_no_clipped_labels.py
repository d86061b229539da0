"""Every view, in Italian and in a pseudo-locale (accented, 40% longer), shows its buttons and
one-line labels whole: none is narrower than the text it carries."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QRadioButton, QWidget

from kam_desktop.domain.enums import AccountStatus
from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.ui.common import language
from kam_desktop.ui.common.context import AppContext

TABS = (
    "Overview",
    "Strategy",
    "Research",
    "Action plan",
    "Execution",
    "Review",
    "Team & roles",
    "Whitespace",
)


@pytest.fixture(autouse=True)
def _back_to_english(qapp, monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    monkeypatch.delenv("KAM_DESKTOP_PSEUDO_LOCALE", raising=False)
    language.install_language("en")


def clipped(window: QWidget) -> list[str]:
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()  # type: ignore[union-attr]
    found = []
    for kind in (QPushButton, QCheckBox, QRadioButton, QLabel):
        for widget in window.findChildren(kind):
            if not widget.isVisible() or not widget.text():
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                continue
            if widget.width() + 1 < widget.sizeHint().width():
                found.append(
                    f"{kind.__name__} {widget.text()[:50]!r}: {widget.width()} < {widget.sizeHint().width()}"
                )
    return found


@pytest.mark.parametrize("mode", ["it", "pseudo"])
def test_no_view_clips_a_label(qtbot, demo_ctx: AppContext, monkeypatch, mode: str) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.main_window import MainWindow

    if mode == "pseudo":
        monkeypatch.setenv("KAM_DESKTOP_PSEUDO_LOCALE", "1")
    language.install_language("it" if mode == "it" else "en")
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1400, 880)
    window.show()
    if mode == "pseudo":
        assert window.nav.item(0).text().startswith("[Þöŕţƒöļîö")
    else:
        assert window.nav.item(0).text() == "Portafoglio"
    problems: dict[str, list[str]] = {}
    for index, section in enumerate(("portfolio", "accounts", "team", "program")):
        window.show_section(index)
        problems[section] = clipped(window)
    key = next(
        r
        for r in load_portfolio(demo_ctx.db).rows
        if r.status is AccountStatus.KEY and r.plan_phase != "No plan"
    )
    for tab in TABS:
        window.open_account(key.id, tab)
        problems[tab] = clipped(window)
    assert {view: found for view, found in problems.items() if found} == {}
