"""Opening a KAM Desktop database: create, check, back up, migrate, then hand out sessions."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from kam_desktop.domain.errors import StoreError
from kam_desktop.store import engine as engine_module
from kam_desktop.store import integrity
from kam_desktop.store.backup import backup_dir_for, list_backups, make_backup
from kam_desktop.store.engine import make_engine, secure_create
from kam_desktop.store.schema_version import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS

log = logging.getLogger(__name__)
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Database:
    """An open database: its path, engine and a session factory. Services own the sessions."""

    path: Path
    engine: Engine
    read_only: bool = False
    pre_migration_backup: Path | None = None
    unclean_shutdown: bool = False  # a leftover -wal was found (and checked) when opening
    change_count: int = field(default=0, init=False)  # commits that changed rows, this process
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self.engine, "commit", self._on_commit)

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
        try:
            with self._factory() as session, session.begin():
                yield session
        except DBAPIError as exc:
            translated = translate_error(exc, self.path, read_only=self.read_only)
            if translated is None:
                raise
            raise translated from exc

    def close(self) -> None:
        self.engine.dispose()


_LOCKED = (
    "Another program is using the database right now (it is locked), so this change was not "
    "saved. Close the other program (or wait a moment) and try again."
)


def translate_error(exc: BaseException, path: Path, *, read_only: bool = False) -> StoreError | None:
    """A plain-words StoreError for SQLite's known operational failures, else None."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlite3.DatabaseError):
        return None
    text = str(orig).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StoreError(
            "The disk is full, so this change was not saved. Everything saved before is intact: "
            "free some space, then try again."
        )
    if "readonly" in text or "read-only" in text:
        if read_only:
            return StoreError("The database is open read-only, so changes cannot be saved.")
        return StoreError(
            f"The database file {path} cannot be written (read-only file or folder), so this change "
            "was not saved."
        )
    if "locked" in text or "busy" in text:
        return StoreError(_LOCKED)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StoreError(
            f"The database file {path} is damaged, so this change was not saved. Use Help > Check "
            "database to see what is wrong and restore a backup."
        )
    if "unable to open" in text or "disk i/o" in text:
        return StoreError(
            f"The database file {path} cannot be reached (was its drive removed?), so this change "
            "was not saved."
        )
    return None


def read_revision(path: Path) -> tuple[str | None, int]:
    """(alembic revision or None, application_id) read without writing anything."""
    try:
        conn = sqlite3.connect(
            f"file:{path.as_posix()}?mode=ro", uri=True, timeout=engine_module.BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open {path}: {exc}.") from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_table = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        if not has_table:
            if tables:
                raise StoreError(f"{path} is a SQLite database, but not one of KAM Desktop's.")
            return None, app_id
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), app_id
    except sqlite3.DatabaseError as exc:
        translated = translate_error(exc, path)
        if translated is not None and "locked" in str(exc):
            raise translated from exc
        raise StoreError(f"{path} cannot be read as a database ({exc}).") from exc
    finally:
        conn.close()


def _check_file(path: Path) -> bool:
    """Validate the path; return True if the database is new (missing or empty)."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")
    if not path.exists() or path.stat().st_size == 0:
        return True
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror}.") from exc
    if header != SQLITE_MAGIC:
        raise StoreError(f"{path} is not a KAM Desktop database (not a SQLite file).")
    return False


def upgrade(path: Path) -> None:
    """Run Alembic to head in ONE transaction, foreign keys off, checked before commit."""
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
                command.upgrade(config, "head")
                orphans = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if orphans:
                    raise StoreError(
                        f"Upgrading {path} would leave {len(orphans)} broken references; "
                        "the upgrade was rolled back."
                    )
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            raw.execute("PRAGMA foreign_keys = ON")
    finally:
        engine.dispose()


def _refuse_damaged(path: Path, check: integrity.CheckResult) -> None:
    log.error("database check failed for %s: %s", path.name, "; ".join(check.details)[:500])
    raise integrity.DamagedDatabaseError(check, integrity.newest_good_backup(path))


def open_database(
    path: Path | str, *, migrate: bool = True, read_only: bool | None = None, check: bool = True
) -> Database:
    """Open (creating and migrating if needed) the database at ``path``.

    Raises StoreError with a one-line, user-facing message for every known condition:
    a folder or non-SQLite file, a database of a newer KAM Desktop, an unwritable place.
    A damaged file raises ``integrity.DamagedDatabaseError`` (a StoreError naming the newest
    good backup) before anything is written to it.

    ``read_only``: None = decide from the file's and folder's permissions (a read-only place
    opens read-only); True = never write. ``check``: run the start-up check (see
    ``integrity.check_before_open``).
    """
    path = Path(path).expanduser().resolve()
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")
    if read_only is None:
        read_only = path.parent.exists() and not integrity.file_is_writable(path)
    exists = path.exists()
    if exists and path.stat().st_size == 0 and list_backups(path):
        # An emptied file that has backups lost its contents (a sync tool, a full disk):
        # never treat it as a new database.
        _refuse_damaged(path, integrity.check_file(path))
    unclean = exists and integrity.unclean_shutdown(path)
    if check and exists and path.stat().st_size > 0:
        header = integrity._header_problem(path, path.stat().st_size)
        if header and not (header.startswith("it does not start") and not list_backups(path)):
            _refuse_damaged(path, integrity.CheckResult(path, header, (header,)))
    is_new = _check_file(path)
    backup: Path | None = None
    if not is_new:
        if check:
            result = integrity.check_before_open(path)
            if result is not None and not result.ok:
                _refuse_damaged(path, result)
            if unclean:
                log.info("unclean shutdown detected for %s; the check passed", path.name)
        revision, app_id = read_revision(path)
        if app_id not in (0, APPLICATION_ID):
            raise StoreError(f"{path} belongs to another application (id {app_id:#x}); not opened.")
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise StoreError(
                f"{path} was written by a newer version of KAM Desktop (schema {revision}); "
                "please update the app. The file was not changed."
            )
        needs_upgrade = revision != HEAD_REVISION
        if needs_upgrade and read_only:
            raise StoreError(
                f"{path} is in a read-only place and needs an upgrade for this version of KAM Desktop, "
                "which would have to write to it. Copy it to a folder you can write to."
            )
        if needs_upgrade and migrate and revision is not None:
            log.info("database schema %s is behind %s: backing up first", revision, HEAD_REVISION)
            backup = make_backup(path, reason="pre-migration")
    else:
        if read_only:
            raise StoreError(f"Cannot create the database at {path}: the folder is read-only.")
        needs_upgrade = True
    if needs_upgrade and migrate:
        try:
            secure_create(path)
        except OSError as exc:
            raise StoreError(f"Cannot create the database at {path}: {exc.strerror}.") from exc
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise StoreError(f"Cannot write to {path}: permission denied.")
        try:
            upgrade(path)
        except sqlite3.OperationalError as exc:
            translated = translate_error(exc, path)
            if translated is not None:
                raise translated from exc
            raise StoreError(f"Cannot set up the database at {path}: {exc}.") from exc
    if read_only:
        log.info("opening %s read-only", path.name)
    engine = make_engine(path, read_only=read_only)
    return Database(
        path=path, engine=engine, read_only=read_only, pre_migration_backup=backup, unclean_shutdown=unclean
    )


__all__ = ["Database", "backup_dir_for", "open_database", "read_revision", "translate_error", "upgrade"]
