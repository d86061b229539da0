"""Refusals a user reads, pinned word for word with the field they are shown next to (a refusal
whose text or field changes is a bug a user notices: the message lands nowhere, or says nothing)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kam_desktop.domain.enums import AccountStatus
from kam_desktop.domain.errors import ValidationError
from kam_desktop.services import accounts, export
from kam_desktop.services.accounts import AccountInput
from kam_desktop.services.export_csv import export_csv
from kam_desktop.services.importers import files
from kam_desktop.services.plan_report_sharing import JointFields, save_joint_fields
from kam_desktop.services.plans import ensure_plan
from kam_desktop.services.program import ProgramInput, update_program
from kam_desktop.store.database import Database


def _refused(call, *args, **kwargs) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        call(*args, **kwargs)
    return str(err.value), err.value.field


def test_an_assessment_without_a_rating(db: Database) -> None:
    aid = accounts.create_account(db, AccountInput(name="Acme")).id
    assert _refused(accounts.add_assessment, db, aid, {}) == ("Rate at least one factor.", "ratings")
    assert accounts.get_account(db, aid).assessments == ()


def test_a_key_account_beyond_the_cap_needs_a_reason(db: Database) -> None:
    update_program(db, ProgramInput(key_account_cap=1, currency="EUR"))
    first = accounts.create_account(db, AccountInput(name="First AG")).id
    second = accounts.create_account(db, AccountInput(name="Second SpA")).id
    accounts.change_status(db, first, AccountStatus.KEY)
    assert _refused(accounts.change_status, db, second, AccountStatus.KEY) == (
        "You already have 1 of 1 key accounts. Write why Second SpA deserves a place beyond the cap.",
        "reason",
    )
    assert accounts.get_account(db, second).account.status is not AccountStatus.KEY


def test_paper_and_edition_choices() -> None:
    assert _refused(export._paper, "A3") == ("Paper size must be A4 or Letter.", "paper")
    assert _refused(export._edition, "partner") == ("Edition must be internal or customer.", "edition")
    assert (export._paper("LETTER"), export._edition("Customer")) == (
        export.Paper.LETTER,
        export.Edition.CUSTOMER,
    )


def test_an_unknown_csv_export(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    assert _refused(export_csv, db, "everything", out) == (
        "Choose what to export: portfolio or actions.",
        "what",
    )
    assert not out.exists()


def test_input_files_that_cannot_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "missing.csv"
    assert _refused(files.read_input, missing) == (f"There is no file at {missing}.", "file")
    assert _refused(files.read_input, tmp_path) == (f"{tmp_path} is not a regular file.", "file")
    big = tmp_path / "big.csv"
    with big.open("wb") as fh:  # sparse: 64 MB + 1 byte without writing them
        fh.truncate(files.MAX_BYTES + 1)
    assert _refused(files.read_input, big) == (f"{big} is larger than 64 MB; split it first.", "file")
    exact = tmp_path / "exact.csv"
    with exact.open("wb") as fh:  # the limit itself is allowed
        fh.truncate(files.MAX_BYTES)
    assert len(files.read_input(exact)) == files.MAX_BYTES
    locked = tmp_path / "locked.csv"
    locked.write_text("name\nAcme\n")
    if os.geteuid() == 0:  # root reads through permission bits: the OS's answer, at the seam

        def refuse(self: Path) -> bytes:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "read_bytes", refuse)
    else:
        locked.chmod(0)
    assert _refused(files.read_input, locked) == (f"{locked} cannot be read (permission denied).", "file")


def test_joint_plan_sponsors_must_be_ours_and_the_accounts(db: Database) -> None:
    aid = accounts.create_account(db, AccountInput(name="Acme")).id
    ensure_plan(db, aid)
    assert _refused(save_joint_fields, db, aid, JointFields(our_sponsor_id=999)) == (
        "Choose a sponsor from our team.",
        "our_sponsor_id",
    )
    assert _refused(save_joint_fields, db, aid, JointFields(customer_sponsor_id=999)) == (
        "Choose a sponsor from this account's people.",
        "customer_sponsor_id",
    )


def test_an_unknown_rigour(db: Database) -> None:
    from kam_desktop.services.plans import get_plan, set_rigour

    plan = ensure_plan(db, accounts.create_account(db, AccountInput(name="Acme")).id)
    assert _refused(set_rigour, db, plan.id, "extreme") == (
        "Rigour must be one of: light, standard, deep.",
        "rigour",
    )
    assert get_plan(db, plan.id).rigour == plan.rigour


@pytest.mark.parametrize("cap", ["5", True, 0, 10_001, 2.5, None])
def test_a_cap_that_is_not_a_whole_number_from_1_to_10000(db: Database, cap: object) -> None:
    from kam_desktop.services.program import get_program

    assert _refused(update_program, db, ProgramInput(key_account_cap=cap, currency="EUR")) == (  # type: ignore[arg-type]
        "The key-account cap must be a whole number from 1 to 10,000.",
        "key_account_cap",
    )
    assert get_program(db).key_account_cap == 10  # unchanged


def test_the_program_settings_are_stored_exactly_at_both_ends_of_the_cap(db: Database) -> None:
    from kam_desktop.services.program import get_program

    for cap in (1, 10_000):
        update_program(
            db,
            ProgramInput(
                key_account_cap=cap,
                currency="CHF",
                user_name="Anna Rossi",
                company_name="Rossi S.p.A.",
                definition="A key account buys more than 1 M a year.",
            ),
        )
        p = get_program(db)
        assert (p.key_account_cap, p.currency, p.user_name, p.company_name, p.definition) == (
            cap,
            "CHF",
            "Anna Rossi",
            "Rossi S.p.A.",
            "A key account buys more than 1 M a year.",
        )
    assert _refused(
        update_program, db, ProgramInput(key_account_cap=5, currency="EUR", user_name="Bell\x07")
    ) == (
        "Your name cannot contain an invisible control character (U+0007).",
        "user_name",
    )
