"""Another program holds the file with an exclusive lock (``locking_mode=EXCLUSIVE``): a read
waits only briefly on the GUI thread (not the 5 s busy timeout) and says the file is in use,
without claiming that a change was lost; a save still says its change was not saved."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator

import pytest

from kam_desktop.domain.errors import StoreError
from kam_desktop.services.accounts import AccountInput, create_account, get_account
from kam_desktop.store import database as database_module
from kam_desktop.store.busy import BUSY_TIMEOUT_MS
from kam_desktop.store.database import Database


@pytest.fixture
def exclusive(db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """An account, then another connection holding the file exclusively mid-transaction."""
    account_id = create_account(db, AccountInput(name="Held AG")).id
    monkeypatch.setattr(database_module, "GUI_READ_BUSY_MS", 50)
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE account SET description = 'x' WHERE id = ?", (account_id,))
    try:
        yield account_id
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_read_under_an_exclusive_lock_says_the_file_is_in_use(db: Database, exclusive: int) -> None:
    with pytest.raises(StoreError) as refused:
        get_account(db, exclusive)
    assert refused.value.message == (
        f"{db.path} is in use by another program right now (it holds the file locked), so it could "
        "not be read. Nothing was changed: close the other program (or wait a moment) and try again."
    )


def test_a_save_under_the_lock_still_says_the_change_was_not_saved(
    db: Database, exclusive: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kam_desktop.store import busy

    monkeypatch.setattr(busy, "BUSY_TIMEOUT_MS", 50)  # (each unit of work connects anew)
    with pytest.raises(StoreError) as refused:
        create_account(db, AccountInput(name="Not Saved AG"))
    assert "so this change was not saved" in refused.value.message


def test_reads_on_the_gui_thread_wait_briefly_and_in_a_worker_the_full_timeout(db: Database) -> None:
    def busy_timeout() -> int:
        with db.reading() as session:
            return int(session.connection().exec_driver_sql("PRAGMA busy_timeout").scalar_one())

    assert busy_timeout() == database_module.GUI_READ_BUSY_MS == 1000
    seen: list[int] = []
    worker = threading.Thread(target=lambda: seen.append(busy_timeout()))
    worker.start()
    worker.join(60)
    assert seen == [BUSY_TIMEOUT_MS] == [5000]


def test_a_read_on_the_gui_thread_waits_briefly_from_its_first_statement(
    db: Database, exclusive: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Connecting already waits for another program's exclusive lock (``PRAGMA journal_mode``
    reads the file): a read on the GUI thread has its brief wait from the connection's first
    statement - the window froze for the whole busy timeout (5 s) when it got it only once
    connected."""
    made: list[tuple[object, list[str]]] = []
    real = sqlite3.connect

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real(*args, **kwargs)  # type: ignore[arg-type]
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        made.append((kwargs.get("timeout"), statements))
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(StoreError, match="in use by another program"):
        get_account(db, exclusive)
    timeout, statements = made[0]
    assert timeout == 0.05
    # the first statements, each with the brief wait (the lock stops the next, PRAGMA journal_mode,
    # while SQLite prepares it: it never starts)
    assert statements == ["PRAGMA busy_timeout = 50", "PRAGMA foreign_keys = ON"]
