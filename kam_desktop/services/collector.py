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


# --- start-up -----------------------------------------------------------------------------------
# Start-up makes about 120,000 long-lived objects (modules, classes, Qt wrappers, the portfolio's
# rows) and almost no garbage (581 unreachable objects at 1,000 and at 10,000 accounts); the
# collector's passes over them took 0.07 s of a 1,000-account start and 0.2 s at 10,000. So the
# collector is off from the process's start until the app is usable; then what start-up made is
# frozen (``gc.freeze``: left out of every later pass, which keeps those cheap too) and the
# collector resumes.

_start_up = False


def pause_start_up() -> None:
    """The collector off until ``start_up_done`` (the app's entry point calls it first)."""
    global _start_up, _paused, _was_enabled
    with _lock:
        if _start_up:
            return
        _start_up = True
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1


def start_up_done() -> None:
    """Freeze what start-up made and let the collector resume (once; any later call, or a call
    without ``pause_start_up``, does nothing)."""
    global _start_up, _paused
    with _lock:
        if not _start_up:
            return
        _start_up = False
        gc.freeze()
        _paused -= 1
        if _paused == 0 and _was_enabled:
            gc.enable()
