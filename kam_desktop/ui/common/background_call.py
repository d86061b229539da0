"""One call run in a worker thread, its result handed back to the GUI thread.

``BackgroundCall.start(func, *args)`` runs ``func(*args)`` in a Python thread; ``finished``
carries what it returned, or the exception it raised, and Qt's queued connection delivers it on
the thread the BackgroundCall lives in (the GUI thread). The read models the services return
are frozen, so handing them over is safe; the Database opens a connection per session
(``check_same_thread=False``), so a worker may read while the GUI thread works.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class BackgroundCall(QObject):
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None, name: str = "background-call") -> None:
        super().__init__(parent)
        self._name = name
        self.thread: threading.Thread | None = None

    def start(self, func: Callable[..., Any], *args: Any) -> None:
        self.thread = threading.Thread(target=self._run, args=(func, args), name=self._name, daemon=True)
        self.thread.start()

    def _run(self, func: Callable[..., Any], args: tuple[Any, ...]) -> None:
        try:
            result: object = func(*args)
        except Exception as exc:  # handed to the GUI thread, which reports it
            result = exc
        with contextlib.suppress(RuntimeError):  # the owner was closed and deleted meanwhile
            self.finished.emit(result)
