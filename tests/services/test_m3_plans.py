"""Three plan values the third breadth measurement found unpinned (issue 12), with the day pinned:

- the internal plan's fluency table shows each area's rating of the latest DATE, also when an
  older-dated rating was entered afterwards (a rating back-dated to when it was given);
- an account's current plan is the one of the latest period, also when an older period was
  entered after it (a past year's plan added later);
- an interaction on the plan period's first day counts for Execution, the day before does not;
  the last day that counts is today, or the period's end once it is past.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from kam_desktop.domain.enums import FluencyArea, InteractionKind, Phase, Rigour
from kam_desktop.report.models import FluencyRow
from kam_desktop.services import accounts, clock, plans, strategy, team
from kam_desktop.services import interactions as ix
from kam_desktop.services.plan_report import build_plan_report
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

TODAY = dt.date(2026, 11, 29)
A = FluencyArea


@pytest.fixture(autouse=True)
def pinned_today() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


@pytest.fixture
def account_id(db: Database) -> int:
    return accounts.create_account(db, accounts.AccountInput("Acme Logistics")).id


# --- the internal plan's fluency table ---------------------------------------------------------


def _fluency(db: Database, account_id: int) -> tuple[FluencyRow, ...]:
    report = build_plan_report(db, account_id, "internal")
    assert report.internal is not None
    return report.internal.fluency


def test_the_fluency_table_shows_the_rating_of_the_latest_date_not_the_latest_entered(
    db: Database, account_id: int
) -> None:
    plans.ensure_plan(db, account_id)
    lena = team.create_member(db, team.MemberInput("Lena Berg")).id
    team.add_to_account_team(db, account_id, lena)
    team.rate_fluency(db, lena, {A.CUSTOMER_NEEDS: 4, A.MARKET: 3}, "2026-11-20")
    # entered afterwards, dated earlier: the assessment made in September, typed in today
    team.rate_fluency(db, lena, {A.CUSTOMER_NEEDS: 2, A.MARKET: 1, A.COMPETITION: 5}, "2026-09-01")
    assert _fluency(db, account_id) == (FluencyRow("Lena Berg", (4, None, 3, None, 5)),)
    # a second rating on the same day as the latest: the one entered last wins
    team.rate_fluency(db, lena, {A.MARKET: 2}, "2026-11-20")
    assert _fluency(db, account_id) == (FluencyRow("Lena Berg", (4, None, 2, None, 5)),)
    # and a newer date still wins over everything entered before
    team.rate_fluency(db, lena, {A.CUSTOMER_NEEDS: 1}, "2026-11-28")
    assert _fluency(db, account_id) == (FluencyRow("Lena Berg", (1, None, 2, None, 5)),)


# --- the current plan ---------------------------------------------------------------------------


def test_the_current_plan_is_the_latest_period_even_when_an_older_one_was_entered_later(
    db: Database, account_id: int
) -> None:
    current = plans.ensure_plan(db, account_id)
    assert (current.period_start, current.period_end) == (dt.date(2026, 11, 1), dt.date(2027, 10, 31))
    strategy.set_statement(db, current.id, "Grow rail freight", "", "")
    with db.session() as s:  # last year's plan, added afterwards (a later id)
        old = m.AccountPlan(
            account_id=account_id,
            period_start=dt.date(2025, 11, 1),
            period_end=dt.date(2026, 10, 31),
            rigour=Rigour.LIGHT.value,
            strategy_what="Keep the road contracts",
        )
        s.add(old)
        s.flush()
        old_id = old.id
    assert old_id > current.id

    shown = plans.get_plan(db, account_id)
    assert shown is not None
    assert (shown.id, shown.period_start, shown.period_end, shown.rigour) == (
        current.id,
        dt.date(2026, 11, 1),
        dt.date(2027, 10, 31),
        Rigour.STANDARD,
    )
    assert plans.ensure_plan(db, account_id).id == current.id  # no third plan either
    report = build_plan_report(db, account_id, "internal")
    assert (report.period_start, report.period_end) == (dt.date(2026, 11, 1), dt.date(2027, 10, 31))
    assert report.strategy is not None and report.strategy.what == "Grow rail freight"


# --- interactions in the plan period ---------------------------------------------------------------


def _log(db: Database, account_id: int, on: dt.date) -> None:
    ix.save_interaction(db, account_id, ix.InteractionInput(InteractionKind.MEETING, on, subject="Visit"))


def _interaction_rule(db: Database, account_id: int) -> list[str]:
    plan = plans.get_plan(db, account_id)
    assert plan is not None
    return [text for text in plan.phase(Phase.EXECUTION).missing if "interaction" in text]


def test_an_interaction_on_the_periods_first_day_counts(db: Database, account_id: int) -> None:
    plan = plans.ensure_plan(db, account_id)
    assert plan.period_start == dt.date(2026, 11, 1)
    _log(db, account_id, dt.date(2026, 11, 1))
    assert _interaction_rule(db, account_id) == []


def test_an_interaction_the_day_before_the_period_does_not_count(db: Database, account_id: int) -> None:
    plans.ensure_plan(db, account_id)
    _log(db, account_id, dt.date(2026, 10, 31))
    assert _interaction_rule(db, account_id) == [
        "Log an interaction that took place between Nov 1, 2026 (the plan's start) and Nov 29, 2026.",
        "The interaction of Oct 31, 2026 is before the plan period starts (Nov 1, 2026): if the plan "
        "really began earlier, move its start (Strategy, first page).",
    ]


def test_today_is_the_last_day_that_counts_while_the_period_runs(db: Database, account_id: int) -> None:
    plans.ensure_plan(db, account_id)
    _log(db, account_id, TODAY + dt.timedelta(days=1))
    assert _interaction_rule(db, account_id) == [
        "Log an interaction that took place between Nov 1, 2026 (the plan's start) and Nov 29, 2026.",
        "The interaction of Nov 30, 2026 is still ahead: it counts once its day has come.",
    ]
    _log(db, account_id, TODAY)
    assert _interaction_rule(db, account_id) == []


def test_the_periods_last_day_counts_once_it_is_past_and_the_day_after_does_not(
    db: Database, account_id: int
) -> None:
    plan = plans.ensure_plan(db, account_id)
    strategy.set_period(db, plan.id, dt.date(2025, 11, 1), dt.date(2026, 10, 31), plan.rigour)
    _log(db, account_id, dt.date(2026, 11, 1))  # after the period, before today
    assert _interaction_rule(db, account_id) == [
        "Log an interaction that took place between Nov 1, 2025 (the plan's start) and Oct 31, 2026."
    ]
    _log(db, account_id, dt.date(2026, 10, 31))
    assert _interaction_rule(db, account_id) == []
