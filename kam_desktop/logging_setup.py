"""Rotating log files in the user's log directory (owner-only). Logs hold ids, never customer text."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from kam_desktop.paths import log_dir

_LOG_FILE: Path | None = None


class _Held(logging.Handler):
    """Keeps the records logged before the log file is opened (see ``hold_logging``)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


_HELD: _Held | None = None


def hold_logging(level: int = logging.INFO) -> None:
    """Log from now on, but open the log file later, with ``setup_logging`` (the GUI does it
    after its first frame: the rotating file handler's imports cost a start-up ~10 ms): the
    records until then are kept and written first, in order; at the latest at exit."""
    global _HELD
    if _LOG_FILE is not None or _HELD is not None:
        return
    import atexit

    _HELD = _Held()
    root = logging.getLogger()
    root.addHandler(_HELD)
    root.setLevel(level)
    atexit.register(setup_logging, level)


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to ``<log dir>/kam-desktop.log`` (5 x 1 MB). Returns the file, or None if unwritable.
    Records held by ``hold_logging`` are written first (or dropped if the file cannot be made)."""
    global _LOG_FILE, _HELD
    if _LOG_FILE is not None:
        return _LOG_FILE
    import logging.handlers

    held, _HELD = _HELD, None
    root = logging.getLogger()
    if held is not None:
        root.removeHandler(held)
    directory = log_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(directory, 0o700)
        path = directory / "kam-desktop.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        os.chmod(path, 0o600)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for record in held.records if held is not None else ():
        handler.handle(record)
    root.addHandler(handler)
    root.setLevel(level)
    _LOG_FILE = path
    return path


def log_file() -> Path | None:
    return _LOG_FILE


def safe_trace(exc: BaseException) -> str:
    """An exception as types and code locations only: never its message, arguments or local
    values (they can carry customer text, e.g. ``Invalid isoformat string: '<text>'``).
    Chained causes are included the same way. Paths are shown from the package or as a
    bare file name (no home folder)."""
    import traceback

    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  at {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by / while handling:")
    return "\n".join(lines)


def _short_path(filename: str) -> str:
    parts = Path(filename).parts
    if "kam_desktop" in parts:
        return "/".join(parts[len(parts) - 1 - parts[::-1].index("kam_desktop") :])
    return Path(filename).name
