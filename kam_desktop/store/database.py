"""Opening a KAM Desktop database: create, check, back up, migrate, then hand out sessions."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from kam_desktop.domain.errors import StoreError
from kam_desktop.store.backup import make_backup
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
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any exception."""
        with self._factory() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def read_revision(path: Path) -> tuple[str | None, int]:
    """(alembic revision or None, application_id) read without writing anything."""
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
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


def open_database(path: Path | str, *, migrate: bool = True) -> Database:
    """Open (creating and migrating if needed) the database at ``path``.

    Raises StoreError with a one-line, user-facing message for every known condition:
    a folder or non-SQLite file, a database of a newer KAM Desktop, an unwritable place.
    """
    path = Path(path).expanduser().resolve()
    is_new = _check_file(path)
    backup: Path | None = None
    if not is_new:
        revision, app_id = read_revision(path)
        if app_id not in (0, APPLICATION_ID):
            raise StoreError(f"{path} belongs to another application (id {app_id:#x}); not opened.")
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise StoreError(
                f"{path} was written by a newer version of KAM Desktop (schema {revision}); "
                "please update the app. The file was not changed."
            )
        needs_upgrade = revision != HEAD_REVISION
        if needs_upgrade and migrate and revision is not None:
            log.info("database schema %s is behind %s: backing up first", revision, HEAD_REVISION)
            backup = make_backup(path, reason="pre-migration")
    else:
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
            raise StoreError(f"Cannot set up the database at {path}: {exc}.") from exc
    engine = make_engine(path)
    return Database(path=path, engine=engine, pre_migration_backup=backup)
