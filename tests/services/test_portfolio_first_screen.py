"""The portfolio's first screen at start-up: the rows that lead it by score, found by SQLite in
the early read's thread and made before the rest, are exactly the rows the whole read model puts
at the top - the same row objects (score, over the cap, suggestion text), in the same order -
whatever the ties, the weights, the cap, the statuses and the unscored accounts."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from kam_desktop.domain.enums import AccountStatus, Factor
from kam_desktop.services import clock, portfolio_sql
from kam_desktop.services.portfolio import build_first_screen, build_portfolio
from kam_desktop.services.portfolio_rows import Portfolio, PortfolioRow
from kam_desktop.store.database import Database

STATUSES = ("candidate", "key", "standard", "disqualified", "archived")


def _crafted(demo_db: Database, seed: int, accounts: int = 90, cap: int = 4) -> Path:
    """The demo's 25 accounts and ``accounts`` more, closed cleanly: few distinct ratings (many
    ties), unscored and unassessed accounts, every status, more key accounts than ``cap`` (some
    promoted at the same moment), odd weights (one factor weighted 0)."""
    path = demo_db.path
    demo_db.close()
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE program_settings SET key_account_cap = ? WHERE id = 1", (cap,))
        for factor, weight in zip(Factor, (7.3, 20.0, 0.0, 12.5, 10.0, 3.3, 15.0, 9.9), strict=True):
            conn.execute("UPDATE factor_weight SET weight = ? WHERE factor = ?", (weight, factor.value))
        for i in range(accounts):
            status = rng.choice(STATUSES)
            cursor = conn.execute(
                "INSERT INTO account (name, industry, region, currency, current_revenue_cents, "
                "potential_revenue_cents, status, description, internal_notes) "
                "VALUES (?, 'Retail', 'North', 'EUR', ?, ?, ?, '', '')",
                (
                    f"{rng.choice('abcAB')}{i:03d} {rng.choice(['Zeta', 'alpha', 'Émile'])}",
                    i * 1000,
                    i * 2500,
                    status,
                ),
            )
            account_id = cursor.lastrowid
            if rng.random() < 0.9:  # some never assessed
                ratings = [
                    rng.choice((None, 3, 4, 5)) if rng.random() < 0.3 else rng.choice((4, 5)) for _ in Factor
                ]
                if rng.random() < 0.05:
                    ratings = [None] * len(Factor)  # assessed, nothing rated
                conn.execute(
                    "INSERT INTO identification_assessment (account_id, assessed_on, "
                    + ", ".join(f.value for f in Factor)
                    + ", notes, created_at) VALUES (?, '2026-01-05', "
                    + ", ".join("?" for _ in Factor)
                    + ", '', '2026-01-05 10:00:00')",
                    (account_id, *ratings),
                )
            if status == "key":
                conn.execute(
                    "INSERT INTO account_status_change (account_id, from_status, to_status, reason, "
                    "over_cap, changed_at) VALUES (?, 'candidate', 'key', '', 0, ?)",
                    (account_id, f"2026-0{rng.choice('1234')}-01 09:00:00.000000"),
                )
        # a key account scoring below every other active one: flagged for review
        cursor = conn.execute(
            "INSERT INTO account (name, industry, region, currency, current_revenue_cents, "
            "potential_revenue_cents, status, description, internal_notes) "
            "VALUES ('Weakest key', 'Retail', 'South', 'EUR', 1, 2, 'key', '', '')"
        )
        lowest = [5 if f is Factor.RELATIVE_EFFORT else 1 for f in Factor]  # (effort counts inverted)
        conn.execute(
            "INSERT INTO identification_assessment (account_id, assessed_on, "
            + ", ".join(f.value for f in Factor)
            + ", notes, created_at) VALUES (?, '2026-01-05', "
            + ", ".join("?" for _ in Factor)
            + ", '', '2026-01-05 10:00:00')",
            (cursor.lastrowid, *lowest),
        )
    conn.close()
    return path


def _opening_order(rows: tuple[PortfolioRow, ...]) -> list[PortfolioRow]:
    """The portfolio's order when it opens: score, best first, unscored last, ties in the
    statement's order (the table model's stable sort)."""
    positions = sorted(
        range(len(rows)), key=lambda i: (rows[i].score.value is None, -(rows[i].score.value or 0.0), i)
    )
    return [rows[i] for i in positions]


def _both(path: Path, n: int) -> tuple[Portfolio | None, Portfolio, portfolio_sql.FirstScreen | None]:
    """The first screen of ``n`` rows and every row, from one read of the early read's thread."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(portfolio_sql, "FIRST_SCREEN", n)
        prepared = portfolio_sql._read_file(path, clock.today().isoformat())
    assert prepared is not None and prepared.cap is not None
    found = prepared.first_screen()
    first = None if found is None else build_first_screen(found, prepared.cap, prepared.weights)
    return first, build_portfolio(prepared.fetch(), prepared.cap), found


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_first_screen_is_the_top_of_the_whole_portfolio(demo_db: Database, seed: int) -> None:
    path = _crafted(demo_db, seed)
    whole = None
    for n in (1, 2, 7, 20, 40):
        first, whole, _found = _both(path, n)
        assert first is not None
        top = _opening_order(whole.rows)
        nth = top[n - 1].score.value
        assert nth is not None
        expected = [r for r in top if r.score.value is not None and r.score.value >= nth]  # ties included
        assert len(expected) >= n
        assert _opening_order(first.rows) == top[: len(expected)] == expected
        assert first.cap == whole.cap
        assert first.weights == whole.weights
        assert first.first_screen_of == len(whole.rows) and whole.first_screen_of == 0
        shown_ids = {r.id for r in expected}
        assert set(first.suggestions) == {s for s in whole.suggestions if s.account_id in shown_ids}
    assert whole is not None
    # what the crafted portfolio holds, so that the comparisons above were not trivially true
    statuses = {r.status for r in whole.rows}
    assert statuses == set(AccountStatus)
    assert any(r.over_cap for r in whole.rows)
    assert {s.kind for s in whole.suggestions} == {"promote", "review_key"}
    assert sum(1 for r in whole.rows if r.score.value is None) >= 3


