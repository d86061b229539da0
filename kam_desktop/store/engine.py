"""The SQLAlchemy engine over one SQLite file, with the pragmas our data safety relies on."""

from __future__ import annotations

import contextvars
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from kam_desktop.store import busy
from kam_desktop.store.uri import sqlite_uri

DEFERRED: contextvars.ContextVar[bool] = contextvars.ContextVar("kam_deferred", default=False)
# The busy wait of the connections made in this context, when shorter than the busy timeout
# (reads on the GUI thread: see ``Database.reading``). Connecting already runs statements that
# wait for another program's exclusive lock (``PRAGMA journal_mode``).
CONNECT_BUSY_MS: contextvars.ContextVar[int | None] = contextvars.ContextVar("kam_connect_busy", default=None)


def _busy_ms() -> int:
    return CONNECT_BUSY_MS.get() or busy.BUSY_TIMEOUT_MS


def secure_create(path: Path) -> None:
    """Create the folder (0700) and an empty database file (0600) if they do not exist."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)


def folder_writable(folder: Path) -> bool:
    """Can files be created in ``folder``? (root passes os.access on a read-only mount.)"""
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    try:
        return not (os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return True


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine whose connections have foreign keys ON, WAL, a busy timeout, and real
    transactions (the driver's own implicit transaction handling is switched off, so DDL in
    a migration rolls back with everything else)."""
    if read_only:
        # In a folder we cannot write, SQLite cannot create the -shm a WAL database needs even
        # to read; "immutable" tells it nobody writes there, so it reads without one.
        immutable = not folder_writable(path.parent) and not Path(str(path) + "-shm").exists()
        uri = sqlite_uri(path, "ro", immutable=immutable)
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=NullPool,
        )
    else:
        # (through the creator, not a URL: SQLAlchemy would read "?" or "#" in the name as a URL's)
        rw_uri = sqlite_uri(path, "rwc")
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite3.connect(
                rw_uri, uri=True, timeout=_busy_ms() / 1000, check_same_thread=False
            ),
            poolclass=NullPool,
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {_busy_ms()}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A write transaction takes the write lock at once (IMMEDIATE), so another program's
        # lock makes it wait up to the busy timeout. A DEFERRED one that read first and then
        # writes gets SQLITE_BUSY at once, without waiting (the busy handler is not used to
        # upgrade a read transaction in WAL mode). Reads ask for DEFERRED (``reading()``).
        deferred = read_only or DEFERRED.get()
        connection.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")

    return engine
