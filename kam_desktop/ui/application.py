"""Start Qt: application object, crash reporter, main window; smoke-test and screenshot modes."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kam_desktop.domain.errors import DomainError
from kam_desktop.store.database import Database
from kam_desktop.ui.common import settings, theme
from kam_desktop.ui.common.app_icon import APP_ID, app_icon
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.errors import CrashReporter


def set_identity(app: QApplication) -> None:
    """The icon on every window, and the desktop entry's name (Wayland and task bars match it)."""
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())


def make_app(theme_choice: str | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("KAM Desktop")
    QCoreApplication.setApplicationName("KAM Desktop")
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    set_identity(app)
    theme.apply(app, theme_choice or settings.get(settings.THEME))
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    return app


def run_gui(
    db: Database,
    *,
    smoke_test: bool = False,
    screenshot: str | None = None,
    view: str = "portfolio",
    theme_choice: str | None = None,
    started: float | None = None,
    instance: object | None = None,
    lang: str | None = None,
) -> int:
    """``instance``: the SingleInstance guard taken by app.main (None in tests and tools);
    ``lang``: 'it' or 'en' from --lang (else the preference, else the system's language)."""
    app = make_app(theme_choice)
    from kam_desktop.ui.common.language import install_language

    install_language(lang)
    from kam_desktop.ui.main_window import MainWindow

    ctx = AppContext(db)
    window = MainWindow(ctx)
    reporter = CrashReporter(lambda: window)
    reporter.install()
    if smoke_test:
        window.show()
        for _ in range(10):
            app.processEvents()
        elapsed = time.perf_counter() - (started or time.perf_counter())
        print(f"start-up: {elapsed:.3f} s (main window built and shown on {db.path})")
        window.close()
        db.close()
        return 0
    if screenshot:
        from kam_desktop.ui.screenshot import render

        try:
            render(window, view, screenshot)
        except DomainError as exc:
            print(f"kam-desktop: {exc.message}", file=sys.stderr)
            return 2
        finally:
            window.close()
            db.close()
        print(f"wrote {screenshot}")
        return 0
    from kam_desktop.ui.common.data_safety import DataSafety

    safety = DataSafety(db, window)
    safety.start()
    safety.close_on_sigterm()
    listen = getattr(instance, "listen", None)
    if callable(listen):
        listen(lambda: window)
    window.show()
    safety.announce()
    try:
        code = app.exec()
        safety.on_close()
    finally:
        db.close()
        release = getattr(instance, "release", None)
        if callable(release):
            release()
    return int(code)
