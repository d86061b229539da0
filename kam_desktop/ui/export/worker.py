"""Running an export off the GUI thread, with a progress dialog that can cancel it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from kam_desktop.services.export import ExportCancelled, ExportResult

log = logging.getLogger(__name__)
Job = Callable[[Callable[[float, str], None]], ExportResult]


class _Worker(QObject):
    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self.cancel_requested = threading.Event()

    def _progress(self, fraction: float, message: str) -> None:
        if self.cancel_requested.is_set():
            raise ExportCancelled()
        self.progressed.emit(max(0, min(100, round(fraction * 100))), message)

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except ExportCancelled:
            self.failed.emit(None)
        except Exception as exc:  # handed to the GUI thread, which decides how to show it
            log.debug("export failed", exc_info=True)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


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
        self._thread = QThread()
        self._worker = _Worker(job)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_worker_progressed)
        self._worker.succeeded.connect(self._on_worker_succeeded)
        self._worker.failed.connect(self._on_worker_failed)
        self.progress.canceled.connect(self._on_progress_canceled)

    def start(self) -> None:
        self._thread.start()

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.progress.close()
        self.progress.deleteLater()

    @Slot()
    def _on_progress_canceled(self) -> None:
        self.cancelled = True
        self._worker.cancel_requested.set()
        self.progress.setLabelText(self.tr("Cancelling…"))

    @Slot(int, str)
    def _on_worker_progressed(self, value: int, message: str) -> None:
        self.progress.setValue(value)
        self.progress.setLabelText(message)

    @Slot(object)
    def _on_worker_succeeded(self, result: Any) -> None:
        self._finish()
        self.result = result
        self.done.emit(result)
        self._on_success(result)

    @Slot(object)
    def _on_worker_failed(self, exc: Any) -> None:
        self._finish()
        self.done.emit(None)
        if exc is not None:
            self._on_error(exc)
