"""Execution wizard pages: opportunities and pipeline, interactions, competitor neutralisation,
the action board. Edits in each panel are saved as they are made."""

from __future__ import annotations

from kam_desktop.i18n import QT_TRANSLATE_NOOP
from kam_desktop.ui.account.action_plan.panels import BoardPanel
from kam_desktop.ui.account.action_plan.wizard import PanelPage
from kam_desktop.ui.account.execution.panels import CompetitorsPanel, InteractionsPanel, OpportunitiesPanel
from kam_desktop.ui.wizards.base import register_page


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
