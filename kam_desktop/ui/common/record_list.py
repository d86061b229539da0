"""The record-list-plus-dialog pattern: a sortable list of one account's records with add /
edit / delete-to-trash, each undoable through the application's undo stack (Edit > Undo, the
inline UndoBar after a delete). A concrete list declares its trash ``kind`` (its noun names the records), columns
and empty-state texts, and implements ``load_rows`` and ``open_dialog``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import fmt
from kam_desktop.ui.common import prompter, undo
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.dialogs import select_id, selected_row
from kam_desktop.ui.common.table_model import Column, RowTableModel
from kam_desktop.ui.common.tables import make_table
from kam_desktop.ui.common.undo_bar import UndoBar
from kam_desktop.ui.common.widgets import EmptyState, ValidatedForm


class RecordDialog(QDialog):
    """A form dialog whose ``save_func()`` writes through a service; errors appear next to fields."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = ValidatedForm()
        self.result_value: Any = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def save_func(self) -> Any:
        raise NotImplementedError

    def save(self) -> None:
        try:
            self.result_value = self.save_func()
        except DomainError as exc:
            self.form.show_error(exc)
            return
        self.accept()


class RecordListWidget(QWidget):
    """Subclasses set ``kind`` (a trash kind of services.trash; its translated noun names the
    records in "Add %1…" / "Delete %1"), columns (or a model),
    empty-state texts, and implement ``load_rows`` and ``open_dialog``; optionally
    ``delete_row`` (a service's own delete), ``confirm_texts`` and ``fit_columns``.

    The list belongs to an owner: an account (``set_account``) or a plan (``set_plan``)."""

    changed = Signal()
    kind = ""
    topics: tuple[Topic, ...] = (Topic.PLAN,)  # what an add, edit or delete touches

    def __init__(
        self,
        ctx: AppContext,
        columns: tuple[Column[Any], ...] | RowTableModel[Any],
        empty_title: str,
        empty_text: str,
        parent: QWidget | None = None,
        *,
        add_text: str | None = None,
        empty_action: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.owner_id: int | None = None
        if isinstance(columns, RowTableModel):
            self.model: RowTableModel[Any] = columns
            self.model.setParent(self)
        else:
            self.model = RowTableModel(columns, self)
        self.table, self.proxy = make_table(self.model, f"{self.kind}_table", self)
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.empty = EmptyState(empty_title, empty_text, empty_action or fmt(self.tr("Add %1"), self.noun()))
        self.empty.action_clicked.connect(self.add)
        self.content = self.make_content()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.content)
        self.add_button = QPushButton(add_text or fmt(self.tr("Add %1…"), self.noun()))
        self.add_button.setObjectName(f"add_{self.kind}")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_bar = UndoBar(ctx, self)
        self.undo_bar.undone.connect(self._after_change)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.stack, 1)

    # --- subclass hooks ---------------------------------------------------------------------
    def noun(self) -> str:
        """What one record is called, in the interface's language ("concorrente", "tendenza")."""
        return undo.noun(self.kind)

    def make_content(self) -> QWidget:
        """What shows the rows when there are some (the table, or views around it)."""
        return self.table

    def load_rows(self, owner_id: int) -> tuple[Any, ...]:
        raise NotImplementedError

    def open_dialog(self, owner_id: int, existing: Any) -> Any:
        """Show the dialog; return the saved row or None."""
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        return str(getattr(row, "name", "") or getattr(row, "description", ""))

    def delete_row(self, row: Any) -> None:
        """Move the row to the trash (a service's own delete where it checks more)."""
        from kam_desktop.services import trash

        trash.move_to_trash(self.ctx.db, self.kind, row.id)

    def confirm_texts(self, row: Any) -> tuple[str, str]:
        """The title and question asked before a delete."""
        text = " ".join(self.describe(row).split())[:80]
        return fmt(self.tr("Delete %1"), self.noun()), fmt(self.tr("Move “%1” to the trash?"), text)

    def fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, max(90, min(self.table.columnWidth(column), 320)))
        self.table.resizeRowsToContents()

    # --- the owner ----------------------------------------------------------------------------
    @property
    def account_id(self) -> int | None:
        return self.owner_id

    @property
    def plan_id(self) -> int | None:
        return self.owner_id

    def set_account(self, account_id: int) -> None:
        self.owner_id = account_id
        self.reload()

    def set_plan(self, plan_id: int) -> None:
        self.owner_id = plan_id
        self.reload()

    def reload(self) -> None:
        if self.owner_id is None:
            return
        rows = self.load_rows(self.owner_id)
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.content if rows else self.empty)
        self.fit_columns()

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()  # the owner tells the other screens (ctx.notify)

    def add(self) -> None:
        if self.owner_id is None or self.ctx.read_only:
            return
        saved = self.open_dialog(self.owner_id, None)
        if saved is not None:
            undo.added(self.ctx, self.kind, saved, self.describe(saved), self.topics)
            self._after_change()
            select_id(self.table, saved.id)

    def edit_selected(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.edit_row(row)

    def edit_row(self, row: Any) -> None:
        if self.owner_id is None or self.ctx.read_only:  # (also a double-click: nothing can be saved)
            return
        owner_id = self.owner_id
        if undo.edited(
            self.ctx,
            self.kind,
            row.id,
            self.describe(row),
            lambda: self.open_dialog(owner_id, row),
            self.topics,
        ):
            self._after_change()

    def _on_table_double_clicked(self, _index: object) -> None:
        self.edit_selected()

    def delete_selected(self) -> None:
        row = selected_row(self.table)
        if row is None or self.ctx.read_only:
            return
        title, question = self.confirm_texts(row)
        if not prompter.confirm(self, title, question):
            return
        name = self.describe(row)
        text = undo.delete_text(self.kind, name)
        if undo.delete(self.ctx, self, self.kind, row.id, text, self.topics, do=lambda: self.delete_row(row)):
            self.undo_bar.offer(undo.deleted_text(self.kind, name))
            self._after_change()
