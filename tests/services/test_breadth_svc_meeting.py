"""The meeting brief's values, exactly (breadth survivors, issue 12): what a person's research
answers say in 'cares about' (clipped at 160 characters, the question at 90), the order of the
questions to ask, every talking point word for word (incumbent, counter-strategy, the cap of 7),
upcoming meetings of one day by their time (untimed last), and the stakeholder brief's refusal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from kam_desktop.domain.enums import GrowthFocus, ResearchStatus, WhitespaceState
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.services import action_plan as ap
from kam_desktop.services import clock, meeting
from kam_desktop.services import execution as ex
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.services.phase35_factory import TODAY, World, build

# Q02, clipped at 90 characters (a word never cut in the middle)
Q02 = "Which of our offerings does the customer buy today, in which divisions, sites or buying…"


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    clock.pin_today(TODAY)
    yield build(db)
    clock.pin_today(None)


def test_a_long_research_answer_is_clipped_at_160_characters_in_what_they_care_about(
    db: Database, world: World
) -> None:
    answer = " ".join(["eleven-char"] * 18)  # 215 characters: over 160, under the default 220
    with db.session() as s:
        row = s.get(m.ResearchAnswer, world.research["Q02"])
        assert row is not None
        row.answer = answer
    carla = meeting.build_brief(db, world.account_id).attendees[0]
    # 160 characters: 13 words (155 characters) and a space, the 14th word cut whole
    clipped = " ".join(["eleven-char"] * 13) + "…"
    assert carla.name == "Carla Ruiz"
    assert carla.cares_about == ("Cash flow", f"{Q02} — {clipped}")


def test_a_short_answer_is_kept_whole(db: Database, world: World) -> None:
    carla = meeting.build_brief(db, world.account_id).attendees[0]
    assert carla.cares_about == ("Cash flow", f"{Q02} — Ten years")


def _question(db: Database, world: World, qid: str, category: int, due: dt.date | None, **kw: object) -> None:
    with db.session() as s:
        s.add(
            m.ResearchAnswer(
                plan_id=world.plan_id,
                question_id=qid,
                category=category,
                status=kw.get("status", ResearchStatus.UNANSWERED.value),
                due_date=due,
                stakeholder_id=kw.get("stakeholder_id"),
            )
        )


def test_on_the_same_due_day_the_lower_category_is_asked_first_whatever_the_question_number(
    db: Database, world: World
) -> None:
    """The rule is the category, not the question's number: a question filed under category 2
    (Q24 here, as a revised bank could file it) comes before one of category 4 (Q06) due the
    same day."""
    day = TODAY + dt.timedelta(days=3)
    _question(db, world, "Q06", 4, day)
    _question(db, world, "Q24", 2, day)
    assert meeting.build_brief(db, world.account_id).open_questions == (
        "Which targets are you and your team measured on this year?",
        "How satisfied are you with our work today, and what should we improve first?",
    )


def test_questions_to_ask_theirs_first_then_needs_research_then_by_date_at_most_five(
    db: Database, world: World
) -> None:
    carla = world.people["Carla"]
    soon, later = TODAY + dt.timedelta(days=1), TODAY + dt.timedelta(days=9)
    _question(db, world, "Q04", 1, soon)  # nobody's, unanswered, soonest
    _question(db, world, "Q10", 2, later, status=ResearchStatus.NEEDS_RESEARCH.value)  # needs research
    _question(db, world, "Q15", 3, None, stakeholder_id=carla)  # Carla's, undated
    _question(db, world, "Q16", 3, later, stakeholder_id=carla)  # Carla's, dated
    _question(db, world, "Q17", 3, None)  # nobody's, undated
    _question(db, world, "Q18", 3, later)  # nobody's, later: the sixth, left out
    with db.session() as s:  # an answered one is never asked again
        s.add(
            m.ResearchAnswer(
                plan_id=world.plan_id, question_id="Q19", category=3, status="answered", answer="x"
            )
        )
    brief = meeting.brief_for_stakeholder(db, carla)
    assert brief.open_questions == (
        "Ask Carla Ruiz: Which regulatory or compliance changes will affect how you operate or what you buy?",
        "Ask Carla Ruiz: Which trends in your industry matter most to you over the next two to three years?",
        "How is your organisation set up in the areas we work on together: which divisions, sites and "
        "teams are involved?",
        "Which of our agreements with you come up for renewal in this period, and what would you like "
        "to change in them?",
        "Which technology changes, such as automation, digitalisation or AI, are you adopting or considering?",
    )


def _points_world(db: Database, world: World) -> None:
    ap.set_cell_state(
        db,
        world.account_id,
        world.centres["Operations"],
        world.offerings["Telematics"],
        WhitespaceState.OPPORTUNITY,
    )
    ap.set_cell_state(
        db, world.account_id, world.centres["IT"], world.offerings["Maintenance"], WhitespaceState.COMPETITOR
    )
    with db.session() as s:
        s.add_all(
            [
                m.Competitor(
                    account_id=world.account_id,
                    name="Neutral Ltd",
                    threat_level="high",
                    counter_status="neutralised",
                    counter_strategy="Already beaten",
                ),
                m.Competitor(
                    account_id=world.account_id,
                    name="Medium Co",
                    threat_level="medium",
                    counter_strategy="Watch",
                ),
                m.Competitor(
                    account_id=world.account_id,
                    name="RivalCo",
                    threat_level="high",
                    counter_strategy="Bundle   service\nwith telematics",
                ),
                m.Competitor(
                    account_id=world.account_id,
                    name="Later Co",
                    threat_level="high",
                    counter_strategy="Second",
                ),
            ]
        )


def test_every_talking_point_word_for_word(db: Database, world: World) -> None:
    _points_world(db, world)
    brief = meeting.build_brief(db, world.account_id)  # no meeting: Carla and Dirk
    assert brief.talking_points == (
        "Explore Telematics for Operations (whitespace)",
        "Ask how the incumbent's Maintenance is working for IT",
        "Widen the offer: Sell maintenance",
        "Open doors: Open IT",
        "Counter RivalCo: Bundle service with telematics",
        "Hear out Dirk Vos's reservations before proposing anything",
    )


def test_talking_points_in_italian(db: Database, world: World, italian: None) -> None:
    _points_world(db, world)
    points = meeting.build_brief(db, world.account_id).talking_points
    assert points[1] == (
        "Chiedere al centro d'acquisto IT come funziona il servizio Maintenance del fornitore attuale"
    )
    assert points[4] == "Contrastare RivalCo: Bundle service with telematics"


def test_talking_points_stop_at_seven(db: Database, world: World) -> None:
    _points_world(db, world)
    ap.save_value_proposition(
        db, world.plan_id, ap.ValuePropositionInput("Uptime", "Downtime", "Predictive", "")
    )
    with db.session() as s:
        for text in ("Keep the depot contract", "Renew service", "Third"):
            s.add(
                m.Objective(
                    plan_id=world.plan_id, growth_focus=GrowthFocus.PROTECTION.value, description=text
                )
            )
    points = meeting.build_brief(db, world.account_id).talking_points
    # the case, two cells, objectives until 6 points, the counter: 7; the opponent's is cut
    assert points == (
        "Make the case “Uptime”",
        "Explore Telematics for Operations (whitespace)",
        "Ask how the incumbent's Maintenance is working for IT",
        "Widen the offer: Sell maintenance",
        "Open doors: Open IT",
        "Protect the base: Keep the depot contract",
        "Counter RivalCo: Bundle service with telematics",
    )


def _meet(db: Database, world: World, day: int, subject: str, start: str | None = None) -> int:
    return ex.save_interaction(
        db,
        world.account_id,
        ex.InteractionInput(
            kind="meeting",
            on_date=TODAY + dt.timedelta(days=day),
            start_time=start,
            subject=subject,
            stakeholder_ids=(world.people["Dirk"],),
        ),
    ).id


def test_upcoming_meetings_of_one_day_come_by_their_time_untimed_last(db: Database, world: World) -> None:
    _meet(db, world, 1, "Tomorrow afternoon", "14:00")
    _meet(db, world, 1, "Tomorrow, no time")
    _meet(db, world, 1, "Tomorrow morning", "09:00")
    _meet(db, world, 0, "Today, no time")
    _meet(db, world, -1, "Yesterday", "08:00")
    _meet(db, world, 1, "Tomorrow, early", "07:30")
    upcoming = meeting.upcoming_meetings(db, world.account_id)
    assert [(u.subject, u.start_time) for u in upcoming] == [
        ("Today, no time", None),
        ("Tomorrow, early", dt.time(7, 30)),
        ("Tomorrow morning", dt.time(9, 0)),
        ("Tomorrow afternoon", dt.time(14, 0)),
        ("Tomorrow, no time", None),
    ]
    brief = meeting.build_brief(db, world.account_id)
    assert brief.subject == "Today, no time"
    assert [u.subject for u in brief.upcoming] == [
        "Tomorrow, early",
        "Tomorrow morning",
        "Tomorrow afternoon",
        "Tomorrow, no time",
    ]


def test_a_stakeholders_brief_is_for_their_first_meeting_from_today(db: Database, world: World) -> None:
    _meet(db, world, -1, "Yesterday")
    second = _meet(db, world, 2, "In two days, second")
    _meet(db, world, 5, "In five days")
    _meet(db, world, 2, "In two days, third")
    brief = meeting.brief_for_stakeholder(db, world.people["Dirk"])
    assert (brief.interaction_id, brief.subject) == (second, "In two days, second")


@pytest.mark.parametrize(
    ("lang", "message"),
    [("en", "That stakeholder no longer exists."), ("it", "Questo stakeholder non esiste più.")],
)
def test_a_brief_for_a_stakeholder_who_is_gone_is_refused(
    db: Database, world: World, lang: str, message: str
) -> None:
    from kam_desktop.i18n import using_language

    with db.session() as s:
        person = s.get(m.Stakeholder, world.people["Dirk"])
        assert person is not None
        person.deleted_at = dt.datetime(2026, 11, 1)
    with using_language(lang):
        for gone in (world.people["Dirk"], 999_999):
            with pytest.raises(NotFoundError) as err:
                meeting.brief_for_stakeholder(db, gone)
            assert str(err.value) == message
