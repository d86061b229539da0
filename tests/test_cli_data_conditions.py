"""Conditions a fresh-eyes tester found, driven through the CLI as they did: a -wal copied with
its .session from another copy, restore while another program writes, a hard link as the
backup, FIFOs, another application's SQLite file, an empty --db."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kam_desktop.app import main
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.store.database import open_database


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kam-desktop: "), err
    assert "Traceback" not in err
    return err


def _names(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM account")}
    finally:
        conn.close()


_CRASH = """
import os, sqlite3, sys
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.store.database import open_database
db = open_database(sys.argv[1])
reader = sqlite3.connect(sys.argv[1])  # a connection still open (as in the window) at the crash
reader.execute("SELECT count(*) FROM account").fetchone()
create_account(db, AccountInput(name="Only In Copy B"))
os._exit(0)  # a crash: no clean close, the -wal and the .session stay
"""


def test_a_wal_copied_with_its_session_record_from_another_copy_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = tmp_path / "kam.sqlite"
    db = open_database(original)
    create_account(db, AccountInput(name="Before The Copy"))
    db.close()
    (tmp_path / "B").mkdir()
    copy = tmp_path / "B" / "kam.sqlite"
    shutil.copy2(original, copy)
    db = open_database(original)
    create_account(db, AccountInput(name="Only In The Original"))
    db.close()
    subprocess.run([sys.executable, "-c", _CRASH, str(copy)], check=True)
    wal, record = Path(f"{copy}-wal"), copy.with_name("kam.sqlite.session")
    assert wal.stat().st_size > 0 and record.exists()
    shutil.copy2(wal, Path(f"{original}-wal"))  # a folder sync copies both
    shutil.copy2(record, original.with_name("kam.sqlite.session"))

    assert main(["check", "--db", str(original)]) == 2
    assert "was not left by KAM Desktop" in _one_line_error(capsys)
    assert main(["export-json", "--db", str(original), "--out", str(tmp_path / "out.json")]) == 2
    assert "was not left by KAM Desktop" in _one_line_error(capsys)
    assert Path(f"{original}-wal").stat().st_size == wal.stat().st_size  # kept untouched
    Path(f"{original}-wal").unlink()
    Path(f"{original}-shm").unlink(missing_ok=True)
    assert _names(original) == {"Before The Copy", "Only In The Original"}


def test_our_own_wal_after_a_crash_is_still_applied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kam.sqlite"
    open_database(path).close()
    subprocess.run([sys.executable, "-c", _CRASH, str(path)], check=True)
    assert Path(f"{path}-wal").stat().st_size > 0
    assert main(["check", "--db", str(path)]) == 0
    assert "no problems" in capsys.readouterr().out
    open_database(path).close()
    assert _names(path) == {"Only In Copy B"}


def test_restore_while_another_program_writes_is_refused_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kam.sqlite"
    db = open_database(path)
    create_account(db, AccountInput(name="Kept AG"))
    db.close()
    assert main(["backup", "--db", str(path)]) == 0
    backup = next((tmp_path / "kam.sqlite-backups").iterdir())
    capsys.readouterr()
    other = sqlite3.connect(path)  # another program: BEGIN IMMEDIATE, commits later
    other.isolation_level = None
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE account SET name = 'Written By The Other Program'")
    try:
        assert main(["restore", "--db", str(path), "--from", str(backup)]) == 2
        err = _one_line_error(capsys)
        assert "in use" in err and "try again" in err
        other.execute("COMMIT")
    finally:
        other.close()
    assert _names(path) == {"Written By The Other Program"}  # the commit landed in the live file
    assert sorted(p.name for p in (tmp_path / "kam.sqlite-backups").iterdir()) == [backup.name]


def test_restore_from_a_hard_link_to_the_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kam.sqlite"
    db = open_database(path)
    create_account(db, AccountInput(name="Kept AG"))
    db.close()
    link = tmp_path / "looks-like-a-backup.sqlite"
    os.link(path, link)
    assert main(["restore", "--db", str(path), "--from", str(link)]) == 2
    assert "not the database itself" in _one_line_error(capsys)
    assert not (tmp_path / "kam.sqlite-backups").exists()  # nothing moved aside
    assert os.path.samefile(path, link) and _names(path) == {"Kept AG"}


def test_restore_from_another_applications_sqlite_file_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kam.sqlite"
    open_database(path).close()
    other = tmp_path / "notes.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO note (body) VALUES ('hello')")
    conn.commit()
    conn.close()
    assert main(["restore", "--db", str(path), "--from", str(other)]) == 2
    err = _one_line_error(capsys)
    assert "not one of KAM Desktop's" in err and "newer version" not in err
    assert not (tmp_path / "kam.sqlite-backups").exists()


@pytest.mark.parametrize("command", ["backup", "check", "export-json", "import-json"])
def test_a_fifo_is_refused_in_one_line_not_waited_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    fifo = tmp_path / "fifo.sqlite"
    os.mkfifo(fifo)
    args = {
        "backup": ["backup", "--db", str(fifo)],
        "check": ["check", "--db", str(fifo)],
        "export-json": ["export-json", "--db", str(fifo), "--out", str(tmp_path / "out.json")],
        "import-json": ["import-json", "--db", str(tmp_path / "new.sqlite"), "--from", str(fifo)],
    }[command]
    assert main(args) == 2  # (before: waited forever for a writer on the pipe)
    assert "not a regular file" in _one_line_error(capsys)
    assert not (tmp_path / "new.sqlite").exists() and not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("command", ["check", "export-json", "demo", "import-accounts", "gui"])
def test_an_existing_empty_db_is_refused_in_one_line_never_filled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    path = tmp_path / "kam.sqlite"
    path.write_bytes(b"")  # e.g. a cloud placeholder not downloaded yet; no backups folder
    path.chmod(0o640)
    csv_file = tmp_path / "accounts.csv"
    csv_file.write_text("name\nNew AG\n", encoding="utf-8")
    args = {
        "check": ["check", "--db", str(path)],
        "export-json": ["export-json", "--db", str(path), "--out", str(tmp_path / "out.json")],
        "demo": ["demo", "--db", str(path)],
        "import-accounts": ["import-accounts", "--db", str(path), "--from", str(csv_file)],
        "gui": ["--db", str(path), "--smoke-test"],
    }[command]
    assert main(args) == 2
    assert "is empty (0 bytes)" in _one_line_error(capsys)
    assert path.stat().st_size == 0 and (path.stat().st_mode & 0o777) == 0o640
    assert not (tmp_path / "out.json").exists()
