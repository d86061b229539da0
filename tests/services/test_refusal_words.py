"""Refusals and labels word for word, in English and Italian, where a survivor of `make mutate`
showed that only their existence was tested: the program checklist, the share list, plans and
the accounts import summary."""

from __future__ import annotations

from typing import cast

import pytest

from kam_desktop.domain import program as d
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.domain.program_method import TRUST_QUESTIONS
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.services import plans
from kam_desktop.services import program_checklist as pc
from kam_desktop.services.importers.accounts import AccountImportPlan, AccountImportResult, ImportUndo
from kam_desktop.store.database import Database


@pytest.mark.parametrize("question", [0, len(TRUST_QUESTIONS) + 1])
def test_a_trust_question_that_does_not_exist(question: int) -> None:
    with pytest.raises(ValidationError) as err:
        d.check_trust_question(question)
    assert (str(err.value), err.value.field) == (f"There is no trust question {question}.", "question")


def test_a_leadership_answer_too_long_is_named_by_its_number() -> None:
    with pytest.raises(ValidationError) as err:
        d.leadership_answers(["a", "x" * (d.NOTE_MAX + 1), "c"])
    assert (str(err.value), err.value.field) == (
        "Answer 2 is too long (4,001 characters; at most 4,000).",
        "answer_2",
    )


def test_resources_granted_with_a_control_character(db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        pc.save_leadership(db, "2026-04-01", ["a", "b", "c"], None, None, "", "bell\x07")
    assert (str(err.value), err.value.field) == (
        "Resources granted cannot contain an invisible control character (U+0007).",
        "resources_granted",
    )
    assert pc.list_leadership(db) == ()


def test_a_plan_that_no_longer_exists(db: Database) -> None:
    with pytest.raises(NotFoundError) as err:
        plans.interaction_before_period(db, 999)
    assert str(err.value) == "That plan no longer exists."


def test_a_new_due_date_that_is_not_a_date(db: Database, italian: None) -> None:
    with pytest.raises(ValidationError) as err:
        sharing.redate_action(db, 1, "domani")
    assert (str(err.value), err.value.field) == (
        "Scadenza: \u201cdomani\u201d non \u00e8 una data. Scrivila come 30/06/2027.",
        "due_date",
    )


def test_sharing_a_review_that_no_longer_exists(db: Database, italian: None) -> None:
    with pytest.raises(NotFoundError) as err:
        sharing.save_review_share(db, 999, "Summary", True)
    assert str(err.value) == "Quella voce non esiste pi\u00f9."


def test_an_internal_action_cannot_be_shared(db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        sharing.check_action_joint(db, 1, sharing.ActionJoint(shared=True), internal=True)
    assert (str(err.value), err.value.field) == (
        "An internal action cannot be shared with the customer.",
        "shared",
    )


def test_the_accounts_import_summary_in_italian(italian: None) -> None:
    result = AccountImportResult(
        plan=cast(AccountImportPlan, None),
        written=True,
        added=3,
        updated=1,
        skipped=2,
        invalid=0,
        undo=ImportUndo(),
    )
    assert result.summary() == "Aggiunti 3, aggiornati 1, saltati 2, non validi 0."
