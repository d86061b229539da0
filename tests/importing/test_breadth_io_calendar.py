"""The calendar's event texts word for word, in English and in Italian: a meeting's description
(account, kind, attendees), an action's (account, owner, status), and the category every event
carries in the .ics file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from kam_desktop.services import clock
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.importers.calendar import calendar_events, export_ics
from kam_desktop.services.interactions import InteractionInput, save_interaction
from kam_desktop.services.plan_actions import ActionInput, save_action
from kam_desktop.services.plans import ensure_plan
from kam_desktop.services.stakeholders import StakeholderInput, save_stakeholder
from kam_desktop.services.team import MemberInput, create_member
from kam_desktop.store.database import Database

TODAY = dt.date(2027, 3, 20)


@pytest.fixture
def planned(db: Database) -> Iterator[Database]:
    clock.pin_today(TODAY)
    acme = create_account(db, AccountInput(name="Acme"))
    giulia = save_stakeholder(db, acme.id, StakeholderInput(name="Giulia Bianchi", title="CFO"))
    anna = create_member(db, MemberInput(name="Anna Berg", function="Sales"))
    save_interaction(
        db,
        acme.id,
        InteractionInput(
            kind="meeting",
            on_date="2027-03-22",
            start_time="10:30",
            subject="Quarterly review",
            summary="They may switch.",
            next_steps="Send the offer",
            stakeholder_ids=(giulia.id,),
            team_member_ids=(anna.id,),
        ),
    )
    plan = ensure_plan(db, acme.id)
    save_action(
        db,
        plan.id,
        ActionInput(title="Send proposal", due_date="2027-04-15", owner_id=anna.id, status="blocked"),
    )
    save_action(db, plan.id, ActionInput(title="Call back", due_date="2027-04-16"))
    yield db
    clock.pin_today(None)


def test_event_descriptions_word_for_word(planned: Database) -> None:
    # the customer's people first, then our team
    events = calendar_events(planned, include_notes=True)
    assert [(e.summary, e.description) for e in events] == [
        (
            "Quarterly review – Acme",
            "Account: Acme\nKind: Meeting\nAttendees: Giulia Bianchi (CFO), Anna Berg (Sales)"
            "\n\nSummary:\nThey may switch.\n\nNext steps:\nSend the offer",
        ),
        ("Due: Send proposal – Acme", "Account: Acme\nOwner: Anna Berg\nStatus: Blocked"),
        ("Due: Call back – Acme", "Account: Acme\nStatus: Planned"),
    ]
    assert [e.categories for e in events] == [("KAM Desktop",)] * 3


def test_event_descriptions_in_italian(planned: Database, italian: None) -> None:
    events = calendar_events(planned)
    assert [(e.summary, e.description) for e in events] == [
        (
            "Quarterly review – Acme",
            "Account: Acme\nTipo: Riunione\nPartecipanti: Giulia Bianchi (CFO), Anna Berg (Sales)",
        ),
        ("Scadenza: Send proposal – Acme", "Account: Acme\nResponsabile: Anna Berg\nStato: Bloccata"),
        ("Scadenza: Call back – Acme", "Account: Acme\nStato: Pianificata"),
    ]


def test_every_event_in_the_file_is_filed_under_kam_desktop(planned: Database, tmp_path: Path) -> None:
    out = tmp_path / "kam.ics"
    summary = export_ics(planned, out, tz_name="Europe/Rome")
    assert (summary.meetings, summary.due_items, summary.time_zone) == (1, 2, "Europe/Rome")
    lines = out.read_bytes().decode("utf-8").split("\r\n")
    assert [line for line in lines if line.startswith("CATEGORIES")] == ["CATEGORIES:KAM Desktop"] * 3
