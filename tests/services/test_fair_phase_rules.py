"""The phase rules on a real calendar (no Qt): a new plan starts on the first of the month, a
past interaction in the period counts for Execution, and the message names exactly what is
missing; growth topics and objectives never contradict each other."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from kam_desktop.domain.enums import GrowthFocus, InteractionKind, Phase, PhaseStatus, TopicDecision
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.progress import PlanFacts, missing
from kam_desktop.services import accounts, clock, plans, strategy
from kam_desktop.services import interactions as ix
from kam_desktop.store.database import Database

TODAY = dt.date(2026, 11, 29)


@pytest.fixture(autouse=True)
def pinned_today() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


@pytest.fixture
def account_id(db: Database) -> int:
    return accounts.create_account(db, accounts.AccountInput("Acme Logistics")).id


def log(db: Database, account_id: int, on: dt.date) -> None:
    ix.save_interaction(db, account_id, ix.InteractionInput(InteractionKind.MEETING, on, subject="Visit"))


def execution_missing(db: Database, account_id: int) -> list[str]:
    plan = plans.get_plan(db, account_id)
    assert plan is not None
    return [m for m in plan.phase(Phase.EXECUTION).missing if "interaction" in m]


def test_a_new_plan_runs_from_the_first_of_this_month_for_a_year(db: Database, account_id: int) -> None:
    plan = plans.ensure_plan(db, account_id)
    assert (plan.period_start, plan.period_end) == (dt.date(2026, 11, 1), dt.date(2027, 10, 31))
    assert plans.default_period(dt.date(2028, 2, 29)) == (dt.date(2028, 2, 1), dt.date(2029, 1, 31))


def test_a_meeting_held_earlier_this_month_counts_on_day_one(db: Database, account_id: int) -> None:
    plans.ensure_plan(db, account_id)
    assert execution_missing(db, account_id) == [
        "Log an interaction that took place between Nov 1, 2026 (the plan's start) and Nov 29, 2026."
    ]
    log(db, account_id, dt.date(2026, 11, 12))
    assert execution_missing(db, account_id) == []


def test_the_message_names_the_interaction_before_the_start_and_the_one_still_ahead(
    db: Database, account_id: int
) -> None:
    plan = plans.ensure_plan(db, account_id)
    strategy.set_period(db, plan.id, TODAY, dt.date(2027, 11, 28), plan.rigour)
    log(db, account_id, dt.date(2026, 11, 20))
    log(db, account_id, dt.date(2026, 10, 2))
    log(db, account_id, dt.date(2026, 12, 3))
    log(db, account_id, dt.date(2026, 12, 9))
    assert execution_missing(db, account_id) == [
        "Log an interaction that took place between Nov 29, 2026 (the plan's start) and Nov 29, 2026.",
        "The interaction of Nov 20, 2026 is before the plan period starts (Nov 29, 2026): if the plan "
        "really began earlier, move its start (Strategy, first page).",
        "The interaction of Dec 3, 2026 is still ahead: it counts once its day has come.",
    ]
    strategy.set_period(db, plan.id, dt.date(2026, 11, 15), dt.date(2027, 11, 14), plan.rigour)
    assert execution_missing(db, account_id) == []


def test_a_plan_that_starts_in_the_future_says_so() -> None:
    facts = PlanFacts(period_start=dt.date(2027, 1, 1), period_end=dt.date(2027, 12, 31), today=TODAY)
    assert [m for m in missing(Phase.EXECUTION, facts) if "interaction" in m or "starts" in m] == [
        "The plan period starts on Jan 1, 2027, after today: interactions count from that day, or move "
        "the plan's start (Strategy, first page)."
    ]


def test_a_plan_that_ended_counts_until_its_end() -> None:
    facts = PlanFacts(period_start=dt.date(2025, 1, 1), period_end=dt.date(2025, 12, 31), today=TODAY)
    assert "Log an interaction that took place between Jan 1, 2025 (the plan's start) and Dec 31, 2025." in (
        missing(Phase.EXECUTION, facts)
    )


def test_execution_is_done_with_completed_on_once_the_rule_holds(db: Database, account_id: int) -> None:
    from kam_desktop.services import execution

    plan = plans.ensure_plan(db, account_id)
    with pytest.raises(ValidationError):
        plans.set_phase_status(db, plan.id, Phase.EXECUTION, PhaseStatus.DONE)
    log(db, account_id, dt.date(2026, 11, 2))
    execution.save_opportunity(
        db,
        account_id,
        execution.OpportunityInput(
            "Line 4 retrofit", GrowthFocus.EXPANSION, expected_close=dt.date(2027, 3, 1)
        ),
    )
    view = plans.set_phase_status(db, plan.id, Phase.EXECUTION, PhaseStatus.DONE)
    assert (view.phase(Phase.EXECUTION).status, view.phase(Phase.EXECUTION).completed_on) == (
        PhaseStatus.DONE,
        TODAY,
    )


def test_no_objective_for_a_topic_that_is_not_this_period(db: Database, account_id: int) -> None:
    plan_id = plans.ensure_plan(db, account_id).id
    strategy.set_topics(db, plan_id, {GrowthFocus.PROTECTION: TopicDecision.NOT_THIS_PERIOD})
    with pytest.raises(ValidationError) as refused:
        strategy.save_objective(
            db, plan_id, strategy.ObjectiveInput(GrowthFocus.PROTECTION, "Keep Vendor X out")
        )
    assert refused.value.field == "growth_focus"
    assert refused.value.message == (
        "Protection is 'not this period' in the growth topics: choose another topic, or make "
        "Protection a focus first."
    )
    assert strategy.list_objectives(db, plan_id) == ()
    saved = strategy.save_objective(
        db, plan_id, strategy.ObjectiveInput(GrowthFocus.EXPANSION, "Sell service contracts")
    )
    with pytest.raises(ValidationError) as moved:
        strategy.save_objective(
            db, plan_id, strategy.ObjectiveInput(GrowthFocus.PROTECTION, "Sell service contracts"), saved.id
        )
    assert moved.value.field == "growth_focus"
    assert [o.growth_focus for o in strategy.list_objectives(db, plan_id)] == [GrowthFocus.EXPANSION]


def test_a_topic_with_objectives_cannot_become_not_this_period(db: Database, account_id: int) -> None:
    plan_id = plans.ensure_plan(db, account_id).id
    strategy.save_objective(db, plan_id, strategy.ObjectiveInput(GrowthFocus.EXPANSION, "Sell services"))
    with pytest.raises(ValidationError) as refused:
        strategy.set_topics(db, plan_id, {GrowthFocus.EXPANSION: TopicDecision.NOT_THIS_PERIOD})
    assert refused.value.field == "topic_expansion"
    assert refused.value.message == (
        "Expansion has 1 objective: give it another growth topic or delete it before saying "
        "Expansion is not a topic this period."
    )
    assert strategy.get_strategy(db, account_id).topics[GrowthFocus.EXPANSION] is TopicDecision.UNDECIDED


def test_the_interaction_that_would_count_if_the_plan_started_on_its_day(
    db: Database, account_id: int
) -> None:
    plan = plans.ensure_plan(db, account_id)
    strategy.set_period(db, plan.id, TODAY, dt.date(2027, 11, 28), plan.rigour)
    assert plans.interaction_before_period(db, plan.id) is None  # none logged
    log(db, account_id, dt.date(2026, 10, 2))
    log(db, account_id, dt.date(2026, 11, 20))
    log(db, account_id, dt.date(2026, 12, 3))  # ahead: never the answer
    assert plans.interaction_before_period(db, plan.id) == dt.date(2026, 11, 20)
    log(db, account_id, TODAY)  # one counts now: nothing to offer
    assert plans.interaction_before_period(db, plan.id) is None
