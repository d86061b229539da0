"""The running app's data-safety duties: automatic backups (hourly with changes, and on
close; a close backup that fails is said in a message box, not only in the log), telling the
user about a read-only database or a recovered unclean shutdown, and - once the open file is
known to be damaged (the store's damage latch: the background check of a large file, Help >
Check database, an error while reading or writing) - offering the newest good backup as a
damaged start does."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from kam_desktop.i18n import fmt
from kam_desktop.services.backups import AutoBackup
from kam_desktop.store.database import Database
from kam_desktop.ui.common.background import BackgroundTask, one_line

log = logging.getLogger(__name__)
TICK_MS = 5 * 60 * 1000  # look every 5 minutes; AutoBackup decides when an hour has passed


def _warn(parent: QWidget | None, title: str, text: str) -> None:
    """A modal warning (tests replace this)."""
    QMessageBox.warning(parent, title, text)


class DataSafety(QObject):
    damage_found = Signal(object, bool)  # (CheckResult, offer): emitted from any thread

    def __init__(self, db: Database, window: QMainWindow) -> None:
        super().__init__(window)
        self.db = db
        self.window = window
        self.auto = AutoBackup(db)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.notice: QMessageBox | None = None
        self.task: BackgroundTask | None = None  # the automatic backup running now, if any
        self.offered = False  # the restore of a good backup was offered for this file
        self.closing_on_sigterm = False
        self.damage_found.connect(self._on_damage_found, Qt.ConnectionType.QueuedConnection)
        db.on_damage(self.damage_found.emit)
        if db.damage is not None:  # found before the duties began (e.g. the background check)
            self.damage_found.emit(db.damage, True)

    def _on_damage_found(self, check: object, offer: bool) -> None:
        """The open file is damaged: say so in the status bar; offer the newest good backup."""
        summary = getattr(check, "summary", "")
        self.window.statusBar().showMessage(
            fmt(self.tr("The database is damaged: %1 Changes are refused."), summary)
        )
        if not offer or self.offered or self.db.damage is None:
            return
        self.offered = True
        from kam_desktop.ui.common.data_menu import _go_home
        from kam_desktop.ui.common.restore_dialog import offer_restore_while_open

        ctx = getattr(self.window, "_ctx", None)
        if ctx is None:
            return
        message = fmt(
            self.tr(
                "%1 is damaged: %2 Nothing more is written to it: every change is refused until a good "
                "backup is put in its place."
            ),
            str(self.db.path),
            summary,
        )
        if offer_restore_while_open(ctx, self.window, message, on_restored=lambda: _go_home(self.window)):
            self.offered = False
            self.window.statusBar().showMessage(self.tr("The backup was restored."), 15000)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        """No more automatic backups (the window moves to another database); a running one is
        waited for."""
        self.timer.stop()
        if hasattr(self, "_wake"):
            self._wake.stop()
        if self.task is not None:
            self.task.wait()

    def close_on_sigterm(self) -> None:
        """SIGTERM (logging out, a shutdown) closes the window like the user would, so the close
        backup runs. Python sees a signal only when it runs, so a light timer wakes it."""
        import signal

        def on_term(_signum: int, _frame: object) -> None:
            log.info("SIGTERM: closing the window (the close backup runs)")
            self.closing_on_sigterm = True
            QTimer.singleShot(0, self._close_everything)

        try:
            signal.signal(signal.SIGTERM, on_term)
        except ValueError:  # not the main thread (tests, tools)
            return
        self._wake = QTimer(self)
        self._wake.setInterval(300)
        self._wake.timeout.connect(self._on_wake_timeout)
        self._wake.start()

    def _on_wake_timeout(self) -> None:
        """Nothing to do: returning to Python lets a pending signal handler run."""

    def _close_everything(self) -> None:
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                widget.close()
        self.window.close()
        QApplication.quit()

    def _on_timer_timeout(self) -> None:
        """The hourly backup runs in the background: the window stays responsive meanwhile."""
        if self.task is not None or not self.auto.due:
            return
        self.task = BackgroundTask(
            lambda _progress: self.auto.tick(),
            self.window,
            on_success=self._on_backup_done,
            on_error=self._on_backup_failed,
            busy_text=self.tr("Backing up the database…"),
        )
        self.task.start()

    def _on_backup_done(self, made: Path | None) -> None:
        self.task = None
        self._report(made)

    def _on_backup_failed(self, exc: BaseException) -> None:
        self.task = None
        self.window.statusBar().showMessage(fmt(self.tr("Automatic backup failed: %1"), one_line(exc)), 30000)

    def _report(self, made: Path | None) -> None:
        bar = self.window.statusBar()
        if made is not None:
            bar.showMessage(fmt(self.tr("Automatic backup written: %1"), made.name), 10000)
        elif self.auto.last_error:
            reason = " ".join(self.auto.last_error.split())  # one line
            bar.showMessage(fmt(self.tr("Automatic backup failed: %1"), reason), 30000)

    def on_close(self) -> Path | None:
        """The close backup (only if data changed since the last backup)."""
        self.timer.stop()
        if self.task is not None:
            self.task.wait()
        made = self.auto.on_close()
        if made is None and self.auto.last_error:
            log.warning("backup on close failed")
            if not self.closing_on_sigterm:  # (a session ending cannot wait for a click)
                _warn(
                    None,
                    self.tr("Backup on close failed"),
                    fmt(
                        self.tr(
                            "The backup made when KAM Desktop closes failed: %1\n\nYour saved changes are "
                            "still in %2; they are not in a backup yet."
                        ),
                        " ".join(self.auto.last_error.split()),
                        str(self.db.path),
                    ),
                )
        return made

    def announce(self) -> None:
        """Say once, without blocking, what the user must know about the open file."""
        if self.db.read_only:
            box = QMessageBox(self.window)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Read-only database"))
            if self.db.read_only_reason.startswith("the file has"):
                text = self.tr(
                    "%1 has more than one name (a hard link), so it is open read-only: writing it "
                    "through two names would damage it. You can look at everything; to edit, make a "
                    "copy (not a link) and open the copy."
                )
            else:
                text = self.tr(
                    "%1 is in a place your user account on this computer cannot write to, so it is open "
                    "read-only: you can "
                    "look at everything, but changes cannot be saved. To edit, copy it to a folder you "
                    "can write to and open the copy."
                )
            box.setText(fmt(text, self.db.path))
            box.setObjectName("read_only_notice")
            self.notice = box
            box.open()
        elif self.db.unclean_shutdown:
            self.window.statusBar().showMessage(
                self.tr(
                    "KAM Desktop was not closed properly last time; the database was checked and is fine."
                ),
                20000,
            )
