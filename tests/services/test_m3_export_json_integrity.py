"""import-json refuses a database that fails SQLite's integrity check, word for word (English and
Italian, the service and the command line), and leaves nothing behind: the third breadth
measurement found that branch reached by no test (its message could be None or looked up under a
wrong context unnoticed).

No export can make the check fail by itself - every row is checked on the way in and SQLite keeps
a file it writes consistent - so the damage is what the check is there for: the disk. Between the
import writing the new file and checking it, one bit of one index entry flips on disk (a unique
index of account names now holds "Alpen AF" for the row named "Alpen AG"). Nothing in SQLite is
faked: the real ``PRAGMA integrity_check`` finds the real damage.
"""

from __future__ import annotations

import sqlite3
import types
from pathlib import Path
from typing import Any

import pytest

from kam_desktop.app import main
from kam_desktop.domain.errors import StoreError
from kam_desktop.i18n import using_language
from kam_desktop.services import accounts, export_json
from kam_desktop.store.database import Database

ENGLISH = "The imported database failed its integrity check; nothing was imported."
ITALIAN = "Il database importato non ha superato il controllo di integrità; non è stato importato nulla."


def _flip_a_bit_of_an_index_entry(path: str) -> None:
    """Turn "Alpen AG" into "Alpen AF" (0x47 -> 0x46, one bit) in the unique index of account
    names only; the table's own row keeps "Alpen AG"."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'account' "
            "AND name LIKE 'sqlite_autoindex_account_%'"
        ).fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        page = fh.read(page_size)
        assert page.count(b"Alpen AG") == 1, "the index page should hold the name once"
        fh.seek((root - 1) * page_size)
        fh.write(page.replace(b"Alpen AG", b"Alpen AF"))


class _FlakyDisk(types.ModuleType):
    """``sqlite3`` as import_json sees it: the same module, except that the file being imported
    is damaged on disk just before it is opened the second time (for its integrity check)."""

    def __init__(self) -> None:
        super().__init__("sqlite3")
        self.opened: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(sqlite3, name)

    def connect(self, database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        path = str(database)
        if path.endswith(".importing"):
            self.opened.append(path)
            if len(self.opened) == 2:
                _flip_a_bit_of_an_index_entry(path)
        connection: sqlite3.Connection = sqlite3.connect(database, *args, **kwargs)
        return connection


@pytest.fixture
def source(db: Database, tmp_path: Path) -> Path:
    accounts.create_account(db, accounts.AccountInput(name="Alpen AG"))
    accounts.create_account(db, accounts.AccountInput(name="Bern SA"))
    out = tmp_path / "export" / "all.json"
    out.parent.mkdir()
    export_json.export_json(db.path, out)
    return out


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> _FlakyDisk:
    flaky = _FlakyDisk()
    monkeypatch.setattr(export_json, "sqlite3", flaky)
    return flaky


def test_the_damage_is_real_and_found_by_sqlite_itself(source: Path, tmp_path: Path) -> None:
    """(The test's damage, on a good import's file: SQLite's own check reports it.)"""
    target = tmp_path / "good.sqlite"
    export_json.import_json(target, source)
    _flip_a_bit_of_an_index_entry(str(target))
    with sqlite3.connect(target) as conn:
        report = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    conn.close()
    assert report[0] != "ok" and "sqlite_autoindex_account_1" in " ".join(report), report


@pytest.mark.parametrize(("lang", "message"), [("en", ENGLISH), ("it", ITALIAN)], ids=["en", "it"])
def test_a_database_failing_its_integrity_check_is_refused_and_nothing_is_left(
    source: Path, tmp_path: Path, disk: _FlakyDisk, lang: str, message: str
) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    target = folder / "kam.sqlite"
    with using_language(lang), pytest.raises(StoreError) as err:
        export_json.import_json(target, source)
    assert str(err.value) == message
    assert err.value.message == message
    assert disk.opened == [str(folder / ".kam.sqlite.importing")] * 2  # built, then checked
    assert list(folder.iterdir()) == []  # no database, no .importing, -wal or -shm left


def test_an_empty_target_file_stays_empty_when_the_check_fails(
    source: Path, tmp_path: Path, disk: _FlakyDisk
) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    target = folder / "kam.sqlite"
    target.touch()
    with using_language("it"), pytest.raises(StoreError) as err:
        export_json.import_json(target, source)
    assert str(err.value) == ITALIAN
    assert [p.name for p in folder.iterdir()] == ["kam.sqlite"]
    assert target.stat().st_size == 0


@pytest.mark.parametrize(("lang", "message"), [("en", ENGLISH), ("it", ITALIAN)], ids=["en", "it"])
def test_import_json_on_the_command_line_says_it_in_one_line_and_exits_2(
    source: Path,
    tmp_path: Path,
    disk: _FlakyDisk,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    message: str,
) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    target = folder / "kam.sqlite"
    code = main(["import-json", "--db", str(target), "--from", str(source), "--lang", lang])
    out, err = capsys.readouterr()
    assert (code, out, err) == (2, "", f"kam-desktop: {message}\n")
    assert list(folder.iterdir()) == []
