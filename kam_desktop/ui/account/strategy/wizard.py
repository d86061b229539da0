"""Strategy wizard pages: period and rigour, statement, growth topics, objectives, revenue target.
The finish page is the framework's FinishPage (the rule, what is missing, mark done)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from kam_desktop import i18n
from kam_desktop.domain import numbers
from kam_desktop.domain.enums import GrowthFocus, Rigour, TopicDecision
from kam_desktop.domain.errors import DomainError, ValidationError
from kam_desktop.domain.validation import money
from kam_desktop.domain.wizard import PageSpec
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services import accounts, plans, strategy
from kam_desktop.ui.account.research.stakeholder_dialog import StakeholderDialog
from kam_desktop.ui.account.shared.plan_common import fmt_money
from kam_desktop.ui.account.strategy.objectives import ObjectivesWidget
from kam_desktop.ui.common import locale_format, theme
from kam_desktop.ui.common.context import Topic
from kam_desktop.ui.common.date_edit import DateEdit
from kam_desktop.ui.common.language import LANGUAGE_NAMES
from kam_desktop.ui.wizards.base import PhaseWizard, PlanPage, register_page
from kam_desktop.ui.wizards.form_page import FormPage

RIGOUR_TEXT = {
    Rigour.LIGHT: QT_TRANSLATE_NOOP(
        "PeriodPage",
        "Light: a quick plan for a lighter account: the statement, the topics, the objectives and 17 key questions.",
    ),
    Rigour.STANDARD: QT_TRANSLATE_NOOP(
        "PeriodPage",
        "Standard: adds the revenue target, who the strategy targets, competitors, trends and needs, and 48 questions.",
    ),
    Rigour.DEEP: QT_TRANSLATE_NOOP(
        "PeriodPage", "Deep: everything, with all 57 questions of the bank, for your most critical accounts."
    ),
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


@register_page("strategy.period")
class PeriodPage(FormPage):
    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.start = DateEdit(optional=False)
        self.start.setObjectName("period_start")
        self.end = DateEdit(optional=False)
        self.end.setObjectName("period_end")
        self.rigour = QComboBox()
        self.rigour.setObjectName("rigour")
        for r in Rigour:
            self.rigour.addItem(r.label, r)
        self.rigour_text = QLabel()
        self.rigour_text.setWordWrap(True)
        self.rigour_text.setStyleSheet(f"color: {theme.hex_of('text2')};")
        self.rigour.currentIndexChanged.connect(self._on_rigour_current_index_changed)
        # the plan's language: what the app writes into it (actions, KPIs) and its PDFs follow it
        self.plan_language = QComboBox()
        self.plan_language.setObjectName("plan_language")
        for code, name in LANGUAGE_NAMES.items():
            self.plan_language.addItem(name, code)
        self.form.add_row("period_start", self.tr("Plan starts"), self.start)
        self.form.add_row("period_end", self.tr("Plan ends"), self.end)
        self.form.add_row("rigour", self.tr("Rigour"), self.rigour)
        self.form.add_row("rigour_text", "", self.rigour_text)
        self.form.add_row("language", self.tr("Language of the plan"), self.plan_language)
        self.form.finish()
        self.body.addStretch(1)

    def load(self) -> None:
        view = strategy.get_strategy(self.ctx.db, self.account_id)
        self.start.setDate(_qdate(view.period_start))
        self.end.setDate(_qdate(view.period_end))
        self.rigour.setCurrentIndex(self.rigour.findData(view.rigour))
        self._on_rigour_current_index_changed()
        plan = plans.get_plan(self.ctx.db, self.account_id)
        code = plan.language if plan is not None else i18n.language()
        self.plan_language.setCurrentIndex(max(0, self.plan_language.findData(code)))

    def state(self) -> object:
        return (
            self.start.date(),
            self.end.date(),
            self.rigour.currentIndex(),
            self.plan_language.currentIndex(),
        )

    def save(self) -> None:
        rigour = Rigour(self.rigour.currentData())  # combo data comes back as plain str
        strategy.set_period(
            self.ctx.db, self.plan_id, _pydate(self.start.date()), _pydate(self.end.date()), rigour
        )
        self.phase_wizard.set_rigour(rigour)
        plans.set_plan_language(self.ctx.db, self.plan_id, str(self.plan_language.currentData()))

    def _on_rigour_current_index_changed(self, *_args: object) -> None:
        rigour = self.rigour.currentData()
        self.rigour_text.setText(translate("PeriodPage", RIGOUR_TEXT[Rigour(rigour)]) if rigour else "")


def _checklist(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setSortingEnabled(True)
    widget.setMinimumHeight(90)
    return widget


def _fill_checklist(
    widget: QListWidget, options: tuple[strategy.TargetOption, ...], chosen: frozenset[int]
) -> None:
    widget.clear()
    for o in options:
        item = QListWidgetItem(f"{o.name} — {o.detail}" if o.detail else o.name)
        item.setData(ID_ROLE, o.id)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if o.id in chosen else Qt.CheckState.Unchecked)
        widget.addItem(item)


def _checked(widget: QListWidget) -> list[int]:
    return [
        int(widget.item(i).data(ID_ROLE))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


@register_page("strategy.statement")
class StatementPage(FormPage):
    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.what = QPlainTextEdit()
        self.what.setObjectName("strategy_what")
        self.what.setPlaceholderText(
            self.tr("e.g. Become the preferred partner for uptime across all their sites.")
        )
        self.with_whom = QPlainTextEdit()
        self.with_whom.setObjectName("strategy_with_whom")
        self.with_whom.setPlaceholderText(
            self.tr("The buying centres and people this strategy is about - or tick them below.")
        )
        self.why = QPlainTextEdit()
        self.why.setObjectName("strategy_why")
        self.why.setPlaceholderText(
            self.tr("Why this, why now: what you know about them that makes it right.")
        )
        for box in (self.what, self.with_whom, self.why):
            box.setFixedHeight(64)
            box.setTabChangesFocus(True)
        self.centres = _checklist("target_buying_centres")
        self.people = _checklist("target_stakeholders")
        self.no_centres = QLabel(self.tr("No buying centres recorded yet."))
        self.no_people = QLabel(self.tr("No stakeholders recorded yet."))
        for label in (self.no_centres, self.no_people):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setStyleSheet(f"color: {theme.hex_of('muted')};")
        # No dead end: a buying centre or a stakeholder this strategy targets is added from here.
        self.add_centre_button = QPushButton(self.tr("Add a buying centre…"))
        self.add_centre_button.setObjectName("wizard_add_buying_centre")
        self.add_centre_button.clicked.connect(self.add_buying_centre)
        self.add_person_button = QPushButton(self.tr("Add a stakeholder…"))
        self.add_person_button.setObjectName("wizard_add_stakeholder")
        self.add_person_button.clicked.connect(self.add_stakeholder)
        targets = QHBoxLayout()
        for title, widget, empty, button in (
            (self.tr("Buying centres targeted"), self.centres, self.no_centres, self.add_centre_button),
            (self.tr("Stakeholders targeted"), self.people, self.no_people, self.add_person_button),
        ):
            box = QGroupBox(title)
            column = QVBoxLayout(box)
            column.addWidget(widget)
            column.addWidget(empty)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            targets.addWidget(box)
        self.add_required_row("what", self.tr("What we intend to do"), self.what)
        self.form.add_row("with_whom", self.tr("With whom"), self.with_whom)
        self.add_required_row("why", self.tr("Why"), self.why)
        self.form.finish()
        self.body.addLayout(targets, 1)

    def load(self) -> None:
        view = strategy.get_strategy(self.ctx.db, self.account_id)
        self.what.setPlainText(view.what)
        self.with_whom.setPlainText(view.with_whom)
        self.why.setPlainText(view.why)
        self._fill_targets(view, view.target_buying_centres, view.target_stakeholders)

    def _fill_targets(
        self, view: strategy.StrategyView, centres: frozenset[int], people: frozenset[int]
    ) -> None:
        _fill_checklist(self.centres, view.buying_centre_options, centres)
        _fill_checklist(self.people, view.stakeholder_options, people)
        self.no_centres.setVisible(not view.buying_centre_options)
        self.centres.setVisible(bool(view.buying_centre_options))
        self.no_people.setVisible(not view.stakeholder_options)
        self.people.setVisible(bool(view.stakeholder_options))

    def add_buying_centre(self) -> None:
        """A buying centre saved through the account service, ticked as a target (ticks kept)."""
        name, ok = QInputDialog.getText(
            self, self.tr("Add a buying centre"), self.tr("Name of the division, plant or department:")
        )
        if not ok or not name.strip():
            return
        try:
            added = accounts.save_buying_centre(self.ctx.db, self.account_id, name)
        except DomainError as exc:
            self.show_error(exc)
            return
        self._refill_keeping_ticks(extra_centre=added.id)
        self.ctx.notify(Topic.ACCOUNTS)

    def add_stakeholder(self) -> None:
        added = StakeholderDialog.ask(self.ctx, self.account_id, parent=self)
        if added is not None:
            self._refill_keeping_ticks(extra_person=added.id)
            self.ctx.notify(Topic.ACCOUNTS)

    def _refill_keeping_ticks(self, extra_centre: int | None = None, extra_person: int | None = None) -> None:
        centres = {*_checked(self.centres), *([extra_centre] if extra_centre else [])}
        people = {*_checked(self.people), *([extra_person] if extra_person else [])}
        view = strategy.get_strategy(self.ctx.db, self.account_id)
        self._fill_targets(view, frozenset(centres), frozenset(people))

    def state(self) -> object:
        return (
            self.what.toPlainText(),
            self.with_whom.toPlainText(),
            self.why.toPlainText(),
            _checked(self.centres),
            _checked(self.people),
        )

    def save(self) -> None:
        strategy.set_statement(
            self.ctx.db,
            self.plan_id,
            self.what.toPlainText(),
            self.with_whom.toPlainText(),
            self.why.toPlainText(),
            _checked(self.centres),
            _checked(self.people),
        )


@register_page("strategy.topics")
class TopicsPage(PlanPage):
    """The three growth topics: each a focus this period, explicitly not, or still undecided."""

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        intro = QLabel(
            self.tr(
                "Consider all three. A topic you leave out this period is a decision too: say "
                "so, and the plan shows it was considered."
            )
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.groups: dict[GrowthFocus, QButtonGroup] = {}
        self.buttons: dict[tuple[GrowthFocus, TopicDecision], QRadioButton] = {}
        for focus in GrowthFocus:
            box = QGroupBox(focus.label)
            column = QVBoxLayout(box)
            hint = QLabel(translate("Strategy", strategy.TOPIC_HINTS[focus]))
            hint.setStyleSheet(f"color: {theme.hex_of('text2')};")
            column.addWidget(hint)
            row = QHBoxLayout()
            group = QButtonGroup(self)
            for decision, text in (
                (TopicDecision.FOCUS, self.tr("A focus this period")),
                (TopicDecision.NOT_THIS_PERIOD, self.tr("Not this period")),
                (TopicDecision.UNDECIDED, self.tr("Undecided")),
            ):
                button = QRadioButton(text)
                button.setObjectName(f"topic_{focus.value}_{decision.value}")
                group.addButton(button)
                row.addWidget(button)
                self.buttons[(focus, decision)] = button
            row.addStretch(1)
            column.addLayout(row)
            self.groups[focus] = group
            self.body.addWidget(box)
        self.body.addStretch(1)

    def set_decision(self, focus: GrowthFocus, decision: TopicDecision) -> None:
        self.buttons[(focus, decision)].setChecked(True)

    def decision(self, focus: GrowthFocus) -> TopicDecision:
        return next(
            (d for (f, d), b in self.buttons.items() if f is focus and b.isChecked()), TopicDecision.UNDECIDED
        )

    def load(self) -> None:
        view = strategy.get_strategy(self.ctx.db, self.account_id)
        for focus, decision in view.topics.items():
            self.set_decision(focus, decision)

    def state(self) -> object:
        return tuple(self.decision(f) for f in GrowthFocus)

    def save(self) -> None:
        strategy.set_topics(self.ctx.db, self.plan_id, {f: self.decision(f) for f in GrowthFocus})


@register_page("strategy.objectives")
class ObjectivesPage(PlanPage):
    """Objectives are saved one by one in their dialog; this page has nothing left to save."""

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.focus_note = QLabel()
        self.focus_note.setWordWrap(True)
        self.focus_note.setObjectName("objectives_focus_note")
        self.objectives = ObjectivesWidget(self.ctx, self)
        self.objectives.changed.connect(self._update_note)
        self.body.addWidget(self.focus_note)
        self.body.addWidget(self.objectives, 1)

    def load(self) -> None:
        self.objectives.set_plan(self.plan_id)
        self._update_note()

    def _update_note(self) -> None:
        view = strategy.get_strategy(self.ctx.db, self.account_id)
        focus = [f for f, d in view.topics.items() if d is TopicDecision.FOCUS]
        have = {o.growth_focus for o in view.objectives}
        missing_topics = [f for f in focus if f not in have]
        lacking = [f.label.lower() for f in missing_topics]
        # A new objective starts with the topic this note says is still missing.
        self.objectives.suggested_focus = next(iter(missing_topics), focus[0] if focus else None)
        if not focus:
            text = self.tr("No growth topic is a focus yet; add at least one objective anyway.")
        elif lacking:
            text = fmt(self.tr("Your focus topics still without an objective: %1."), ", ".join(lacking))
        else:
            text = self.tr("✔ Every focus topic has an objective.")
        self.focus_note.setText(text)


@register_page("strategy.revenue")
class RevenuePage(FormPage):
    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.current = QLabel()
        self.current.setObjectName("current_revenue")
        self.target = QLineEdit()
        self.target.setObjectName("revenue_target")
        self.target.setPlaceholderText(fmt(self.tr("e.g. %1"), locale_format.money_input_text(1250000)))
        self.growth = QLabel()
        self.growth.setObjectName("revenue_growth")
        self.target.textChanged.connect(self._on_target_text_changed)
        self.form.add_row("current", self.tr("Current annual revenue"), self.current)
        self.form.add_row("revenue_target", self.tr("Target by the end of the period"), self.target)
        self.form.add_row("growth", self.tr("Growth"), self.growth)
        self.form.finish()
        note = QLabel(self.tr("Internal: revenue figures never appear in the customer's copy of the plan."))
        note.setStyleSheet(f"color: {theme.hex_of('muted')};")
        self.body.addWidget(note)
        self.body.addStretch(1)
        self._current = None

    def load(self) -> None:
        view = strategy.get_strategy(self.ctx.db, self.account_id)
        self._current = view.current_revenue
        self._currency = view.currency
        self.current.setText(fmt_money(view.current_revenue, view.currency))
        self.target.setText(locale_format.money_input_text(view.revenue_target))
        self._on_target_text_changed(self.target.text())

    def _on_target_text_changed(self, text: str) -> None:
        try:
            target = money(text, field="revenue_target", label=QT_TRANSLATE_NOOP("Field", "Revenue target"))
        except ValidationError:
            self.growth.setText("—")
            return
        if not self._current:
            self.growth.setText(self.tr("(no current revenue to compare with)"))
            return
        percent = float((target - self._current) / self._current * 100)
        sign = "+" if percent >= 0 else ""
        self.growth.setText(
            sign + numbers.format_decimal(Decimal(str(percent)), locale_format.locale(), 1) + "%"
        )

    def state(self) -> object:
        return self.target.text()

    def save(self) -> None:
        strategy.set_revenue_target(self.ctx.db, self.plan_id, self.target.text())
