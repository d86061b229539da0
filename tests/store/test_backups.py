"""Backups: consistent under concurrent writes, never partial, thinned exactly by the policy,
restored only after the current file is moved aside."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from kam_desktop.domain.errors import StoreError
from kam_desktop.services import backups as backup_service
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.store import backup as store_backup
from kam_desktop.store.backup import BackupFile, backup_dir_for, backups_to_keep, make_backup, thin_backups
from kam_desktop.store.database import Database, open_database


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _touch_backup(folder: Path, when: dt.datetime, reason: str = "auto") -> Path:
    path = folder / f"kam.sqlite-{when.strftime(store_backup.STAMP_FORMAT)}-{reason}.sqlite"
    path.write_bytes(b"")
    return path


# --- thinning ------------------------------------------------------------------------------


def _expected_after_2025(now: dt.datetime) -> set[dt.datetime]:
    """The policy's set for hourly backups through 2025, worked out by hand from the calendar."""
    assert now == dt.datetime(2025, 12, 31, 23, 30)
    keep: set[dt.datetime] = set()
    # every backup of today and the two days before
    for day in (29, 30, 31):
        keep.update(dt.datetime(2025, 12, day, hour) for hour in range(24))
    # one a day (the last of the day) for the days of the two weeks before that
    keep.update(dt.datetime(2025, 12, day, 23) for day in range(15, 29))
    # one a week (Sunday's last) for the weeks fully older than 14 days, up to three months
    sundays = [
        (10, 5),
        (10, 12),
        (10, 19),
        (10, 26),
        (11, 2),
        (11, 9),
        (11, 16),
        (11, 23),
        (11, 30),
        (12, 7),
        (12, 14),
    ]
    keep.update(dt.datetime(2025, month, day, 23) for month, day in sundays)
    # one a month beyond: the last backup of the last week whose Thursday is in that month
    month_ends = [(2, 2), (3, 2), (3, 30), (4, 27), (6, 1), (6, 29), (8, 3), (8, 31), (9, 28)]
    keep.update(dt.datetime(2025, month, day, 23) for month, day in month_ends)
    return keep


def test_thinning_over_a_simulated_year_keeps_exactly_the_policy_set(tmp_path: Path) -> None:
    folder = tmp_path / "kam.sqlite-backups"
    folder.mkdir()
    db_path = tmp_path / "kam.sqlite"
    start = dt.datetime(2025, 1, 1)
    pre_migration = _touch_backup(folder, dt.datetime(2025, 1, 15, 9, 30, 5), "pre-migration")
    manual = _touch_backup(folder, dt.datetime(2025, 3, 3, 10, 0, 7), "manual")
    moment = start
    while moment.year == 2025:
        _touch_backup(folder, moment)
        if moment.hour == 23:  # the app thins after every backup; on files once a day keeps this fast
            thin_backups(db_path, now=moment)
        moment += dt.timedelta(hours=1)
    now = dt.datetime(2025, 12, 31, 23, 30)
    thin_backups(db_path, now=now)

    left = store_backup.list_backups(db_path)
    kept_auto = {b.created for b in left if b.reason == "auto"}
    assert kept_auto == _expected_after_2025(now)
    assert len(kept_auto) == 72 + 14 + 11 + 9
    assert pre_migration.exists() and manual.exists()


def test_thinning_after_every_backup_equals_thinning_once() -> None:
    """Incremental thinning (the app's way) and one pass over the whole year agree."""
    everything: list[BackupFile] = []
    alive: list[BackupFile] = []
    moment = dt.datetime(2025, 1, 1)
    while moment.year == 2025:
        backup = BackupFile(Path(f"/b/{moment:%Y%m%d%H}.sqlite"), moment, "auto", 0)
        everything.append(backup)
        alive.append(backup)
        keep = backups_to_keep(alive, moment)
        alive = [b for b in alive if b.path in keep]
        moment += dt.timedelta(hours=5)  # an odd step: backups land on every hour of the day
    now = dt.datetime(2026, 1, 1, 12)
    incremental = backups_to_keep(alive, now)
    once = backups_to_keep(everything, now)
    assert incremental == once


