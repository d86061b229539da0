"""The start-up check and the portfolio read begun early (beside Qt's start and the store's
opening): their results are used only for the very file state they read; a file changed in
between is checked, and read, again."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from kam_desktop.services import clock, portfolio, portfolio_sql
from kam_desktop.store import integrity
from kam_desktop.store.database import Database, open_database
from kam_desktop.store.integrity import DamagedDatabaseError
from tests.conftest import hostile_strings
from tests.store.test_corruption import flipped_table_page


def _closed(demo_db: Database) -> Path:
    path = demo_db.path
    demo_db.close()  # a clean close: no -wal left, the plain case
    assert not integrity.wal_path(path).exists()
    return path


def _wait_for_early_checks() -> None:
    for thread in threading.enumerate():
        if thread.name == "start-up-check":
            thread.join()


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    real = integrity._check_before_open

    def counted(path: Path) -> integrity.CheckResult | None:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(integrity, "_check_before_open", counted)
    return calls


def test_an_unchanged_file_is_checked_once(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _closed(demo_db)
    calls = _counting(monkeypatch)
    integrity.start_check_before_open(path)
    db = open_database(path)
    db.close()
    assert calls == [path]


def test_a_file_damaged_after_the_early_check_is_reported_damaged(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _closed(demo_db)
    calls = _counting(monkeypatch)
    integrity.start_check_before_open(path)
    _wait_for_early_checks()  # the early check passed on the good file...
    assert len(calls) == 1
    flipped_table_page(path)  # ...then the file was damaged before the app opened it
    with pytest.raises(DamagedDatabaseError):
        open_database(path)
    assert len(calls) == 2


def test_no_early_check_while_a_wal_is_beside_the_file(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _closed(demo_db)
    integrity.wal_path(path).write_bytes(b"")  # (the check would then not read it as immutable)
    calls = _counting(monkeypatch)
    integrity.start_check_before_open(path)
    _wait_for_early_checks()
    assert calls == []


# --- the portfolio read begun early (services.portfolio_sql) ------------------------------------


def _wait_for_early_reads() -> None:
    for thread in threading.enumerate():
        if thread.name == "early-read":
            thread.join()


def _loads_through_the_store(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = portfolio.read_raw

    def counted(cursor: object, today: str) -> portfolio_sql.RawPortfolio:
        calls.append(today)
        return real(cursor, today)

    monkeypatch.setattr(portfolio, "read_raw", counted)
    return calls


def test_the_first_load_takes_the_early_read_of_an_unchanged_file(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = portfolio.load_portfolio(demo_db)
    path = _closed(demo_db)
    calls = _loads_through_the_store(monkeypatch)
    portfolio_sql.start_early_read(path, clock.today().isoformat())
    db = open_database(path)
    try:
        assert portfolio.load_portfolio(db) == expected
        assert calls == []  # the early read was used...
        assert portfolio.load_portfolio(db) == expected
        assert len(calls) == 1  # ...by the first load only
    finally:
        db.close()


def test_a_change_made_after_the_early_read_is_shown(demo_db: Database) -> None:
    path = _closed(demo_db)
    portfolio_sql.start_early_read(path, clock.today().isoformat())
    _wait_for_early_reads()  # read before the change...
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE account SET name = 'Renamed Since' WHERE id = (SELECT MIN(id) FROM account)")
    conn.close()
    assert not integrity.wal_path(path).exists()
    db = open_database(path)
    try:
        names = {row.name for row in portfolio.load_portfolio(db).rows}
    finally:
        db.close()
    assert "Renamed Since" in names  # ...but the load shows the file as it is now


def test_no_early_read_of_a_file_another_day(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _closed(demo_db)
    calls = _loads_through_the_store(monkeypatch)
    portfolio_sql.start_early_read(path, "2000-01-01")  # next meetings and overdue actions depend on the day
    db = open_database(path)
    try:
        portfolio.load_portfolio(db)
    finally:
        db.close()
    assert calls == [clock.today().isoformat()]


def test_the_early_read_gives_exactly_the_rows_the_statement_gives(demo_db: Database) -> None:
    """The early read leaves its rows in a temporary table (one step of SQLite's, without
    Python's lock) and fetches them when taken: every value comes back as the statement itself
    gives it - hostile text (control characters, right-to-left, emoji, digits only), a REAL
    where an integer belongs, NULLs - in the same order."""
    hostile = hostile_strings()
    path = _closed(demo_db)
    conn = sqlite3.connect(path)
    with conn:
        for i, text in enumerate([*hostile, "00123", "1e5", "  spaced  ", "12.50"]):
            conn.execute(
                "INSERT INTO account (name, industry, region, currency, current_revenue_cents, "
                "potential_revenue_cents, status, description, internal_notes) "
                "VALUES (?, ?, ?, 'EUR', ?, ?, 'candidate', '', '')",
                (f"{text} #{i}", text, text[::-1], 1250 if i % 2 else 12.5, i),
            )
    conn.close()
    today = clock.today().isoformat()
    direct = sqlite3.connect(path)
    try:
        expected = portfolio_sql.read_raw(direct.cursor(), today)
    finally:
        direct.close()
    portfolio_sql.start_early_read(path, today)
    taken = portfolio_sql.take_early_read(path, today)
    assert taken is not None
    assert taken.rows == expected.rows
    assert [[type(v) for v in row] for row in taken.rows] == [[type(v) for v in row] for row in expected.rows]
    assert (taken.cap, taken.weights) == (expected.cap, expected.weights)
    assert len(taken.rows) > len(hostile)
    assert not integrity.wal_path(path).exists()  # (read-only: nothing made beside the file)
