"""Where the shipped data (resources/, migrations/) lives.

One function per folder, so a wheel, a source checkout and a frozen bundle all work:
- frozen (PyInstaller): beside the bundle's ``sys._MEIPASS``;
- installed wheel: ``kam_desktop/_data/<name>`` (force-included by the build);
- source checkout: ``<repo>/<name>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    candidates: list[Path] = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / name)
    candidates.append(_PACKAGE_DIR / "_data" / name)
    candidates.append(_PACKAGE_DIR.parent / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"KAM Desktop cannot find its {name}/ folder (looked in {candidates})")


def resources_dir() -> Path:
    return _find("resources")


def migrations_dir() -> Path:
    return _find("migrations")
