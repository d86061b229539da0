"""The portfolio is read in a worker thread: wait for its ``loaded`` signal before reading rows."""

from __future__ import annotations

from typing import Any


def wait_loaded(qtbot: Any, page: Any) -> None:
    """Return once the portfolio page shows the data of its last load (at once if none is under
    way). The result arrives through a queued signal, so nothing is missed between the call that
    started the load and this wait."""
    if page.is_loading():
        with qtbot.waitSignal(page.loaded, timeout=60_000):
            pass
