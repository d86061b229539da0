"""The fourth mutation measurement's survivors in store/backup.py (issue 12), killed by the value a
user would see."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from pathlib import Path

from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.store import backup as store_backup
from kam_desktop.store.backup import backup_dir_for, backup_key, make_backup, restore_backup
from kam_desktop.store.database import Database, open_database


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


def test_a_long_name_cut_inside_an_accented_letter_keys_its_backups_by_the_whole_letters(
    tmp_path: Path,
) -> None:
    # 70 x "é" (2 bytes each) + ".sqlite": 147 bytes, over the 120 kept; the cut at byte 107 falls
    # inside the 54th "é", which is dropped whole (the key stays valid text)
    path = tmp_path / ("é" * 70 + ".sqlite")
    name = path.name.encode("utf-8")
    digest = hashlib.sha256(name).hexdigest()[:12]
    assert backup_key(path) == "é" * 53 + "~" + digest
    open_database(path).close()
    made = make_backup(path, reason="manual", now=dt.datetime(2026, 11, 30, 9, 55))
    assert made.name == "é" * 53 + "~" + digest + "-20261130T095500000000Z-manual.sqlite"
    assert made.parent == tmp_path / ("é" * 53 + "~" + digest + "-backups")
    assert [b.path for b in store_backup.list_backups(path)] == [made]


def test_old_layout_backups_are_left_alone_when_their_new_folder_cannot_be_made(tmp_path: Path) -> None:
    db = tmp_path / "kam.sqlite"
    open_database(db).close()
    legacy = tmp_path / "kam-backups"  # the folder of versions before 0.2
    legacy.mkdir()
    made = make_backup(db, reason="manual", dest_dir=legacy, now=dt.datetime(2026, 11, 1, 8, 0))
    old = made.rename(legacy / "kam-20261101T080000000000Z-manual.sqlite")
    blocker = backup_dir_for(db)
    blocker.write_text("not a folder")  # the new folder's name is taken by a file
    assert store_backup.sort_legacy(db) == []  # (the failure to make the folder is swallowed)
    assert store_backup.list_backups(db) == []
    assert sorted(legacy.iterdir()) == [old]  # nothing moved, nothing lost
    assert blocker.read_text() == "not a folder"
