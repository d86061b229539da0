"""Dialogs of execution: an opportunity (also from a whitespace cell), an interaction with its
attendees, a next step turned into an action, a competitor's counter-strategy status."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import CounterStatus, GrowthFocus, InteractionKind, OpportunityStage
from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import fmt
from kam_desktop.services import action_plan as ap
from kam_desktop.services import clock
from kam_desktop.services import execution as ex
from kam_desktop.services.accounts import list_buying_centres
from kam_desktop.store.database import Database
from kam_desktop.ui.account.customer_share import ShareWithCustomer
from kam_desktop.ui.account.shared.actions_common import DateField, EnumCombo, IdCombo, SubmitDialog
from kam_desktop.ui.common import locale_format
from kam_desktop.ui.common.widgets import ValidatedForm


class OpportunityDialog(SubmitDialog):
    """Create or edit an opportunity; with ``cell`` set, it is created from that whitespace cell."""

    def __init__(
        self,
        db: Database,
        account_id: int,
        opp: ex.OpportunityView | None = None,
        cell: tuple[int, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.account_id, self.opp, self.cell = db, account_id, opp, cell
        self.setWindowTitle(self.tr("Edit opportunity") if opp else self.tr("New opportunity"))
        self.setMinimumWidth(520)
        self.form = ValidatedForm()
        self.title = self.form.add_row("title", self.tr("Opportunity *"), QLineEdit())
        self.title.setMaxLength(500)
        self.centre = self.form.add_row("buying_centre", self.tr("Buying centre"), IdCombo())
        self.offering = self.form.add_row("offering", self.tr("Offering"), IdCombo())
        self.focus = self.form.add_row("growth_focus", self.tr("Growth topic"), EnumCombo(GrowthFocus))
        self.stage = self.form.add_row("stage", self.tr("Stage"), EnumCombo(OpportunityStage))
        self.value = self.form.add_row("value", self.tr("Value"), QLineEdit("0"))
        self.probability = self.form.add_row("probability", self.tr("Probability %"), QSpinBox())
        self.probability.setRange(0, 100)
        self.probability.setSingleStep(5)
        self.probability.setValue(10)
        self.close_date = self.form.add_row("expected_close", self.tr("Expected close"), DateField())
        self.notes = self.form.add_row("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setFixedHeight(60)
        self.form.finish()
        self.centre.set_items((c.id, c.name) for c in list_buying_centres(db, account_id))
        self.offering.set_items((o.id, o.name) for o in ap.list_offerings(db))
        if opp is not None:
            self.title.setText(opp.title)
            self.centre.set_current_id(opp.buying_centre_id)
            self.offering.set_current_id(opp.offering_id)
            self.focus.set_value(opp.growth_focus.value)
            self.stage.set_value(opp.stage.value)
            self.value.setText(locale_format.money_input_text(opp.value))
            self.probability.setValue(opp.probability)
            self.close_date.set_date(opp.expected_close)
            self.notes.setPlainText(opp.notes)
        elif cell is not None:
            grid = ap.whitespace_grid(db, account_id)
            self.centre.set_current_id(cell[0])
            self.offering.set_current_id(cell[1])
            self.centre.setEnabled(False)
            self.offering.setEnabled(False)
            self.focus.set_value(ap.suggested_focus(grid, cell[0]).value)
            self.title.setText(f"{self.offering.currentText()} for {self.centre.currentText()}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def values(self) -> ex.OpportunityInput:
        return ex.OpportunityInput(
            title=self.title.text(),
            growth_focus=self.focus.value(),
            buying_centre_id=self.centre.current_id(),
            offering_id=self.offering.current_id(),
            stage=self.stage.value(),
            value=self.value.text().strip() or "0",
            probability=self.probability.value(),
            expected_close=self.close_date.value() or None,
            notes=self.notes.toPlainText(),
        )

    def submit(self) -> int:
        cmd = self.values()
        if self.opp is None and self.cell is not None:
            return ap.create_opportunity_from_cell(
                self.db,
                self.account_id,
                self.cell[0],
                self.cell[1],
                title=cmd.title,
                growth_focus=cmd.growth_focus,
                value=cmd.value,
                probability=cmd.probability,
                expected_close=cmd.expected_close,
            )
        return ex.save_opportunity(self.db, self.account_id, cmd, self.opp.id if self.opp else None).id

    def show_error(self, exc: DomainError) -> None:
        self.form.show_error(exc)

    @classmethod
    def ask(
        cls,
        db: Database,
        account_id: int,
        opp: ex.OpportunityView | None = None,
        cell: tuple[int, int] | None = None,
        parent: QWidget | None = None,
    ) -> int | None:
        result: int | None = cls(db, account_id, opp, cell, parent).run()
        return result


def _check_list(items: list[tuple[int, str]], checked: set[int], name: str) -> QListWidget:
    box = QListWidget()
    box.setObjectName(name)
    for key, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        box.addItem(item)
    box.setMinimumHeight(110)
    return box


def checked_ids(box: QListWidget) -> tuple[int, ...]:
    return tuple(
        int(box.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    )


def set_checked(box: QListWidget, ids: set[int]) -> None:
    for i in range(box.count()):
        item = box.item(i)
        item.setCheckState(
            Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids else Qt.CheckState.Unchecked
        )


class InteractionDialog(SubmitDialog):
    """Log a meeting, call, email, workshop or business review - past, or upcoming."""

    def __init__(
        self,
        db: Database,
        account_id: int,
        interaction: ex.InteractionView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.account_id, self.interaction = db, account_id, interaction
        self.setWindowTitle(self.tr("Edit interaction") if interaction else self.tr("Log an interaction"))
        self.setMinimumWidth(640)
        self.form = ValidatedForm()
        self.kind = self.form.add_row("kind", self.tr("Kind"), EnumCombo(InteractionKind))
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        self.on_date = DateField(clock.today())
        self.start_time = QLineEdit()
        self.start_time.setPlaceholderText("HH:MM")
        self.start_time.setMaximumWidth(70)
        row.addWidget(self.on_date)
        row.addWidget(QLabel(self.tr("at")))
        row.addWidget(self.start_time)
        row.addStretch(1)
        self.form.add_row("on_date", self.tr("Date *"), when)
        self.form.add_row("start_time", "", QLabel(self.tr("A future date makes it an upcoming meeting.")))
        self.subject = self.form.add_row("subject", self.tr("Subject"), QLineEdit())
        self.location = self.form.add_row("location", self.tr("Location"), QLineEdit())
        people = ap.stakeholder_options(db, account_id)
        team = ap.team_options(db, account_id)
        chosen_people = (
            {a.stakeholder_id for a in interaction.attendees if a.stakeholder_id} if interaction else set()
        )
        chosen_team = (
            {a.team_member_id for a in interaction.attendees if a.team_member_id} if interaction else set()
        )
        lists = QWidget()
        two = QHBoxLayout(lists)
        two.setContentsMargins(0, 0, 0, 0)
        self.people = _check_list(
            [(p.id, f"{p.name} · {p.detail}" if p.detail else p.name) for p in people],
            {i for i in chosen_people if i is not None},
            "attendees_stakeholders",
        )
        self.team = _check_list(
            [(t.id, t.name) for t in team], {i for i in chosen_team if i is not None}, "attendees_team"
        )
        two.addWidget(self.people)
        two.addWidget(self.team)
        self.form.add_row("attendees", self.tr("Attendees (theirs | ours)"), lists)
        self.summary = self.form.add_row("summary", self.tr("Summary"), QPlainTextEdit())
        self.next_steps = self.form.add_row(
            "next_steps", self.tr("Next steps (one per line)"), QPlainTextEdit()
        )
        self.summary.setFixedHeight(70)
        self.next_steps.setFixedHeight(60)
        self.form.finish()
        if interaction is not None:
            self.kind.set_value(interaction.kind.value)
            self.on_date.set_date(interaction.on_date)
            self.start_time.setText(
                interaction.start_time.strftime("%H:%M") if interaction.start_time else ""
            )
            self.subject.setText(interaction.subject)
            self.location.setText(interaction.location)
            self.summary.setPlainText(interaction.summary)
            self.next_steps.setPlainText(interaction.next_steps)
        self.share = ShareWithCustomer("interaction")
        self.share.load(db, interaction.id if interaction else None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.share)
        layout.addWidget(self.buttons)

    def values(self) -> ex.InteractionInput:
        return ex.InteractionInput(
            kind=self.kind.value(),
            on_date=self.on_date.value(),
            start_time=self.start_time.text() or None,
            subject=self.subject.text(),
            location=self.location.text(),
            summary=self.summary.toPlainText(),
            next_steps=self.next_steps.toPlainText(),
            stakeholder_ids=checked_ids(self.people),
            team_member_ids=checked_ids(self.team),
        )

    def submit(self) -> ex.InteractionView:
        view = ex.save_interaction(
            self.db, self.account_id, self.values(), self.interaction.id if self.interaction else None
        )
        self.share.save(self.db, view.id)
        return view

    def show_error(self, exc: DomainError) -> None:
        self.form.show_error(exc)

    @classmethod
    def ask(
        cls,
        db: Database,
        account_id: int,
        interaction: ex.InteractionView | None = None,
        parent: QWidget | None = None,
    ) -> ex.InteractionView | None:
        result: ex.InteractionView | None = cls(db, account_id, interaction, parent).run()
        return result


class NextStepDialog(SubmitDialog):
    """Turn one next step of an interaction into an action (owner, due date)."""

    def __init__(self, db: Database, interaction: ex.InteractionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.interaction = db, interaction
        self.setWindowTitle(self.tr("Next step → action"))
        self.setMinimumWidth(520)
        self.form = ValidatedForm()
        self.step = self.form.add_row("step", self.tr("Next step"), IdCombo(None))
        steps = ex.next_step_lines(interaction.next_steps)
        self.step.set_items(enumerate(steps))
        self.step.currentIndexChanged.connect(self._on_step_changed)
        self.title = self.form.add_row("title", self.tr("Action *"), QLineEdit(steps[0] if steps else ""))
        self.owner = self.form.add_row("owner", self.tr("Owner"), IdCombo(self.tr("— nobody yet —")))
        self.owner.set_people(ap.team_options(db, interaction.account_id))
        ours = [a.team_member_id for a in interaction.attendees if a.team_member_id]
        self.owner.set_current_id(ours[0] if ours else None)
        self.due = self.form.add_row(
            "due_date",
            self.tr("Due date"),
            DateField(max(clock.today(), interaction.on_date) + dt.timedelta(days=7)),
        )
        self.stakeholder = self.form.add_row(
            "stakeholder", self.tr("Involves"), IdCombo(self.tr("— nobody —"))
        )
        self.stakeholder.set_items(
            (a.stakeholder_id, a.name) for a in interaction.attendees if a.stakeholder_id
        )
        self.form.finish()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def _on_step_changed(self, _index: int) -> None:
        self.title.setText(self.step.currentText())

    def submit(self) -> ap.ActionView:
        return ex.next_step_to_action(
            self.db,
            self.interaction.id,
            self.title.text(),
            self.owner.current_id(),
            self.due.value() or None,
            self.stakeholder.current_id(),
        )

    def show_error(self, exc: DomainError) -> None:
        self.form.show_error(exc)

    @classmethod
    def ask(
        cls, db: Database, interaction: ex.InteractionView, parent: QWidget | None = None
    ) -> ap.ActionView | None:
        result: ap.ActionView | None = cls(db, interaction, parent).run()
        return result


class CounterDialog(SubmitDialog):
    def __init__(self, db: Database, competitor: ex.CounterView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.competitor = db, competitor
        self.setWindowTitle(fmt(self.tr("Neutralise %1"), competitor.name))
        self.setMinimumWidth(520)
        self.form = ValidatedForm()
        self.status = self.form.add_row("counter_status", self.tr("Status"), EnumCombo(CounterStatus))
        self.status.set_value(competitor.counter_status.value)
        self.strategy = self.form.add_row("counter_strategy", self.tr("Counter-strategy"), QPlainTextEdit())
        self.strategy.setPlainText(competitor.counter_strategy)
        self.strategy.setFixedHeight(90)
        self.form.finish()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def submit(self) -> ex.CounterView:
        return ex.set_counter_status(
            self.db, self.competitor.id, self.status.value(), self.strategy.toPlainText()
        )

    def show_error(self, exc: DomainError) -> None:
        self.form.show_error(exc)

    @classmethod
    def ask(
        cls, db: Database, competitor: ex.CounterView, parent: QWidget | None = None
    ) -> ex.CounterView | None:
        result: ex.CounterView | None = cls(db, competitor, parent).run()
        return result
