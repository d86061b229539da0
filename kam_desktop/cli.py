"""The headless subcommands of ``kam-desktop``. User errors: one line on stderr, exit 2."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kam_desktop.domain.errors import DomainError

Handler = Callable[[argparse.Namespace], int]
_HANDLERS: dict[str, Handler] = {}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"kam-desktop: {message}\n")


def _command(name: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        _HANDLERS[name] = func
        return func

    return register


def _existing_db(path: str) -> Path:
    from kam_desktop.i18n import fmt, translate

    p = Path(path).expanduser()
    if not p.exists():
        raise DomainError(fmt(translate("Store", "No database at %1."), p))
    if p.is_dir():
        raise DomainError(fmt(translate("Store", "%1 is a folder, not a database file."), p))
    if not p.is_file():  # reading a FIFO would wait forever
        raise DomainError(
            fmt(
                translate(
                    "Store",
                    "%1 is not a regular file (a device, a pipe or a socket): give the path of a database file.",
                ),
                p,
            )
        )
    return p


def _open(path: Path, *, must_exist: bool = False):  # type: ignore[no-untyped-def]
    from kam_desktop.store.database import open_database

    if must_exist:
        _existing_db(str(path))
    return open_database(path)


# --- demo ------------------------------------------------------------------------------------


@_command("demo")
def _demo(args: argparse.Namespace) -> int:
    import time

    from kam_desktop.i18n import fmt, translate
    from kam_desktop.services.demo import generate_demo

    started = time.perf_counter()
    db = _open(Path(args.db))
    try:
        counts = generate_demo(db, accounts=args.accounts, seed=args.seed, language=args.lang or "en")
    finally:
        db.close()
    total = sum(counts.values())
    print(
        fmt(
            translate("Cli", "Wrote a demo portfolio of %1 accounts (%2 rows) to %3 in %4 s."),
            args.accounts,
            message_number(total),
            db.path,
            message_number(time.perf_counter() - started, 1),
        )
    )
    return 0


def message_number(value: float, decimals: int | None = None) -> str:
    """A number in a command-line message, in the messages' language (2,046 / 2.046; 3.1 / 3,1)."""
    from kam_desktop.domain import numbers
    from kam_desktop.i18n import language

    return numbers.format_decimal(value, numbers.locale_for_language(language()), decimals)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kam-desktop", description="KAM Desktop command line.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("demo", help="write a realistic sample portfolio into an empty database")
    p.add_argument("--db", required=True, help="database file (created if missing)")
    p.add_argument("--accounts", type=int, default=25, help="number of accounts (default 25)")
    p.add_argument("--seed", type=int, default=7, help="random seed (same seed, same data)")
    p.add_argument(
        "--lang", choices=("it", "en"), default=None, help="language of the sample texts (default en)"
    )

    for extra in _EXTRA_PARSERS:
        extra(sub)
    for command in sub.choices.values():  # every command's messages can be asked for in a language
        if not any("--lang" in action.option_strings for action in command._actions):
            command.add_argument(
                "--lang",
                choices=("it", "en"),
                default=None,
                help="language of the messages (default: View > Language, else the system's)",
            )
    return parser


def _preference_language() -> str:
    """The GUI's View > Language preference where it can be read without Qt (the INI file Qt
    writes on Linux and other XDG systems); "" when unset or unreadable."""
    import configparser
    import os

    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    path = Path(base) / "KAM Desktop" / "KAM Desktop.conf"
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
        return parser.get("ui", "language", fallback="").strip()
    except (OSError, configparser.Error, UnicodeDecodeError):
        return ""


def messages_language(chosen: str | None) -> str:
    """The language of the command line's messages: ``--lang``, else the GUI's preference, else
    the system's (LC_ALL, LC_MESSAGES, LANG), else English."""
    import os

    from kam_desktop.i18n import normalise_language

    if chosen:
        return normalise_language(chosen)
    preference = _preference_language()
    if preference:
        return normalise_language(preference)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            return normalise_language(os.environ[name])
    return normalise_language(None)


# Other modules add subcommands here: a function taking the subparsers object.
_EXTRA_PARSERS: list[Callable[[argparse._SubParsersAction], None]] = []  # type: ignore[type-arg]


def _load_extensions() -> None:
    """Subcommands living in their own modules register themselves on import."""
    import importlib

    for module in ("kam_desktop.cli_export", "kam_desktop.cli_data", "kam_desktop.cli_import"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


def command_names() -> set[str]:
    _load_extensions()
    return set(_HANDLERS)


def run(argv: Sequence[str]) -> int:
    _load_extensions()
    args = build_parser().parse_args(list(argv))
    from kam_desktop import i18n

    previous = i18n.language()
    i18n.set_language(messages_language(getattr(args, "lang", None)))
    try:
        return _HANDLERS[args.command](args)
    except DomainError as exc:
        print(f"kam-desktop: {exc.message}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"kam-desktop: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kam-desktop: interrupted", file=sys.stderr)
        return 130
    finally:
        i18n.set_language(previous)  # in-process callers (tests) keep their language
