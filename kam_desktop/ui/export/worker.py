"""Running an export off the GUI thread (through the one background helper,
``ui.common.background``), with a progress dialog that can cancel it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from kam_desktop.services.export import ExportCancelled, ExportResult
from kam_desktop.ui.common.background import BackgroundTask

Job = Callable[[Callable[[float, str], None]], ExportResult]


class ExportRun(QObject):
    """One export in a worker thread. ``done`` carries the ExportResult, or None if it failed."""

    done = Signal(object)

    def __init__(
        self,
        job: Job,
        title: str,
        parent: QWidget | None,
        on_success: Callable[[ExportResult], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_error = on_error
        self.result: ExportResult | None = None
        self.cancelled = False
        self._pending_error: BaseException | None = None
        self.progress = QProgressDialog(title, self.tr("Cancel"), 0, 100, parent)
        self.progress.setWindowTitle(self.tr("Exporting PDF"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(250)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setValue(0)
        self._task = BackgroundTask(
            job,
            parent,
            on_success=self._on_task_succeeded,
            on_error=self._on_task_failed,
            cancelled_types=(ExportCancelled,),
        )
        self._task.progressed.connect(self._on_task_progressed)
        self._task.done.connect(self._on_task_done)
        self.progress.canceled.connect(self._on_progress_canceled)

    def start(self) -> None:
        self._task.start()

    def wait(self) -> None:
        self._task.wait()

    def _close_progress(self) -> None:
        self.progress.close()
        self.progress.deleteLater()

    @Slot()
    def _on_progress_canceled(self) -> None:
        self.cancelled = True
        self._task.cancel()
        self.progress.setLabelText(self.tr("Cancelling…"))

    @Slot(int, str)
    def _on_task_progressed(self, value: int, message: str) -> None:
        self.progress.setValue(value)
        self.progress.setLabelText(message)

    def _on_task_succeeded(self, result: Any) -> None:
        self.result = result

    def _on_task_failed(self, exc: BaseException) -> None:
        self._pending_error = exc

    @Slot(object)
    def _on_task_done(self, result: Any) -> None:
        self._close_progress()
        self.done.emit(result)
        if result is not None:
            self._on_success(result)
            return
        if self._pending_error is not None:
            self._on_error(self._pending_error)
