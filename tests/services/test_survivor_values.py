"""Values a user sees that a survivor of `make mutate` showed were unpinned: an account in the
trash met again by an import (English, Italian), a value proposition's proof in the plan, an
objective's customer wording as the share list reads it back, and the field a bad charter
decision is refused on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.report.models import ValuePropositionRow
from kam_desktop.services import clock
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.services import program_checklist as pc
from kam_desktop.services.accounts import AccountInput, create_account, delete_account
from kam_desktop.services.importers.accounts import AccountImportOptions, RowOutcome, preview_accounts
from kam_desktop.services.plan_report import build_plan_report
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.services.phase35_factory import TODAY, build


@pytest.fixture
def pinned() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


@pytest.mark.parametrize(
    "lang_message",
    [
        ("en", "\u201cAcme\u201d is in the trash; restore it to update it. Skipped."),
        ("it", "\u201cAcme\u201d \u00e8 nel cestino; ripristinalo per aggiornarlo. Saltato."),
    ],
)
def test_an_import_meeting_an_account_in_the_trash_skips_it_and_says_so(
    db: Database, lang_message: tuple[str, str]
) -> None:
    from kam_desktop.i18n import using_language

    lang, message = lang_message
    delete_account(db, create_account(db, AccountInput(name="Acme")).id)
    with using_language(lang):
        plan = preview_accounts(db, b"Account Name,Industry\nAcme,Rail\n", AccountImportOptions())
    assert plan.outcomes == (RowOutcome(2, "exists", "Acme", message, {}),)


def test_a_value_propositions_proof_is_in_the_plan(db: Database, pinned: None) -> None:
    w = build(db)
    with db.session() as s:
        s.add(
            m.ValueProposition(
                plan_id=w.plan_id,
                title="Uptime",
                problem="Downtime",
                solution="Predictive maintenance",
                quantified_value="\u20ac1m a year",
                proof="Pilot at the Basel depot: 31 % fewer stops",
            )
        )
    assert build_plan_report(db, w.account_id, "customer").value_propositions == (
        ValuePropositionRow(
            "Uptime",
            "Downtime",
            "Predictive maintenance",
            "\u20ac1m a year",
            "Pilot at the Basel depot: 31 % fewer stops",
        ),
    )


def test_an_objectives_customer_wording_is_read_back(db: Database, pinned: None) -> None:
    w = build(db)
    objective = w.objectives["Open IT"]
    sharing.set_objective_joint(db, objective, True, "Bring IT into the programme by February")
    assert sharing.objective_joint(db, objective) == (True, "Bring IT into the programme by February")
    assert sharing.objective_joint(db, None) == (False, "")


def test_a_charter_decision_that_is_not_one_is_refused_on_the_decision(db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        pc.decide_component(db, 1, "maybe", "")
    assert (str(err.value), err.value.field) == (
        "Decision must be one of: accept, adapt, reject.",
        "decision",
    )
    assert pc.get_charter(db).items[0].decision is None