def test_over_the_cap_and_suggestions_on_the_first_screen_match(demo_db: Database) -> None:
    """A screen deep enough to hold key accounts over the cap, promotions by free places and by
    beating the weakest key account, and a key account flagged for review."""
    path = _crafted(demo_db, 4, accounts=120, cap=2)
    _first, whole, _found = _both(path, 1)
    scored = sum(1 for r in whole.rows if r.score.value is not None)
    first, whole, _found = _both(path, scored)  # a screen as deep as every scored row
    assert first is not None
    shown = _opening_order(first.rows)
    assert shown == _opening_order(whole.rows)[:scored]
    assert any(r.over_cap for r in shown)
    assert any("consider key status" in r.suggestion for r in shown)
    weakest = next(r for r in shown if r.name == "Weakest key")
    assert weakest.suggestion.startswith("Weakest key scores ") and "review its status" in weakest.suggestion
    assert set(first.suggestions) == set(whole.suggestions)  # every scored row is on this screen
    assert [s.kind for s in first.suggestions if s.account_id == weakest.id] == ["review_key"]
    assert all(
        r.suggestion == "" for r in shown if r.status in (AccountStatus.ARCHIVED, AccountStatus.DISQUALIFIED)
    )


def test_free_key_places_promote_the_best_others_on_the_first_screen(demo_db: Database) -> None:
    """No scored key account (nothing to beat) and 3 free places: the 3 best-scoring other
    active accounts - and only they - are suggested for promotion, ties in the portfolio's order."""
    path = _crafted(demo_db, 8)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE account SET status = 'candidate' WHERE status = 'key'")
        key_count = conn.execute("SELECT COUNT(*) FROM account WHERE status = 'key'").fetchone()[0]
        conn.execute("UPDATE program_settings SET key_account_cap = ? WHERE id = 1", (key_count + 3,))
    conn.close()
    first, whole, _found = _both(path, 10)
    assert first is not None
    shown = _opening_order(first.rows)
    assert shown == _opening_order(whole.rows)[: len(shown)]
    active = [r for r in shown if r.status not in (AccountStatus.ARCHIVED, AccountStatus.DISQUALIFIED)]
    assert [r.name for r in shown if r.suggestion] == [r.name for r in active[:3]]


def test_no_first_screen_when_fewer_rows_are_scored_than_a_screen(demo_db: Database) -> None:
    path = _crafted(demo_db, 5, accounts=10)
    _first, whole, _found = _both(path, 1)
    scored = sum(1 for r in whole.rows if r.score.value is not None)
    first, _whole, found = _both(path, scored)
    assert first is not None and len(first.rows) == scored  # the whole screen: every scored row
    first, _whole, found = _both(path, scored + 1)
    assert found is None and first is None  # the unscored would be on it: every row first


def test_a_read_that_may_have_missed_a_tied_row_is_not_used(demo_db: Database) -> None:
    """The thread's bound comes from SQLite's floating-point sums; if it was above what the
    exact n-th score allows, a row rounding to that score could be missing: no first screen."""
    path = _crafted(demo_db, 6)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(portfolio_sql, "FIRST_SCREEN", 10)
        prepared = portfolio_sql._read_file(path, clock.today().isoformat())
    assert prepared is not None and prepared.cap is not None
    found = prepared.first_screen()
    prepared.drop()
    assert found is not None
    assert build_first_screen(found, prepared.cap, prepared.weights) is not None
    nth = sorted((r for r in _rows_scored(found, prepared.weights)), reverse=True)[9]
    for least in (nth - 0.05, nth):  # a bound at (or above) the rounding's edge
        shifted = portfolio_sql.FirstScreen(
            found.n, least, found.rows, found.positions, found.total, found.keys, found.lowest
        )
        assert build_first_screen(shifted, prepared.cap, prepared.weights) is None


def _rows_scored(found: portfolio_sql.FirstScreen, weights: tuple[tuple[str, float], ...]) -> list[float]:
    from kam_desktop.domain.scoring import Scorer
    from kam_desktop.services.portfolio import _weights

    scorer = Scorer(_weights(weights))
    base = 8 + len(Factor)
    return [v for r in found.rows if (v := scorer(tuple(r[8:base])).value) is not None]


def test_the_early_view_shows_the_first_screen_then_every_row(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kam_desktop.services import portfolio_early
    from kam_desktop.store import integrity

    path = _crafted(demo_db, 7)
    monkeypatch.setattr(portfolio_sql, "FIRST_SCREEN", 12)
    today = clock.today().isoformat()
    integrity.start_check_before_open(path)
    portfolio_sql.start_early_read(path, today)
    view = portfolio_early.early_view(path, today)
    assert view is not None and view.rest is not None
    every = view.rest()
    assert every is not None and every.first_screen_of == 0 and len(every.rows) == 25 + 91
    first = _opening_order(view.portfolio.rows)
    assert view.portfolio.first_screen_of == 25 + 91 and 12 <= len(first) < 25 + 91
    assert first == _opening_order(every.rows)[: len(first)]
