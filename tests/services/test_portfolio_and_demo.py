"""The portfolio read model and the demo generator."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from kam_desktop.domain.enums import AccountStatus
from kam_desktop.services.demo import generate_demo
from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.store.database import Database, open_database
from kam_desktop.store.models import AccountPlan, Base

FIXED_DAY = __import__("datetime").date(2026, 11, 27)


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name <> 'alembic_version'"
        )
    ]
    dump = {}
    for table in tables:
        columns = [
            r[1]
            for r in conn.execute(f"PRAGMA table_info({table})")
            if r[1] not in ("created_at", "updated_at")
        ]
        dump[table] = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid").fetchall()
    conn.close()
    return dump


def test_demo_is_deterministic_and_fills_every_table(tmp_path: Path) -> None:
    dumps = []
    for name in ("a", "b"):
        db = open_database(tmp_path / f"{name}.sqlite")
        generate_demo(db, accounts=30, seed=11, today=FIXED_DAY)
        db.close()
        dumps.append(_dump(tmp_path / f"{name}.sqlite"))
    assert dumps[0] == dumps[1]
    for table in Base.metadata.tables:
        assert dumps[0][table], f"the demo wrote no {table} rows"
    other = open_database(tmp_path / "c.sqlite")
    generate_demo(other, accounts=30, seed=12, today=FIXED_DAY)
    other.close()
    assert _dump(tmp_path / "c.sqlite")["account"] != dumps[0]["account"]


def test_demo_refuses_a_database_that_has_data(demo_db: Database) -> None:
    from kam_desktop.domain.errors import ConflictError

    with pytest.raises(ConflictError, match="empty"):
        generate_demo(demo_db, accounts=2)


def _expected_rows(db: Database) -> dict[int, tuple[object, ...]]:
    """An independent oracle: per account, (next meeting, overdue actions, role gaps) worked
    out in Python from the ORM rows, not by the portfolio's SQL."""
    from kam_desktop.services import clock
    from kam_desktop.store import models as m

    today = clock.today()
    open_states = {"planned", "in_progress", "blocked"}
    with db.session() as s:
        accounts = s.query(m.Account).filter(m.Account.deleted_at.is_(None)).all()
        meetings = s.query(m.Interaction).filter(m.Interaction.deleted_at.is_(None)).all()
        plans = {p.id: p.account_id for p in s.query(m.AccountPlan).all()}
        actions = s.query(m.Action).filter(m.Action.deleted_at.is_(None)).all()
        archived = {t.id for t in s.query(m.TeamMember).all() if t.archived_at is not None}
        roles = s.query(m.RoleAssignment).filter(m.RoleAssignment.strength == "primary").all()
        out: dict[int, tuple[object, ...]] = {}
        for a in accounts:
            upcoming = sorted(i.on_date for i in meetings if i.account_id == a.id and i.on_date >= today)
            overdue = sum(
                1
                for x in actions
                if plans[x.plan_id] == a.id
                and x.status in open_states
                and x.due_date is not None
                and x.due_date < today
            )
            covered = {r.role for r in roles if r.account_id == a.id and r.team_member_id not in archived}
            gaps = 6 - len(covered) if a.status == "key" else 0
            out[a.id] = (upcoming[0] if upcoming else None, overdue, gaps)
    return out


def test_portfolio_rows_carry_plan_meeting_overdue_and_gaps(demo_db: Database) -> None:
    portfolio = load_portfolio(demo_db)
    assert len(portfolio.rows) == 25
    key = [r for r in portfolio.rows if r.status is AccountStatus.KEY]
    assert key and all(r.plan_phase != "No plan" for r in key)
    expected = _expected_rows(demo_db)
    got = {r.id: (r.next_meeting, r.overdue_actions, r.role_gaps) for r in portfolio.rows}
    assert got == expected
    # the demo exercises each column (so the comparison above is not between empty columns)
    assert sum(1 for r in key if r.next_meeting is not None) >= 2
    assert sum(1 for r in portfolio.rows if r.overdue_actions) >= 2
    assert sum(1 for r in key if r.role_gaps) >= 1
    assert portfolio.cap.label == f"{len(key)} of 10 key accounts"


def test_portfolio_is_one_bounded_set_of_statements_on_10000_accounts(tmp_path: Path) -> None:
    db = open_database(tmp_path / "big.sqlite")
    generate_demo(db, accounts=10_000, seed=3)
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    portfolio = load_portfolio(db)
    event.remove(db.engine, "before_cursor_execute", count)
    with db.session() as s:  # thousands of plans, still no two with the same strategy
        plans, strategies = s.execute(
            select(func.count(), func.count(AccountPlan.strategy_what.distinct()))
        ).one()
    db.close()
    assert plans > 2000 and strategies == plans
    assert len(portfolio.rows) == 10_000
    assert len(statements) <= 5, statements
