"""UI settings, each declared once with its type and default. Business data never goes here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings


class Setting:
    """A setting's key, default and type. Not changed once made. (A plain class: a dataclass
    compiles its generated methods at import, before the first frame.)"""

    __slots__ = ("default", "key", "type")

    def __init__(self, key: str, default: Any, type_: type) -> None:
        self.key = key
        self.default = default
        self.type = type_

    def __repr__(self) -> str:
        return f"Setting({self.key!r})"


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Setting("window/state", QByteArray(), QByteArray)
PORTFOLIO_HIDDEN_COLUMNS = Setting("portfolio/hidden_columns", "", str)
PORTFOLIO_SORT = Setting("portfolio/sort", "score:desc", str)
# the portfolio header as the main window's first frame shows it (its sort arrow: see PortfolioPage)
PORTFOLIO_FIRST_HEADER = Setting("portfolio/first_frame_header", QByteArray(), QByteArray)
LAST_EXPORT_DIR = Setting("export/last_dir", "", str)
EXPORT_EDITION = Setting("export/edition", "internal", str)  # the plan edition chosen last
EXPORT_PAPER = Setting("export/paper", "", str)  # the paper size chosen last ("" = A4)
EXPORT_OPEN_PDF = Setting("export/open_pdf", "yes", str)  # "Open the PDF when it is ready" ("yes"/"no")
RECENT_DATABASES = Setting("file/recent", "[]", str)  # JSON list of paths, newest first
LAST_DATABASE_DIR = Setting("file/last_dir", "", str)  # where File > Open/New looked last
THEME = Setting("appearance/theme", "system", str)  # system, light or dark
LANGUAGE = Setting("ui/language", "", str)  # "" follows the system; "it" or "en"


def _settings() -> QSettings:
    return QSettings("KAM Desktop", "KAM Desktop")


def get(setting: Setting) -> Any:
    value = _settings().value(setting.key, setting.default)
    if value is None:
        return setting.default
    if setting.type is str:
        return str(value)
    return value


def put(setting: Setting, value: Any) -> None:
    _settings().setValue(setting.key, value)
