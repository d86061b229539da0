"""The fourth mutation measurement's survivors in store/backup.py (issue 12), killed by the value a
user would see."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.store import backup as store_backup
from kam_desktop.store.backup import backup_dir_for, backup_key, make_backup, restore_backup
from kam_desktop.store.database import Database


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_moving_the_database_aside_makes_a_new_backups_folder_owner_only(db: Database) -> None:
    db.close()
    folder = backup_dir_for(db.path)
    assert not folder.exists()
    when = dt.datetime(2026, 11, 30, 9, 5)
    moved = store_backup.move_aside(db.path, reason="damaged", now=when)
    assert moved == folder / f"{backup_key(db.path)}-20261130T090500000000Z-damaged.sqlite"
    assert _mode(folder) == 0o700  # not even "others may enter" (0o701)


def test_moving_aside_into_a_folder_others_could_read_makes_it_owner_only_again(db: Database) -> None:
    db.close()
    folder = backup_dir_for(db.path)
    folder.mkdir()
    os.chmod(folder, 0o755)  # made by hand, or by a copy tool
    store_backup.move_aside(db.path)
    assert _mode(folder) == 0o700
    assert [p.name.endswith("-replaced.sqlite") for p in folder.iterdir()] == [True]


def test_a_restore_leaves_the_backups_folder_owner_only(db: Database) -> None:
    create_account(db, AccountInput(name="Acme"))
    made = make_backup(db.path, reason="manual")
    db.close()
    folder = made.parent
    os.chmod(folder, 0o751)  # loosened after the backup was made
    moved = restore_backup(db.path, made, now=dt.datetime(2026, 11, 30, 9, 6))
    assert moved is not None and moved.parent == folder
    assert _mode(folder) == 0o700
