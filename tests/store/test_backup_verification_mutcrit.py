"""Backup verification, exactly: what is checked before a backup is kept, before a backup is
restored and after its copy is made, which file counts as a backup and which backup is chosen
as the newest good one - each with the exact line a user reads and the exact data restored.
(Mutation testing of the four critical areas, issue 12.)"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from kam_desktop.domain.errors import StoreError
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.store import backup as store_backup
from kam_desktop.store import integrity
from kam_desktop.store import models as m
from kam_desktop.store.backup import (
    backup_dir_for,
    finish_interrupted_restore,
    list_backups,
    make_backup,
    not_ours,
    parse_name,
    restore_backup,
    restoring_path,
    verify,
)
from kam_desktop.store.database import Database
from kam_desktop.store.schema_version import APPLICATION_ID

NOON = dt.datetime(2026, 11, 29, 12, 0, 0)


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM account ORDER BY id")]
    finally:
        conn.close()


def _with_orphan(path: Path) -> None:
    """A file that opens fine but fails foreign_key_check: a buying centre of no account."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO buying_centre (account_id, name, kind, notes, created_at, updated_at) "
        "VALUES (9999, 'Ghost', '', '', '2026-01-01', '2026-01-01')"
    )
    conn.commit()
    conn.close()


def _plain_sqlite(path: Path, application_id: int = 0) -> Path:
    conn = sqlite3.connect(path)
    if application_id:
        conn.execute(f"PRAGMA application_id = {application_id}")
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    return path


# --- verify -------------------------------------------------------------------------------------


def test_verify_passes_a_healthy_database_and_names_an_orphan(db: Database) -> None:
    create_account(db, AccountInput(name="Healthy AG"))
    copy = make_backup(db.path, reason="manual")
    assert verify(copy) == []
    _with_orphan(copy)
    assert verify(copy) == ["orphan row in buying_centre (rowid 1) -> account"]


def test_verify_of_a_text_file_says_it_is_not_a_database(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database at all\n" * 100, encoding="utf-8")
    assert verify(text) == ["file is not a database"]


def test_verify_never_creates_the_file_it_is_asked_about(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    assert verify(missing) == ["unable to open database file"]
    assert list(tmp_path.iterdir()) == []


def test_verify_reports_a_damaged_page(db: Database) -> None:
    with db.session() as s:  # one transaction: 300 commits took 14 s on a busy machine
        s.add_all(m.Account(name=f"Account {i:03d} AG", description="x" * 200) for i in range(300))
    copy = make_backup(db.path, reason="manual")
    conn = sqlite3.connect(copy)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'account'").fetchone()[0]
    conn.close()
    with copy.open("r+b") as handle:  # scribble over the account table's root page
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)
    problems = verify(copy)
    assert problems and all(p != "ok" for p in problems)
    assert problems[0].startswith("*** in database main ***") or "malformed" in problems[0]


# --- which files may be backed up ------------------------------------------------------------


def test_not_ours_names_each_kind_of_file(tmp_path: Path, db: Database) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    short = tmp_path / "short.sqlite"
    short.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)  # the right start, a cut-off header
    foreign = _plain_sqlite(tmp_path / "foreign.sqlite", application_id=1234)
    folder = tmp_path / "folder.sqlite"
    folder.mkdir()
    assert not_ours(empty) == "is empty"
    assert not_ours(short) == "is not a KAM Desktop database"
    assert not_ours(foreign) == "belongs to another application (id 0x4d2)"
    assert not_ours(folder) == "cannot be read (Is a directory)"
    assert not_ours(tmp_path / "missing.sqlite") == "cannot be read (No such file or directory)"
    assert not_ours(_plain_sqlite(tmp_path / "new.sqlite")) == ""  # no application id yet
    assert not_ours(db.path) == ""
    header = db.path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID


