"""What `export-json` and `import-json` report: every table of the schema and every row, counted
exactly (a new database: its settings row, 8 factor weights, and one account)."""

from __future__ import annotations

from pathlib import Path

from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.export_json import TransferSummary, export_json, import_json, table_order
from kam_desktop.store.database import Database


def test_the_export_and_the_import_count_tables_and_rows(db: Database, tmp_path: Path) -> None:
    create_account(db, AccountInput(name="Acme"))
    db.close()
    assert len(table_order()) == 38
    out = tmp_path / "export.json"
    assert export_json(db.path, out) == TransferSummary(out, 38, 10)
    target = tmp_path / "imported.sqlite"
    assert import_json(target, out) == TransferSummary(target, 38, 10)
