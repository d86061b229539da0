"""The meeting brief, values the fourth breadth measurement found unpinned (issue 12), with the
day pinned: what a person cares about lists the answers about them by the research categories'
order, whatever order they were entered in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from kam_desktop.domain.enums import ResearchStatus
from kam_desktop.services import clock, meeting
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.services.phase35_factory import TODAY, World, build

Q10 = "How is the customer organised in the areas we could serve: which divisions, buying…"
Q15 = "What are the most important trends in the customer's industry for the next two to three…"
Q22 = "What are the customer's top three business priorities this year, as they would describe…"


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    clock.pin_today(TODAY)
    yield build(db)
    clock.pin_today(None)


def _answer(db: Database, w: World, question: str, category: int, answer: str, person: str) -> None:
    with db.session() as s:
        s.add(
            m.ResearchAnswer(
                plan_id=w.plan_id,
                question_id=question,
                category=category,
                status=ResearchStatus.ANSWERED.value,
                answer=answer,
                stakeholder_id=w.people[person],
            )
        )


def test_the_answers_about_a_person_come_in_category_order_not_in_the_order_entered(
    db: Database, world: World
) -> None:
    # entered: category 4 first, then 3, then 2
    _answer(db, world, "Q22", 4, "Uptime", "Dirk")
    _answer(db, world, "Q15", 3, "Rail automation", "Dirk")
    _answer(db, world, "Q10", 2, "Three divisions", "Dirk")
    brief = meeting.brief_for_stakeholder(db, world.people["Dirk"])
    (dirk,) = brief.attendees
    assert dirk.name == "Dirk Vos"
    assert dirk.cares_about == (
        f"{Q10} — Three divisions",
        f"{Q15} — Rail automation",
        f"{Q22} — Uptime",
    )


Q04 = "Which contracts, framework agreements or price lists are in force, and when is each due…"
Q07 = "Which other divisions or business units of our company already work with this customer…"


def test_answers_of_one_category_come_in_the_order_entered(db: Database, world: World) -> None:
    # both in category 1: entered Q07 first, then Q04 (the bank's own order is the other way)
    _answer(db, world, "Q07", 1, "Rail services", "Dirk")
    _answer(db, world, "Q04", 1, "A framework until 2027", "Dirk")
    (dirk,) = meeting.brief_for_stakeholder(db, world.people["Dirk"]).attendees
    assert dirk.cares_about == (f"{Q07} — Rail services", f"{Q04} — A framework until 2027")


def test_an_answer_in_the_trash_is_not_what_a_person_cares_about(db: Database, world: World) -> None:
    _answer(db, world, "Q10", 2, "Three divisions", "Dirk")
    _answer(db, world, "Q15", 3, "Rail automation", "Dirk")
    with db.session() as s:
        gone = s.query(m.ResearchAnswer).filter_by(plan_id=world.plan_id, question_id="Q10").one()
        gone.deleted_at = dt.datetime(2026, 11, 20, 9, 0)
    (dirk,) = meeting.brief_for_stakeholder(db, world.people["Dirk"]).attendees
    assert dirk.cares_about == (f"{Q15} — Rail automation",)


def test_a_person_in_no_buying_centre_is_shown_with_an_empty_centre(db: Database, world: World) -> None:
    with db.session() as s:
        gil = m.Stakeholder(account_id=world.account_id, name="Gil Null", influence=3)
        s.add(gil)
        s.flush()
        gil_id = gil.id
    (attendee,) = meeting.brief_for_stakeholder(db, gil_id).attendees
    assert (attendee.name, attendee.buying_centre) == ("Gil Null", "")
    # the account's buying centres exist (ids 1 and 2): none of them is named for Gil
    assert set(world.centres.values()) == {1, 2}


def test_an_account_brief_takes_the_four_most_influential_and_breaks_ties_by_name(
    db: Database, world: World
) -> None:
    # no meeting at all: the brief is about the account's four most influential people; after
    # Carla (5) and Dirk (4), two of five people of influence 3, entered from Z to A
    with db.session() as s:
        for name in ("Zoe Ortiz", "Yann Lee", "Xia Wu", "Bea Holm", "Abe Lund"):
            s.add(m.Stakeholder(account_id=world.account_id, name=name, influence=3))
    brief = meeting.build_brief(db, world.account_id)
    assert brief.interaction_id is None
    assert [a.name for a in brief.attendees] == ["Carla Ruiz", "Dirk Vos", "Abe Lund", "Bea Holm"]
