"""The trash: a deleted account comes back with its whole plan; permanent delete removes it all."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.domain.errors import ConflictError, NotFoundError
from kam_desktop.services import trash
from kam_desktop.services.accounts import AccountInput, create_account, delete_account, get_account
from kam_desktop.services.plans import get_plan
from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.hostile import hostile_strings, one_line_ok

ACCOUNT_TABLES = (
    "buying_centre",
    "stakeholder",
    "trend",
    "need",
    "competitor",
    "interaction",
    "opportunity",
    "account_plan",
    "identification_assessment",
    "role_assignment",
    "whitespace_cell",
)
PLAN_TABLES = ("objective", "research_answer", "value_proposition", "action", "kpi", "review", "plan_phase")


def _footprint(path: Path, account_id: int) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        counts = {
            t: conn.execute(f"SELECT count(*) FROM {t} WHERE account_id = ?", (account_id,)).fetchone()[0]
            for t in ACCOUNT_TABLES
        }
        for t in PLAN_TABLES:
            counts[t] = conn.execute(
                f"SELECT count(*) FROM {t} WHERE plan_id IN (SELECT id FROM account_plan WHERE account_id = ?)",
                (account_id,),
            ).fetchone()[0]
        counts["kpi_measurement"] = conn.execute(
            "SELECT count(*) FROM kpi_measurement WHERE kpi_id IN (SELECT id FROM kpi WHERE plan_id IN "
            "(SELECT id FROM account_plan WHERE account_id = ?))",
            (account_id,),
        ).fetchone()[0]
        return counts
    finally:
        conn.close()


def _planned_account(db: Database) -> int:
    with db.session() as session:
        return (
            session.scalars(
                select(m.Account.id)
                .join(m.AccountPlan, m.AccountPlan.account_id == m.Account.id)
                .join(m.Action, m.Action.plan_id == m.AccountPlan.id)
                .order_by(m.Account.id)
            ).first()
            or 0
        )


def test_restoring_an_account_brings_back_its_whole_plan(demo_db: Database) -> None:
    account_id = _planned_account(demo_db)
    before = _footprint(demo_db.path, account_id)
    assert before["action"] and before["stakeholder"] and before["objective"]
    plan_before = get_plan(demo_db, account_id)

    delete_account(demo_db, account_id)
    assert account_id not in {r.id for r in load_portfolio(demo_db).rows}
    item = next(i for i in trash.list_trash(demo_db) if i.kind == "account")
    assert item.id == account_id and "actions" in item.contents
    assert not any(i.account_id == account_id and i.kind != "account" for i in trash.list_trash(demo_db))

    trash.restore(demo_db, "account", account_id)
    assert account_id in {r.id for r in load_portfolio(demo_db).rows}
    assert _footprint(demo_db.path, account_id) == before
    assert get_plan(demo_db, account_id) == plan_before
    assert trash.list_trash(demo_db) == ()


def test_permanent_delete_removes_the_account_and_everything_under_it(demo_db: Database) -> None:
    account_id = _planned_account(demo_db)
    delete_account(demo_db, account_id)
    trash.delete_permanently(demo_db, "account", account_id)
    assert all(n == 0 for n in _footprint(demo_db.path, account_id).values())
    with pytest.raises(NotFoundError):
        trash.restore(demo_db, "account", account_id)
    conn = sqlite3.connect(demo_db.path)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_single_items_go_to_the_trash_and_come_back(demo_db: Database) -> None:
    account_id = _planned_account(demo_db)
    with demo_db.session() as session:
        action_id = session.scalars(
            select(m.Action.id).join(m.AccountPlan).where(m.AccountPlan.account_id == account_id)
        ).first()
        stakeholder_id = session.scalars(
            select(m.Stakeholder.id).where(m.Stakeholder.account_id == account_id)
        ).first()
    assert action_id and stakeholder_id
    trash.move_to_trash(demo_db, "action", action_id)
    trash.move_to_trash(demo_db, "stakeholder", stakeholder_id)
    items = {(i.kind, i.id): i for i in trash.list_trash(demo_db)}
    assert set(items) == {("action", action_id), ("stakeholder", stakeholder_id)}
    assert items[("action", action_id)].account_id == account_id
    assert items[("action", action_id)].kind_label == "Action"

    with pytest.raises(ConflictError):
        trash.delete_permanently(demo_db, "objective", _any(demo_db, m.Objective))  # not in the trash

    # an item of an account that is itself in the trash waits for its account
    delete_account(demo_db, account_id)
    assert [i.kind for i in trash.list_trash(demo_db)] == ["account"]
    with pytest.raises(ConflictError, match="Restore the account"):
        trash.restore(demo_db, "action", action_id)
    trash.restore(demo_db, "account", account_id)

    trash.restore(demo_db, "action", action_id)
    trash.delete_permanently(demo_db, "stakeholder", stakeholder_id)
    assert trash.list_trash(demo_db) == ()
    with demo_db.session() as session:
        assert session.get(m.Action, action_id).deleted_at is None  # type: ignore[union-attr]
        assert session.get(m.Stakeholder, stakeholder_id) is None


def _any(db: Database, model: type[m.Base]) -> int:
    with db.session() as session:
        return int(session.scalars(select(model.id)).first())  # type: ignore[attr-defined]


def test_empty_trash_and_hostile_names(db: Database) -> None:
    names = [f"{s[:150]} {i}" for i, s in enumerate(hostile_strings()) if one_line_ok(f"{s[:150]} {i}")]
    assert len(names) > 30
    made = [create_account(db, AccountInput(name=text)) for text in names]
    for account in made:
        delete_account(db, account.id)
    listed = trash.list_trash(db)
    assert {i.id for i in listed} == {a.id for a in made}
    assert all(len(i.title) <= trash.TITLE_LIMIT for i in listed)
    assert trash.empty_trash(db) == len(made)
    assert trash.list_trash(db) == ()
    with pytest.raises(NotFoundError):
        get_account(db, made[0].id)
