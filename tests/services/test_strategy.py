"""Strategy service: period, statement, topics, objectives, revenue target, qualification."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kam_desktop.domain.enums import AccountStatus, GrowthFocus, Phase, Rigour, TopicDecision
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.services import accounts, plans, strategy
from kam_desktop.services.stakeholders import StakeholderInput, save_stakeholder
from kam_desktop.store.database import Database
from tests.hostile import hostile_strings, one_line_ok, text_ok


@pytest.fixture
def account_id(db: Database) -> int:
    a = accounts.create_account(db, accounts.AccountInput("Acme Logistics", current_revenue="1000000"))
    accounts.change_status(db, a.id, AccountStatus.KEY)
    return a.id


def test_new_account_gets_a_plan_with_undecided_topics(db: Database, account_id: int) -> None:
    view = strategy.get_strategy(db, account_id)
    assert view.rigour is Rigour.STANDARD
    assert all(d is TopicDecision.UNDECIDED for d in view.topics.values())
    assert view.objectives == ()
    assert view.current_revenue == Decimal("1000000.00")


def test_period_and_rigour_round_trip(db: Database, account_id: int) -> None:
    plan_id = strategy.get_strategy(db, account_id).plan_id
    strategy.set_period(db, plan_id, "2027-01-01", dt.date(2027, 12, 31), Rigour.DEEP)
    view = strategy.get_strategy(db, account_id)
    assert (view.period_start, view.period_end, view.rigour) == (
        dt.date(2027, 1, 1),
        dt.date(2027, 12, 31),
        Rigour.DEEP,
    )


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        ("2027-12-31", "2027-01-01", "period_end"),
        ("2027-02-30", "2027-12-31", "period_start"),
        ("2027-01-01", "2040-01-01", "period_end"),
    ],
)
def test_bad_periods_are_refused(db: Database, account_id: int, start: str, end: str, field: str) -> None:
    plan_id = strategy.get_strategy(db, account_id).plan_id
    before = strategy.get_strategy(db, account_id)
    with pytest.raises(ValidationError) as err:
        strategy.set_period(db, plan_id, start, end, "standard")
    assert err.value.field == field
    assert strategy.get_strategy(db, account_id).period_start == before.period_start


def test_statement_with_targets(db: Database, account_id: int) -> None:
    centre = accounts.save_buying_centre(db, account_id, "Operations")
    person = save_stakeholder(db, account_id, StakeholderInput("Anna Rossi"))
    plan_id = strategy.get_strategy(db, account_id).plan_id
    strategy.set_statement(
        db,
        plan_id,
        "Be the uptime partner",
        "COO team",
        "They consolidate suppliers",
        [centre.id],
        [person.id],
    )
    view = strategy.get_strategy(db, account_id)
    assert (view.what, view.with_whom, view.why) == (
        "Be the uptime partner",
        "COO team",
        "They consolidate suppliers",
    )
    assert view.target_buying_centres == {centre.id}
    assert view.target_stakeholders == {person.id}
    strategy.set_statement(db, plan_id, "x", "", "y", [], [])
    assert strategy.get_strategy(db, account_id).target_stakeholders == frozenset()


def test_statement_refuses_a_foreign_stakeholder(db: Database, account_id: int) -> None:
    other = accounts.create_account(db, accounts.AccountInput("Other Co"))
    stranger = save_stakeholder(db, other.id, StakeholderInput("Stranger"))
    plan_id = strategy.get_strategy(db, account_id).plan_id
    with pytest.raises(ValidationError):
        strategy.set_statement(db, plan_id, "what", "", "why", [], [stranger.id])
    assert strategy.get_strategy(db, account_id).what == ""


def test_objectives_topics_and_revenue_make_strategy_complete(db: Database, account_id: int) -> None:
    plan_id = strategy.get_strategy(db, account_id).plan_id
    strategy.set_statement(db, plan_id, "what", "whom", "why")
    strategy.set_topics(
        db,
        plan_id,
        {
            GrowthFocus.PENETRATION: TopicDecision.FOCUS,
            GrowthFocus.EXPANSION: "not_this_period",
            GrowthFocus.PROTECTION: TopicDecision.NOT_THIS_PERIOD,
        },
    )
    gaps = plans.get_plan(db, account_id).phase(Phase.STRATEGY).missing  # type: ignore[union-attr]
    assert any("penetration" in g for g in gaps)
    strategy.save_objective(
        db, plan_id, strategy.ObjectiveInput(GrowthFocus.PENETRATION, "Open R&D", "First order", "2027-06-30")
    )
    strategy.set_revenue_target(db, plan_id, "1250000")
    view = strategy.get_strategy(db, account_id)
    assert view.revenue_target == Decimal("1250000.00")
    assert view.revenue_growth_percent == pytest.approx(25.0)
    assert plans.get_plan(db, account_id).phase(Phase.STRATEGY).missing == ()  # type: ignore[union-attr]
    plans.set_phase_status(db, plan_id, Phase.STRATEGY, plans.PhaseStatus.DONE)


def test_objective_edit_delete_restore(db: Database, account_id: int) -> None:
    plan_id = strategy.get_strategy(db, account_id).plan_id
    o = strategy.save_objective(db, plan_id, strategy.ObjectiveInput("expansion", "Sell telematics"))
    strategy.save_objective(
        db, plan_id, strategy.ObjectiveInput("protection", "Keep Brightline out", "Renewal"), o.id
    )
    (row,) = strategy.list_objectives(db, plan_id)
    assert (row.growth_focus, row.description, row.measurable_target) == (
        GrowthFocus.PROTECTION,
        "Keep Brightline out",
        "Renewal",
    )
    strategy.delete_objective(db, o.id)
    assert strategy.list_objectives(db, plan_id) == ()
    strategy.restore_objective(db, o.id)
    assert len(strategy.list_objectives(db, plan_id)) == 1
    with pytest.raises(ValidationError) as err:
        strategy.save_objective(db, plan_id, strategy.ObjectiveInput("growth", "x"))
    assert err.value.field == "growth_focus"
    with pytest.raises(ValidationError):
        strategy.save_objective(db, plan_id, strategy.ObjectiveInput("expansion", "   "))


@pytest.mark.parametrize("amount", ["-5", "abc", "1e309", "NaN", "0.001"])
def test_bad_revenue_target_refused(db: Database, account_id: int, amount: str) -> None:
    plan_id = strategy.get_strategy(db, account_id).plan_id
    with pytest.raises(ValidationError) as err:
        strategy.set_revenue_target(db, plan_id, amount)
    assert err.value.field == "revenue_target"


def test_hostile_strings_in_statement_and_objectives(db: Database, account_id: int) -> None:
    plan_id = strategy.get_strategy(db, account_id).plan_id
    stored = refused = 0
    for text in hostile_strings():
        if text_ok(text, 20_000):
            strategy.set_statement(db, plan_id, text, text, text)
            view = strategy.get_strategy(db, account_id)
            assert (view.what, view.with_whom, view.why) == (text, text, text)
        else:
            with pytest.raises(ValidationError) as err:
                strategy.set_statement(db, plan_id, text, text, text)
            assert err.value.field == "what"
        objective = strategy.ObjectiveInput("expansion", text, text)
        if one_line_ok(text, 500) and text_ok(text, 20_000):
            saved = strategy.save_objective(db, plan_id, objective)
            got = next(o for o in strategy.list_objectives(db, plan_id) if o.id == saved.id)
            assert (got.description, got.measurable_target) == (text.strip(), text)
            stored += 1
        else:
            with pytest.raises(ValidationError) as err:
                strategy.save_objective(db, plan_id, objective)
            assert err.value.field in {"description", "measurable_target"}
            refused += 1
    assert len(strategy.list_objectives(db, plan_id)) == stored
    assert stored > 30 and refused > 5


def test_qualification_yes_keeps_status(db: Database, account_id: int) -> None:
    plan_id = strategy.get_strategy(db, account_id).plan_id
    view = strategy.decide_qualification(db, plan_id, True, "Growing fast")
    assert view.still_key is True
    assert view.account_status is AccountStatus.KEY


def test_qualification_no_needs_a_reason_and_demotes(db: Database, account_id: int) -> None:
    plan_id = strategy.get_strategy(db, account_id).plan_id
    with pytest.raises(ValidationError) as err:
        strategy.decide_qualification(db, plan_id, False, "  ")
    assert err.value.field == "qualification_note"
    assert strategy.get_strategy(db, account_id).still_key is None
    assert accounts.get_account(db, account_id).account.status is AccountStatus.KEY
    view = strategy.decide_qualification(
        db, plan_id, False, "No budget for three years", AccountStatus.STANDARD
    )
    assert view.still_key is False
    detail = accounts.get_account(db, account_id)
    assert detail.account.status is AccountStatus.STANDARD
    assert detail.status_history[0].reason == "No budget for three years"


def test_deleted_account_is_not_found(db: Database, account_id: int) -> None:
    plan_id = strategy.get_strategy(db, account_id).plan_id
    accounts.delete_account(db, account_id)
    with pytest.raises(NotFoundError):
        strategy.set_revenue_target(db, plan_id, "5")
