"""After a test that switched the interface's language: back to how the suite starts - English,
no translator installed (a test after it may pin the source texts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kam_desktop.ui.common import language


def english_again() -> None:
    language.install_language("en")
    for translator in language._installed:
        QCoreApplication.removeTranslator(translator)
    language._installed.clear()
