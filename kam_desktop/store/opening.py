"""Opening a database file as one sequence: inspect -> decide -> act.

1. ``inspect(path)`` gathers the file's facts once (what it is, its header, side files, the
   recorded session, whether the place is writable, whether another program holds it, the
   start-up check, the schema revision). Nothing is written.
2. ``decide(facts)`` is a pure function from the facts to a ``Verdict`` (tested as a table).
3. ``database.open_database`` acts on the verdict: refuse with one line, recover a hot
   journal (then inspect again), back up, migrate, connect.

What is found is classified so that each condition gets its own message and its own offer:
*in use* (another program holds the file: try again later), *damaged* (the only one for which
a backup is offered), *foreign* (not a KAM Desktop database, or a ``-wal`` that does not
belong to the file), *newer* (update the app), *read-only* (opened for reading).

A foreign ``-wal``: KAM Desktop records each session that writes a file (``<name>.session``,
listing the process ids) and on a clean close checkpoints the ``-wal`` away (TRUNCATE) and
removes its entry. The record starts with the file's identity (its inode), so a record
copied from another copy of the database (with that copy's ``-wal``) does not count. A
non-empty ``-wal`` with no recorded session of this very file was therefore not left by KAM
Desktop on this file (a sync tool, a copied folder) and is never applied: both files are kept
untouched and the user is told what to do.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import os
import sqlite3
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from kam_desktop.i18n import fmt, translate
from kam_desktop.store import integrity
from kam_desktop.store.backup import backup_dir_for, legacy_dir_for, list_backups
from kam_desktop.store.schema_version import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS
from kam_desktop.store.uri import sqlite_uri

SQLITE_MAGIC = b"SQLite format 3\x00"


class Kind(enum.Enum):
    MISSING = "missing"
    FILE = "file"
    FOLDER = "folder"
    SPECIAL = "special"  # a device, a FIFO, a socket


class Verdict(enum.Enum):
    CREATE = "create"  # missing: a new database
    EMPTY = "empty"  # an existing 0-byte file without backups (a cloud placeholder?): never filled
    OPEN = "open"
    UPGRADE = "upgrade"  # back up, then migrate, then open
    OPEN_READ_ONLY = "open read-only"
    RECOVER_JOURNAL = "recover journal"  # let SQLite roll back a hot -journal, then inspect again
    NOT_A_FILE = "not a file"
    IN_USE = "in use"
    DAMAGED = "damaged"
    FOREIGN = "foreign"
    FOREIGN_WAL = "foreign wal"
    NEWER = "newer"
    READ_ONLY_CANNOT_CREATE = "read-only, cannot create"
    READ_ONLY_NEEDS_UPGRADE = "read-only, needs upgrade"
    READ_ONLY_NEEDS_RECOVERY = "read-only, needs recovery"


@dataclass(frozen=True)
class Facts:
    """What ``inspect`` found. Defaults describe a missing file in a writable place."""

    kind: Kind = Kind.MISSING
    size: int = 0
    not_sqlite: bool = False  # the first 16 bytes are not SQLite's
    zeroed_start: bool = False  # ...because they were wiped (all zero): damage, not a foreign file
    header_problem: str = ""  # plain words for a damaged header ("" = fine)
    app_id: int = 0
    has_backups: bool = False
    wal_size: int = 0
    session_recorded: bool = False  # a KAM Desktop session on this file did not close cleanly
    journal_size: int = 0
    writable: bool = True
    read_only_requested: bool = False
    links: int = 1  # names (hard links) of the file: more than one = never written
    in_use: bool = False  # SQLite said "locked/busy" while reading
    check_problem: str = ""  # the start-up check's summary ("" = passed or not run)
    check_details: tuple[str, ...] = ()  # as SQLite said it (for the log)
    schema_foreign: bool = False  # tables, but not KAM Desktop's
    revision: str | None = None


def decide(facts: Facts, *, migrate: bool = True) -> Verdict:
    """The verdict for ``facts``: pure, no I/O."""
    if facts.kind in (Kind.FOLDER, Kind.SPECIAL):
        return Verdict.NOT_A_FILE
    read_only = facts.read_only_requested or not facts.writable or facts.links > 1
    if facts.kind is Kind.MISSING:
        return Verdict.READ_ONLY_CANNOT_CREATE if read_only else Verdict.CREATE
    if facts.size == 0:
        # an emptied file that has backups lost its contents; without backups it may be a cloud
        # placeholder not downloaded yet: either way it is never silently made a new database
        return Verdict.DAMAGED if facts.has_backups else Verdict.EMPTY
    if facts.not_sqlite:
        return Verdict.DAMAGED if facts.has_backups or facts.zeroed_start else Verdict.FOREIGN
    if facts.header_problem:
        return Verdict.DAMAGED
    if facts.app_id not in (0, APPLICATION_ID):
        return Verdict.FOREIGN
    if facts.wal_size > 0 and not facts.session_recorded:
        return Verdict.FOREIGN_WAL
    if facts.journal_size > 0:
        return Verdict.READ_ONLY_NEEDS_RECOVERY if read_only else Verdict.RECOVER_JOURNAL
    if facts.in_use:
        return Verdict.IN_USE
    if facts.check_problem:
        return Verdict.DAMAGED
    if facts.schema_foreign:
        return Verdict.FOREIGN
    if facts.revision is not None and facts.revision not in KNOWN_REVISIONS:
        return Verdict.NEWER
    if facts.revision != HEAD_REVISION and migrate:
        return Verdict.READ_ONLY_NEEDS_UPGRADE if read_only else Verdict.UPGRADE
    return Verdict.OPEN_READ_ONLY if read_only else Verdict.OPEN


# --- the session record (for telling our -wal from a foreign one) -----------------------------


def session_path(db_path: Path) -> Path:
    from kam_desktop.store.backup import backup_key

    return db_path.with_name(backup_key(db_path) + ".session")


def _file_identity(db_path: Path) -> str:
    """The database file's identity: its inode number. A copy of the file (another folder, a
    sync tool, a restore that puts a new file in place) has another one, so a ``.session``
    record copied along with a ``-wal`` does not vouch for that -wal here. (Not the device
    number: a drive plugged in again after a crash may get another one.)"""
    try:
        info = os.stat(db_path)
    except OSError:
        return ""
    return f"file {info.st_ino}"


def _session_pids(db_path: Path) -> list[int]:
    """The processes recorded as writing ``db_path``; none unless the record was written for
    this very file (its first line is the file's identity)."""
    try:
        text = session_path(db_path).read_text(encoding="ascii", errors="replace")
    except OSError:
        return []
    first, _, rest = text.partition("\n")
    identity = _file_identity(db_path)
    if not identity or first.strip() != identity:
        return []  # a record of another file (copied beside this one) or of an older format
    return [int(line) for line in rest.split() if line.isdigit()]


def _write_pids(db_path: Path, pids: list[int]) -> None:
    record = session_path(db_path)
    if not pids:
        record.unlink(missing_ok=True)
        return
    temp = record.with_name(record.name + ".new")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(_file_identity(db_path) + "\n" + "".join(f"{pid}\n" for pid in pids))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, record)


