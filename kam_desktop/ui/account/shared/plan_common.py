"""Small pieces shared by the Strategy and Research screens and wizard pages: a sorting proxy,
a configured table view, date and money texts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kam_desktop.ui.common import locale_format
from kam_desktop.ui.common.dialogs import select_id, selected_row  # noqa: F401 (re-exported)
from kam_desktop.ui.common.tables import make_table  # noqa: F401 (re-exported)

ATTITUDE_COLOURS = {
    "strong_supporter": "att_strong_supporter",
    "supporter": "att_supporter",
    "neutral": "att_neutral",
    "opponent": "att_opponent",
    "strong_opponent": "att_strong_opponent",
    None: "att_unknown",
}


def fmt_date(value: dt.date | None) -> str:
    return locale_format.date_text(value)


def fmt_money(value: Any, currency: str = "") -> str:
    return locale_format.money_text(value, currency)
