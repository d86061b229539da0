"""Services refuse invalid input with a message and write nothing; valid text round-trips."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from kam_desktop.domain.enums import AccountStatus, Factor
from kam_desktop.domain.errors import ConflictError, DomainError, NotFoundError, ValidationError
from kam_desktop.services import accounts as svc
from kam_desktop.services.accounts import AccountInput
from kam_desktop.store.database import Database
from kam_desktop.store.models import Account, AccountStatusChange, IdentificationAssessment
from tests.conftest import hostile_strings


def _count(db: Database, model: type) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_account_round_trips_every_field(db: Database) -> None:
    created = svc.create_account(
        db,
        AccountInput(
            name="  Società Elettrica Sàrl  ",
            industry="Energy",
            region="Italy",
            currency="eur",
            current_revenue="1234567.89",
            potential_revenue=Decimal("5000000"),
            description="Line 1\nLine 2",
            internal_notes="Pricing sensitive",
        ),
    )
    detail = svc.get_account(db, created.id).account
    assert detail.name == "Società Elettrica Sàrl"  # names are trimmed
    assert detail.currency == "EUR"
    assert detail.current_revenue == Decimal("1234567.89")
    assert detail.potential_revenue == Decimal("5000000.00")
    assert detail.description == "Line 1\nLine 2"
    assert detail.status is AccountStatus.CANDIDATE


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "cannot be empty"),
        ("name", "   ", "cannot be empty"),
        ("name", "x" * 201, "too long"),
        ("name", "new\nline", "line break"),
        ("current_revenue", "-1", "cannot be negative"),
        ("current_revenue", "NaN", "is not a number"),
        ("current_revenue", "Infinity", "is not a number"),
        ("current_revenue", "1e309", "is not a number"),
        ("current_revenue", "1000000000000", "implausibly large"),
        ("current_revenue", "12.3456", "at most 2 decimals"),
        ("current_revenue", "12.345", "ambiguous"),  # 12.345 or 12345: never guessed
        ("current_revenue", "1250000,50", "is not a number"),  # a decimal comma in English
        ("potential_revenue", "abc", "is not a number"),
        ("currency", "EURO", "3-letter code"),
        ("description", "bell\u0007", "control character"),
        ("description", "x" * 100_001, "too long"),
    ],
)
def test_invalid_account_input_is_refused_and_nothing_written(
    db: Database, field: str, value: str, message: str
) -> None:
    values = {"name": "Valid GmbH", field: value}
    with pytest.raises(ValidationError, match=message) as info:
        svc.create_account(db, AccountInput(**values))  # type: ignore[arg-type]
    assert info.value.field == field
    assert _count(db, Account) == 0


def test_duplicate_names_are_refused_case_insensitively(db: Database) -> None:
    svc.create_account(db, AccountInput(name="Meridian BV"))
    with pytest.raises(ConflictError, match="already exists"):
        svc.create_account(db, AccountInput(name="MERIDIAN bv"))
    assert _count(db, Account) == 1


def _name_refusal(text: str) -> str | None:
    """What the policy says about ``text`` as a name (an oracle written from the README's rules)."""
    cleaned = text.strip()
    if not cleaned:
        return "Account name cannot be empty."
    if len(cleaned) > 200:
        return f"Account name is too long ({len(cleaned):,} characters; at most 200)."
    if any(ord(c) < 32 or ord(c) == 127 or c in "\u2028\u2029" for c in cleaned):
        return "control"
    return None


def _text_refused(text: str) -> bool:
    return any((ord(c) < 32 and c not in "\t\n\r") or ord(c) == 127 for c in text)


def test_hostile_strings_are_stored_exactly_or_refused(db: Database) -> None:
    strings = hostile_strings()
    refused_names = [t for t in strings if _name_refusal(t)]
    stored_names = [t for t in strings if not _name_refusal(t)]
    assert len(refused_names) >= 8 and len(stored_names) >= 30  # both branches are exercised
    for text in stored_names:
        created = svc.create_account(db, AccountInput(name=text))
        assert svc.get_account(db, created.id).account.name == text.strip()
    assert _count(db, Account) == len(stored_names)
    for text in refused_names:
        with pytest.raises(ValidationError) as info:
            svc.create_account(db, AccountInput(name=text))
        assert info.value.field == "name"
        expected = _name_refusal(text)
        if expected == "control":
            assert info.value.message.startswith("Account name cannot contain "), info.value.message
        else:
            assert info.value.message == expected
    assert _count(db, Account) == len(stored_names)


def test_hostile_strings_as_free_text(db: Database) -> None:
    strings = hostile_strings()
    assert any(_text_refused(t) for t in strings) and any("\n" in t for t in strings)
    for index, text in enumerate(strings):
        values = AccountInput(name=f"Text holder {index}", description=text, internal_notes=text)
        if _text_refused(text):
            with pytest.raises(
                ValidationError, match=r"^Description cannot contain an invisible control"
            ) as info:
                svc.create_account(db, values)
            assert info.value.field == "description"
            continue
        account = svc.get_account(db, svc.create_account(db, values).id).account
        assert (account.description, account.internal_notes) == (text, text)


def test_hostile_strings_as_money_are_refused_unless_plain_numbers(db: Database) -> None:
    for index, text in enumerate(hostile_strings()):
        values = AccountInput(name=f"Money holder {index}", current_revenue=text)
        if text == "-0":
            created = svc.create_account(db, values)
            assert str(svc.get_account(db, created.id).account.current_revenue) == "0.00"
            continue
        with pytest.raises(ValidationError) as info:
            svc.create_account(db, values)
        assert info.value.field == "current_revenue", text
    assert _count(db, Account) == 1


def test_assessment_validation_and_history(db: Database) -> None:
    account = svc.create_account(db, AccountInput(name="Rated AG"))
    with pytest.raises(ValidationError, match="from 1 to 5"):
        svc.add_assessment(db, account.id, {Factor.FIT: 6})
    with pytest.raises(ValidationError, match="at least one"):
        svc.add_assessment(db, account.id, {})
    with pytest.raises(ValidationError, match="real calendar date"):
        svc.add_assessment(db, account.id, {Factor.FIT: 3}, assessed_on="2026-02-30")
    with pytest.raises(ValidationError, match=r"dates are typed like 6/30/2027"):
        svc.add_assessment(db, account.id, {Factor.FIT: 3}, assessed_on="31/12/2026")
    assert _count(db, IdentificationAssessment) == 0
    svc.add_assessment(db, account.id, {Factor.FIT: 3}, assessed_on="2026-01-10")
    svc.add_assessment(db, account.id, {Factor.FIT: 5, Factor.RELATIVE_EFFORT: 1}, assessed_on="2026-06-10")
    history = svc.get_account(db, account.id).assessments
    assert [a.assessed_on.isoformat() for a in history] == ["2026-06-10", "2026-01-10"]
    assert history[0].score.value == 100.0 and history[0].score.rated == 2


def test_unknown_account_is_a_clear_error(db: Database) -> None:
    with pytest.raises(NotFoundError):
        svc.get_account(db, 999)
    with pytest.raises(DomainError):
        svc.find_account_id(db, "Nobody Ltd")


def test_cap_requires_a_justification_and_stores_it(db: Database) -> None:
    from kam_desktop.services.portfolio import load_portfolio
    from kam_desktop.services.program import ProgramInput, update_program

    update_program(db, ProgramInput(key_account_cap=2, currency="EUR"))
    ids = [svc.create_account(db, AccountInput(name=f"Account {i}")).id for i in range(4)]
    svc.change_status(db, ids[0], AccountStatus.KEY)
    svc.change_status(db, ids[1], AccountStatus.KEY)
    assert load_portfolio(db).cap.label == "2 of 2 key accounts"
    with pytest.raises(ValidationError, match="beyond the cap") as info:
        svc.change_status(db, ids[2], AccountStatus.KEY)
    assert info.value.field == "reason"
    assert svc.get_account(db, ids[2]).account.status is AccountStatus.CANDIDATE
    svc.change_status(db, ids[2], AccountStatus.KEY, "Acquisition target of our largest customer")
    history = svc.get_account(db, ids[2]).status_history
    assert history[0].over_cap and history[0].reason == "Acquisition target of our largest customer"
    portfolio = load_portfolio(db)
    assert portfolio.cap.label == "3 of 2 key accounts" and portfolio.cap.over_cap
    assert [r.name for r in portfolio.rows if r.over_cap] == ["Account 2"]
    # demoting needs a reason too
    with pytest.raises(ValidationError, match="no longer a key account"):
        svc.change_status(db, ids[0], AccountStatus.ARCHIVED)
    svc.change_status(db, ids[0], AccountStatus.ARCHIVED, "Lost the framework contract")
    assert load_portfolio(db).cap.label == "2 of 2 key accounts"
    svc.delete_account(db, ids[1])
    assert load_portfolio(db).cap.label == "1 of 2 key accounts"
    svc.restore_account(db, ids[1])
    assert load_portfolio(db).cap.label == "2 of 2 key accounts"
    assert _count(db, AccountStatusChange) == 4  # three promotions and one archive


def test_delete_goes_to_trash_and_restore_brings_it_back(db: Database) -> None:
    account = svc.create_account(db, AccountInput(name="Trash Me SA"))
    svc.delete_account(db, account.id)
    with pytest.raises(NotFoundError):
        svc.get_account(db, account.id)
    svc.restore_account(db, account.id)
    assert svc.get_account(db, account.id).account.name == "Trash Me SA"
    svc.delete_account(db, account.id)
    svc.purge_account(db, account.id)
    assert _count(db, Account) == 0
