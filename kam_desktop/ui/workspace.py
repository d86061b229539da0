"""The open database and the window showing it; File > New, Open… and Open recent switch both.

Another file is opened exactly as at start-up: the single-instance lock for it is taken, then
``store.database.open_database`` (inspect -> decide -> act) runs. Whatever it refuses (damaged,
written by a newer version, another application's SQLite file, a 0-byte file, a FIFO, in use by
another program or another KAM Desktop...) is shown in a dialog with the very message the
command line prints, and the database open now stays open, untouched. Only once the new file
is open is the old one let go: its hourly backup is stopped (a running one is waited for), it
is closed, the close backup runs (only if data changed) and its lock is released; a fresh main
window then shows the new file (pages built for the old one are not reused).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kam_desktop.i18n import fmt, translate
from kam_desktop.ui.common import recent_files

if TYPE_CHECKING:
    from kam_desktop.store.database import Database
    from kam_desktop.ui.common.background import BackgroundTask
    from kam_desktop.ui.common.context import AppContext
    from kam_desktop.ui.common.data_safety import DataSafety
    from kam_desktop.ui.common.single_instance import SingleInstance
    from kam_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _adopt_user(db: Database, user: tuple[str, str] | None) -> None:
    """The demo's own user (its "Prepared by") becomes the one typed on the first run."""
    if not user:
        return
    from kam_desktop.services.profile import get_profile, save_profile

    demo = get_profile(db)
    save_profile(db, user[0], user[1] or demo.company_name, demo.currency)


def demo_path(language: str) -> Path:
    """The demo's own file in the user data folder (never the user's database)."""
    from kam_desktop.paths import data_dir

    return data_dir() / ("demo-it.sqlite" if language == "it" else "demo.sqlite")


def _wait_for_reads(window: MainWindow) -> None:
    """A read of the old file still under way (the portfolio loads in a thread of its own)
    finishes before that file is closed."""
    loader = getattr(window.portfolio_page, "_loader", None)
    thread = getattr(loader, "thread", None)
    join = getattr(thread, "join", None)
    if callable(join):
        join(30)


