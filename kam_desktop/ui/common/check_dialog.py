"""Help > Check database: integrity_check and foreign_key_check on the open file (read-only),
the result in plain words, and a way to the newest good backup if something is wrong."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.i18n import fmt
from kam_desktop.services import backups
from kam_desktop.store.integrity import CheckResult
from kam_desktop.ui.common.background import BackgroundTask, one_line
from kam_desktop.ui.common.context import AppContext


class CheckDialog(QDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, on_restore: Callable[[], None] | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._on_restore = on_restore
        self.setWindowTitle(self.tr("Check database"))
        self.resize(640, 320)
        layout = QVBoxLayout(self)
        self.headline = QLabel()
        self.headline.setObjectName("check_headline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.headline)
        self.details = QPlainTextEdit()
        self.details.setObjectName("check_details")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the check"))
        self.busy = QProgressBar()
        self.busy.setObjectName("check_busy")
        self.busy.setRange(0, 0)  # busy: no percentage to show
        self.busy.setAccessibleName(self.tr("Checking the database"))
        layout.addWidget(self.busy)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore from backup…"))
        self.restore_button.setObjectName("check_restore")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.result: CheckResult | None = None
        self.task: BackgroundTask | None = None
        self.run_check()

    def run_check(self) -> None:
        """Run the check in the background (a large file takes a while): the dialog says so
        with a busy bar, the window stays responsive, the result arrives in ``show_result``."""
        self.result = None
        self.headline.setText(fmt(self.tr("Checking %1…"), str(self.ctx.db.path)))
        self.busy.setVisible(True)
        self.restore_button.setVisible(False)
        db = self.ctx.db
        path = db.path
        self._started = time.perf_counter()

        def job(_progress: Callable[[float, str], None]) -> tuple[CheckResult, str, int]:
            result = backups.check(path, live=True)
            if not result.ok:  # the damage latch: no more writes (this dialog offers the backup)
                db.mark_damaged(result, offer=False)
            if result.ok:
                return result, "", len(backups.list_backups(path, with_counts=False))
            good = backups.newest_good_backup(path)
            return result, (f"{good.created:%Y-%m-%d %H:%M} UTC" if good else ""), 0

        self.task = BackgroundTask(job, self, on_success=self.show_result, on_error=self._on_check_failed)
        self.task.start()

    def _on_check_failed(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        self.headline.setText(fmt(self.tr("The check could not run: %1"), one_line(exc)))

    def show_result(self, outcome: tuple[CheckResult, str, int]) -> None:
        result, good, count = outcome
        self.busy.setVisible(False)
        elapsed = time.perf_counter() - self._started
        self.result = result
        if result.ok:
            self.headline.setText(
                fmt(
                    self.tr(
                        "No problems found. The integrity check and the foreign-key check of %1 passed (%2 s)."
                    ),
                    str(self.ctx.db.path),
                    f"{elapsed:.1f}",
                )
            )
            self.details.setPlainText(fmt(self.tr("Backups of this database: %1"), str(count)))
            self.restore_button.setVisible(False)
        else:
            offer = (
                fmt(self.tr("The newest good backup is from %1."), good)
                if good
                else self.tr("No good backup was found.")
            )
            self.headline.setText(
                fmt(self.tr("The database is damaged: %1 Nothing was changed. %2"), result.summary, offer)
            )
            self.details.setPlainText("\n".join(result.details))
            self.restore_button.setVisible(True)

    def done(self, code: int) -> None:  # noqa: D102 - closing waits for a running check
        if self.task is not None:
            self.task.wait()
        super().done(code)

    def _on_restore_button_clicked(self) -> None:
        self.accept()
        if self._on_restore is not None:
            self._on_restore()


def open_check_dialog(
    ctx: AppContext, parent: QWidget | None = None, on_restore: Callable[[], None] | None = None
) -> None:
    dialog = CheckDialog(ctx, parent, on_restore)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # not exec(): the check runs in the background, the window stays responsive
