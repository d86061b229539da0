"""The plan's objectives: a sortable table with add / edit / delete (to the trash, with undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import GrowthFocus
from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.services import strategy
from kam_desktop.services.strategy import ObjectiveInput, ObjectiveView
from kam_desktop.ui.account.shared.plan_common import UndoBar, confirm, fmt_date, make_table, selected_row
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.locale_format import DateEdit
from kam_desktop.ui.common.table_model import Column, RowTableModel
from kam_desktop.ui.common.widgets import EmptyState, ValidatedForm

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
        for f in GrowthFocus:
            self.focus.addItem(f.label, f)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("e.g. Open Plant Gdańsk as a new buying centre"))
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
    ) -> ObjectiveView | None:
        dialog = cls(ctx, plan_id, existing, parent)
        dialog.exec()
        return dialog.result_view


class ObjectivesWidget(QWidget):
    """Objectives of one plan. Every change is committed at once and announced as 'plan'."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id: int | None = None
        self.model = ObjectivesModel(self)
        self.table, self.proxy = make_table(self.model, "objectives_table", self)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.empty = EmptyState(
            self.tr("No objectives yet"),
            self.tr("Add a measurable objective for each growth topic you focus on this period."),
            self.tr("Add objective"),
        )
        self.empty.action_clicked.connect(self.add)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        self.add_button = QPushButton(self.tr("Add objective…"))
        self.add_button.setObjectName("add_objective")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.undo_bar = UndoBar(self)
        self.undo_bar.undone.connect(self._on_undo_bar_undone)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.stack, 1)

    def set_plan(self, plan_id: int) -> None:
        self.plan_id = plan_id
        self.reload()

    def reload(self) -> None:
        if self.plan_id is None:
            return
        rows = strategy.list_objectives(self.ctx.db, self.plan_id)
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 280)
        self.table.setColumnWidth(2, 240)

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()  # the owner tells the other screens (ctx.notify)

    def add(self) -> None:
        if self.plan_id is not None and ObjectiveDialog.ask(self.ctx, self.plan_id, None, self) is not None:
            self._after_change()

    def edit_selected(self) -> None:
        row = selected_row(self.table)
        if (
            row is not None
            and self.plan_id is not None
            and ObjectiveDialog.ask(self.ctx, self.plan_id, row, self)
        ):
            self._after_change()

    def _on_table_double_clicked(self, _index: object) -> None:
        self.edit_selected()

    def delete_selected(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        if not confirm(
            self,
            self.tr("Delete objective"),
            fmt(self.tr("Move the objective “%1” to the trash?"), row.description),
        ):
            return
        try:
            strategy.delete_objective(self.ctx.db, row.id)
        except DomainError as exc:
            self.undo_bar.offer(exc.message, lambda: None)
            return
        self.undo_bar.offer(
            self.tr("Objective moved to the trash."), lambda: strategy.restore_objective(self.ctx.db, row.id)
        )
        self._after_change()

    def _on_undo_bar_undone(self) -> None:
        self._after_change()
