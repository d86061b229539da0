"""The plan report, values the fourth breadth measurement found unpinned (issue 12): a link to a
person of ANOTHER account (a need, an action, a strategy target, a reporting line - stored by an
import or an older version) never names that person in this account's plan, in either edition;
and the internal plan shows a revenue never entered as 0, not as anything else."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from kam_desktop.report.models import Edition, NeedRow, PlanReport
from kam_desktop.services import accounts, clock
from kam_desktop.services.plan_report import build_plan_report
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.services.phase35_factory import TODAY, World, build


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    clock.pin_today(TODAY)
    yield build(db)
    clock.pin_today(None)


@pytest.mark.parametrize("edition", [Edition.INTERNAL, Edition.CUSTOMER])
def test_a_person_of_another_account_is_never_named_in_this_plan(
    db: Database, world: World, edition: Edition
) -> None:
    other = accounts.create_account(db, accounts.AccountInput("Other Freight SA")).id
    with db.session() as s:
        stranger = m.Stakeholder(account_id=other, name="Stan Stranger", influence=5)
        s.add(stranger)
        s.flush()
        s.add(
            m.Need(
                account_id=world.account_id, description="Lower costs", priority=2, stakeholder_id=stranger.id
            )
        )
        s.add(m.Action(plan_id=world.plan_id, title="Call Stan", stakeholder_id=stranger.id))
        s.add(m.PlanTargetStakeholder(plan_id=world.plan_id, stakeholder_id=stranger.id))
        s.add(m.PlanTargetStakeholder(plan_id=world.plan_id, stakeholder_id=world.people["Dirk"]))
        dirk = s.get(m.Stakeholder, world.people["Dirk"])
        assert dirk is not None
        dirk.reports_to_id = stranger.id
    report = build_plan_report(db, world.account_id, edition)
    assert isinstance(report, PlanReport)
    assert report.needs == (NeedRow("Lower costs", 2, "", ""),)
    assert [(a.title, a.stakeholder) for a in report.actions] == [("Call Stan", "")]
    assert report.strategy is not None
    assert report.strategy.target_stakeholders == ("Dirk Vos",)
    assert [(p.name, p.reports_to_id) for p in report.stakeholders] == [
        ("Carla Ruiz", None),
        ("Dirk Vos", None),
    ]


def test_the_internal_plan_shows_a_revenue_of_nothing_as_zero(db: Database, world: World) -> None:
    # the world's account: current revenue 1,000,000, potential revenue never entered (0)
    report = build_plan_report(db, world.account_id, Edition.INTERNAL)
    assert report.internal is not None
    assert (report.internal.current_revenue, report.internal.potential_revenue) == (
        Decimal("1000000.00"),
        Decimal("0"),
    )
    accounts.update_account(
        db,
        world.account_id,
        accounts.AccountInput("Acme Rail AG", current_revenue="0", potential_revenue="0.01"),
    )
    report = build_plan_report(db, world.account_id, Edition.INTERNAL)
    assert report.internal is not None
    assert (report.internal.current_revenue, report.internal.potential_revenue) == (
        Decimal("0"),
        Decimal("0.01"),
    )
