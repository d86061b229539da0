"""Breadth (issue 12, module-wide): every event ``services/importers/calendar.py`` puts in the
.ics file, whole - which meetings (today on, not deleted, the account's only when asked, one by
id), in which order, their attendees (customer's people by name, then our team by name, deleted
people left out), their texts with and without notes; which actions (open, dated, not deleted,
overdue ones too), their order and texts; the refusals, the time zone and the file summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange.ical import Attendee, CalendarEvent
from kam_desktop.services import clock
from kam_desktop.services.accounts import AccountInput, create_account, delete_account
from kam_desktop.services.importers import calendar as cal
from kam_desktop.services.importers.calendar import (
    CalendarSummary,
    calendar_events,
    export_ics,
    ics_bytes,
    local_time_zone,
)
from kam_desktop.services.interactions import InteractionInput, delete_interaction, save_interaction
from kam_desktop.services.plan_actions import ActionInput, delete_action, save_action
from kam_desktop.services.plans import ensure_plan
from kam_desktop.services.stakeholders import StakeholderInput, delete_stakeholder, save_stakeholder
from kam_desktop.services.team import MemberInput, create_member
from kam_desktop.store.database import Database
from kam_desktop.store.models import Action, Interaction

TODAY = dt.date(2027, 3, 20)
CAT = ("KAM Desktop",)


class World:
    def __init__(self, db: Database) -> None:
        self.db = db
        acme = create_account(db, AccountInput(name="Acme Società"))
        beta = create_account(db, AccountInput(name="Beta"))
        gone = create_account(db, AccountInput(name="Gone"))
        zoe = save_stakeholder(
            db, acme.id, StakeholderInput(name="Zoe Rossi", title="CEO", email="zoe@acme.it")
        )
        giulia = save_stakeholder(db, acme.id, StakeholderInput(name="Giulia Bianchi"))
        old = save_stakeholder(db, acme.id, StakeholderInput(name="Aldo Vecchi", title="Ex", email="a@v.it"))
        bruno = create_member(db, MemberInput(name="Bruno Neri"))
        anna = create_member(db, MemberInput(name="Anna Berg", function="Sales", email="anna@us.it"))

        def meet(account: int, day: str, **kw: object) -> int:
            return save_interaction(db, account, InteractionInput(on_date=day, **kw)).id  # type: ignore[arg-type]

        self.yesterday = meet(acme.id, "2027-03-19", kind="call", start_time="09:00", subject="Old call")
        self.today = meet(acme.id, "2027-03-20", kind="call", start_time="09:00", summary="Not shown")
        self.review = meet(
            acme.id,
            "2027-03-22",
            kind="meeting",
            start_time="10:30",
            subject="Quarterly review",
            location="Milano, via Roma 1",
            summary="They may switch.",
            next_steps="  ",
            stakeholder_ids=(zoe.id, giulia.id, old.id),
            team_member_ids=(bruno.id, anna.id),
        )
        self.beta_early = meet(beta.id, "2027-03-22", kind="workshop", start_time="08:00", next_steps="Call")
        self.beta_same = meet(beta.id, "2027-03-22", kind="workshop", start_time="10:30", subject="Second")
        deleted = meet(acme.id, "2027-03-25", kind="meeting", start_time="11:00", subject="Cancelled")
        delete_interaction(db, deleted)
        meet(gone.id, "2027-03-23", kind="meeting", start_time="11:00", subject="Gone meeting")
        delete_stakeholder(db, old.id)

        plan = ensure_plan(db, acme.id)

        def act(title: str, **kw: object) -> int:
            return save_action(db, plan.id, ActionInput(title=title, **kw)).id  # type: ignore[arg-type]

        self.proposal = act("Send proposal", due_date="2027-04-15", owner_id=anna.id, status="blocked")
        self.call_back = act("Call back", due_date="2027-04-16")
        self.same_day = act("Same day", due_date="2027-04-15", status="in_progress")
        self.overdue = act("Overdue", due_date="2027-03-01")
        act("Done", due_date="2027-04-01", status="done")
        act("Dropped", due_date="2027-04-01", status="cancelled")
        act("Undated")
        delete_action(db, act("Deleted", due_date="2027-04-02"))
        beta_plan = ensure_plan(db, beta.id)
        self.beta_action = save_action(
            db, beta_plan.id, ActionInput(title="Beta task", due_date="2027-04-10")
        ).id
        gone_plan = ensure_plan(db, gone.id)
        save_action(db, gone_plan.id, ActionInput(title="Gone task", due_date="2027-04-10"))
        delete_account(db, gone.id)
        with db.reading() as session:
            self.stamps = {
                ("interaction", i.id): (i.created_at, i.updated_at)
                for i in session.scalars(select(Interaction))
            } | {("action", a.id): (a.created_at, a.updated_at) for a in session.scalars(select(Action))}

    def uid(self, kind: str, record_id: int) -> str:
        created = self.stamps[(kind, record_id)][0]
        return f"{kind}-{record_id}-{created:%Y%m%dT%H%M%S}@kam-desktop"

    def changed(self, kind: str, record_id: int) -> dt.datetime:
        return self.stamps[(kind, record_id)][1]


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    clock.pin_today(TODAY)
    yield World(db)
    clock.pin_today(None)


def _meetings(w: World, *, notes: bool) -> list[CalendarEvent]:
    review_text = (
        "Account: Acme Società\nKind: Meeting\n"
        "Attendees: Giulia Bianchi, Zoe Rossi (CEO), Anna Berg (Sales), Bruno Neri"
    )
    return [
        CalendarEvent(
            uid=w.uid("interaction", w.today),
            summary="Call – Acme Società",
            day=dt.date(2027, 3, 20),
            start=dt.time(9, 0),
            description="Account: Acme Società\nKind: Call" + ("\n\nSummary:\nNot shown" if notes else ""),
            categories=CAT,
            last_modified=w.changed("interaction", w.today),
        ),
        CalendarEvent(
            uid=w.uid("interaction", w.beta_early),
            summary="Workshop – Beta",
            day=dt.date(2027, 3, 22),
            start=dt.time(8, 0),
            description="Account: Beta\nKind: Workshop" + ("\n\nNext steps:\nCall" if notes else ""),
            categories=CAT,
            last_modified=w.changed("interaction", w.beta_early),
        ),
        CalendarEvent(
            uid=w.uid("interaction", w.review),
            summary="Quarterly review – Acme Società",
            day=dt.date(2027, 3, 22),
            start=dt.time(10, 30),
            location="Milano, via Roma 1",
            description=review_text + ("\n\nSummary:\nThey may switch." if notes else ""),
            attendees=(
                Attendee("Giulia Bianchi", ""),
                Attendee("Zoe Rossi", "zoe@acme.it"),
                Attendee("Anna Berg", "anna@us.it"),
                Attendee("Bruno Neri", ""),
            ),
            categories=CAT,
            last_modified=w.changed("interaction", w.review),
        ),
        CalendarEvent(
            uid=w.uid("interaction", w.beta_same),
            summary="Second – Beta",
            day=dt.date(2027, 3, 22),
            start=dt.time(10, 30),
            description="Account: Beta\nKind: Workshop",
            categories=CAT,
            last_modified=w.changed("interaction", w.beta_same),
        ),
    ]


def _due(w: World, action_id: int, title: str, account: str, day: dt.date, lines: str) -> CalendarEvent:
    return CalendarEvent(
        uid=w.uid("action", action_id),
        summary=f"Due: {title} – {account}",
        day=day,
        description=f"Account: {account}\n{lines}",
        categories=CAT,
        last_modified=w.changed("action", action_id),
        busy=False,
    )


def _actions(w: World) -> list[CalendarEvent]:
    return [
        _due(w, w.overdue, "Overdue", "Acme Società", dt.date(2027, 3, 1), "Status: Planned"),
        _due(w, w.beta_action, "Beta task", "Beta", dt.date(2027, 4, 10), "Status: Planned"),
        _due(
            w,
            w.proposal,
            "Send proposal",
            "Acme Società",
            dt.date(2027, 4, 15),
            "Owner: Anna Berg\nStatus: Blocked",
        ),
        _due(w, w.same_day, "Same day", "Acme Società", dt.date(2027, 4, 15), "Status: In progress"),
        _due(w, w.call_back, "Call back", "Acme Società", dt.date(2027, 4, 16), "Status: Planned"),
    ]


def test_every_event_of_the_calendar_whole(world: World) -> None:
    assert calendar_events(world.db) == _meetings(world, notes=False) + _actions(world)


def test_with_notes_the_summary_and_next_steps_are_added_when_written(world: World) -> None:
    assert calendar_events(world.db, include_notes=True) == _meetings(world, notes=True) + _actions(world)


def test_one_accounts_calendar_by_its_name_spelt_loosely(world: World) -> None:
    events = calendar_events(world.db, "  BETA ")
    assert [e.uid for e in events] == [
        world.uid("interaction", world.beta_early),
        world.uid("interaction", world.beta_same),
        world.uid("action", world.beta_action),
    ]
    accented = calendar_events(world.db, "acme  societa")
    assert [e.summary for e in accented] == [
        "Call – Acme Società",
        "Quarterly review – Acme Società",
        "Due: Overdue – Acme Società",
        "Due: Send proposal – Acme Società",
        "Due: Same day – Acme Società",
        "Due: Call back – Acme Società",
    ]


@pytest.mark.parametrize("name", ["Nope", "Gone"])
def test_an_unknown_or_deleted_account_is_refused(world: World, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        calendar_events(world.db, name)
    assert (caught.value.message, caught.value.field) == (f"No account named \u201c{name}\u201d.", "account")


def test_an_unknown_account_is_refused_in_italian(world: World, italian: None) -> None:
    with pytest.raises(ValidationError) as caught:
        calendar_events(world.db, "Nope")
    assert caught.value.message == "Nessun account di nome \u201cNope\u201d."


def test_one_meeting_by_id_even_a_past_one_and_no_actions(world: World) -> None:
    (event,) = calendar_events(world.db, interaction_id=world.yesterday)
    assert event == CalendarEvent(
        uid=world.uid("interaction", world.yesterday),
        summary="Old call – Acme Società",
        day=dt.date(2027, 3, 19),
        start=dt.time(9, 0),
        description="Account: Acme Società\nKind: Call",
        categories=CAT,
        last_modified=world.changed("interaction", world.yesterday),
    )
    assert calendar_events(world.db, "Beta", interaction_id=world.yesterday) == []
    assert [e.uid for e in calendar_events(world.db, interaction_id=world.review)] == [
        world.uid("interaction", world.review)
    ]


def test_a_day_later_todays_meeting_is_gone(world: World) -> None:
    clock.pin_today(dt.date(2027, 3, 21))
    assert [e.summary for e in calendar_events(world.db)][:1] == ["Workshop – Beta"]
    clock.pin_today(dt.date(2027, 3, 19))
    assert [e.summary for e in calendar_events(world.db)][:2] == [
        "Old call – Acme Società",
        "Call – Acme Società",
    ]


def test_the_uid_of_a_record_without_a_creation_time() -> None:
    assert cal._uid("action", 7, None) == "action-7-0@kam-desktop"
    assert (
        cal._uid("interaction", 12, dt.datetime(2027, 1, 2, 3, 4, 5))
        == "interaction-12-20270102T030405@kam-desktop"
    )


def test_texts_in_italian(world: World, italian: None) -> None:
    events = calendar_events(world.db, "Acme Società", include_notes=True)
    assert [(e.summary, e.description, e.categories) for e in events][1:3] == [
        (
            "Quarterly review – Acme Società",
            "Account: Acme Società\nTipo: Riunione\n"
            "Partecipanti: Giulia Bianchi, Zoe Rossi (CEO), Anna Berg (Sales), Bruno Neri"
            "\n\nSintesi:\nThey may switch.",
            ("KAM Desktop",),
        ),
        ("Scadenza: Overdue – Acme Società", "Account: Acme Società\nStato: Pianificata", ("KAM Desktop",)),
    ]


# --- the time zone and the file -----------------------------------------------------------------


def test_the_time_zone_from_the_environment_else_the_system_else_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    import tzlocal

    monkeypatch.setenv("KAM_DESKTOP_TZ", "America/New_York")
    assert local_time_zone() == "America/New_York"
    monkeypatch.setenv("KAM_DESKTOP_TZ", "")
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "Asia/Tokyo")
    assert local_time_zone() == "Asia/Tokyo"
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: None)
    assert local_time_zone() == "UTC"

    def broken() -> str:
        raise RuntimeError("no zone")

    monkeypatch.setattr(tzlocal, "get_localzone_name", broken)
    assert local_time_zone() == "UTC"
    monkeypatch.delenv("KAM_DESKTOP_TZ")
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "Europe/Rome")
    assert local_time_zone() == "Europe/Rome"


def test_ics_bytes_uses_the_given_zone_or_the_users(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    data, events, tz = ics_bytes(world.db, "Beta", tz_name="Asia/Tokyo")
    assert tz == "Asia/Tokyo"
    assert [e.uid for e in events] == [e.uid for e in calendar_events(world.db, "Beta")]
    text = data.decode()
    assert "DTSTART;TZID=Asia/Tokyo:20270322T080000" in text
    assert text.count("BEGIN:VEVENT") == 3
    monkeypatch.setenv("KAM_DESKTOP_TZ", "Europe/Rome")
    data, events, tz = ics_bytes(world.db, interaction_id=world.review, include_notes=True)
    assert tz == "Europe/Rome"
    assert len(events) == 1 and "They may switch." in events[0].description
    assert "DTSTART;TZID=Europe/Rome:20270322T103000" in data.decode()


def test_a_bad_time_zone_is_refused_before_anything_is_read(world: World) -> None:
    with pytest.raises(ValidationError) as caught:
        ics_bytes(world.db, "Nope", tz_name="Mars/Olympus")
    assert (caught.value.message, caught.value.field) == (
        "\u201cMars/Olympus\u201d is not a time zone (use a name like Europe/Rome).",
        "tz",
    )


def test_export_writes_the_file_and_counts_meetings_and_due_items(world: World, tmp_path: Path) -> None:
    out = tmp_path / "kam.ics"
    summary = export_ics(world.db, out, tz_name="UTC")
    assert summary == CalendarSummary(out, 4, 5, "UTC")
    text = out.read_bytes().decode()
    assert text.count("BEGIN:VEVENT") == 9
    assert "Summary:" not in text
    summary = export_ics(world.db, out, "Beta", tz_name="UTC", include_notes=True)
    assert summary == CalendarSummary(out, 2, 1, "UTC")
    assert "Next steps:" in out.read_bytes().decode()
    summary = export_ics(world.db, out, tz_name="UTC", interaction_id=world.yesterday)
    assert summary == CalendarSummary(out, 1, 0, "UTC")
    assert "Old call" in out.read_bytes().decode()


def test_export_refuses_to_overwrite_the_database(world: World) -> None:
    before = world.db.path.read_bytes()
    with pytest.raises(ValidationError) as caught:
        export_ics(world.db, world.db.path, tz_name="UTC")
    assert "it is the open database" in caught.value.message
    assert world.db.path.read_bytes() == before


def test_next_steps_in_italian(world: World, italian: None) -> None:
    (meeting, _second, _action) = calendar_events(world.db, "Beta", include_notes=True)
    assert meeting.description == "Account: Beta\nTipo: Workshop\n\nProssimi passi:\nCall"
