"""Damaged databases: each kind is detected before anything is written, the damaged file is
kept byte for byte, and the newest backup that passes the checks is offered."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kam_desktop.domain.errors import StoreError
from kam_desktop.services.demo import generate_demo
from kam_desktop.store import integrity
from kam_desktop.store.backup import make_backup
from kam_desktop.store.database import Database, open_database
from kam_desktop.store.integrity import DamagedDatabaseError

PAGE = 4096


def _digest(path: Path) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for suffix in ("", "-wal"):
        target = Path(str(path) + suffix)
        out[suffix] = hashlib.sha256(target.read_bytes()).hexdigest() if target.exists() else None
    return out


def _root_page(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0])
    finally:
        conn.close()


def _leaf_page_of(path: Path, table: str) -> int:
    """A leaf page of ``table`` (its root, if the table fits in one page)."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (table,)
        ).fetchall()
    except sqlite3.OperationalError:
        rows = []
    finally:
        conn.close()
    return int(rows[len(rows) // 2][0]) if rows else _root_page(path, table)


def _patch(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(data)


def flipped_table_page(path: Path) -> None:
    page = _leaf_page_of(path, "account")
    with path.open("r+b") as fh:
        fh.seek((page - 1) * PAGE)
        original = fh.read(24)
        fh.seek((page - 1) * PAGE)
        fh.write(bytes(b ^ 0xA5 for b in original))


def truncated_mid_page(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2 + 123)


def truncated_whole_pages(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size - 20 * PAGE)


def zeroed_header(path: Path) -> None:
    _patch(path, 0, b"\x00" * 100)


def text_file_renamed(path: Path) -> None:
    path.write_text("Meeting notes\nCall Anna about the renewal\n" * 50, encoding="utf-8")


def random_bytes_after_magic(path: Path) -> None:
    import random

    rng = random.Random(3)
    path.write_bytes(b"SQLite format 3\x00" + bytes(rng.randrange(256) for _ in range(PAGE * 4 - 16)))


def zeroed_index_page(path: Path) -> None:
    page = _root_page(path, "ix_account_status")
    _patch(path, (page - 1) * PAGE, b"\x00" * PAGE)


def damaged_schema_page(path: Path) -> None:
    _patch(path, 100, b"\x0d\xff\xff\xff\xff\xff\xff\xff")  # the b-tree header of page 1 (sqlite_master)


def orphan_rows(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO stakeholder (account_id, name, title, email, phone, cares_about, notes, created_at, updated_at) "
        "VALUES (999999, 'Ghost', '', '', '', '', '', '2026-01-01', '2026-01-01')"
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def emptied_file(path: Path) -> None:
    path.write_bytes(b"")


def foreign_wal(path: Path) -> None:
    """The -wal of another KAM Desktop database with unsaved pages, beside this one."""
    other = path.with_name("other.sqlite")
    database = open_database(other)
    generate_demo(database, accounts=6, seed=99)
    database.close()
    writer = sqlite3.connect(other)
    writer.isolation_level = None
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE account SET description = 'changed' WHERE id < 4")
    writer.execute(
        "INSERT INTO trend (account_id, description, impact, created_at, updated_at) "
        "VALUES (1, 'new', '', '2026-01-01', '2026-01-01')"
    )
    shutil.copy(str(other) + "-wal", str(path) + "-wal")
    writer.close()


def appended_garbage(path: Path) -> None:
    with path.open("ab") as fh:
        fh.write(b"\x13" * 700)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "flipped bytes in a table page": flipped_table_page,
    "truncated mid-page": truncated_mid_page,
    "truncated by whole pages": truncated_whole_pages,
    "zeroed header": zeroed_header,
    "text file renamed .sqlite": text_file_renamed,
    "random bytes after the magic": random_bytes_after_magic,
    "zeroed index page": zeroed_index_page,
    "damaged schema page": damaged_schema_page,
    "orphan rows": orphan_rows,
    "emptied file": emptied_file,
    "garbage appended": appended_garbage,
}

BROKEN = "parts of the file are damaged (SQLite found broken pages or indexes)."
CUT = "its size is not a whole number of pages: part of it is missing (it was cut off)."
SUMMARY: dict[str, str] = {  # the plain words shown per kind of damage ({n}: a number)
    "flipped bytes in a table page": BROKEN,
    "truncated mid-page": CUT,
    "truncated by whole pages": "it is shorter than its header says ({n} of {n} pages): part of it is missing (it was cut off).",
    "zeroed header": "its first bytes are all zero: the start of the file was wiped.",
    "text file renamed .sqlite": (
        "it does not start like a database file (its beginning is damaged, or it is another kind of file)."
    ),
    "random bytes after the magic": "its header is damaged (impossible page size).",
    "zeroed index page": BROKEN,
    "damaged schema page": BROKEN,
    "orphan rows": "1 record points to a record that no longer exists.",
    "emptied file": "the file is empty: its contents were lost.",
    "garbage appended": CUT,
}


def _matches(template: str, text: str) -> bool:
    return re.fullmatch(re.escape(template).replace(r"\{n\}", r"\d+"), text) is not None


@pytest.fixture
def damaged_setup(demo_db: Database) -> tuple[Path, Path]:
    """A demo database with a good older backup and a newer backup that is itself damaged."""
    path = demo_db.path
    good = make_backup(path, reason="auto")
    newer_bad = make_backup(path, reason="manual")
    zeroed_header(newer_bad)
    demo_db.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path, good


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_each_kind_of_damage_is_detected_before_any_write(
    kind: str, damaged_setup: tuple[Path, Path]
) -> None:
    path, good = damaged_setup
    DAMAGE[kind](path)
    before = _digest(path)

    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(path)

    assert _digest(path) == before  # the database and its -wal are byte for byte as they were
    error = caught.value
    assert error.good_backup is not None and error.good_backup.path == good
    assert str(good) in error.message
    assert "The file was not changed." in error.message
    assert "\n" not in error.message
    assert _matches(SUMMARY[kind], error.check.summary), error.check.summary
    assert error.message == (
        f"{path} is damaged: {error.check.summary} The file was not changed. "
        f"Newest good backup: {good} ({error.good_backup.created.strftime('%Y-%m-%d %H:%M UTC')})."
    )


@pytest.mark.parametrize("kind", ["flipped bytes in a table page", "orphan rows", "zeroed header"])
def test_the_on_demand_check_reports_the_damage(kind: str, damaged_setup: tuple[Path, Path]) -> None:
    path, _good = damaged_setup
    DAMAGE[kind](path)
    before = _digest(path)
    result = integrity.check_file(path, thorough=True)
    assert not result.ok
    assert result.details
    assert _digest(path) == before


def test_a_healthy_file_passes_every_check(demo_db: Database) -> None:
    assert integrity.check_file(demo_db.path, thorough=True).ok
    assert integrity.check_file(demo_db.path).ok


def test_without_a_good_backup_the_message_says_so(tmp_path: Path) -> None:
    path = tmp_path / "kam.sqlite"
    open_database(path).close()
    zeroed_header(path)
    with pytest.raises(DamagedDatabaseError, match="No good backup was found"):
        open_database(path)


def test_a_text_file_without_backups_keeps_the_old_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    text_file_renamed(path)
    with pytest.raises(StoreError, match="not a KAM Desktop database"):
        open_database(path)


def test_an_empty_file_without_backups_is_refused_never_filled(tmp_path: Path) -> None:
    path = tmp_path / "kam.sqlite"
    path.write_bytes(b"")  # e.g. a cloud placeholder not downloaded yet
    with pytest.raises(StoreError, match=r"is empty \(0 bytes\)"):
        open_database(path)
    assert path.stat().st_size == 0


def test_an_unclean_shutdown_with_a_healthy_wal_opens_with_nothing_lost(tmp_path: Path) -> None:
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    open_database(crashed / "kam.sqlite").close()
    # the session that "crashes" (is killed): it is recorded, its -wal and .session stay
    script = (
        "import os, sqlite3, sys\n"
        "from kam_desktop.store.database import open_database\n"
        "running = open_database(sys.argv[1])\n"
        "writer = sqlite3.connect(sys.argv[1])\n"
        "writer.isolation_level = None\n"
        "writer.execute('PRAGMA wal_autocheckpoint = 0')\n"
        'writer.execute("INSERT INTO account (name, industry, region, currency, current_revenue_cents, '
        "potential_revenue_cents, status, description, internal_notes, created_at, updated_at) VALUES "
        "('Crash AG', '', '', 'EUR', 0, 0, 'candidate', '', '', '2026-01-01', '2026-01-01')\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(crashed / "kam.sqlite")], check=True)
    assert integrity.unclean_shutdown(crashed / "kam.sqlite")
    db = open_database(crashed / "kam.sqlite")
    try:
        assert db.unclean_shutdown
        with db.session() as session:
            from sqlalchemy import text

            assert session.execute(text("SELECT name FROM account")).scalar_one() == "Crash AG"
    finally:
        db.close()
    assert not Path(str(crashed / "kam.sqlite") + ".session").exists()  # closed cleanly
    assert (
        not Path(str(crashed / "kam.sqlite") + "-wal").exists()
        or Path(str(crashed / "kam.sqlite") + "-wal").stat().st_size == 0
    )


def test_a_foreign_wal_is_never_applied_and_both_files_are_kept(
    damaged_setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from kam_desktop.app import main

    path, _good = damaged_setup
    foreign_wal(path)
    before = _digest(path)
    with pytest.raises(StoreError) as caught:
        open_database(path)
    assert not isinstance(caught.value, DamagedDatabaseError)  # no restore is offered
    assert "was not left by KAM Desktop" in caught.value.message and "\n" not in caught.value.message
    assert _digest(path) == before
    for argv in (
        ["check", "--db", str(path)],
        ["export-csv", "--db", str(path), "--what", "portfolio", "--out", str(path.with_name("p.csv"))],
        ["--smoke-test", "--db", str(path)],
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "was not left by KAM Desktop" in err[0], err
    assert _digest(path) == before
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    assert conn.execute("SELECT count(*) FROM account").fetchone()[0] == 25  # still this database's
    conn.close()
