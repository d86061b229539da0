"""Execution wizard pages: opportunities and pipeline, interactions, competitor neutralisation,
the action board. Edits in each panel are saved as they are made."""

from __future__ import annotations

import datetime as dt

from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.wizard import PageSpec
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt
from kam_desktop.services import plans, strategy
from kam_desktop.ui.account.action_plan.panels import BoardPanel
from kam_desktop.ui.account.action_plan.wizard import PanelPage
from kam_desktop.ui.account.execution.panels import CompetitorsPanel, InteractionsPanel, OpportunitiesPanel
from kam_desktop.ui.common.context import Topic
from kam_desktop.ui.common.locale_format import date_text
from kam_desktop.ui.wizards.base import FinishPage, PhaseWizard, register_page
from kam_desktop.ui.wizards.dead_end import DeadEnd


@register_page("execution.opportunities")
class OpportunitiesPage(PanelPage):
    panel_class = OpportunitiesPanel
    intro = QT_TRANSLATE_NOOP(
        "PanelPage",
        "Create, expand and capture opportunities: each with its buying centre, offering, growth topic, stage, value, probability and expected close. Every live opportunity needs an expected close date.",
    )


@register_page("execution.interactions")
class InteractionsPage(PanelPage):
    panel_class = InteractionsPanel
    intro = QT_TRANSLATE_NOOP(
        "PanelPage",
        "Log meetings, calls, emails, workshops and business reviews with who attended. Next steps can become actions; stakeholders' last-contact dates follow from this log. Future-dated entries are your upcoming meetings.",
    )


@register_page("execution.competitors")
class CompetitorsPage(PanelPage):
    panel_class = CompetitorsPanel
    intro = QT_TRANSLATE_NOOP(
        "PanelPage",
        "Where does neutralising each competitor stand? Update the status of each counter-strategy.",
    )


@register_page("execution.board")
class BoardPage(PanelPage):
    panel_class = BoardPanel
    intro = QT_TRANSLATE_NOOP(
        "PanelPage",
        "Overdue, due this week, later and done. Select an action and change its status in one click.",
    )


@register_page("execution.finish")
class ExecutionFinishPage(FinishPage):
    """When the only interaction logged falls before the plan period, offer to start the plan on
    its day (the plan's start is the user's choice; the end stays)."""

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.earlier: dt.date | None = None
        self.move_start = DeadEnd(
            "period_start",
            "",
            self.tr("Start the plan on that day"),
            self.start_plan_earlier,
        )
        self.body.insertWidget(2, self.move_start)

    def load(self) -> None:
        super().load()
        plan = plans.get_plan(self.ctx.db, self.account_id)
        assert plan is not None
        self.earlier = plans.interaction_before_period(self.ctx.db, self.plan_id)
        if self.earlier is not None:
            self.move_start.label.setText(
                fmt(
                    self.tr("The plan starts on %1; the interaction of %2 would count if it started then."),
                    date_text(plan.period_start),
                    date_text(self.earlier),
                )
            )
        self.move_start.setVisible(self.earlier is not None)

    def start_plan_earlier(self) -> bool:
        plan = plans.get_plan(self.ctx.db, self.account_id)
        if plan is None or self.earlier is None:
            return False
        try:
            strategy.set_period(self.ctx.db, self.plan_id, self.earlier, plan.period_end, plan.rigour)
        except DomainError as exc:
            self.show_error(exc)
            return False
        self.ctx.notify(Topic.PLAN)
        self.reload()
        self.done_box.setFocus()
        return True