def test_the_pre_migration_backup_survives_thinning(tmp_path: Path) -> None:
    path = tmp_path / "kam.sqlite"
    open_database(path).close()
    long_ago = dt.datetime(2024, 2, 1, 12)
    pre = make_backup(path, reason="pre-migration", now=long_ago)
    for days in range(0, 400, 3):
        make_backup(path, reason="auto", now=long_ago + dt.timedelta(days=days))
    removed = thin_backups(path, now=long_ago + dt.timedelta(days=400))
    assert removed
    assert pre.exists()
    assert pre not in removed


# --- consistency and safety of a backup ----------------------------------------------------


def test_a_backup_taken_while_another_connection_writes_is_consistent(db: Database) -> None:
    stop = threading.Event()
    written = [0]

    def writer() -> None:
        conn = sqlite3.connect(db.path, timeout=10)
        conn.isolation_level = None
        conn.execute("PRAGMA foreign_keys = ON")
        n = 0
        while not stop.is_set():
            n += 1
            conn.execute("BEGIN IMMEDIATE")
            cur = conn.execute(
                "INSERT INTO account (name, industry, region, currency, current_revenue_cents, "
                "potential_revenue_cents, status, description, internal_notes, created_at, updated_at) "
                "VALUES (?, '', '', 'EUR', 0, 0, 'candidate', ?, '', '2026-01-01', '2026-01-01')",
                (f"Writer {n}", "x" * 3000),
            )
            conn.execute(
                "INSERT INTO buying_centre (account_id, name, kind, notes, created_at, updated_at) "
                "VALUES (?, 'Plant', '', '', '2026-01-01', '2026-01-01')",
                (cur.lastrowid,),
            )
            conn.execute("COMMIT")
            written[0] = n
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    made: list[Path] = []
    try:
        for _ in range(5):
            made.append(make_backup(db.path, reason="manual"))
    finally:
        stop.set()
        thread.join()
    assert written[0] > 0
    for path in made:
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            accounts, centres = conn.execute(
                "SELECT (SELECT count(*) FROM account), (SELECT count(*) FROM buying_centre)"
            ).fetchone()
            assert accounts == centres  # each transaction is in the copy whole, or not at all
        finally:
            conn.close()


def test_a_failed_backup_leaves_no_partial_file(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(source: Path, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)  # half-written
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_backup, "_copy_into", disk_full)
    with pytest.raises(StoreError, match=r"disk .* is full"):
        make_backup(db.path, reason="auto")
    assert list(backup_dir_for(db.path).iterdir()) == []


def test_a_failed_rename_leaves_no_partial_file(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_backup.os, "replace", no_space)
    with pytest.raises(StoreError, match="full"):
        make_backup(db.path, reason="manual")
    assert list(backup_dir_for(db.path).iterdir()) == []


def test_leftover_partial_files_of_a_killed_backup_are_swept(db: Database) -> None:
    folder = backup_dir_for(db.path)
    folder.mkdir(mode=0o700)
    stale = folder / "kam-20250101T000000000000Z-auto.sqlite.part"
    stale.write_bytes(b"half")
    old = dt.datetime(2025, 1, 1).timestamp()
    os.utime(stale, (old, old))
    make_backup(db.path, reason="manual")
    assert not stale.exists()
    assert [b.reason for b in store_backup.list_backups(db.path)] == ["manual"]


def test_backups_are_owner_only_and_listed_with_accounts(demo_db: Database) -> None:
    made = backup_service.back_up(demo_db)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert made.parent != demo_db.path.parent  # never beside the live file
    rows = backup_service.list_backups(demo_db.path)
    assert [r.path for r in rows] == [made]
    assert rows[0].accounts == 25
    assert rows[0].size == made.stat().st_size
    assert rows[0].reason_label == "Made by you"


