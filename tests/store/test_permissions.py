"""The database, its WAL, backups and their folders are readable by the owner only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kam_desktop.store.backup import make_backup
from kam_desktop.store.database import open_database
from kam_desktop.store.models import Account


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_new_database_wal_and_backup_are_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "fresh" / "nested"
    db = open_database(folder / "kam.sqlite")
    with db.session() as session:
        session.add(Account(name="Permissions AG"))
    conn = db.engine.connect()  # keep a connection open so the -wal/-shm files exist
    try:
        assert _mode(folder) == 0o700
        assert _mode(db.path) == 0o600
        wal = Path(str(db.path) + "-wal")
        assert wal.exists()
        assert _mode(wal) == 0o600
        backup = make_backup(db.path, reason="manual")
        assert _mode(backup) == 0o600
        assert _mode(backup.parent) == 0o700
    finally:
        conn.close()
        db.close()
