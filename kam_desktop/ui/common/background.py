"""The one way slow work leaves the GUI thread: PDF exports, the hourly backup, Help > Check
database, writing the demo.

``BackgroundTask(job, ...)`` runs ``job(progress)`` in a QThread of its own; ``progress(fraction,
message)`` may be called from the job (it raises ``Cancelled`` once the user asked to stop). The
result or the exception comes back on the GUI thread: ``on_success(result)``, else
``on_error(exc)`` - by default one line in the status bar of the parent's window (a DomainError's
message; for anything else its type, and the crash reporter's log has the rest). The window stays
responsive meanwhile; ``busy_text`` is shown in the status bar while it runs.

A running task is kept alive by the module (callers may drop it); ``wait()`` blocks until it is
finished (closing the database waits for a running backup).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QWidget

from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import fmt, translate

log = logging.getLogger(__name__)
Progress = Callable[[float, str], None]
Job = Callable[[Progress], Any]

_RUNNING: set[BackgroundTask] = set()  # keeps running tasks alive when the caller drops them


class Cancelled(Exception):
    """Raised inside the job by ``progress`` once cancelling was asked for."""


def one_line(exc: BaseException) -> str:
    """The error in one line for the user: a DomainError's own message, else its kind."""
    if isinstance(exc, DomainError):
        return " ".join(exc.message.split())
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return fmt(translate("Background", "unexpected error (%1); details are in the log"), type(exc).__name__)


class _Worker(QObject):
    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, cancelled_types: tuple[type[BaseException], ...]) -> None:
        super().__init__()
        self._job = job
        self._cancelled_types = (Cancelled, *cancelled_types)
        self.cancel_requested = threading.Event()
        self.cancelled_error: type[BaseException] = cancelled_types[0] if cancelled_types else Cancelled

    def _progress(self, fraction: float, message: str) -> None:
        if self.cancel_requested.is_set():
            raise self.cancelled_error()
        self.progressed.emit(max(0, min(100, round(fraction * 100))), message)

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except self._cancelled_types:
            self.failed.emit(None)
        except Exception as exc:  # handed to the GUI thread, which decides how to show it
            log.debug("background job failed", exc_info=True)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            # the thread ends with its job: ``BackgroundTask.wait`` (closing the database, a
            # dialog closed during its check) waits for the thread from the GUI thread, which
            # would otherwise wait forever for the quit that only the GUI thread sends
            thread = self.thread()
            if thread is not None:
                thread.quit()


def _status_bar_of(widget: QWidget | None):  # type: ignore[no-untyped-def]
    window = widget.window() if widget is not None else None
    return window.statusBar() if isinstance(window, QMainWindow) else None


class BackgroundTask(QObject):
    """One job in a worker thread. ``done`` carries the result, or None if it failed or was
    cancelled; ``progressed`` (percent, message) relays the job's progress."""

    done = Signal(object)
    progressed = Signal(int, str)

    def __init__(
        self,
        job: Job,
        parent: QWidget | None = None,
        *,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        busy_text: str = "",
        error_text: str = "",
        cancelled_types: tuple[type[BaseException], ...] = (),
    ) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self._on_success = on_success
        self._on_error = on_error
        self._busy_text = busy_text
        self._error_text = error_text  # "%1" = the one-line reason
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False
        self.finished = False
        self._thread = QThread()
        self._worker = _Worker(job, cancelled_types)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.succeeded.connect(self._on_worker_succeeded)
        self._worker.failed.connect(self._on_worker_failed)

    def start(self) -> BackgroundTask:
        _RUNNING.add(self)
        bar = _status_bar_of(self._parent_widget)
        if bar is not None and self._busy_text:
            bar.showMessage(self._busy_text)
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        return self in _RUNNING and not self.finished

    def cancel(self) -> None:
        self.cancelled = True
        self._worker.cancel_requested.set()

    def wait(self) -> None:
        """Block until the job is done and its result handed over (closing waits for a backup)."""
        if not self.running:
            return
        self._thread.wait()
        from PySide6.QtCore import QCoreApplication

        while self.running:  # deliver the queued succeeded/failed signal
            QCoreApplication.processEvents()

    def _finish(self) -> None:
        self.finished = True
        self._thread.quit()
        self._thread.wait()
        _RUNNING.discard(self)
        bar = _status_bar_of(self._parent_widget)
        if bar is not None and self._busy_text and bar.currentMessage() == self._busy_text:
            bar.clearMessage()

    @Slot(object)
    def _on_worker_succeeded(self, result: Any) -> None:
        self._finish()
        self.result = result
        self.done.emit(result)
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _on_worker_failed(self, exc: Any) -> None:
        self._finish()
        self.error = exc
        self.done.emit(None)
        if exc is None:
            return
        if self._on_error is not None:
            self._on_error(exc)
            return
        if not isinstance(exc, (DomainError, OSError)):
            log.error("background job failed: %s", type(exc).__name__, exc_info=exc)
        bar = _status_bar_of(self._parent_widget)
        if bar is not None:
            text = fmt(self._error_text, one_line(exc)) if self._error_text else one_line(exc)
            bar.showMessage(text, 30000)


def run_in_background(job: Job, parent: QWidget | None = None, **options: Any) -> BackgroundTask:
    """Start ``job`` in the background (see ``BackgroundTask`` for the options)."""
    return BackgroundTask(job, parent, **options).start()
