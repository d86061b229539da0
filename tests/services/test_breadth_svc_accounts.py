"""Accounts, plans and the portfolio's phase column, word for word in English and Italian
(breadth survivors, issue 12): the refusals of a status change, a permanent delete, a buying
centre and a plan language, each next to its field; the phase label's every value in Italian."""

from __future__ import annotations

import pytest

from kam_desktop.domain.enums import AccountStatus
from kam_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kam_desktop.i18n import using_language
from kam_desktop.services import accounts, plans
from kam_desktop.services.accounts import AccountInput
from kam_desktop.services.portfolio import phase_label
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

ALL_DONE = "strategy:done,research:done,action_plan:done,execution:done,review:done"


@pytest.mark.parametrize(
    ("phases", "has_plan", "expected"),
    [
        (None, False, ("Nessun piano", 0)),
        (ALL_DONE, False, ("Nessun piano", 0)),
        (None, True, ("Strategia (1/5)", 1)),
        ("strategy:done", True, ("Ricerca (2/5)", 2)),
        ("strategy:done,research:done", True, ("Piano d'azione (3/5)", 3)),
        ("strategy:done,research:done,action_plan:done", True, ("Esecuzione (4/5)", 4)),
        ("strategy:done,research:done,action_plan:done,execution:done", True, ("Revisione (5/5)", 5)),
        (ALL_DONE, True, ("Rivisto (5/5 fatte)", 6)),
    ],
)
def test_the_phase_column_in_italian(
    italian: None, phases: str | None, has_plan: bool, expected: tuple[str, int]
) -> None:
    assert phase_label(phases, has_plan) == expected


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "Language must be one of: en, it."),
        ("it", "Il campo «Lingua» deve essere uno tra: en, it."),
    ],
)
def test_a_plan_language_that_is_not_offered_is_refused_on_the_language(
    db: Database, lang: str, message: str
) -> None:
    plan = plans.ensure_plan(db, accounts.create_account(db, AccountInput(name="Acme")).id)
    with using_language(lang):
        with pytest.raises(ValidationError) as err:
            plans.set_plan_language(db, plan.id, "de")
    assert (str(err.value), err.value.field) == (message, "language")
    assert plans.set_plan_language(db, plan.id, "it").language == "it"


@pytest.mark.parametrize(
    ("lang", "message"), [("en", "That plan no longer exists."), ("it", "Questo piano non esiste più.")]
)
def test_the_language_of_a_plan_that_is_gone(db: Database, lang: str, message: str) -> None:
    with using_language(lang):
        with pytest.raises(NotFoundError) as err:
            plans.set_plan_language(db, 999_999, "en")
    assert str(err.value) == message


def test_a_reason_too_long_is_refused_on_the_reason(db: Database) -> None:
    acme = accounts.create_account(db, AccountInput(name="Acme"))
    with pytest.raises(ValidationError) as err:
        accounts.change_status(db, acme.id, AccountStatus.KEY, "r" * 5001)
    assert (str(err.value), err.value.field) == (
        "Reason is too long (5,001 characters; at most 5,000).",
        "reason",
    )
    assert accounts.change_status(db, acme.id, AccountStatus.KEY, "r" * 5000).status is AccountStatus.KEY


def test_a_reason_too_long_in_italian(db: Database, italian: None) -> None:
    acme = accounts.create_account(db, AccountInput(name="Acme"))
    with pytest.raises(ValidationError) as err:
        accounts.change_status(db, acme.id, AccountStatus.KEY, "r" * 5001)
    assert (str(err.value), err.value.field) == (
        "Il campo «Motivo» è troppo lungo (5.001 caratteri; al massimo 5.000).",
        "reason",
    )