@pytest.mark.parametrize(
    ("make", "words"),
    [
        ("empty", "is empty"),
        ("short", "is not a KAM Desktop database"),
        ("foreign", "belongs to another application (id 0x4d2)"),
        ("plain", "is not a KAM Desktop database"),
    ],
)
def test_a_file_that_is_not_ours_is_refused_with_one_exact_line(
    tmp_path: Path, make: str, words: str
) -> None:
    path = tmp_path / "kam.sqlite"
    if make == "empty":
        path.write_bytes(b"")
    elif make == "short":
        path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    elif make == "foreign":
        _plain_sqlite(path, application_id=1234)
    else:
        _plain_sqlite(path)  # SQLite, no application id, but no schema version table of ours
    with pytest.raises(StoreError) as caught:
        make_backup(path, reason="manual")
    assert str(caught.value) == f"{path} {words}, so no backup was made."
    folder = backup_dir_for(path)
    assert not folder.exists() or list(folder.iterdir()) == []


# --- making a backup -----------------------------------------------------------------------------


def test_a_backup_is_an_owner_only_exact_copy_under_its_exact_name(db: Database) -> None:
    create_account(db, AccountInput(name="First AG"))
    create_account(db, AccountInput(name="Second AG"))
    folder = backup_dir_for(db.path)
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    made = make_backup(db.path, reason="pre-migration", now=NOON)
    assert made == folder / "kam.sqlite-20261129T120000000000Z-pre-migration.sqlite"
    assert _names(made) == ["First AG", "Second AG"]
    assert stat.S_IMODE(os.stat(made).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == [made.name]  # no .part, no -journal left
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_a_backup_time_with_a_zone_is_named_in_utc(db: Database) -> None:
    rome = dt.timezone(dt.timedelta(hours=1))
    made = make_backup(db.path, reason="manual", now=dt.datetime(2026, 11, 29, 13, 0, 0, 5, tzinfo=rome))
    assert made.name == "kam.sqlite-20261129T120000000005Z-manual.sqlite"


def test_a_backup_goes_where_it_is_sent(db: Database, tmp_path: Path) -> None:
    elsewhere = tmp_path / "usb" / "copies"
    made = make_backup(db.path, reason="manual", dest_dir=elsewhere, now=NOON)
    assert made == elsewhere / "kam.sqlite-20261129T120000000000Z-manual.sqlite"
    assert stat.S_IMODE(os.stat(elsewhere).st_mode) == 0o700
    assert not backup_dir_for(db.path).exists()


def test_a_copy_that_fails_its_check_is_not_kept(db: Database) -> None:
    create_account(db, AccountInput(name="Orphaned AG"))
    db.close()
    _with_orphan(db.path)
    with pytest.raises(StoreError) as caught:
        make_backup(db.path, reason="manual")
    assert str(caught.value) == (
        "The backup copy failed its check (orphan row in buying_centre (rowid 1) -> account); "
        "no backup was kept."
    )
    assert list(backup_dir_for(db.path).iterdir()) == []


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (
            OSError(28, "No space left on device"),
            "The disk holding {folder} is full: no backup was written. Free some space and try again.",
        ),
        (
            sqlite3.OperationalError("database or disk is full"),
            "The disk holding {folder} is full: no backup was written. Free some space and try again.",
        ),
        (OSError(13, "Permission denied"), "Could not write a backup to {folder}: Permission denied."),
        (sqlite3.OperationalError("disk I/O error"), "Could not write a backup to {folder}: disk I/O error."),
    ],
)
def test_a_backup_that_cannot_be_written_says_why(
    db: Database, monkeypatch: pytest.MonkeyPatch, error: Exception, message: str
) -> None:
    def fail(source: Path, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)  # half-written
        raise error

    monkeypatch.setattr(store_backup, "_copy_into", fail)
    with pytest.raises(StoreError) as caught:
        make_backup(db.path, reason="manual")
    folder = backup_dir_for(db.path)
    assert str(caught.value) == message.format(folder=folder)
    assert list(folder.iterdir()) == []


# --- restoring -------------------------------------------------------------------------------------


