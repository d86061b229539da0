"""The main window fits the screen it opens on (a fresh-eyes tester saw a 1360x860 window run off
a 1280x800 screen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRect
from PySide6.QtWidgets import QWidget

from kam_desktop.ui import main_window
from kam_desktop.ui.common import settings
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.main_window import MainWindow

# A 1280x800 screen with a 32-pixel panel at the top, as on the tester's laptop.
SCREEN = QRect(0, 32, 1280, 768)


@pytest.fixture(autouse=True)
def small_screen(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main_window, "available_geometry", lambda widget: QRect(SCREEN), raising=False)


def test_first_window_fits_the_available_screen(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    settings.put(settings.WINDOW_GEOMETRY, QByteArray())  # first start: nothing remembered
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    frame = window.frameGeometry()
    assert frame.height() == 768  # (Qt itself already narrows it to the real offscreen screen)
    assert SCREEN.contains(frame)


def test_remembered_geometry_larger_than_the_screen_is_clamped(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    big = QWidget()
    qtbot.addWidget(big)
    big.setGeometry(400, 300, 2400, 1600)
    big.show()
    settings.put(settings.WINDOW_GEOMETRY, big.saveGeometry())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    frame = window.frameGeometry()
    assert frame.height() == 768  # (Qt itself already narrows it to the real offscreen screen)
    assert SCREEN.contains(frame)
