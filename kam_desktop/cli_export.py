"""``kam-desktop export-plan`` and ``export-brief``: the PDFs without the GUI.

Both open an EXISTING database only (a mistyped path must not create an empty one) and check
the output path before any work; errors are one line on stderr with a non-zero exit.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kam_desktop import i18n
from kam_desktop.cli import _EXTRA_PARSERS, _command, _existing_db, message_number
from kam_desktop.domain.errors import ValidationError

_LANG_HELP = "language of the PDF: labels, method texts, dates and amounts (default: the plan's language)"


def _add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export-plan", help="write an account plan PDF (internal or customer edition)")
    p.add_argument("--db", required=True, help="an existing KAM Desktop database")
    p.add_argument("--account", required=True, help="account name (case-insensitive)")
    p.add_argument(
        "--edition",
        choices=("internal", "customer"),
        default="internal",
        help="customer = without internal assessments and figures (default internal)",
    )
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    p.add_argument(
        "--sections",
        default="",
        help="comma-separated sections (summary,strategy,research,action_plan,execution,review,team)",
    )
    p.add_argument("--lang", choices=("it", "en"), default=None, help=_LANG_HELP)
    p.add_argument("--out", required=True, help="the PDF file to write")

    b = sub.add_parser("export-brief", help="write a meeting brief PDF (one page)")
    b.add_argument("--db", required=True, help="an existing KAM Desktop database")
    b.add_argument("--account", required=True, help="account name (case-insensitive)")
    b.add_argument("--meeting", type=int, default=None, help="interaction id (default: the next meeting)")
    b.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    b.add_argument("--lang", choices=("it", "en"), default=None, help=_LANG_HELP)
    b.add_argument("--out", required=True, help="the PDF file to write")

    g = sub.add_parser(
        "export-program", help="write the KAM program report PDF (charter, 9 factors, trust, leadership)"
    )
    g.add_argument("--db", required=True, help="an existing KAM Desktop database")
    g.add_argument(
        "--lang", choices=("en", "it"), default=None, help="language of the report (default: the system's)"
    )
    g.add_argument("--out", required=True, help="the PDF file to write")


_EXTRA_PARSERS.append(_add_parsers)


def _open_existing(path: str):  # type: ignore[no-untyped-def]
    from kam_desktop.store.database import open_database

    return open_database(_existing_db(path))


def _sections(raw: str) -> list[str] | None:
    from kam_desktop.report.models import SECTIONS

    if not raw.strip():
        return None
    chosen = [s.strip().lower() for s in raw.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        raise ValidationError(
            f"Unknown section {unknown[0]!r}; choose from {', '.join(SECTIONS)}.", field="sections"
        )
    return chosen


@_command("export-plan")
def _export_plan(args: argparse.Namespace) -> int:
    from kam_desktop.services.accounts import find_account
    from kam_desktop.services.export import check_target, export_plan_pdf

    sections = _sections(args.sections)
    check_target(Path(args.out), protect=[Path(args.db)])
    db = _open_existing(args.db)
    try:
        account_id, name = find_account(db, args.account)  # the name as stored, not as typed
        done = export_plan_pdf(
            db, account_id, args.edition, args.paper, Path(args.out), sections, language=args.lang
        )
    finally:
        db.close()
    template = (
        i18n.translate("Cli", "Wrote the customer edition of the plan for %1 (%2 pages) to %3 in %4 s.")
        if args.edition == "customer"
        else i18n.translate("Cli", "Wrote the internal edition of the plan for %1 (%2 pages) to %3 in %4 s.")
    )
    print(i18n.fmt(template, name, done.pages, done.path, message_number(done.seconds, 1)))
    return 0


@_command("export-brief")
def _export_brief(args: argparse.Namespace) -> int:
    from kam_desktop.services.accounts import find_account
    from kam_desktop.services.export import check_target, export_brief_pdf

    check_target(Path(args.out), protect=[Path(args.db)])
    db = _open_existing(args.db)
    try:
        account_id, name = find_account(db, args.account)
        done = export_brief_pdf(db, account_id, Path(args.out), args.meeting, args.paper, language=args.lang)
    finally:
        db.close()
    if done.pages == 1:
        print(
            i18n.fmt(
                i18n.translate("Cli", "Wrote the meeting brief for %1 (1 page) to %2."),
                name,
                done.path,
            )
        )
    else:
        template = i18n.translate("Cli", "Wrote the meeting brief for %1 (%2 pages) to %3.")
        print(i18n.fmt(template, name, done.pages, done.path))
    return 0


@_command("export-program")
def _export_program(args: argparse.Namespace) -> int:
    from kam_desktop.services.export import check_target
    from kam_desktop.services.program_report import export_program_pdf

    check_target(Path(args.out), protect=[Path(args.db)])
    db = _open_existing(args.db)
    try:
        done = export_program_pdf(db, Path(args.out))
    finally:
        db.close()
    print(
        i18n.fmt(
            i18n.translate("Program", "Wrote the program report (%1 pages) to %2."), done.pages, done.path
        )
    )
    return 0
