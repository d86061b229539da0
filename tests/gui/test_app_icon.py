"""The application sets its icon (every PNG size) and its desktop-file name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kam_desktop.ui.common.app_icon import APP_ID, ICON_SIZES, app_icon

pytestmark = pytest.mark.gui


def test_app_icon_has_every_size(qapp: QApplication) -> None:
    icon = app_icon()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(n, n) for n in ICON_SIZES} <= sizes
    assert icon.pixmap(QSize(48, 48)).width() == 48


def test_set_identity_sets_icon_and_desktop_name(qapp: QApplication) -> None:
    from kam_desktop.ui.application import set_identity

    qapp.setWindowIcon(QIcon())
    qapp.setDesktopFileName("")
    set_identity(qapp)
    assert {(n, n) for n in ICON_SIZES} <= {
        (s.width(), s.height()) for s in qapp.windowIcon().availableSizes()
    }
    assert QApplication.desktopFileName() == APP_ID
