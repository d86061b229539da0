"""The plan's objectives: a sortable table with add / edit / delete (to the trash, with undo)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import GrowthFocus
from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.services import strategy
from kam_desktop.services.strategy import ObjectiveInput, ObjectiveView
from kam_desktop.ui.account.shared.plan_common import fmt_date
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.date_edit import DateEdit
from kam_desktop.ui.common.record_list import RecordListWidget
from kam_desktop.ui.common.table_model import Column, RowTableModel
from kam_desktop.ui.common.widgets import ValidatedForm

FOCUS_ORDER = {f: i for i, f in enumerate(GrowthFocus)}

COLUMNS: tuple[Column[ObjectiveView], ...] = (
    Column(
        "focus",
        QT_TRANSLATE_NOOP("Column", "Growth topic"),
        lambda o: o.growth_focus.label,
        sort=lambda o: FOCUS_ORDER[o.growth_focus],
    ),
    Column(
        "description",
        QT_TRANSLATE_NOOP("Column", "Objective"),
        lambda o: o.description,
        tooltip=lambda o: o.description,
    ),
    Column(
        "target",
        QT_TRANSLATE_NOOP("Column", "Measurable target"),
        lambda o: o.measurable_target.replace("\n", " "),
        tooltip=lambda o: o.measurable_target,
    ),
    Column(
        "due", QT_TRANSLATE_NOOP("Column", "Due"), lambda o: fmt_date(o.due_date), sort=lambda o: o.due_date
    ),
)


class ObjectivesModel(RowTableModel[ObjectiveView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(COLUMNS, parent)


class ObjectiveDialog(QDialog):
    """Add or edit one objective; saves through the service and shows errors next to fields."""

    def __init__(
        self,
        ctx: AppContext,
        plan_id: int,
        existing: ObjectiveView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.plan_id, self.existing = ctx, plan_id, existing
        self.result_view: ObjectiveView | None = None
        self.setWindowTitle(self.tr("Edit objective") if existing else self.tr("New objective"))
        self.form = ValidatedForm()
        self.focus = QComboBox()
        self.focus.setObjectName("objective_focus")
        for f in GrowthFocus:
            self.focus.addItem(f.label, f)
        self.description = QLineEdit()
        self.description.setObjectName("objective_description")
        self.description.setPlaceholderText(self.tr("e.g. Open Plant Gdańsk as a new buying centre"))
        self.description.setToolTip(self.description.placeholderText())  # elided in a narrow dialog
        self.target = QPlainTextEdit()
        self.target.setPlaceholderText(self.tr("How you will know: e.g. first order of €100k by Q3"))
        self.target.setFixedHeight(70)
        self.due = DateEdit()
        self.internal = QCheckBox(self.tr("Internal only (left out of the customer's copy of the plan)"))
        self.form.add_row("growth_focus", self.tr("Growth topic"), self.focus)
        self.form.add_row("description", self.tr("Objective"), self.description)
        self.form.add_row("measurable_target", self.tr("Measurable target"), self.target)
        self.form.add_row("due_date", self.tr("Due date"), self.due)
        self.form.add_row("internal", "", self.internal)
        # the joint plan: the objective in the customer's words, shared by choice
        self.wording = QLineEdit()
        self.wording.setPlaceholderText(self.tr("e.g. Fewer unplanned stops at your Gdańsk plant"))
        self.wording.setToolTip(self.wording.placeholderText())  # elided in a narrow dialog
        self.shared = QCheckBox(self.tr("Share with the customer (joint plan)"))
        self.form.add_row("customer_wording", self.tr("As the customer reads it"), self.wording)
        self.form.add_row("shared", "", self.shared)
        self.internal.toggled.connect(self._on_internal_toggled)
        self.form.finish()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        if existing is not None:
            self.focus.setCurrentIndex(self.focus.findData(existing.growth_focus))
            self.description.setText(existing.description)
            self.target.setPlainText(existing.measurable_target)
            self.due.set_date(existing.due_date)
            self.internal.setChecked(existing.internal)
        shared, wording = sharing.objective_joint(ctx.db, existing.id if existing else None)
        self.wording.setText(wording)
        self.shared.setChecked(shared and not self.internal.isChecked())

    def _on_internal_toggled(self, internal: bool) -> None:
        if internal:
            self.shared.setChecked(False)
        self.shared.setEnabled(not internal)

    def set_focus(self, focus: GrowthFocus) -> None:
        self.focus.setCurrentIndex(self.focus.findData(focus))

    def command(self) -> ObjectiveInput:
        return ObjectiveInput(
            self.focus.currentData(),
            self.description.text(),
            self.target.toPlainText(),
            self.due.value(),
            self.internal.isChecked(),
        )

    def save(self) -> None:
        try:
            shared, wording = self.shared.isChecked(), self.wording.text()
            sharing.check_objective_joint(shared, wording, self.internal.isChecked())  # before writing
            self.result_view = strategy.save_objective(
                self.ctx.db, self.plan_id, self.command(), self.existing.id if self.existing else None
            )
            sharing.set_objective_joint(self.ctx.db, self.result_view.id, shared, wording)
        except DomainError as exc:
            self.form.show_error(exc)
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        ctx: AppContext,
        plan_id: int,
        existing: ObjectiveView | None = None,
        parent: QWidget | None = None,
        *,
        focus: GrowthFocus | None = None,
    ) -> ObjectiveView | None:
        """``focus``: the growth topic a new objective starts with (the one still missing one)."""
        dialog = cls(ctx, plan_id, existing, parent)
        if existing is None and focus is not None:
            dialog.set_focus(focus)
        dialog.exec()
        return dialog.result_view


class ObjectivesWidget(RecordListWidget):
    """Objectives of one plan (``set_plan``). Every change is committed at once, undoable, and
    announced as 'plan'."""

    kind = "objective"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            ObjectivesModel(),
            self.tr("No objectives yet"),
            self.tr("Add a measurable objective for each growth topic you focus on this period."),
            parent,
            add_text=self.tr("Add objective…"),
            empty_action=self.tr("Add objective"),
        )
        self.table.setObjectName("objectives_table")

    def load_rows(self, owner_id: int) -> tuple[ObjectiveView, ...]:
        return strategy.list_objectives(self.ctx.db, owner_id)

    suggested_focus: GrowthFocus | None = None  # a new objective's topic (set by the wizard page)

    def open_dialog(self, owner_id: int, existing: ObjectiveView | None) -> ObjectiveView | None:
        return ObjectiveDialog.ask(self.ctx, owner_id, existing, self, focus=self.suggested_focus)

    def describe(self, row: ObjectiveView) -> str:
        return row.description

    def delete_row(self, row: ObjectiveView) -> None:
        strategy.delete_objective(self.ctx.db, row.id)

    def confirm_texts(self, row: ObjectiveView) -> tuple[str, str]:
        return self.tr("Delete objective"), fmt(
            self.tr("Move the objective “%1” to the trash?"), row.description
        )

    def fit_columns(self) -> None:
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 280)
        self.table.setColumnWidth(2, 240)