# --- restore -------------------------------------------------------------------------------


def test_restore_moves_the_current_file_aside_and_never_deletes_it(db: Database) -> None:
    create_account(db, AccountInput(name="Before Backup AG"))
    good = make_backup(db.path, reason="manual")
    good_bytes = _sha(good)
    create_account(db, AccountInput(name="After Backup AG"))
    current = sqlite3.connect(db.path)
    current_names = {r[0] for r in current.execute("SELECT name FROM account")}
    current.close()

    result = backup_service.restore(db.path, good)

    assert _sha(good) == good_bytes  # the backup itself is untouched
    assert result.moved_aside is not None and result.moved_aside.exists()
    kept = sqlite3.connect(result.moved_aside)
    assert {r[0] for r in kept.execute("SELECT name FROM account")} == current_names
    kept.close()
    restored = sqlite3.connect(db.path)
    assert {r[0] for r in restored.execute("SELECT name FROM account")} == {"Before Backup AG"}
    restored.close()
    assert stat.S_IMODE(db.path.stat().st_mode) == 0o600
    # the open Database keeps working on the restored file
    create_account(db, AccountInput(name="After Restore AG"))


def test_a_damaged_backup_is_refused_and_nothing_changes(db: Database, tmp_path: Path) -> None:
    create_account(db, AccountInput(name="Keep Me AG"))
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database at all\n" * 100)
    before = _sha(db.path)
    with pytest.raises(StoreError, match="cannot be restored"):
        backup_service.restore(db.path, bad)
    assert _sha(db.path) == before
    assert not backup_dir_for(db.path).exists()


# --- automatic backups ---------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_automatic_backup_only_when_data_changed(db: Database) -> None:
    store_backup.make_backup(db.path, reason="manual")  # the file as it is, backed up
    clock = FakeClock()
    auto = backup_service.AutoBackup(db, monotonic=clock)
    assert auto.on_close() is None  # nothing changed
    create_account(db, AccountInput(name="Changed AG"))
    assert auto.tick() is None  # not an hour yet
    clock.now = 3601
    first = auto.tick()
    assert first is not None and first.exists()
    clock.now = 7300
    assert auto.tick() is None  # an hour, but no change since
    create_account(db, AccountInput(name="Changed Again AG"))
    closing = auto.on_close()
    assert closing is not None and closing != first
    assert [b.reason for b in store_backup.list_backups(db.path)] == ["auto", "auto", "manual"]


def test_reads_do_not_count_as_changes(demo_db: Database) -> None:
    from kam_desktop.services.portfolio import load_portfolio

    store_backup.make_backup(demo_db.path, reason="manual")  # the file as it is, backed up
    auto = backup_service.AutoBackup(demo_db)
    load_portfolio(demo_db)
    assert not auto.changed


# --- keyed by the full name; not ours; misdated; stale .part -------------------------------


def test_kam_sqlite_and_kam_db_in_one_folder_never_share_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kam_desktop.app import main

    first, second = tmp_path / "kam.sqlite", tmp_path / "kam.db"
    for path, accounts in ((first, "2"), (second, "3")):
        assert main(["demo", "--db", str(path), "--accounts", accounts]) == 0
        assert main(["backup", "--db", str(path)]) == 0
    capsys.readouterr()
    assert [b.path.parent.name for b in store_backup.list_backups(first)] == ["kam.sqlite-backups"]
    assert [b.path.parent.name for b in store_backup.list_backups(second)] == ["kam.db-backups"]
    assert main(["backups", "--db", str(first)]) == 0
    listing = capsys.readouterr().out
    assert "kam.sqlite-backups" in listing and "kam.db-backups" not in listing
    assert store_backup.count_accounts(store_backup.list_backups(second)[0].path) == 3
    # thinning one database's automatic backups never touches the other's
    old = dt.datetime(2024, 1, 1)
    for day in range(10):
        store_backup.make_backup(second, reason="auto", now=old + dt.timedelta(days=day))
    store_backup.thin_backups(first)
    assert len(store_backup.list_backups(second)) == 11


