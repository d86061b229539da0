"""PySide6 reads the source of every module imported after it: the same answer, nothing kept.

Once PySide6 is loaded, its import hook asks of every newly imported module whether it "uses
PySide" (for ``from __feature__ import ...`` switching, which this app does not use) with
``inspect.getsource(module)`` and a search for "PySide6". ``inspect`` reads through ``linecache``,
which keeps the lines of every such file for the rest of the session: SQLAlchemy imported after Qt
(the store opens after the first frame) left 7.9 MB of its source text in memory - 19 MB of peak
RSS, measured - and ReportLab's modules add theirs on the first export. ``install()`` answers the
same question by reading the file's bytes once and keeping nothing; anything else (no file, not a
``.py``, an unreadable file) goes to PySide6's own check, and a PySide6 without this hook is left
alone.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any


def install() -> bool:
    """Replace PySide6's check (once); False when there is nothing to replace."""
    feature: Any = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "reads_bytes", False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(upstream(module))

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
    return True
