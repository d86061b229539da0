"""One call run in a worker thread, its result handed back to the GUI thread.

``BackgroundCall.start(func, *args)`` runs ``func(*args)`` in a Python thread; ``finished``
carries what it returned, or the exception it raised, and Qt's queued connection delivers it on
the thread the BackgroundCall lives in (the GUI thread). The read models the services return
are frozen, so handing them over is safe; the Database opens a connection per session
(``check_same_thread=False``), so a worker may read while the GUI thread works.

Closing the database while a call still reads it, and leaving Python's shutdown to a thread
still inside SQLite or emitting to Qt, crashed the app now and then (a segfault on a SIGTERM
that came while the portfolio was loading on a busy machine): ``wait_for_running`` lets the
closing code wait for the calls under way first.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

_running: set[threading.Thread] = set()
_running_lock = threading.Lock()


def wait_for_running(timeout: float = 15.0) -> bool:
    """Block until every call under way has returned (the app is closing the file they read);
    False if one is still running after ``timeout`` seconds in all."""
    with _running_lock:
        threads = [t for t in _running if t is not threading.current_thread()]
    deadline = time.monotonic() + timeout
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    return not any(thread.is_alive() for thread in threads)


class BackgroundCall(QObject):
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None, name: str = "background-call") -> None:
        super().__init__(parent)
        self._name = name
        self.thread: threading.Thread | None = None

    def start(self, func: Callable[..., Any], *args: Any) -> None:
        self.thread = threading.Thread(target=self._run, args=(func, args), name=self._name, daemon=True)
        with _running_lock:
            _running.add(self.thread)
        self.thread.start()

    def _run(self, func: Callable[..., Any], args: tuple[Any, ...]) -> None:
        try:
            result: object = func(*args)
        except Exception as exc:  # handed to the GUI thread, which reports it
            result = exc
        try:
            with contextlib.suppress(RuntimeError):  # the owner was closed and deleted meanwhile
                self.finished.emit(result)
        finally:
            with _running_lock:
                _running.discard(threading.current_thread())
