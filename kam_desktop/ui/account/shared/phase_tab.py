"""Base of the phase tabs (Action plan, Execution, Review, Whitespace): a header with the
phase's status, what is missing and the wizard button, and an empty state before a plan exists."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kam_desktop.domain.enums import Phase, PhaseStatus
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.services import plans
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.errors import attempt
from kam_desktop.ui.common.locale_format import date_text
from kam_desktop.ui.common.widgets import EmptyState

STATUS_COLOURS = {
    PhaseStatus.NOT_STARTED: "muted",
    PhaseStatus.IN_PROGRESS: "warn",
    PhaseStatus.DONE: "good",
}


class PhaseTab(QWidget):
    """Subclasses build ``self.body`` and implement ``load(account_id, plan_id)``."""

    phase: Phase = Phase.ACTION_PLAN
    wizard_label = QT_TRANSLATE_NOOP("PhaseTab", "Open the wizard…")
    needs_plan = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.plan_id: int | None = None
        self.wizard = None
        self.status = QLabel()
        self.status.setObjectName("phase_status")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        self.wizard_button = QPushButton(translate("PhaseTab", self.wizard_label))
        self.wizard_button.setObjectName("btn_open_wizard")
        self.wizard_button.clicked.connect(self.open_wizard)
        header = QHBoxLayout()
        header.addWidget(self.status, 1)
        header.addWidget(self.wizard_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body = QWidget()
        self.no_plan = EmptyState(
            self.tr("No account plan yet"),
            self.tr(
                "This account has no plan. Start one: it runs a year from today at standard rigour, and the "
                "Strategy wizard sets what you intend to do, with whom and why."
            ),
            self.tr("Start the account plan"),
        )
        self.no_plan.action_clicked.connect(self._on_start_plan)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.no_plan)
        self.stack.addWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

    def set_account(self, account_id: int) -> None:
        self.account_id = account_id
        try:
            plan = plans.get_plan(self.ctx.db, account_id)
        except NotFoundError:
            return
        self.plan_id = plan.id if plan else None
        if plan is None and self.needs_plan:
            self.stack.setCurrentWidget(self.no_plan)
            self.status.setText("")
            self.wizard_button.setEnabled(False)
            return
        self.wizard_button.setEnabled(True)
        self.stack.setCurrentWidget(self.body)
        if plan is not None:
            view = plan.phase(self.phase)
            colour = theme.hex_of(STATUS_COLOURS[view.status])
            missing = "".join(f"<li>{escape(m)}</li>" for m in view.missing)
            rule = (
                (
                    f"<span style='color:{theme.hex_of('good')}'>✔ "
                    + (escape(self.tr("Everything this phase needs is in place.")))
                    + "</span>"
                )
                if not view.missing
                else (
                    "<b>" + (escape(self.tr("Still missing"))) + f":</b><ul style='margin:0'>{missing}</ul>"
                )
            )
            self.status.setText(
                f"<b>{escape(self.phase.label)}</b> · <span style='color:{colour}'>{escape(view.status.label)}</span>"
                + (f" ({date_text(view.completed_on)})" if view.completed_on else "")
                + f"<br>{rule}"
            )
            self.status.setToolTip(view.rule)
        self.load(account_id, self.plan_id or 0)

    def refresh(self) -> None:
        if self.account_id is not None:
            self.set_account(self.account_id)

    def load(self, account_id: int, plan_id: int) -> None:
        raise NotImplementedError

    def _on_start_plan(self) -> None:
        if self.account_id is not None and attempt(self, plans.ensure_plan, self.ctx.db, self.account_id):
            self.ctx.notify(Topic.PLAN, Topic.ACCOUNTS)
            self.refresh()

    def open_wizard(self) -> None:
        if self.account_id is None:
            return
        from kam_desktop.ui.wizards.base import open_phase_wizard

        self.wizard = open_phase_wizard(self.ctx, self.account_id, self.phase, self)