_OPEN_HERE: dict[str, int] = {}  # open read-write Databases of this process, per file


def record_session(db_path: Path) -> None:
    """Note that this process writes ``db_path`` (before its first write)."""
    _OPEN_HERE[str(db_path)] = _OPEN_HERE.get(str(db_path), 0) + 1
    pids = _session_pids(db_path)
    if os.getpid() not in pids:
        # dead sessions' entries can go: with ours in it the record stays non-empty, which is
        # all that vouches for a -wal they left
        live = [p for p in pids if _alive(p)]
        with contextlib.suppress(OSError):
            _write_pids(db_path, [*live, os.getpid()])


def forget_session(db_path: Path) -> None:
    """An open that failed after ``record_session``: this process no longer holds the file.
    Its entry stays in the record while a -wal is there (the -wal is ours)."""
    left = _OPEN_HERE.get(str(db_path), 1) - 1
    if left > 0:
        _OPEN_HERE[str(db_path)] = left
        return
    _OPEN_HERE.pop(str(db_path), None)
    if _size(integrity.wal_path(db_path)) == 0 and db_path.exists():
        with contextlib.suppress(OSError):
            _write_pids(db_path, [p for p in _session_pids(db_path) if p != os.getpid()])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def close_session(db_path: Path) -> bool:
    """A clean close: checkpoint the -wal away (TRUNCATE) and remove this process's entry
    (and those of dead processes, whose pages the checkpoint has just moved into the file).
    Returns True when the -wal is empty afterwards; otherwise the record is kept, so the
    -wal left behind is known to be ours. While another Database of this process is still
    open on the file, this process's entry stays."""
    left = _OPEN_HERE.get(str(db_path), 1) - 1
    if left > 0:
        _OPEN_HERE[str(db_path)] = left
        return False
    _OPEN_HERE.pop(str(db_path), None)
    try:
        conn = sqlite3.connect(sqlite_uri(db_path, "rw"), uri=True, timeout=2)
    except sqlite3.Error:
        return False
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.Error:
        busy = 1
    finally:
        conn.close()
    clean = busy == 0 and _size(integrity.wal_path(db_path)) == 0
    if clean:
        others = [p for p in _session_pids(db_path) if p != os.getpid() and _alive(p)]
        with contextlib.suppress(OSError):
            _write_pids(db_path, others)
    return clean


