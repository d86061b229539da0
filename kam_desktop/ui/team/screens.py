"""Screenshot views of the Team area: ``roles:ACCOUNT NAME`` (the account's Team & roles tab)
and ``portfolio-roles`` (the Team section showing the portfolio role-coverage matrix)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kam_desktop.services.accounts import find_account_id
from kam_desktop.ui.screenshot import register


@register("roles")
def _roles(window, arg: str) -> QWidget:  # type: ignore[no-untyped-def]
    window.open_account(find_account_id(window.ctx.db, arg), "Team & roles")
    return window


@register("portfolio-roles")
def _portfolio_roles(window, _arg: str) -> QWidget:  # type: ignore[no-untyped-def]
    window.show_section(2)
    show = getattr(window.team_page, "show_coverage", None)
    if show is not None:
        show()
    return window
