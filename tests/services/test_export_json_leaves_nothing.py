"""`export-json` reads the database and leaves nothing beside it: its read-only reader made an
empty -wal and -shm that it cannot remove, so the next start of the app was not a plain one (no
rows shown before the store opened)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from kam_desktop.services import accounts
from kam_desktop.services.export_json import export_json
from kam_desktop.store.database import open_database


def test_an_export_leaves_only_the_database_file(tmp_path: Path) -> None:
    db_path = tmp_path / "kam.sqlite"
    db = open_database(db_path)
    accounts.create_account(db, accounts.AccountInput(name="Alpen AG"))
    db.close()
    out = tmp_path / "out" / "all.json"
    out.parent.mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    assert before == ["kam.sqlite", "out"]
    summary = export_json(db_path, out)
    assert summary.rows > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_an_export_beside_a_writer_keeps_its_unsaved_wal(tmp_path: Path) -> None:
    db_path = tmp_path / "kam.sqlite"
    open_database(db_path).close()
    writer = sqlite3.connect(db_path)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("UPDATE program_settings SET key_account_cap = 7")
        writer.commit()
        wal = tmp_path / "kam.sqlite-wal"
        assert wal.stat().st_size > 0  # the change lives in the -wal only
        out = tmp_path / "all.json"
        export_json(db_path, out)
        assert wal.stat().st_size > 0
        data = json.loads(out.read_text(encoding="utf-8"))["tables"]["program_settings"]
        assert data["rows"][0][data["columns"].index("key_account_cap")] == 7
        assert writer.execute("SELECT key_account_cap FROM program_settings").fetchone() == (7,)
    finally:
        writer.close()
