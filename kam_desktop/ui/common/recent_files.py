"""File > Open recent: the databases opened last, newest first, kept in the UI settings
(paths only - business data never goes there). A file that has gone missing stays listed,
shown disabled, until the user clears the list or it is opened again."""

from __future__ import annotations

import json
from pathlib import Path

from kam_desktop.ui.common import settings

LIMIT = 8


def paths() -> list[Path]:
    try:
        raw = json.loads(str(settings.get(settings.RECENT_DATABASES) or "[]"))
    except ValueError:
        return []
    if not isinstance(raw, list):
        return []
    return [Path(item) for item in raw if isinstance(item, str) and item][:LIMIT]


def _store(items: list[Path]) -> None:
    settings.put(settings.RECENT_DATABASES, json.dumps([str(p) for p in items[:LIMIT]]))


def add(path: Path) -> list[Path]:
    """``path`` goes to the top (once)."""
    path = Path(path)
    items = [path, *(p for p in paths() if p != path)]
    _store(items)
    return items[:LIMIT]


def remove(path: Path) -> None:
    _store([p for p in paths() if p != Path(path)])


def clear() -> None:
    _store([])
