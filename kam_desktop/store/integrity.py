"""Is a database file healthy? Checked without writing a byte to it.

Used on open (always a cheap header check; quick_check + foreign_key_check for files up to
``QUICK_CHECK_LIMIT``; integrity_check + foreign_key_check after an unclean shutdown, i.e.
when a non-empty ``-wal`` file that a recorded KAM Desktop session left behind was found -
a ``-wal`` without such a record is never read, see ``store.opening``), on demand (Help > Check database,
``kam-desktop check``), and to find the newest backup that is good.

Every check opens the file read-only (``mode=ro``, and ``immutable=1`` when there is no
``-wal``): after an unclean shutdown SQLite may create the shared-memory index (``-shm``)
beside it, but neither the database nor its ``-wal`` is ever modified. Problems are reported twice: in plain words for the user (``summary``) and
as SQLite said them (``details``, for the log and the "details" part of a dialog).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import struct
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kam_desktop.domain.errors import StoreError
from kam_desktop.i18n import Context, fmt, translate
from kam_desktop.store import busy
from kam_desktop.store.schema_version import APPLICATION_ID, KNOWN_REVISIONS
from kam_desktop.store.uri import sqlite_uri

if TYPE_CHECKING:  # (imported where used: the start-up check begins before Qt is imported)
    from kam_desktop.store.backup import BackupFile

Integrity = Context("Integrity")  # (named as its context, for lupdate's plural forms)
SQLITE_MAGIC = b"SQLite format 3\x00"
QUICK_CHECK_LIMIT = 32 * 1024 * 1024  # bytes; larger files get the header check on a clean open


@dataclass(frozen=True)
class CheckResult:
    path: Path
    summary: str = ""  # plain words; empty = healthy
    details: tuple[str, ...] = field(default_factory=tuple)
    thorough: bool = False

    @property
    def ok(self) -> bool:
        return not self.summary


class DamagedDatabaseError(StoreError):
    """The database file failed its check. Nothing was written to it."""

    def __init__(self, check: CheckResult, good_backup: BackupFile | None) -> None:
        self.check = check
        self.good_backup = good_backup
        super().__init__(damage_message(check, good_backup))


def damage_message(check: CheckResult, good_backup: BackupFile | None) -> str:
    """One line: what is wrong, that the file was kept, and the newest good backup."""
    if good_backup is not None:
        when = good_backup.created.strftime("%Y-%m-%d %H:%M UTC")
        offer = fmt(translate("Integrity", "Newest good backup: %1 (%2)."), good_backup.path, when)
    else:
        offer = translate("Integrity", "No good backup was found.")
    return fmt(
        translate("Integrity", "%1 is damaged: %2 The file was not changed. %3"),
        check.path,
        check.summary,
        offer,
    )


def wal_path(path: Path) -> Path:
    return Path(str(path) + "-wal")


def unclean_shutdown(path: Path) -> bool:
    """A non-empty -wal beside the database: the last program using it did not close it."""
    try:
        return wal_path(path).stat().st_size > 0
    except OSError:
        return False


def _header_problem(path: Path, size: int) -> str:
    """Plain words for a broken header, or '' if the first page looks like ours."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return fmt(translate("Integrity", "it cannot be read (%1)."), exc.strerror)
    if header[:16] != SQLITE_MAGIC:
        if not header.strip(b"\x00"):
            return translate("Integrity", "its first bytes are all zero: the start of the file was wiped.")
        return translate(
            "Integrity",
            "it does not start like a database file (its beginning is damaged, or it is another kind of file).",
        )
    if len(header) < 100:
        return translate("Integrity", "it is cut off inside its own header.")
    raw_page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        return translate("Integrity", "its header is damaged (impossible page size).")
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if size % page_size:
        return translate(
            "Integrity", "its size is not a whole number of pages: part of it is missing (it was cut off)."
        )
    if valid_for == change_counter and page_count * page_size > size and not unclean_shutdown(path):
        return fmt(
            translate(
                "Integrity",
                "it is shorter than its header says (%1 of %2 pages): part of it is missing (it was cut off).",
            ),
            size // page_size,
            page_count,
        )
    app_id = struct.unpack(">I", header[68:72])[0]
    if app_id not in (0, APPLICATION_ID):
        return fmt(translate("Integrity", "it belongs to another application (id %1)."), f"{app_id:#x}")
    return ""


