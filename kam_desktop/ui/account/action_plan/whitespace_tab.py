"""Whitespace tab: buying centres x offerings, and opportunities created from the cells."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kam_desktop.domain.enums import Phase
from kam_desktop.i18n import QT_TRANSLATE_NOOP
from kam_desktop.ui.account.action_plan.whitespace_panel import WhitespacePanel
from kam_desktop.ui.account.shared.phase_tab import PhaseTab
from kam_desktop.ui.common.context import AppContext


class Tab(PhaseTab):
    phase = Phase.ACTION_PLAN
    wizard_label = QT_TRANSLATE_NOOP("PhaseTab", "Action plan wizard…")
    needs_plan = False  # the grid belongs to the account, not to a plan period

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.panel = WhitespacePanel(ctx)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def load(self, account_id: int, plan_id: int) -> None:
        self.status.setText(
            "<b>"
            + self.tr("Whitespace")
            + "</b> · "
            + self.tr(
                "where we sell, where we could, and where a competitor holds the ground - the source of penetration "
                "and expansion opportunities."
            )
        )
        self.panel.set_plan(account_id, plan_id)
