"""The inverses undo needs: a record's snapshot put back exactly, and refused when the record
changed since, is in the trash, is gone, or the snapshot names fields the record lacks."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from kam_desktop.domain.enums import GrowthFocus
from kam_desktop.domain.errors import ConflictError, NotFoundError
from kam_desktop.services import accounts, plans, review, strategy, trash
from kam_desktop.services import undo as undo_service
from kam_desktop.store.database import Database


def _plan(db: Database) -> int:
    account = accounts.create_account(db, accounts.AccountInput(name="Undo Test SpA"))
    return plans.ensure_plan(db, account.id).id


def test_an_objective_edit_goes_back_and_forth(db: Database) -> None:
    plan_id = _plan(db)
    made = strategy.save_objective(
        db,
        plan_id,
        strategy.ObjectiveInput(GrowthFocus.PENETRATION, "Win logistics", "3 sites", "2027-03-31"),
    )
    before = undo_service.snapshot(db, "objective", made.id)
    strategy.save_objective(
        db, plan_id, strategy.ObjectiveInput(GrowthFocus.EXPANSION, "Sell telematics", "2 deals"), made.id
    )
    after = undo_service.snapshot(db, "objective", made.id)

    undo_service.put_back(db, before, expect=after)
    (shown,) = strategy.list_objectives(db, plan_id)
    assert (shown.growth_focus, shown.description, shown.measurable_target, shown.due_date) == (
        GrowthFocus.PENETRATION,
        "Win logistics",
        "3 sites",
        dt.date(2027, 3, 31),
    )
    undo_service.put_back(db, after, expect=before)
    (shown,) = strategy.list_objectives(db, plan_id)
    assert (shown.growth_focus, shown.description, shown.due_date) == (
        GrowthFocus.EXPANSION,
        "Sell telematics",
        None,
    )


def test_put_back_refuses_a_record_changed_since(db: Database) -> None:
    plan_id = _plan(db)
    made = strategy.save_objective(db, plan_id, strategy.ObjectiveInput(GrowthFocus.PENETRATION, "First"))
    before = undo_service.snapshot(db, "objective", made.id)
    strategy.save_objective(db, plan_id, strategy.ObjectiveInput(GrowthFocus.PENETRATION, "Second"), made.id)
    after = undo_service.snapshot(db, "objective", made.id)
    strategy.save_objective(db, plan_id, strategy.ObjectiveInput(GrowthFocus.PENETRATION, "Third"), made.id)
    with pytest.raises(ConflictError, match="changed since"):
        undo_service.put_back(db, before, expect=after)
    assert strategy.list_objectives(db, plan_id)[0].description == "Third"


def test_put_back_refuses_a_record_in_the_trash_or_gone(db: Database) -> None:
    plan_id = _plan(db)
    made = strategy.save_objective(db, plan_id, strategy.ObjectiveInput(GrowthFocus.PENETRATION, "Binned"))
    before = undo_service.snapshot(db, "objective", made.id)
    trash.move_to_trash(db, "objective", made.id)
    with pytest.raises(ConflictError, match="in the trash"):
        undo_service.put_back(db, before)
    trash.delete_permanently(db, "objective", made.id)
    with pytest.raises(NotFoundError, match="deleted permanently"):
        undo_service.put_back(db, before)


def test_put_back_refuses_unknown_kinds_and_fields(db: Database) -> None:
    plan_id = _plan(db)
    made = strategy.save_objective(db, plan_id, strategy.ObjectiveInput(GrowthFocus.PENETRATION, "Kept"))
    before = undo_service.snapshot(db, "objective", made.id)
    with pytest.raises(NotFoundError):
        undo_service.snapshot(db, "team_member", 1)
    with pytest.raises(ConflictError):  # a parent link is never put back: no moving records
        undo_service.put_back(db, replace(before, values=(*before.values, ("plan_id", 999))))
    assert strategy.list_objectives(db, plan_id)[0].description == "Kept"


def test_a_kpi_snapshot_carries_its_measurements(db: Database) -> None:
    plan_id = _plan(db)
    kpi = review.save_kpi(
        db, plan_id, review.KpiInput(name="On-time delivery", unit="%", baseline=80, target=95)
    )
    review.add_measurement(db, kpi.id, "2026-01-31", 82)
    before = undo_service.snapshot(db, "kpi", kpi.id)
    review.add_measurement(db, kpi.id, "2026-02-28", 85)
    after = undo_service.snapshot(db, "kpi", kpi.id)
    undo_service.put_back(db, before, expect=after)
    assert [(m.measured_on, m.value) for m in review.get_kpi(db, kpi.id).measurements] == [
        (dt.date(2026, 1, 31), 82.0)
    ]
    undo_service.put_back(db, after, expect=before)
    assert sorted((m.measured_on, m.value) for m in review.get_kpi(db, kpi.id).measurements) == [
        (dt.date(2026, 1, 31), 82.0),
        (dt.date(2026, 2, 28), 85.0),
    ]


def test_the_strategy_statement_and_its_targets_go_back(db: Database) -> None:
    plan_id = _plan(db)
    strategy.set_statement(db, plan_id, "Grow logistics", "Operations", "They consolidate suppliers")
    before = undo_service.snapshot(db, "plan", plan_id)
    strategy.set_statement(db, plan_id, "Grow telematics", "IT", "Fleet renewal")
    after = undo_service.snapshot(db, "plan", plan_id)
    undo_service.put_back(db, before, expect=after)
    values = dict(undo_service.snapshot(db, "plan", plan_id).values)
    assert (values["strategy_what"], values["strategy_with_whom"], values["strategy_why"]) == (
        "Grow logistics",
        "Operations",
        "They consolidate suppliers",
    )
