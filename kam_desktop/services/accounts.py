"""Accounts: create, edit, status changes under the key-account cap, trash, assessments,
buying centres. One unit of work per call; read models out, plain commands in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import AccountStatus, Factor
from kam_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kam_desktop.domain.scoring import Score, score
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services import clock
from kam_desktop.services.program import _settings, load_weights
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    Account,
    AccountStatusChange,
    BuyingCentre,
    IdentificationAssessment,
)


@dataclass(frozen=True)
class AccountInput:
    name: str
    industry: str = ""
    region: str = ""
    currency: str = "EUR"
    current_revenue: Decimal | str | int = Decimal("0")
    potential_revenue: Decimal | str | int = Decimal("0")
    description: str = ""
    internal_notes: str = ""


@dataclass(frozen=True)
class AccountView:
    id: int
    name: str
    industry: str
    region: str
    currency: str
    current_revenue: Decimal
    potential_revenue: Decimal
    status: AccountStatus
    description: str
    internal_notes: str
    deleted: bool


@dataclass(frozen=True)
class AssessmentView:
    id: int
    account_id: int
    assessed_on: dt.date
    ratings: Mapping[Factor, int | None]
    notes: str
    score: Score


@dataclass(frozen=True)
class StatusChangeView:
    from_status: AccountStatus
    to_status: AccountStatus
    reason: str
    over_cap: bool
    changed_at: dt.datetime


@dataclass(frozen=True)
class BuyingCentreView:
    id: int
    account_id: int
    name: str
    kind: str
    notes: str


@dataclass(frozen=True)
class AccountDetail:
    account: AccountView
    assessments: tuple[AssessmentView, ...] = field(default_factory=tuple)  # newest first
    status_history: tuple[StatusChangeView, ...] = field(default_factory=tuple)
    buying_centres: tuple[BuyingCentreView, ...] = field(default_factory=tuple)


def _view(a: Account) -> AccountView:
    return AccountView(
        id=a.id,
        name=a.name,
        industry=a.industry,
        region=a.region,
        currency=a.currency,
        current_revenue=v.from_cents(a.current_revenue_cents) or Decimal("0.00"),
        potential_revenue=v.from_cents(a.potential_revenue_cents) or Decimal("0.00"),
        status=AccountStatus(a.status),
        description=a.description,
        internal_notes=a.internal_notes,
        deleted=a.deleted_at is not None,
    )


def _clean(cmd: AccountInput) -> dict[str, object]:
    return {
        "name": v.name(cmd.name, field="name", label=QT_TRANSLATE_NOOP("Field", "Account name")),
        "industry": v.optional_name(
            cmd.industry, field="industry", label=QT_TRANSLATE_NOOP("Field", "Industry")
        ),
        "region": v.optional_name(cmd.region, field="region", label=QT_TRANSLATE_NOOP("Field", "Region")),
        "currency": v.currency(cmd.currency),
        "current_revenue_cents": v.to_cents(
            v.money(
                cmd.current_revenue,
                field="current_revenue",
                label=QT_TRANSLATE_NOOP("Field", "Current revenue"),
            )
        ),
        "potential_revenue_cents": v.to_cents(
            v.money(
                cmd.potential_revenue,
                field="potential_revenue",
                label=QT_TRANSLATE_NOOP("Field", "Potential revenue"),
            )
        ),
        "description": v.text(
            cmd.description, field="description", label=QT_TRANSLATE_NOOP("Field", "Description")
        ),
        "internal_notes": v.text(
            cmd.internal_notes, field="internal_notes", label=QT_TRANSLATE_NOOP("Field", "Internal notes")
        ),
    }


def get_live(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None or account.deleted_at is not None:
        raise NotFoundError(translate("Errors", "That account no longer exists (it may be in the trash)."))
    return account


def _name_taken(session: Session, name: str, exclude: int | None = None) -> bool:
    stmt = select(Account.id).where(Account.name == name)
    if exclude is not None:
        stmt = stmt.where(Account.id != exclude)
    return session.scalar(stmt) is not None


def create_account(db: Database, cmd: AccountInput) -> AccountView:
    values = _clean(cmd)
    with db.session() as session:
        if _name_taken(session, str(values["name"])):
            raise ConflictError(
                fmt(translate("Errors", "An account named “%1” already exists."), values["name"]),
                field="name",
            )
        account = Account(status=AccountStatus.CANDIDATE.value, **values)
        session.add(account)
        try:
            session.flush()
        except IntegrityError as exc:  # a race with another writer
            raise ConflictError(
                translate("Errors", "That account name is already used."), field="name"
            ) from exc
        return _view(account)


def update_account(db: Database, account_id: int, cmd: AccountInput) -> AccountView:
    values = _clean(cmd)
    with db.session() as session:
        account = get_live(session, account_id)
        if _name_taken(session, str(values["name"]), exclude=account_id):
            raise ConflictError(
                fmt(translate("Errors", "An account named “%1” already exists."), values["name"]),
                field="name",
            )
        for key, value in values.items():
            setattr(account, key, value)
        session.flush()
        return _view(account)


def get_account(db: Database, account_id: int) -> AccountDetail:
    with db.reading() as session:
        account = get_live(session, account_id)
        weights = load_weights(session)
        assessments = tuple(
            _assessment_view(row, weights)
            for row in session.scalars(
                select(IdentificationAssessment)
                .where(IdentificationAssessment.account_id == account_id)
                .order_by(IdentificationAssessment.assessed_on.desc(), IdentificationAssessment.id.desc())
            )
        )
        history = tuple(
            StatusChangeView(
                AccountStatus(c.from_status), AccountStatus(c.to_status), c.reason, c.over_cap, c.changed_at
            )
            for c in session.scalars(
                select(AccountStatusChange)
                .where(AccountStatusChange.account_id == account_id)
                .order_by(AccountStatusChange.id.desc())
            )
        )
        return AccountDetail(_view(account), assessments, history, _centres(session, account_id))


def find_account(db: Database, name: str) -> tuple[int, str]:
    """(id, name as stored) of the (live) account with this name, case-insensitive."""
    with db.reading() as session:
        found = session.execute(
            select(Account.id, Account.name).where(Account.name == name.strip(), Account.deleted_at.is_(None))
        ).first()
        if found is None:
            raise NotFoundError(fmt(translate("Errors", "No account named “%1”."), name))
        return found[0], found[1]


def find_account_id(db: Database, name: str) -> int:
    """The id of the (live) account with this name, case-insensitive."""
    return find_account(db, name)[0]


def key_count(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Account)
            .where(Account.status == AccountStatus.KEY.value, Account.deleted_at.is_(None))
        )
        or 0
    )


def change_status(db: Database, account_id: int, to_status: AccountStatus, reason: str = "") -> AccountView:
    """Change an account's status. Promoting beyond the cap, and demoting a key account,
    need a written reason, which is stored with the date."""
    reason = v.text(reason, field="reason", label=QT_TRANSLATE_NOOP("Field", "Reason"), max_len=5000).strip()
    with db.session() as session:
        account = get_live(session, account_id)
        current = AccountStatus(account.status)
        if current is to_status:
            return _view(account)
        over_cap = False
        if to_status is AccountStatus.KEY:
            cap = _settings(session).key_account_cap
            count = key_count(session)
            if count >= cap:
                over_cap = True
                if not reason:
                    raise ValidationError(
                        fmt(
                            translate(
                                "Errors",
                                "You already have %1 of %2 key accounts. Write why %3 deserves a place "
                                "beyond the cap.",
                            ),
                            count,
                            cap,
                            account.name,
                        ),
                        field="reason",
                    )
        elif current is AccountStatus.KEY and not reason:
            raise ValidationError(
                fmt(translate("Errors", "Write why %1 is no longer a key account."), account.name),
                field="reason",
            )
        session.add(
            AccountStatusChange(
                account_id=account.id,
                from_status=current.value,
                to_status=to_status.value,
                reason=reason,
                over_cap=over_cap,
                changed_at=clock.utcnow(),
            )
        )
        account.status = to_status.value
        session.flush()
        return _view(account)


def delete_account(db: Database, account_id: int) -> AccountView:
    """Move an account (with everything under it) to the trash. Undo with restore_account."""
    with db.session() as session:
        account = get_live(session, account_id)
        account.deleted_at = clock.utcnow()
        session.flush()
        return _view(account)


def restore_account(db: Database, account_id: int) -> AccountView:
    with db.session() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise NotFoundError(
                translate("Errors", "That account was permanently deleted and cannot be restored.")
            )
        account.deleted_at = None
        session.flush()
        return _view(account)


def purge_account(db: Database, account_id: int) -> None:
    """Permanently delete an account that is already in the trash."""
    with db.session() as session:
        account = session.get(Account, account_id)
        if account is None:
            return
        if account.deleted_at is None:
            raise ConflictError(
                translate("Errors", "Move the account to the trash before deleting it permanently.")
            )
        session.delete(account)


# --- assessments -------------------------------------------------------------------------


def _assessment_view(row: IdentificationAssessment, weights: Mapping[Factor, float]) -> AssessmentView:
    ratings = {f: getattr(row, f.value) for f in Factor}
    return AssessmentView(
        row.id, row.account_id, row.assessed_on, ratings, row.notes, score(ratings, weights)
    )


def add_assessment(
    db: Database,
    account_id: int,
    ratings: Mapping[Factor, int | None],
    *,
    assessed_on: dt.date | str | None = None,
    notes: str = "",
) -> AssessmentView:
    clean: dict[Factor, int | None] = {
        f: v.optional_rating(ratings.get(f), field=f.value, label=f.label) for f in Factor
    }
    if all(r is None for r in clean.values()):
        raise ValidationError(translate("Errors", "Rate at least one factor."), field="ratings")
    on = (
        v.date(assessed_on, field="assessed_on", label=QT_TRANSLATE_NOOP("Field", "Assessment date"))
        if assessed_on
        else clock.today()
    )
    notes = v.text(notes, field="notes", label=QT_TRANSLATE_NOOP("Field", "Notes"))
    with db.session() as session:
        get_live(session, account_id)
        row = IdentificationAssessment(
            account_id=account_id, assessed_on=on, notes=notes, **{f.value: r for f, r in clean.items()}
        )
        session.add(row)
        session.flush()
        return _assessment_view(row, load_weights(session))


# --- buying centres ----------------------------------------------------------------------


def _centres(session: Session, account_id: int) -> tuple[BuyingCentreView, ...]:
    return tuple(
        BuyingCentreView(c.id, c.account_id, c.name, c.kind, c.notes)
        for c in session.scalars(
            select(BuyingCentre)
            .where(BuyingCentre.account_id == account_id, BuyingCentre.deleted_at.is_(None))
            .order_by(BuyingCentre.name)
        )
    )


def list_buying_centres(db: Database, account_id: int) -> tuple[BuyingCentreView, ...]:
    with db.reading() as session:
        return _centres(session, account_id)


def save_buying_centre(
    db: Database, account_id: int, name: str, kind: str = "", notes: str = "", centre_id: int | None = None
) -> BuyingCentreView:
    clean_name = v.name(name, field="name", label=QT_TRANSLATE_NOOP("Field", "Buying centre name"))
    clean_kind = v.optional_name(kind, field="kind", label=QT_TRANSLATE_NOOP("Field", "Kind"))
    clean_notes = v.text(notes, field="notes", label=QT_TRANSLATE_NOOP("Field", "Notes"))
    with db.session() as session:
        get_live(session, account_id)
        others = session.execute(
            select(BuyingCentre.id, BuyingCentre.name).where(
                BuyingCentre.account_id == account_id, BuyingCentre.id != (centre_id or -1)
            )
        ).all()
        if any(other.name.casefold() == clean_name.casefold() for other in others):
            raise ConflictError(
                fmt(translate("Errors", "This account already has a buying centre named “%1”."), clean_name),
                field="name",
            )
        if centre_id is None:
            centre = BuyingCentre(account_id=account_id, name=clean_name, kind=clean_kind, notes=clean_notes)
            session.add(centre)
        else:
            found = session.get(BuyingCentre, centre_id)
            if found is None or found.account_id != account_id:
                raise NotFoundError(translate("Errors", "That buying centre no longer exists."))
            centre = found
            centre.name, centre.kind, centre.notes = clean_name, clean_kind, clean_notes
            centre.deleted_at = None
        session.flush()
        return BuyingCentreView(centre.id, account_id, centre.name, centre.kind, centre.notes)


def delete_buying_centre(db: Database, centre_id: int) -> None:
    with db.session() as session:
        centre = session.get(BuyingCentre, centre_id)
        if centre is not None:
            centre.deleted_at = clock.utcnow()


def restore_buying_centre(db: Database, centre_id: int) -> None:
    with db.session() as session:
        centre = session.get(BuyingCentre, centre_id)
        if centre is not None:
            centre.deleted_at = None


@dataclass(frozen=True)
class AccountListItem:
    id: int
    name: str
    status: AccountStatus
    industry: str


def list_accounts(db: Database) -> tuple[AccountListItem, ...]:
    """Live accounts by name: the light list of the Accounts section (no scores, no plan)."""
    with db.reading() as session:
        rows = session.execute(
            select(Account.id, Account.name, Account.status, Account.industry)
            .where(Account.deleted_at.is_(None))
            .order_by(Account.name)
        ).all()
    return tuple(AccountListItem(r.id, r.name, AccountStatus(r.status), r.industry) for r in rows)
