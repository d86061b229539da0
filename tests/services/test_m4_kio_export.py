"""Survivors of issue 12's fourth breadth measurement in `services/export*` (kio)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kam_desktop.i18n import using_language
from kam_desktop.services.export_csv import export_actions, export_portfolio
from kam_desktop.store.database import Database
from kam_desktop.store.output import OutputRefused


@pytest.mark.parametrize("export", [export_portfolio, export_actions])
def test_each_csv_export_itself_refuses_to_write_over_the_open_database(db: Database, export) -> None:  # type: ignore[no-untyped-def]
    """`export_csv._write` #24 (the guarded writer not told which database is open): the
    portfolio and actions exports protect the open database themselves, not only through
    `export_csv`'s check before them - its file and its journal are refused as the open
    database's, in English and Italian, and left as they were."""
    before = db.path.read_bytes()
    with using_language("en"), pytest.raises(OutputRefused) as refused:
        export(db, db.path)
    assert (str(refused.value), refused.value.field) == (
        f"Refused to write {db.path}: it is the open database.",
        "out_path",
    )
    journal = Path(f"{db.path}-wal")
    with using_language("it"), pytest.raises(OutputRefused) as refused:
        export(db, journal)
    assert (
        str(refused.value)
        == f"Scrittura di {journal} rifiutata: appartiene al database aperto (è il suo journal)."
    )
    assert db.path.read_bytes() == before
