"""Consistent copies of a live (WAL) database, written safely; listing, thinning, restoring.

A file copy of a WAL database can miss committed rows (they may still be in the -wal file),
so copies go through SQLite's backup API into a temporary name, are verified with
quick_check and foreign_key_check, made owner-only, flushed to disk, and only then renamed
into place. A failed copy (full disk, a crash) never leaves a file that looks like a backup.

Where: a sibling folder ``<name>-backups/`` beside the database, keyed by the database
file's FULL name (``kam.sqlite-backups`` and ``kam.db-backups`` never mix; owner-only, 0700;
every backup 0600). Never next to the live file under a similar name, so a sync tool cannot
mistake a backup for the live database. Names are ``<name>-<UTC stamp>-<reason>.sqlite``.
A very long file name is shortened (its start and a hash of the whole), so every name fits.
Folders of older versions (keyed by the stem, ``kam-backups``) are sorted into the new
folders when the database is backed up or its backups are listed (``sort_legacy``): a backup
moves only when exactly one database of that stem is in the folder.

Only KAM Desktop's own files are backed up (a SQLite file with our application id, or a
schema version table); an empty or foreign file is refused. A backup dated in the future
(the clock was wrong when it was made) is listed after every correctly dated one, is never
offered as the newest, and automatic ones are removed by thinning once a correctly dated
automatic backup exists (until then only the newest of them is kept). ``.part`` files
of a killed backup are removed at the next backup once their process is gone.

Reasons: ``auto`` (made by the app on close, and hourly while it is open with changes),
``manual`` (File > Back up now, ``kam-desktop backup``), ``pre-migration`` (before every
schema upgrade), ``replaced`` / ``damaged`` (the file that was in place when a backup was
restored; moved aside, never deleted).

Thinning policy (applies to ``auto`` backups only; every other kind is kept until the user
deletes it):

- every backup of today and the two days before is kept;
- older than that, one a day (the newest of each day) for two weeks;
- then one a week (the newest of each ISO week, Monday-Sunday) for three months;
- beyond that, one a month (the newest of each month; a week belongs to the month its
  Thursday falls in, so a week never straddles two months).

A day moves to the next tier only as a whole (a week once all of it is older than 14 days,
a month once all of it is older than 91 days), and the newest backup of a period is always
the one kept, so thinning after every backup gives the same result as thinning once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kam_desktop.domain.errors import StoreError
from kam_desktop.i18n import fmt, translate
from kam_desktop.store.uri import sqlite_uri

STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
THINNED_REASONS = frozenset({"auto"})
REASONS = ("auto", "manual", "pre-migration", "replaced", "damaged")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z][a-z-]*)\.sqlite$")
_SIDE_FILES = ("-wal", "-shm", "-journal")
KEEP_ALL_DAYS = 2  # today and the 2 days before
DAILY_DAYS = 14
WEEKLY_DAYS = 91


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk, as told by its name (no file is opened to list backups)."""

    path: Path
    created: dt.datetime  # naive UTC
    reason: str
    size: int
    misdated: bool = False  # dated in the future: the clock was wrong when it was made

    @property
    def thinned(self) -> bool:
        return self.reason in THINNED_REASONS


MAX_KEY = 120  # characters of a database's name used in its backups' names


def backup_key(db_path: Path) -> str:
    """The database's full file name, shortened (start + hash) if it would not fit in a name."""
    name = db_path.name
    if len(name.encode("utf-8")) <= MAX_KEY:
        return name
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    short = name.encode("utf-8")[: MAX_KEY - 13].decode("utf-8", "ignore")
    return f"{short}~{digest}"


def backup_dir_for(db_path: Path) -> Path:
    """Backups live in a sibling folder keyed by the full file name, never next to the live
    file under a similar name."""
    return db_path.parent / f"{backup_key(db_path)}-backups"


def legacy_dir_for(db_path: Path) -> Path:
    """Where versions before 0.2 put the backups: keyed by the stem (mixed kam.sqlite/kam.db)."""
    return db_path.parent / f"{db_path.stem}-backups"


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _naive_utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is not None:
        return moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def parse_name(path: Path, key: str | None = None) -> tuple[dt.datetime, str] | None:
    """(created, reason) from a backup's file name, or None if it is not one of ours
    (or, given ``key``, not one of that database's)."""
    match = _NAME.match(path.name)
    if match is None or (key is not None and match["stem"] != key):
        return None
    try:
        created = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    return created, match["reason"]


def verify(path: Path) -> list[str]:
    """Problems found by quick_check and foreign_key_check (empty list = healthy)."""
    problems: list[str] = []
    try:
        conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
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


