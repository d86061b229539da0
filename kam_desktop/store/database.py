"""Opening a KAM Desktop database: create, check, back up, migrate, then hand out sessions."""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from kam_desktop.domain.errors import StoreError
from kam_desktop.i18n import fmt, translate
from kam_desktop.store import busy, integrity, opening
from kam_desktop.store import engine as engine_module
from kam_desktop.store.backup import backup_dir_for, finish_interrupted_restore, make_backup
from kam_desktop.store.engine import make_engine, secure_create
from kam_desktop.store.schema_version import APPLICATION_ID, HEAD_REVISION
from kam_desktop.store.uri import sqlite_uri

log = logging.getLogger(__name__)
SQLITE_MAGIC = b"SQLite format 3\x00"
CHECK_WAIT_SECONDS = 15.0  # a save waits this long for the background check of a large file
# How long a read on the GUI thread waits for a lock another program holds (a writer in WAL
# mode never blocks a read; only an exclusive lock does): the window must not freeze for the
# whole busy timeout. Reads in worker threads wait the full busy timeout.
GUI_READ_BUSY_MS = 1000
_READ_STATEMENTS = ("select", "pragma", "with", "explain")


class DatabaseDamagedError(StoreError):
    """The open database is known to be damaged (the damage latch): nothing is written to it."""

    def __init__(self, message: str, check: integrity.CheckResult) -> None:
        self.check = check
        super().__init__(message)


def _is_locked(orig: BaseException) -> bool:
    if not isinstance(orig, sqlite3.DatabaseError):
        return False
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return True
    text = str(orig).lower()
    return "locked" in text or "busy" in text


def _is_damage(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlite3.DatabaseError):
        return False
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return True
    text = str(orig).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


