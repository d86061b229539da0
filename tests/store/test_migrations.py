"""Schema changes only through Alembic: pytest-alembic's standard tests, plus our own
behind-head / newer-than-us behaviour."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from pytest_alembic.tests import (  # noqa: F401  (collected as tests)
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import create_engine

from kam_desktop.domain.errors import StoreError
from kam_desktop.locations import migrations_dir
from kam_desktop.store.database import open_database
from kam_desktop.store.engine import make_engine
from kam_desktop.store.schema_version import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS


@pytest.fixture
def alembic_config() -> dict[str, str]:
    return {"script_location": str(migrations_dir())}


@pytest.fixture
def alembic_engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    return create_engine(f"sqlite:///{tmp_path / 'alembic.sqlite'}")


def test_known_revisions_match_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    script = ScriptDirectory.from_config(config)
    chain = [rev.revision for rev in script.walk_revisions()]
    assert list(reversed(chain)) == list(KNOWN_REVISIONS)
    assert script.get_current_head() == HEAD_REVISION


def _migrate_to(path: Path, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    engine = make_engine(path)
    with engine.connect() as conn, conn.begin():
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()


def test_new_database_is_created_by_migrating(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite")
    db.close()
    conn = sqlite3.connect(tmp_path / "new.sqlite")
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT key_account_cap FROM program_settings").fetchone()[0] == 10
    assert conn.execute("SELECT count(*) FROM factor_weight").fetchone()[0] == 8
    conn.close()


def test_database_behind_head_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    _migrate_to(path, "0001_initial")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO account (name, industry, region, currency, current_revenue_cents, "
        "potential_revenue_cents, status, description, internal_notes, created_at, updated_at) "
        "VALUES ('Ołówek Sp. z o.o.', '', '', 'EUR', 100, 200, 'key', '', '', '2026-01-01', '2026-01-01')"
    )
    conn.commit()
    conn.close()

    db = open_database(path)
    db.close()
    backup = db.pre_migration_backup
    assert backup is not None and backup.exists()
    check = sqlite3.connect(backup)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001_initial"
    assert check.execute("SELECT name FROM account").fetchone()[0] == "Ołówek Sp. z o.o."
    check.close()
    upgraded = sqlite3.connect(path)
    assert upgraded.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    assert upgraded.execute("SELECT name FROM account").fetchone()[0] == "Ołówek Sp. z o.o."
    upgraded.close()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_database_of_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = _sha256(path)
    with pytest.raises(StoreError, match="newer version"):
        open_database(path)
    assert _sha256(path) == before
    assert not (tmp_path / "future-backups").exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("just some notes\n")
    before = _sha256(path)
    with pytest.raises(StoreError, match="not a KAM Desktop database"):
        open_database(path)
    assert _sha256(path) == before


def test_another_applications_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = _sha256(path)
    with pytest.raises(StoreError):
        open_database(path)
    assert _sha256(path) == before


def test_failed_migration_rolls_back_completely(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """DDL is transactional: a migration failing half-way leaves no table behind."""
    path = tmp_path / "broken.sqlite"
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    import kam_desktop.store.database as database_module

    real_upgrade = command.upgrade

    def failing_upgrade(config: Config, revision: str) -> None:
        real_upgrade(config, "0001_initial")
        raise RuntimeError("simulated failure in the second migration")

    monkeypatch.setattr(command, "upgrade", failing_upgrade)
    with pytest.raises(RuntimeError):
        database_module.upgrade(path)
    conn = sqlite3.connect(path)
    tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    conn.close()
    assert tables == []