def release_wal(db_path: Path) -> None:
    """Remove the empty -wal and -shm that a read-only reader (a backup's copy, a check) makes
    beside a WAL database and cannot remove itself: a read-write connection that reads and
    closes, as the last one, lets SQLite remove them (its own way: nothing is written to the
    file, the -wal having no frames). Nothing when the -wal is absent or holds frames, or when
    the file cannot be opened for writing. Left there, they made the next start not a plain
    one (no rows shown before the store is opened)."""
    wal = integrity.wal_path(db_path)
    if not wal.exists() or _size(wal) != 0:
        return
    try:
        conn = sqlite3.connect(sqlite_uri(db_path, "rw"), uri=True, timeout=2)
    except sqlite3.Error:
        return
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        pass
    finally:
        conn.close()


# --- inspecting ------------------------------------------------------------------------------


def _writable(path: Path) -> bool:
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return integrity.file_is_writable(folder / path.name if folder != path.parent else path)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _is_locked(text: str) -> bool:
    text = text.lower()
    return "locked" in text or "busy" in text


def _read_schema(path: Path) -> tuple[str | None, bool, bool]:
    """(revision, schema is foreign, file is in use), read without writing anything."""
    try:
        conn = sqlite3.connect(integrity.read_only_uri(path), uri=True, timeout=1)
    except sqlite3.Error as exc:
        return None, False, _is_locked(str(exc))
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return None, bool(tables), False
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), False, False
    except sqlite3.DatabaseError as exc:
        return None, False, _is_locked(str(exc))
    finally:
        conn.close()


def inspect(
    path: Path, *, read_only: bool | None = None, check: bool = True, journal_recovered: bool = False
) -> Facts:
    """The facts about ``path`` (absolute), gathered once; nothing is written."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return Facts(writable=_writable(path), read_only_requested=bool(read_only))
    except OSError:
        return Facts(kind=Kind.SPECIAL)
    if stat.S_ISDIR(info.st_mode):
        return Facts(kind=Kind.FOLDER)
    if not stat.S_ISREG(info.st_mode):
        return Facts(kind=Kind.SPECIAL)
    size = info.st_size
    writable = _writable(path)
    # (the backups folder is read as it is: sorting older folders is left to the backup step)
    has_backups = bool(list_backups(path, backup_dir_for(path))) or legacy_dir_for(path).is_dir()
    base = {
        "links": info.st_nlink,
        "kind": Kind.FILE,
        "size": size,
        "has_backups": has_backups,
        "writable": writable,
        "read_only_requested": bool(read_only),
    }
    if size == 0:
        return Facts(**base)  # type: ignore[arg-type]
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        unreadable = fmt(translate("Integrity", "it cannot be read (%1)."), exc.strerror)
        return Facts(**base, not_sqlite=True, header_problem=unreadable)  # type: ignore[arg-type]
    problem = integrity._header_problem(path, size) if check else ""
    if header[:16] != SQLITE_MAGIC:
        return Facts(
            **base,  # type: ignore[arg-type]
            not_sqlite=True,
            zeroed_start=not header.strip(b"\x00"),
            header_problem=problem or translate("Integrity", "it does not start like a database file."),
        )
    app_id = struct.unpack(">I", header[68:72])[0] if len(header) >= 72 else 0
    if problem.startswith("it belongs to another application"):
        problem = ""
    facts = Facts(
        **base,  # type: ignore[arg-type]
        header_problem=problem,
        app_id=app_id,
        wal_size=_size(integrity.wal_path(path)),
        session_recorded=bool(_session_pids(path)),
        journal_size=0 if journal_recovered else _size(Path(str(path) + "-journal")),
    )
    if decide(facts) in (Verdict.DAMAGED, Verdict.FOREIGN, Verdict.FOREIGN_WAL, Verdict.RECOVER_JOURNAL):
        return facts  # no point (or no safety) in reading further
    if facts.journal_size > 0:
        return facts
    check_problem = ""
    check_details: tuple[str, ...] = ()
    in_use = False
    if check:
        result = integrity.check_before_open(path)
        if result is not None and not result.ok:
            if _is_locked(" ".join(result.details)):
                in_use = True
            else:
                check_problem, check_details = result.summary, result.details
    revision, schema_foreign, locked = (None, False, in_use) if in_use else _read_schema(path)
    return dataclasses.replace(
        facts,
        in_use=in_use or locked,
        check_problem=check_problem,
        check_details=check_details,
        schema_foreign=schema_foreign,
        revision=revision,
    )
