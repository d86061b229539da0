"""Overview of one account: key facts, status, latest score, and the 5 phases of its plan as a
progress strip - each phase's status, its rule, what is still missing, a button that starts or
reopens its wizard, and 'mark done' (enabled only when the rule holds)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import Phase, PhaseStatus
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services import plans
from kam_desktop.services.accounts import get_account
from kam_desktop.services.plans import PhaseView, PlanView
from kam_desktop.ui.account.shared.plan_common import fmt_money
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.errors import attempt
from kam_desktop.ui.common.locale_format import date_text
from kam_desktop.ui.common.widgets import EmptyState
from kam_desktop.ui.wizards.base import PhaseWizard, open_phase_wizard

STATUS_STYLE = {
    PhaseStatus.NOT_STARTED: ("muted", "neutral_bg"),
    PhaseStatus.IN_PROGRESS: ("warn", "warn_soft_bg"),
    PhaseStatus.DONE: ("good", "good_soft_bg"),
}
MAX_MISSING = 4


class PhaseCard(QFrame):
    """One phase in the strip."""

    open_wizard = Signal(object)  # Phase
    mark_done = Signal(object, bool)  # Phase, done?

    def __init__(self, phase: Phase, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = phase
        self.setObjectName(f"phase_{phase.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(150)
        self.title = QLabel(f"<b>{number}. {phase.label}</b>")
        self.status = QLabel()
        self.status.setObjectName("phase_status")
        self.status.setWordWrap(True)  # "Completata · 02/07/2027" wraps in a narrow card
        self.missing = QLabel()
        self.missing.setObjectName("phase_missing")
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.RichText)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rule = QLabel()
        self.rule.setObjectName("phase_rule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet(f"color: {theme.hex_of('text2')}; font-size: 11px;")
        self.wizard_button = QPushButton()
        self.wizard_button.setObjectName("phase_wizard_button")
        self.done_button = QPushButton()
        self.done_button.setObjectName("phase_done_button")
        self.wizard_button.clicked.connect(self._on_wizard_button_clicked)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)  # room for the buttons' Italian texts in 5 cards
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.missing, 1)
        layout.addWidget(self.rule)
        layout.addWidget(self.wizard_button)
        layout.addWidget(self.done_button)
        self.view: PhaseView | None = None

    def set_view(self, view: PhaseView) -> None:
        self.view = view
        colour, background = (theme.hex_of(role) for role in STATUS_STYLE[view.status])
        self.setStyleSheet(
            f"PhaseCard {{ background: {background}; border: 1px solid {colour}; border-radius: 6px; }}"
        )
        text = view.status.label
        if view.status is PhaseStatus.DONE and view.completed_on:
            text += f" · {date_text(view.completed_on)}"
        self.status.setText(f"<span style='color:{colour}; font-weight:600'>{escape(text)}</span>")
        if view.missing:
            items = "".join(f"<li>{escape(m)}</li>" for m in view.missing[:MAX_MISSING])
            more = len(view.missing) - MAX_MISSING
            and_more = fmt(self.tr("… and %1 more"), more)
            extra = f"<i>{escape(and_more)}</i>" if more > 0 else ""
            missing = escape(self.tr("Missing:"))
            self.missing.setText(f"<b>{missing}</b><ul style='margin-left:-20px'>{items}</ul>{extra}")
            self.missing.setToolTip("\n".join(view.missing))
        else:
            holds = escape(self.tr("✔ The rule holds."))
            self.missing.setText(f"<span style='color:{theme.hex_of('good')}'>{holds}</span>")
            self.missing.setToolTip("")
        self.rule.setText(fmt(self.tr("Rule: %1"), view.rule))
        self.wizard_button.setText(
            {
                PhaseStatus.NOT_STARTED: self.tr("Start wizard"),
                PhaseStatus.IN_PROGRESS: self.tr("Continue wizard"),
                PhaseStatus.DONE: self.tr("Reopen wizard"),
            }[view.status]
        )
        if view.status is PhaseStatus.DONE:
            self.done_button.setText(self.tr("Mark not done"))
            self.done_button.setEnabled(True)
            self.done_button.setToolTip("")
        else:
            self.done_button.setText(self.tr("Mark done"))
            self.done_button.setEnabled(view.rule_holds)
            self.done_button.setToolTip("" if view.rule_holds else self.tr("Complete what is missing first."))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        for label in (self.status, self.rule):  # wrapped text: as tall as it needs (the strip scrolls)
            label.setMinimumHeight(label.heightForWidth(label.width()))

    def _on_wizard_button_clicked(self) -> None:
        self.open_wizard.emit(self.phase)

    def _on_done_button_clicked(self) -> None:
        if self.view is not None:
            self.mark_done.emit(self.phase, self.view.status is not PhaseStatus.DONE)


class Tab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.plan: PlanView | None = None
        self.wizard: PhaseWizard | None = None
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(24)
        self.fact_labels: dict[str, QLabel] = {}
        for i, (key, title) in enumerate(
            (
                ("status", QT_TRANSLATE_NOOP("OverviewTab", "Status")),
                ("score", QT_TRANSLATE_NOOP("OverviewTab", "Latest score")),
                ("industry", QT_TRANSLATE_NOOP("OverviewTab", "Industry")),
                ("region", QT_TRANSLATE_NOOP("OverviewTab", "Region")),
                ("revenue", QT_TRANSLATE_NOOP("OverviewTab", "Current revenue")),
                ("potential", QT_TRANSLATE_NOOP("OverviewTab", "Potential revenue")),
                ("period", QT_TRANSLATE_NOOP("OverviewTab", "Plan period")),
                ("rigour", QT_TRANSLATE_NOOP("OverviewTab", "Rigour")),
            )
        ):
            name = QLabel(translate("OverviewTab", title))
            name.setStyleSheet(f"color: {theme.hex_of('text2')};")
            value = QLabel()
            value.setObjectName(f"fact_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            self.facts.addWidget(name, (i // 4) * 2, i % 4)
            self.facts.addWidget(value, (i // 4) * 2 + 1, i % 4)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.next_step = QLabel()
        self.next_step.setObjectName("next_step")
        self.next_step.setStyleSheet("font-size: 13px;")
        self.cards: dict[Phase, PhaseCard] = {}
        strip = QHBoxLayout()
        for number, phase in enumerate(Phase, start=1):
            card = PhaseCard(phase, number)
            card.open_wizard.connect(self.open_wizard)
            card.mark_done.connect(self.set_done)
            self.cards[phase] = card
            strip.addWidget(card, 1)
        self.no_plan = EmptyState(
            self.tr("No account plan yet"),
            self.tr(
                "Start with the Strategy phase: what you intend to do with this account, with whom, and why."
            ),
            self.tr("Start the Strategy wizard"),
        )
        self.no_plan.action_clicked.connect(self._on_no_plan_action_clicked)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(self.facts)
        column.addWidget(self.description)
        heading = QLabel(self.tr("<h3>Account plan: the 5 phases</h3>"))
        column.addWidget(heading)
        column.addWidget(self.next_step)
        self.strip_holder = QWidget()
        self.strip_holder.setLayout(strip)
        column.addWidget(self.strip_holder, 1)
        column.addWidget(self.no_plan, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def set_account(self, account_id: int) -> None:
        self.account_id = account_id
        self.refresh()

    def refresh(self) -> None:
        if self.account_id is None:
            return
        try:
            detail = get_account(self.ctx.db, self.account_id)
            self.plan = plans.get_plan(self.ctx.db, self.account_id)
        except NotFoundError:
            return
        a = detail.account
        latest = detail.assessments[0] if detail.assessments else None
        values = {
            "status": a.status.label,
            "score": (
                f"{latest.score.label} ({date_text(latest.assessed_on)})"
                if latest
                else self.tr("not assessed")
            ),
            "industry": a.industry or "—",
            "region": a.region or "—",
            "revenue": fmt_money(a.current_revenue, a.currency),
            "potential": fmt_money(a.potential_revenue, a.currency),
            "period": f"{date_text(self.plan.period_start)} – {date_text(self.plan.period_end)}"
            if self.plan
            else "—",
            "rigour": self.plan.rigour.label if self.plan else "—",
        }
        for key, value in values.items():
            self.fact_labels[key].setText(value)
        self.description.setText(a.description)
        self.description.setVisible(bool(a.description))
        self.strip_holder.setVisible(self.plan is not None)
        self.no_plan.setVisible(self.plan is None)
        if self.plan is None:
            self.next_step.clear()
            return
        for phase_view in self.plan.phases:
            self.cards[phase_view.phase].set_view(phase_view)
        current = self.plan.current_phase
        self.next_step.setText(
            fmt(self.tr("Next: %1."), current.label)
            if current
            else self.tr("All five phases are done. Review again when the period ends.")
        )

    def _on_no_plan_action_clicked(self) -> None:
        self.open_wizard(Phase.STRATEGY)

    def open_wizard(self, phase: Phase) -> PhaseWizard | None:
        if self.account_id is None:
            return None
        self.wizard = open_phase_wizard(self.ctx, self.account_id, phase, self)
        self.wizard.finished.connect(self._on_wizard_finished)
        return self.wizard

    def _on_wizard_finished(self, _result: int) -> None:
        self.refresh()

    def set_done(self, phase: Phase, done: bool) -> None:
        if self.plan is None:
            return
        status = PhaseStatus.DONE if done else PhaseStatus.IN_PROGRESS
        if attempt(self, plans.set_phase_status, self.ctx.db, self.plan.id, phase, status) is not None:
            self.ctx.notify(Topic.PLAN, Topic.ACCOUNTS)
            self.refresh()
