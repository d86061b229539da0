"""How long a connection waits for another program's lock on the file before giving up (and the
user is told the file is in use). One value for every connection - the store's engine, the
integrity check, the read at start-up - read when each connection is made."""

from __future__ import annotations

BUSY_TIMEOUT_MS = 5000


def busy_seconds() -> float:
    """``BUSY_TIMEOUT_MS`` in seconds, as ``sqlite3.connect(timeout=...)`` takes it."""
    return BUSY_TIMEOUT_MS / 1000
