"""Survivors of issue 12's fourth breadth measurement in `services/export*` (kio), and one mutant of
its sample that the measurement had not run by the deadline but the modules' own tests do not kill
(`export.benchmark_export` #136)."""

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


def test_the_benchmark_reports_each_exports_own_figures_rounded(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`export.benchmark_export` #136 (the brief's seconds reported as `round(3)`, i.e. 3): every
    figure of the report is the export's own - seconds to the millisecond, pages, pages per second
    to a tenth - for both plan editions and the brief (the exports stubbed with fixed timings)."""
    from kam_desktop.services import accounts, export
    from kam_desktop.store import models as m

    account = accounts.create_account(db, accounts.AccountInput(name="Rossi SpA")).id
    with db.session() as s:
        s.add_all([m.Stakeholder(account_id=account, name=f"P{n}") for n in range(2)])
    timings = {"internal": (12, 1.23456), "customer": (7, 0.5)}
    calls: list[tuple[str, int, str]] = []

    def plan(db_, aid, edition, paper, out):  # type: ignore[no-untyped-def]
        pages, seconds = timings[str(edition)]
        calls.append(("plan", aid, Path(out).name))
        return export.ExportResult(Path(out), pages, seconds)

    def brief(db_, aid, out):  # type: ignore[no-untyped-def]
        calls.append(("brief", aid, Path(out).name))
        return export.ExportResult(Path(out), 2, 0.0876543)

    monkeypatch.setattr(export, "export_plan_pdf", plan)
    monkeypatch.setattr(export, "export_brief_pdf", brief)
    path = db.path
    db.close()
    assert export.benchmark_export(path) == {
        "account": "Rossi SpA",
        "account_rows": 2,
        "plan_internal_seconds": 1.235,
        "plan_internal_pages": 12,
        "plan_internal_pages_per_second": 9.7,
        "plan_customer_seconds": 0.5,
        "plan_customer_pages": 7,
        "plan_customer_pages_per_second": 14.0,
        "brief_seconds": 0.088,
        "brief_pages": 2,
    }
    assert calls == [
        ("plan", account, "plan-internal.pdf"),
        ("plan", account, "plan-customer.pdf"),
        ("brief", account, "brief.pdf"),
    ]
