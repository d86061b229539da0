"""Plan services the fourth breadth measurement found unpinned (issue 12), word for word in
English and Italian: every command on a plan that no longer exists refuses with the same words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kam_desktop.domain.enums import Phase, PhaseStatus, Rigour
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.i18n import using_language
from kam_desktop.services import accounts, plans
from kam_desktop.store.database import Database

GONE = 999_999

COMMANDS: dict[str, Callable[[Database], object]] = {
    "set_rigour": lambda db: plans.set_rigour(db, GONE, Rigour.DEEP),
    "set_phase_status": lambda db: plans.set_phase_status(db, GONE, Phase.STRATEGY, PhaseStatus.IN_PROGRESS),
    "record_wizard_progress": lambda db: plans.record_wizard_progress(db, GONE, Phase.RESEARCH, 2),
    "interaction_before_period": lambda db: plans.interaction_before_period(db, GONE),
    "set_plan_language": lambda db: plans.set_plan_language(db, GONE, "it"),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize(
    ("lang", "message"), [("en", "That plan no longer exists."), ("it", "Questo piano non esiste più.")]
)
def test_every_command_on_a_plan_that_is_gone_says_so(
    db: Database, command: str, lang: str, message: str
) -> None:
    plan = plans.ensure_plan(db, accounts.create_account(db, accounts.AccountInput("Acme")).id)
    with using_language(lang):
        with pytest.raises(NotFoundError) as err:
            COMMANDS[command](db)
    assert (str(err.value), err.value.field) == (message, None)
    # the plan that exists is untouched
    after = plans.get_plan(db, plan.account_id)
    assert after is not None
    assert (after.rigour, after.language, [p.status for p in after.phases]) == (
        Rigour.STANDARD,
        plan.language,
        [PhaseStatus.NOT_STARTED] * 5,
    )
