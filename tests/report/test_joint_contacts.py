"""The customer edition's contacts, dates and measures as the customer's executive reads them:
who prepared the plan and our executive sponsor with their work contact details, dates that
stay on one line in Italian, and the measures' table with its charts on one page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from kam_desktop.services import clock
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.services.export import export_plan_pdf
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.report.factory import pdf_text, squash
from tests.services.phase35_factory import TODAY, World, build


@pytest.fixture(autouse=True)
def _today() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


def _joint(db: Database, *, user: str, sponsor: bool = True) -> World:
    w = build(db)
    with db.session() as s:
        settings = s.get(m.ProgramSettings, 1) or m.ProgramSettings(id=1)
        settings.user_name, settings.company_name = user, "OurCo Services"
        s.add(settings)
        ann = s.get(m.TeamMember, w.ann)
        bo = s.get(m.TeamMember, w.bo)
        assert ann is not None and bo is not None
        ann.email, ann.notes = "ann.kay@ourco.example", "INTERNALNOTE prefers email"
        bo.email = "bo.lind@ourco.example"
        bo.function = "Chief Operating Officer"
        s.add(m.AccountTeamMember(account_id=w.account_id, team_member_id=bo.id))
    sharing.save_joint_fields(
        db,
        w.account_id,
        sharing.JointFields(
            meeting_cadence="Monthly",
            customer_sponsor_id=w.people["Carla"],
            our_sponsor_id=w.bo if sponsor else None,
        ),
    )
    return w


def test_contacts_name_the_preparer_and_our_sponsor_with_their_work_email(
    db: Database, tmp_path: Path
) -> None:
    w = _joint(db, user="Ann Kay")
    out = tmp_path / "joint.pdf"
    export_plan_pdf(db, w.account_id, "customer", "a4", out)
    words = pdf_text(out)
    contacts = squash(words[words.index("Your contacts at OurCo Services") :])
    assert contacts.startswith(
        squash(
            "Your contacts at OurCo Services Name Role Contact "
            "Ann Kay KAM Prepared this plan ann.kay@ourco.example "
            "Bo Lind Chief Operating Officer Executive sponsor bo.lind@ourco.example"
        )
    )
    assert "INTERNALNOTE" not in words  # a colleague's notes are ours
    assert "Carla Ruiz" in words and "carla" not in contacts.lower()  # their sponsor: no details of theirs


def test_a_preparer_who_is_not_in_the_team_is_named_and_the_sponsor_row_stays(
    db: Database, tmp_path: Path
) -> None:
    w = _joint(db, user="Zoe Preparer")
    out = tmp_path / "joint.pdf"
    export_plan_pdf(db, w.account_id, "customer", "a4", out)
    words = pdf_text(out)
    contacts = squash(words[words.index("Your contacts at OurCo Services") :])
    assert contacts.startswith(
        squash(
            "Your contacts at OurCo Services Name Role Contact Zoe Preparer Prepared this plan – "
            "Bo Lind Chief Operating Officer Executive sponsor bo.lind@ourco.example "
            "Ann Kay KAM ann.kay@ourco.example"
        )
    )


def test_the_preparer_who_is_also_our_sponsor_is_one_row(db: Database, tmp_path: Path) -> None:
    w = _joint(db, user="Bo Lind")
    out = tmp_path / "joint.pdf"
    export_plan_pdf(db, w.account_id, "customer", "a4", out)
    contacts = squash(pdf_text(out).split("Your contacts at OurCo Services")[1])
    assert contacts.startswith(
        squash(
            "Name Role Contact Bo Lind Chief Operating Officer Prepared this plan · Executive sponsor "
            "bo.lind@ourco.example Ann Kay KAM ann.kay@ourco.example"
        )
    )
    assert contacts.count("BoLind") == 1


def test_italian_dates_stay_on_one_line_in_table_cells(db: Database, tmp_path: Path) -> None:
    w = _joint(db, user="Ann Kay")
    with db.session() as s:
        s.add(
            m.Action(
                plan_id=w.plan_id,
                title="Concordare il perimetro del pilota",
                due_date=dt.date(2026, 12, 27),
                owner_id=w.ann,
                customer_owner_id=w.people["Carla"],
                shared=True,
            )
        )
    out = tmp_path / "it.pdf"
    export_plan_pdf(db, w.account_id, "customer", "a4", out, language="it")
    lines = [" ".join(line.split()) for line in pdf_text(out).splitlines()]
    assert any("27 dic 2026" in line for line in lines), lines
    assert "dicembre" not in pdf_text(out)


def test_the_measures_table_and_its_first_charts_share_a_page(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        account_id = s.execute(
            select(m.Account.id)
            .join(m.AccountPlan, m.AccountPlan.account_id == m.Account.id)
            .join(m.Kpi, m.Kpi.plan_id == m.AccountPlan.id)
            .where(m.Kpi.shared.is_(True))
            .group_by(m.Account.id)
            .order_by(text("count(kpi.id) DESC"), m.Account.id)
            .limit(1)
        ).scalar_one()
    for paper in ("a4", "letter"):
        out = tmp_path / f"{paper}.pdf"
        export_plan_pdf(demo_db, account_id, "customer", paper, out)
        pages = [p.extract_text() or "" for p in PdfReader(str(out)).pages]
        table_page = next(i for i, p in enumerate(pages) if "How we measure progress" in p)
        first_chart = next(i for i, p in enumerate(pages) if "is better (" in p)
        assert first_chart == table_page, paper