def test_status_changes_that_need_a_reason_say_so_on_the_reason(db: Database) -> None:
    with db.session() as s:
        settings = s.get(m.ProgramSettings, 1)
        assert settings is not None
        settings.key_account_cap = 1
    first = accounts.create_account(db, AccountInput(name="First AG"))
    second = accounts.create_account(db, AccountInput(name="Second AG"))
    accounts.change_status(db, first.id, AccountStatus.KEY)  # within the cap: no reason needed
    with pytest.raises(ValidationError) as err:
        accounts.change_status(db, second.id, AccountStatus.KEY, "   ")
    assert (str(err.value), err.value.field) == (
        "You already have 1 of 1 key accounts. Write why Second AG deserves a place beyond the cap.",
        "reason",
    )
    with pytest.raises(ValidationError) as err:
        accounts.change_status(db, first.id, AccountStatus.STANDARD)
    assert (str(err.value), err.value.field) == ("Write why First AG is no longer a key account.", "reason")
    assert accounts.change_status(db, second.id, AccountStatus.KEY, " Strategic ").status is AccountStatus.KEY
    with db.session() as s:
        change = s.query(m.AccountStatusChange).filter_by(account_id=second.id).one()
        assert (change.from_status, change.to_status, change.reason, change.over_cap) == (
            "candidate",
            "key",
            "Strategic",
            True,
        )


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "Move the account to the trash before deleting it permanently."),
        ("it", "Sposta l'account nel cestino prima di eliminarlo definitivamente."),
    ],
)
def test_a_live_account_is_not_deleted_permanently(db: Database, lang: str, message: str) -> None:
    acme = accounts.create_account(db, AccountInput(name="Acme"))
    with using_language(lang):
        with pytest.raises(ConflictError) as err:
            accounts.purge_account(db, acme.id)
    assert str(err.value) == message
    assert accounts.get_account(db, acme.id).account.name == "Acme"
    accounts.delete_account(db, acme.id)
    accounts.purge_account(db, acme.id)
    with db.session() as s:
        assert s.get(m.Account, acme.id) is None
    accounts.purge_account(db, acme.id)  # already gone: nothing to do


@pytest.mark.parametrize(
    ("args", "message", "field"),
    [
        (("  ",), "Buying centre name cannot be empty.", "name"),
        (("Operations",), "This account already has a buying centre named “Operations”.", "name"),
        (("OPERATIONS",), "This account already has a buying centre named “OPERATIONS”.", "name"),
        (("Finance", "k" * 201), "Kind is too long (201 characters; at most 200).", "kind"),
        (("Finance", "", "n\x00"), "Notes cannot contain an invisible control character (U+0000).", "notes"),
    ],
)
def test_a_buying_centre_is_refused_next_to_its_field(
    db: Database, args: tuple[str, str, str], message: str, field: str
) -> None:
    acme = accounts.create_account(db, AccountInput(name="Acme"))
    accounts.save_buying_centre(db, acme.id, "Operations")
    with pytest.raises((ValidationError, ConflictError)) as err:
        accounts.save_buying_centre(db, acme.id, *args)
    assert (str(err.value), err.value.field) == (message, field)


def test_an_empty_buying_centre_name_in_italian(db: Database, italian: None) -> None:
    acme = accounts.create_account(db, AccountInput(name="Acme"))
    with pytest.raises(ValidationError) as err:
        accounts.save_buying_centre(db, acme.id, "")
    assert (str(err.value), err.value.field) == (
        "Il campo «Nome del centro d'acquisto» non può essere vuoto.",
        "name",
    )


def test_a_buying_centre_that_is_gone_cannot_be_saved(db: Database) -> None:
    acme = accounts.create_account(db, AccountInput(name="Acme"))
    other = accounts.create_account(db, AccountInput(name="Other"))
    theirs = accounts.save_buying_centre(db, other.id, "Theirs")
    for centre_id in (theirs.id, 999_999):
        with pytest.raises(NotFoundError) as err:
            accounts.save_buying_centre(db, acme.id, "Renamed", centre_id=centre_id)
        assert str(err.value) == "That buying centre no longer exists."
    mine = accounts.save_buying_centre(db, acme.id, " Ops ", " Plant ", "Notes")
    assert (mine.name, mine.kind, mine.notes) == ("Ops", "Plant", "Notes")
    renamed = accounts.save_buying_centre(db, acme.id, "ops", centre_id=mine.id)  # its own name: no clash
    assert (renamed.id, renamed.name, renamed.kind) == (mine.id, "ops", "")
