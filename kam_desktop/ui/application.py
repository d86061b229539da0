"""Start Qt: application object, crash reporter, main window painted first, then the store and\nthe data; smoke-test (paint / ready) and screenshot modes."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from kam_desktop.domain.errors import DomainError
from kam_desktop.ui.common import settings, theme
from kam_desktop.ui.common.app_icon import APP_ID, app_icon
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.errors import CrashReporter, show_error

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported after the first frame
    from kam_desktop.services.portfolio_early import EarlyView
    from kam_desktop.store.database import Database
    from kam_desktop.ui.workspace import Workspace


def set_identity(app: QApplication) -> None:
    """The icon on every window, and the desktop entry's name (Wayland and task bars match it)."""
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())


def make_app(theme_choice: str | None = None, *, keyboard_later: bool = False) -> QApplication:
    """The application object (made once). ``keyboard_later``: the keyboard policy (an event
    filter on every event) is installed by the caller, after the first frame (``run_gui``)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("KAM Desktop")
    QCoreApplication.setApplicationName("KAM Desktop")
    # (fractional scaling passes through: Qt 6's default rounding policy, not set here, as naming
    # it would build PySide6's Qt namespace before the first frame - see ui/common/lazy_qt.py)
    # Fusion everywhere, named on the command line Qt reads (``setStyle`` would hand a QStyle to
    # Python: PySide6 builds that type and its 11 enums, ~8 ms, before the first frame)
    app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    set_identity(app)
    if not keyboard_later:
        _install_keyboard(app)
    theme.apply(app, theme_choice or settings.get(settings.THEME))
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    return app


def _install_keyboard(app: QApplication) -> None:
    from kam_desktop.ui.common import keyboard

    keyboard.install(app)  # Tab out of multi-line fields, menu shortcuts wherever the focus is


class _FirstPaint(QObject):
    """Ends ``loop`` when the watched window has painted its first frame."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.painted = False
        self._loop = loop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self._loop.quit()  # (after this event: the frame is flushed to the screen first)
        return False


FIRST_PAINT_TIMEOUT_MS = 5000


def show_and_paint(app: QApplication, window: QWidget) -> None:
    """Show ``window`` and return once its first frame is painted: the event loop runs (user
    input held back) until the window system has exposed the window and it has painted - a
    window manager maps a new window some tens of milliseconds after ``show``. (A loop of
    ``processEvents`` calls returned at once when no event had come yet, so under a window
    manager the start went on unpainted and the window stayed black until the rows came.)
    After ``FIRST_PAINT_TIMEOUT_MS`` it returns anyway: a window never exposed (on another
    desktop, minimised) must not hold up the start."""
    loop = QEventLoop()
    watcher = _FirstPaint(loop)
    window.installEventFilter(watcher)
    window.show()
    if not watcher.painted:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(FIRST_PAINT_TIMEOUT_MS)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        timer.stop()
    window.removeEventFilter(watcher)


def _repaint_laid_out(app: QApplication, window: QWidget) -> None:
    """Paint ``window`` now, its layouts first brought up to date with the texts just set (the
    cap's label, painted before its layout had made room for it, showed one clipped glyph)."""
    app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    window.repaint()


def wait_until_loaded(app: QApplication, page: Any, failures: list[str]) -> None:
    """Run the event loop until the portfolio page has shown its first load (or it failed)."""
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    page.load_failed.connect(loop.quit)
    if page.portfolio is None and not failures:
        loop.exec()
    page.loaded.disconnect(loop.quit)
    page.load_failed.disconnect(loop.quit)


def _hold_sigterm(held: list[int]) -> None:
    """Until the data-safety handler is installed (after the load), a SIGTERM is held, not fatal."""
    import contextlib
    import signal

    with contextlib.suppress(ValueError):  # not the main thread (tests, tools)
        signal.signal(signal.SIGTERM, lambda signum, _frame: held.append(signum))


