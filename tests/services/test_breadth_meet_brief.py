"""The whole meeting brief, value for value (issue 12, module-wide): every field of the brief for
the next meeting, for a chosen meeting, for the account without a meeting and for a stakeholder;
every attendee's row (decision role, last contact from the stored date or the last interaction,
what they care about, their open actions); the open actions (overdue first, at most eight), the
live opportunities (largest first, at most six, their centres only), the last three interactions
(theirs first, then others), the objectives as the brief writes them, and the refusals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

from kam_desktop.domain.enums import (
    ActionStatus,
    Attitude,
    DecisionRole,
    InteractionKind,
    OpportunityStage,
)
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.i18n import using_language
from kam_desktop.services import clock, meeting
from kam_desktop.services.meeting_models import (
    BriefAction,
    BriefAttendee,
    BriefInteraction,
    BriefOpportunity,
    MeetingBrief,
)
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.services.phase35_factory import TODAY, World, build

D = dt.timedelta


def _rows(*rows: Any) -> list[Any]:
    """Table rows of mixed types, for the builders below."""
    return list(rows)


@dataclass
class Rich:
    w: World
    ids: dict[str, int]


def _interaction(
    s: object,
    w: World,
    key: str,
    day: int,
    people: tuple[int, ...] = (),
    team: tuple[int, ...] = (),
    **kw: object,
) -> m.Interaction:
    row = m.Interaction(
        account_id=w.account_id,
        kind=kw.pop("kind", "meeting"),
        on_date=TODAY + D(days=day),
        subject=key,
        **kw,
    )
    s.add(row)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    for p in people:
        s.add(m.InteractionAttendee(interaction_id=row.id, stakeholder_id=p))  # type: ignore[attr-defined]
    for t in team:
        s.add(m.InteractionAttendee(interaction_id=row.id, team_member_id=t))  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    return row


def rich_world(db: Database) -> Rich:
    w = build(db)
    carla, dirk = w.people["Carla"], w.people["Dirk"]
    ids: dict[str, int] = {}
    with db.session() as s:
        settings = s.query(m.ProgramSettings).first()
        assert settings is not None
        settings.user_name = "Paula Prep"
        eve = m.Stakeholder(
            account_id=w.account_id,
            name="abe Ash",
            title="Buyer",
            buying_centre_id=w.centres["Operations"],
            influence=5,
            decision_role="economic_buyer",
            attitude="strong_opponent",
            relationship_strength=1,
            last_contact=TODAY - D(days=3),
            cares_about="  price   and\nterms ",
        )
        gone = m.Stakeholder(
            account_id=w.account_id, name="Gone Guy", influence=5, deleted_at=dt.datetime(2026, 1, 1)
        )
        fay = m.Stakeholder(
            account_id=w.account_id, name="Fay Low", influence=1, buying_centre_id=w.centres["IT"]
        )
        gil = m.Stakeholder(account_id=w.account_id, name="Gil Null")
        carla_row = s.get(m.Stakeholder, carla)
        assert carla_row is not None
        carla_row.last_contact = TODAY - D(days=20)  # older than her last meeting: the meeting wins
        s.add_all([eve, gone, fay, gil])
        s.flush()
        ids["Eve"], ids["Gone"], ids["Fay"], ids["Gil"] = eve.id, gone.id, fay.id, gil.id
        for key, day, people, team, kw in _rows(
            ("Kick-off", -60, (carla,), (), {"summary": "Kick-off notes", "next_steps": "Send deck"}),
            ("Site visit", -30, (carla,), (), {"kind": "workshop"}),
            ("Pilot check", -10, (carla, gone.id), (), {}),
            ("Call with IT", -5, (dirk,), (), {"kind": "call"}),
            ("Fay call", -40, (fay.id,), (), {"kind": "email"}),
            ("Deleted talk", -2, (carla,), (), {"deleted_at": dt.datetime(2026, 11, 1)}),
            (
                "Budget talk",
                6,
                (carla, eve.id, gone.id),
                (w.bo, w.ann),
                {"start_time": dt.time(10, 0), "location": "Their HQ"},
            ),
            ("Later review", 20, (dirk,), (), {"kind": "business_review"}),
        ):
            ids[key] = _interaction(s, w, key, day, people, team, **kw).id
    ops, it = w.centres["Operations"], w.centres["IT"]
    tele, maint = w.offerings["Telematics"], w.offerings["Maintenance"]
    abe = ids["Eve"]
    with db.session() as s:
        for key, kw in _rows(
            ("Send ROI model", {"owner_id": w.bo, "due_date": TODAY - D(days=2), "stakeholder_id": carla}),
            ("Prepare pilot offer", {"owner_id": w.ann, "due_date": TODAY + D(days=3), "status": "blocked"}),
            ("Call Dirk", {"stakeholder_id": dirk, "due_date": TODAY}),
            ("Old thing", {"owner_id": w.ann, "stakeholder_id": carla, "status": "done"}),
            ("Dropped", {"stakeholder_id": carla, "status": "cancelled"}),
            ("Ask Eve", {"stakeholder_id": abe, "status": "in_progress"}),
            ("Due today", {"stakeholder_id": abe, "due_date": TODAY}),
            ("Binned", {"stakeholder_id": carla, "deleted_at": dt.datetime(2026, 11, 2)}),
        ):
            row = m.Action(plan_id=w.plan_id, title=key, **kw)
            s.add(row)
            s.flush()
            ids[key] = row.id
        s.add_all(
            [
                m.Need(
                    account_id=w.account_id,
                    description="Predictable   budget",
                    priority=5,
                    stakeholder_id=carla,
                ),
                m.Need(
                    account_id=w.account_id, description="Fewer invoices", priority=2, stakeholder_id=carla
                ),
                m.Need(account_id=w.account_id, description="Top need", priority=4, stakeholder_id=abe),
                m.Need(account_id=w.account_id, description="Low need", priority=1, stakeholder_id=abe),
                m.Need(
                    account_id=w.account_id,
                    description="Binned need",
                    priority=4,
                    stakeholder_id=abe,
                    deleted_at=dt.datetime(2026, 1, 1),
                ),
                m.Need(account_id=w.account_id, description="Dirk's need", priority=4, stakeholder_id=dirk),
                m.ResearchAnswer(
                    plan_id=w.plan_id,
                    question_id="Q05",
                    category=1,
                    status="answered",
                    answer="Steel prices",
                    stakeholder_id=abe,
                ),
                m.ResearchAnswer(
                    plan_id=w.plan_id,
                    question_id="Q06",
                    category=1,
                    status="answered",
                    answer="   ",
                    stakeholder_id=abe,
                ),
                m.ResearchAnswer(
                    plan_id=w.plan_id,
                    question_id="Q07",
                    category=1,
                    status="needs_research",
                    answer="Half known",
                    stakeholder_id=abe,
                ),
                m.ResearchAnswer(
                    plan_id=w.plan_id,
                    question_id=None,
                    custom_question="Who pays?",
                    category=2,
                    status="answered",
                    answer="The board",
                    stakeholder_id=abe,
                ),
                m.ResearchAnswer(
                    plan_id=w.plan_id,
                    question_id="Q08",
                    category=1,
                    status="answered",
                    answer="Binned",
                    stakeholder_id=abe,
                    deleted_at=dt.datetime(2026, 1, 1),
                ),
            ]
        )
        for key, centre, offering, stage, cents, prob, close, extra in _rows(
            ("Maintenance for Operations", ops, maint, "qualified", 8_000_000, 40, TODAY + D(days=40), {}),
            ("Small ops deal", ops, None, "identified", 150, 10, None, {}),
            ("Telematics for IT", it, tele, "proposed", 5_000_000, 60, None, {}),
            ("Won deal", ops, None, "won", 9_000_000, 100, None, {}),
            ("Lost deal", ops, None, "lost", 9_000_000, 0, None, {}),
            (
                "Binned deal",
                ops,
                None,
                "identified",
                9_000_000,
                10,
                None,
                {"deleted_at": dt.datetime(2026, 1, 1)},
            ),
        ):
            deal = m.Opportunity(
                account_id=w.account_id,
                title=key,
                buying_centre_id=centre,
                offering_id=offering,
                growth_focus="expansion",
                stage=stage,
                value_cents=cents,
                probability=prob,
                expected_close=close,
                **extra,
            )
            s.add(deal)
            s.flush()
            ids[key] = deal.id
    return Rich(w, ids)


@pytest.fixture
def rich(db: Database) -> Iterator[Rich]:
    clock.pin_today(TODAY)
    yield rich_world(db)
    clock.pin_today(None)


def _i(
    rich: Rich, key: str, day: int, kind: InteractionKind = InteractionKind.MEETING, **kw: str
) -> BriefInteraction:
    return BriefInteraction(
        rich.ids[key], TODAY + D(days=day), kind, key, kw.get("summary", ""), kw.get("next_steps", "")
    )


def _kick(rich: Rich) -> BriefInteraction:
    return _i(rich, "Kick-off", -60, summary="Kick-off notes", next_steps="Send deck")


def test_the_whole_brief_for_the_next_meeting(db: Database, rich: Rich) -> None:
    w, ids = rich.w, rich.ids
    carla, abe = w.people["Carla"], ids["Eve"]
    q02 = "Which of our offerings does the customer buy today, in which divisions, sites or buying…"
    q05 = "What capacity have we committed to this account (people, hours, budget, delivery or…"
    expected = MeetingBrief(
        account_id=w.account_id,
        account_name="Acme Rail AG",
        currency="EUR",
        generated_on=TODAY,
        interaction_id=ids["Budget talk"],
        meeting_date=TODAY + D(days=6),
        meeting_time=dt.time(10, 0),
        kind=InteractionKind.MEETING,
        subject="Budget talk",
        location="Their HQ",
        attendees=(
            # equal influence: by name whatever its case ('abe' before 'Carla')
            BriefAttendee(
                name="abe Ash",
                title="Buyer",
                is_stakeholder=True,
                stakeholder_id=abe,
                buying_centre="Operations",
                decision_role=DecisionRole.ECONOMIC_BUYER,
                influence=5,
                attitude=Attitude.STRONG_OPPONENT,
                relationship_strength=1,
                owner="",
                last_contact=TODAY - D(days=3),  # stored; her only meeting is still to come
                # her note (spaces folded), needs by priority, answers by category; four at most
                cares_about=("price and terms", "Need: Top need", "Need: Low need", f"{q05} — Steel prices"),
                open_actions=("Due today", "Ask Eve"),
            ),
            BriefAttendee(
                name="Carla Ruiz",
                title="CFO",
                is_stakeholder=True,
                stakeholder_id=carla,
                buying_centre="Operations",
                decision_role=None,
                influence=5,
                attitude=Attitude.SUPPORTER,
                relationship_strength=3,
                owner="Ann Kay",
                last_contact=TODAY - D(days=10),  # the last meeting, later than the stored date
                cares_about=(
                    "Cash flow",
                    "Need: Predictable budget",
                    "Need: Fewer invoices",
                    f"{q02} — Ten years",
                ),
                open_actions=("Send ROI model",),
            ),
            BriefAttendee(
                name="Ann Kay",
                title="KAM",
                is_stakeholder=False,
                team_member_id=w.ann,
                open_actions=("Prepare pilot offer",),
            ),
            BriefAttendee(
                name="Bo Lind",
                title="Engineer",
                is_stakeholder=False,
                team_member_id=w.bo,
                open_actions=("Send ROI model",),
            ),
        ),
        objectives=("Expansion: Sell maintenance", "Penetration: Open IT — First order (by Feb 24, 2027)"),
        open_actions=(
            BriefAction(
                ids["Send ROI model"],
                "Send ROI model",
                "Bo Lind",
                TODAY - D(days=2),
                ActionStatus.PLANNED,
                True,
                "Carla Ruiz",
            ),
            BriefAction(ids["Due today"], "Due today", "", TODAY, ActionStatus.PLANNED, False, "abe Ash"),
            BriefAction(
                ids["Prepare pilot offer"],
                "Prepare pilot offer",
                "Ann Kay",
                TODAY + D(days=3),
                ActionStatus.BLOCKED,
                False,
                "",
            ),
            BriefAction(ids["Ask Eve"], "Ask Eve", "", None, ActionStatus.IN_PROGRESS, False, "abe Ash"),
        ),
        opportunities=(
            BriefOpportunity(
                ids["Maintenance for Operations"],
                "Maintenance for Operations",
                "Operations",
                "Maintenance",
                OpportunityStage.QUALIFIED,
                Decimal("80000.00"),
                40,
                TODAY + D(days=40),
            ),
            BriefOpportunity(
                ids["Small ops deal"],
                "Small ops deal",
                "Operations",
                "",
                OpportunityStage.IDENTIFIED,
                Decimal("1.50"),
                10,
                None,
            ),
        ),
        last_interactions=(
            _i(rich, "Pilot check", -10),
            _i(rich, "Site visit", -30, InteractionKind.WORKSHOP),
            _kick(rich),
        ),
        open_questions=(),
        talking_points=(
            "Widen the offer: Sell maintenance",
            "Open doors: Open IT",
            "Hear out abe Ash's reservations before proposing anything",
        ),
        upcoming=(_i(rich, "Later review", 20, InteractionKind.BUSINESS_REVIEW),),
        prepared_by="Paula Prep",
    )
    brief = meeting.build_brief(db, w.account_id)
    assert brief == expected
    assert meeting.build_brief(db, w.account_id, 0) == expected
    assert meeting.build_brief(db, w.account_id, ids["Budget talk"]) == expected
    assert meeting.brief_for_stakeholder(db, abe) == expected  # her first meeting from today


def test_the_brief_for_a_past_meeting_looks_back_from_its_day(db: Database, rich: Rich) -> None:
    w, ids = rich.w, rich.ids
    brief = meeting.build_brief(db, w.account_id, ids["Pilot check"])
    assert (
        brief.interaction_id,
        brief.meeting_date,
        brief.meeting_time,
        brief.kind,
        brief.subject,
        brief.location,
    ) == (ids["Pilot check"], TODAY - D(days=10), None, InteractionKind.MEETING, "Pilot check", "")
    assert [a.name for a in brief.attendees] == ["Carla Ruiz"]  # the deleted attendee is left out
    # before its day, never itself: Carla's two, then the latest other one (Fay's email)
    assert brief.last_interactions == (
        _i(rich, "Site visit", -30, InteractionKind.WORKSHOP),
        _i(rich, "Fay call", -40, InteractionKind.EMAIL),
        _kick(rich),
    )
    # a past meeting is not among the upcoming ones anyway: all upcoming shown
    assert brief.upcoming == (
        _i(rich, "Budget talk", 6),
        _i(rich, "Later review", 20, InteractionKind.BUSINESS_REVIEW),
    )


def test_the_brief_for_a_chosen_later_meeting(db: Database, rich: Rich) -> None:
    w, ids = rich.w, rich.ids
    brief = meeting.build_brief(db, w.account_id, ids["Later review"])
    dirk = w.people["Dirk"]
    assert brief.attendees == (
        BriefAttendee(
            name="Dirk Vos",
            title="CIO",
            is_stakeholder=True,
            stakeholder_id=dirk,
            buying_centre="IT",
            influence=4,
            attitude=Attitude.OPPONENT,
            relationship_strength=2,
            owner="Bo Lind",
            last_contact=TODAY - D(days=5),
            cares_about=("Need: Dirk's need",),
            open_actions=("Call Dirk",),
        ),
    )
    assert brief.open_actions == (
        BriefAction(ids["Call Dirk"], "Call Dirk", "", TODAY, ActionStatus.PLANNED, False, "Dirk Vos"),
    )
    assert brief.opportunities == (
        BriefOpportunity(
            ids["Telematics for IT"],
            "Telematics for IT",
            "IT",
            "Telematics",
            OpportunityStage.PROPOSED,
            Decimal("50000.00"),
            60,
            None,
        ),
    )
    # his one call, then the latest two others, newest first
    assert brief.last_interactions == (
        _i(rich, "Call with IT", -5, InteractionKind.CALL),
        _i(rich, "Pilot check", -10),
        _i(rich, "Site visit", -30, InteractionKind.WORKSHOP),
    )
    assert brief.upcoming == (_i(rich, "Budget talk", 6),)
    assert brief.talking_points == (
        "Widen the offer: Sell maintenance",
        "Open doors: Open IT",
        "Hear out Dirk Vos's reservations before proposing anything",
    )


def test_the_account_brief_without_a_meeting_centres_on_the_four_most_influential(
    db: Database, rich: Rich
) -> None:
    w = rich.w
    clock.pin_today(TODAY + D(days=60))
    brief = meeting.build_brief(db, w.account_id)
    assert (
        brief.interaction_id,
        brief.meeting_date,
        brief.meeting_time,
        brief.kind,
        brief.subject,
        brief.location,
    ) == (None, None, None, None, "", "")
    assert brief.generated_on == TODAY + D(days=60)
    # influence 5, 5, 4, 1; Gil (no influence) is the fifth; shown by influence, then name
    assert [a.name for a in brief.attendees] == ["abe Ash", "Carla Ruiz", "Dirk Vos", "Fay Low"]
    assert all(a.is_stakeholder for a in brief.attendees)
    # two centres known: live deals in both, largest first; the dated actions are all overdue
    # now (same day: by id); Ann's 'Prepare pilot offer' involves none of them
    assert [o.title for o in brief.opportunities] == [
        "Maintenance for Operations",
        "Telematics for IT",
        "Small ops deal",
    ]
    assert [(a.title, a.overdue) for a in brief.open_actions] == [
        ("Send ROI model", True),
        ("Call Dirk", True),
        ("Due today", True),
        ("Ask Eve", False),
    ]
    assert [i.subject for i in brief.last_interactions] == ["Later review", "Budget talk", "Call with IT"]
    assert brief.upcoming == ()


def test_a_stakeholder_without_a_meeting_gets_a_brief_of_their_own(db: Database, rich: Rich) -> None:
    ids = rich.ids
    brief = meeting.brief_for_stakeholder(db, ids["Fay"])
    assert brief.interaction_id is None and brief.subject == ""
    assert brief.attendees == (
        BriefAttendee(
            name="Fay Low",
            title="",
            is_stakeholder=True,
            stakeholder_id=ids["Fay"],
            buying_centre="IT",
            influence=1,
            last_contact=TODAY - D(days=40),
        ),
    )
    # her email, then the latest two others, all newest first
    assert brief.last_interactions == (
        _i(rich, "Call with IT", -5, InteractionKind.CALL),
        _i(rich, "Pilot check", -10),
        _i(rich, "Fay call", -40, InteractionKind.EMAIL),
    )
    assert [o.title for o in brief.opportunities] == ["Telematics for IT"]
    assert brief.open_actions == ()  # nothing involves her
    assert brief.upcoming == (
        _i(rich, "Budget talk", 6),
        _i(rich, "Later review", 20, InteractionKind.BUSINESS_REVIEW),
    )


def test_upcoming_meetings_whole(db: Database, rich: Rich) -> None:
    w, ids = rich.w, rich.ids
    assert meeting.upcoming_meetings(db, w.account_id) == (
        # attendees by influence, then name as stored (capitals first); the deleted one left out
        meeting.UpcomingMeeting(
            ids["Budget talk"],
            TODAY + D(days=6),
            dt.time(10, 0),
            InteractionKind.MEETING,
            "Budget talk",
            ("Carla Ruiz", "abe Ash"),
        ),
        meeting.UpcomingMeeting(
            ids["Later review"],
            TODAY + D(days=20),
            None,
            InteractionKind.BUSINESS_REVIEW,
            "Later review",
            ("Dirk Vos",),
        ),
    )
    clock.pin_today(TODAY + D(days=20))  # the day itself counts
    assert [u.subject for u in meeting.upcoming_meetings(db, w.account_id)] == ["Later review"]
    clock.pin_today(TODAY + D(days=21))
    assert meeting.upcoming_meetings(db, w.account_id) == ()


def test_another_accounts_meetings_are_not_upcoming_here(db: Database, rich: Rich) -> None:
    other = build(db, "Other Co")
    assert meeting.upcoming_meetings(db, other.account_id) == ()
    brief = meeting.build_brief(db, other.account_id)
    assert brief.interaction_id is None and brief.last_interactions == () and brief.upcoming == ()
    assert [a.name for a in brief.attendees] == ["Carla Ruiz", "Dirk Vos"]


@pytest.mark.parametrize(
    ("lang", "message"),
    [("en", "That meeting no longer exists."), ("it", "Questo incontro non esiste più.")],
    ids=["en", "it"],
)
def test_a_meeting_that_is_gone_or_elsewhere_is_refused(
    db: Database, rich: Rich, lang: str, message: str
) -> None:
    other = build(db, "Other Co")
    with using_language(lang):
        for account, interaction in _rows(
            (rich.w.account_id, rich.ids["Deleted talk"]),
            (rich.w.account_id, 999_999),
            (other.account_id, rich.ids["Budget talk"]),
        ):
            with pytest.raises(NotFoundError) as err:
                meeting.build_brief(db, account, interaction)
            assert str(err.value) == message


def test_todays_meeting_is_next_and_counts_as_the_last_contact(db: Database, rich: Rich) -> None:
    ids = rich.ids
    with db.session() as s:
        today = _interaction(s, rich.w, "Fay today", 0, (ids["Fay"],), kind="call")
        today_id = today.id
    brief = meeting.brief_for_stakeholder(db, ids["Fay"])
    assert (brief.interaction_id, brief.subject, brief.meeting_date) == (today_id, "Fay today", TODAY)
    (fay,) = brief.attendees
    assert fay.last_contact == TODAY  # today's counts, as the latest up to today
    # never the meeting itself among the last ones
    assert brief.last_interactions == (
        _i(rich, "Call with IT", -5, InteractionKind.CALL),
        _i(rich, "Pilot check", -10),
        _i(rich, "Fay call", -40, InteractionKind.EMAIL),
    )
    assert [u.subject for u in meeting.upcoming_meetings(db, rich.w.account_id)] == [
        "Fay today",
        "Budget talk",
        "Later review",
    ]
