"""Execution tab: opportunities and the pipeline, the interactions log, competitor
neutralisation and the action board."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kam_desktop.domain.enums import Phase
from kam_desktop.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services import execution as ex
from kam_desktop.ui.account.action_plan.panels import BoardPanel
from kam_desktop.ui.account.execution.panels import CompetitorsPanel, InteractionsPanel, OpportunitiesPanel
from kam_desktop.ui.account.shared.phase_tab import PhaseTab
from kam_desktop.ui.common.context import AppContext


class Tab(PhaseTab):
    phase = Phase.EXECUTION
    wizard_label = QT_TRANSLATE_NOOP("PhaseTab", "Execution wizard…")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.board = BoardPanel(ctx)
        self.opportunities = OpportunitiesPanel(ctx)
        self.interactions = InteractionsPanel(ctx)
        self.competitors = CompetitorsPanel(ctx)
        self.inner = QTabWidget()
        self.inner.setObjectName("execution_inner")
        self.inner.addTab(self.board, self.tr("Action board"))
        self.inner.addTab(self.opportunities, self.tr("Opportunities && pipeline"))
        self.inner.addTab(self.interactions, self.tr("Interactions"))
        self.inner.addTab(self.competitors, self.tr("Competitors"))
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner)
        for panel in (self.board, self.opportunities, self.interactions, self.competitors):
            panel.changed.connect(self.refresh)

    def load(self, account_id: int, plan_id: int) -> None:
        ex.sync_last_contacts(self.ctx.db, account_id)  # meetings that were upcoming may be past now
        for panel in (self.board, self.opportunities, self.interactions, self.competitors):
            panel.set_plan(account_id, plan_id)
