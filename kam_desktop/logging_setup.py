"""Rotating log files in the user's log directory (owner-only). Logs hold ids, never customer text."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from kam_desktop.paths import log_dir

_LOG_FILE: Path | None = None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to ``<log dir>/kam-desktop.log`` (5 x 1 MB). Returns the file, or None if unwritable."""
    global _LOG_FILE
    if _LOG_FILE is not None:
        return _LOG_FILE
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
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _LOG_FILE = path
    return path


def log_file() -> Path | None:
    return _LOG_FILE
