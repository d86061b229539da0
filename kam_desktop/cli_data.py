"""Data-safety subcommands: backup, backups, restore, check, export-json, import-json, export-csv.

Registered into ``kam_desktop.cli`` on import (see ``cli._load_extensions``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kam_desktop.cli import _EXTRA_PARSERS, _command, _existing_db
from kam_desktop.domain.errors import DomainError, StoreError
from kam_desktop.i18n import fmt, language, translate


def _count(n: int) -> str:
    """A count as the messages' language writes it: 1,250 (en), 1.250 (it)."""
    from kam_desktop.domain import numbers

    return numbers.format_decimal(n, numbers.locale_for_language(language()))


def _human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"  # pragma: no cover


@_command("backup")
def _backup(args: argparse.Namespace) -> int:
    from kam_desktop.services.backups import back_up

    path = _existing_db(args.db).resolve()
    made = back_up(path, reason="manual")
    print(fmt(translate("CliData", "Backed up %1 to %2"), path, made))
    return 0


@_command("backups")
def _backups(args: argparse.Namespace) -> int:
    from kam_desktop.services.backups import list_backups
    from kam_desktop.store.backup import backup_dir_for

    path = Path(args.db).expanduser().resolve()
    rows = list_backups(path)
    if not rows:
        print(fmt(translate("CliData", "No backups of %1 yet (they go to %2)."), path, backup_dir_for(path)))
        return 0
    created, size = translate("CliData", "Created (UTC)"), translate("CliData", "Size")
    accounts_title, kind, file = (
        translate("CliData", "Accounts"),
        translate("CliData", "Kind"),
        translate("CliData", "File"),
    )
    print(f"{created:<20} {size:>9} {accounts_title:>8}  {kind:<26} {file}")
    for row in rows:
        accounts = "?" if row.accounts is None else _count(row.accounts)
        print(
            f"{row.created:%Y-%m-%d %H:%M:%S} {_human_size(row.size):>9} {accounts:>8}  {row.reason_label:<26} {row.path}"
        )
    return 0


@_command("restore")
def _restore(args: argparse.Namespace) -> int:
    from kam_desktop.services.backups import restore

    path = Path(args.db).expanduser().resolve()
    result = restore(path, Path(args.source))
    print(fmt(translate("CliData", "Restored %1 from %2."), path, result.restored_from))
    if result.moved_aside is not None:
        print(fmt(translate("CliData", "The previous file was kept as %1"), result.moved_aside))
    if result.upgraded:
        print(translate("CliData", "The backup came from an older version and was upgraded."))
    return 0


@_command("check")
def _check(args: argparse.Namespace) -> int:
    from kam_desktop.services.backups import check, newest_good_backup

    path = _existing_db(args.db).resolve()
    result = check(path)
    if result.ok:
        print(
            fmt(
                translate("CliData", "%1: no problems found (integrity check and foreign-key check passed)."),
                path,
            )
        )
        return 0
    good = newest_good_backup(path)
    offer = (
        fmt(
            translate("CliData", "Newest good backup: %1 (%2 UTC); restore it with %3"),
            good.path,
            f"{good.created:%Y-%m-%d %H:%M}",
            f"kam-desktop restore --db {path} --from {good.path}",
        )
        if good
        else translate("CliData", "No good backup was found.")
    )
    raise StoreError(
        fmt(
            translate("CliData", "%1 is damaged: %2 The file was not changed. %3"),
            path,
            result.summary,
            offer,
        )
    )


@_command("export-json")
def _export_json(args: argparse.Namespace) -> int:
    from kam_desktop.services.export_json import export_json
    from kam_desktop.store.database import open_database

    path = _existing_db(args.db)
    open_database(path).close()  # checks the file and brings it to this version's schema
    summary = export_json(path.resolve(), Path(args.out).expanduser())
    print(
        fmt(
            translate("CliData", "Wrote %1 rows of %2 tables to %3"),
            _count(summary.rows),
            summary.tables,
            summary.path,
        )
    )
    return 0


@_command("import-json")
def _import_json(args: argparse.Namespace) -> int:
    from kam_desktop.services.export_json import import_json

    summary = import_json(Path(args.db), Path(args.source).expanduser())
    print(
        fmt(
            translate("CliData", "Imported %1 rows of %2 tables into %3"),
            _count(summary.rows),
            summary.tables,
            summary.path,
        )
    )
    return 0


@_command("export-csv")
def _export_csv(args: argparse.Namespace) -> int:
    from kam_desktop.services.export_csv import export_csv
    from kam_desktop.store.database import open_database

    db = open_database(_existing_db(args.db))
    try:
        summary = export_csv(db, args.what, Path(args.out).expanduser())
    finally:
        db.close()
    print(fmt(translate("CliData", "Wrote %1 %2 rows to %3"), _count(summary.rows), args.what, summary.path))
    return 0


def _add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help="write a verified backup of the database now")
    p.add_argument("--db", required=True, help="database file")
    p = sub.add_parser("backups", help="list the backups of a database (date, size, accounts)")
    p.add_argument("--db", required=True, help="database file")
    p = sub.add_parser("restore", help="replace the database with a backup (the current file is kept aside)")
    p.add_argument("--db", required=True, help="database file to restore into")
    p.add_argument("--from", dest="source", required=True, metavar="FILE", help="the backup to restore")
    p = sub.add_parser("check", help="check a database for damage (read-only)")
    p.add_argument("--db", required=True, help="database file")
    p = sub.add_parser("export-json", help="write the whole database as JSON")
    p.add_argument("--db", required=True, help="database file")
    p.add_argument("--out", required=True, help="JSON file to write")
    p = sub.add_parser("import-json", help="create a new database from a JSON export")
    p.add_argument("--db", required=True, help="NEW database file to create")
    p.add_argument("--from", dest="source", required=True, metavar="FILE", help="the JSON export")
    p = sub.add_parser("export-csv", help="write the portfolio or the actions as CSV")
    p.add_argument("--db", required=True, help="database file")
    p.add_argument("--what", required=True, choices=("portfolio", "actions"), help="what to export")
    p.add_argument("--out", required=True, help="CSV file to write")


_EXTRA_PARSERS.append(_add_parsers)
__all__ = ["DomainError"]
