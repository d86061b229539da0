"""The start-up check begun early (beside Qt's start): its result is used only for the very file
state it checked; a file changed in between is checked again."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from kam_desktop.store import integrity
from kam_desktop.store.database import Database, open_database
from kam_desktop.store.integrity import DamagedDatabaseError
from tests.store.test_corruption import flipped_table_page


def _closed(demo_db: Database) -> Path:
    path = demo_db.path
    demo_db.close()  # a clean close: no -wal left, the plain case
    assert not integrity.wal_path(path).exists()
    return path


def _wait_for_early_checks() -> None:
    for thread in threading.enumerate():
        if thread.name == "start-up-check":
            thread.join()


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    real = integrity._check_before_open

    def counted(path: Path) -> integrity.CheckResult | None:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(integrity, "_check_before_open", counted)
    return calls


def test_an_unchanged_file_is_checked_once(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _closed(demo_db)
    calls = _counting(monkeypatch)
    integrity.start_check_before_open(path)
    db = open_database(path)
    db.close()
    assert calls == [path]


def test_a_file_damaged_after_the_early_check_is_reported_damaged(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _closed(demo_db)
    calls = _counting(monkeypatch)
    integrity.start_check_before_open(path)
    _wait_for_early_checks()  # the early check passed on the good file...
    assert len(calls) == 1
    flipped_table_page(path)  # ...then the file was damaged before the app opened it
    with pytest.raises(DamagedDatabaseError):
        open_database(path)
    assert len(calls) == 2


def test_no_early_check_while_a_wal_is_beside_the_file(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _closed(demo_db)
    integrity.wal_path(path).write_bytes(b"")  # (the check would then not read it as immutable)
    calls = _counting(monkeypatch)
    integrity.start_check_before_open(path)
    _wait_for_early_checks()
    assert calls == []
