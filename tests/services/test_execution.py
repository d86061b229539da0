"""Execution service: opportunities and pipeline, interactions and last contact, next steps,
competitor neutralisation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest

from kam_desktop.domain.enums import (
    CounterStatus,
    GrowthFocus,
    InteractionKind,
    OpportunityStage,
    WhitespaceState,
)
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.services import action_plan as ap
from kam_desktop.services import clock
from kam_desktop.services import execution as ex
from kam_desktop.store.database import Database
from kam_desktop.store.models import Competitor, Stakeholder
from tests.services.phase35_factory import TODAY, World, build


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    clock.pin_today(TODAY)
    yield build(db)
    clock.pin_today(None)


def _last_contact(db: Database, stakeholder_id: int) -> dt.date | None:
    with db.session() as s:
        person = s.get(Stakeholder, stakeholder_id)
        assert person is not None
        return person.last_contact


def _opp(world: World, **kw: object) -> ex.OpportunityInput:
    base: dict[str, object] = {
        "title": "Telematics for IT",
        "growth_focus": GrowthFocus.PENETRATION,
        "buying_centre_id": world.centres["IT"],
        "offering_id": world.offerings["Telematics"],
        "value": "100000",
        "probability": 40,
        "expected_close": "2027-01-31",
    }
    base.update(kw)
    return ex.OpportunityInput(**base)  # type: ignore[arg-type]


def test_opportunity_validation_writes_nothing(db: Database, world: World) -> None:
    for kw, field in (
        ({"title": ""}, "title"),
        ({"probability": 101}, "probability"),
        ({"value": "-1"}, "value"),
        ({"growth_focus": "growth"}, "growth_focus"),
        ({"stage": "maybe"}, "stage"),
        ({"expected_close": "31/01/2027"}, "expected_close"),
        ({"buying_centre_id": 999}, "buying_centre"),
    ):
        with pytest.raises(ValidationError) as err:
            ex.save_opportunity(db, world.account_id, _opp(world, **kw))
        assert err.value.field == field
    assert ex.list_opportunities(db, world.account_id) == ()


def test_opportunity_round_trip_stage_and_trash(db: Database, world: World) -> None:
    opp = ex.save_opportunity(db, world.account_id, _opp(world))
    assert (opp.buying_centre, opp.offering, opp.value, opp.weighted) == (
        "IT",
        "Telematics",
        Decimal("100000.00"),
        Decimal("40000.00"),
    )
    edited = ex.save_opportunity(db, world.account_id, _opp(world, stage="proposed", probability=60), opp.id)
    assert edited.stage is OpportunityStage.PROPOSED and edited.probability == 60
    won = ex.set_stage(db, opp.id, OpportunityStage.WON)
    assert won.probability == 100
    grid = ap.whitespace_grid(db, world.account_id)
    assert grid.cell(world.centres["IT"], world.offerings["Telematics"]).state is WhitespaceState.SOLD
    ex.delete_opportunity(db, opp.id)
    assert ex.list_opportunities(db, world.account_id) == ()
    ex.restore_opportunity(db, opp.id)
    assert len(ex.list_opportunities(db, world.account_id)) == 1


def test_pipeline_by_stage_and_topic(db: Database, world: World) -> None:
    ex.save_opportunity(db, world.account_id, _opp(world, value="100000", probability=50))
    ex.save_opportunity(
        db,
        world.account_id,
        _opp(world, title="B", growth_focus="expansion", value="40000", probability=25, stage="qualified"),
    )
    ex.save_opportunity(
        db,
        world.account_id,
        _opp(world, title="C", growth_focus="protection", value="70000", stage="won", probability=100),
    )
    ex.save_opportunity(
        db, world.account_id, _opp(world, title="D", value="5000", stage="lost", probability=0)
    )
    p = ex.pipeline(db, world.account_id)
    stage = {r.key: r for r in p.by_stage}
    assert (stage["identified"].count, stage["qualified"].count, stage["won"].count, stage["lost"].count) == (
        1,
        1,
        1,
        1,
    )
    topic = {r.key: r for r in p.by_topic}
    assert topic["penetration"].value == Decimal("100000.00")
    assert topic["expansion"].weighted == Decimal("10000.00")
    assert topic["protection"].count == 0  # won is not live
    assert p.live_value == Decimal("140000.00") and p.weighted_value == Decimal("60000.00")
    assert p.won_value == Decimal("70000.00")


def test_interactions_move_last_contact(db: Database, world: World) -> None:
    carla, dirk = world.people["Carla"], world.people["Dirk"]
    first = ex.save_interaction(
        db,
        world.account_id,
        ex.InteractionInput(
            kind=InteractionKind.MEETING,
            on_date="2026-11-20",
            start_time="09:30",
            subject="Pilot review",
            stakeholder_ids=(carla, dirk),
            team_member_ids=(world.ann,),
        ),
    )
    assert {a.name for a in first.attendees} == {"Carla Ruiz", "Dirk Vos", "Ann Kay"}
    assert first.start_time == dt.time(9, 30) and not first.upcoming
    assert _last_contact(db, carla) == dt.date(2026, 11, 20)
    # an upcoming meeting does not count as contact yet
    future = ex.save_interaction(
        db, world.account_id, ex.InteractionInput(kind="call", on_date="2026-12-02", stakeholder_ids=(carla,))
    )
    assert future.upcoming and _last_contact(db, carla) == dt.date(2026, 11, 20)
    # ... until its day comes
    clock.pin_today(dt.date(2026, 12, 2))
    assert ex.sync_last_contacts(db, world.account_id) == 1
    assert _last_contact(db, carla) == dt.date(2026, 12, 2)
    clock.pin_today(TODAY)
    # removing Dirk from the meeting takes back his last contact
    ex.save_interaction(
        db,
        world.account_id,
        ex.InteractionInput(
            kind="meeting", on_date="2026-11-20", subject="Pilot review", stakeholder_ids=(carla,)
        ),
        first.id,
    )
    assert _last_contact(db, dirk) is None
    # deleting the meeting falls back; restoring brings it back
    ex.delete_interaction(db, future.id)
    assert _last_contact(db, carla) == dt.date(2026, 11, 20)
    ex.delete_interaction(db, first.id)
    assert _last_contact(db, carla) is None
    ex.restore_interaction(db, first.id)
    assert _last_contact(db, carla) == dt.date(2026, 11, 20)


def test_manual_last_contact_is_not_pushed_back(db: Database, world: World) -> None:
    carla = world.people["Carla"]
    with db.session() as s:
        person = s.get(Stakeholder, carla)
        assert person is not None
        person.last_contact = dt.date(2026, 11, 25)
    ex.save_interaction(
        db,
        world.account_id,
        ex.InteractionInput(kind="email", on_date="2026-11-01", stakeholder_ids=(carla,)),
    )
    assert _last_contact(db, carla) == dt.date(2026, 11, 25)


def test_interaction_validation(db: Database, world: World) -> None:
    for cmd, field in (
        (ex.InteractionInput(kind="fax", on_date="2026-11-01"), "kind"),
        (ex.InteractionInput(kind="call", on_date="2026-13-01"), "on_date"),
        (ex.InteractionInput(kind="call", on_date="2026-11-01", start_time="25:00"), "start_time"),
        (ex.InteractionInput(kind="call", on_date="2026-11-01", subject="a\nb"), "subject"),
        (ex.InteractionInput(kind="call", on_date="2026-11-01", stakeholder_ids=(999,)), "attendees"),
    ):
        with pytest.raises(ValidationError) as err:
            ex.save_interaction(db, world.account_id, cmd)
        assert err.value.field == field
    assert ex.list_interactions(db, world.account_id) == ()


def test_next_steps_become_actions(db: Database, world: World) -> None:
    meeting = ex.save_interaction(
        db,
        world.account_id,
        ex.InteractionInput(
            kind="meeting",
            on_date="2026-11-20",
            next_steps="- Send the ROI model\n\n2. Book the plant visit\n[ ] Call Dirk",
        ),
    )
    lines = ex.next_step_lines(meeting.next_steps)
    assert lines == ("Send the ROI model", "Book the plant visit", "Call Dirk")
    action = ex.next_step_to_action(
        db,
        meeting.id,
        lines[0],
        owner_id=world.ann,
        due_date="2026-11-30",
        stakeholder_id=world.people["Carla"],
    )
    assert action.interaction_id == meeting.id and action.source == "Meeting next step"
    assert action.plan_id == world.plan_id
    assert ex.get_interaction(db, meeting.id).actions == 1
    with pytest.raises(ValidationError):
        ex.next_step_to_action(db, meeting.id, "")
    assert len(ap.list_actions(db, world.plan_id)) == 1


def test_counter_strategy_status(db: Database, world: World) -> None:
    with db.session() as s:
        low = Competitor(account_id=world.account_id, name="Zeta", threat_level="low")
        high = Competitor(
            account_id=world.account_id, name="Alpha", threat_level="high", counter_strategy="Show TCO"
        )
        s.add_all([low, high])
        s.flush()
        high_id = high.id
    rows = ex.list_counter_strategies(db, world.account_id)
    assert [r.name for r in rows] == ["Alpha", "Zeta"]
    updated = ex.set_counter_status(db, high_id, CounterStatus.IN_PROGRESS, "Pilot with TCO model")
    assert (
        updated.counter_status is CounterStatus.IN_PROGRESS
        and updated.counter_strategy == "Pilot with TCO model"
    )
    with pytest.raises(ValidationError):
        ex.set_counter_status(db, high_id, "won")
    with pytest.raises(NotFoundError):
        ex.set_counter_status(db, 999, "neutralised")