def test_restore_puts_the_exact_data_back_in_wal_mode_and_moves_the_current_file_aside(db: Database) -> None:
    create_account(db, AccountInput(name="In The Backup AG"))
    good = make_backup(db.path, reason="manual", now=NOON)
    good_bytes = good.read_bytes()
    create_account(db, AccountInput(name="After The Backup AG"))
    when = dt.datetime(2026, 11, 29, 15, 30)
    moved = restore_backup(db.path, good, now=when, aside_reason="damaged")
    assert moved == backup_dir_for(db.path) / "kam.sqlite-20261129T153000000000Z-damaged.sqlite"
    assert _names(moved) == ["In The Backup AG", "After The Backup AG"]
    assert _names(db.path) == ["In The Backup AG"]
    assert good.read_bytes() == good_bytes
    assert stat.S_IMODE(os.stat(db.path).st_mode) == 0o600
    conn = sqlite3.connect(db.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    assert not list(db.path.parent.glob(".*.restoring*"))


def test_restore_without_a_current_file_returns_none(db: Database) -> None:
    create_account(db, AccountInput(name="Only AG"))
    good = make_backup(db.path, reason="manual")
    db.close()
    db.path.unlink()
    assert restore_backup(db.path, good) is None
    assert _names(db.path) == ["Only AG"]


def test_restore_from_a_missing_file_or_a_folder_is_refused(db: Database, tmp_path: Path) -> None:
    before = db.path.read_bytes()
    for source in (tmp_path / "gone.sqlite", tmp_path):
        with pytest.raises(StoreError) as caught:
            restore_backup(db.path, source)
        assert str(caught.value) == f"There is no backup file at {source}."
    assert db.path.read_bytes() == before


def test_restore_from_a_text_file_names_the_problem(db: Database, tmp_path: Path) -> None:
    text = tmp_path / "bad.sqlite"
    text.write_text("not a database at all\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        restore_backup(db.path, text)
    assert (
        str(caught.value)
        == "The backup bad.sqlite is damaged (file is not a database); nothing was restored."
    )
    assert not backup_dir_for(db.path).exists()


def test_a_copy_that_fails_its_check_after_copying_is_not_put_in_place(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_account(db, AccountInput(name="Current AG"))
    good = make_backup(db.path, reason="manual")
    before = db.path.read_bytes()
    real_copy = store_backup._copy_into

    def copy_then_damage(source: Path, target: Path) -> None:
        real_copy(source, target)
        _with_orphan(target)

    monkeypatch.setattr(store_backup, "_copy_into", copy_then_damage)
    with pytest.raises(StoreError) as caught:
        restore_backup(db.path, good)
    assert str(caught.value) == (
        "The restored copy failed its check (orphan row in buying_centre (rowid 1) -> account); "
        "nothing was restored."
    )
    assert db.path.read_bytes() == before
    assert sorted(p.name for p in backup_dir_for(db.path).iterdir()) == [good.name]
    assert not list(db.path.parent.glob(".*.restoring*"))


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (
            sqlite3.OperationalError("database or disk is full"),
            "The disk holding {folder} is full: nothing was restored. Free some space and try again.",
        ),
        (
            sqlite3.OperationalError("disk I/O error"),
            "Could not restore the backup into {folder}: disk I/O error. Nothing was restored.",
        ),
    ],
)
def test_a_restore_failing_inside_sqlite_says_why(
    db: Database, monkeypatch: pytest.MonkeyPatch, error: Exception, message: str
) -> None:
    good = make_backup(db.path, reason="manual")
    before = db.path.read_bytes()

    def fail(source: Path, target: Path) -> None:
        target.write_bytes(b"partial")
        raise error

    monkeypatch.setattr(store_backup, "_copy_into", fail)
    with pytest.raises(StoreError) as caught:
        restore_backup(db.path, good)
    assert str(caught.value) == message.format(folder=db.path.parent)
    assert db.path.read_bytes() == before
    assert not restoring_path(db.path).exists()


# --- a restore killed half-way ---------------------------------------------------------------------


def test_an_interrupted_restore_is_finished_only_when_it_is_safe(db: Database) -> None:
    create_account(db, AccountInput(name="In The Backup AG"))
    made = make_backup(db.path, reason="manual")
    db.close()
    pending = restoring_path(db.path)
    assert pending == db.path.with_name(".kam.sqlite.restoring")
    shutil.copy(made, pending)

    assert finish_interrupted_restore(db.path) is False  # the database is still there
    assert pending.exists()

    store_backup.move_aside(db.path)
    journal = Path(f"{pending}-journal")
    journal.write_bytes(b"a copy still being written")
    assert finish_interrupted_restore(db.path) is False  # the copy was not finished
    assert pending.exists() and not db.path.exists()
    journal.unlink()

    _with_orphan(pending)
    assert finish_interrupted_restore(db.path) is False  # the copy fails its check
    assert pending.exists() and not db.path.exists()

    shutil.copy(made, pending)
    assert finish_interrupted_restore(db.path) is True
    assert _names(db.path) == ["In The Backup AG"]
    assert not pending.exists()


def test_no_pending_copy_or_a_folder_in_its_place_finishes_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "kam.sqlite"
    assert finish_interrupted_restore(db_path) is False
    restoring_path(db_path).mkdir()
    assert finish_interrupted_restore(db_path) is False
    assert not db_path.exists()


# --- which files are backups, and which one is the newest good one ----------------------------------


@pytest.mark.parametrize(
    ("name", "key", "expected"),
    [
        ("kam.sqlite-20261129T120000000000Z-manual.sqlite", None, (NOON, "manual")),
        ("kam.sqlite-20261129T120000000000Z-pre-migration.sqlite", "kam.sqlite", (NOON, "pre-migration")),
        ("kam.sqlite-20261129T120000000000Z-manual.sqlite", "kam.db", None),
        ("kam.sqlite-20261329T120000000000Z-manual.sqlite", None, None),  # month 13
        ("kam.sqlite-20261129T120000000000Z-Manual.sqlite", None, None),
        ("kam.sqlite-20261129T120000000000Z-manual.sqlite.part", None, None),
        ("kam.sqlite-20261129T1200000000Z-manual.sqlite", None, None),  # stamp too short
        ("-20261129T120000000000Z-manual.sqlite", None, None),
    ],
)
def test_parse_name_reads_only_our_backup_names(
    name: str, key: str | None, expected: tuple[dt.datetime, str] | None
) -> None:
    assert parse_name(Path("/any") / name, key) == expected


def _place(folder: Path, name: str, content: bytes = b"x") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def test_list_backups_is_newest_first_with_the_misdated_last(tmp_path: Path) -> None:
    db_path = tmp_path / "kam.sqlite"
    folder = backup_dir_for(db_path)
    older = _place(folder, "kam.sqlite-20261128T120000000000Z-auto.sqlite", b"12345")
    newer = _place(folder, "kam.sqlite-20261129T120000000000Z-manual.sqlite")
    edge = _place(folder, "kam.sqlite-20261129T121000000000Z-auto.sqlite")  # exactly 10 minutes ahead
    ahead = _place(folder, "kam.sqlite-20261129T121000000001Z-auto.sqlite")  # just beyond
    _place(folder, "kam.db-20261129T130000000000Z-auto.sqlite")  # another database's
    _place(folder, "notes.txt")
    (folder / "kam.sqlite-20261127T120000000000Z-auto.sqlite").mkdir()  # not a file
    listed = list_backups(db_path, now=NOON)
    assert [(b.path, b.misdated) for b in listed] == [
        (edge, False),
        (newer, False),
        (older, False),
        (ahead, True),
    ]
    assert (listed[2].created, listed[2].reason, listed[2].size) == (dt.datetime(2026, 11, 28, 12), "auto", 5)
    assert list_backups(tmp_path / "other.sqlite", now=NOON) == []


def test_two_backups_of_the_same_moment_are_ordered_by_name(tmp_path: Path) -> None:
    db_path = tmp_path / "kam.sqlite"
    folder = backup_dir_for(db_path)
    auto = _place(folder, "kam.sqlite-20261129T120000000000Z-auto.sqlite")
    manual = _place(folder, "kam.sqlite-20261129T120000000000Z-manual.sqlite")
    assert [b.path for b in list_backups(db_path, now=NOON)] == [manual, auto]


def test_list_backups_of_a_given_folder(tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    one = _place(folder, "kam.sqlite-20261129T120000000000Z-manual.sqlite")
    assert [b.path for b in list_backups(tmp_path / "kam.sqlite", folder, now=NOON)] == [one]
    assert list_backups(tmp_path / "kam.sqlite", tmp_path / "nowhere", now=NOON) == []


def test_the_newest_good_backup_skips_damaged_foreign_and_unknown_versions(db: Database) -> None:
    create_account(db, AccountInput(name="Good AG"))
    good = make_backup(db.path, reason="manual", now=NOON - dt.timedelta(days=3))
    newer_version = make_backup(db.path, reason="manual", now=NOON - dt.timedelta(days=2))
    conn = sqlite3.connect(newer_version)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    no_version = make_backup(db.path, reason="manual", now=NOON - dt.timedelta(days=1))
    conn = sqlite3.connect(no_version)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    damaged = make_backup(db.path, reason="manual", now=NOON)
    _with_orphan(damaged)
    backups = list_backups(db.path, now=NOON)
    assert [b.path for b in backups] == [damaged, no_version, newer_version, good]
    assert [integrity.backup_is_good(b) for b in backups] == [False, False, False, True]
    found = integrity.newest_good_backup(db.path)
    assert found is not None and found.path == good


def test_a_backup_without_a_version_table_is_not_good(tmp_path: Path) -> None:
    plain = _plain_sqlite(tmp_path / "plain.sqlite")
    backup = store_backup.BackupFile(plain, NOON, "manual", plain.stat().st_size)
    assert integrity.backup_is_good(backup) is False
    assert integrity.newest_good_backup(tmp_path / "kam.sqlite") is None


def test_the_file_in_place_is_moved_aside_as_replaced_by_default(db: Database) -> None:
    create_account(db, AccountInput(name="Current AG"))
    good = make_backup(db.path, reason="manual", now=NOON)
    when = dt.datetime(2026, 11, 29, 16, 0)
    moved = restore_backup(db.path, good, now=when)
    assert moved == backup_dir_for(db.path) / "kam.sqlite-20261129T160000000000Z-replaced.sqlite"
    assert [(b.path, b.reason) for b in list_backups(db.path, now=when)] == [
        (moved, "replaced"),
        (good, "manual"),
    ]


@pytest.mark.parametrize("action", ["backup", "restore"])
def test_a_copy_in_progress_is_never_readable_by_others(
    db: Database, monkeypatch: pytest.MonkeyPatch, action: str
) -> None:
    """Customer data: the copy is owner-only from its first byte, not only once it is finished."""
    good = make_backup(db.path, reason="manual") if action == "restore" else None
    real_copy = store_backup._copy_into
    modes: list[int] = []

    def copy_and_look(source: Path, target: Path) -> None:
        real_copy(source, target)
        modes.append(stat.S_IMODE(os.stat(target).st_mode))

    monkeypatch.setattr(store_backup, "_copy_into", copy_and_look)
    old = os.umask(0o022)
    try:
        if good is None:
            make_backup(db.path, reason="manual")
        else:
            restore_backup(db.path, good)
        assert os.umask(0o022) == 0o022  # the user's umask is given back
    finally:
        os.umask(old)
    assert modes == [0o600]


def _free_pages(path: Path) -> list[int]:
    """The pages on the file's freelist (trunk and leaf pages), read from the file itself."""
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    pages: list[int] = []
    trunk = int.from_bytes(data[32:36], "big")
    while trunk:
        page = data[(trunk - 1) * page_size : trunk * page_size]
        count = int.from_bytes(page[4:8], "big")
        pages += [trunk, *(int.from_bytes(page[8 + 4 * i : 12 + 4 * i], "big") for i in range(count))]
        trunk = int.from_bytes(page[0:4], "big")
    return sorted(pages)


def test_verify_gives_quick_checks_own_words_for_pages_lost_from_the_freelist(tmp_path: Path) -> None:
    """A file that opens and reads, but whose quick_check answers with problems (not an error):
    the header's freelist is cleared, so the free pages belong to nothing."""
    path = tmp_path / "lost.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, x)")
    conn.executemany("INSERT INTO notes (x) VALUES (?)", [("x" * 200,)] * 300)
    conn.commit()
    conn.execute("DELETE FROM notes WHERE id > 100")
    conn.commit()
    conn.close()
    free = _free_pages(path)
    assert len(free) >= 5
    with path.open("r+b") as handle:
        handle.seek(32)
        handle.write(b"\x00" * 8)  # no freelist trunk, no free pages
    lines = "\n".join(f"Page {page} is never used" for page in free)
    assert verify(path) == [f"*** in database main ***\n{lines}"]


def test_only_a_file_with_the_schema_table_counts_as_ours(tmp_path: Path, db: Database) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database at all\n" * 100, encoding="utf-8")
    missing = tmp_path / "missing.sqlite"
    assert store_backup._has_schema_table(db.path) is True
    assert store_backup._has_schema_table(_plain_sqlite(tmp_path / "plain.sqlite")) is False
    assert store_backup._has_schema_table(text) is False
    assert store_backup._has_schema_table(missing) is False
    assert not missing.exists()


def test_a_backup_into_the_own_folder_sorts_the_older_versions_backups_and_elsewhere_not(
    tmp_path: Path, db: Database
) -> None:
    made = make_backup(db.path, reason="manual", now=NOON)
    legacy = tmp_path / "kam-backups"  # versions before 0.2: keyed by the stem
    legacy.mkdir()
    old = legacy / f"kam-{made.name[len('kam.sqlite-') :]}"
    made.rename(old)
    elsewhere = tmp_path / "elsewhere"
    away = make_backup(db.path, reason="manual", dest_dir=elsewhere, now=NOON + dt.timedelta(hours=1))
    assert sorted(p.name for p in legacy.iterdir()) == [old.name]  # not touched
    assert [p.name for p in elsewhere.iterdir()] == [away.name]
    own = make_backup(db.path, reason="manual", now=NOON + dt.timedelta(hours=2))
    assert not legacy.exists()
    assert sorted(p.name for p in backup_dir_for(db.path).iterdir()) == [made.name, own.name]


def test_a_pending_copy_with_any_journal_beside_it_is_not_finished(db: Database) -> None:
    """Even an empty journal (which SQLite itself would ignore: the copy reads and checks fine)
    means the copy may not be complete: the restore is left for the user to redo."""
    create_account(db, AccountInput(name="In The Backup AG"))
    made = make_backup(db.path, reason="manual")
    db.close()
    store_backup.move_aside(db.path)
    pending = restoring_path(db.path)
    shutil.copy(made, pending)
    journal = Path(f"{pending}-journal")
    journal.write_bytes(b"")
    assert verify(pending) == []
    assert finish_interrupted_restore(db.path) is False
    assert pending.read_bytes() == made.read_bytes() and journal.exists()
    assert not db.path.exists()


# --- a SQLite that reads file names as plain names (URI handling off) ---------------------------

# SQLite reads "file:...?mode=ro" as a URI only when asked to: by the connection (uri=True) or by a
# build with SQLITE_USE_URI=1 (Debian's). Other builds (the default on other platforms) take it for
# a plain file name - a new, empty database beside the working directory. The child turns URI
# handling off before anything opens a database (sqlite3_config(SQLITE_CONFIG_URI, 0)) and checks
# that it took: a file name "file:probe.sqlite?mode=ro" opened without uri=True becomes a file.
_WITHOUT_URIS = r"""
import ctypes, ctypes.util, json, sys
name = ctypes.util.find_library("sqlite3")
if name is None:
    print(json.dumps({"skip": "ctypes finds no SQLite library"})); sys.exit(0)
config = getattr(ctypes.CDLL(name), "sqlite3_config", None)
if config is None:
    print(json.dumps({"skip": f"{name} has no sqlite3_config"})); sys.exit(0)
code = config(17, ctypes.c_int(0))  # SQLITE_CONFIG_URI = 17
import os, sqlite3
sqlite3.connect("file:probe.sqlite?mode=ro").close()
if code != 0 or not os.path.exists("file:probe.sqlite?mode=ro"):
    print(json.dumps({"skip": f"sqlite3_config gave {code}; Python's sqlite3 does not use {name}"}))
    sys.exit(0)
os.remove("file:probe.sqlite?mode=ro")
from pathlib import Path
from kam_desktop.store import backup, integrity
db, good = Path(sys.argv[1]), Path(sys.argv[2])
answers = {
    "verify": backup.verify(good),
    "has_schema_table": backup._has_schema_table(good),
    "backup_is_good": integrity.backup_is_good(backup.list_backups(db)[0]),
}
try:
    answers["new_backup"] = Path(backup.make_backup(db, reason="manual", dest_dir=Path("new"))).name
except Exception as exc:
    answers["new_backup"] = f"{type(exc).__name__}: {exc}"
answers["left_in_the_working_folder"] = sorted(p for p in os.listdir(".") if p != "new")
print(json.dumps(answers))
"""


def test_backups_are_verified_where_sqlite_reads_no_uris_by_default(db: Database, tmp_path: Path) -> None:
    """Kills verify #4, #6, #7, _has_schema_table #3, #5, #6, backup_is_good #6, #8, #10 and
    _copy_into #3, #5, #6 (uri= left out, None or False): on such a SQLite each refused every
    backup and made an empty file named "file:...?mode=ro" in the working folder."""
    import json
    import subprocess
    import sys

    create_account(db, AccountInput(name="Alpen Logistics AG"))
    good = make_backup(db.path, reason="manual", now=NOON)
    # here (this SQLite reads URIs): the same answers the child must give
    assert verify(good) == []
    assert store_backup._has_schema_table(good) is True
    assert integrity.backup_is_good(list_backups(db.path)[0]) is True
    work = tmp_path / "work"
    work.mkdir()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    if env.get("MUTANT_UNDER_TEST") == "stats":
        # mutmut's stats run records which tests reach which function in this process only; in the
        # child (another working folder) it would look for its configuration and fail
        del env["MUTANT_UNDER_TEST"]
    child = subprocess.run(
        [sys.executable, "-c", _WITHOUT_URIS, str(db.path), str(good)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    answers = json.loads(child.stdout.strip().splitlines()[-1])
    if "skip" in answers:
        pytest.skip(answers["skip"])  # hygiene: only where ctypes cannot reach sqlite3_config
    new_backup = answers.pop("new_backup")
    assert answers == {
        "verify": [],
        "has_schema_table": True,
        "backup_is_good": True,
        "left_in_the_working_folder": [],
    }
    assert re.fullmatch(re.escape(db.path.name) + r"-\d{8}T\d{12}Z-manual\.sqlite", new_backup), new_backup
    assert _names(work / "new" / new_backup) == ["Alpen Logistics AG"]


_HEADER_ONLY = r"""
import json, os, resource, sys
from pathlib import Path
from kam_desktop.store.backup import not_ours
size = int(open("/proc/self/statm").read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
limit = size + 256 * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
try:
    answer = not_ours(Path(sys.argv[1]))
except MemoryError:
    answer = "MemoryError"
print(json.dumps(answer))
"""


def test_not_ours_reads_only_the_header_of_a_huge_file(db: Database, tmp_path: Path) -> None:
    """A 4 GiB database (here: our header, then a hole) is judged by its first 100 bytes; in a
    process that may not use more than 256 MiB more, reading the whole file (read(None)) fails
    with MemoryError (kills not_ours #5)."""
    import json
    import subprocess
    import sys

    if not Path("/proc/self/statm").exists():
        pytest.skip("no /proc/self/statm: the child cannot measure its memory")  # hygiene: not Linux
    assert not_ours(db.path) == ""  # here, without a limit, the small file it starts from
    huge = tmp_path / "huge.sqlite"
    huge.write_bytes(db.path.read_bytes()[:100])
    os.truncate(huge, 4 * 1024**3)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.run(
        [sys.executable, "-c", _HEADER_ONLY, str(huge)], env=env, capture_output=True, text=True, check=False
    )
    assert child.returncode == 0, child.stderr
    assert json.loads(child.stdout) == ""
