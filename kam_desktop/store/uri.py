"""SQLite URIs for database files (no SQLAlchemy here: the first screen reads through it)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote


def sqlite_uri(path: Path, mode: str, *, immutable: bool = False) -> str:
    """SQLite's URI for ``path`` opened in ``mode`` (ro, rw, rwc). The path is percent-encoded:
    a file named ``kam?.sqlite``, ``Q1 #2.sqlite`` or ``100%.sqlite`` must not be read as
    ``kam`` with a query, as ``Q1 `` with a fragment or as an escape - the data would go to
    (or come from) another file."""
    return f"file:{quote(Path(path).as_posix(), safe='/')}?mode={mode}" + (
        "&immutable=1" if immutable else ""
    )
