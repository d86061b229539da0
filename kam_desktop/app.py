"""Composition root: parse arguments, set up logging, open the store, start Qt."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from kam_desktop import __version__

STARTED = time.perf_counter()


def _gui_parser() -> argparse.ArgumentParser:
    from kam_desktop.cli import _Parser

    parser = _Parser(
        prog="kam-desktop",
        description="KAM Desktop - key account planning, offline. Subcommands: demo, export-plan, "
        "export-brief, backup, backups, restore, export-json, import-json (see `kam-desktop COMMAND -h`).",
    )
    parser.add_argument("--db", help="database file (default: in your user data folder)")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--smoke-test", action="store_true", help="build the main window, print start-up time, exit")
    parser.add_argument("--screenshot", metavar="FILE.png", help="render a view to PNG and exit")
    parser.add_argument("--view", default="portfolio",
                        help="view for --screenshot: portfolio, chart, accounts, team, program, "
                        "account:NAME, roles:NAME, brief:NAME, wizard:PHASE:NAME")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    from kam_desktop import cli

    if args_list and not args_list[0].startswith("-") and args_list[0] in cli.command_names():
        return cli.run(args_list)
    args = _gui_parser().parse_args(args_list)
    if args.version:
        print(f"KAM Desktop {__version__}")
        return 0

    from kam_desktop.domain.errors import StoreError
    from kam_desktop.logging_setup import setup_logging
    from kam_desktop.paths import default_db_path
    from kam_desktop.store.database import open_database

    setup_logging()
    path = Path(args.db).expanduser() if args.db else default_db_path()
    try:
        db = open_database(path)
    except StoreError as exc:
        print(f"kam-desktop: {exc.message}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"kam-desktop: cannot open {path}: {exc.strerror}", file=sys.stderr)
        return 2

    from kam_desktop.ui.application import run_gui

    return run_gui(db, smoke_test=args.smoke_test, screenshot=args.screenshot, view=args.view, started=STARTED)


if __name__ == "__main__":
    sys.exit(main())
