"""Where the user's data and logs live (no Qt: platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "KAM Desktop"
APP_AUTHOR = "KAM Desktop"


def data_dir() -> Path:
    override = os.environ.get("KAM_DESKTOP_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    return data_dir() / "kam.sqlite"


def cache_dir() -> Path:
    """Files the app can rebuild at any time (parsed font tables)."""
    override = os.environ.get("KAM_DESKTOP_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    override = os.environ.get("KAM_DESKTOP_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, APP_AUTHOR))
