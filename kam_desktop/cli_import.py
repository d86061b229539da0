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

CTX = "Import"
_DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|"}


def _print_problems(problems: tuple[tuple[int, str], ...]) -> None:
    for row, message in problems:
        print(fmt(translate(CTX, "row %1: %2"), row, message), file=sys.stderr)


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
        print(
            fmt(
                translate(
                    CTX,
                    "kam-desktop: %1 invalid rows; nothing was imported. Fix them, or use --skip-invalid.",
                ),
                len(problems),
            ),
            file=sys.stderr,
        )
        return 2
    print(result.summary() + (" " + translate(CTX, "(dry run: nothing written)") if args.dry_run else ""))
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


_EXTRA_PARSERS.append(_add_parsers)
