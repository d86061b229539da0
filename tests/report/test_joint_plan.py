"""The customer edition is the joint plan: shared by choice, customer wording only, never working
text or our figures (issue 13's acceptance)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import String, Text, select, text, update
from sqlalchemy.exc import IntegrityError

from kam_desktop.report.fonts import can_render
from kam_desktop.report.text import clean, has_rtl
from kam_desktop.services import clock
from kam_desktop.services.export import export_plan_pdf
from kam_desktop.services.plan_report_joint import build_joint_plan
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.conftest import hostile_strings
from tests.report.factory import body_text, pdf_text, plant_account, squash

# Names of people and companies, and the plan's own customer wordings (customer text by nature).
EXEMPT = {
    "account.name",
    "stakeholder.name",
    "stakeholder.title",
    "team_member.name",
    "team_member.function",
    "team_member.email",  # our colleagues' work email: the contacts page (only a well-formed address)
    "program_settings.user_name",
    "program_settings.company_name",
    "account_plan.joint_ambition",
    "account_plan.executive_summary",
    "account_plan.next_steps",
    "account_plan.meeting_cadence",
    "account_plan.escalation_path",
}
# What a shared item may print: its customer-facing columns.
CUSTOMER_FACING = {
    "objective.customer_wording",
    "review.customer_summary",
    "action.title",
    "need.description",
    "buying_centre.name",
    "trend.description",
    "trend.impact",
    "value_proposition.title",
    "value_proposition.problem",
    "value_proposition.solution",
    "value_proposition.quantified_value",
    "value_proposition.proof",
    "kpi.name",
    "kpi.unit",
    "interaction.subject",
    "plan_risk.description",
    "plan_risk.mitigation",
}
WORKING_TEXT = {
    "research_answer.answer",
    "review.findings",
    "review.adjustments",
    "interaction.summary",
    "interaction.next_steps",
    "account_plan.strategy_what",
    "account_plan.strategy_with_whom",
    "account_plan.strategy_why",
    "account_plan.qualification_note",
    "account_plan.internal_notes",
    "account.internal_notes",
    "objective.description",
    "objective.measurable_target",
    "stakeholder.notes",
    "stakeholder.cares_about",
    "competitor.strengths",
    "opportunity.notes",
}
MARKER = re.compile(r"MKR(\d{3})R")
# our commercial figures, in whole currency units, planted in every money column
OUR_MONEY = {
    "account.current_revenue_cents": 123_456_789_00,
    "account.potential_revenue_cents": 987_654_321_00,
    "account_plan.revenue_target_cents": 555_444_333_00,
    "opportunity.value_cents": 7_776_665_00,
    "value_proposition.value_cents": 4_443_332_00,
}


def _plant_markers(db: Database) -> dict[int, str]:
    """A unique marker in every text column of every table (enum columns refuse it: skipped)."""
    columns: dict[int, str] = {}
    for table in m.Base.metadata.sorted_tables:
        for column in table.columns:
            name = f"{table.name}.{column.name}"
            if name in EXEMPT or column.primary_key or column.foreign_keys:
                continue
            if not isinstance(column.type, String | Text):
                continue
            idx = len(columns)
            try:
                with db.session() as s:
                    s.execute(
                        text(
                            f"UPDATE {table.name} SET {column.name} = 'MKR{idx:03d}R' || rowid "  # noqa: S608
                        )
                    )
            except IntegrityError:  # hygiene: planting data; a CHECKed enum column refuses free text
                continue
            columns[idx] = name
    return columns


def _markers_in(path: Path, columns: dict[int, str]) -> set[str]:
    return {columns[int(n)] for n in MARKER.findall(squash(pdf_text(path)))}


@pytest.fixture
def world(db: Database) -> int:
    planted = plant_account(db)
    clock.pin_today(dt.date(2026, 5, 1))
    with db.session() as s:
        plan = s.scalars(select(m.AccountPlan).where(m.AccountPlan.account_id == planted.account_id)).one()
        person = s.scalars(
            select(m.Stakeholder).where(m.Stakeholder.account_id == planted.account_id)
        ).first()
        member = s.scalars(select(m.TeamMember)).first()
        assert person is not None and member is not None
        plan.customer_sponsor_id, plan.our_sponsor_id = person.id, member.id
        plan.meeting_cadence, plan.next_review_on = "Monthly", dt.date(2026, 6, 1)
        s.add(
            m.PlanRisk(plan_id=plan.id, description="Late data", mitigation="A checklist", owner_side="yours")
        )
        s.add(
            m.Interaction(
                account_id=planted.account_id, kind="meeting", on_date=dt.date(2026, 5, 20), subject="QBR"
            )
        )
        for review in s.scalars(select(m.Review)):
            review.customer_summary = "On track together"
        for o in s.scalars(select(m.Objective)):
            o.customer_wording = "As you read it"
        for column, cents in OUR_MONEY.items():
            table, col = column.split(".")
            s.execute(text(f"UPDATE {table} SET {col} = {cents}"))  # noqa: S608
    yield planted.account_id
    clock.pin_today(None)


def test_nothing_shared_prints_no_text_of_any_table(db: Database, world: int, tmp_path: Path) -> None:
    columns = _plant_markers(db)
    assert len(columns) > 60  # every text column of every table
    out = tmp_path / "customer.pdf"
    export_plan_pdf(db, world, "customer", "a4", out)
    assert _markers_in(out, columns) == set()
    plan = build_joint_plan(db, world)
    assert plan.section_counts() == {
        "summary": 0,
        "priorities": 0,
        "value": 0,
        "objectives": 0,
        "actions": 0,
        "governance": 1,  # the sponsors and the meeting rhythm: the plan's own customer wording
        "risks": 0,
        "next_steps": 0,
    }


def _money_formats(units: int) -> list[str]:
    millions = units / 1_000_000
    return [
        f"{units:,}",
        f"{units:,}".replace(",", "."),
        f"{units:,}".replace(",", " "),
        f"{units:,}".replace(",", "\u202f"),
        str(units),
        f"{millions:.1f}m",
        f"{millions:.1f}M",
        f"{millions:.1f}".replace(".", ",") + " Mio",
        f"{millions:.2f}m",
    ]


def test_shared_items_print_only_customer_wording_and_never_our_figures(
    db: Database, world: int, tmp_path: Path
) -> None:
    columns = _plant_markers(db)
    with db.session() as s:
        for model in (
            m.Objective,
            m.Action,
            m.Kpi,
            m.Need,
            m.Trend,
            m.ValueProposition,
            m.Review,
            m.Interaction,
        ):
            s.execute(update(model).values(shared=True))
        s.execute(update(m.PlanRisk).values(shared=True))
        s.execute(update(m.Objective).values(internal=False))
        s.execute(update(m.Action).values(internal=False, status="planned"))
        s.execute(update(m.Interaction).values(on_date=dt.date(2026, 5, 20)))
        kpi = s.scalars(select(m.Kpi)).first()
        assert kpi is not None
        kpi.internal = True  # one of our own figures, shared by mistake: still never printed
        internal_kpi = kpi.name
    out = tmp_path / "customer.pdf"
    export_plan_pdf(db, world, "customer", "letter", out)
    printed = _markers_in(out, columns)
    assert printed <= CUSTOMER_FACING, printed - CUSTOMER_FACING
    assert not printed & WORKING_TEXT
    # sharing works: the customer wording of each kind of item is there
    for column in ("objective.customer_wording", "action.title", "need.description", "plan_risk.description"):
        assert column in printed, column
    assert squash(internal_kpi) not in squash(pdf_text(out))
    flat = pdf_text(out)
    for column, cents in OUR_MONEY.items():
        for shown in _money_formats(cents // 100):
            assert shown not in flat, (column, shown)
    # our vocabulary never reaches the customer
    lowered = flat.lower()
    for word in ("penetration", "expansion", "protection", "probability", "pipeline", "blocked", "off track"):
        assert word not in lowered, word


def test_demo_richest_account_is_a_joint_plan(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        account_id, name = s.execute(
            select(m.Account.id, m.Account.name)
            .join(m.AccountPlan, m.AccountPlan.account_id == m.Account.id)
            .join(m.Action, m.Action.plan_id == m.AccountPlan.id)
            .where(m.Account.status == "key")
            .group_by(m.Account.id)
            .order_by(text("count(action.id) DESC"), m.Account.id)
            .limit(1)
        ).one()
    plan = build_joint_plan(demo_db, account_id)
    both = [a for a in plan.actions if a.our_owner and a.their_owner]
    assert both and plan.governance and plan.governance.their_sponsor and plan.governance.our_sponsor
    out = tmp_path / "joint.pdf"
    export_plan_pdf(demo_db, account_id, "customer", "a4", out)
    flat = squash(pdf_text(out))
    for heading in (
        "Our joint plan",
        "Executive summary",
        "Our joint ambition",
        "Your goals and priorities",
        "Value delivered so far",
        "Our joint objectives",
        "Mutual action plan",
        "Milestones",
        "How we work together",
        "Joint risks and dependencies",
        "Next steps and sign-off",
    ):
        assert squash(heading) in flat, heading
    assert squash(both[0].our_owner) in flat and squash(both[0].their_owner) in flat
    assert squash(plan.governance.their_sponsor.name) in flat
    words = pdf_text(out).lower()
    for ours in (
        "the customer",
        "penetration",
        "expansion",
        "protection",
        "revenue",
        "competitor",
        "blocked",
    ):
        assert ours not in words, ours
    assert name in pdf_text(out)
    # the file: its title is its cover's, it opens with the outline, it says its language and date
    reader = PdfReader(str(out))
    meta = reader.metadata
    assert meta is not None and meta.title == f"Our joint plan – {name}"
    assert not str(meta.get("/CreationDate", "")).startswith("D:2000")
    root = reader.trailer["/Root"]
    assert root["/PageMode"] == "/UseOutlines" and root["/Lang"] == "en"
    assert [o.title for o in reader.outline if not isinstance(o, list)] == [  # type: ignore[union-attr]
        "Executive summary",
        "Your goals and priorities",
        "Value delivered so far",
        "Our joint objectives",
        "Mutual action plan",
        "How we work together",
        "Joint risks and dependencies",
        "Next steps and sign-off",
    ]


def test_hostile_strings_in_every_customer_facing_field(db: Database, tmp_path: Path) -> None:
    strings = hostile_strings()
    with db.session() as s:
        acc = m.Account(name="Hostile Joint Ltd", status="key")
        s.add(acc)
        s.flush()
        centre = m.BuyingCentre(account_id=acc.id, name=strings[14])
        member = m.TeamMember(name=strings[3], function=strings[14])
        s.add_all([centre, member])
        s.flush()
        person = m.Stakeholder(account_id=acc.id, name=strings[5], title=strings[6])
        s.add(person)
        s.flush()
        joined = "\n\n".join(strings)
        plan = m.AccountPlan(
            account_id=acc.id,
            period_start=dt.date(2026, 1, 1),
            period_end=dt.date(2026, 12, 31),
            executive_summary=joined,
            joint_ambition=strings[0],
            next_steps=joined,
            meeting_cadence=strings[1],
            escalation_path=strings[2],
            customer_sponsor_id=person.id,
            our_sponsor_id=member.id,
        )
        s.add(plan)
        s.flush()
        for k, value in enumerate(strings):
            objective = m.Objective(
                plan_id=plan.id,
                growth_focus="expansion",
                description="x",
                customer_wording=value,
                shared=True,
            )
            s.add(objective)
            s.flush()
            s.add_all(
                [
                    m.Action(
                        plan_id=plan.id,
                        objective_id=objective.id,
                        title=value,
                        owner_id=member.id,
                        customer_owner_id=person.id,
                        due_date=dt.date(2026, 1, 1) + dt.timedelta(days=k),
                        milestone=k % 10 == 0,
                        shared=True,
                    ),
                    m.Need(account_id=acc.id, description=value, buying_centre_id=centre.id, shared=True),
                    m.Trend(account_id=acc.id, description=value, impact=value, shared=True),
                    m.PlanRisk(plan_id=plan.id, description=value, mitigation=value, shared=True),
                    m.ValueProposition(
                        plan_id=plan.id,
                        title=value,
                        problem=value,
                        solution=value,
                        quantified_value=value,
                        proof=value,
                        shared=True,
                    ),
                    m.Kpi(plan_id=plan.id, name=value, unit=value[:50], shared=True),
                    m.Interaction(
                        account_id=acc.id,
                        kind="meeting",
                        on_date=dt.date(2099, 1, 1),
                        subject=value[:500],
                        shared=True,
                    ),
                ]
            )
        s.add(
            m.Review(
                plan_id=plan.id,
                held_on=dt.date(2026, 3, 1),
                health="on_track",
                customer_summary=joined,
                shared=True,
            )
        )
        account_id = acc.id
    out = tmp_path / "hostile.pdf"
    export_plan_pdf(db, account_id, "customer", "a4", out)
    flat = squash(body_text(out))
    missing = [
        k
        for k, value in enumerate(strings)
        if can_render(clean(value))
        and (
            # right-to-left text is drawn in visual order; pypdf's reassembly moves whole words around
            any(squash(word) not in flat for word in clean(value).split())
            if has_rtl(clean(value))
            else squash(clean(value)) not in flat
        )
    ]
    assert missing == []
    for literal in ("<b>unclosed bold", '<img src="x.png"/>', '<font color="red">red</font>'):
        assert squash(literal) in flat


def test_internal_edition_and_brief_files_are_dated_labelled_and_open_with_the_outline(
    demo_db: Database, tmp_path: Path
) -> None:
    from kam_desktop.services.export import export_brief_pdf

    with demo_db.session() as s:
        account_id = s.scalar(select(m.Account.id).where(m.Account.status == "key").order_by(m.Account.id))
    assert account_id is not None
    plan, brief = tmp_path / "internal.pdf", tmp_path / "brief.pdf"
    export_plan_pdf(demo_db, account_id, "internal", "letter", plan)
    export_brief_pdf(demo_db, account_id, brief)
    for path in (plan, brief):
        reader = PdfReader(str(path))
        assert reader.metadata is not None
        assert not str(reader.metadata["/CreationDate"]).startswith("D:2000")  # a real date, not invariant
        assert reader.trailer["/Root"]["/Lang"] == "en"
    assert PdfReader(str(plan)).trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert PdfReader(str(brief)).metadata.author == "Giulia Conti"  # type: ignore[union-attr]