@dataclass
class Database:
    """An open database: its path, engine and a session factory. Services own the sessions."""

    path: Path
    engine: Engine
    read_only: bool = False
    pre_migration_backup: Path | None = None
    unclean_shutdown: bool = False  # a leftover -wal was found (and checked) when opening
    read_only_reason: str = ""  # plain words: why it is open read-only
    created: bool = False  # this open created the file (nothing was in it before)
    change_count: int = field(default=0, init=False)  # commits that changed rows, this process
    # The damage latch: once damage is known (the background check, Help > Check database, an
    # SQLITE_CORRUPT error of any read or write), every later write is refused.
    damage: integrity.CheckResult | None = field(default=None, init=False)
    _factory: sessionmaker[Session] = field(init=False, repr=False)
    _closed: bool = field(default=False, init=False, repr=False)
    _check_thread: threading.Thread | None = field(default=None, init=False, repr=False)
    _check_stop: integrity.CheckStop = field(default_factory=integrity.CheckStop, init=False, repr=False)
    _damage_listeners: list[Callable[[integrity.CheckResult, bool], None]] = field(
        default_factory=list, init=False, repr=False
    )
    _good_backup: list[Any] = field(default_factory=list, init=False, repr=False)
    _latch_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self.engine, "commit", self._on_commit)

    # --- the damage latch ---------------------------------------------------------------

    @property
    def damaged(self) -> bool:
        return self.damage is not None

    def on_damage(self, listener: Callable[[integrity.CheckResult, bool], None]) -> None:
        """``listener(check, offer)`` is called once, from whatever thread found the damage
        (the background check's, a worker's, the GUI's); ``offer``: the finder has not offered
        a backup itself (Help > Check database has its own Restore button)."""
        self._damage_listeners.append(listener)

    def mark_damaged(self, check: integrity.CheckResult, *, offer: bool = True) -> None:
        """Latch: from now on every write is refused with the damage message."""
        with self._latch_lock:
            if self.damage is not None:
                return
            self.damage = check
            self._good_backup.clear()
        log.error("the open database is damaged: %s", "; ".join(check.details)[:500])
        for listener in list(self._damage_listeners):
            try:
                listener(check, offer)
            except Exception:  # noqa: BLE001 - a listener must not hide the refusal itself
                log.exception("a damage listener failed")

    def clear_damage(self) -> None:
        """A good backup was put in place of the damaged file: writes are allowed again."""
        with self._latch_lock:
            self.damage = None
            self._good_backup.clear()

    def start_background_check(self) -> None:
        """quick_check + foreign_key_check of a large file in a thread (SQLite's C code runs
        without the GIL); a write waits for it (``CHECK_WAIT_SECONDS``). Damage latches."""
        path = self.path
        stop = self._check_stop

        def run() -> None:
            try:
                result = integrity.check_file(path, live=True, stop=stop)
            except Exception:  # noqa: BLE001 - a check that cannot run leaves things as they were
                log.exception("the background check of %s could not run", path.name)
                return
            if stop.stopped.is_set():  # the database was closed meanwhile: no verdict
                log.info("background check of %s stopped: the database was closed", path.name)
                return
            if result.ok:
                log.info("background check of %s passed", path.name)
            else:
                self.mark_damaged(result)

        thread = threading.Thread(target=run, name="background-check", daemon=True)
        self._check_thread = thread
        thread.start()

    def wait_for_check(self, timeout: float | None = None) -> bool:
        """True once no background check is running (it finished, or none was begun)."""
        thread = self._check_thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def stop_check(self) -> None:
        """Stop a background check that is still running and wait for it to end (its
        connection closed); no verdict is drawn from a stopped check."""
        thread = self._check_thread
        if thread is None or not thread.is_alive():
            return
        self._check_stop.stop()
        thread.join()

    def newest_good_backup(self) -> Any:
        """The newest good backup (a ``store.backup.BackupFile``) or None; looked for once per
        damage (each backup is checked)."""
        if not self._good_backup:
            self._good_backup.append(integrity.newest_good_backup(self.path))
        return self._good_backup[0]

    def damage_error(self, *, reading: bool = False) -> DatabaseDamagedError:
        """The refusal for a write (or a failed read) on the damaged file, naming the newest
        good backup."""
        check = self.damage or integrity.CheckResult(
            self.path, translate("Integrity", "parts of the file are damaged.")
        )
        good = self.newest_good_backup()
        if good is not None:
            offer = fmt(
                translate(
                    "Store",
                    "The newest good backup is %1 (%2): File > Restore from backup… puts it in place "
                    "(the damaged file is kept).",
                ),
                good.path,
                good.created.strftime("%Y-%m-%d %H:%M UTC"),
            )
        else:
            offer = translate("Store", "No good backup was found.")
        if reading:
            text = translate(
                "Store",
                "The database file %1 is damaged, so this data could not be read (nothing was changed). %2",
            )
        else:
            text = translate(
                "Store",
                "The database file %1 is damaged, so nothing more is written to it: this change was not "
                "saved. %2",
            )
        return DatabaseDamagedError(fmt(text, self.path, offer), check)

    def _before_write(self) -> None:
        """Refuse a write on a damaged file; wait (bounded) for a background check still running."""
        if self.damage is not None:
            raise self.damage_error()
        if not self.wait_for_check(CHECK_WAIT_SECONDS):
            raise StoreError(
                fmt(
                    translate(
                        "Store",
                        "The database file %1 is still being checked (it is large), so this change was "
                        "not saved. Try again in a moment.",
                    ),
                    self.path,
                )
            )
        if self.damage is not None:
            raise self.damage_error()

    def _on_commit(self, connection: Any) -> None:
        raw = connection.connection.dbapi_connection
        total = getattr(raw, "total_changes", 0)
        if total != connection.info.get("kam_total_changes", 0):
            connection.info["kam_total_changes"] = total
            self.change_count += 1

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any exception.

        Known conditions of the file (locked by another program, disk full, read-only,
        damaged) become a StoreError whose message says what happened in plain words;
        nothing of the unit of work is written, and what was saved before stays intact.
        """
        writing = not (self.read_only or engine_module.DEFERRED.get())
        if writing:
            self._before_write()
        flushed: list[bool] = []
        try:
            with self._factory() as session:
                event.listen(session, "before_flush", lambda *_a: flushed.append(True))
                with session.begin():
                    yield session
        except (DBAPIError, sqlite3.DatabaseError) as exc:  # the latter: a service's raw cursor
            statement = str(getattr(exc, "statement", "") or "").lstrip().lower()
            reading = not flushed and (not statement or statement.startswith(_READ_STATEMENTS))
            orig = getattr(exc, "orig", exc)
            if _is_damage(exc):
                self.mark_damaged(
                    integrity.CheckResult(
                        self.path,
                        translate("Integrity", "parts of the file are damaged (SQLite found broken pages)."),
                        (str(orig),),
                    )
                )
                raise self.damage_error(reading=reading) from exc
            if reading and not writing and _is_locked(orig):
                raise StoreError(
                    fmt(
                        translate(
                            "Store",
                            "%1 is in use by another program right now (it holds the file locked), so it "
                            "could not be read. Nothing was changed: close the other program (or wait a "
                            "moment) and try again.",
                        ),
                        self.path,
                    )
                ) from exc
            translated = translate_error(
                exc, self.path, read_only=self.read_only, reason=self.read_only_reason
            )
            if translated is None:
                raise
            raise translated from exc

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A unit of work that only reads: a DEFERRED transaction, which never takes the write
        lock (so a long read, e.g. an export in a worker thread, never makes a save wait)."""
        token = engine_module.DEFERRED.set(True)
        on_gui = threading.current_thread() is threading.main_thread()
        waiting = engine_module.CONNECT_BUSY_MS.set(GUI_READ_BUSY_MS if on_gui else None)
        try:
            with self.session() as session:
                yield session
        finally:
            engine_module.CONNECT_BUSY_MS.reset(waiting)
            engine_module.DEFERRED.reset(token)

    def close(self) -> None:
        """Close cleanly: the -wal is checkpointed away and the session record updated, so a
        -wal found later without a record is known not to be ours (see ``store.opening``).
        A background check still running is stopped first: its read-only connection would
        otherwise outlive the engine's, and the -wal and -shm SQLite made for it would stay
        beside the file (the next start would not be a plain one)."""
        self.stop_check()
        self.engine.dispose()
        if not self.read_only and not self._closed and self.damage is None:  # (a checkpoint writes)
            opening.close_session(self.path)
        self._closed = True


