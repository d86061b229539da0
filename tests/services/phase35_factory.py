"""Builders for the phase 3-5 service tests: an account with a plan, team, people, offerings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kam_desktop.domain.enums import GrowthFocus, ResearchStatus
from kam_desktop.services import accounts, clock
from kam_desktop.services.accounts import AccountInput
from kam_desktop.services.plans import ensure_plan
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    AccountTeamMember,
    Objective,
    Offering,
    ResearchAnswer,
    Stakeholder,
    TeamMember,
)

TODAY = dt.date(2026, 11, 26)  # a Thursday


@dataclass
class World:
    account_id: int
    plan_id: int
    ann: int  # team member (core team)
    bo: int  # team member
    centres: dict[str, int]
    offerings: dict[str, int]
    people: dict[str, int]
    objectives: dict[str, int]
    research: dict[str, int]


def build(db: Database, name: str = "Acme Rail AG") -> World:
    account = accounts.create_account(db, AccountInput(name=name, current_revenue="1000000"))
    plan = ensure_plan(db, account.id)
    ops = accounts.save_buying_centre(db, account.id, "Operations").id
    it = accounts.save_buying_centre(db, account.id, "IT").id
    with db.session() as s:
        ann, bo = TeamMember(name="Ann Kay", function="KAM"), TeamMember(name="Bo Lind", function="Engineer")
        s.add_all([ann, bo])
        s.flush()
        s.add(AccountTeamMember(account_id=account.id, team_member_id=ann.id))
        offerings = {}
        for o in ("Telematics", "Maintenance"):
            row = s.query(Offering).filter_by(name=o).one_or_none() or Offering(name=o)
            s.add(row)
            s.flush()
            offerings[o] = row.id
        cfo = Stakeholder(
            account_id=account.id,
            name="Carla Ruiz",
            title="CFO",
            buying_centre_id=ops,
            influence=5,
            attitude="supporter",
            relationship_strength=3,
            owner_id=ann.id,
            cares_about="Cash flow",
        )
        cio = Stakeholder(
            account_id=account.id,
            name="Dirk Vos",
            title="CIO",
            buying_centre_id=it,
            influence=4,
            attitude="opponent",
            relationship_strength=2,
            owner_id=bo.id,
        )
        s.add_all([cfo, cio])
        s.flush()
        o1 = Objective(
            plan_id=plan.id,
            growth_focus=GrowthFocus.PENETRATION.value,
            description="Open IT",
            measurable_target="First order",
            due_date=TODAY + dt.timedelta(days=90),
        )
        o2 = Objective(
            plan_id=plan.id, growth_focus=GrowthFocus.EXPANSION.value, description="Sell maintenance"
        )
        s.add_all([o1, o2])
        s.flush()
        r1 = ResearchAnswer(
            plan_id=plan.id,
            question_id="Q01",
            category=1,
            status=ResearchStatus.NEEDS_RESEARCH.value,
            owner_id=bo.id,
            due_date=TODAY + dt.timedelta(days=5),
            stakeholder_id=cfo.id,
        )
        r2 = ResearchAnswer(
            plan_id=plan.id,
            question_id=None,
            custom_question="Who signs above 1m?",
            category=8,
            status=ResearchStatus.NEEDS_RESEARCH.value,
        )
        r3 = ResearchAnswer(
            plan_id=plan.id,
            question_id="Q02",
            category=1,
            status=ResearchStatus.ANSWERED.value,
            answer="Ten years",
            stakeholder_id=cfo.id,
        )
        s.add_all([r1, r2, r3])
        s.flush()
        return World(
            account.id,
            plan.id,
            ann.id,
            bo.id,
            {"Operations": ops, "IT": it},
            offerings,
            {"Carla": cfo.id, "Dirk": cio.id},
            {"Open IT": o1.id, "Sell maintenance": o2.id},
            {"Q01": r1.id, "custom": r2.id, "Q02": r3.id},
        )


def pinned(day: dt.date = TODAY) -> None:
    clock.pin_today(day)
