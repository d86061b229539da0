"""Thinning works on the folder it is given (m4 survivor ``store.backup.thin_backups`` #6: the
backups listed from the database's default folder whatever folder was named)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kam_desktop.store.backup import backup_dir_for, make_backup, thin_backups
from kam_desktop.store.database import open_database


def test_thinning_a_named_folder_thins_that_folder_and_no_other(tmp_path: Path) -> None:
    path = tmp_path / "kam.sqlite"
    open_database(path).close()
    elsewhere = tmp_path / "stick"
    elsewhere.mkdir()
    start = dt.datetime(2026, 1, 5, 9)
    for day in range(6):  # one a day, Monday to Saturday of one week
        make_backup(path, reason="auto", dest_dir=elsewhere, now=start + dt.timedelta(days=day))
        make_backup(path, reason="auto", now=start + dt.timedelta(days=day))
    default = sorted(backup_dir_for(path).iterdir())
    months_later = start + dt.timedelta(days=60)
    removed = thin_backups(path, now=months_later, dest_dir=elsewhere)
    assert len(removed) == 5 and all(p.parent == elsewhere for p in removed)  # the week's newest stays
    assert len(list(elsewhere.iterdir())) == 1
    assert sorted(backup_dir_for(path).iterdir()) == default  # the default folder untouched
