"""``Qt`` (PySide6's namespace of Qt's enums), made on first use.

The first time anything touches ``PySide6.QtCore.Qt`` - importing it by name, passing or
receiving one of its enums - PySide6 builds the whole namespace: 106 Python enums, about 125
million instructions, a tenth of the main window's first frame. The modules that frame imports
name ``Qt`` through this module instead (``from kam_desktop.ui.common.lazy_qt import Qt``, the
real one under ``TYPE_CHECKING``), and what the first frame builds passes no enum of it, so the
namespace is built after the frame is painted. ``tests/gui/test_start_up.py`` checks it."""

from __future__ import annotations

from typing import Any


class _LazyQt:
    """Answers every attribute from the real ``Qt``, imported on the first one asked."""

    def __getattr__(self, name: str) -> Any:
        from PySide6.QtCore import Qt as real

        value = getattr(real, name)
        setattr(self, name, value)  # asked once: later lookups find it here
        return value


Qt: Any = _LazyQt()


def namespace_built() -> bool:
    """Whether PySide6 has built its ``Qt`` namespace yet (for the smoke test and tests)."""
    import sys

    core = sys.modules.get("PySide6.QtCore")
    return core is not None and "Qt" in vars(core)


class LazyModule:
    """A module imported on its first attribute asked (``LazyModule("kam_desktop.domain.numbers")``):
    for what the first frame's modules name but only use after it (Babel behind the numbers)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        import importlib

        value = getattr(importlib.import_module(self._name), attribute)
        setattr(self, attribute, value)
        return value
