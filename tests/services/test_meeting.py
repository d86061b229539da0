"""Meeting brief: the next meeting's attendees, what they care about, their open actions, live
opportunities in their buying centres, the last interactions, questions and talking points."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from kam_desktop.domain.enums import Attitude, OpportunityStage, ResearchStatus, WhitespaceState
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.services import action_plan as ap
from kam_desktop.services import clock, meeting
from kam_desktop.services import execution as ex
from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.store.database import Database
from kam_desktop.store.models import Need, ResearchAnswer
from tests.services.phase35_factory import TODAY, World, build


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    clock.pin_today(TODAY)
    w = build(db)
    carla, dirk = w.people["Carla"], w.people["Dirk"]
    for day, subject in ((-60, "Kick-off"), (-30, "Site visit"), (-10, "Pilot check"), (-5, "Call with IT")):
        ex.save_interaction(
            db,
            w.account_id,
            ex.InteractionInput(
                kind="meeting",
                on_date=TODAY + dt.timedelta(days=day),
                subject=subject,
                summary=f"{subject} notes",
                stakeholder_ids=(carla,) if subject != "Call with IT" else (dirk,),
            ),
        )
    ex.save_interaction(
        db,
        w.account_id,
        ex.InteractionInput(
            kind="business_review",
            on_date=TODAY + dt.timedelta(days=20),
            subject="Later review",
            stakeholder_ids=(dirk,),
        ),
    )
    ex.save_interaction(
        db,
        w.account_id,
        ex.InteractionInput(
            kind="meeting",
            on_date=TODAY + dt.timedelta(days=6),
            start_time="10:00",
            subject="Budget talk",
            location="Their HQ",
            stakeholder_ids=(carla,),
            team_member_ids=(w.ann,),
        ),
    )
    ap.save_action(
        db,
        w.plan_id,
        ap.ActionInput(
            "Send ROI model", owner_id=w.bo, due_date=TODAY - dt.timedelta(days=2), stakeholder_id=carla
        ),
    )
    ap.save_action(
        db,
        w.plan_id,
        ap.ActionInput("Prepare pilot offer", owner_id=w.ann, due_date=TODAY + dt.timedelta(days=3)),
    )
    ap.save_action(
        db, w.plan_id, ap.ActionInput("Call Dirk", owner_id=w.bo, stakeholder_id=dirk, due_date=TODAY)
    )
    ap.save_action(
        db, w.plan_id, ap.ActionInput("Old thing", owner_id=w.ann, stakeholder_id=carla, status="done")
    )
    ex.save_opportunity(
        db,
        w.account_id,
        ex.OpportunityInput(
            "Maintenance for Operations",
            "expansion",
            w.centres["Operations"],
            w.offerings["Maintenance"],
            value="80000",
            probability=40,
        ),
    )
    ex.save_opportunity(
        db,
        w.account_id,
        ex.OpportunityInput(
            "Telematics for IT", "penetration", w.centres["IT"], w.offerings["Telematics"], value="50000"
        ),
    )
    ex.save_opportunity(
        db,
        w.account_id,
        ex.OpportunityInput(
            "Won deal", "expansion", w.centres["Operations"], stage=OpportunityStage.WON, value="1000"
        ),
    )
    ap.set_cell_state(
        db, w.account_id, w.centres["Operations"], w.offerings["Telematics"], WhitespaceState.OPPORTUNITY
    )
    ap.save_value_proposition(
        db, w.plan_id, ap.ValuePropositionInput("Uptime", "Downtime", "Predictive", "€1m a year")
    )
    with db.session() as s:
        s.add(
            Need(
                account_id=w.account_id,
                description="Predictable maintenance budget",
                priority=5,
                stakeholder_id=carla,
            )
        )
    yield w
    clock.pin_today(None)


def test_next_meeting_brief(db: Database, world: World) -> None:
    with db.session() as s:
        s.add_all(
            [
                ResearchAnswer(
                    plan_id=world.plan_id,
                    question_id="Q22",
                    category=4,
                    status=ResearchStatus.UNANSWERED.value,
                    stakeholder_id=world.people["Carla"],
                ),
                ResearchAnswer(
                    plan_id=world.plan_id,
                    question_id="Q23",
                    category=4,
                    status=ResearchStatus.NEEDS_RESEARCH.value,
                ),
                ResearchAnswer(
                    plan_id=world.plan_id,
                    question_id="Q11",
                    category=2,
                    status=ResearchStatus.NEEDS_RESEARCH.value,
                ),
            ]
        )
    brief = meeting.build_brief(db, world.account_id)
    assert (brief.subject, brief.meeting_date, brief.meeting_time, brief.location) == (
        "Budget talk",
        TODAY + dt.timedelta(days=6),
        dt.time(10, 0),
        "Their HQ",
    )
    carla, ann = brief.attendees
    assert (carla.name, carla.title, carla.buying_centre, carla.owner) == (
        "Carla Ruiz",
        "CFO",
        "Operations",
        "Ann Kay",
    )
    assert carla.influence == 5 and carla.attitude is Attitude.SUPPORTER and carla.relationship_strength == 3
    assert carla.last_contact == TODAY - dt.timedelta(days=10)
    assert carla.cares_about[0] == "Cash flow"
    assert "Need: Predictable maintenance budget" in carla.cares_about
    assert any("Ten years" in c for c in carla.cares_about)  # research answer linked to her
    assert carla.open_actions == ("Send ROI model",)
    assert not ann.is_stakeholder and ann.open_actions == ("Prepare pilot offer",)
    # open actions involving the attendees, overdue first; Dirk's action is not theirs
    assert [(a.title, a.overdue) for a in brief.open_actions] == [
        ("Send ROI model", True),
        ("Prepare pilot offer", False),
    ]
    assert [o.title for o in brief.opportunities] == ["Maintenance for Operations"]
    assert [i.subject for i in brief.last_interactions] == ["Pilot check", "Site visit", "Kick-off"]
    # only questions meant for the customer, in their words; Q01 (our history), Q11 (how strong
    # is our relationship) and the custom question are our own planning questions
    assert brief.open_questions == (
        "Ask Carla Ruiz: What are your top three business priorities this year?",
        "Which operational problems cost you the most time, money or risk today?",
    )
    assert brief.talking_points[0] == "Make the case “Uptime” — €1m a year"
    assert "Explore Telematics for Operations (whitespace)" in brief.talking_points
    assert any(p.startswith("Open doors: Open IT") for p in brief.talking_points)
    assert [u.subject for u in brief.upcoming] == ["Later review"]


def test_a_chosen_meeting_and_zero_meaning_next(db: Database, world: World) -> None:
    upcoming = meeting.upcoming_meetings(db, world.account_id)
    assert [u.subject for u in upcoming] == ["Budget talk", "Later review"]
    # the picker's label is made in the interface, in the locale (tests/gui/test_dates_in_locale_eyes.py)
    assert "Carla Ruiz" in upcoming[0].attendees and upcoming[0].start_time == dt.time(10, 0)
    later = meeting.build_brief(db, world.account_id, upcoming[1].id)
    assert [a.name for a in later.attendees] == ["Dirk Vos"]
    assert [a.title for a in later.open_actions] == ["Call Dirk"]
    assert [o.title for o in later.opportunities] == ["Telematics for IT"]
    assert any("reservations" in p for p in later.talking_points)  # Dirk is an opponent
    assert meeting.build_brief(db, world.account_id, 0).subject == "Budget talk"


def test_meeting_of_another_account_is_refused(db: Database, world: World) -> None:
    other = build(db, "Other Co")
    with pytest.raises(NotFoundError):
        meeting.build_brief(db, other.account_id, meeting.upcoming_meetings(db, world.account_id)[0].id)


def test_account_brief_without_upcoming_meetings(db: Database, world: World) -> None:
    clock.pin_today(TODAY + dt.timedelta(days=60))
    brief = meeting.build_brief(db, world.account_id)
    assert brief.interaction_id is None and brief.meeting_date is None
    assert [a.name for a in brief.attendees] == ["Carla Ruiz", "Dirk Vos"]  # most influential first
    assert brief.last_interactions[0].subject == "Later review"


def test_brief_for_a_stakeholder(db: Database, world: World) -> None:
    brief = meeting.brief_for_stakeholder(db, world.people["Dirk"])
    assert brief.subject == "Later review"
    clock.pin_today(TODAY + dt.timedelta(days=60))
    alone = meeting.brief_for_stakeholder(db, world.people["Dirk"])
    assert alone.interaction_id is None and [a.name for a in alone.attendees] == ["Dirk Vos"]


def test_demo_next_meeting_from_the_portfolio(demo_db: Database) -> None:
    rows = [
        r for r in load_portfolio(demo_db).rows if r.next_meeting_id is not None and r.status.value == "key"
    ]
    assert rows
    row = rows[0]
    brief = meeting.build_brief(demo_db, row.id, row.next_meeting_id)
    assert brief.interaction_id == row.next_meeting_id and brief.meeting_date == row.next_meeting
    assert brief.attendees and any(a.is_stakeholder for a in brief.attendees)
    assert len(brief.last_interactions) == 3
    assert brief.objectives and brief.talking_points


def test_open_questions_come_by_due_date_then_category_undated_last(db: Database, world: World) -> None:
    """Of questions equally urgent (nobody's at the meeting, none marked "needs research"), the
    brief asks the one due soonest first; on the same day the lower category; undated last."""
    with db.session() as s:
        for question_id, category, due in (
            ("Q15", 3, None),
            ("Q24", 4, TODAY + dt.timedelta(days=2)),
            ("Q04", 1, TODAY + dt.timedelta(days=20)),
            ("Q06", 1, TODAY + dt.timedelta(days=2)),
        ):
            s.add(
                ResearchAnswer(
                    plan_id=world.plan_id,
                    question_id=question_id,
                    category=category,
                    status=ResearchStatus.UNANSWERED.value,
                    due_date=due,
                )
            )
    assert meeting.build_brief(db, world.account_id).open_questions == (
        "How satisfied are you with our work today, and what should we improve first?",
        "Which targets are you and your team measured on this year?",
        "Which of our agreements with you come up for renewal in this period, and what would you like "
        "to change in them?",
        "Which trends in your industry matter most to you over the next two to three years?",
    )