def _plain(details: list[str]) -> str:
    text = " ".join(details).lower()
    if "not a database" in text:
        return translate(
            "Integrity",
            "SQLite cannot read it as a database (the file is not a database or its first page is damaged).",
        )
    if "malformed" in text or "corrupt" in text or "missing from index" in text or "page" in text:
        return translate("Integrity", "parts of the file are damaged (SQLite found broken pages or indexes).")
    if "orphan" in text:
        count = sum(1 for d in details if d.startswith("orphan"))
        return Integrity.tr("%n record(s) point to records that no longer exist.", "", count)
    if "alembic_version" in text and "missing" in text:
        return translate("Integrity", "its schema version record (alembic_version) is missing.")
    return fmt(translate("Integrity", "SQLite reports: %1"), details[0])


def read_only_uri(path: Path) -> str:
    """A URI that reads ``path`` without writing anything. A WAL database without a -wal file
    has no connection open for writing, so it is read as immutable (no -wal/-shm is created);
    otherwise plain read-only mode (which reads a -wal's committed pages too)."""
    uri = sqlite_uri(path, "ro")
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return uri
    wal_mode = header[:16] == SQLITE_MAGIC and header[18:20] == b"\x02\x02"
    return uri + "&immutable=1" if wal_mode and not wal_path(path).exists() else uri


class CheckStop:
    """Lets another thread stop a check that is running: ``stop()`` interrupts SQLite's work
    (``sqlite3_interrupt``, safe from any thread) and the check ends at once. A stopped check's
    result says nothing about the file (``stopped`` tells the caller so: it is not damage)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self.stopped = threading.Event()

    def stop(self) -> None:
        with self._lock:
            self.stopped.set()
            if self._conn is not None:
                self._conn.interrupt()

    def _attach(self, conn: sqlite3.Connection | None) -> bool:
        """Note the check's connection (None: the check is over); False if already stopped."""
        with self._lock:
            self._conn = conn
            return not self.stopped.is_set()


def _sqlite_checks(
    path: Path, thorough: bool, live: bool = False, stop: CheckStop | None = None
) -> list[str]:
    details: list[str] = []
    uri = sqlite_uri(path, "ro") if live else read_only_uri(path)
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=busy.busy_seconds(), check_same_thread=stop is None)
    except sqlite3.Error as exc:
        return [str(exc)]
    if stop is not None and not stop._attach(conn):
        conn.close()
        return ["interrupted"]
    try:
        pragma = "integrity_check" if thorough else "quick_check"
        rows = conn.execute(f"PRAGMA {pragma}(50)").fetchall()
        details.extend(str(r[0]) for r in rows if r[0] != "ok")
        if details:
            return details
        if stop is not None and stop.stopped.is_set():  # (stopped between two statements)
            return ["interrupted"]
        details.extend(
            f"orphan row in {r[0]} (rowid {r[1]}) -> {r[2]}"
            for r in conn.execute("PRAGMA foreign_key_check").fetchall()
        )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None:
                details.append("the schema version record (alembic_version) is missing")
        elif "account" in tables:
            details.append("the schema version table (alembic_version) is missing")
    except sqlite3.DatabaseError as exc:
        details.append(str(exc))
    finally:
        if stop is not None:
            stop._attach(None)
        conn.close()
    return details