def _fsync(path: Path) -> None:
    """Flush a file (or a folder's entries) to disk; best effort where the OS cannot."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _copy_into(source: Path, target: Path) -> None:
    """Copy a database page by page with SQLite's backup API (consistent, WAL included)."""
    src = sqlite3.connect(sqlite_uri(source, "ro"), uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _remove_quietly(paths: Iterable[Path]) -> None:
    for leftover in paths:
        # (NotADirectoryError: the folder's name is a file, so nothing was ever written there)
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            leftover.unlink()


def _with_side_files(path: Path) -> list[Path]:
    return [path, *(Path(str(path) + suffix) for suffix in _SIDE_FILES)]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_PART = re.compile(r"\.(?P<pid>\d+)\.part(-wal|-shm|-journal)?$")


def sweep_partials(dest_dir: Path, *, older_than: dt.timedelta = dt.timedelta(hours=1)) -> list[Path]:
    """Remove ``*.part`` files a killed process left behind (never a finished backup): at once
    when the process that wrote one is gone, else once older than ``older_than``."""
    removed: list[Path] = []
    if not dest_dir.is_dir():
        return removed
    limit = dt.datetime.now().timestamp() - older_than.total_seconds()
    for part in dest_dir.glob("*.part*"):
        match = _PART.search(part.name)
        with contextlib.suppress(OSError):
            dead = match is not None and int(match["pid"]) != os.getpid() and not _alive(int(match["pid"]))
            if dead or part.stat().st_mtime < limit:
                part.unlink()
                removed.append(part)
    return removed


def _plain_failure(exc: BaseException, dest_dir: Path, *, restoring: bool = False) -> StoreError:
    text = str(exc)
    if "full" in text.lower() or getattr(exc, "errno", None) == 28:
        if restoring:
            full = translate(
                "Store", "The disk holding %1 is full: nothing was restored. Free some space and try again."
            )
        else:
            full = translate(
                "Store", "The disk holding %1 is full: no backup was written. Free some space and try again."
            )
        return StoreError(fmt(full, dest_dir))
    reason = getattr(exc, "strerror", None) or text
    if restoring:
        failed = translate("Store", "Could not restore the backup into %1: %2. Nothing was restored.")
        return StoreError(fmt(failed, dest_dir, reason))
    return StoreError(fmt(translate("Store", "Could not write a backup to %1: %2."), dest_dir, reason))


def make_backup(
    db_path: Path, *, reason: str, dest_dir: Path | None = None, now: dt.datetime | None = None
) -> Path:
    """Write a verified, owner-only copy of ``db_path``; return its path.

    ``reason`` becomes part of the name (e.g. ``auto``, ``manual``, ``pre-migration``).
    On any failure no partial file is left behind.
    """
    refusal = not_ours(db_path)
    if refusal:
        raise StoreError(fmt(translate("Store", "%1 %2, so no backup was made."), db_path, refusal))
    dest_dir = dest_dir or backup_dir_for(db_path)
    if dest_dir == backup_dir_for(db_path):
        sort_legacy(db_path)
    moment = _naive_utc(now) if now is not None else _utcnow()
    final = dest_dir / f"{backup_key(db_path)}-{moment.strftime(STAMP_FORMAT)}-{reason}.sqlite"
    tmp = final.with_name(f"{final.name}.{os.getpid()}.part")
    old_umask = os.umask(0o077)
    try:
        dest_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(dest_dir, 0o700)
        sweep_partials(dest_dir)
        _copy_into(db_path, tmp)
        os.chmod(tmp, 0o600)
        problems = verify(tmp)
        if problems:
            raise StoreError(
                fmt(
                    translate("Store", "The backup copy failed its check (%1); no backup was kept."),
                    problems[0],
                )
            )
        if not _has_schema_table(tmp):
            raise StoreError(
                fmt(translate("Store", "%1 is not a KAM Desktop database, so no backup was made."), db_path)
            )
        _fsync(tmp)
        os.replace(tmp, final)
        _fsync(dest_dir)
    except (sqlite3.Error, OSError) as exc:
        raise _plain_failure(exc, dest_dir) from exc
    finally:
        os.umask(old_umask)
        _remove_quietly(_with_side_files(tmp))
    return final


def not_ours(db_path: Path) -> str:
    """Why ``db_path`` is not a KAM Desktop database to back up ('' = it is, as far as its
    header tells: SQLite, and our application id or none yet)."""
    from kam_desktop.store.schema_version import APPLICATION_ID

    try:
        with db_path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return fmt(translate("Store", "cannot be read (%1)"), exc.strerror)
    if not header:
        return translate("Store", "is empty")
    if header[:16] != b"SQLite format 3\x00" or len(header) < 100:
        return translate("Store", "is not a KAM Desktop database")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        return fmt(translate("Store", "belongs to another application (id %1)"), f"{app_id:#x}")
    return ""


def _has_schema_table(path: Path) -> bool:
    try:
        conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
        try:
            row = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return bool(row[0])


def sort_legacy(db_path: Path) -> list[Path]:
    """Move this database's backups out of a folder of an older version (keyed by the stem)
    into its own folder. A backup moves only if this is the only database of that stem in
    the folder (``kam.sqlite`` and ``kam.db`` side by side: nothing can tell whose it is, so
    nothing moves). Returns the new paths."""
    legacy = legacy_dir_for(db_path)
    target = backup_dir_for(db_path)
    if legacy == target or not legacy.is_dir():
        return []
    siblings = [
        p
        for p in db_path.parent.glob(f"{glob_escape(db_path.stem)}.*")
        if p.is_file()
        and p.stem == db_path.stem
        and not p.name.endswith((*_SIDE_FILES, ".lock", ".session"))
        and not_ours(p) == ""
    ]
    if [p.name for p in siblings] != [db_path.name]:
        return []
    moved: list[Path] = []
    with contextlib.suppress(OSError):
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        for old in sorted(legacy.iterdir()):
            parsed = parse_name(old, db_path.stem)
            if parsed is None or not old.is_file():
                continue
            new = target / f"{backup_key(db_path)}-{old.name[len(db_path.stem) + 1 :]}"
            if not new.exists():
                os.replace(old, new)
                moved.append(new)
        if not any(legacy.iterdir()):
            legacy.rmdir()
        _fsync(target)
    return moved


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


MISDATED_AFTER = dt.timedelta(minutes=10)


def list_backups(
    db_path: Path, dest_dir: Path | None = None, *, now: dt.datetime | None = None
) -> list[BackupFile]:
    """The backups of ``db_path``, newest first (read from the names; nothing is opened).
    Backups dated in the future come last (``misdated``)."""
    if dest_dir is None:
        sort_legacy(db_path)
    folder = dest_dir or backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    key = backup_key(db_path)
    limit = (_naive_utc(now) if now is not None else _utcnow()) + MISDATED_AFTER
    found: list[BackupFile] = []
    for path in folder.glob("*.sqlite"):
        parsed = parse_name(path, key)
        if parsed is None or not path.is_file():
            continue
        with contextlib.suppress(OSError):
            found.append(
                BackupFile(path, parsed[0], parsed[1], path.stat().st_size, misdated=parsed[0] > limit)
            )
    found.sort(key=lambda b: (not b.misdated, b.created, b.path.name), reverse=True)
    return found


def count_accounts(path: Path) -> int | None:
    """Accounts (not in the trash) in a backup, or None if it cannot be read."""
    try:
        conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
        try:
            row = conn.execute("SELECT count(*) FROM account WHERE deleted_at IS NULL").fetchone()
            return int(row[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


# --- thinning --------------------------------------------------------------------------------


def _week_bounds(day: dt.date) -> tuple[tuple[int, int], dt.date]:
    """(ISO year, ISO week) and the Sunday ending that week."""
    iso = day.isocalendar()
    return (iso.year, iso.week), day + dt.timedelta(days=7 - iso.weekday)


def _month_bounds(day: dt.date) -> tuple[tuple[int, int], dt.date]:
    """The month a day's week belongs to (the month of its Thursday), and the Sunday ending
    the last week of that month."""
    thursday = day + dt.timedelta(days=4 - day.isoweekday())
    first_next = dt.date(thursday.year + thursday.month // 12, thursday.month % 12 + 1, 1)
    last_day = first_next - dt.timedelta(days=1)
    last_thursday = last_day - dt.timedelta(days=(last_day.isoweekday() - 4) % 7)
    return (thursday.year, thursday.month), last_thursday + dt.timedelta(days=3)


def _bucket(created: dt.datetime, today: dt.date) -> tuple[object, ...] | None:
    """The period whose newest backup is kept, or None if the backup is kept regardless."""
    day = created.date()
    if day >= today - dt.timedelta(days=KEEP_ALL_DAYS):
        return None
    month_key, month_end = _month_bounds(day)
    if month_end < today - dt.timedelta(days=WEEKLY_DAYS):
        return ("month", *month_key)
    week_key, week_end = _week_bounds(day)
    if week_end < today - dt.timedelta(days=DAILY_DAYS):
        return ("week", *week_key)
    return ("day", day)


def backups_to_keep(backups: Sequence[BackupFile], now: dt.datetime | None = None) -> set[Path]:
    """The policy (see the module docstring) applied to ``backups`` at ``now``."""
    moment = _naive_utc(now) if now is not None else _utcnow()
    today = moment.date()
    future = moment + MISDATED_AFTER
    misdated = [b for b in backups if b.thinned and b.created > future]
    dated = [b for b in backups if not (b.thinned and b.created > future)]
    keep: set[Path] = set()
    if misdated and not any(b.thinned for b in dated):
        # dated in the future (a wrong clock) and nothing better: keep the newest of them only
        keep.add(max(misdated, key=lambda b: (b.created, b.path.name)).path)
    newest: dict[tuple[object, ...], BackupFile] = {}
    for backup in dated:
        bucket = None if not backup.thinned else _bucket(backup.created, today)
        if bucket is None:
            keep.add(backup.path)
            continue
        best = newest.get(bucket)
        if best is None or (backup.created, backup.path.name) > (best.created, best.path.name):
            newest[bucket] = backup
    keep.update(b.path for b in newest.values())
    return keep


def thin_backups(
    db_path: Path, *, now: dt.datetime | None = None, dest_dir: Path | None = None
) -> list[Path]:
    """Delete the automatic backups the policy no longer keeps; return what was removed."""
    backups = list_backups(db_path, dest_dir, now=now)
    keep = backups_to_keep(backups, now)
    removed: list[Path] = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


# --- restoring -------------------------------------------------------------------------------


def move_aside(db_path: Path, *, reason: str = "replaced", now: dt.datetime | None = None) -> Path | None:
    """Move the live file (with its -wal/-shm) into the backup folder; never delete it.

    Returns the new path, or None if there was nothing to move. The caller must have closed
    every connection to the database.
    """
    if not db_path.exists():
        return None
    dest_dir = backup_dir_for(db_path)
    dest_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(dest_dir, 0o700)
    moment = _naive_utc(now) if now is not None else _utcnow()
    target = dest_dir / f"{backup_key(db_path)}-{moment.strftime(STAMP_FORMAT)}-{reason}.sqlite"
    for suffix in ("-wal", "-shm", "-journal"):  # side files first: never pair a WAL with another file
        side = Path(str(db_path) + suffix)
        if side.exists():
            os.replace(side, Path(str(target) + suffix))
    os.replace(db_path, target)
    _fsync(dest_dir)
    _fsync(db_path.parent)
    return target


def restoring_path(db_path: Path) -> Path:
    return db_path.with_name(f".{backup_key(db_path)}.restoring")


def finish_interrupted_restore(db_path: Path) -> bool:
    """A restore killed between moving the current file aside and renaming the checked copy
    into place leaves no database but a complete ``.<name>.restoring``: finish it (the copy
    was verified and flushed before the current file was moved). Returns True if it did."""
    pending = restoring_path(db_path)
    if db_path.exists() or not pending.is_file() or Path(f"{pending}-journal").exists():
        return False
    if verify(pending):
        return False
    os.replace(pending, db_path)
    _fsync(db_path.parent)
    return True


def restore_backup(
    db_path: Path, source: Path, *, now: dt.datetime | None = None, aside_reason: str = "replaced"
) -> Path | None:
    """Put a copy of backup ``source`` in place of ``db_path``.

    The backup is checked first and copied to a temporary name beside the database; only then
    is the current file moved aside (into the backup folder, reason ``replaced``) and the copy
    renamed into place. Returns where the previous file went (None if there was none).
    The backup file itself is left as it was.
    """
    source = Path(source)
    if not source.is_file():
        raise StoreError(fmt(translate("Store", "There is no backup file at %1."), source))
    problems = verify(source)
    if problems:
        raise StoreError(
            fmt(
                translate("Store", "The backup %1 is damaged (%2); nothing was restored."),
                source.name,
                problems[0],
            )
        )
    tmp = restoring_path(db_path)
    old_umask = os.umask(0o077)
    try:
        _remove_quietly(_with_side_files(tmp))
        _copy_into(source, tmp)
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        os.chmod(tmp, 0o600)
        problems = verify(tmp)
        if problems:
            raise StoreError(
                fmt(
                    translate("Store", "The restored copy failed its check (%1); nothing was restored."),
                    problems[0],
                )
            )
        _fsync(tmp)
        moved = move_aside(db_path, reason=aside_reason, now=now)
        os.replace(tmp, db_path)
        _fsync(db_path.parent)
    except (sqlite3.Error, OSError) as exc:
        raise _plain_failure(exc, db_path.parent, restoring=True) from exc
    finally:
        os.umask(old_umask)
        _remove_quietly(_with_side_files(tmp))
    return moved
