"""Messages in the language in force: the field a validation message names is translated with
it ("Il campo «Lingua» ...", not "Language"), and the services' own refusals are Italian too."""

from __future__ import annotations

import pytest

from kam_desktop import i18n
from kam_desktop.domain.errors import ConflictError, ValidationError
from kam_desktop.services import accounts, plans, review, team
from kam_desktop.store.database import Database


def test_field_names_inside_validation_messages_follow_the_language(db: Database) -> None:
    account = accounts.create_account(db, accounts.AccountInput("Acme Logistics")).id
    plan = plans.ensure_plan(db, account).id
    for lang, empty_name, bad_language, bad_number in (
        (
            "it",
            "Il campo «Nome dell'account» non può essere vuoto.",
            "Il campo «Lingua» deve essere uno tra: en, it.",
            "Valore di partenza: “6,5,5” non è un numero in questo formato",
        ),
        (
            "en",
            "Account name cannot be empty.",
            "Language must be one of: en, it.",
            "Baseline: “6.5.5” is not a number in this format",
        ),
    ):
        with i18n.using_language(lang):
            with pytest.raises(ValidationError) as refused:
                accounts.create_account(db, accounts.AccountInput("  "))
            assert refused.value.message == empty_name
            with pytest.raises(ValidationError) as refused:
                plans.set_plan_language(db, plan, "de")
            assert refused.value.message == bad_language
            with pytest.raises(ValidationError) as refused:
                review.save_kpi(
                    db, plan, review.KpiInput("Uptime", baseline="6,5,5" if lang == "it" else "6.5.5")
                )
            assert refused.value.message.startswith(bad_number)


def test_service_refusals_are_in_the_language_in_force(db: Database) -> None:
    accounts.create_account(db, accounts.AccountInput("Acme Logistics"))
    with i18n.using_language("it"), pytest.raises(ConflictError) as refused:
        accounts.create_account(db, accounts.AccountInput("Acme Logistics"))
    assert refused.value.message == "Esiste già un account di nome “Acme Logistics”."
    team.create_member(db, team.MemberInput("Anna Rossi"))
    with i18n.using_language("it"), pytest.raises(ConflictError) as refused:
        team.create_member(db, team.MemberInput("Anna Rossi"))
    assert refused.value.message == "Esiste già un membro del team di nome “Anna Rossi”."
