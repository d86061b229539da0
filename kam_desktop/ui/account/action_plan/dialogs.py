"""Dialogs of the action plan: an action, a value proposition (the compelling case)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kam_desktop.domain.enums import ActionStatus
from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import fmt
from kam_desktop.services import action_plan as ap
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.services.strategy import list_objectives
from kam_desktop.store.database import Database
from kam_desktop.ui.account.customer_share import ShareWithCustomer
from kam_desktop.ui.account.shared.actions_common import DateField, EnumCombo, IdCombo, SubmitDialog
from kam_desktop.ui.common import locale_format
from kam_desktop.ui.common.widgets import ValidatedForm


class ActionDialog(SubmitDialog):
    """Create or edit an action: title, objective, owner, due date, resources, status, stakeholder."""

    def __init__(
        self,
        db: Database,
        plan_id: int,
        account_id: int,
        action: ap.ActionView | None = None,
        preset: ap.ActionInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.plan_id, self.action = db, plan_id, action
        self.preset = preset
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("New action"))
        self.setMinimumWidth(560)
        self.form = ValidatedForm()
        self.title = self.form.add_row("title", self.tr("Action *"), QLineEdit())
        self.title.setMaxLength(500)
        self.title.setPlaceholderText(self.tr("e.g. Run a discovery workshop with Operations"))
        self.title.setToolTip(self.title.placeholderText())
        self.objective = self.form.add_row(
            "objective", self.tr("Objective"), IdCombo(self.tr("— no objective —"))
        )
        self.owner = self.form.add_row("owner", self.tr("Owner"), IdCombo(self.tr("— nobody yet —")))
        self.due = self.form.add_row("due_date", self.tr("Due date"), DateField())
        self.status = self.form.add_row("status", self.tr("Status"), EnumCombo(ActionStatus))
        self.stakeholder = self.form.add_row(
            "stakeholder", self.tr("Involves (stakeholder)"), IdCombo(self.tr("— nobody at the account —"))
        )
        self.resources = self.form.add_row("resources_needed", self.tr("Resources needed"), QPlainTextEdit())
        self.resources.setFixedHeight(60)
        self.internal = self.form.add_row(
            "internal", "", QCheckBox(self.tr("Internal (never in the customer PDF)"))
        )
        # the joint plan: their owner, shared by choice, a joint milestone
        self.customer_owner = self.form.add_row(
            "customer_owner", self.tr("Their owner"), IdCombo(self.tr("— nobody at the account —"))
        )
        self.shared = self.form.add_row(
            "shared", "", QCheckBox(self.tr("Share with the customer (joint plan)"))
        )
        self.milestone = self.form.add_row("milestone", "", QCheckBox(self.tr("A joint milestone")))
        self.internal.toggled.connect(self._on_internal_toggled)
        self.form.finish()
        self.objective.set_items(
            (o.id, f"{o.growth_focus.label}: {o.description}") for o in list_objectives(db, plan_id)
        )
        self.owner.set_people(ap.team_options(db, account_id))
        self.stakeholder.set_people(ap.stakeholder_options(db, account_id))
        self.customer_owner.set_people(ap.stakeholder_options(db, account_id))
        self.account_id = account_id
        joint = sharing.action_joint(db, action.id if action else None)
        self.customer_owner.set_current_id(joint.customer_owner_id)
        self.shared.setChecked(joint.shared)
        self.milestone.setChecked(joint.milestone)
        source = action or preset
        if source is not None:
            self.title.setText(source.title)
            self.objective.set_current_id(source.objective_id)
            self.owner.set_current_id(source.owner_id)
            due = source.due_date
            self.due.set_date(due if isinstance(due, dt.date) else None)
            self.status.set_value(str(source.status))
            self.stakeholder.set_current_id(source.stakeholder_id)
            self.resources.setPlainText(source.resources_needed)
            self.internal.setChecked(source.internal)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def values(self) -> ap.ActionInput:
        base = self.preset or ap.ActionInput(title="")
        keep = self.action
        return ap.ActionInput(
            title=self.title.text(),
            objective_id=self.objective.current_id(),
            owner_id=self.owner.current_id(),
            due_date=self.due.value() or None,
            resources_needed=self.resources.toPlainText(),
            status=self.status.value(),
            stakeholder_id=self.stakeholder.current_id(),
            internal=self.internal.isChecked(),
            research_answer_id=keep.research_answer_id if keep else base.research_answer_id,
            interaction_id=keep.interaction_id if keep else base.interaction_id,
            review_id=keep.review_id if keep else base.review_id,
        )

    def _on_internal_toggled(self, internal: bool) -> None:
        if internal:
            self.shared.setChecked(False)
        self.shared.setEnabled(not internal)

    def joint(self) -> sharing.ActionJoint:
        return sharing.ActionJoint(
            self.shared.isChecked(), self.customer_owner.current_id(), self.milestone.isChecked()
        )

    def submit(self) -> ap.ActionView:
        joint = self.joint()
        sharing.check_action_joint(
            self.db, self.account_id, joint, self.internal.isChecked()
        )  # before writing
        view = ap.save_action(self.db, self.plan_id, self.values(), self.action.id if self.action else None)
        sharing.set_action_joint(self.db, self.account_id, view.id, joint)
        return view

    def show_error(self, exc: DomainError) -> None:
        self.form.show_error(exc)

    @classmethod
    def ask(
        cls,
        db: Database,
        plan_id: int,
        account_id: int,
        action: ap.ActionView | None = None,
        preset: ap.ActionInput | None = None,
        parent: QWidget | None = None,
    ) -> ap.ActionView | None:
        result: ap.ActionView | None = cls(db, plan_id, account_id, action, preset, parent).run()
        return result


class ValuePropositionForm(ValidatedForm):
    """The compelling case: the customer's problem, our solution, the value, the proof."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.add_row("title", self.tr("Title *"), QLineEdit())
        self.title.setMaxLength(500)
        self.title.setPlaceholderText(self.tr("e.g. Uptime as a service"))
        self.problem = self.add_row("problem", self.tr("The customer's problem *"), QPlainTextEdit())
        self.problem.setPlaceholderText(self.tr("What it costs them today, in their words."))
        self.solution = self.add_row("solution", self.tr("Our solution *"), QPlainTextEdit())
        self.quantified = self.add_row("quantified_value", self.tr("Quantified value"), QLineEdit())
        self.quantified.setPlaceholderText(self.tr("e.g. €1.2m a year in avoided downtime"))
        self.value = self.add_row("value", self.tr("Value per year (number)"), QLineEdit())
        self.value.setPlaceholderText(fmt(self.tr("e.g. %1"), locale_format.money_input_text(1200000)))
        self.proof = self.add_row("proof", self.tr("Proof"), QPlainTextEdit())
        self.proof.setPlaceholderText(self.tr("References, pilot results, case studies."))
        for box in (self.problem, self.solution, self.proof):
            box.setFixedHeight(64)
        self.finish()

    def set_value(self, vp: ap.ValuePropositionView | None) -> None:
        self.title.setText(vp.title if vp else "")
        self.problem.setPlainText(vp.problem if vp else "")
        self.solution.setPlainText(vp.solution if vp else "")
        self.quantified.setText(vp.quantified_value if vp else "")
        self.value.setText(locale_format.money_input_text(vp.value) if vp else "")
        self.proof.setPlainText(vp.proof if vp else "")

    def values(self) -> ap.ValuePropositionInput:
        return ap.ValuePropositionInput(
            title=self.title.text(),
            problem=self.problem.toPlainText(),
            solution=self.solution.toPlainText(),
            quantified_value=self.quantified.text(),
            value=self.value.text().strip() or None,
            proof=self.proof.toPlainText(),
        )

    def is_blank(self) -> bool:
        return not any(
            (
                self.title.text().strip(),
                self.problem.toPlainText().strip(),
                self.solution.toPlainText().strip(),
                self.quantified.text().strip(),
                self.value.text().strip(),
                self.proof.toPlainText().strip(),
            )
        )


class ValuePropositionDialog(SubmitDialog):
    def __init__(
        self,
        db: Database,
        plan_id: int,
        vp: ap.ValuePropositionView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.plan_id, self.vp = db, plan_id, vp
        self.setWindowTitle(self.tr("Edit the compelling case") if vp else self.tr("New value proposition"))
        self.setMinimumWidth(600)
        self.form = ValuePropositionForm()
        self.form.set_value(vp)
        self.share = ShareWithCustomer("value_proposition")
        self.share.load(db, vp.id if vp else None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.share)
        layout.addWidget(self.buttons)

    def submit(self) -> ap.ValuePropositionView:
        view = ap.save_value_proposition(
            self.db, self.plan_id, self.form.values(), self.vp.id if self.vp else None
        )
        self.share.save(self.db, view.id)
        return view

    def show_error(self, exc: DomainError) -> None:
        self.form.show_error(exc)

    @classmethod
    def ask(
        cls,
        db: Database,
        plan_id: int,
        vp: ap.ValuePropositionView | None = None,
        parent: QWidget | None = None,
    ) -> ap.ValuePropositionView | None:
        result: ap.ValuePropositionView | None = cls(db, plan_id, vp, parent).run()
        return result
