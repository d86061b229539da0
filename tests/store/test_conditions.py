"""Known conditions get a clear message, no crash and no write: another program locking the
database, a second KAM Desktop, a read-only file or folder, a full disk."""

from __future__ import annotations

import hashlib
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from kam_desktop.domain.errors import StoreError
from kam_desktop.services import backups as backup_service
from kam_desktop.services.accounts import AccountInput, create_account, get_account, update_account
from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.store import busy, integrity
from kam_desktop.store.database import Database, open_database
from kam_desktop.store.lock import lock_holder, lock_path
from tests.mounts import HOW, read_only_folder


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


# --- locked by another program -------------------------------------------------------------


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(busy, "BUSY_TIMEOUT_MS", 150)


def test_a_write_while_another_program_holds_the_lock_is_refused_plainly(
    db: Database, short_busy_timeout: None
) -> None:
    saved = create_account(db, AccountInput(name="Saved Before AG"))
    other = sqlite3.connect(db.path, timeout=0)
    other.isolation_level = None
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        with pytest.raises(StoreError, match="Another program is using the database"):
            create_account(db, AccountInput(name="Blocked AG"))
        assert load_portfolio(db).rows[0].name == "Saved Before AG"  # reading still works (WAL)
    finally:
        other.execute("ROLLBACK")
        other.close()
    create_account(db, AccountInput(name="After The Lock AG"))  # retry works
    assert get_account(db, saved.id).account.name == "Saved Before AG"


def test_opening_a_database_another_program_locked_exclusively_says_so(
    tmp_path: Path, short_busy_timeout: None
) -> None:
    path = tmp_path / "kam.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    other = sqlite3.connect(path, timeout=0)
    other.isolation_level = None
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as caught:
            open_database(path, check=False)
        assert "locked" in caught.value.message or "Another program" in caught.value.message
        assert "\n" not in caught.value.message
    finally:
        other.execute("ROLLBACK")
        other.close()


# --- a second KAM Desktop ------------------------------------------------------------------


def test_a_live_lock_holder_is_reported_and_a_stale_one_is_not(tmp_path: Path) -> None:
    db_path = tmp_path / "kam.sqlite"
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock_path(db_path).write_text(f"{child.pid}\nkam-desktop\n{socket.gethostname()}\n")
        holder = lock_holder(db_path)
        assert holder is not None and holder.pid == child.pid
        with pytest.raises(StoreError, match="KAM Desktop is running"):
            backup_service.restore(db_path, tmp_path / "whatever.sqlite")
    finally:
        child.kill()
        child.wait()
    assert lock_holder(db_path) is None  # the process is gone: a stale lock


# --- read-only file or folder --------------------------------------------------------------


def test_a_read_only_database_reads_and_refuses_edits_plainly(demo_db: Database) -> None:
    path = demo_db.path
    demo_db.close()
    _checkpoint(path)
    before = _sha(path)
    db = open_database(path, read_only=True)
    try:
        assert db.read_only
        assert len(load_portfolio(db).rows) == 25
        first = load_portfolio(db).rows[0]
        with pytest.raises(StoreError, match="read-only"):
            update_account(db, first.id, AccountInput(name="Renamed AG"))
        with pytest.raises(StoreError, match="read-only"):
            create_account(db, AccountInput(name="New AG"))
        assert backup_service.AutoBackup(db).on_close() is None
    finally:
        db.close()
    assert _sha(path) == before


def test_a_read_only_place_is_detected_and_opened_read_only(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = demo_db.path
    demo_db.close()
    _checkpoint(path)
    before = _sha(path)
    monkeypatch.setattr(integrity, "file_is_writable", lambda _path: False)
    db = open_database(path)
    try:
        assert db.read_only
        with pytest.raises(StoreError, match="read-only"):
            create_account(db, AccountInput(name="New AG"))
    finally:
        db.close()
    assert _sha(path) == before


@pytest.mark.parametrize("how", HOW)
def test_a_really_read_only_folder(demo_db: Database, how: str) -> None:
    """As root too: a read-only bind mount (root writes through permission bits, not through that),
    and the seam where the store asks the OS whether it may write (tests/mounts.py)."""
    path = demo_db.path
    demo_db.close()
    _checkpoint(path)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    before = _sha(path)
    with read_only_folder(path.parent, how):
        db = open_database(path)
        try:
            assert db.read_only
            assert len(load_portfolio(db).rows) == 25
            with pytest.raises(StoreError, match="read-only"):
                create_account(db, AccountInput(name="New AG"))
        finally:
            db.close()
    assert _sha(path) == before


def test_a_new_database_cannot_be_created_in_a_read_only_place(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="read-only"):
        open_database(tmp_path / "new.sqlite", read_only=True)
    assert not (tmp_path / "new.sqlite").exists()


# --- a full disk ---------------------------------------------------------------------------


def test_an_edit_on_a_full_disk_is_refused_and_saved_data_stays(db: Database) -> None:
    saved = create_account(db, AccountInput(name="Saved AG", description="kept"))
    conn = sqlite3.connect(db.path)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()

    def full_disk(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(db.engine, "connect", full_disk)
    with pytest.raises(StoreError, match="disk is full") as caught:
        update_account(db, saved.id, AccountInput(name="Saved AG", description="x" * 90_000))
    assert "try again" in caught.value.message
    assert get_account(db, saved.id).account.description == "kept"
    event.remove(db.engine, "connect", full_disk)  # space was freed
    update_account(db, saved.id, AccountInput(name="Saved AG", description="x" * 90_000))
    assert len(get_account(db, saved.id).account.description) == 90_000
    assert integrity.check_file(db.path, thorough=True).ok


def test_other_database_errors_are_not_hidden(db: Database) -> None:
    from sqlalchemy.exc import OperationalError

    with pytest.raises(OperationalError), db.session() as session:
        from sqlalchemy import text

        session.execute(text("SELECT * FROM no_such_table"))


# --- write transactions wait for a lock (IMMEDIATE), reads never take it ----------------------


def test_a_unit_of_work_takes_the_write_lock_at_once_and_a_read_does_not(db: Database) -> None:
    other = sqlite3.connect(db.path, timeout=0)
    other.isolation_level = None
    try:
        with db.session() as session:
            session.execute(text("SELECT count(*) FROM account"))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")  # our unit of work already holds the write lock
        with db.reading() as session:
            session.execute(text("SELECT count(*) FROM account"))
            other.execute("BEGIN IMMEDIATE")  # a read leaves it free
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_save_waits_for_another_programs_lock_instead_of_failing(db: Database) -> None:
    import threading

    saved = create_account(db, AccountInput(name="Before AG"))
    other = sqlite3.connect(db.path, timeout=0)
    other.isolation_level = None
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE account SET description = 'other program' WHERE id = ?", (saved.id,))
    outcome: list[object] = []
    started = threading.Event()

    def save() -> None:
        started.set()
        try:
            update_account(db, saved.id, AccountInput(name="Renamed AG", description="mine"))
            outcome.append("saved")
        except StoreError as exc:  # pragma: no cover - the bug this test guards against
            outcome.append(exc.message)

    worker = threading.Thread(target=save)
    worker.start()
    started.wait()
    worker.join(0.3)  # the save is waiting for the lock (or has not started yet): not failed
    assert outcome == []
    other.execute("COMMIT")
    other.close()
    worker.join()
    assert outcome == ["saved"]
    account = get_account(db, saved.id).account
    assert (account.name, account.description) == ("Renamed AG", "mine")
