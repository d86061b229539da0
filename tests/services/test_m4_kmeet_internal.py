"""The internal plan's own parts, values the fourth breadth measurement found unpinned (issue 12),
with the day pinned: the team table's work emails, the fluency table listing exactly the members
rated in at least one area (all five rated included), the competitor table's every column, and an
account without a plan yet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from kam_desktop.domain.enums import CounterStatus, FluencyArea, Role, RoleStrength, ThreatLevel
from kam_desktop.report.models import CompetitorRow, Edition, FluencyRow, TeamRow
from kam_desktop.services import accounts, clock, team
from kam_desktop.services.plan_report import build_plan_report
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(autouse=True)
def pinned_today() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


def test_the_team_table_and_the_fluency_table(db: Database) -> None:
    acme = accounts.create_account(db, accounts.AccountInput("Acme Logistics")).id
    lena = team.create_member(db, team.MemberInput("Lena Berg", "KAM", "lena.berg@ours.example")).id
    omar = team.create_member(db, team.MemberInput("Omar Diaz", "Engineer")).id
    pia = team.create_member(db, team.MemberInput("Pia Kos", "Finance", "pia@ours.example")).id
    for member in (lena, omar, pia):
        team.add_to_account_team(db, acme, member)
    # Lena holds two roles (listed in the roles' order, whatever the order assigned)
    team.set_role(db, acme, lena, Role.COLLABORATOR, RoleStrength.BACKUP)
    team.set_role(db, acme, lena, Role.RELATIONSHIP_LEAD, RoleStrength.PRIMARY)
    team.rate_fluency(db, lena, dict.fromkeys(FluencyArea, 4), "2026-11-20")  # every area rated
    team.rate_fluency(db, pia, {FluencyArea.MARKET: 2}, "2026-11-21")  # one area rated
    report = build_plan_report(db, acme, Edition.INTERNAL)
    assert report.team == (
        TeamRow(
            "Lena Berg",
            "KAM",
            "lena.berg@ours.example",
            ((Role.RELATIONSHIP_LEAD, RoleStrength.PRIMARY), (Role.COLLABORATOR, RoleStrength.BACKUP)),
        ),
        TeamRow("Omar Diaz", "Engineer", "", ()),
        TeamRow("Pia Kos", "Finance", "pia@ours.example", ()),
    )
    assert report.internal is not None
    # Omar, never rated, is not listed
    assert report.internal.fluency == (
        FluencyRow("Lena Berg", (4, 4, 4, 4, 4)),
        FluencyRow("Pia Kos", (None, None, 2, None, None)),
    )


def test_an_account_without_a_plan_has_no_qualification_note_or_plan_notes(db: Database) -> None:
    acme = accounts.create_account(db, accounts.AccountInput("Acme Logistics", internal_notes="Ours")).id
    report = build_plan_report(db, acme, Edition.INTERNAL)
    assert report.has_plan is False
    assert report.internal is not None
    facts = report.internal
    assert (facts.revenue_target, facts.still_key, facts.qualification_note, facts.plan_notes) == (
        None,
        None,
        "",
        "",
    )
    assert facts.account_notes == "Ours"
    assert (facts.currency, facts.account_status, facts.score_label) == ("EUR", "Candidate", "not assessed")


def test_the_competitor_table_holds_every_column_as_entered(db: Database) -> None:
    acme = accounts.create_account(db, accounts.AccountInput("Acme Logistics")).id
    with db.session() as s:
        s.add(
            m.Competitor(
                account_id=acme,
                name="RivalCo",
                presence="Two depots",
                strengths="Low prices",
                weaknesses="Slow service",
                threat_level="high",
                counter_strategy="Bundle maintenance",
                counter_status="in_progress",
            )
        )
    report = build_plan_report(db, acme, Edition.INTERNAL)
    assert report.internal is not None
    assert report.internal.competitors == (
        CompetitorRow(
            "RivalCo",
            "Two depots",
            "Low prices",
            "Slow service",
            ThreatLevel.HIGH,
            "Bundle maintenance",
            CounterStatus.IN_PROGRESS,
        ),
    )
