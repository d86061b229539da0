"""'With whom' in the strategy (method: know what you intend to do, with whom, and why) is said
either in words or by ticking the buying centres or stakeholders the strategy targets; a fresh-eyes
tester ticked a stakeholder and was still told to say with whom."""

from __future__ import annotations

import pytest

from kam_desktop.domain.enums import AccountStatus, Phase, Rigour
from kam_desktop.services import accounts, plans, strategy, trash
from kam_desktop.services.stakeholders import StakeholderInput, save_stakeholder
from kam_desktop.store.database import Database

SAY_WITH_WHOM = "Say with whom: write it, or tick the buying centres or stakeholders the strategy targets."


@pytest.fixture
def account_id(db: Database) -> int:
    a = accounts.create_account(db, accounts.AccountInput("Acme Logistics", current_revenue="1000000"))
    accounts.change_status(db, a.id, AccountStatus.KEY)
    return a.id


def _gaps(db: Database, account_id: int) -> tuple[str, ...]:
    return plans.get_plan(db, account_id).phase(Phase.STRATEGY).missing  # type: ignore[union-attr]


def test_words_or_a_ticked_stakeholder_or_buying_centre_say_with_whom(db: Database, account_id: int) -> None:
    plan_id = strategy.get_strategy(db, account_id).plan_id
    person = save_stakeholder(db, account_id, StakeholderInput("Giulia Bianchi")).id
    centre = accounts.save_buying_centre(db, account_id, "Operations").id

    strategy.set_statement(db, plan_id, "what", "", "why")
    assert SAY_WITH_WHOM in _gaps(db, account_id)

    strategy.set_statement(db, plan_id, "what", "", "why", stakeholder_ids=[person])
    assert SAY_WITH_WHOM not in _gaps(db, account_id)

    strategy.set_statement(db, plan_id, "what", "", "why", buying_centre_ids=[centre])
    assert SAY_WITH_WHOM not in _gaps(db, account_id)

    strategy.set_statement(db, plan_id, "what", "the plant managers", "why")
    assert SAY_WITH_WHOM not in _gaps(db, account_id)


def test_a_ticked_stakeholder_moved_to_the_trash_no_longer_counts(db: Database, account_id: int) -> None:
    plan_id = strategy.get_strategy(db, account_id).plan_id
    person = save_stakeholder(db, account_id, StakeholderInput("Giulia Bianchi")).id
    strategy.set_statement(db, plan_id, "what", "", "why", stakeholder_ids=[person])
    trash.move_to_trash(db, "stakeholder", person)
    assert SAY_WITH_WHOM in _gaps(db, account_id)


def test_light_rigour_does_not_ask_with_whom(db: Database, account_id: int) -> None:
    view = strategy.get_strategy(db, account_id)
    strategy.set_period(db, view.plan_id, view.period_start, view.period_end, Rigour.LIGHT)
    strategy.set_statement(db, view.plan_id, "what", "", "why")
    assert SAY_WITH_WHOM not in _gaps(db, account_id)
