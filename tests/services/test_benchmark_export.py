"""``make bench``'s export benchmark: it picks the largest live account and reports what it exported."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop.domain.errors import DomainError
from kam_desktop.services import export
from kam_desktop.services.accounts import delete_account
from kam_desktop.store.database import Database, open_database


def _sizes(path: Path) -> dict[int, int]:
    """Rows per live account, counted independently: stakeholders, opportunities, interactions,
    and the plan's actions, research answers, objectives and KPIs."""
    conn = sqlite3.connect(path)
    sizes: dict[int, int] = {}
    for table in ("stakeholder", "opportunity", "interaction"):
        for aid, n in conn.execute(f"SELECT account_id, count(*) FROM {table} GROUP BY account_id"):  # noqa: S608
            sizes[aid] = sizes.get(aid, 0) + n
    for table in ("action", "research_answer", "objective", "kpi"):
        sql = (
            f"SELECT p.account_id, count(*) FROM {table} x JOIN account_plan p ON p.id = x.plan_id GROUP BY 1"  # noqa: S608
        )
        for aid, n in conn.execute(sql):
            sizes[aid] = sizes.get(aid, 0) + n
    live = {r[0] for r in conn.execute("SELECT id FROM account WHERE deleted_at IS NULL")}
    conn.close()
    return {aid: n for aid, n in sizes.items() if aid in live}


def test_the_largest_live_account_is_exported_and_reported(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    biggest = max((n, aid) for aid, n in _sizes(demo_db.path).items())[1]
    delete_account(demo_db, biggest)  # a deleted account is never the one benchmarked
    sizes = _sizes(demo_db.path)
    rows, account_id = max((n, aid) for aid, n in sizes.items())
    conn = sqlite3.connect(demo_db.path)
    name = conn.execute("SELECT name FROM account WHERE id = ?", (account_id,)).fetchone()[0]
    conn.close()
    path = demo_db.path
    demo_db.close()

    pages: dict[str, int] = {}
    real_plan, real_brief = export.export_plan_pdf, export.export_brief_pdf

    def plan(db, aid, edition, paper, out):  # type: ignore[no-untyped-def]
        assert (aid, paper) == (account_id, export.Paper.A4)
        done = real_plan(db, aid, edition, paper, out)
        pages[f"plan_{edition}"] = len(PdfReader(str(out)).pages)
        return done

    def brief(db, aid, out):  # type: ignore[no-untyped-def]
        assert aid == account_id
        done = real_brief(db, aid, out)
        pages["brief"] = len(PdfReader(str(out)).pages)
        return done

    monkeypatch.setattr(export, "export_plan_pdf", plan)
    monkeypatch.setattr(export, "export_brief_pdf", brief)
    result = export.benchmark_export(path)
    assert (result["account"], result["account_rows"]) == (name, rows)
    assert sorted(result) == sorted(
        ["account", "account_rows", "brief_pages", "brief_seconds"]
        + [f"plan_{e}_{k}" for e in export.Edition for k in ("seconds", "pages", "pages_per_second")]
    )
    for edition in export.Edition:
        n, seconds = result[f"plan_{edition}_pages"], result[f"plan_{edition}_seconds"]
        assert n == pages[f"plan_{edition}"] > 1
        assert 0 < seconds < 600 and result[f"plan_{edition}_pages_per_second"] > 0
        # pages per second is pages / seconds (to a tenth; the seconds shown are rounded to ms)
        assert abs(result[f"plan_{edition}_pages_per_second"] - n / seconds) <= 0.05 + n / seconds * 0.01
    assert result["brief_pages"] == pages["brief"] and 0 < result["brief_seconds"] < 600


def test_an_empty_or_missing_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as err:
        export.benchmark_export(tmp_path / "none.sqlite")
    assert str(err.value) == f"No database at {tmp_path / 'none.sqlite'}."
    open_database(tmp_path / "empty.sqlite").close()
    with pytest.raises(DomainError) as err:
        export.benchmark_export(tmp_path / "empty.sqlite")
    assert str(err.value) == "The database has no accounts to export."
