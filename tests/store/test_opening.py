"""Opening a file: inspect -> decide -> act. The decision as a table; each condition driven
through the CLI as a user meets it (in use, read-only mount, hot journal, full disk, FIFO)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from kam_desktop.app import main
from kam_desktop.domain.errors import StoreError
from kam_desktop.store import busy
from kam_desktop.store.database import Database, open_database
from kam_desktop.store.integrity import DamagedDatabaseError
from kam_desktop.store.opening import Facts, Kind, Verdict, decide
from kam_desktop.store.schema_version import APPLICATION_ID, HEAD_REVISION
from tests.mounts import HOW, full_disk, read_only_folder

OK = Facts(kind=Kind.FILE, size=8192, app_id=APPLICATION_ID, revision=HEAD_REVISION)


def _f(**changes: object) -> Facts:
    import dataclasses

    return dataclasses.replace(OK, **changes)  # type: ignore[arg-type]


TABLE: list[tuple[str, Facts, Verdict]] = [
    ("healthy", OK, Verdict.OPEN),
    ("missing", Facts(), Verdict.CREATE),
    ("missing in a read-only place", Facts(writable=False), Verdict.READ_ONLY_CANNOT_CREATE),
    ("empty, no backups", _f(size=0), Verdict.EMPTY),
    ("empty with backups", _f(size=0, has_backups=True), Verdict.DAMAGED),
    ("folder", Facts(kind=Kind.FOLDER), Verdict.NOT_A_FILE),
    ("fifo or device", Facts(kind=Kind.SPECIAL), Verdict.NOT_A_FILE),
    ("text file, no backups", _f(not_sqlite=True, header_problem="x"), Verdict.FOREIGN),
    ("text file with backups", _f(not_sqlite=True, header_problem="x", has_backups=True), Verdict.DAMAGED),
    ("wiped start, no backups", _f(not_sqlite=True, zeroed_start=True, header_problem="x"), Verdict.DAMAGED),
    ("another application's id", _f(app_id=0x1234), Verdict.FOREIGN),
    ("broken header", _f(header_problem="cut off", app_id=0x1234), Verdict.DAMAGED),
    ("foreign -wal", _f(wal_size=4096), Verdict.FOREIGN_WAL),
    ("our -wal after a crash", _f(wal_size=4096, session_recorded=True), Verdict.OPEN),
    ("hot journal", _f(journal_size=512), Verdict.RECOVER_JOURNAL),
    ("hot journal, read-only place", _f(journal_size=512, writable=False), Verdict.READ_ONLY_NEEDS_RECOVERY),
    ("in use", _f(in_use=True), Verdict.IN_USE),
    ("in use beats a check that could not read", _f(in_use=True, check_problem="x"), Verdict.IN_USE),
    ("failed check", _f(check_problem="broken pages"), Verdict.DAMAGED),
    ("tables of another program", _f(schema_foreign=True, revision=None), Verdict.FOREIGN),
    ("newer schema", _f(revision="9999_future"), Verdict.NEWER),
    ("older schema", _f(revision="0001_initial"), Verdict.UPGRADE),
    ("older schema, read-only", _f(revision="0001_initial", writable=False), Verdict.READ_ONLY_NEEDS_UPGRADE),
    ("read-only place", _f(writable=False), Verdict.OPEN_READ_ONLY),
    ("read-only asked", _f(read_only_requested=True), Verdict.OPEN_READ_ONLY),
    ("newer schema in a read-only place", _f(revision="9999_future", writable=False), Verdict.NEWER),
]


@pytest.mark.parametrize(("facts", "verdict"), [(f, v) for _, f, v in TABLE], ids=[n for n, _, _ in TABLE])
def test_the_decision_table(facts: Facts, verdict: Verdict) -> None:
    assert decide(facts) is verdict


def test_without_migrating_an_older_schema_opens_as_it_is() -> None:
    assert decide(_f(revision="0001_initial"), migrate=False) is Verdict.OPEN


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kam-desktop: "), err
    assert "Traceback" not in err
    return lines[0]


# --- in use is not damaged ------------------------------------------------------------------


def test_a_healthy_file_held_by_another_program_is_in_use_not_damaged(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(busy, "BUSY_TIMEOUT_MS", 100)
    path = demo_db.path
    demo_db.close()
    other = sqlite3.connect(path, timeout=0)
    other.isolation_level = None
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE account SET description = 'held' WHERE id = 1")
    try:
        with pytest.raises(StoreError) as caught:
            open_database(path)
        assert not isinstance(caught.value, DamagedDatabaseError)
        assert "in use by another program" in caught.value.message
        # the GUI's start-up: no restore is offered (offer_restore_for_damaged is never reached)
        import kam_desktop.ui.common.restore_dialog as restore_dialog

        monkeypatch.setattr(
            restore_dialog, "offer_restore_for_damaged", lambda *a: pytest.fail("restore offered")
        )
        from kam_desktop import app

        with pytest.raises(StoreError, match="in use"):
            app._open(path, interactive=True)
        assert main(["--smoke-test", "--db", str(path)]) == 2
        assert "in use by another program" in _one_line(capsys)
        assert main(["check", "--db", str(path)]) == 2
        assert "in use" in _one_line(capsys)
    finally:
        other.execute("COMMIT")
        other.close()
    db = open_database(path)  # released: it opens, with the other program's edit
    with db.session() as s:
        from sqlalchemy import text

        assert s.execute(text("SELECT description FROM account WHERE id = 1")).scalar_one() == "held"
    db.close()


# --- read-only folder (a real read-only mount) ------------------------------------------------


@pytest.mark.parametrize("how", HOW)
def test_a_database_in_a_read_only_folder_opens_read_only(
    demo_db: Database, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    from kam_desktop.services.accounts import AccountInput, create_account
    from kam_desktop.services.portfolio import load_portfolio

    path = demo_db.path
    demo_db.close()
    before = _sha(path)
    elsewhere = tmp_path_factory.mktemp("out")
    with read_only_folder(path.parent, how) as folder:
        db = open_database(path)
        try:
            assert db.read_only
            assert len(load_portfolio(db).rows) == 25
            with pytest.raises(StoreError, match="read-only"):
                create_account(db, AccountInput(name="New AG"))
        finally:
            db.close()
        out = elsewhere / "portfolio.csv"
        assert main(["export-csv", "--db", str(path), "--what", "portfolio", "--out", str(out)]) == 0
        assert main(["check", "--db", str(path)]) == 0
        assert "no problems found" in capsys.readouterr().out
        assert main(["demo", "--db", str(folder / "new.sqlite")]) == 2
        assert "read-only" in _one_line(capsys)
        assert not (folder / "new.sqlite").exists()
    assert _sha(path) == before


# --- a hot or stray -journal is not damage ----------------------------------------------------


def test_a_stray_journal_is_not_damage(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = demo_db.path
    demo_db.close()
    Path(str(path) + "-journal").write_bytes(b"left over by a sync tool " * 40)
    assert main(["--smoke-test", "--db", str(path)]) == 0, capsys.readouterr().err
    assert "damaged" not in capsys.readouterr().err
    assert not Path(str(path) + "-journal").exists()


def test_a_hot_journal_is_rolled_back_not_called_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kam_desktop.services.accounts import AccountInput, create_account

    live = tmp_path / "live.sqlite"
    db = open_database(live)
    create_account(db, AccountInput(name="Kept AG"))
    db.close()
    conn = sqlite3.connect(live)
    conn.isolation_level = None
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA cache_size = 2")
    conn.execute("BEGIN")
    conn.execute("UPDATE account SET description = ? WHERE name = 'Kept AG'", ("x" * 50_000,))
    conn.execute("DELETE FROM account WHERE name = 'Kept AG'")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    copy = crashed / "kam.sqlite"
    shutil.copy(live, copy)
    journal = Path(str(live) + "-journal")
    assert journal.exists() and journal.stat().st_size > 0
    shutil.copy(journal, str(copy) + "-journal")
    conn.execute("ROLLBACK")
    conn.close()
    reopened = open_database(copy)
    with reopened.session() as s:
        from sqlalchemy import text

        assert s.execute(text("SELECT name FROM account")).scalars().all() == ["Kept AG"]
    reopened.close()
    assert not Path(str(copy) + "-journal").exists()


# --- full disk and FIFO: one line, no 0-byte file -------------------------------------------


def test_creating_a_database_on_a_full_disk_is_one_line_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with full_disk(tmp_path / "small", size_kib=12) as disk:  # a real tmpfs (no seam: SQLite's own writes)
        (disk / "filler").write_bytes(b"\0" * 4096)
        code = main(["demo", "--db", str(disk / "kam.sqlite")])
        line = _one_line(capsys)
        assert code == 2
        assert line == (
            f"kam-desktop: The disk holding {disk} is full, so the database was not created. "
            "Free some space and try again."
        )
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]


def test_a_fifo_as_the_database_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "kam.sqlite"
    os.mkfifo(fifo)
    for argv in (
        ["demo", "--db", str(fifo)],
        ["--smoke-test", "--db", str(fifo)],
        ["check", "--db", str(fifo)],
    ):
        assert main(argv) == 2, argv
        assert "not a regular file" in _one_line(capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kam.sqlite"]


def test_a_file_that_is_not_a_database_is_described_in_italian(tmp_path: Path, italian: None) -> None:
    from kam_desktop.store import opening as opening_module

    path = tmp_path / "note.sqlite"
    path.write_bytes(b"appunti della riunione, non un database" * 10)
    facts = opening_module.inspect(path.resolve(), check=False)
    assert facts.header_problem == "non inizia come un file di database."
