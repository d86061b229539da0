"""A database named with `?`, `#` or `%XX` is read and written as itself by every path that opens
SQLite through a URI (each was once read as a URI's query, fragment or escape, i.e. as another
file): the JSON export, the live check, the read-only engine, the restore's writer probe and the
hot-journal recovery. Each test fails if its one call site goes back to an unencoded path."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kam_desktop.domain.errors import StoreError
from kam_desktop.services import accounts
from kam_desktop.services.backups import restore
from kam_desktop.services.export_json import export_json
from kam_desktop.store import backup as store_backup
from kam_desktop.store import integrity
from kam_desktop.store.database import _recover_journal, open_database
from kam_desktop.store.engine import make_engine

NAMES = ["kam?.sqlite", "Q1 #2.sqlite", "a%3F.sqlite"]


def _made(folder: Path, name: str) -> Path:
    path = folder / name
    db = open_database(path)
    accounts.create_account(db, accounts.AccountInput(name="Alpen AG"))
    db.close()
    return path


def _beside(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("name", NAMES)
def test_the_json_export_reads_the_named_file_and_leaves_nothing(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = _made(folder, name)
    before = _beside(folder)
    out = tmp_path / "all.json"
    export_json(path, out)
    table = json.loads(out.read_text(encoding="utf-8"))["tables"]["account"]
    assert [row[table["columns"].index("name")] for row in table["rows"]] == ["Alpen AG"]
    assert _beside(folder) == before


@pytest.mark.parametrize("name", NAMES)
def test_the_live_check_reads_the_named_file(tmp_path: Path, name: str) -> None:
    path = _made(tmp_path, name)
    result = integrity.check_file(path, live=True)
    assert (result.summary, result.details) == ("", ())
    assert _beside(tmp_path)[0] == name


@pytest.mark.parametrize("name", NAMES)
def test_the_read_only_engine_reads_the_named_file(tmp_path: Path, name: str) -> None:
    path = _made(tmp_path, name)
    before = _beside(tmp_path)
    engine = make_engine(path, read_only=True)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM account")).scalars().all() == ["Alpen AG"]
    finally:
        engine.dispose()
    # (a read-only reader of a WAL file may leave its empty -wal and -shm: the file's own)
    assert {n for n in _beside(tmp_path) if not n.startswith(f"{name}-")} == set(before)


@pytest.mark.parametrize("name", NAMES)
def test_a_restore_is_refused_while_another_program_writes_to_the_named_file(
    tmp_path: Path, name: str
) -> None:
    path = _made(tmp_path, name)
    made = store_backup.make_backup(path, reason="manual")
    writer = sqlite3.connect(path, timeout=0)
    writer.isolation_level = None
    writer.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="is in use by another program right now"):
            restore(path, made, check_lock=False)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert name in _beside(tmp_path)
    assert [b.path for b in store_backup.list_backups(path)] == [made]  # nothing moved aside


@pytest.mark.parametrize("name", NAMES)
def test_the_journal_recovery_opens_the_named_file(tmp_path: Path, name: str) -> None:
    path = _made(tmp_path, name)
    before = _beside(tmp_path)
    _recover_journal(path)
    assert _beside(tmp_path) == before
