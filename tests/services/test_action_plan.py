"""Action plan service: the compelling case, actions, spawning, the check, the board, whitespace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from kam_desktop.domain.dates import Bucket
from kam_desktop.domain.enums import ActionStatus, GrowthFocus, Phase, WhitespaceState
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.services import action_plan as ap
from kam_desktop.services import clock, execution
from kam_desktop.services.plans import get_plan
from kam_desktop.store.database import Database
from kam_desktop.store.models import Action
from tests.hostile import hostile_strings, one_line_ok
from tests.services.phase35_factory import TODAY, World, build


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    clock.pin_today(TODAY)
    yield build(db)
    clock.pin_today(None)


def _count_actions(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Action)) or 0)


def test_value_proposition_round_trip_and_validation(db: Database, world: World) -> None:
    with pytest.raises(ValidationError) as err:
        ap.save_value_proposition(db, world.plan_id, ap.ValuePropositionInput("Uptime", "", "Predictive"))
    assert err.value.field == "problem"
    with pytest.raises(ValidationError) as err:
        ap.save_value_proposition(
            db, world.plan_id, ap.ValuePropositionInput("Uptime", "Downtime", "x", value="-5")
        )
    assert err.value.field == "value"
    assert ap.list_value_propositions(db, world.plan_id) == ()
    vp = ap.save_value_proposition(
        db,
        world.plan_id,
        ap.ValuePropositionInput(
            "Uptime as a service",
            "Downtime costs 2%",
            "Predictive maintenance",
            "€1.2m a year",
            "1200000",
            "Plant B",
        ),
    )
    (stored,) = ap.list_value_propositions(db, world.plan_id)
    assert stored == vp and str(stored.value) == "1200000.00"
    ap.delete_value_proposition(db, vp.id)
    assert ap.list_value_propositions(db, world.plan_id) == ()
    ap.restore_value_proposition(db, vp.id)
    assert len(ap.list_value_propositions(db, world.plan_id)) == 1


def test_bad_action_input_writes_nothing(db: Database, world: World) -> None:
    cases = [
        (ap.ActionInput(title="   "), "title"),
        (ap.ActionInput(title="Call", due_date="2026-02-30"), "due_date"),
        (ap.ActionInput(title="Call", status="someday"), "status"),
        (ap.ActionInput(title="Call", owner_id=999), "owner"),
        (ap.ActionInput(title="Call", objective_id=999), "objective"),
    ]
    for cmd, field in cases:
        with pytest.raises(ValidationError) as err:
            ap.save_action(db, world.plan_id, cmd)
        assert err.value.field == field
    assert _count_actions(db) == 0


def test_hostile_titles_are_refused_or_stored_exactly(db: Database, world: World) -> None:
    for text in hostile_strings():
        if not one_line_ok(text, 500):
            with pytest.raises(ValidationError) as err:
                ap.save_action(db, world.plan_id, ap.ActionInput(title=text))
            assert err.value.field == "title"
            continue
        saved = ap.save_action(db, world.plan_id, ap.ActionInput(title=text))
        assert ap.get_action(db, saved.id).title == text.strip()
    assert _count_actions(db) == sum(1 for t in hostile_strings() if one_line_ok(t, 500))


def test_action_round_trip_and_quick_status(db: Database, world: World) -> None:
    action = ap.save_action(
        db,
        world.plan_id,
        ap.ActionInput(
            title="Run discovery workshop",
            objective_id=world.objectives["Open IT"],
            owner_id=world.ann,
            due_date="2026-11-27",
            resources_needed="Half a day",
            stakeholder_id=world.people["Dirk"],
        ),
    )
    assert (action.owner, action.objective, action.stakeholder) == ("Ann Kay", "Open IT", "Dirk Vos")
    assert action.bucket is Bucket.THIS_WEEK
    done = ap.set_action_status(db, action.id, ActionStatus.DONE)
    assert done.completed_on == TODAY and done.bucket is Bucket.DONE
    reopened = ap.set_action_status(db, action.id, "in_progress")
    assert reopened.completed_on is None
    ap.delete_action(db, action.id)
    assert ap.list_actions(db, world.plan_id) == ()
    with pytest.raises(NotFoundError):
        ap.set_action_status(db, action.id, "done")
    assert ap.restore_action(db, action.id).title == "Run discovery workshop"


def test_spawn_from_research_copies_owner_and_date_once(db: Database, world: World) -> None:
    sources = ap.action_sources(db, world.plan_id)
    research = [s for s in sources if s.kind == "research"]
    assert {s.id for s in research} == {world.research["Q01"], world.research["custom"]}
    created = ap.spawn_from_research(db, world.plan_id, [world.research["Q01"], world.research["custom"]])
    assert len(created) == 2
    q01 = next(a for a in created if a.research_answer_id == world.research["Q01"])
    assert q01.title.startswith("Find out: ") and q01.owner_id == world.bo
    assert q01.due_date == TODAY + dt.timedelta(days=5) and q01.source == "Research"
    custom = next(a for a in created if a.research_answer_id == world.research["custom"])
    assert custom.title == "Find out: Who signs above 1m?"
    assert ap.spawn_from_research(db, world.plan_id, [world.research["Q01"]]) == ()  # no duplicates
    assert all(s.actions == 1 for s in ap.action_sources(db, world.plan_id) if s.kind == "research")


def test_check_and_phase_rule_follow_the_actions(db: Database, world: World) -> None:
    check = ap.action_plan_check(db, world.plan_id)
    assert not check.ok and not check.has_case
    assert set(check.objectives_without_action) == {"Open IT", "Sell maintenance"}
    ap.save_value_proposition(db, world.plan_id, ap.ValuePropositionInput("Case", "Problem", "Solution"))
    a1 = ap.spawn_from_objective(db, world.plan_id, world.objectives["Open IT"])
    assert a1.title == "Work towards: Open IT" and a1.due_date == TODAY + dt.timedelta(days=90)
    ap.spawn_from_objective(
        db,
        world.plan_id,
        world.objectives["Sell maintenance"],
        "Pilot offer",
        owner_id=world.ann,
        due_date="2026-12-15",
    )
    check = ap.action_plan_check(db, world.plan_id)
    assert check.objectives_without_action == ()
    assert check.actions_without_owner == ("Work towards: Open IT",)
    plan = get_plan(db, world.account_id)
    assert plan is not None
    assert plan.phase(Phase.ACTION_PLAN).missing == ("Give 1 open action an owner and a due date.",)
    ap.save_action(
        db,
        world.plan_id,
        ap.ActionInput(title=a1.title, objective_id=a1.objective_id, owner_id=world.bo, due_date=a1.due_date),
        a1.id,
    )
    assert ap.action_plan_check(db, world.plan_id).ok
    plan = get_plan(db, world.account_id)
    assert plan is not None and plan.phase(Phase.ACTION_PLAN).rule_holds


def test_board_buckets_follow_the_pinned_day(db: Database, world: World) -> None:
    def add(title: str, due: dt.date | None, status: str = "planned") -> None:
        ap.save_action(db, world.plan_id, ap.ActionInput(title=title, due_date=due, status=status))

    add("late", TODAY - dt.timedelta(days=1))
    add("today", TODAY)
    add("sunday", dt.date(2026, 11, 29))
    add("next week", dt.date(2026, 11, 30))
    add("undated", None)
    add("finished", TODAY - dt.timedelta(days=3), "done")
    add("dropped", TODAY - dt.timedelta(days=3), "cancelled")
    board = ap.action_board(db, world.plan_id)
    assert [a.title for a in board.overdue] == ["late"]
    assert [a.title for a in board.this_week] == ["today", "sunday"]
    assert [a.title for a in board.later] == ["next week"]
    assert [a.title for a in board.no_date] == ["undated"]
    assert [a.title for a in board.done] == ["finished"]
    # just after midnight, "today" has become overdue
    clock.pin_today(TODAY + dt.timedelta(days=1))
    board = ap.action_board(db, world.plan_id)
    assert [a.title for a in board.overdue] == ["late", "today"]


def test_whitespace_grid_and_opportunity_from_a_cell(db: Database, world: World) -> None:
    grid = ap.whitespace_grid(db, world.account_id)
    assert [c.name for c in grid.centres] == ["IT", "Operations"]
    ops, it = world.centres["Operations"], world.centres["IT"]
    tel, mnt = world.offerings["Telematics"], world.offerings["Maintenance"]
    assert grid.cell(ops, tel).state is WhitespaceState.UNKNOWN
    ap.set_cell_state(db, world.account_id, ops, tel, WhitespaceState.SOLD, "Since 2021")
    ap.set_cell_state(db, world.account_id, it, tel, "competitor")
    with pytest.raises(ValidationError):
        ap.set_cell_state(db, world.account_id, it, tel, "maybe")
    grid = ap.whitespace_grid(db, world.account_id)
    assert grid.cell(ops, tel).notes == "Since 2021"
    assert grid.counts()[WhitespaceState.SOLD] == 1
    assert ap.suggested_focus(grid, ops) is GrowthFocus.EXPANSION
    assert ap.suggested_focus(grid, it) is GrowthFocus.PENETRATION
    opp_id = ap.create_opportunity_from_cell(
        db, world.account_id, ops, mnt, value="50000", probability=25, expected_close="2027-03-31"
    )
    (opp,) = execution.list_opportunities(db, world.account_id)
    assert opp.id == opp_id and opp.title == "Maintenance for Operations"
    assert opp.growth_focus is GrowthFocus.EXPANSION and opp.whitespace_cell_id is not None
    grid = ap.whitespace_grid(db, world.account_id)
    assert grid.cell(ops, mnt).state is WhitespaceState.OPPORTUNITY and grid.cell(ops, mnt).opportunities == 1
    with pytest.raises(ValidationError):
        ap.create_opportunity_from_cell(db, world.account_id, it, mnt, probability=101)
    assert len(execution.list_opportunities(db, world.account_id)) == 1


def test_offerings_catalogue(db: Database, world: World) -> None:
    added = ap.add_offering(db, "Energy monitoring")
    assert added in ap.list_offerings(db)
    with pytest.raises(Exception) as err:
        ap.add_offering(db, "energy MONITORING")
    assert "already" in str(err.value)


def test_people_options_put_the_core_team_first(db: Database, world: World) -> None:
    team = ap.team_options(db, world.account_id)
    assert [p.name for p in team] == ["Ann Kay", "Bo Lind"] and team[0].preferred
    assert [p.name for p in ap.stakeholder_options(db, world.account_id)] == ["Carla Ruiz", "Dirk Vos"]
