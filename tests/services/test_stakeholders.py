"""Stakeholders (with the org chart and its cycle rule), competitors, trends, needs, trash."""

from __future__ import annotations

import pytest

from kam_desktop.domain.enums import Attitude, DecisionRole, ThreatLevel
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.services import accounts
from kam_desktop.services import stakeholders as sh
from kam_desktop.services.stakeholders import CompetitorInput, StakeholderInput
from kam_desktop.store.database import Database
from kam_desktop.store.models import TeamMember
from tests.hostile import hostile_strings, one_line_ok, text_ok


@pytest.fixture
def account_id(db: Database) -> int:
    return accounts.create_account(db, accounts.AccountInput("Acme Logistics")).id


def test_every_field_round_trips(db: Database, account_id: int) -> None:
    with db.session() as session:
        owner = TeamMember(name="Giulia Conti")
        session.add(owner)
        session.flush()
        owner_id = owner.id
    centre = accounts.save_buying_centre(db, account_id, "Procurement")
    boss = sh.save_stakeholder(db, account_id, StakeholderInput("Anna Rossi", "CEO"))
    cmd = StakeholderInput(
        name="  Marco Bianchi ",
        title="VP Procurement",
        buying_centre_id=centre.id,
        reports_to_id=boss.id,
        decision_role=DecisionRole.ECONOMIC_BUYER,
        influence=5,
        attitude="supporter",
        relationship_strength=3,
        owner_id=owner_id,
        email="marco@acme.example",
        phone="+39 02 1234",
        last_contact="2026-10-01",
        cares_about="Uptime\nand cost",
        notes="Prefers mornings",
    )
    saved = sh.save_stakeholder(db, account_id, cmd)
    got = sh.get_stakeholder(db, saved.id)
    assert got.name == "Marco Bianchi"
    assert (got.title, got.buying_centre, got.reports_to, got.decision_role) == (
        "VP Procurement",
        "Procurement",
        "Anna Rossi",
        DecisionRole.ECONOMIC_BUYER,
    )
    assert (got.influence, got.attitude, got.relationship_strength, got.owner) == (
        5,
        Attitude.SUPPORTER,
        3,
        "Giulia Conti",
    )
    assert (got.email, got.phone, str(got.last_contact), got.cares_about, got.notes) == (
        "marco@acme.example",
        "+39 02 1234",
        "2026-10-01",
        "Uptime\nand cost",
        "Prefers mornings",
    )


