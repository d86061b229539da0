"""Import accounts from a CSV file: preview (nothing written), import (one transaction), undo.

The file is read and mapped by the pure ``domain.interchange`` modules; this module matches the
rows against the accounts already in the database (by ``name_key``: case- and
accent-insensitive, trashed accounts included, since their names are still taken) and writes.

Strict (the default): any invalid row means nothing is written. With ``skip_invalid`` the valid
rows are written in one transaction. A name already present is skipped, or with
``on_duplicate="update"`` its mapped, non-blank fields are updated (the name is kept as stored).
A second import of the same file adds nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import AccountStatus
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange import account_columns as cols
from kam_desktop.domain.interchange.account_rows import AccountRow, RowProblem, build_accounts, name_key
from kam_desktop.domain.interchange.amounts import (
    DECIMAL_COMMA,
    DECIMAL_POINT,
    NumberFormat,
    detect_number_format,
)
from kam_desktop.domain.interchange.tabular import Table, read_table
from kam_desktop.i18n import fmt, translate
from kam_desktop.services.importers.files import read_input
from kam_desktop.services.program import _settings
from kam_desktop.store.database import Database
from kam_desktop.store.models import Account

SKIP = "skip"
UPDATE = "update"

ADD = "add"
UPDATED = "update"
UNCHANGED = "unchanged"
DUPLICATE = "duplicate"
EXISTS = "exists"
INVALID = "invalid"


@dataclass(frozen=True)
class AccountImportOptions:
    encoding: str | None = None  # None: detect
    delimiter: str | None = None  # None: detect
    decimal: str | None = None  # DECIMAL_COMMA / DECIMAL_POINT; None: detect from the file
    mapping: Mapping[int, str] | None = None  # a full mapping (GUI); None: recognise headers
    overrides: tuple[str, ...] = ()  # "Column=field" entries applied on top
    on_duplicate: str = SKIP


@dataclass(frozen=True)
class RowOutcome:
    row: int
    action: str  # ADD, UPDATED, UNCHANGED, DUPLICATE, EXISTS, INVALID
    name: str
    message: str = ""
    values: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class AccountImportPlan:
    """What an import would do, row by row (computed without writing)."""

    encoding: str
    delimiter: str
    number_format: NumberFormat
    headers: tuple[str, ...]
    mapping: Mapping[int, str]
    outcomes: tuple[RowOutcome, ...]
    sample: tuple[tuple[str, ...], ...]  # the first records' cells, for a preview

    def count(self, *actions: str) -> int:
        return sum(1 for o in self.outcomes if o.action in actions)

    @property
    def problems(self) -> tuple[RowOutcome, ...]:
        return tuple(o for o in self.outcomes if o.action == INVALID)


@dataclass(frozen=True)
class ImportUndo:
    created_ids: tuple[int, ...] = ()
    previous: tuple[tuple[int, Mapping[str, object]], ...] = ()  # (account id, old values)


@dataclass(frozen=True)
class AccountImportResult:
    plan: AccountImportPlan
    written: bool
    added: int
    updated: int
    skipped: int
    invalid: int
    undo: ImportUndo

    def summary(self) -> str:
        return fmt(
            translate("Import", "Added %1, updated %2, skipped %3, invalid %4."),
            self.added,
            self.updated,
            self.skipped,
            self.invalid,
        )


def _number_format(table: Table, mapping: Mapping[int, str], decimal: str | None) -> NumberFormat:
    if decimal is not None:
        if decimal not in (DECIMAL_COMMA, DECIMAL_POINT):
            raise ValidationError(
                translate("Import", "The decimal separator must be \u201ccomma\u201d or \u201cpoint\u201d."),
                field="decimal",
            )
        return NumberFormat(decimal, True)
    money_keys = {f.key for f in cols.ACCOUNT_FIELDS if f.money}
    columns = [c for c, k in mapping.items() if k in money_keys]
    values = (r.cells[c] for r in table.records for c in columns if c < len(r.cells))
    return detect_number_format(values, table.delimiter)


def _existing(session: Session) -> dict[str, Account]:
    return {name_key(a.name): a for a in session.scalars(select(Account))}


def _classify(
    session: Session, rows: Sequence[AccountRow | RowProblem], on_duplicate: str
) -> tuple[RowOutcome, ...]:
    existing = _existing(session)
    first_row: dict[str, int] = {}
    outcomes: list[RowOutcome] = []
    for item in rows:
        if isinstance(item, RowProblem):
            outcomes.append(RowOutcome(item.row, INVALID, item.name, item.message))
            continue
        name = str(item.values["name"])
        if item.key in first_row:
            outcomes.append(
                RowOutcome(
                    item.row,
                    DUPLICATE,
                    name,
                    fmt(translate("Import", "Same name as row %1; skipped."), first_row[item.key]),
                )
            )
            continue
        first_row[item.key] = item.row
        account = existing.get(item.key)
        if account is None:
            outcomes.append(RowOutcome(item.row, ADD, name, "", item.values))
        elif account.deleted_at is not None:
            outcomes.append(
                RowOutcome(
                    item.row,
                    EXISTS,
                    name,
                    fmt(
                        translate(
                            "Import", "\u201c%1\u201d is in the trash; restore it to update it. Skipped."
                        ),
                        account.name,
                    ),
                )
            )
        elif on_duplicate == UPDATE:
            changes = {k: val for k, val in item.values.items() if k != "name" and getattr(account, k) != val}
            if changes:
                outcomes.append(
                    RowOutcome(
                        item.row,
                        UPDATED,
                        account.name,
                        fmt(translate("Import", "Updates \u201c%1\u201d."), account.name),
                        changes,
                    )
                )
            else:
                outcomes.append(
                    RowOutcome(
                        item.row,
                        UNCHANGED,
                        account.name,
                        fmt(translate("Import", "\u201c%1\u201d already has these values."), account.name),
                    )
                )
        else:
            outcomes.append(
                RowOutcome(
                    item.row,
                    EXISTS,
                    account.name,
                    fmt(translate("Import", "\u201c%1\u201d already exists; skipped."), account.name),
                )
            )
    return tuple(outcomes)


def _prepare(
    db: Database, data: bytes, options: AccountImportOptions
) -> tuple[Table, dict[int, str], NumberFormat, list[AccountRow | RowProblem], str]:
    if options.on_duplicate not in (SKIP, UPDATE):
        raise ValidationError(
            translate("Import", "Duplicates are either skipped or updated."), field="on_duplicate"
        )
    table = read_table(data, encoding=options.encoding, delimiter=options.delimiter)
    mapping = dict(options.mapping) if options.mapping is not None else cols.auto_map(table.headers)
    mapping = cols.apply_overrides(table.headers, mapping, options.overrides)
    number_format = _number_format(table, mapping, options.decimal)
    with db.reading() as session:
        currency = _settings(session).currency
    rows = build_accounts(table, mapping, number_format, currency)
    return table, mapping, number_format, rows, currency


def _plan(
    table: Table, mapping: dict[int, str], number_format: NumberFormat, outcomes: tuple[RowOutcome, ...]
) -> AccountImportPlan:
    return AccountImportPlan(
        encoding=table.encoding,
        delimiter=table.delimiter,
        number_format=number_format,
        headers=table.headers,
        mapping=mapping,
        outcomes=outcomes,
        sample=tuple(r.cells for r in table.records[:50]),
    )


def preview_accounts(db: Database, data: bytes, options: AccountImportOptions) -> AccountImportPlan:
    """What importing ``data`` would do; nothing is written."""
    table, mapping, number_format, rows, _currency = _prepare(db, data, options)
    with db.reading() as session:
        outcomes = _classify(session, rows, options.on_duplicate)
    return _plan(table, mapping, number_format, outcomes)


def import_accounts(
    db: Database,
    data: bytes,
    options: AccountImportOptions,
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
) -> AccountImportResult:
    """Import in one transaction. Strict mode with an invalid row, and a dry run, write nothing."""
    table, mapping, number_format, rows, _currency = _prepare(db, data, options)
    created: list[int] = []
    previous: list[tuple[int, Mapping[str, object]]] = []
    with db.session() as session:
        outcomes = _classify(session, rows, options.on_duplicate)
        invalid = sum(1 for o in outcomes if o.action == INVALID)
        write = not dry_run and (skip_invalid or invalid == 0)
        if write:
            by_key = _existing(session)
            new_accounts: list[Account] = []
            for outcome in outcomes:
                if outcome.action == ADD:
                    account = Account(status=AccountStatus.CANDIDATE.value, **dict(outcome.values))
                    session.add(account)
                    new_accounts.append(account)
                elif outcome.action == UPDATED:
                    account = by_key[name_key(outcome.name)]
                    previous.append((account.id, {k: getattr(account, k) for k in outcome.values}))
                    for key, value in outcome.values.items():
                        setattr(account, key, value)
            session.flush()
            created.extend(a.id for a in new_accounts)
        else:
            session.rollback()
    plan = _plan(table, mapping, number_format, outcomes)
    added = sum(1 for o in outcomes if o.action == ADD)
    updated = sum(1 for o in outcomes if o.action == UPDATED)
    skipped = sum(1 for o in outcomes if o.action in (UNCHANGED, DUPLICATE, EXISTS))
    return AccountImportResult(
        plan=plan,
        written=write,
        added=added,
        updated=updated,
        skipped=skipped,
        invalid=invalid,
        undo=ImportUndo(tuple(created), tuple(previous)),
    )


def undo_account_import(db: Database, undo: ImportUndo) -> int:
    """Take an import back: delete the accounts it created, restore the values it changed.
    Returns how many accounts were touched."""
    touched = 0
    with db.session() as session:
        ids = list(undo.created_ids)
        for start in range(0, len(ids), 500):  # the database cascades to what hangs below
            chunk = ids[start : start + 500]
            touched += len(session.scalars(select(Account.id).where(Account.id.in_(chunk))).all())
            session.execute(delete(Account).where(Account.id.in_(chunk)))
        for account_id, values in undo.previous:
            account = session.get(Account, account_id)
            if account is not None:
                for key, value in values.items():
                    setattr(account, key, value)
                touched += 1
    return touched


def read_accounts_file(path: Path) -> bytes:
    return read_input(path)
