"""Import contacts (vCard or CSV) as stakeholders: preview, import in one transaction, undo.

Each contact goes to the account named by its organisation (case- and accent-insensitive), or
to the one account the user chose. A person already at that account (same name, or same
email) is skipped, so a second import adds nothing. Reports-to links are made after everyone is
in: by the CRM's manager id (the file's own ids) or by the manager's name at the same account;
a link that would make a loop is left out. A department becomes the person's buying centre
(created if the account has none of that name).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange.account_rows import RowProblem, name_key, organisation_key
from kam_desktop.domain.interchange.contacts import Contact, is_vcard, parse_contacts
from kam_desktop.domain.org_chart import would_create_cycle
from kam_desktop.i18n import Context, fmt, translate
from kam_desktop.services.importers.files import read_input
from kam_desktop.store.database import Database
from kam_desktop.store.models import Account, BuyingCentre, Stakeholder

ADD = "add"
EXISTS = "exists"
DUPLICATE = "duplicate"
INVALID = "invalid"

Import = Context("Import")  # plural forms: lupdate takes the name before .tr as the context


@dataclass(frozen=True)
class ContactOutcome:
    row: int
    action: str  # ADD, EXISTS, DUPLICATE, INVALID
    name: str
    account: str = ""
    message: str = ""
    contact: Contact | None = None
    manager: str = ""  # the manager's name when a reports-to link will be made


@dataclass(frozen=True)
class ContactImportPlan:
    outcomes: tuple[ContactOutcome, ...]
    vcard: bool = False  # rows are cards (1 = the first card), not spreadsheet rows

    def count(self, *actions: str) -> int:
        return sum(1 for o in self.outcomes if o.action in actions)

    @property
    def links(self) -> int:
        return sum(1 for o in self.outcomes if o.action == ADD and o.manager)


@dataclass(frozen=True)
class ContactImportUndo:
    stakeholder_ids: tuple[int, ...] = ()
    buying_centre_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ContactImportResult:
    plan: ContactImportPlan
    written: bool
    added: int
    skipped: int
    invalid: int
    links: int
    undo: ContactImportUndo

    def summary(self) -> str:
        return fmt(
            Import.tr("Added %1, skipped %2, invalid %3; %n reports-to link(s).", "", self.links),
            self.added,
            self.skipped,
            self.invalid,
        )


def read_contacts_file(path: Path) -> bytes:
    return read_input(path)


def _account_id(session: Session, name: str) -> int:
    wanted = name_key(name)
    for account in session.scalars(select(Account).where(Account.deleted_at.is_(None))):
        if name_key(account.name) == wanted:
            return account.id
    raise ValidationError(fmt(translate("Import", "No account named \u201c%1\u201d."), name), field="account")


@dataclass
class _Person:
    account_id: int
    name: str
    stakeholder_id: int | None  # existing people have one
    contact: Contact | None


def _classify(
    session: Session, items: Sequence[Contact | RowProblem], account_id: int | None
) -> tuple[list[ContactOutcome], list[_Person]]:
    accounts = {
        name_key(a.name): a for a in session.scalars(select(Account).where(Account.deleted_at.is_(None)))
    }
    by_id = {a.id: a for a in accounts.values()}
    by_organisation: dict[str, list[Account]] = {}
    for a in accounts.values():
        by_organisation.setdefault(organisation_key(a.name), []).append(a)
    existing: dict[tuple[int, str], int] = {}
    people: list[_Person] = []
    for s in session.scalars(select(Stakeholder).where(Stakeholder.deleted_at.is_(None))):
        existing[(s.account_id, name_key(s.name))] = s.id
        if s.email:
            existing[(s.account_id, "@" + s.email.casefold())] = s.id
        people.append(_Person(s.account_id, s.name, s.id, None))
    seen: dict[tuple[int, str], int] = {}
    outcomes: list[ContactOutcome] = []
    for item in items:
        if isinstance(item, RowProblem):
            outcomes.append(ContactOutcome(item.row, INVALID, item.name, message=item.message))
            continue
        if account_id is not None:
            account = by_id[account_id]
        else:
            if not item.organisation:
                outcomes.append(
                    ContactOutcome(
                        item.row,
                        INVALID,
                        item.name,
                        message=translate(
                            "Import", "No organisation: choose the account to put everyone into."
                        ),
                    )
                )
                continue
            found = accounts.get(name_key(item.organisation))
            if found is None:  # the same company with its legal form spelt differently, if unambiguous
                similar = by_organisation.get(organisation_key(item.organisation), [])
                found = similar[0] if len(similar) == 1 else None
            if found is None:
                outcomes.append(
                    ContactOutcome(
                        item.row,
                        INVALID,
                        item.name,
                        item.organisation,
                        fmt(
                            translate(
                                "Import",
                                "No account named \u201c%1\u201d: add it first, or choose the account to put everyone into.",
                            ),
                            item.organisation,
                        ),
                    )
                )
                continue
            account = found
        keys = [(account.id, name_key(item.name))]
        if item.email:
            keys.append((account.id, "@" + item.email.casefold()))
        if any(k in existing for k in keys):
            outcomes.append(
                ContactOutcome(
                    item.row,
                    EXISTS,
                    item.name,
                    account.name,
                    fmt(translate("Import", "Already a stakeholder of %1; skipped."), account.name),
                )
            )
            continue
        earlier = next((seen[k] for k in keys if k in seen), None)
        if earlier is not None:
            outcomes.append(
                ContactOutcome(
                    item.row,
                    DUPLICATE,
                    item.name,
                    account.name,
                    fmt(translate("Import", "The same person as row %1; skipped."), earlier),
                )
            )
            continue
        for k in keys:
            seen[k] = item.row
        outcomes.append(ContactOutcome(item.row, ADD, item.name, account.name, contact=item))
        people.append(_Person(account.id, item.name, None, item))
    return _with_managers(outcomes, people), people


def _manager_for(person: _Person, people: Sequence[_Person]) -> _Person | None:
    contact = person.contact
    if contact is None:
        return None
    if contact.manager_id:
        for other in people:
            if other.contact is not None and other.contact.external_id == contact.manager_id:
                return other if other.account_id == person.account_id and other is not person else None
    if contact.manager_name:
        wanted = name_key(contact.manager_name)
        for other in people:
            if (
                other.account_id == person.account_id
                and other is not person
                and name_key(other.name) == wanted
            ):
                return other
    return None


def _with_managers(outcomes: list[ContactOutcome], people: list[_Person]) -> list[ContactOutcome]:
    new_people = {id(p.contact): p for p in people if p.contact is not None}
    result = []
    for o in outcomes:
        if o.action == ADD and o.contact is not None:
            manager = _manager_for(new_people[id(o.contact)], people)
            if manager is not None:
                o = ContactOutcome(o.row, o.action, o.name, o.account, o.message, o.contact, manager.name)
        result.append(o)
    return result


def _plan_items(data: bytes) -> list[Contact | RowProblem]:
    return parse_contacts(data)


def preview_contacts(db: Database, data: bytes, account: str | None = None) -> ContactImportPlan:
    items = _plan_items(data)
    with db.reading() as session:
        account_id = _account_id(session, account) if account else None
        outcomes, _people = _classify(session, items, account_id)
    return ContactImportPlan(tuple(outcomes), is_vcard(data))


def _centre(session: Session, account_id: int, name: str, created: list[int]) -> int:
    name = name[:200]  # the column's length: a longer department is kept cut, and matched as cut
    wanted = name.casefold()
    for centre in session.scalars(select(BuyingCentre).where(BuyingCentre.account_id == account_id)):
        if centre.name.casefold() == wanted:
            if centre.deleted_at is not None:
                centre.deleted_at = None
            return centre.id
    centre = BuyingCentre(account_id=account_id, name=name, kind="department")
    session.add(centre)
    session.flush()
    created.append(centre.id)
    return centre.id


def import_contacts(
    db: Database,
    data: bytes,
    account: str | None = None,
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
) -> ContactImportResult:
    items = _plan_items(data)
    created: list[int] = []
    centres: list[int] = []
    links = 0
    with db.session() as session:
        account_id = _account_id(session, account) if account else None
        outcomes, people = _classify(session, items, account_id)
        invalid = sum(1 for o in outcomes if o.action == INVALID)
        write = not dry_run and (skip_invalid or invalid == 0)
        if write:
            new_people = [p for p in people if p.contact is not None]
            for person in new_people:
                c = person.contact
                assert c is not None
                row = Stakeholder(
                    account_id=person.account_id,
                    name=c.name,
                    title=c.title,
                    email=c.email,
                    phone=c.phone,
                    notes=c.notes,
                    buying_centre_id=_centre(session, person.account_id, c.department, centres)
                    if c.department
                    else None,
                )
                session.add(row)
                session.flush()
                person.stakeholder_id = row.id
                created.append(row.id)
            links_now: dict[int, int | None] = {
                s.id: s.reports_to_id
                for s in session.scalars(select(Stakeholder).where(Stakeholder.deleted_at.is_(None)))
            }
            for person in new_people:
                manager = _manager_for(person, people)
                if manager is None or manager.stakeholder_id is None or person.stakeholder_id is None:
                    continue
                if would_create_cycle(links_now, person.stakeholder_id, manager.stakeholder_id):
                    continue
                stakeholder = session.get(Stakeholder, person.stakeholder_id)
                assert stakeholder is not None
                stakeholder.reports_to_id = manager.stakeholder_id
                links_now[person.stakeholder_id] = manager.stakeholder_id
                links += 1
            session.flush()
        else:
            session.rollback()
    plan = ContactImportPlan(tuple(outcomes), is_vcard(data))
    return ContactImportResult(
        plan=plan,
        written=write,
        added=plan.count(ADD),
        skipped=plan.count(EXISTS, DUPLICATE),
        invalid=invalid,
        links=links if write else plan.links,
        undo=ContactImportUndo(tuple(created), tuple(centres)),
    )


def undo_contact_import(db: Database, undo: ContactImportUndo) -> int:
    """Delete the stakeholders (and the buying centres) an import created."""
    touched = 0
    with db.session() as session:
        ids = list(undo.stakeholder_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            touched += len(session.scalars(select(Stakeholder.id).where(Stakeholder.id.in_(chunk))).all())
            session.execute(delete(Stakeholder).where(Stakeholder.id.in_(chunk)))
        for centre_id in undo.buying_centre_ids:
            centre = session.get(BuyingCentre, centre_id)
            if centre is not None:
                session.delete(centre)
    return touched
