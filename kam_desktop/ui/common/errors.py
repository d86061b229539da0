"""Two kinds of errors: known conditions get a plain message; bugs get the crash dialog."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import fmt, translate
from kam_desktop.logging_setup import log_file, safe_trace

if TYPE_CHECKING:  # (QMessageBox is imported when one is shown: not before the first frame)
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)
T = TypeVar("T")


def show_error(parent: QWidget | None, message: str, title: str = "KAM Desktop") -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, message)


def attempt(parent: QWidget | None, func: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """Run a service call; a DomainError becomes a message box and None is returned."""
    try:
        return func(*args, **kwargs)
    except DomainError as exc:
        show_error(parent, exc.message)
        return None


class CrashReporter:
    """sys.excepthook replacement: log where it happened, show a dialog, go on. The log and the
    dialog's details hold exception types and code locations only (``safe_trace``), never
    messages or local values, which can carry customer text."""

    def __init__(self, parent_getter: Callable[[], QWidget | None]) -> None:
        self._parent_getter = parent_getter
        self.last_dialog: QMessageBox | None = None
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        details = safe_trace(exc)  # types and code locations only: never messages or values
        log.error("unexpected error\n%s", details)
        if isinstance(exc, DomainError):
            show_error(self._parent_getter(), exc.message)
            return
        if self._showing:
            return
        path = log_file()
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._parent_getter())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("CrashReporter", "KAM Desktop - unexpected error"))
        box.setText(
            translate(
                "CrashReporter",
                "Something went wrong that KAM Desktop did not expect. Your saved data is safe: every "
                "edit is stored the moment you make it. You can keep working.",
            )
        )
        in_log = translate("CrashReporter", "The details are in the log file:\n%1")
        box.setInformativeText(
            fmt(in_log, str(path)) if path else translate("CrashReporter", "No log file could be written.")
        )
        box.setDetailedText(details)
        box.finished.connect(self._on_box_finished)
        self._showing = True
        self.last_dialog = box
        box.open()

    def _on_box_finished(self, _result: int) -> None:
        self._showing = False