class Workspace(QObject):
    """``window`` shows ``db``. ``guarded``: take the single-instance lock of every file opened
    and run its automatic backups (the interactive app; False in tests and tools)."""

    switched = Signal(object)  # the new MainWindow

    def __init__(self, window: MainWindow, db: Database, *, guarded: bool = False) -> None:
        super().__init__()
        self.window = window
        self.db = db
        self.guarded = guarded
        self.instance: SingleInstance | None = None
        self.safety: DataSafety | None = None
        self.refusal: QMessageBox | None = None  # the last "not opened" dialog (tests read it)
        self.demo_task: BackgroundTask | None = None
        window.workspace = self
        recent_files.add(db.path)

    # --- the running app's duties for the open file --------------------------------------

    def start_duties(self, instance: object | None) -> None:
        """Hourly/close backups, SIGTERM, the single-instance server (interactive app only)."""
        from kam_desktop.ui.common.data_safety import DataSafety

        self.instance = instance  # type: ignore[assignment]
        safety = DataSafety(self.db, self.window)
        safety.start()
        safety.close_on_sigterm()
        self.safety = safety
        listen = getattr(instance, "listen", None)
        if callable(listen):
            listen(lambda: self.window)
        safety.announce()

    def close(self) -> None:
        """The app is quitting, once the reads under way in worker threads (a portfolio load)
        have returned: close the file (its -wal is checkpointed into it), then the close backup
        (so no write to the file comes after the newest backup: the next start knows from the
        file's time whether anything is left to back up), release its lock."""
        from kam_desktop.ui.common.background_call import wait_for_running

        wait_for_running()
        safety, self.safety = self.safety, None
        try:
            if safety is not None:
                safety.stop()  # no more hourly backups; a running one is waited for
        finally:
            try:
                self.db.close()
                if safety is not None:
                    safety.on_close()
            finally:
                if self.instance is not None:
                    self.instance.release()
                    self.instance = None

    # --- opening another file ------------------------------------------------------------

    def refuse(self, message: str) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("open_refused")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Database not opened"))
        box.setText(message)
        box.setInformativeText(fmt(self.tr("Still open: %1"), str(self.db.path)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.refusal = box
        box.open()

    def _same_as_open(self, path: Path) -> bool:
        try:
            return path.samefile(self.db.path)
        except OSError:
            return False

    def _open(self, path: Path) -> tuple[Database, SingleInstance | None] | None:
        """Lock and open ``path`` as the command line would; None (and a dialog) if refused."""
        from kam_desktop.domain.errors import StoreError
        from kam_desktop.store.database import open_database

        instance: SingleInstance | None = None
        created_here = False
        if self.guarded:
            from kam_desktop.ui.common.single_instance import Outcome, SingleInstance

            instance = SingleInstance(path)
            outcome = instance.acquire()
            if outcome is Outcome.FORWARDED:
                instance.release()
                self.refuse(
                    fmt(
                        self.tr(
                            "KAM Desktop is already open on %1 in another window; that window was brought forward."
                        ),
                        str(instance.db_path),
                    )
                )
                return None
            if outcome is Outcome.BUSY:
                instance.release()
                self.refuse(instance.busy_message())
                return None
            created_here = instance.created_file
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            db = open_database(path, created_here=created_here)
        except StoreError as exc:  # also DamagedDatabaseError: the CLI's very message
            if instance is not None:
                instance.release()
            self.refuse(exc.message)
            return None
        except OSError as exc:
            if instance is not None:
                instance.release()
            self.refuse(fmt(translate("Store", "Cannot open %1: %2."), path, exc.strerror))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        return db, instance

    def open_file(self, path: Path | str) -> bool:
        """File > Open / Open recent / New: switch to ``path`` (created if it does not exist).
        False, with the reason shown, when it was not opened; the current database stays."""
        path = Path(path).expanduser().absolute()
        if self._same_as_open(path):
            self.window.statusBar().showMessage(fmt(self.tr("%1 is already open."), str(path)), 8000)
            return True
        opened = self._open(path)
        if opened is None:
            return False
        self._activate(*opened)
        return True

    def open_demo(self, language: str, user: tuple[str, str] | None = None) -> bool:
        """The demo portfolio in its own file (written the first time, in the background);
        ``user``: the name and company typed on the first run - the demo's user becomes them."""
        path = demo_path(language)
        if self._same_as_open(path):
            return True
        opened = self._open(path)
        if opened is None:
            return False
        db, instance = opened
        from kam_desktop.services.profile import needs_first_run

        if not needs_first_run(db):
            _adopt_user(db, user)
            self._activate(db, instance)
            return True
        from kam_desktop.services.demo import generate_demo
        from kam_desktop.ui.common.background import BackgroundTask

        def give_up(exc: BaseException) -> None:
            from kam_desktop.ui.common.background import one_line

            db.close()
            if instance is not None:
                instance.release()
            self.refuse(fmt(self.tr("The demo could not be written: %1"), one_line(exc)))

        def written(_counts: object) -> None:
            _adopt_user(db, user)
            self._activate(db, instance)

        self.demo_task = BackgroundTask(
            lambda _progress: generate_demo(db, language=language),
            self.window,
            on_success=written,
            on_error=give_up,
            busy_text=self.tr("Writing the demo portfolio…"),
        )
        self.demo_task.start()
        return True

    def rebuild_window(self, ctx: AppContext | None = None) -> MainWindow:
        """The same database in a freshly built window (the interface language changed);
        ``ctx``: the old window's context, to keep its undo history."""
        from kam_desktop.ui.common.context import AppContext
        from kam_desktop.ui.main_window import MainWindow

        old_window = self.window
        window = MainWindow()
        window.workspace = self
        window.restoreGeometry(old_window.saveGeometry())
        window.attach(ctx if ctx is not None else AppContext(self.db))
        self.window = window
        if self.safety is not None:  # the automatic backups carry on, reporting in the new window
            self.safety.window = window
            self.safety.setParent(window)
        if old_window.isVisible():
            window.show()
        old_window.close()
        old_window.deleteLater()
        self.switched.emit(window)
        return window

    def _activate(self, db: Database, instance: SingleInstance | None) -> None:
        from kam_desktop.ui.common.context import AppContext
        from kam_desktop.ui.main_window import MainWindow

        old_window, old_db = self.window, self.db
        old_safety, old_instance = self.safety, self.instance
        # the old file first: no more hourly backups (a running one is waited for), then the
        # close backup if data changed, then close it and let its lock go
        if old_safety is not None:
            old_safety.stop()
        for widget in QApplication.topLevelWidgets():  # dialogs of the old file go with it
            if widget is not old_window and widget.isVisible() and isinstance(widget, QWidget):
                widget.close()
        window = MainWindow()
        window.workspace = self
        window.restoreGeometry(old_window.saveGeometry())
        self.window, self.db, self.instance, self.safety = window, db, None, None
        window.attach(AppContext(db))
        window.show_first_run_if_needed()
        if old_window.isVisible():
            window.show()
        old_window.close()
        _wait_for_reads(old_window)
        old_window.deleteLater()
        old_db.close()
        if old_safety is not None:  # after the close's checkpoint (see ``close``)
            old_safety.on_close()
        if old_instance is not None:
            old_instance.release()
        if self.guarded:
            self.start_duties(instance)
        else:
            self.instance = instance
        recent_files.add(db.path)
        log.info("switched to another database")
        self.switched.emit(window)