@pytest.mark.parametrize(
    ("cmd", "field"),
    [
        (StakeholderInput(""), "name"),
        (StakeholderInput("A", influence=6), "influence"),
        (StakeholderInput("A", relationship_strength=0), "relationship_strength"),
        (StakeholderInput("A", attitude="hostile"), "attitude"),
        (StakeholderInput("A", decision_role="king"), "decision_role"),
        (StakeholderInput("A", email="not-an-email"), "email"),
        (StakeholderInput("A", last_contact="31/12/2026"), "last_contact"),
        (StakeholderInput("A", reports_to_id=9999), "reports_to"),
        (StakeholderInput("A", buying_centre_id=9999), "buying_centre"),
        (StakeholderInput("A", owner_id=9999), "owner"),
    ],
)
def test_invalid_stakeholders_refused(
    db: Database, account_id: int, cmd: StakeholderInput, field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        sh.save_stakeholder(db, account_id, cmd)
    assert err.value.field == field
    assert sh.list_stakeholders(db, account_id) == ()


def test_reports_to_cannot_make_a_loop(db: Database, account_id: int) -> None:
    a = sh.save_stakeholder(db, account_id, StakeholderInput("A"))
    b = sh.save_stakeholder(db, account_id, StakeholderInput("B", reports_to_id=a.id))
    c = sh.save_stakeholder(db, account_id, StakeholderInput("C", reports_to_id=b.id))
    with pytest.raises(ValidationError) as err:
        sh.save_stakeholder(db, account_id, StakeholderInput("A", reports_to_id=c.id), a.id)
    assert err.value.field == "reports_to"
    with pytest.raises(ValidationError):
        sh.save_stakeholder(db, account_id, StakeholderInput("A", reports_to_id=a.id), a.id)
    assert sh.get_stakeholder(db, a.id).reports_to_id is None


def test_manager_must_be_at_the_same_account(db: Database, account_id: int) -> None:
    other = accounts.create_account(db, accounts.AccountInput("Other"))
    boss = sh.save_stakeholder(db, other.id, StakeholderInput("Boss"))
    with pytest.raises(ValidationError):
        sh.save_stakeholder(db, account_id, StakeholderInput("A", reports_to_id=boss.id))


def test_org_chart_levels(db: Database, account_id: int) -> None:
    ceo = sh.save_stakeholder(db, account_id, StakeholderInput("CEO", influence=5))
    vps = [
        sh.save_stakeholder(db, account_id, StakeholderInput(f"VP {i}", reports_to_id=ceo.id))
        for i in range(2)
    ]
    leads = [
        sh.save_stakeholder(db, account_id, StakeholderInput(f"Lead {i}", reports_to_id=vps[0].id))
        for i in range(3)
    ]
    chart = sh.org_chart(db, account_id)
    placed = chart.layout.by_id()
    assert placed[ceo.id].level == 0
    assert {placed[v.id].level for v in vps} == {1}
    assert {placed[x.id].level for x in leads} == {2}
    assert chart.layout.depth == 3


def test_delete_and_restore_stakeholder(db: Database, account_id: int) -> None:
    boss = sh.save_stakeholder(db, account_id, StakeholderInput("Boss"))
    report = sh.save_stakeholder(db, account_id, StakeholderInput("Report", reports_to_id=boss.id))
    sh.delete_stakeholder(db, boss.id)
    assert [p.name for p in sh.list_stakeholders(db, account_id)] == ["Report"]
    assert sh.get_stakeholder(db, report.id).reports_to_id is None  # drawn at the top meanwhile
    with pytest.raises(NotFoundError):
        sh.get_stakeholder(db, boss.id)
    sh.restore_stakeholder(db, boss.id)
    assert sh.get_stakeholder(db, report.id).reports_to == "Boss"


def test_restore_breaks_a_loop_made_meanwhile(db: Database, account_id: int) -> None:
    a = sh.save_stakeholder(db, account_id, StakeholderInput("A"))
    b = sh.save_stakeholder(db, account_id, StakeholderInput("B", reports_to_id=a.id))
    d = sh.save_stakeholder(db, account_id, StakeholderInput("D", reports_to_id=b.id))
    sh.delete_stakeholder(db, b.id)
    sh.save_stakeholder(db, account_id, StakeholderInput("A", reports_to_id=d.id), a.id)  # B is gone: allowed
    restored = sh.restore_stakeholder(db, b.id)
    assert restored.reports_to_id is None  # B -> A would close the loop B -> A -> D -> B
    assert sh.get_stakeholder(db, d.id).reports_to == "B"
    assert sh.org_chart(db, account_id).layout.depth == 3


def test_hostile_stakeholder_names(db: Database, account_id: int) -> None:
    for text in hostile_strings():
        cmd = StakeholderInput(text, title=text, notes=text, cares_about=text)
        if not (one_line_ok(text) and text_ok(text, 20_000)):
            with pytest.raises(ValidationError) as err:
                sh.save_stakeholder(db, account_id, cmd)
            assert err.value.field in {"name", "title", "notes", "cares_about"}
            continue
        saved = sh.save_stakeholder(db, account_id, cmd)
        got = sh.get_stakeholder(db, saved.id)
        assert (got.name, got.title) == (text.strip(), text.strip())
        assert (got.notes, got.cares_about) == (text, text)


def test_competitors_trends_needs_with_trash(db: Database, account_id: int) -> None:
    comp = sh.save_competitor(
        db,
        account_id,
        CompetitorInput(
            "Vantor", "Holds telematics", "Cheap", threat_level=ThreatLevel.HIGH, counter_strategy="TCO"
        ),
    )
    sh.save_competitor(db, account_id, CompetitorInput("Vantor Systems", threat_level="low"), comp.id)
    (row,) = sh.list_competitors(db, account_id)
    assert (row.name, row.threat_level, row.presence) == ("Vantor Systems", ThreatLevel.LOW, "")
    with pytest.raises(ValidationError) as err:
        sh.save_competitor(db, account_id, CompetitorInput("X", threat_level="extreme"))
    assert err.value.field == "threat_level"
    trend = sh.save_trend(db, account_id, "Near-shoring", "More plants in Europe")
    need = sh.save_need(db, account_id, "Less downtime", 5)
    with pytest.raises(ValidationError):
        sh.save_need(db, account_id, "x", 7)
    with pytest.raises(ValidationError):
        sh.save_trend(db, account_id, "   ")
    for kind, item, lister in (
        ("competitor", comp.id, sh.list_competitors),
        ("trend", trend.id, sh.list_trends),
        ("need", need.id, sh.list_needs),
    ):
        sh.delete_item(db, kind, item)
        assert lister(db, account_id) == ()
        sh.restore_item(db, kind, item)
        assert len(lister(db, account_id)) == 1
