"""Team section (placeholder until the team and roles screens land)."""

from __future__ import annotations

from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.widgets import EmptyState


class TeamPage(EmptyState):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__("Team", "The team and role-coverage screens are not available in this version yet.")
        self.ctx = ctx
