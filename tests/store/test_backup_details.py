"""Details of backups a user sees: the account count shown beside a backup, and a moved-aside
file taking its -wal with it."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from kam_desktop.services.accounts import AccountInput, create_account, delete_account
from kam_desktop.store import backup as store_backup
from kam_desktop.store.backup import backup_dir_for, make_backup
from kam_desktop.store.database import Database


def test_a_backup_counts_its_live_accounts_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    for name in ("Alpha", "Beta", "Gamma"):
        create_account(db, AccountInput(name=name))
    delete_account(db, create_account(db, AccountInput(name="Trashed")).id)
    backup = make_backup(db.path, reason="manual")
    before = sorted(os.listdir(backup.parent)), sorted(os.listdir(tmp_path))
    cwd = Path.cwd()
    os.chdir(tmp_path)  # a plain file name would be created here
    try:
        assert store_backup.count_accounts(backup) == 3
    finally:
        os.chdir(cwd)
    assert (sorted(os.listdir(backup.parent)), sorted(os.listdir(tmp_path))) == before


def test_a_file_that_is_not_a_database_has_no_count(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database", encoding="utf-8")
    assert store_backup.count_accounts(text) is None


def test_a_file_moved_aside_takes_its_wal_and_shm(db: Database) -> None:
    db.close()
    for suffix, data in (("-wal", b"wal bytes"), ("-shm", b"shm bytes")):
        Path(str(db.path) + suffix).write_bytes(data)
    when = dt.datetime(2026, 11, 26, 9, 30)
    moved = store_backup.move_aside(db.path, now=when)
    assert moved == backup_dir_for(db.path) / (
        f"{store_backup.backup_key(db.path)}-{when.strftime(store_backup.STAMP_FORMAT)}-replaced.sqlite"
    )
    assert moved is not None
    assert Path(str(moved) + "-wal").read_bytes() == b"wal bytes"
    assert Path(str(moved) + "-shm").read_bytes() == b"shm bytes"
    assert [s for s in ("", "-wal", "-shm") if Path(str(db.path) + s).exists()] == []
