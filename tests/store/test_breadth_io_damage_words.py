"""The plain words for each kind of damage the thorough check finds, word for word (an index
that lost rows, a null where the schema forbids one, orphan rows one and many, an empty schema
version record), through ``check_file`` and through ``kam-desktop check``; and the problems
``backup.verify`` lists."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kam_desktop import cli
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.store import integrity
from kam_desktop.store.backup import verify
from kam_desktop.store.database import Database

BROKEN = "parts of the file are damaged (SQLite found broken pages or indexes)."


def _closed(db: Database, names: tuple[str, ...] = ("Acme", "Borealis", "Cobalt")) -> Path:
    for name in names:
        create_account(db, AccountInput(name=name))
    path = db.path
    db.close()
    return path


def _edit(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    conn.isolation_level = None
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA writable_schema = ON")
    for statement in statements:
        conn.execute(statement)
    conn.execute("PRAGMA writable_schema = OFF")
    conn.close()


def _index_lost_its_rows(path: Path) -> None:
    """The status index now claims to index the names: every row is missing from it (what a
    torn write of an index page looks like to integrity_check, without a broken page)."""
    _edit(
        path,
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_account_status ON account (name)' "
        "WHERE name = 'ix_account_status'",
    )


def test_rows_missing_from_an_index_are_damaged_parts(db: Database) -> None:
    path = _closed(db)
    _index_lost_its_rows(path)
    result = integrity.check_file(path, thorough=True)
    assert result.details == tuple(f"row {n} missing from index ix_account_status" for n in (1, 2, 3))
    assert result.summary == BROKEN and not result.ok
    assert integrity.check_file(path).ok  # quick_check does not compare indexes with their tables


def test_kam_desktop_check_names_an_index_that_lost_rows(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _closed(db)
    _index_lost_its_rows(path)
    before = path.read_bytes()
    assert cli.run(["check", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"kam-desktop: {path.resolve()} is damaged: {BROKEN} The file was not changed. No good backup was found.\n"
    )
    assert path.read_bytes() == before


def test_a_null_the_schema_forbids_is_reported_in_sqlites_words(db: Database) -> None:
    path = _closed(db)
    _edit(
        path,
        "CREATE TABLE note_check (id INTEGER PRIMARY KEY, body TEXT)",
        "INSERT INTO note_check (id, body) VALUES (1, NULL)",
        "UPDATE sqlite_master SET sql = 'CREATE TABLE note_check (id INTEGER PRIMARY KEY, body TEXT NOT NULL)' "
        "WHERE name = 'note_check'",
    )
    result = integrity.check_file(path, thorough=True)
    assert result.details == ("NULL value in note_check.body",)
    assert result.summary == "SQLite reports: NULL value in note_check.body"


@pytest.mark.parametrize(
    ("ghosts", "words"),
    [
        (1, "1 record points to a record that no longer exists."),
        (3, "3 records point to records that no longer exist."),
    ],
)
def test_orphan_rows_are_counted_in_words(db: Database, ghosts: int, words: str) -> None:
    path = _closed(db, ())
    _edit(
        path,
        *(
            "INSERT INTO stakeholder (account_id, name, title, email, phone, cares_about, notes, "
            f"created_at, updated_at) VALUES ({900 + n}, 'Ghost', '', '', '', '', '', '2026-01-01', '2026-01-01')"
            for n in range(ghosts)
        ),
    )
    result = integrity.check_file(path, thorough=True)
    assert result.summary == words
    assert result.details == tuple(
        f"orphan row in stakeholder (rowid {n}) -> account" for n in range(1, ghosts + 1)
    )
    assert verify(path) == list(result.details)


def test_an_empty_schema_version_record_is_named(db: Database) -> None:
    path = _closed(db)
    _edit(path, "DELETE FROM alembic_version")
    result = integrity.check_file(path, thorough=True)
    assert result.details == ("the schema version record (alembic_version) is missing",)
    assert result.summary == "its schema version record (alembic_version) is missing."
    assert verify(path) == []  # the backup check reads pages and references only


def test_verify_finds_nothing_in_a_healthy_file_and_names_what_sqlite_cannot_read(
    db: Database, tmp_path: Path
) -> None:
    path = _closed(db)
    assert verify(path) == []
    text = tmp_path / "notes.sqlite"
    text.write_text("Meeting notes\n" * 400, encoding="utf-8")
    assert verify(text) == ["file is not a database"]
