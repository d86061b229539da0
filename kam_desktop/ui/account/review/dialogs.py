"""Dialogs of the review phase: a KPI, and the two kinds of adjustment a review decides
(a new action, a change to an objective) - the latter are kept until the review is recorded."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout, QWidget

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import KpiDirection
from kam_desktop.domain.errors import DomainError, ValidationError
from kam_desktop.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services import action_plan as ap
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.services import review as rv
from kam_desktop.services.strategy import ObjectiveView, list_objectives
from kam_desktop.store.database import Database
from kam_desktop.ui.account.shared.actions_common import DateField, EnumCombo, IdCombo, SubmitDialog
from kam_desktop.ui.common import locale_format
from kam_desktop.ui.common.widgets import ValidatedForm


def _num(value: float | None) -> str:
    return locale_format.number_input_text(value)


class KpiDialog(SubmitDialog):
    def __init__(
        self, db: Database, plan_id: int, kpi: rv.KpiView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.plan_id, self.kpi = db, plan_id, kpi
        self.setWindowTitle(self.tr("Edit KPI") if kpi else self.tr("New KPI"))
        self.setMinimumWidth(460)
        self.form = ValidatedForm()
        self.name = self.form.add_row("name", self.tr("Name *"), QLineEdit())
        self.name.setPlaceholderText(self.tr("e.g. Share of wallet"))
        self.unit = self.form.add_row("unit", self.tr("Unit"), QLineEdit())
        self.unit.setPlaceholderText(self.tr("e.g. %, NPS, hours/month"))
        self.direction = self.form.add_row("direction", self.tr("Direction"), EnumCombo(KpiDirection))
        self.baseline = self.form.add_row("baseline", self.tr("Baseline"), QLineEdit())
        self.target = self.form.add_row("target", self.tr("Target"), QLineEdit())
        self.internal = self.form.add_row(
            "internal", "", QCheckBox(self.tr("Internal (never in the customer PDF)"))
        )
        self.shared = self.form.add_row(
            "shared", "", QCheckBox(self.tr("Share with the customer (joint plan)"))
        )
        self.internal.toggled.connect(self._on_internal_toggled)
        self.form.finish()
        self.shared.setChecked(sharing.is_shared(db, "kpi", kpi.id) if kpi is not None else False)
        if kpi is not None:
            self.name.setText(kpi.name)
            self.unit.setText(kpi.unit)
            self.direction.set_value(kpi.direction.value)
            self.baseline.setText(_num(kpi.baseline))
            self.target.setText(_num(kpi.target))
            self.internal.setChecked(kpi.internal)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def submit(self) -> rv.KpiView:
        cmd = rv.KpiInput(
            self.name.text(),
            self.unit.text(),
            self.direction.value(),
            self.baseline.text(),
            self.target.text(),
            self.internal.isChecked(),
        )
        view = rv.save_kpi(self.db, self.plan_id, cmd, self.kpi.id if self.kpi else None)
        sharing.set_shared(self.db, "kpi", view.id, self.shared.isChecked() and not view.internal)
        return view

    def _on_internal_toggled(self, internal: bool) -> None:
        if internal:
            self.shared.setChecked(False)
        self.shared.setEnabled(not internal)

    def show_error(self, exc: DomainError) -> None:
        self.form.show_error(exc)

    @classmethod
    def ask(
        cls, db: Database, plan_id: int, kpi: rv.KpiView | None = None, parent: QWidget | None = None
    ) -> rv.KpiView | None:
        result: rv.KpiView | None = cls(db, plan_id, kpi, parent).run()
        return result


class AdjustmentActionDialog(SubmitDialog):
    """A new action decided in the review (created when the review is recorded)."""

    def __init__(self, db: Database, plan_id: int, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adjustment: a new action"))
        self.setMinimumWidth(520)
        self.form = ValidatedForm()
        self.title = self.form.add_row("title", self.tr("Action *"), QLineEdit())
        self.title.setPlaceholderText(self.tr("e.g. Run a procurement workshop"))
        self.owner = self.form.add_row("owner", self.tr("Owner"), IdCombo(self.tr("— nobody yet —")))
        self.owner.set_people(ap.team_options(db, account_id))
        self.due = self.form.add_row("due_date", self.tr("Due date"), DateField())
        self.objective = self.form.add_row(
            "objective", self.tr("Objective"), IdCombo(self.tr("— no objective —"))
        )
        self.objective.set_items((o.id, o.description) for o in list_objectives(db, plan_id))
        self.form.finish()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def submit(self) -> rv.AdjustmentInput:
        title = v.title(self.title.text(), field="title", label=QT_TRANSLATE_NOOP("Field", "Action"))
        due = v.optional_date(
            self.due.value(), field="due_date", label=QT_TRANSLATE_NOOP("Field", "Due date")
        )
        return rv.AdjustmentInput(
            "action",
            title,
            owner_id=self.owner.current_id(),
            due_date=due,
            objective_id=self.objective.current_id(),
        )

    def show_error(self, exc: DomainError) -> None:
        self.form.show_error(exc)

    @classmethod
    def ask(
        cls, db: Database, plan_id: int, account_id: int, parent: QWidget | None = None
    ) -> rv.AdjustmentInput | None:
        result: rv.AdjustmentInput | None = cls(db, plan_id, account_id, parent).run()
        return result


class ObjectiveChangeDialog(SubmitDialog):
    """A change to an objective decided in the review: a new target and/or due date."""

    def __init__(self, db: Database, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adjustment: change an objective"))
        self.setMinimumWidth(520)
        self.objectives: dict[int, ObjectiveView] = {o.id: o for o in list_objectives(db, plan_id)}
        self.form = ValidatedForm()
        self.objective = self.form.add_row("objective", self.tr("Objective *"), IdCombo(None))
        self.objective.set_items((o.id, o.description) for o in self.objectives.values())
        self.objective.currentIndexChanged.connect(self._on_objective_changed)
        self.target = self.form.add_row("target", self.tr("New measurable target"), QLineEdit())
        self.due = self.form.add_row("due_date", self.tr("New due date"), DateField())
        self.note = self.form.add_row("note", self.tr("Why"), QLineEdit())
        self.form.finish()
        self._on_objective_changed()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def _on_objective_changed(self, *_args: object) -> None:
        o = self.objectives.get(self.objective.current_id() or 0)
        self.target.setText(o.measurable_target if o else "")
        self.due.set_date(o.due_date if o else None)

    def submit(self) -> rv.AdjustmentInput:
        o = self.objectives.get(self.objective.current_id() or 0)
        if o is None:
            raise ValidationError(
                self.tr("Choose the objective to change (the plan has none yet)."), field="objective"
            )
        due = v.optional_date(
            self.due.value(), field="due_date", label=QT_TRANSLATE_NOOP("Field", "New due date")
        )
        target = v.text(
            self.target.text(), field="target", label=QT_TRANSLATE_NOOP("Field", "New target"), max_len=5000
        )
        note = v.text(self.note.text(), field="note", label=QT_TRANSLATE_NOOP("Field", "Why"), max_len=5000)
        return rv.AdjustmentInput(
            "objective",
            note,
            objective_id=o.id,
            new_target=target if target != o.measurable_target else None,
            new_due_date=due if due != o.due_date else None,
        )

    def show_error(self, exc: DomainError) -> None:
        self.form.show_error(exc)

    @classmethod
    def ask(cls, db: Database, plan_id: int, parent: QWidget | None = None) -> rv.AdjustmentInput | None:
        result: rv.AdjustmentInput | None = cls(db, plan_id, parent).run()
        return result
