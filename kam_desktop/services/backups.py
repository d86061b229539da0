"""Backups as the user sees them: list (date, size, accounts), back up now, automatic
backups while the app runs, restore (the current file is moved aside, never deleted).

The policy for automatic backups: one when the app closes and one after each hour it has
been open, each only if data changed since the last backup (in this session, or before it: a
file written after its newest backup, e.g. by a session that was killed); old automatic backups are thinned
as ``store.backup`` describes. Manual, pre-migration and moved-aside files are never thinned.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kam_desktop.domain.errors import StoreError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.store import backup as store_backup
from kam_desktop.store import integrity, opening
from kam_desktop.store.database import Database, open_database
from kam_desktop.store.lock import lock_holder
from kam_desktop.store.uri import sqlite_uri

log = logging.getLogger(__name__)
AUTO_INTERVAL_SECONDS = 3600

REASON_LABELS = {  # the kinds of backup as the backups list (dialog and command line) names them
    "auto": QT_TRANSLATE_NOOP("Backups", "Automatic"),
    "manual": QT_TRANSLATE_NOOP("Backups", "Made by you"),
    "pre-migration": QT_TRANSLATE_NOOP("Backups", "Before an upgrade"),
    "replaced": QT_TRANSLATE_NOOP("Backups", "Replaced by a restore"),
    "damaged": QT_TRANSLATE_NOOP("Backups", "Damaged file, moved aside"),
}


@dataclass(frozen=True)
class BackupRow:
    path: Path
    created: dt.datetime  # naive UTC
    reason: str
    size: int
    accounts: int | None  # None = could not be read

    @property
    def reason_label(self) -> str:
        """The kind of backup in the user's language (an unknown reason as it is stored)."""
        label = REASON_LABELS.get(self.reason)
        return translate("Backups", label) if label is not None else self.reason


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    moved_aside: Path | None
    upgraded: bool


def list_backups(db_path: Path, *, with_counts: bool = True) -> tuple[BackupRow, ...]:
    """Newest first."""
    return tuple(
        BackupRow(
            b.path,
            b.created,
            b.reason,
            b.size,
            store_backup.count_accounts(b.path) if with_counts else None,
        )
        for b in store_backup.list_backups(Path(db_path))
    )


def back_up(db: Database | Path, *, reason: str = "manual") -> Path:
    """A verified backup now; automatic ones are followed by thinning."""
    path = db.path if isinstance(db, Database) else Path(db)
    if not path.exists():
        raise StoreError(fmt(translate("Store", "No database at %1."), path))
    if not path.is_file():  # reading a FIFO would wait forever
        raise StoreError(
            fmt(
                translate(
                    "Store",
                    "%1 is not a regular file (a folder, a device, a pipe or a socket): give the path of a "
                    "database file.",
                ),
                path,
            )
        )
    made = store_backup.make_backup(path, reason=reason)
    opening.release_wal(path)  # (the copy's read-only reader left an empty -wal when it was alone)
    log.info("backup written (%s): %s", reason, made.name)
    if reason in store_backup.THINNED_REASONS:
        removed = store_backup.thin_backups(path)
        if removed:
            log.info("thinning removed %d old automatic backup(s)", len(removed))
    return made


CONTENT_REASONS = frozenset({"auto", "manual", "pre-migration"})  # backups of the data as it was


def changed_since_last_backup(db: Database) -> bool:
    """The database file (or a non-empty ``-wal`` beside it) was written after the newest
    backup of its data (automatic, made by the user, or before an upgrade; one dated in the
    future does not count), or it has no such backup. This is what a session killed after
    its edits leaves behind (its unit of work was committed and checkpointed into the file,
    so no ``-wal`` is left to tell): the next session backs those edits up. A file created by
    this very open has nothing to back up yet."""
    path = Path(db.path)
    try:
        modified = path.stat().st_mtime
    except OSError:
        return False
    try:
        wal = integrity.wal_path(path).stat()
        if wal.st_size > 0:
            modified = max(modified, wal.st_mtime)
    except OSError:
        pass
    for found in store_backup.list_backups(path):
        if found.misdated or found.reason not in CONTENT_REASONS:
            continue
        return modified > found.created.replace(tzinfo=dt.UTC).timestamp()
    return not db.created


