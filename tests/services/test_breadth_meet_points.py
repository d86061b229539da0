"""The brief's talking points and questions, case by case (issue 12, module-wide): whitespace
cells only in the attendees' buying centres, opportunities before incumbents, two at most (a cell
of a deleted centre still takes its slot), the first value case (by its order, never a deleted
one), the first live high threat with a counter-strategy, one opponent named, and questions whose
person is gone asked without a name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from kam_desktop.services import clock, meeting
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.services.phase35_factory import TODAY, World, build

GONE = dt.datetime(2026, 11, 1, 9, 0)


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    clock.pin_today(TODAY)
    w = build(db)
    with db.session() as s:  # no objectives: the points below stand alone
        for o in s.query(m.Objective).filter_by(plan_id=w.plan_id):
            o.deleted_at = GONE
    yield w
    clock.pin_today(None)


def _cell(db: Database, w: World, centre: int, offering: int, state: str) -> None:
    with db.session() as s:
        s.add(
            m.WhitespaceCell(
                account_id=w.account_id, buying_centre_id=centre, offering_id=offering, state=state
            )
        )


def test_cells_of_the_attendees_centres_only_opportunities_first(db: Database, world: World) -> None:
    ops, it = world.centres["Operations"], world.centres["IT"]
    tele, maint = world.offerings["Telematics"], world.offerings["Maintenance"]
    _cell(db, world, it, maint, "competitor")
    _cell(db, world, ops, tele, "opportunity")
    _cell(db, world, it, tele, "opportunity")
    _cell(db, world, ops, maint, "sold")
    dirk = meeting.brief_for_stakeholder(db, world.people["Dirk"])
    assert dirk.talking_points == (
        "Explore Telematics for IT (whitespace)",
        "Ask how the incumbent's Maintenance is working for IT",
        "Hear out Dirk Vos's reservations before proposing anything",
    )
    carla = meeting.brief_for_stakeholder(db, world.people["Carla"])
    assert carla.talking_points == ("Explore Telematics for Operations (whitespace)",)
    # both: the opportunities (by id) take the two places
    both = meeting.build_brief(db, world.account_id)
    assert both.talking_points == (
        "Explore Telematics for Operations (whitespace)",
        "Explore Telematics for IT (whitespace)",
        "Hear out Dirk Vos's reservations before proposing anything",
    )


def test_a_cell_of_a_deleted_centre_still_takes_a_place(db: Database, world: World) -> None:
    with db.session() as s:
        old = m.BuyingCentre(account_id=world.account_id, name="Old", deleted_at=GONE)
        s.add(old)
        s.flush()
        old_id = old.id
    with db.session() as s:
        carla = s.get(m.Stakeholder, world.people["Carla"])
        assert carla is not None
        carla.buying_centre_id = None  # nobody's centre known: every cell counts
        dirk = s.get(m.Stakeholder, world.people["Dirk"])
        assert dirk is not None
        dirk.buying_centre_id = None
        dirk.attitude = "strong_opponent"
    _cell(db, world, old_id, world.offerings["Telematics"], "opportunity")
    _cell(db, world, world.centres["IT"], world.offerings["Telematics"], "opportunity")
    _cell(db, world, world.centres["IT"], world.offerings["Maintenance"], "opportunity")
    assert meeting.build_brief(db, world.account_id).talking_points == (
        "Explore Telematics for IT (whitespace)",
        "Hear out Dirk Vos's reservations before proposing anything",
    )


def test_the_first_value_case_and_the_first_threat(db: Database, world: World) -> None:
    with db.session() as s:
        s.add_all(
            [
                m.ValueProposition(
                    plan_id=world.plan_id, title="Binned", quantified_value="1", deleted_at=GONE
                ),
                m.ValueProposition(plan_id=world.plan_id, title="Fewer   stops", quantified_value="   "),
                m.ValueProposition(plan_id=world.plan_id, title="Second", quantified_value="2"),
                m.Competitor(
                    account_id=world.account_id,
                    name="Binned Co",
                    threat_level="high",
                    counter_strategy="x",
                    deleted_at=GONE,
                ),
                m.Competitor(
                    account_id=world.account_id, name="Blank Co", threat_level="high", counter_strategy="   "
                ),
                m.Competitor(
                    account_id=world.account_id, name="Low Co", threat_level="low", counter_strategy="Low"
                ),
                m.Competitor(
                    account_id=world.account_id, name="Next Co", threat_level="high", counter_strategy="Next"
                ),
            ]
        )
        dirk = s.get(m.Stakeholder, world.people["Dirk"])
        assert dirk is not None
        dirk.attitude = "neutral"
        other = m.Stakeholder(account_id=world.account_id, name="Olga Opp", attitude="opponent", influence=1)
        s.add(other)
    # the first high threat by id has no counter-strategy yet: no counter point at all; Olga
    # (among the four most influential) is the one opponent
    assert meeting.build_brief(db, world.account_id).talking_points == (
        "Make the case “Fewer stops”",
        "Hear out Olga Opp's reservations before proposing anything",
    )
    other_account = build(db, "Other Co")
    assert meeting.build_brief(db, other_account.account_id).talking_points == (
        "Widen the offer: Sell maintenance",
        "Open doors: Open IT",
        "Hear out Dirk Vos's reservations before proposing anything",
    )


def test_questions_of_a_person_not_at_the_meeting_or_gone(db: Database, world: World) -> None:
    with db.session() as s:
        gone = m.Stakeholder(account_id=world.account_id, name="Gone Guy", deleted_at=GONE)
        s.add(gone)
        s.flush()
        for qid, person, status, category in (
            ("Q04", gone.id, "unanswered", 1),
            ("Q06", world.people["Dirk"], "unanswered", 2),
            ("Q10", world.people["Carla"], "needs_research", 3),
        ):
            s.add(
                m.ResearchAnswer(
                    plan_id=world.plan_id,
                    question_id=qid,
                    category=category,
                    status=status,
                    stakeholder_id=person,
                )
            )
    brief = meeting.brief_for_stakeholder(db, world.people["Carla"])
    assert brief.open_questions == (
        "Ask Carla Ruiz: How is your organisation set up in the areas we work on together: which divisions, "
        "sites and teams are involved?",
        "Which of our agreements with you come up for renewal in this period, and what would you like to "
        "change in them?",
        "How satisfied are you with our work today, and what should we improve first?",
    )


def test_nobody_known_every_open_action_eight_at_most_and_six_deals(db: Database, world: World) -> None:
    with db.session() as s:
        for person in s.query(m.Stakeholder).filter_by(account_id=world.account_id):
            person.deleted_at = GONE
        for n in range(10):  # due in 9, 8, ... 0 days: the latest two fall off
            s.add(m.Action(plan_id=world.plan_id, title=f"A{n}", due_date=TODAY + dt.timedelta(days=9 - n)))
        s.add(m.Action(plan_id=world.plan_id, title="Late", due_date=TODAY - dt.timedelta(days=1)))
        for n in range(7):
            s.add(
                m.Opportunity(
                    account_id=world.account_id,
                    title=f"D{n}",
                    growth_focus="expansion",
                    value_cents=100 * (n + 1),
                    buying_centre_id=world.centres["IT"] if n % 2 else None,
                )
            )
    brief = meeting.build_brief(db, world.account_id)
    assert brief.attendees == ()
    assert [a.title for a in brief.open_actions] == ["Late", "A9", "A8", "A7", "A6", "A5", "A4", "A3"]
    assert [(a.title, a.overdue) for a in brief.open_actions][:2] == [("Late", True), ("A9", False)]
    assert [(o.title, o.buying_centre, o.offering) for o in brief.opportunities] == [
        ("D6", "", ""),
        ("D5", "IT", ""),
        ("D4", "", ""),
        ("D3", "IT", ""),
        ("D2", "", ""),
        ("D1", "IT", ""),
    ]
