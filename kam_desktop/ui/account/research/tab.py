"""Research tab: the question bank with completeness per category, the research to-do list, the
core account team, stakeholders (list, org chart, stakeholder map), competitors, trends and
needs. The Research wizard walks the same data step by step."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import Phase
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.i18n import fmt
from kam_desktop.services import plans
from kam_desktop.ui.account.research.market import CompetitorsWidget, NeedsWidget, TrendsWidget
from kam_desktop.ui.account.research.questions import QuestionsWidget
from kam_desktop.ui.account.research.stakeholders import StakeholdersWidget
from kam_desktop.ui.account.research.todo import ResearchTodoWidget
from kam_desktop.ui.account.shared.team_picker import TeamPicker
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.widgets import EmptyState
from kam_desktop.ui.wizards.base import PhaseWizard, open_phase_wizard


class Tab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.plan_id: int | None = None
        self.wizard: PhaseWizard | None = None
        self.status = QLabel()
        self.status.setObjectName("research_status")
        self.status.setWordWrap(True)
        self.wizard_button = QPushButton(self.tr("Open the Research wizard"))
        self.wizard_button.setObjectName("research_wizard_button")
        self.wizard_button.clicked.connect(self.open_wizard)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.wizard_button)
        self.questions = QuestionsWidget(ctx)
        self.todo = ResearchTodoWidget(ctx)
        self.team = TeamPicker(ctx, auto_commit=True)
        self.stakeholders = StakeholdersWidget(ctx)
        self.competitors = CompetitorsWidget(ctx)
        self.trends = TrendsWidget(ctx)
        self.needs = NeedsWidget(ctx)
        trends_needs = QWidget()
        column = QVBoxLayout(trends_needs)
        for title, widget in (
            (self.tr("<b>Trends affecting the account</b>"), self.trends),
            (self.tr("<b>Their needs</b>"), self.needs),
        ):
            column.addWidget(QLabel(title))
            column.addWidget(widget, 1)
        self.sections = QTabWidget()
        self.sections.setObjectName("research_sections")
        self.sections.addTab(self.questions, self.tr("Questions"))
        self.sections.addTab(self.todo, self.tr("Research to-do"))
        self.sections.addTab(self.team, self.tr("Core team"))
        self.sections.addTab(self.stakeholders, self.tr("Stakeholders"))
        self.sections.addTab(self.competitors, self.tr("Competitors"))
        self.sections.addTab(trends_needs, self.tr("Trends && needs"))
        self.empty = EmptyState(
            self.tr("No account plan yet"),
            self.tr(
                "Research starts the plan: pick the core team, answer the questions that matter, and map the "
                "people, competitors, trends and needs. The wizard walks you through it."
            ),
            self.tr("Start the Research wizard"),
        )
        self.empty.action_clicked.connect(self.open_wizard)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.sections)
        self.todo.open_question.connect(self._on_todo_open_question)
        for widget in (
            self.questions,
            self.stakeholders,
            self.competitors,
            self.trends,
            self.needs,
            self.team,
        ):
            widget.changed.connect(self._on_section_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def set_account(self, account_id: int) -> None:
        self.account_id = account_id
        self.refresh()

    def refresh(self) -> None:
        if self.account_id is None:
            return
        try:
            plan = plans.get_plan(self.ctx.db, self.account_id)
        except NotFoundError:
            return
        self.team.set_account(self.account_id)
        self.stakeholders.set_account(self.account_id)
        self.competitors.set_account(self.account_id)
        self.trends.set_account(self.account_id)
        self.needs.set_account(self.account_id)
        if plan is None:  # viewing does not create a plan; the lists of the account still work
            self.plan_id = None
            self.status.setText(self.tr("This account has no plan yet."))
            self.stack.setCurrentWidget(self.empty)
            return
        self.plan_id = plan.id
        self.stack.setCurrentWidget(self.sections)
        self.questions.set_plan(plan.id)
        self.todo.set_plan(plan.id)
        self._show_status(plan)

    def _show_status(self, plan: plans.PlanView) -> None:
        phase = plan.phase(Phase.RESEARCH)
        text = fmt(
            self.tr("Research: %1 (%2 rigour)."), phase.status.label.lower(), plan.rigour.label.lower()
        )
        if phase.missing:
            text += " " + fmt(self.tr("Still missing: %1"), " ".join(phase.missing))
        else:
            text += " " + self.tr("Everything the phase needs is in place.")
        self.status.setText(text)

    def _on_section_changed(self) -> None:
        if self.plan_id is not None:
            self.todo.set_plan(self.plan_id)
        if self.account_id is not None:
            plan = plans.get_plan(self.ctx.db, self.account_id)
            if plan is not None:
                self._show_status(plan)
        # let the other screens (overview, portfolio) know, after this slot has finished
        QTimer.singleShot(0, self._notify)

    def _notify(self) -> None:
        self.ctx.notify(Topic.PLAN)

    def _on_todo_open_question(self, key: str) -> None:
        self.sections.setCurrentWidget(self.questions)
        self.questions.category_filter.setCurrentIndex(0)
        self.questions.status_filter.setCurrentIndex(0)
        self.questions.select_key(key)

    def open_wizard(self) -> PhaseWizard | None:
        if self.account_id is None:
            return None
        self.wizard = open_phase_wizard(self.ctx, self.account_id, Phase.RESEARCH, self)
        self.wizard.finished.connect(self._on_wizard_finished)
        return self.wizard

    def _on_wizard_finished(self, _result: int) -> None:
        self.refresh()