def _locked() -> str:
    return translate(
        "Store",
        "Another program is using the database right now (it is locked), so this change was not "
        "saved. Close the other program (or wait a moment) and try again.",
    )


def translate_error(
    exc: BaseException, path: Path, *, read_only: bool = False, reason: str = ""
) -> StoreError | None:
    """A plain-words StoreError for SQLite's known operational failures, else None."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlite3.DatabaseError):
        return None
    text = str(orig).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StoreError(
            translate(
                "Store",
                "The disk is full, so this change was not saved. Everything saved before is intact: "
                "free some space, then try again.",
            )
        )
    if "readonly" in text or "read-only" in text:
        if read_only:
            if reason:
                return StoreError(
                    fmt(
                        translate(
                            "Store", "The database is open read-only (%1), so changes cannot be saved."
                        ),
                        reason,
                    )
                )
            return StoreError(
                translate("Store", "The database is open read-only, so changes cannot be saved.")
            )
        return StoreError(
            fmt(
                translate(
                    "Store",
                    "The database file %1 cannot be written (read-only file or folder), so this change "
                    "was not saved.",
                ),
                path,
            )
        )
    if "locked" in text or "busy" in text:
        return StoreError(_locked())
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StoreError(
            fmt(
                translate(
                    "Store",
                    "The database file %1 is damaged, so this change was not saved. Use Help > Check "
                    "database to see what is wrong and restore a backup.",
                ),
                path,
            )
        )
    if "unable to open" in text or "disk i/o" in text:
        return StoreError(
            fmt(
                translate(
                    "Store",
                    "The database file %1 cannot be reached (was its drive removed?), so this change "
                    "was not saved.",
                ),
                path,
            )
        )
    return None


def read_revision(path: Path) -> tuple[str | None, int]:
    """(alembic revision or None, application_id) read without writing anything."""
    try:
        conn = sqlite3.connect(integrity.read_only_uri(path), uri=True, timeout=busy.busy_seconds())
    except sqlite3.Error as exc:
        raise StoreError(fmt(translate("Store", "Cannot open %1: %2."), path, exc)) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_table = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        if not has_table:
            if tables:
                raise StoreError(
                    fmt(translate("Store", "%1 is a SQLite database, but not one of KAM Desktop's."), path)
                )
            return None, app_id
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), app_id
    except sqlite3.DatabaseError as exc:
        translated = translate_error(exc, path)
        if translated is not None and "locked" in str(exc):
            raise translated from exc
        raise StoreError(fmt(translate("Store", "%1 cannot be read as a database (%2)."), path, exc)) from exc
    finally:
        conn.close()


def upgrade(path: Path, target: str = "head") -> None:
    """Run Alembic to ``target`` (head) in ONE transaction, foreign keys off, checked before commit."""
    from alembic import command
    from alembic.config import Config

    from kam_desktop.locations import migrations_dir

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")  # only effective outside a transaction
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                orphans = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if orphans:
                    raise StoreError(
                        fmt(
                            translate(
                                "Store",
                                "Upgrading %1 would leave %2 broken references; the upgrade was rolled back.",
                            ),
                            path,
                            len(orphans),
                        )
                    )
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            raw.execute("PRAGMA foreign_keys = ON")
    finally:
        engine.dispose()


def _in_use_message(path: Path) -> str:
    from kam_desktop.store.lock import lock_holder

    holder = lock_holder(path)
    who = (
        fmt(translate("Store", "KAM Desktop (process %1 on %2)"), holder.pid, holder.hostname)
        if holder is not None
        else translate("Store", "another program")
    )
    return fmt(
        translate(
            "Store",
            "%1 is in use by %2: it is locked, so it was not opened. The file itself is fine: "
            "close the other program (or wait a moment) and try again.",
        ),
        path,
        who,
    )


def _refusal(verdict: opening.Verdict, facts: opening.Facts, path: Path) -> StoreError:
    """The one-line message for every verdict that does not open the file."""
    V = opening.Verdict
    if verdict is V.NOT_A_FILE:
        if facts.kind is opening.Kind.FOLDER:
            return StoreError(fmt(translate("Store", "%1 is a folder, not a database file."), path))
        return StoreError(
            fmt(
                translate(
                    "Store",
                    "%1 is not a regular file (a device, a pipe or a socket): give the path of a database file.",
                ),
                path,
            )
        )
    if verdict is V.IN_USE:
        return StoreError(_in_use_message(path))
    if verdict is V.EMPTY:
        return StoreError(
            fmt(
                translate(
                    "Store",
                    "%1 is empty (0 bytes): it may be a cloud file not downloaded yet, or its contents "
                    "were lost. It was not changed; download it first, or give the name of a file that does "
                    "not exist yet to start a new database.",
                ),
                path,
            )
        )
    if verdict is V.DAMAGED:
        summary = (
            facts.header_problem
            or facts.check_problem
            or translate("Integrity", "the file is empty: its contents were lost.")
        )
        check = integrity.CheckResult(path, summary, facts.check_details or (summary,))
        log.error("database check failed for %s: %s", path.name, "; ".join(check.details)[:500])
        return integrity.DamagedDatabaseError(check, integrity.newest_good_backup(path))
    if verdict is V.FOREIGN:
        if facts.not_sqlite:
            return StoreError(
                fmt(translate("Store", "%1 is not a KAM Desktop database (not a SQLite file)."), path)
            )
        if facts.app_id not in (0, APPLICATION_ID):
            return StoreError(
                fmt(
                    translate("Store", "%1 belongs to another application (id %2); not opened."),
                    path,
                    f"{facts.app_id:#x}",
                )
            )
        return StoreError(
            fmt(translate("Store", "%1 is a SQLite database, but not one of KAM Desktop's."), path)
        )
    if verdict is V.FOREIGN_WAL:
        wal = integrity.wal_path(path)
        return StoreError(
            fmt(
                translate(
                    "Store",
                    "%1 was not left by KAM Desktop on %2 (a sync tool or a copied folder?), so it "
                    "was not applied and neither file was changed. To open the database as last saved, move "
                    "%3 (and %2-shm) out of the folder; to recover its changes, open it with "
                    "the copy it came from.",
                ),
                wal,
                path.name,
                wal.name,
            )
        )
    if verdict is V.NEWER:
        return StoreError(
            fmt(
                translate(
                    "Store",
                    "%1 was written by a newer version of KAM Desktop (schema %2); "
                    "please update the app. The file was not changed.",
                ),
                path,
                facts.revision,
            )
        )
    if verdict is V.READ_ONLY_CANNOT_CREATE:
        return StoreError(
            fmt(translate("Store", "Cannot create the database at %1: the folder is read-only."), path)
        )
    if verdict is V.READ_ONLY_NEEDS_UPGRADE:
        return StoreError(
            fmt(
                translate(
                    "Store",
                    "%1 is in a read-only place and needs an upgrade for this version of KAM Desktop, "
                    "which would have to write to it. Copy it to a folder you can write to.",
                ),
                path,
            )
        )
    if verdict is V.READ_ONLY_NEEDS_RECOVERY:
        return StoreError(
            fmt(
                translate(
                    "Store",
                    "%1 has an unfinished change to roll back (its -journal), which needs write access, "
                    "but it is in a read-only place. Copy the folder to a place you can write to and open it there.",
                ),
                path,
            )
        )
    raise AssertionError(verdict)  # pragma: no cover


def condition_refusal(path: Path) -> StoreError | None:
    """For a read-only look (``check``): the one-line refusal when ``path`` is not a database
    this app may read as it is (a folder or device, a foreign file or -wal, in use); None
    otherwise. Damage is left to the check itself."""
    path = Path(path).expanduser().resolve()
    facts = opening.inspect(path, check=False)
    verdict = opening.decide(facts, migrate=False)
    V = opening.Verdict
    if verdict in (V.NOT_A_FILE, V.EMPTY, V.FOREIGN, V.FOREIGN_WAL, V.IN_USE, V.NEWER):
        return _refusal(verdict, facts, path)
    return None


def _recover_journal(path: Path) -> None:
    """Let SQLite roll back a hot -journal (or discard a stray one), as any normal open does."""
    try:
        conn = sqlite3.connect(sqlite_uri(path, "rw"), uri=True, timeout=busy.busy_seconds())
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if opening._is_locked(str(exc)):
            raise StoreError(_in_use_message(path)) from exc
        translated = translate_error(exc, path)
        raise translated or StoreError(
            fmt(translate("Store", "%1 cannot be read as a database (%2)."), path, exc)
        ) from exc


def _remove_new_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".session"):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()


def _disk_nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _create_or_upgrade(path: Path, *, created: bool) -> None:
    """Run the migrations; a failure (full disk...) is one line, and a file this call created
    is removed again (no 0-byte file is left behind)."""
    try:
        upgrade(path)
    except StoreError:
        if created:
            _remove_new_file(path)
        raise
    except (sqlite3.Error, DBAPIError, OSError) as exc:
        if created:
            _remove_new_file(path)
        what = translate("Store", "created") if created else translate("Store", "upgraded")
        text = str(getattr(exc, "orig", exc)).lower()
        if "full" in text or getattr(exc, "errno", None) == 28 or _disk_nearly_full(path.parent):
            raise StoreError(
                fmt(
                    translate(
                        "Store",
                        "The disk holding %1 is full, so the database was not %2. Free some space and try again.",
                    ),
                    path.parent,
                    what,
                )
            ) from exc
        translated = translate_error(exc, path)
        if translated is not None and not created:
            raise translated from exc
        reason = exc.strerror if isinstance(exc, OSError) else getattr(exc, "orig", exc)
        raise StoreError(
            fmt(translate("Store", "The database at %1 could not be %2: %3."), path, what, reason)
        ) from exc


def open_database(
    path: Path | str,
    *,
    migrate: bool = True,
    read_only: bool | None = None,
    check: bool = True,
    created_here: bool = False,
) -> Database:
    """Open (creating and migrating if needed) the database at ``path``.

    One sequence (see ``store.opening``): inspect the file's facts once, decide with a pure
    function, act. Raises StoreError with a one-line, user-facing message for every condition
    that does not open the file: not a regular file, in use, foreign (or a foreign -wal),
    newer, read-only where a write is needed. Only a damaged file raises
    ``integrity.DamagedDatabaseError`` (naming the newest good backup); nothing is written to it.

    ``read_only``: None = decide from the file's and folder's permissions (a read-only place
    opens read-only); True = never write. ``check``: run the start-up check.
    ``created_here``: the 0-byte file at ``path`` was created a moment ago by this process (the
    GUI's single-instance lock is keyed by the file's identity, so it creates the file first):
    it is a new database, not an emptied one, and is removed again if creating it fails.
    """
    path = Path(path).expanduser().resolve()
    if finish_interrupted_restore(path):
        log.warning("finished a restore that was interrupted before the copy was put in place")
    recovered = False
    while True:
        facts = opening.inspect(path, read_only=read_only, check=check, journal_recovered=recovered)
        verdict = opening.decide(facts, migrate=migrate)
        if verdict is not opening.Verdict.RECOVER_JOURNAL:
            break
        log.info("rolling back the hot journal of %s", path.name)
        _recover_journal(path)
        recovered = True
    V = opening.Verdict
    if verdict is V.EMPTY and created_here:
        verdict = V.CREATE
    backup: Path | None = None
    if verdict not in (V.CREATE, V.UPGRADE, V.OPEN, V.OPEN_READ_ONLY):
        raise _refusal(verdict, facts, path)
    recorded = False
    try:
        if verdict is V.CREATE and migrate:
            created = created_here or not path.exists()
            try:
                secure_create(path)
            except OSError as exc:
                if created:
                    _remove_new_file(path)
                raise StoreError(
                    fmt(translate("Store", "Cannot create the database at %1: %2."), path, exc.strerror)
                ) from exc
            opening.record_session(path)  # before the first write: a -wal left by a kill is ours
            recorded = True
            _create_or_upgrade(path, created=created)
        elif verdict in (V.UPGRADE, V.OPEN):
            opening.record_session(path)
            recorded = True
            if verdict is V.UPGRADE:
                if facts.revision is not None:
                    log.info("schema %s is behind %s: backing up first", facts.revision, HEAD_REVISION)
                    backup = make_backup(path, reason="pre-migration")
                _create_or_upgrade(path, created=False)
    except BaseException:
        if recorded:
            opening.forget_session(path)
        raise
    ro = verdict is V.OPEN_READ_ONLY
    reason = ""
    if ro:
        log.info("opening %s read-only", path.name)
        if facts.links > 1:
            reason = fmt(
                translate(
                    "Store",
                    "the file has %1 names (hard links); writing through two names would damage it, "
                    "so make a copy (not a link) to edit",
                ),
                facts.links,
            )
        elif not facts.read_only_requested:
            reason = translate("Store", "it is in a place your user account on this computer cannot write to")
    if facts.wal_size:
        log.info("unclean shutdown detected for %s; the check passed", path.name)
    engine = make_engine(path, read_only=ro)
    db = Database(
        path=path,
        engine=engine,
        read_only=ro,
        pre_migration_backup=backup,
        unclean_shutdown=facts.wal_size > 0,
        read_only_reason=reason,
        created=verdict is V.CREATE,
    )
    if check and verdict is V.OPEN and not facts.wal_size and _only_header_checked(path):
        db.start_background_check()  # a large file: its full check runs while the app starts
    return db


def _only_header_checked(path: Path) -> bool:
    """The start-up check of a clean open looked at the header only (a file above
    ``integrity.QUICK_CHECK_LIMIT``)."""
    try:
        return path.stat().st_size > integrity.QUICK_CHECK_LIMIT
    except OSError:
        return False


__all__ = [
    "Database",
    "DatabaseDamagedError",
    "backup_dir_for",
    "open_database",
    "read_revision",
    "translate_error",
    "upgrade",
]