def _mark(t0: float) -> tuple[float, str]:
    """Seconds since ``t0``, and the moment for ``make bench``: the wall clock (seconds since
    the epoch, to compare with the moment the process was started), this process's CPU seconds
    so far (user + system, all threads) and its peak RSS so far (kB)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return time.perf_counter() - t0, f"{time.time():.4f} {time.process_time():.4f} {peak}"


def run_gui(
    open_db: Callable[[Callable[[], None]], Database | int] | Database,
    *,
    early_view: Callable[[], EarlyView | None] | None = None,
    smoke_test: str | None = None,
    screenshot: str | None = None,
    view: str = "portfolio",
    theme_choice: str | None = None,
    started: float | None = None,
    instance: object | None = None,
    lang: str | None = None,
) -> int:
    """Paint first, then load: the main window's first frame (navigation, an empty sized table)
    is on screen before ``open_db`` imports the store and opens the file; the data arrives after.
    ``early_view`` (after the first frame): the portfolio read at start-up when it is safe to
    show it before the store is opened (see services.portfolio_early), else None; it is shown at
    once, and the store is opened after that frame. ``open_db(withdraw)`` returns the open
    Database, or an exit code once it has reported why not (over the frame, after calling
    ``withdraw`` to take away rows shown early). ``smoke_test``: "paint" exits after the first
    frame, "ready" once the portfolio shows its data and the store is open (the app usable);
    both moments are printed. ``instance``: the SingleInstance guard taken by app.main (None in tests).
    ``lang``: 'it' or 'en' from --lang (else the preference, else the system's language)."""
    app = make_app(theme_choice, keyboard_later=True)
    from kam_desktop.ui.common.language import install_language, install_number_locale

    install_language(lang, number_locale_later=True)  # (the first frame shows no number or date)
    from kam_desktop.ui.main_window import MainWindow

    t0 = started or time.perf_counter()
    held: list[int] = []
    if not (smoke_test or screenshot):
        _hold_sigterm(held)
    window = MainWindow()
    workspace: Workspace | None = None
    reporter = CrashReporter(lambda: workspace.window if workspace is not None else window)
    reporter.install()
    painted_moment = ""
    if not screenshot:
        show_and_paint(app, window)
        if smoke_test:
            painted_moment = _mark(t0)[1]  # (first paint in a whole start: the early read beside it)
    if smoke_test != "paint":  # after the first frame: numbers and dates the user's way, emoji (and
        # CJK/Arabic if missing) for user text
        install_number_locale()
        from kam_desktop.ui.common.fallback_fonts import install_fallback_fonts

        install_fallback_fonts()
    if smoke_test == "paint":
        painted, moment = _mark(t0)
        from kam_desktop.ui.common.lazy_qt import namespace_built

        loaded = "yes" if "sqlalchemy" in sys.modules else "no"
        built = "yes" if namespace_built() else "no"  # (see ui/common/lazy_qt.py)
        print(
            f"first paint: {painted:.3f} s (SQLAlchemy imported: {loaded}) (PySide6's Qt namespace built: {built})"
        )
        print(f"moments: painted {moment}")
        window.close()
        return 0
    _install_keyboard(app)  # after the first frame (once: nothing if make_app installed it)
    page = window.portfolio_page
    page.complete()  # what the first frame's page left for after it (the real model behind the table...)
    early = None
    if early_view is not None and callable(open_db):
        try:
            early = early_view()
        except Exception:  # a bug there must not stop the start-up: the store reads the rows
            import logging

            logging.getLogger(__name__).exception("the portfolio read at start-up was not shown")
    shown_early: tuple[float, str, bool] | None = None
    listed_moment = ""
    if early is not None:  # the rows read at start-up, shown before the store is opened
        page.show_early(early.portfolio)
        _repaint_laid_out(app, window)  # the rows on screen now; the chart, the filter's haystacks, after
        shown_early = (*_mark(t0), "sqlalchemy" in sys.modules)
        if early.rest is not None:  # that was the first screen: every row now
            every = early.rest()
            if every is None:  # (unreadable after all: the store reads them)
                page.withdraw_rows()
                early = None
            else:
                page.show_early(every)
                _repaint_laid_out(app, window)
        listed_moment = _mark(t0)[1]
        for _ in range(10):  # the work queued for after the rows' frame (chart, filter); the
            # user's clicks and keys wait for the store (nothing here may act on them yet)
            app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    opened = open_db(page.withdraw_rows) if callable(open_db) else open_db
    if isinstance(opened, int):
        window.close()
        return opened
    db = opened
    current = False
    if early is not None:
        from kam_desktop.services import clock
        from kam_desktop.services.portfolio_early import still_current

        current = still_current(early, db.path, clock.today().isoformat())  # (midnight passed?)
        if not current:  # the file changed meanwhile: read through the store
            page.withdraw_rows()
    failures: list[str] = []
    page.load_failed.connect(failures.append)
    try:
        window.attach(AppContext(db), loaded=current)  # else the rows are read in a worker thread
        if smoke_test or screenshot:
            wait_until_loaded(app, page, failures)
        if smoke_test:
            for _ in range(10):
                app.processEvents()
        if failures:
            raise DomainError(failures[0])
    except DomainError as exc:  # e.g. the file became locked by another program: one line
        print(f"kam-desktop: {exc.message}", file=sys.stderr)
        window.close()
        db.close()
        release = getattr(instance, "release", None)
        if callable(release):
            release()
        return 2
    page.load_failed.disconnect(failures.append)
    page.load_failed.connect(lambda message: show_error(window, message))  # later loads
    from kam_desktop.services import collector

    collector.start_up_done()  # the app is usable: what start-up made is frozen, collection resumes
    if smoke_test:
        usable, moment = _mark(t0)
        rows = window.portfolio_page.model.rowCount()
        if shown_early is not None:
            seconds, shown, with_sqlalchemy = shown_early
            when = f"{seconds:.3f} s, before the store was opened (SQLAlchemy imported: {'yes' if with_sqlalchemy else 'no'})"
        else:
            shown, when = moment, f"{usable:.3f} s, after the store was opened"
        print(
            f"start-up: data shown {when}; store open and the app usable {usable:.3f} s "
            f"(portfolio shows {rows} accounts of {db.path})"
        )
        print(
            f"moments: painted {painted_moment} shown {shown} listed {listed_moment or shown} usable {moment}"
        )
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
    from kam_desktop.ui.workspace import Workspace

    workspace = Workspace(window, db, guarded=True)
    window.show_first_run_if_needed()
    workspace.start_duties(instance)
    if held:  # a SIGTERM came during start-up: handle it now, like one that comes later
        import signal

        QTimer.singleShot(0, lambda: signal.raise_signal(signal.SIGTERM))
    try:
        code = app.exec()
    finally:
        workspace.close()
    return int(code)
