"""The whole database as JSON and back: the demo round-trips exactly."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kam_desktop.domain.errors import StoreError
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.export_json import FORMAT, FORMAT_VERSION, export_json, import_json, table_order
from kam_desktop.store.database import Database
from kam_desktop.store.schema_version import HEAD_REVISION
from tests.conftest import hostile_strings
from tests.hostile import text_ok


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table with each value's SQLite type: equal dumps = equal databases."""
    conn = sqlite3.connect(path)
    try:
        out: dict[str, list[tuple[object, ...]]] = {}
        for table in [*table_order(), "alembic_version"]:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            typed = ", ".join(f'"{c}", typeof("{c}")' for c in columns)
            out[table] = conn.execute(f'SELECT {typed} FROM "{table}" ORDER BY rowid').fetchall()
        return out
    finally:
        conn.close()


def test_the_demo_round_trips_exactly(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    summary = export_json(demo_db.path, out)
    assert summary.rows > 1000

    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT and data["format_version"] == FORMAT_VERSION
    assert data["schema_revision"] == HEAD_REVISION
    assert list(data["tables"]) == table_order()

    target = tmp_path / "imported.sqlite"
    imported = import_json(target, out)
    assert imported.rows == summary.rows
    assert _dump(target) == _dump(demo_db.path)

    again = tmp_path / "again.json"
    export_json(target, again)
    first, second = json.loads(out.read_text()), json.loads(again.read_text())
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second


def test_hostile_text_and_odd_values_round_trip(db: Database, tmp_path: Path) -> None:
    from kam_desktop.domain.errors import ValidationError

    stored = 0
    for index, text in enumerate(hostile_strings()):
        cmd = AccountInput(name=f"Account {index}", description=text, internal_notes=text[::-1])
        if not text_ok(text):  # refused at the door (control characters...): nothing to export
            with pytest.raises(ValidationError):
                create_account(db, cmd)
            continue
        create_account(db, cmd)
        stored += 1
    assert stored > 30
    conn = sqlite3.connect(db.path)
    conn.execute("UPDATE factor_weight SET weight = 12.345678901234567 WHERE factor = 'fit'")
    conn.commit()
    conn.close()
    out = tmp_path / "e.json"
    export_json(db.path, out)
    import_json(tmp_path / "copy.sqlite", out)
    assert _dump(tmp_path / "copy.sqlite") == _dump(db.path)


def test_import_refuses_an_existing_database(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "e.json"
    export_json(demo_db.path, out)
    with pytest.raises(StoreError, match="already exists"):
        import_json(demo_db.path, out)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not valid JSON"),
        ('{"format": "something else"}', "not a KAM Desktop export"),
        ('{"format": "kam-desktop-export", "format_version": 99}', "format 99"),
        (
            '{"format": "kam-desktop-export", "format_version": 1, "schema_revision": "9999_x", "tables": {}}',
            "newer version",
        ),
    ],
)
def test_import_refuses_files_it_cannot_read(tmp_path: Path, content: str, message: str) -> None:
    source = tmp_path / "bad.json"
    source.write_text(content)
    target = tmp_path / "new.sqlite"
    with pytest.raises(StoreError, match=message):
        import_json(target, source)
    assert not target.exists()


def test_a_file_breaking_the_schema_imports_nothing(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "e.json"
    export_json(demo_db.path, out)
    data = json.loads(out.read_text())
    data["tables"]["stakeholder"]["rows"][0][1] = 987654  # account_id pointing nowhere
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data))
    target = tmp_path / "new.sqlite"
    with pytest.raises(StoreError, match="broken references"):
        import_json(target, broken)
    assert not target.exists()
    assert not list(tmp_path.glob(".new.sqlite*"))
