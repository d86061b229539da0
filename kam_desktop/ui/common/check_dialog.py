"""Help > Check database: integrity_check and foreign_key_check on the open file (read-only),
the result in plain words, and a way to the newest good backup if something is wrong."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.i18n import fmt
from kam_desktop.services import backups
from kam_desktop.store.integrity import CheckResult
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
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore from backup…"))
        self.restore_button.setObjectName("check_restore")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.result: CheckResult | None = None
        self.run_check()

    def run_check(self) -> CheckResult:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        started = time.perf_counter()
        try:
            result = backups.check(self.ctx.db.path)
        finally:
            QGuiApplication.restoreOverrideCursor()
        elapsed = time.perf_counter() - started
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
            self.details.setPlainText(
                fmt(
                    self.tr("Backups of this database: %1"),
                    str(len(backups.list_backups(self.ctx.db.path, with_counts=False))),
                )
            )
            self.restore_button.setVisible(False)
        else:
            good = backups.newest_good_backup(self.ctx.db.path)
            offer = (
                fmt(self.tr("The newest good backup is from %1."), f"{good.created:%Y-%m-%d %H:%M} UTC")
                if good
                else self.tr("No good backup was found.")
            )
            self.headline.setText(
                fmt(self.tr("The database is damaged: %1 Nothing was changed. %2"), result.summary, offer)
            )
            self.details.setPlainText("\n".join(result.details))
            self.restore_button.setVisible(True)
        return result

    def _on_restore_button_clicked(self) -> None:
        self.accept()
        if self._on_restore is not None:
            self._on_restore()


def open_check_dialog(
    ctx: AppContext, parent: QWidget | None = None, on_restore: Callable[[], None] | None = None
) -> None:
    CheckDialog(ctx, parent, on_restore).exec()
