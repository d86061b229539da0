"""The calendar out: the .ics parses with icalendar, meetings carry the right times in the
user's time zone, actions' due dates are all-day items, UIDs are stable, no internal notes
unless asked, lines are folded and text escaped as RFC 5545 says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from kam_desktop.app import main
from kam_desktop.services import clock
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.importers.calendar import export_ics
from kam_desktop.services.interactions import InteractionInput, save_interaction
from kam_desktop.services.plan_actions import ActionInput, save_action
from kam_desktop.services.plans import ensure_plan
from kam_desktop.services.stakeholders import StakeholderInput, save_stakeholder
from kam_desktop.services.team import MemberInput, create_member
from kam_desktop.store.database import Database

TODAY = dt.date(2027, 3, 20)


@pytest.fixture
def meetings_db(db: Database) -> Database:
    clock.pin_today(TODAY)
    rossi = create_account(db, AccountInput(name="Società Rossi S.p.A."))
    acme = create_account(db, AccountInput(name="Acme, Inc."))
    giulia = save_stakeholder(
        db, rossi.id, StakeholderInput(name="Giulia Bianchi", title="CFO", email="giulia@rossi.example")
    )
    luca = save_stakeholder(db, rossi.id, StakeholderInput(name="Luca Verdi"))  # no email
    me = create_member(db, MemberInput(name="Anna Berg", email="anna@ourco.example"))
    # 10:30 in Rome on a date after the switch to summer time (UTC+2)
    save_interaction(
        db,
        rossi.id,
        InteractionInput(
            kind="meeting",
            on_date="2027-04-02",
            start_time="10:30",
            subject="Revisione trimestrale; budget, 2027",
            location="Milano, Via Roma 1",
            summary="INTERNAL: they may switch to a competitor",
            next_steps="Send the offer",
            stakeholder_ids=(giulia.id, luca.id),
            team_member_ids=(me.id,),
        ),
    )
    save_interaction(
        db, rossi.id, InteractionInput(kind="call", on_date="2027-03-10", start_time="09:00")
    )  # past
    save_interaction(db, acme.id, InteractionInput(kind="workshop", on_date="2027-03-25", subject="Kick-off"))
    plan = ensure_plan(db, acme.id)
    save_action(db, plan.id, ActionInput(title="Send proposal", due_date="2027-04-15", owner_id=me.id))
    save_action(db, plan.id, ActionInput(title="Done already", due_date="2027-04-16", status="done"))
    save_action(db, plan.id, ActionInput(title="No date"))
    yield db
    clock.pin_today(None)


def _events(path: Path) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def test_meetings_in_the_users_time_zone_and_due_dates(meetings_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "kam.ics"
    summary = export_ics(meetings_db, out, tz_name="Europe/Rome")
    assert (summary.meetings, summary.due_items) == (2, 1)
    events = _events(out)
    assert sorted(events) == [
        "Due: Send proposal – Acme, Inc.",
        "Kick-off – Acme, Inc.",
        "Revisione trimestrale; budget, 2027 – Società Rossi S.p.A.",
    ]
    review = events["Revisione trimestrale; budget, 2027 – Società Rossi S.p.A."]
    start = review.decoded("dtstart")
    assert start == dt.datetime(2027, 4, 2, 10, 30, tzinfo=ZoneInfo("Europe/Rome"))
    assert start.astimezone(dt.UTC) == dt.datetime(2027, 4, 2, 8, 30, tzinfo=dt.UTC)
    assert review.decoded("dtend") - start == dt.timedelta(hours=1)
    assert str(review["location"]) == "Milano, Via Roma 1"
    assert sorted(str(a) for a in review.get("attendee")) == [
        "mailto:anna@ourco.example",
        "mailto:giulia@rossi.example",
    ]
    description = str(review["description"])
    assert description == (
        "Account: Società Rossi S.p.A.\nKind: Meeting\nAttendees: Giulia Bianchi (CFO), Luca Verdi, Anna Berg"
    )
    assert "INTERNAL" not in out.read_text(encoding="utf-8")
    kickoff = events["Kick-off – Acme, Inc."]
    assert kickoff.decoded("dtstart") == dt.date(2027, 3, 25)  # no time: all day
    due = events["Due: Send proposal – Acme, Inc."]
    assert due.decoded("dtstart") == dt.date(2027, 4, 15)
    assert due.decoded("dtend") == dt.date(2027, 4, 16)
    assert str(due["transp"]) == "TRANSPARENT"
    assert "Owner: Anna Berg" in str(due["description"])
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Rome"]


def test_rfc5545_folding_escaping_and_crlf(meetings_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "kam.ics"
    export_ics(meetings_db, out, tz_name="Europe/Rome")
    raw = out.read_bytes()
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"END:VCALENDAR\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75
    assert b"SUMMARY:Revisione trimestrale\\; budget\\, 2027 \xe2\x80\x93 Societ" in raw


def test_uids_are_stable_and_notes_only_when_asked(meetings_db: Database, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export_ics(meetings_db, first, tz_name="Europe/Rome")
    clock.pin_today(TODAY + dt.timedelta(days=1))
    export_ics(meetings_db, second, tz_name="America/New_York", include_notes=True)
    uids_a = {str(e["uid"]) for e in _events(first).values()}
    uids_b = {str(e["uid"]) for e in _events(second).values()}
    assert uids_a == uids_b and len(uids_a) == 3
    review = _events(second)["Revisione trimestrale; budget, 2027 – Società Rossi S.p.A."]
    assert review.decoded("dtstart") == dt.datetime(2027, 4, 2, 10, 30, tzinfo=ZoneInfo("America/New_York"))
    assert str(review["description"]).endswith(
        "\n\nSummary:\nINTERNAL: they may switch to a competitor\n\nNext steps:\nSend the offer"
    )


def test_cli_export_ics(meetings_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "acme.ics"
    args = ["export-ics", "--db", str(meetings_db.path), "--out", str(out)]
    assert main([*args, "--account", "ACME, inc.", "--tz", "Europe/Rome"]) == 0
    assert capsys.readouterr().out == f"Wrote 1 meetings and 1 due dates (times in Europe/Rome) to {out}\n"
    assert sorted(_events(out)) == ["Due: Send proposal – Acme, Inc.", "Kick-off – Acme, Inc."]
    assert main([*args, "--tz", "Mars/Olympus"]) == 2
    assert (
        capsys.readouterr().err
        == "kam-desktop: “Mars/Olympus” is not a time zone (use a name like Europe/Rome).\n"
    )
    assert main([*args, "--account", "Nobody"]) == 2
    assert capsys.readouterr().err == "kam-desktop: No account named “Nobody”.\n"
    assert main(["export-ics", "--db", str(meetings_db.path), "--out", str(meetings_db.path)]) == 2
    assert (
        capsys.readouterr().err
        == f"kam-desktop: Refused to write {meetings_db.path}: it is the open database.\n"
    )


def test_a_meeting_today_is_exported_and_yesterdays_is_not(meetings_db: Database, tmp_path: Path) -> None:
    today_ltd = create_account(meetings_db, AccountInput(name="Today Ltd"))
    for day, subject in ((TODAY, "Lunch today"), (TODAY - dt.timedelta(days=1), "Yesterday's call")):
        save_interaction(
            meetings_db, today_ltd.id, InteractionInput(kind="meeting", on_date=day, subject=subject)
        )
    out = tmp_path / "kam.ics"
    summary = export_ics(meetings_db, out, account="Today Ltd", tz_name="Europe/Rome")
    assert (summary.meetings, summary.due_items) == (1, 0)
    assert sorted(_events(out)) == ["Lunch today – Today Ltd"]


def test_the_time_zone_comes_from_kam_desktop_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    from kam_desktop.services.importers.calendar import local_time_zone

    monkeypatch.setenv("KAM_DESKTOP_TZ", "America/New_York")
    assert local_time_zone() == "America/New_York"
