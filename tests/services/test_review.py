"""Review service: KPIs, measurements, starting KPIs, health, reviews with adjustments, history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from kam_desktop.domain.enums import Health, Phase
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.kpi import KpiStatus
from kam_desktop.services import action_plan as ap
from kam_desktop.services import clock
from kam_desktop.services import review as rv
from kam_desktop.services.plans import get_plan
from kam_desktop.store.database import Database
from kam_desktop.store.models import Action, Review
from tests.services.phase35_factory import TODAY, World, build


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    clock.pin_today(TODAY)
    yield build(db)
    clock.pin_today(None)


def test_kpi_validation(db: Database, world: World) -> None:
    for cmd, field in (
        (rv.KpiInput(name=""), "name"),
        (rv.KpiInput(name="Churn", direction="up"), "direction"),
        (rv.KpiInput(name="Churn", baseline="abc"), "baseline"),
        (rv.KpiInput(name="Churn", target="inf"), "target"),
        (rv.KpiInput(name="Churn", direction="lower_is_better", baseline=5, target=8), "target"),
    ):
        with pytest.raises(ValidationError) as err:
            rv.save_kpi(db, world.plan_id, cmd)
        assert err.value.field == field
    assert rv.list_kpis(db, world.plan_id) == ()


def test_kpi_with_measurements_has_a_status(db: Database, world: World, italian: None) -> None:
    k = rv.save_kpi(db, world.plan_id, rv.KpiInput("Downtime", "h/month", "lower_is_better", "40", "20,5"))
    assert k.target == 20.5 and k.status is KpiStatus.NO_DATA
    rv.add_measurement(db, k.id, "2026-06-30", 35)
    m = rv.add_measurement(db, k.id, "31/10/2026", "19,0", "after the pilot")
    with pytest.raises(ValidationError) as err:
        rv.add_measurement(db, k.id, "2026-10-31", "")
    assert err.value.field == "value"
    (stored,) = rv.list_kpis(db, world.plan_id)
    assert [x.value for x in stored.measurements] == [35, 19]
    assert stored.measurements[-1].measured_on == dt.date(2026, 10, 31)
    assert stored.latest == 19 and stored.status is KpiStatus.ON_TARGET
    removed = rv.delete_measurement(db, m.id)
    assert rv.get_kpi(db, k.id).latest == 35
    rv.add_measurement(db, removed.kpi_id, removed.measured_on, removed.value, removed.note)  # undo
    assert rv.get_kpi(db, k.id).latest == 19
    rv.delete_kpi(db, k.id)
    assert rv.list_kpis(db, world.plan_id) == ()
    rv.restore_kpi(db, k.id)
    assert len(rv.list_kpis(db, world.plan_id)) == 1


def test_starting_kpis_are_added_once(db: Database, world: World) -> None:
    added = rv.add_starting_kpis(db, world.plan_id)
    assert [k.name for k in added] == ["Revenue growth", "Profit growth", "Customer satisfaction"]
    assert rv.add_starting_kpis(db, world.plan_id) == ()
    rv.delete_kpi(db, added[1].id)
    assert [k.name for k in rv.add_starting_kpis(db, world.plan_id, ["profit growth"])] == ["Profit growth"]


def test_health_suggestion_uses_kpis_and_overdue_actions(db: Database, world: World) -> None:
    k = rv.save_kpi(db, world.plan_id, rv.KpiInput("Revenue growth", "%", baseline=0, target=20))
    rv.add_measurement(db, k.id, TODAY, 25)
    assert rv.suggest_health(db, world.plan_id).health is Health.ON_TRACK
    ap.save_action(db, world.plan_id, ap.ActionInput("Late", due_date=TODAY - dt.timedelta(days=1)))
    ap.save_action(db, world.plan_id, ap.ActionInput("Fine", due_date=TODAY + dt.timedelta(days=9)))
    ap.save_action(db, world.plan_id, ap.ActionInput("Fine too", due_date=TODAY + dt.timedelta(days=9)))
    suggestion = rv.suggest_health(db, world.plan_id)
    assert suggestion.health is Health.AT_RISK and "1 of 3 open actions overdue." in suggestion.reasons


def test_review_adjustments_become_actions_and_objective_changes(db: Database, world: World) -> None:
    k = rv.save_kpi(db, world.plan_id, rv.KpiInput("Revenue growth", "%", baseline=0, target=20))
    rv.add_measurement(db, k.id, "2026-09-30", 8)
    first = rv.record_review(
        db,
        world.plan_id,
        rv.ReviewInput(
            held_on="2026-10-01",
            health=Health.AT_RISK,
            findings="Procurement is slow.",
            adjustments=(
                rv.AdjustmentInput(
                    "action", "Procurement workshop", owner_id=world.ann, due_date="2026-10-20"
                ),
                rv.AdjustmentInput(
                    "objective",
                    "pilot slipped",
                    objective_id=world.objectives["Open IT"],
                    new_target="First order by Q2",
                    new_due_date="2027-06-30",
                ),
            ),
        ),
    )
    assert first.comparable and first.changes == () and first.previous_on is None
    (action,) = first.actions
    assert (
        action.title == "Procurement workshop" and action.review_id == first.id and action.source == "Review"
    )
    assert "New action: Procurement workshop (Ann Kay, due Oct 20, 2026)" in first.adjustments
    assert (
        "Objective “Open IT”: target “First order” → “First order by Q2”; due Feb 24, 2027 → Jun 30, 2027 (pilot slipped)"
        in first.adjustments
    )
    assert first.snapshot is not None and {a.title for a in first.snapshot.actions} == {
        "Procurement workshop"
    }
    # the action is on the board
    board = ap.action_board(db, world.plan_id)
    assert [a.title for a in board.overdue] == ["Procurement workshop"]

    # between the reviews: the action is done, a KPI moves, an objective is added
    ap.set_action_status(db, action.id, "done")
    rv.add_measurement(db, k.id, "2026-11-20", 15)
    since = rv.changes_since_last_review(db, world.plan_id)
    assert since.last_review_on == dt.date(2026, 10, 1) and since.comparable
    assert "Action “Procurement workshop”: status planned → done" in [c.text for c in since.changes]

    second = rv.record_review(db, world.plan_id, rv.ReviewInput(held_on=TODAY, health="on_track"))
    assert second.previous_on == dt.date(2026, 10, 1)
    texts = [c.text for c in second.changes]
    assert "Health: at risk → on track" in texts
    assert "Action “Procurement workshop”: status planned → done" in texts
    assert any(t.startswith("KPI “Revenue growth”: latest 8 % → 15 %") for t in texts)
    history = rv.list_reviews(db, world.plan_id)
    assert [r.held_on for r in history] == [TODAY, dt.date(2026, 10, 1)]
    plan = get_plan(db, world.account_id)
    assert (
        plan is not None
        and "Record a review (health, findings, adjustments)." not in plan.phase(Phase.REVIEW).missing
    )


def test_invalid_adjustment_writes_nothing(db: Database, world: World) -> None:
    bad = rv.ReviewInput(
        held_on=TODAY,
        health="at_risk",
        adjustments=(
            rv.AdjustmentInput("action", "Good action", owner_id=world.ann, due_date=TODAY),
            rv.AdjustmentInput("action", "", owner_id=world.ann),
        ),
    )
    with pytest.raises(ValidationError):
        rv.record_review(db, world.plan_id, bad)
    with pytest.raises(ValidationError) as err:
        rv.record_review(db, world.plan_id, rv.ReviewInput(held_on=TODAY, health="fine"))
    assert err.value.field == "health"
    with pytest.raises(ValidationError):
        rv.record_review(
            db,
            world.plan_id,
            rv.ReviewInput(
                held_on=TODAY,
                health="on_track",
                adjustments=(rv.AdjustmentInput("objective", "x", objective_id=None),),
            ),
        )
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Review)) == 0
        assert s.scalar(select(func.count()).select_from(Action)) == 0


def test_old_reviews_without_snapshot_are_not_compared(db: Database, world: World) -> None:
    with db.session() as s:
        s.add(
            Review(plan_id=world.plan_id, held_on=dt.date(2026, 6, 1), health="at_risk", snapshot_json="{}")
        )
    since = rv.changes_since_last_review(db, world.plan_id)
    assert since.last_review_on == dt.date(2026, 6, 1) and not since.comparable
    new = rv.record_review(db, world.plan_id, rv.ReviewInput(held_on=TODAY, health="at_risk"))
    assert not new.comparable and new.changes == ()


def test_adjustments_are_written_in_the_plans_language(db: Database, world: World) -> None:
    from kam_desktop.services.plans import set_plan_language

    set_plan_language(db, world.plan_id, "it")
    review = rv.record_review(
        db,
        world.plan_id,
        rv.ReviewInput(
            held_on="2026-10-01",
            health=Health.AT_RISK,
            adjustments=(
                rv.AdjustmentInput("action", "Workshop acquisti", owner_id=world.ann, due_date="2026-10-20"),
                rv.AdjustmentInput(
                    "objective", "", objective_id=world.objectives["Open IT"], new_due_date="2027-06-30"
                ),
                rv.AdjustmentInput("objective", "", objective_id=world.objectives["Open IT"]),
            ),
        ),
    )
    assert review.adjustments.splitlines() == [
        "Nuova azione: Workshop acquisti (Ann Kay, scadenza 20 ott 2026)",
        "Obiettivo “Open IT”: scadenza 24 feb 2027 → 30 giu 2027",
        "Obiettivo “Open IT”: rivisto, invariato",
    ]