class AutoBackup:
    """Decides when an automatic backup is due and makes it. No Qt: the UI calls ``tick``
    from a timer and ``on_close`` when the window closes."""

    def __init__(
        self,
        db: Database,
        *,
        interval_seconds: float = AUTO_INTERVAL_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.interval = interval_seconds
        self._monotonic = monotonic
        self._count_at_last = db.change_count
        # edits of a session that was killed (or never backed up for another reason)
        self._dirty = not db.read_only and (db.unclean_shutdown or changed_since_last_backup(db))
        self._last_time = monotonic()
        self.last_backup: Path | None = None
        self.last_error: str | None = None

    @property
    def changed(self) -> bool:
        """Data changed since the last backup (of this process, or before a crash)."""
        return self._dirty or self.db.change_count != self._count_at_last

    def run(self) -> Path | None:
        """Back up now if anything changed; None if nothing to do or it failed (see last_error)."""
        if self.db.read_only or not self.changed:
            return None
        if self.db.damaged:  # a damaged file is not copied over the good backups' heads
            self.last_error = self.db.damage_error().message
            log.warning("automatic backup skipped: the database is damaged")
            return None
        count = self.db.change_count
        try:
            made = back_up(self.db, reason="auto")
        except StoreError as exc:
            self.last_error = exc.message
            log.warning("automatic backup failed: %s", exc.message)
            return None
        self._count_at_last = count
        self._dirty = False
        self._last_time = self._monotonic()
        self.last_backup = made
        self.last_error = None
        return made

    @property
    def due(self) -> bool:
        """An hour (the interval) has passed since the last backup or look."""
        return self._monotonic() - self._last_time >= self.interval

    def tick(self) -> Path | None:
        """Called periodically: backs up once an hour has passed with changes."""
        if not self.due:
            return None
        made = self.run()
        if made is None:
            self._last_time = self._monotonic()
        return made

    def on_close(self) -> Path | None:
        return self.run()


def ensure_not_in_use(db_path: Path) -> None:
    holder = lock_holder(Path(db_path))
    if holder is not None:
        raise StoreError(
            fmt(
                translate(
                    "Store",
                    "KAM Desktop is running on %1 (process %2 on %3). "
                    "Close it first, or restore from its File menu.",
                ),
                db_path,
                holder.pid,
                holder.hostname,
            )
        )


def _ensure_no_writer(db_path: Path) -> None:
    """Refuse while another program holds the write lock: its commit would land in the file
    moved aside, not in the restored one. (A probe: take the write lock without waiting, then
    let it go; nothing is written. A damaged file is left to the restore.)"""
    import sqlite3

    if not db_path.is_file():
        return
    try:
        conn = sqlite3.connect(sqlite_uri(db_path, "rw"), uri=True, timeout=0)
    except sqlite3.Error:
        return
    try:
        conn.isolation_level = None
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise StoreError(
                fmt(
                    translate(
                        "Store",
                        "%1 is in use by another program right now (it is writing to it), so "
                        "nothing was restored and nothing was changed. Close the other program (or wait "
                        "a moment) and try again.",
                    ),
                    db_path,
                )
            ) from exc
    finally:
        conn.close()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _why_not_restorable(source: Path) -> str:
    """Why a file whose check passed is still not a backup this version can restore."""
    from kam_desktop.store import opening

    facts = opening.inspect(source, read_only=True, check=False)
    verdict = opening.decide(facts, migrate=False)
    if verdict is opening.Verdict.FOREIGN:
        return translate("Store", "it is a SQLite database, but not one of KAM Desktop's.")
    if verdict is opening.Verdict.NEWER:
        return translate("Store", "it was written by a newer version of KAM Desktop.")
    return translate("Store", "it is not a KAM Desktop database this version can read.")


def restore(
    db_path: Path, source: Path, *, check_lock: bool = True, aside_reason: str = "replaced"
) -> RestoreResult:
    """Replace the database with a copy of ``source``; the current file is moved aside into the
    backup folder. A backup of an older schema is upgraded (after its own pre-migration
    backup). Every connection to ``db_path`` must be closed (sessions are short, so an open
    Database object is fine)."""
    db_path = Path(db_path).expanduser().resolve()
    source = Path(source).expanduser().resolve()
    if check_lock:
        ensure_not_in_use(db_path)
    _ensure_no_writer(db_path)
    if source == db_path or _same_file(source, db_path):  # the file itself, a symlink or a hard link
        raise StoreError(translate("Store", "Choose a backup file, not the database itself."))
    found = store_backup.BackupFile(source, dt.datetime.min, "manual", 0)
    if not integrity.backup_is_good(found):
        result = integrity.check_file(source)
        why = result.summary or _why_not_restorable(source)
        raise StoreError(
            fmt(
                translate("Store", "The backup %1 cannot be restored: %2 Nothing was changed."),
                source.name,
                why,
            )
        )
    moved = store_backup.restore_backup(db_path, source, aside_reason=aside_reason)
    log.info("restored %s (previous file moved to %s)", source.name, moved.name if moved else "-")
    reopened = open_database(db_path)
    upgraded = reopened.pre_migration_backup is not None
    reopened.close()
    return RestoreResult(source, moved, upgraded)


def newest_good_backup(db_path: Path) -> BackupRow | None:
    found = integrity.newest_good_backup(Path(db_path))
    if found is None:
        return None
    return BackupRow(
        found.path, found.created, found.reason, found.size, store_backup.count_accounts(found.path)
    )


def check(db_path: Path, *, live: bool = False) -> integrity.CheckResult:
    """The thorough check (integrity_check + foreign_key_check), read-only. A file that is not
    this app's to read as it is (in use, foreign, a foreign -wal...) is refused with one line.
    ``live``: the app itself has the file open (Help > Check database; see ``check_file``)."""
    from kam_desktop.store.database import condition_refusal

    refusal = condition_refusal(Path(db_path))
    if refusal is not None:
        raise refusal
    return integrity.check_file(Path(db_path), thorough=True, live=live)
