"""Screenshot views of meeting prep: ``brief:ACCOUNT NAME`` opens the account's Meeting prep tab
on its next meeting."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kam_desktop.services.accounts import find_account_id
from kam_desktop.ui.screenshot import register


@register("brief")
def _brief(window, arg: str) -> QWidget:  # type: ignore[no-untyped-def]
    name, _, meeting_id = arg.partition(":")
    account_id = find_account_id(window.ctx.db, name)
    window.open_meeting(account_id, int(meeting_id) if meeting_id.strip().isdigit() else 0)
    return window