def test_backups_of_an_older_version_are_sorted_into_the_new_folder(tmp_path: Path) -> None:
    db = tmp_path / "kam.sqlite"
    open_database(db).close()
    legacy = tmp_path / "kam-backups"
    legacy.mkdir()
    made = store_backup.make_backup(db, reason="manual", dest_dir=legacy)
    old_name = legacy / f"kam-{made.name[len('kam.sqlite-') :]}"
    made.rename(old_name)
    rows = store_backup.list_backups(db)
    assert [r.path.parent for r in rows] == [backup_dir_for(db)]
    assert not legacy.exists()
    # with kam.sqlite and kam.db side by side nothing can tell whose a stem-keyed backup is
    other = tmp_path / "kam.db"
    open_database(other).close()
    legacy.mkdir()
    ambiguous = legacy / old_name.name
    shutil.copy(rows[0].path, ambiguous)
    assert len(store_backup.list_backups(db)) == 1 and len(store_backup.list_backups(other)) == 0
    assert ambiguous.exists()


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", "is empty"), (b"hello", "not a KAM Desktop database")],
)
def test_a_file_that_is_not_ours_is_not_backed_up(
    tmp_path: Path, content: bytes, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from kam_desktop.app import main

    path = tmp_path / "kam.sqlite"
    path.write_bytes(content)
    assert main(["backup", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1
    assert not backup_dir_for(path).exists()


def test_another_applications_database_is_not_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "kam.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="another application"):
        store_backup.make_backup(path, reason="manual")
    plain = tmp_path / "plain.sqlite"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a KAM Desktop database"):
        store_backup.make_backup(plain, reason="manual")
    assert not backup_dir_for(plain).exists() or list(backup_dir_for(plain).iterdir()) == []


def test_a_backup_dated_in_the_future_is_not_offered_as_newest_and_is_thinned(db: Database) -> None:
    from kam_desktop.store import integrity

    now = dt.datetime(2026, 6, 1, 12)
    future = store_backup.make_backup(db.path, reason="auto", now=dt.datetime(2031, 1, 1))
    assert store_backup.list_backups(db.path, now=now)[0].path == future  # nothing better yet
    assert store_backup.thin_backups(db.path, now=now) == []  # the only one: kept
    good = store_backup.make_backup(db.path, reason="auto", now=now)
    listed = store_backup.list_backups(db.path, now=now)
    assert [b.path for b in listed] == [good, future] and listed[1].misdated
    assert store_backup.thin_backups(db.path, now=now) == [future]
    found = integrity.newest_good_backup(db.path)
    assert found is not None and found.path == good


def test_a_part_file_of_a_killed_backup_is_removed_at_once(db: Database) -> None:
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # a process id that is gone
    folder = backup_dir_for(db.path)
    folder.mkdir(mode=0o700)
    stale = folder / f"kam.sqlite-20261129T000000000000Z-auto.sqlite.{child.pid}.part"
    stale.write_bytes(b"half a backup")  # fresh: minutes old, not an hour
    store_backup.make_backup(db.path, reason="manual")
    assert not stale.exists()


def test_a_very_long_file_name_can_be_backed_up(tmp_path: Path) -> None:
    path = tmp_path / ("k" * 240 + ".sqlite")
    open_database(path).close()
    made = store_backup.make_backup(path, reason="pre-migration")
    assert len(made.name) < 200 and len(made.parent.name) < 200
    assert [b.path for b in store_backup.list_backups(path)] == [made]


def test_a_restore_killed_between_the_two_renames_is_finished_at_the_next_start(db: Database) -> None:
    create_account(db, AccountInput(name="In The Backup AG"))
    made = store_backup.make_backup(db.path, reason="manual")
    db.close()
    pending = store_backup.restoring_path(db.path)
    shutil.copy(made, pending)  # the checked copy, flushed...
    store_backup.move_aside(db.path)  # ...and the current file moved aside: then the kill
    assert not db.path.exists()
    reopened = open_database(db.path)
    try:
        from kam_desktop.services.portfolio import load_portfolio

        assert [r.name for r in load_portfolio(reopened).rows] == ["In The Backup AG"]
    finally:
        reopened.close()
    assert not pending.exists()


def _with_orphan(path: Path) -> None:
    """A backup that opens fine but fails foreign_key_check: a buying centre of no account."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO buying_centre (account_id, name, kind, notes, created_at, updated_at) "
        "VALUES (9999, 'Ghost', '', '', '2026-01-01', '2026-01-01')"
    )
    conn.commit()
    conn.close()


def test_restore_checks_the_backup_itself_before_touching_anything(db: Database) -> None:
    create_account(db, AccountInput(name="Keep Me AG"))
    backup = make_backup(db.path, reason="manual")
    _with_orphan(backup)
    backup_before, db_before = _sha(backup), _sha(db.path)
    with pytest.raises(StoreError) as caught:
        store_backup.restore_backup(db.path, backup)
    assert caught.value.message == (
        f"The backup {backup.name} is damaged (orphan row in buying_centre (rowid 1) -> account); nothing was restored."
    )
    assert (_sha(backup), _sha(db.path)) == (backup_before, db_before)
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]  # nothing moved aside
    assert not list(db.path.parent.glob(".*.restoring*"))


def test_verify_names_each_problem() -> None:
    assert store_backup.verify(Path("/nonexistent/folder/x.sqlite")) == ["unable to open database file"]


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (
            OSError(28, "No space left on device"),
            "The disk holding {folder} is full: nothing was restored. Free some space and try again.",
        ),
        (
            OSError(13, "Permission denied"),
            "Could not restore the backup into {folder}: Permission denied. Nothing was restored.",
        ),
    ],
)
def test_a_restore_that_cannot_write_says_so_and_changes_nothing(
    db: Database, monkeypatch: pytest.MonkeyPatch, error: OSError, message: str
) -> None:
    """Not 'no backup was written' (the message of a failed backup): a restore failed."""
    create_account(db, AccountInput(name="Kept AG"))
    good = make_backup(db.path, reason="manual")
    before = _sha(db.path)

    def fail(source: Path, target: Path) -> None:
        target.write_bytes(b"partial")
        raise error

    monkeypatch.setattr(store_backup, "_copy_into", fail)
    with pytest.raises(StoreError) as err:
        store_backup.restore_backup(db.path, good)
    assert str(err.value) == message.format(folder=db.path.parent)
    assert _sha(db.path) == before
    assert not store_backup.restoring_path(db.path).exists()  # the partial copy is removed


def test_a_file_moved_aside_is_named_replaced_by_default(db: Database) -> None:
    db.close()
    when = dt.datetime(2026, 11, 26, 9, 30)
    moved = store_backup.move_aside(db.path, now=when)
    assert moved == backup_dir_for(db.path) / (
        f"{store_backup.backup_key(db.path)}-{when.strftime(store_backup.STAMP_FORMAT)}-replaced.sqlite"
    )
    assert moved.exists() and not db.path.exists()
    assert store_backup.move_aside(db.path, now=when) is None  # nothing left to move


def test_a_missing_backup_is_refused_in_italian(db: Database, tmp_path: Path, italian: None) -> None:
    source = tmp_path / "manca.sqlite"
    with pytest.raises(StoreError) as caught:
        store_backup.restore_backup(db.path, source)
    assert str(caught.value) == f"Non c’è alcun file di backup in {source}."


def test_a_file_that_is_not_ours_is_refused_in_italian(tmp_path: Path, italian: None) -> None:
    empty = tmp_path / "vuoto.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(StoreError) as caught:
        make_backup(empty, reason="manual", dest_dir=tmp_path / "copie")
    assert str(caught.value) == f"{empty} è vuoto, quindi non è stato fatto alcun backup."
