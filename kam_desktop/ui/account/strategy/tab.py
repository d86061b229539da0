"""Strategy tab: the plan period and rigour, the strategy statement and whom it targets, the
three growth topics, the revenue target, and the objectives (edited here directly). The
Strategy wizard edits the same data step by step."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain import numbers
from kam_desktop.domain.enums import Phase, TopicDecision
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services import plans, strategy
from kam_desktop.services.strategy import StrategyView
from kam_desktop.ui.account.shared.plan_common import fmt_money
from kam_desktop.ui.account.strategy.objectives import ObjectivesWidget
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.locale_format import date_text
from kam_desktop.ui.common.widgets import EmptyState
from kam_desktop.ui.wizards.base import PhaseWizard, open_phase_wizard

TOPIC_STYLE = {
    TopicDecision.FOCUS: ("good", QT_TRANSLATE_NOOP("StrategyTab", "Focus this period")),
    TopicDecision.NOT_THIS_PERIOD: ("muted", QT_TRANSLATE_NOOP("StrategyTab", "Not this period")),
    TopicDecision.UNDECIDED: ("bad", QT_TRANSLATE_NOOP("StrategyTab", "Undecided")),
}


def pct(value: float) -> str:
    """One decimal in the interface's locale: 25,0 in Italian, 25.0 in English."""
    return numbers.format_decimal(value, numbers.current_locale(), 1)


def _value(text: str, empty: str) -> str:
    if text.strip():
        return escape(text).replace("\n", "<br>")
    return f"<i style='color:{theme.hex_of('muted')}'>{escape(empty)}</i>"


class Tab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.view: StrategyView | None = None
        self.wizard: PhaseWizard | None = None
        self.wizard_button = QPushButton(self.tr("Open the Strategy wizard"))
        self.wizard_button.setObjectName("strategy_wizard_button")
        self.wizard_button.clicked.connect(self.open_wizard)
        self.headline = QLabel()
        self.headline.setObjectName("strategy_headline")
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.wizard_button)
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for key, title in (
            ("what", QT_TRANSLATE_NOOP("StrategyTab", "What we intend to do")),
            ("with_whom", QT_TRANSLATE_NOOP("StrategyTab", "With whom")),
            ("why", QT_TRANSLATE_NOOP("StrategyTab", "Why")),
            ("targets", QT_TRANSLATE_NOOP("StrategyTab", "Targeted")),
            ("topics", QT_TRANSLATE_NOOP("StrategyTab", "Growth topics")),
            ("revenue", QT_TRANSLATE_NOOP("StrategyTab", "Revenue target")),
            ("qualification", QT_TRANSLATE_NOOP("StrategyTab", "Still a key account?")),
        ):
            label = QLabel()
            label.setObjectName(f"strategy_{key}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            form.addRow(f"<b>{translate('StrategyTab', title)}</b>", label)
        summary = QWidget()
        summary.setLayout(form)
        self.objectives = ObjectivesWidget(ctx)
        self.objectives.changed.connect(self._on_objectives_changed)
        objectives_box = QWidget()
        column = QVBoxLayout(objectives_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("<h3>Objectives</h3>")))
        column.addWidget(self.objectives, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(summary)
        split.addWidget(objectives_box)
        split.setStretchFactor(1, 1)
        self.empty = EmptyState(
            self.tr("No strategy yet"),
            self.tr(
                "Say what you intend to do with this account, with whom and why; decide on penetration, "
                "expansion and protection; set measurable objectives."
            ),
            self.tr("Start the Strategy wizard"),
        )
        self.empty.action_clicked.connect(self.open_wizard)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(split)
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
            if plans.get_plan(self.ctx.db, self.account_id) is None:  # viewing does not create a plan
                self.view = None
                self.headline.setText(self.tr("This account has no plan yet."))
                self.stack.setCurrentIndex(0)
                return
            view = strategy.get_strategy(self.ctx.db, self.account_id)
        except NotFoundError:
            return
        self.view = view
        self.headline.setText(
            fmt(
                self.tr("Plan %1 – %2 · %3 rigour"),
                date_text(view.period_start),
                date_text(view.period_end),
                view.rigour.label.lower(),
            )
        )
        started = bool(
            view.what.strip()
            or view.why.strip()
            or view.objectives
            or any(d is not TopicDecision.UNDECIDED for d in view.topics.values())
        )
        self.stack.setCurrentIndex(1 if started else 0)
        self.labels["what"].setText(_value(view.what, self.tr("not written yet")))
        self.labels["with_whom"].setText(_value(view.with_whom, self.tr("not written yet")))
        self.labels["why"].setText(_value(view.why, self.tr("not written yet")))
        centres = [o.name for o in view.buying_centre_options if o.id in view.target_buying_centres]
        people = [o.name for o in view.stakeholder_options if o.id in view.target_stakeholders]
        parts = []
        if centres:
            parts.append(self.tr("Buying centres: ") + escape(", ".join(centres)))
        if people:
            parts.append(self.tr("Stakeholders: ") + escape(", ".join(people)))
        self.labels["targets"].setText(
            "<br>".join(parts) or _value("", self.tr("no buying centre or stakeholder picked"))
        )
        topics = []
        for focus, decision in view.topics.items():
            role, text = TOPIC_STYLE[decision]
            colour = theme.hex_of(role)
            count = sum(1 for o in view.objectives if o.growth_focus is focus)
            decision_text = escape(translate("StrategyTab", text))
            counted = escape(self.tr("(%n objective(s))", "", count))
            topics.append(
                f"{escape(focus.label)}: <span style='color:{colour}'>{decision_text}</span> {counted}"
            )
        self.labels["topics"].setText("<br>".join(topics))
        if view.revenue_target is None:
            current = escape(fmt(self.tr("(current %1)"), fmt_money(view.current_revenue, view.currency)))
            revenue = _value("", self.tr("not set")) + " " + current
        else:
            growth = view.revenue_growth_percent
            revenue = escape(
                fmt(
                    self.tr("%1 from %2"),
                    fmt_money(view.revenue_target, view.currency),
                    fmt_money(view.current_revenue, view.currency),
                )
                + (f" ({'+' if growth >= 0 else '-'}{pct(abs(growth))}%)" if growth is not None else "")
            )
        self.labels["revenue"].setText(revenue)
        no = escape(self.tr("No"))
        decided = {
            None: _value("", self.tr("not decided yet (end of Research)")),
            True: escape(self.tr("Yes")),
            False: f"<span style='color:{theme.hex_of('bad')}'>{no}</span>",
        }[view.still_key]
        if view.qualification_note.strip():
            decided += " – " + escape(view.qualification_note)
        self.labels["qualification"].setText(decided)
        self.objectives.set_plan(view.plan_id)

    def _on_objectives_changed(self) -> None:
        QTimer.singleShot(0, self._notify)  # after this slot: other screens refresh

    def _notify(self) -> None:
        self.ctx.notify(Topic.PLAN)

    def open_wizard(self) -> PhaseWizard | None:
        if self.account_id is None:
            return None
        self.wizard = open_phase_wizard(self.ctx, self.account_id, Phase.STRATEGY, self)
        self.wizard.finished.connect(self._on_wizard_finished)
        return self.wizard

    def _on_wizard_finished(self, _result: int) -> None:
        self.refresh()
