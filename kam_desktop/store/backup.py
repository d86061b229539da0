"""Consistent copies of a live (WAL) database, written safely.

A file copy of a WAL database can miss committed rows (they may still be in the -wal file),
so copies go through SQLite's backup API into a temporary name, are verified with
quick_check and foreign_key_check, made owner-only, and only then renamed into place.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from kam_desktop.domain.errors import StoreError


def backup_dir_for(db_path: Path) -> Path:
    """Backups live in a sibling folder, never next to the live file under a similar name."""
    return db_path.parent / f"{db_path.stem}-backups"


def verify(path: Path) -> list[str]:
    """Problems found by quick_check and foreign_key_check (empty list = healthy)."""
    problems: list[str] = []
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            problems.extend(str(r[0]) for r in rows if r[0] != "ok")
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            problems.extend(f"orphan row in {r[0]} (rowid {r[1]}) -> {r[2]}" for r in fk)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        problems.append(str(exc))
    return problems


def make_backup(db_path: Path, *, reason: str, dest_dir: Path | None = None, now: dt.datetime | None = None) -> Path:
    """Write a verified, owner-only copy of ``db_path``; return its path.

    ``reason`` becomes part of the name (e.g. ``auto``, ``manual``, ``pre-migration``).
    On any failure no partial file is left behind.
    """
    dest_dir = dest_dir or backup_dir_for(db_path)
    dest_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(dest_dir, 0o700)
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    final = dest_dir / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    tmp = final.with_name(final.name + ".part")
    old_umask = os.umask(0o077)
    try:
        src = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(tmp, 0o600)
        problems = verify(tmp)
        if problems:
            raise StoreError(f"The backup copy failed its check ({problems[0]}); no backup was kept.")
        os.replace(tmp, final)
    except sqlite3.Error as exc:
        raise StoreError(f"Could not write a backup to {dest_dir}: {exc}") from exc
    finally:
        os.umask(old_umask)
        for leftover in (tmp, Path(str(tmp) + "-journal"), Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            if leftover.exists():
                leftover.unlink()
    return final
