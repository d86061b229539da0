"""Survivors of issue 12's fourth breadth measurement in `services/importers/accounts` (kio)."""

from __future__ import annotations

from kam_desktop.services.importers.accounts import AccountImportOptions, import_accounts, preview_accounts
from kam_desktop.store.database import Database


def test_the_preview_shows_the_first_50_records_of_a_longer_file(db: Database) -> None:
    """`importers.accounts._plan` #16 (`records[:51]`): the preview's sample is the first 50
    records, as they are in the file (cells as written), however long the file is; every
    row is still planned."""
    lines = ["Account Name,Annual Revenue"] + [f"Cliente {n:02d},{n * 1000}" for n in range(1, 61)]
    data = ("\n".join(lines) + "\n").encode()
    plan = preview_accounts(db, data, AccountImportOptions())
    assert plan.sample == tuple((f"Cliente {n:02d}", str(n * 1000)) for n in range(1, 51))
    assert len(plan.outcomes) == 60 and plan.count("add") == 60
    result = import_accounts(db, data, AccountImportOptions(), dry_run=True)
    assert result.plan.sample == plan.sample and not result.written
    short = preview_accounts(db, data[: data.index(b"Cliente 04")], AccountImportOptions())
    assert short.sample == (("Cliente 01", "1000"), ("Cliente 02", "2000"), ("Cliente 03", "3000"))