def check_file(
    path: Path, *, thorough: bool = False, live: bool = False, stop: CheckStop | None = None
) -> CheckResult:
    """Check ``path`` read-only. ``thorough`` = integrity_check (also compares every index
    with its table); otherwise quick_check. ``live``: the app has the file open and may write
    while the check runs, so it is read with SQLite's locks (never as immutable, which would
    read pages in the middle of a write and see damage that is not there); such a read of a
    WAL database makes SQLite create ``-wal`` and ``-shm`` beside it, which only the app's
    last writing connection removes on close - so the app stops (``stop``) and waits for a
    live check before it closes the database.

    Neither check can tell a ``-wal`` that belongs to another copy of the database: SQLite
    applies its pages as if they were this file's, and the result usually passes both checks
    (rows are silently lost or replaced). A foreign ``-wal`` is recognised before any check,
    by the session record (see ``store.opening``)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        unreadable = fmt(translate("Integrity", "it cannot be read (%1)."), exc.strerror)
        return CheckResult(path, unreadable, (str(exc),), thorough)
    if size == 0:
        empty = translate("Integrity", "the file is empty: its contents were lost.")
        return CheckResult(path, empty, ("0 bytes",), thorough)
    problem = _header_problem(path, size)
    if problem:
        return CheckResult(path, problem, (problem,), thorough)
    details = _sqlite_checks(path, thorough, live, stop)
    if details:
        return CheckResult(path, _plain(details), tuple(details), thorough)
    return CheckResult(path, "", (), thorough)


def backup_is_good(backup: BackupFile) -> bool:
    """Passes the checks and was written by a KAM Desktop version this one can open."""
    if not check_file(backup.path).ok:
        return False
    try:
        conn = sqlite3.connect(read_only_uri(backup.path), uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] in KNOWN_REVISIONS


def newest_good_backup(db_path: Path) -> BackupFile | None:
    """The newest backup of ``db_path`` that passes the checks (None if there is none)."""
    from kam_desktop.store.backup import list_backups

    for backup in list_backups(db_path):
        if backup_is_good(backup):
            return backup
    return None


# --- the start-up check, begun early ----------------------------------------------------------
#
# The check on open is SQLite's own C code (no Python lock held), so the app starts it in a
# thread as soon as it knows the file (before Qt is up) and ``check_before_open`` takes its
# result - only in the plain case (no -wal, no -journal: the check reads the file as
# immutable, creating nothing) and only if the file is still exactly as it was when the check
# began (same file, size and modification time, still no -wal or -journal); otherwise the check
# runs again, as before.


@dataclass
class _EarlyCheck:
    signature: tuple[int, ...]
    thread: threading.Thread
    result: list[CheckResult | None] = field(default_factory=list)


_EARLY: dict[tuple[int, int], _EarlyCheck] = {}
_EARLY_LOCK = threading.Lock()


def plain_signature(path: Path, *, empty_wal_ok: bool = False) -> tuple[int, ...] | None:
    """(device, inode, size, mtime, ctime) of a regular file with no -wal and no -journal, else
    None. ``empty_wal_ok``: for a database that may be open - an empty -wal (no frames, as SQLite
    makes one for any reader of a WAL database: the store's own connections, a check's) does not
    change what the file holds; a -wal with frames, or a -journal, does."""
    wal = wal_path(path)
    try:
        if wal.exists() and not (empty_wal_ok and os.stat(wal).st_size == 0):
            return None
        info = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size == 0 or Path(str(path) + "-journal").exists():
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def start_check_before_open(path: Path) -> None:
    """Begin ``check_before_open(path)`` in a thread (see above); nothing if not the plain case."""
    signature = plain_signature(path)
    if signature is None:
        return
    result: list[CheckResult | None] = []

    def run() -> None:
        with contextlib.suppress(Exception):  # (if it fails, the check simply runs again on open)
            result.append(_check_before_open(path))

    early = _EarlyCheck(signature, threading.Thread(target=run, name="start-up-check", daemon=True), result)
    with _EARLY_LOCK:
        _EARLY[(signature[0], signature[1])] = early
    early.thread.start()


def _early_result(path: Path) -> list[CheckResult | None]:
    """The early check's result, if one was begun for this very file and the file has not
    changed since; else []."""
    signature = plain_signature(path)
    if signature is None:
        return []
    with _EARLY_LOCK:
        early = _EARLY.pop((signature[0], signature[1]), None)
    if early is None or early.signature != signature:
        return []
    early.thread.join()
    if not early.result or plain_signature(path) != early.signature:
        return []
    return early.result


def early_check(path: Path) -> CheckResult | None:
    """The early check's result for this very file, unchanged since it began, without taking
    it (the open still takes it); None if there is none (not begun, not the plain case, the
    file changed, or it failed to run). Waits for the check if it is still running."""
    signature = plain_signature(path)
    if signature is None:
        return None
    with _EARLY_LOCK:
        early = _EARLY.get((signature[0], signature[1]))
    if early is None or early.signature != signature:
        return None
    early.thread.join()
    if not early.result or plain_signature(path) != early.signature:
        return None
    return early.result[0]


def check_before_open(path: Path) -> CheckResult | None:
    """The check run when the app opens an existing file (None = not needed: file too big
    for a check on every start and no sign of an unclean shutdown)."""
    early = _early_result(path)
    if early and (early[0] is None or early[0].ok):
        return early[0]
    # (a problem found early is checked again: its plain words were made before the interface's
    # language was chosen; damage is rare, the healthy start keeps the early result)
    return _check_before_open(path)


def _check_before_open(path: Path) -> CheckResult | None:
    unclean = unclean_shutdown(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if unclean:
        return check_file(path, thorough=True)
    if size <= QUICK_CHECK_LIMIT:
        return check_file(path)
    problem = _header_problem(path, size)
    return CheckResult(path, problem, (problem,) if problem else ()) if problem else CheckResult(path)


def file_is_writable(path: Path) -> bool:
    """Can this process write the database file and create files beside it (-wal, -shm)?"""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return False
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    try:  # root passes os.access even where the file system itself is mounted read-only
        return not (os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return True
