"""Python's cycle collector paused while a PDF is built.

An export allocates a few hundred thousand short-lived objects (read model, paragraphs, table
cells, PDF operators) that reference counting frees; almost none form cycles. Each allocation
burst makes the collector run, and its full passes walk every object the app holds (Qt, the ORM,
ReportLab): 60-100 ms of a session's first plan export, measured on the 2-core machine. While any
export runs the collector is paused; it resumes (if it was on) when the last one ends, and the few
cycles left over are collected by its next ordinary pass. Exports may run in a worker thread, and
two may overlap: a count under a lock decides when to resume.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0
_was_enabled = True


@contextmanager
def paused() -> Iterator[None]:
    """Pause the cycle collector for the block (nestable, thread-safe; see the module's text)."""
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()
