"""Composition root: parse arguments, set up logging, open the store, start Qt."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from kam_desktop import __version__

STARTED = time.perf_counter()


def _gui_parser(helping: bool = True) -> argparse.ArgumentParser:
    """The GUI's options. ``helping``: the help text is wanted (it names every subcommand,
    which imports their modules: not done for a start of the GUI)."""
    from kam_desktop.cli import _Parser, command_names

    parser = _Parser(
        prog="kam-desktop",
        description="KAM Desktop - key account planning, offline. Subcommands: "
        + (", ".join(sorted(command_names())) if helping else "...")
        + " (see `kam-desktop COMMAND -h`).",
    )
    parser.add_argument("--db", help="database file (default: in your user data folder)")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--smoke-test",
        nargs="?",
        const="ready",
        choices=("ready", "paint"),
        help="start the GUI and exit 0 once the portfolio shows its data (or, with `paint`, right "
        "after the main window's first frame); print the time",
    )
    parser.add_argument("--screenshot", metavar="FILE.png", help="render a view to PNG and exit")
    parser.add_argument(
        "--lang",
        choices=("it", "en"),
        help="interface language (default: the preference in View > Language, else the system's)",
    )
    parser.add_argument(
        "--view",
        default="portfolio",
        help="view for --screenshot: portfolio, chart, accounts, team, program, first-run, "
        "account:NAME, roles:NAME, brief:NAME, wizard:PHASE:NAME",
    )
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        default=None,
        help="colour scheme (default: the preference, else the operating system's)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    from kam_desktop import cli

    if args_list and not args_list[0].startswith("-") and args_list[0] in cli.command_names():
        return cli.run(args_list)
    helping = any(a == "-h" or (len(a) >= 3 and "--help".startswith(a)) for a in args_list)
    args = _gui_parser(helping).parse_args(args_list)
    if args.version:
        print(f"KAM Desktop {__version__}")
        return 0
    from kam_desktop.services import collector

    collector.pause_start_up()  # no cycle collection until the app is usable (see there)

    from kam_desktop.domain.errors import StoreError
    from kam_desktop.logging_setup import hold_logging, setup_logging
    from kam_desktop.paths import default_db_path

    hold_logging()  # the log file itself is opened after the first frame (or at exit)
    path = Path(args.db).expanduser() if args.db else default_db_path()
    interactive = not (args.smoke_test or args.screenshot)
    early = not args.screenshot and args.smoke_test != "paint"
    today = ""
    if not args.screenshot:
        from kam_desktop.store.integrity import start_check_before_open

        start_check_before_open(path)  # SQLite's check runs beside Qt's start (see there)
    if early:
        from kam_desktop.services import clock
        from kam_desktop.services.portfolio_sql import start_early_read

        today = clock.today().isoformat()
        start_early_read(path, today)  # the portfolio's SQL too (see services.portfolio_early)
    instance = None
    if interactive:
        from kam_desktop.ui.common.single_instance import Outcome, SingleInstance

        instance = SingleInstance(path)
        outcome = instance.acquire()
        if outcome in (Outcome.FORWARDED, Outcome.BUSY):
            from kam_desktop.ui.common.language import install_language

            install_language(args.lang)  # no window of ours: only a message, in the user's language
        if outcome is Outcome.FORWARDED:
            from kam_desktop.i18n import fmt, translate

            forwarded = translate("App", "KAM Desktop is already open on %1; its window was brought forward.")
            print("kam-desktop: " + fmt(forwarded, instance.db_path))
            return 0
        if outcome is Outcome.BUSY:
            return _say_and_exit(instance.busy_message(), show=True)

    def early_view():  # type: ignore[no-untyped-def]
        """Called by the GUI once its first frame is painted: the portfolio read at start-up,
        if it is safe to show before the store is opened (see services.portfolio_early)."""
        setup_logging()
        from kam_desktop.services.portfolio_early import early_view

        return early_view(path, today) if early else None

    def open_or_report(withdraw=lambda: None):  # type: ignore[no-untyped-def]
        """Called by the GUI after its first frame (and the rows read early, if shown): the
        store is imported and the file opened only now; a refusal is reported over that frame
        (exit code returned), after ``withdraw()`` has taken away any rows shown early."""
        setup_logging()
        try:
            created_here = bool(instance is not None and instance.created_file)
            return _open(path, interactive=interactive, created_here=created_here, withdraw=withdraw)
        except StoreError as exc:
            withdraw()
            if instance is not None:
                instance.release()
            damaged = _is_damage(exc)  # in the GUI the damage was already shown, with the offer of a backup
            return _say_and_exit(exc.message, show=interactive and not damaged, code=3 if damaged else 2)
        except OSError as exc:
            withdraw()
            if instance is not None:
                instance.release()
            from kam_desktop.i18n import fmt, translate

            return _say_and_exit(
                fmt(translate("Store", "Cannot open %1: %2."), path, exc.strerror), show=interactive
            )

    from kam_desktop.ui.application import run_gui

    try:
        return run_gui(
            open_or_report,
            early_view=early_view,
            smoke_test=args.smoke_test,
            screenshot=args.screenshot,
            view=args.view,
            theme_choice=args.theme,
            started=STARTED,
            instance=instance,
            lang=args.lang,
        )
    finally:
        collector.start_up_done()  # (run_gui says it earlier, once the app is usable)


def _is_damage(exc: Exception) -> bool:
    from kam_desktop.store.integrity import DamagedDatabaseError

    return isinstance(exc, DamagedDatabaseError)


def _say_and_exit(message: str, *, show: bool = False, code: int = 2) -> int:
    """One line on stderr; in the interactive GUI also a message box (no terminal to read)."""
    print(f"kam-desktop: {message}", file=sys.stderr)
    if show:
        from PySide6.QtWidgets import QMessageBox

        from kam_desktop.ui.application import make_app

        make_app()
        QMessageBox.warning(None, "KAM Desktop", message)
    return code


def _open(path: Path, *, interactive: bool, created_here: bool = False, withdraw=lambda: None):  # type: ignore[no-untyped-def]
    """open_database; for a damaged file in the interactive GUI, offer the newest good backup
    (the damaged file is kept) and open the restored copy. ``created_here``: the single-instance
    guard has just created the (empty) file: a new database. ``withdraw``: takes away rows
    shown before the store was opened (called before the damage is shown)."""
    from kam_desktop.store.database import open_database
    from kam_desktop.store.integrity import DamagedDatabaseError

    try:
        return open_database(path, created_here=created_here)
    except DamagedDatabaseError as exc:
        if not interactive:
            raise
        withdraw()
        from kam_desktop.services.backups import newest_good_backup
        from kam_desktop.ui.application import make_app
        from kam_desktop.ui.common.restore_dialog import offer_restore_for_damaged

        make_app()
        if not offer_restore_for_damaged(exc.check.path, exc.message, newest_good_backup(exc.check.path)):
            raise
        return open_database(path)


if __name__ == "__main__":
    sys.exit(main())
