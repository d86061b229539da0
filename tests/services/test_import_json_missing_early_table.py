"""An export that lacks one of the first tables (hand-edited, or from a version that had no such
table) still brings in every table after it: a missing table is skipped, not the end of the import."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from kam_desktop.services import accounts
from kam_desktop.services.export_json import export_json, import_json, table_order
from kam_desktop.store.database import Database


def test_a_missing_early_table_does_not_stop_the_tables_after_it(db: Database, tmp_path: Path) -> None:
    accounts.create_account(db, accounts.AccountInput(name="Alpen AG"))
    out = tmp_path / "all.json"
    export_json(db.path, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    order = [t for t in table_order() if t in data["tables"]]
    early = order[1]  # the second table in import order (the first, account, others refer to)
    later = [t for t in order[2:] if data["tables"][t]["rows"]]
    assert later  # a table after the missing one holds rows
    del data["tables"][early]
    work = tmp_path / "work"
    work.mkdir()
    source = work / "in.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    summary = import_json(work / "kam.sqlite", source)
    expected_rows = sum(len(spec["rows"]) for spec in data["tables"].values())
    assert summary.rows == expected_rows
    with sqlite3.connect(work / "kam.sqlite") as conn:
        for table in later:
            got = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            assert got == len(data["tables"][table]["rows"]), table
        assert conn.execute(f'SELECT count(*) FROM "{early}"').fetchone()[0] == 0
