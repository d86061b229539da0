"""Import and calendar subcommands: import-accounts, import-contacts, export-ics.

Registered into ``kam_desktop.cli`` on import (see ``cli._load_extensions``). User errors: one
line on stderr, exit 2. A strict import with invalid rows writes nothing, prints one line per bad
row on stderr, and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kam_desktop.cli import _EXTRA_PARSERS, _command, _existing_db
from kam_desktop.i18n import fmt, translate

_DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|"}


def _print_problems(problems: tuple[tuple[int, str], ...], *, cards: bool = False) -> None:
    for row, message in problems:
        template = translate("Import", "card %1: %2") if cards else translate("Import", "row %1: %2")
        print(fmt(template, row, message), file=sys.stderr)


@_command("import-accounts")
def _import_accounts(args: argparse.Namespace) -> int:
    from kam_desktop.services.importers.accounts import (
        INVALID,
        SKIP,
        UPDATE,
        AccountImportOptions,
        import_accounts,
        read_accounts_file,
    )
    from kam_desktop.store.database import open_database

    data = read_accounts_file(Path(args.source))
    options = AccountImportOptions(
        encoding=args.encoding,
        delimiter=_DELIMITERS.get(args.delimiter) if args.delimiter else None,
        decimal=args.decimal,
        overrides=tuple(args.map or ()),
        on_duplicate=UPDATE if args.update_existing else SKIP,
    )
    db = open_database(_existing_db(args.db))
    try:
        result = import_accounts(db, data, options, skip_invalid=args.skip_invalid, dry_run=args.dry_run)
    finally:
        db.close()
    problems = tuple((o.row, o.message) for o in result.plan.outcomes if o.action == INVALID)
    _print_problems(problems)
    if problems and not args.skip_invalid:
        if len(problems) == 1:
            line = translate(
                "Import", "kam-desktop: 1 invalid row; nothing was imported. Fix it, or use --skip-invalid."
            )
        else:
            line = fmt(
                translate(
                    "Import",
                    "kam-desktop: %1 invalid rows; nothing was imported. Fix them, or use --skip-invalid.",
                ),
                len(problems),
            )
        print(line, file=sys.stderr)
        return 2
    print(
        result.summary() + (" " + translate("Import", "(dry run: nothing written)") if args.dry_run else "")
    )
    return 0


@_command("import-contacts")
def _import_contacts(args: argparse.Namespace) -> int:
    from kam_desktop.services.importers.contacts import INVALID, import_contacts, read_contacts_file
    from kam_desktop.store.database import open_database

    data = read_contacts_file(Path(args.source))
    db = open_database(_existing_db(args.db))
    try:
        result = import_contacts(db, data, args.account, skip_invalid=args.skip_invalid, dry_run=args.dry_run)
    finally:
        db.close()
    problems = tuple((o.row, o.message) for o in result.plan.outcomes if o.action == INVALID)
    _print_problems(problems, cards=result.plan.vcard)
    if problems and not args.skip_invalid:
        print(
            fmt(
                translate(
                    "Import",
                    "kam-desktop: %1 invalid contacts; nothing was imported. Fix them, or use --skip-invalid.",
                ),
                len(problems),
            ),
            file=sys.stderr,
        )
        return 2
    print(
        result.summary() + (" " + translate("Import", "(dry run: nothing written)") if args.dry_run else "")
    )
    return 0


@_command("export-ics")
def _export_ics(args: argparse.Namespace) -> int:
    from kam_desktop.services.importers.calendar import export_ics
    from kam_desktop.store.database import open_database

    db = open_database(_existing_db(args.db))
    try:
        summary = export_ics(db, Path(args.out), args.account, tz_name=args.tz, include_notes=args.with_notes)
    finally:
        db.close()
    print(
        fmt(
            translate("Import", "Wrote %1 meetings and %2 due dates (times in %3) to %4"),
            summary.meetings,
            summary.due_items,
            summary.time_zone,
            str(summary.path),
        )
    )
    return 0


def _add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import-accounts", help="import accounts from a CSV file (CRM or Excel export)")
    p.add_argument("--db", required=True, help="database file")
    p.add_argument("--from", dest="source", required=True, metavar="FILE", help="the CSV file")
    p.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help="map a column to a field (name, industry, region, currency, current_revenue, "
        "potential_revenue, description, internal_notes, or ignore); repeatable",
    )
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows, skip the invalid")
    p.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    p.add_argument(
        "--update-existing", action="store_true", help="update accounts that already exist (default: skip)"
    )
    p.add_argument("--encoding", help="the file's encoding (default: detected), e.g. utf-8, cp1252")
    p.add_argument("--delimiter", choices=sorted(_DELIMITERS), help="the delimiter (default: detected)")
    p.add_argument("--decimal", choices=("comma", "point"), help="the decimal separator (default: detected)")

    p = sub.add_parser("import-contacts", help="import contacts (vCard or CSV) as stakeholders")
    p.add_argument("--db", required=True, help="database file")
    p.add_argument("--from", dest="source", required=True, metavar="FILE", help="the .vcf or .csv file")
    p.add_argument(
        "--account", metavar="NAME", help="put everyone into this account (default: by organisation)"
    )
    p.add_argument("--skip-invalid", action="store_true", help="import the valid contacts, skip the invalid")
    p.add_argument("--dry-run", action="store_true", help="check and count, write nothing")

    p = sub.add_parser("export-ics", help="upcoming meetings and due dates as an iCalendar (.ics) file")
    p.add_argument("--db", required=True, help="database file")
    p.add_argument("--out", required=True, help="the .ics file to write")
    p.add_argument("--account", metavar="NAME", help="only this account (default: all)")
    p.add_argument("--tz", metavar="ZONE", help="time zone of the meetings' times (default: this computer's)")
    p.add_argument(
        "--with-notes", action="store_true", help="include interaction summaries and next steps (internal)"
    )


_EXTRA_PARSERS.append(_add_parsers)
