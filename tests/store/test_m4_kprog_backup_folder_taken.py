"""A backup whose folder's name is taken by a file is refused in the designed words (issue 12, found
while killing a mutant of ``sort_legacy``): the clean-up of the never-written ``.part`` file raised
``NotADirectoryError``, which replaced the refusal - the user read "Not a directory:
.../kam.sqlite-backups/kam.sqlite-2026...-manual.sqlite.1234.part", a temporary name that never
existed, instead of what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from kam_desktop.domain.errors import StoreError
from kam_desktop.i18n import using_language
from kam_desktop.store.backup import backup_dir_for, make_backup
from kam_desktop.store.database import open_database


def test_a_backup_whose_folder_name_is_a_file_is_refused_in_one_plain_line(tmp_path: Path) -> None:
    db = tmp_path / "kam.sqlite"
    open_database(db).close()
    blocker = backup_dir_for(db)
    blocker.write_text("not a folder")
    with using_language("en"), pytest.raises(StoreError) as refused:
        make_backup(db, reason="manual")
    assert str(refused.value) == f"Could not write a backup to {blocker}: File exists."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kam.sqlite", "kam.sqlite-backups"]
    assert blocker.read_text() == "not a folder"


def test_the_same_refusal_in_italian(tmp_path: Path) -> None:
    db = tmp_path / "kam.sqlite"
    open_database(db).close()
    blocker = backup_dir_for(db)
    blocker.write_text("not a folder")
    with using_language("it"), pytest.raises(StoreError) as refused:
        make_backup(db, reason="manual")
    assert (
        str(refused.value) == f"Impossibile scrivere un backup in {blocker}: File exists."
    )  # (the OS's words)
