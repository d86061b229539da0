"""The meeting brief PDF: one page normally, never more than two."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.domain.enums import (
    ActionStatus,
    Attitude,
    DecisionRole,
    InteractionKind,
    OpportunityStage,
)
from kam_desktop.report.brief_pdf import render_brief
from kam_desktop.report.fonts import can_render
from kam_desktop.report.text import clean
from kam_desktop.services.export import export_brief_pdf
from kam_desktop.services.meeting_models import (
    BriefAction,
    BriefAttendee,
    BriefInteraction,
    BriefOpportunity,
    MeetingBrief,
)
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.conftest import hostile_strings
from tests.report.factory import pdf_pages, pdf_text, squash

DAY = dt.date(2026, 12, 3)


def _brief(n: int = 1, text: str = "", **overrides: object) -> MeetingBrief:
    people = (
        *tuple(
            BriefAttendee(
                f"Julia Kowalski {k}{text}",
                f"Chief Executive Officer{text}",
                True,
                k,
                None,
                "Corporate HQ",
                DecisionRole.BLOCKER,
                5,
                Attitude.STRONG_OPPONENT,
                2,
                f"Tom Harris{text}",
                DAY,
                (f"Evidence for the sustainability report{text}", "Lower total cost"),
                (f"Send case{text}",),
            )
            for k in range(n)
        ),
        BriefAttendee(f"Giulia Conti{text}", "Key Account Manager", False, None, 1),
    )
    values: dict[str, object] = {
        "account_id": 1,
        "account_name": f"Meridian Telecom BV{text}",
        "currency": "EUR",
        "generated_on": DAY,
        "interaction_id": 7,
        "meeting_date": DAY,
        "meeting_time": dt.time(10, 30),
        "kind": InteractionKind.BUSINESS_REVIEW,
        "subject": f"Quarterly business review{text}",
        "location": f"Gdańsk plant{text}",
        "attendees": people,
        "objectives": tuple(f"Objective {k}{text}" for k in range(n)),
        "open_actions": tuple(
            BriefAction(k, f"Action {k}{text}", f"Nora{text}", DAY, ActionStatus.PLANNED, k % 2 == 0, "Julia")
            for k in range(n)
        ),
        "opportunities": tuple(
            BriefOpportunity(
                k,
                f"Opportunity {k}{text}",
                "HQ",
                "Telematics",
                OpportunityStage.QUALIFIED,
                Decimal("693000"),
                80,
                DAY,
            )
            for k in range(n)
        ),
        "last_interactions": tuple(
            BriefInteraction(
                k,
                DAY,
                InteractionKind.MEETING,
                f"Check-in {k}{text}",
                f"Discussed uptime.{text}",
                f"Send ROI.{text}",
            )
            for k in range(n)
        ),
        "open_questions": tuple(f"Question {k}{text}?" for k in range(n)),
        "talking_points": tuple(f"Talking point {k}{text}" for k in range(n)),
        "upcoming": (BriefInteraction(99, DAY, InteractionKind.CALL, f"Follow-up{text}", "", ""),),
    }
    values.update(overrides)
    return MeetingBrief(**values)  # type: ignore[arg-type]


def test_brief_is_one_page_with_the_prep_screen_content(tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    assert render_brief(_brief(3), out) == 1 == pdf_pages(out)
    text = pdf_text(out)
    for expected in (
        "Meridian Telecom BV",
        "Quarterly business review",
        "03 Dec 2026, 10:30",
        "Julia Kowalski 0",
        "Strong opponent",
        "Blocker",
        "influence 5/5",
        "Talking point 2",
        "Objective 1",
        "Question 0",
        "Action 2",
        "overdue",
        "Opportunity 1",
        "693,000 EUR",
        "80%",
        "Check-in 0",
        "Send ROI.",
        "Follow-up",
        "Giulia Conti",
        "Page 1 of 1",
    ):
        assert expected in text, expected


def test_account_brief_without_a_meeting(tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    brief = _brief(0, interaction_id=None, meeting_date=None, kind=None, subject="", attendees=())
    render_brief(brief, out)
    text = pdf_text(out)
    assert "no meeting chosen" in text and "No one from the customer" in text
    assert "Nothing open involving these people." in text and "No open actions" not in text


def test_an_overloaded_brief_stays_within_two_pages(tmp_path: Path) -> None:
    long = " " + "very long remark " * 400
    out = tmp_path / "big.pdf"
    pages = render_brief(_brief(40, long), out)
    assert pages <= 2 and pdf_pages(out) == pages
    assert "more in KAM Desktop" in pdf_text(out)


@pytest.mark.parametrize("index", range(len(hostile_strings())))
def test_hostile_strings_in_the_brief(tmp_path: Path, index: int) -> None:
    value = hostile_strings()[index]
    out = tmp_path / "brief.pdf"
    assert render_brief(_brief(2, value), out) <= 2
    shown = clean(value)
    if can_render(shown) and len(shown) < 60:  # longer texts are shortened on purpose in a brief
        assert squash(shown) in squash(pdf_text(out))


def test_export_brief_of_a_demo_account(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        account_id = s.scalar(select(m.Account.id).where(m.Account.status == "key").order_by(m.Account.id))
        name = s.scalar(select(m.Account.name).where(m.Account.id == account_id))
    assert account_id is not None and name
    out = tmp_path / "demo-brief.pdf"
    result = export_brief_pdf(demo_db, account_id, out)
    assert 1 <= result.pages <= 2 and result.pages == pdf_pages(out)
    assert squash(name) in squash(pdf_text(out))


def test_short_never_cuts_a_word_in_the_middle() -> None:
    from kam_desktop.report.brief_pdf import short

    text = "Predictable maintenance budget across every depot and workshop"
    assert short(text, 40) == "Predictable maintenance budget across…"
    assert short(text, 200) == text
    # one word longer than the limit has no boundary to cut at
    assert short("x" * 50, 10) == "x" * 9 + "…"
