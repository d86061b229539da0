"""Edits of a session that was killed are backed up by the next one: on its close (and by the
hourly duty) a backup is made whenever the file was written after its newest backup, not only
when this session edited something - and only then (a clean close leaves nothing to do)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.backups import AutoBackup, changed_since_last_backup
from kam_desktop.store import backup as store_backup
from kam_desktop.store.database import open_database

ROOT = Path(__file__).resolve().parents[2]

# The app's data layer in a process of its own: rename the account, say so once the unit of
# work is committed, then wait to be killed (SIGKILL: no close, no close backup).
EDIT_THEN_WAIT = """
import sys
from kam_desktop.services.accounts import AccountInput, find_account_id, update_account
from kam_desktop.store.database import open_database

db = open_database(sys.argv[1])
update_account(db, find_account_id(db, "Saved AG"), AccountInput(name="Renamed AG"))
print("saved", flush=True)
sys.stdin.read()
"""


def _names_in(backup: Path) -> set[str]:
    import sqlite3

    conn = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM account")}
    finally:
        conn.close()


def _kill_after_an_edit(path: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", EDIT_THEN_WAIT, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "saved"
            os.kill(child.pid, signal.SIGKILL)
            assert child.wait(60) == -signal.SIGKILL
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(60)


@pytest.fixture
def backed_up(tmp_path: Path) -> Path:
    """A database whose one account is in its newest backup (a clean close after an edit)."""
    path = tmp_path / "kam.sqlite"
    db = open_database(path)
    auto = AutoBackup(db)
    create_account(db, AccountInput(name="Saved AG"))
    assert auto.on_close() is not None
    db.close()
    return path


def test_the_edit_of_a_killed_session_is_backed_up_on_the_next_close(backed_up: Path) -> None:
    _kill_after_an_edit(backed_up)
    db = open_database(backed_up)
    try:
        auto = AutoBackup(db)
        assert auto.changed  # nothing edited in this session, yet not backed up
        made = auto.on_close()
    finally:
        db.close()
    assert made is not None
    assert _names_in(made) == {"Renamed AG"}
    assert [b.reason for b in store_backup.list_backups(backed_up)] == ["auto", "auto"]
    # the next session, closed without an edit, has nothing left to back up
    again = open_database(backed_up)
    try:
        assert not changed_since_last_backup(again)
        assert AutoBackup(again).on_close() is None
    finally:
        again.close()
    assert len(store_backup.list_backups(backed_up)) == 2


def test_the_hourly_duty_backs_up_the_edit_of_a_killed_session(backed_up: Path) -> None:
    _kill_after_an_edit(backed_up)
    clock = [0.0]
    db = open_database(backed_up)
    try:
        auto = AutoBackup(db, interval_seconds=3600, monotonic=lambda: clock[0])
        assert auto.tick() is None  # not an hour yet
        clock[0] = 3600.0
        made = auto.tick()
        assert made is not None and _names_in(made) == {"Renamed AG"}
        assert not auto.changed
    finally:
        db.close()


def test_a_clean_close_after_a_backup_leaves_nothing_to_back_up(backed_up: Path) -> None:
    db = open_database(backed_up)
    try:
        assert not changed_since_last_backup(db)
        assert AutoBackup(db).on_close() is None
    finally:
        db.close()
    assert len(store_backup.list_backups(backed_up)) == 1


def test_a_file_never_backed_up_is_backed_up_but_a_new_one_is_not(tmp_path: Path) -> None:
    path = tmp_path / "kam.sqlite"
    new = open_database(path)
    try:
        assert new.created and AutoBackup(new).on_close() is None  # nothing in it yet
        create_account(new, AccountInput(name="Written AG"))
    finally:
        new.close()  # (no close backup: as if the session had been killed)
    db = open_database(path)
    try:
        assert not db.created
        made = AutoBackup(db).on_close()
        assert made is not None and _names_in(made) == {"Written AG"}
    finally:
        db.close()


def test_a_backup_dated_in_the_future_does_not_hide_the_changes(tmp_path: Path) -> None:
    import datetime as dt

    path = tmp_path / "kam.sqlite"
    db = open_database(path)
    create_account(db, AccountInput(name="Saved AG"))
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)  # a wrong clock when it was made
    store_backup.make_backup(path, reason="auto", now=future)
    db.close()
    _kill_after_an_edit(path)
    again = open_database(path)
    try:
        assert changed_since_last_backup(again)
        made = AutoBackup(again).on_close()
        assert made is not None and _names_in(made) == {"Renamed AG"}
    finally:
        again.close()


def test_the_close_backup_leaves_no_wal_beside_the_file(tmp_path: Path) -> None:
    """The close backup reads the closed file read-only, which makes SQLite put an empty -wal and
    -shm beside it that a read-only reader cannot remove: left there, the next start was not a
    plain one (no rows shown before the store was opened). The file itself is not written."""
    path = tmp_path / "kam.sqlite"
    db = open_database(path)
    duty = AutoBackup(db)
    create_account(db, AccountInput(name="Kept AG"))
    db.close()
    assert not Path(f"{path}-wal").exists()  # the clean close removed it
    before = path.stat().st_mtime_ns, path.stat().st_size
    made = duty.on_close()
    assert made is not None and _names_in(made) == {"Kept AG"}
    assert not Path(f"{path}-wal").exists()
    assert not Path(f"{path}-shm").exists()
    assert (path.stat().st_mtime_ns, path.stat().st_size) == before
