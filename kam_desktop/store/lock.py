"""Who holds the app's lock on a database, read without Qt.

The GUI takes a ``QLockFile`` beside the database, keyed by the file's device and inode
(``lock_path``) (see
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
    """The lock of the FILE (device and inode), not of the name: two names for one file (a
    hard link, a bind mount, a symbolic link) share one lock. A file not created yet is
    locked by its name."""
    try:
        info = os.stat(db_path)
    except OSError:
        return db_path.with_name(db_path.name + ".lock")
    return db_path.parent / f".kam-desktop-{info.st_dev:x}-{info.st_ino}.lock"


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
