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

    @Slot()
    def _on_progress_canceled(self) -> None:
        self.cancelled = True
        self._task.cancel()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling…"))

    @Slot(int, str)
    def _on_task_progressed(self, value: int, message: str) -> None:
        progress = self.progress  # setValue() of a modal dialog runs events: it may finish meanwhile
        if progress is None:
            return
        progress.setLabelText(message)
        progress.setValue(value)

    def _on_task_succeeded(self, result: Any) -> None:
        self._close_progress()
        self.result = result
        self.done.emit(result)
        self._on_success(result)

    def _on_task_failed(self, exc: BaseException) -> None:
        self._close_progress()
        self.done.emit(None)
        self._on_error(exc)

    @Slot(object)
    def _on_task_done(self, result: Any) -> None:
        """Cancelled: neither succeeded nor failed with an error."""
        if result is None and self._task.error is None and self.progress is not None:
            self._close_progress()
            self.done.emit(None)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None  # type: ignore[assignment]
