"""Action plan tab: the compelling case, the actions, and research/objectives -> actions."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from kam_desktop.domain.enums import Phase
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt
from kam_desktop.services import action_plan as ap
from kam_desktop.ui.account.action_plan.panels import ActionsPanel, CasePanel, SourcesPanel
from kam_desktop.ui.account.shared.actions_common import section_label
from kam_desktop.ui.account.shared.phase_tab import PhaseTab
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext


class Tab(PhaseTab):
    phase = Phase.ACTION_PLAN
    wizard_label = QT_TRANSLATE_NOOP("PhaseTab", "Action plan wizard…")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case = CasePanel(ctx)
        self.actions = ActionsPanel(ctx)
        self.sources = SourcesPanel(ctx)
        self.check = QLabel()
        self.check.setObjectName("action_plan_check")
        self.check.setTextFormat(Qt.TextFormat.RichText)
        self.check.setWordWrap(True)
        self.inner = QTabWidget()
        self.inner.setObjectName("action_plan_inner")
        self.inner.addTab(self.actions, self.tr("Actions"))
        self.inner.addTab(self.sources, self.tr("From research and objectives"))
        top = QWidget()
        col = QVBoxLayout(top)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(section_label(self.tr("The compelling case")))
        col.addWidget(self.case)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.inner)
        split.setSizes([200, 520])
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(split, 1)
        for panel in (self.case, self.actions, self.sources):
            panel.changed.connect(self.refresh)

    def load(self, account_id: int, plan_id: int) -> None:
        for panel in (self.case, self.actions, self.sources):
            panel.set_plan(account_id, plan_id)
        check = ap.action_plan_check(self.ctx.db, plan_id)
        problems = [self.tr("no compelling case yet")] if not check.has_case else []
        problems += [
            fmt(self.tr("objective without an action: %1"), t) for t in check.objectives_without_action
        ]
        problems += [fmt(self.tr("open action without an owner: %1"), t) for t in check.actions_without_owner]
        problems += [
            fmt(self.tr("open action without a due date: %1"), t) for t in check.actions_without_date
        ]
        if not problems:
            text = (
                f"<span style='color:{theme.hex_of('good')}'>✔ "
                + (
                    escape(
                        self.tr("Every objective has an action; every open action has an owner and a date.")
                    )
                )
                + "</span>"
            )
        else:
            shown = "; ".join(escape(p) for p in problems[:4]) + (
                f"; … {len(problems) - 4} more" if len(problems) > 4 else ""
            )
            text = (
                f"<span style='color:{theme.hex_of('bad')}'>"
                + (escape(self.tr("Check")))
                + f":</span> {shown}"
            )
        if check.research_without_action:
            text += (
                f"<br><span style='color:{theme.hex_of('text2')}'>"
                + escape(
                    self.tr(
                        "%n open research question(s) have no action yet.",
                        "",
                        len(check.research_without_action),
                    )
                )
                + "</span>"
            )
        self.check.setText(text)
