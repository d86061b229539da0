"""Who holds the app's lock on a database, read without Qt.

The GUI takes a ``QLockFile`` named ``<database>.lock`` beside the database (see
``ui/common/single_instance.py``). Command-line tools that replace the file (restore) read
the same lock here and refuse while a live KAM Desktop holds it.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    app: str


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def lock_holder(db_path: Path) -> LockHolder | None:
    """The live process holding the lock (None if free or stale). A lock taken on another
    computer (a shared folder) counts as held: we cannot tell whether it is alive."""
    try:
        lines = lock_path(db_path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    if not lines or not lines[0].strip().isdigit():
        return None
    pid = int(lines[0].strip())
    app = lines[1] if len(lines) > 1 else ""
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return LockHolder(pid, host, app)
    if pid == os.getpid() or not _alive(pid):
        return None
    return LockHolder(pid, host or socket.gethostname(), app)
