"""The account plan PDF: every section renders its real data, honest gaps, running furniture."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kam_desktop.report.models import SECTION_TITLES, Edition, Paper
from kam_desktop.services.export import export_plan_pdf
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.report.factory import pdf_pages, pdf_text, plant_account, squash

SECTION_HEADINGS = ["Executive summary", "Strategy", "Research", "Action plan", "Execution", "Review"]


def _outline_titles(path: Path) -> list[str]:
    def walk(items: list[object]) -> list[str]:
        out: list[str] = []
        for item in items:
            if isinstance(item, list):
                out += walk(item)
            else:
                out.append(str(item.title))  # type: ignore[attr-defined]
        return out

    return walk(PdfReader(str(path)).outline)


@pytest.mark.parametrize("edition", [Edition.INTERNAL])  # the customer edition: test_joint_plan.py
def test_plan_has_every_section_with_its_data(db: Database, tmp_path: Path, edition: Edition) -> None:
    planted = plant_account(db)
    out = tmp_path / f"plan-{edition}.pdf"
    result = export_plan_pdf(db, planted.account_id, edition, Paper.A4, out)
    assert out.exists() and result.pages == pdf_pages(out) >= 6
    text = pdf_text(out)
    flat = squash(text)
    for heading in SECTION_HEADINGS:
        assert heading in text
    assert ("Your account team" if edition is Edition.CUSTOMER else "Team and role coverage") in text
    for what, value in planted.public.items():
        assert squash(value) in flat, what
    # cover: account, period, prepared by, date, edition
    first = PdfReader(str(out)).pages[0].extract_text()
    assert planted.account_name in first and "Giulia Conti" in first
    assert re.search(r"01 Jan \d{4} – 31 Dec \d{4}", first)
    assert ("Customer edition" if edition is Edition.CUSTOMER else "Internal edition") in first
    # contents with page numbers, and the PDF outline
    contents = PdfReader(str(out)).pages[1].extract_text()
    assert "Contents" in contents and "Strategy" in contents and re.search(r"\.  \. +\d+", contents)
    titles = _outline_titles(out)
    for heading in SECTION_HEADINGS:
        assert heading in titles
    # running footer "Page n of m" on every page but the cover
    assert f"Page 2 of {result.pages}" in text and f"Page {result.pages} of {result.pages}" in text
    # real figures: the KPI's latest measurement and the phase statuses
    assert "95.25" in text and "At risk" in text


@pytest.mark.parametrize(("paper", "size"), [(Paper.A4, (595, 842)), (Paper.LETTER, (612, 792))])
def test_paper_sizes(db: Database, tmp_path: Path, paper: Paper, size: tuple[int, int]) -> None:
    planted = plant_account(db)
    out = tmp_path / "plan.pdf"
    export_plan_pdf(db, planted.account_id, "customer", paper, out)
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_empty_account_says_not_yet_planned(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        account = m.Account(name="Brand New Prospect")
        s.add(account)
        s.flush()
        account_id = account.id
    out = tmp_path / "empty.pdf"
    export_plan_pdf(db, account_id, "internal", "a4", out)
    text = pdf_text(out)
    assert "there is no account plan for this account yet" in text
    assert text.count("Not yet planned") >= 8
    assert "no KPIs have been defined yet" in text and "no account team has been formed yet" in text


def test_only_the_chosen_sections(db: Database, tmp_path: Path) -> None:
    planted = plant_account(db)
    out = tmp_path / "some.pdf"
    export_plan_pdf(db, planted.account_id, "internal", "a4", out, sections=["review", "strategy"])
    titles = _outline_titles(out)
    assert "Strategy" in titles and "Review" in titles
    assert SECTION_TITLES["research"] not in titles and "Execution" not in titles


def test_demo_key_account_shows_its_stored_values(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        account_id, name = s.execute(
            select(m.Account.id, m.Account.name)
            .where(m.Account.status == "key")
            .order_by(m.Account.id)
            .limit(1)
        ).one()
        person = s.scalar(
            select(m.Stakeholder.name).where(
                m.Stakeholder.account_id == account_id, m.Stakeholder.reports_to_id.is_(None)
            )
        )
        plan_id = s.scalar(select(m.AccountPlan.id).where(m.AccountPlan.account_id == account_id))
        action = s.scalar(
            select(m.Action.title).where(m.Action.plan_id == plan_id, m.Action.shared.is_(True)).limit(1)
        )
        kpi = s.scalar(select(m.Kpi.name).where(m.Kpi.plan_id == plan_id, m.Kpi.shared.is_(True)).limit(1))
        revenue = s.scalar(select(m.Account.current_revenue_cents).where(m.Account.id == account_id))
    assert person and action and kpi and revenue is not None
    internal, customer = tmp_path / "i.pdf", tmp_path / "c.pdf"
    export_plan_pdf(demo_db, account_id, "internal", "a4", internal)
    export_plan_pdf(demo_db, account_id, "customer", "letter", customer)
    for path in (internal, customer):
        flat = squash(pdf_text(path))
        for value in (name, person, action, kpi):
            assert squash(value) in flat
    figure = f"{revenue // 100:,}"
    assert figure in pdf_text(internal) and figure not in pdf_text(customer)
