"""A sortable list of records of one account with add / edit / delete-to-trash / undo; the
concrete lists (competitors, trends, needs) supply columns, a dialog and the service calls."""

from __future__ import annotations

from collections.abc import Callable
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
from kam_desktop.services import stakeholders as sh
from kam_desktop.ui.account.shared.plan_common import UndoBar, confirm, make_table, select_id, selected_row
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.table_model import Column, RowTableModel
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
    """Subclasses set ``kind`` (the trash kind of services.stakeholders), ``noun``, columns,
    empty-state texts, and implement ``load_rows`` and ``open_dialog``."""

    changed = Signal()
    kind = ""
    noun = "item"

    def __init__(
        self,
        ctx: AppContext,
        columns: tuple[Column[Any], ...],
        empty_title: str,
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.model: RowTableModel[Any] = RowTableModel(columns, self)
        self.table, self.proxy = make_table(self.model, f"{self.kind}_table", self)
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.empty = EmptyState(empty_title, empty_text, fmt(self.tr("Add %1"), self.noun))
        self.empty.action_clicked.connect(self.add)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        self.add_button = QPushButton(fmt(self.tr("Add %1…"), self.noun))
        self.add_button.setObjectName(f"add_{self.kind}")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_bar = UndoBar(self)
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

    # subclass hooks
    def load_rows(self, account_id: int) -> tuple[Any, ...]:
        raise NotImplementedError

    def open_dialog(self, account_id: int, existing: Any) -> Any:
        """Show the dialog; return the saved row or None."""
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        return str(getattr(row, "name", "") or getattr(row, "description", ""))

    def set_account(self, account_id: int) -> None:
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        if self.account_id is None:
            return
        rows = self.load_rows(self.account_id)
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, max(90, min(self.table.columnWidth(column), 320)))
        self.table.resizeRowsToContents()

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()  # the owner tells the other screens (ctx.notify)

    def add(self) -> None:
        if self.account_id is None:
            return
        saved = self.open_dialog(self.account_id, None)
        if saved is not None:
            self._after_change()
            select_id(self.table, saved.id)

    def edit_selected(self) -> None:
        row = selected_row(self.table)
        if (
            row is not None
            and self.account_id is not None
            and self.open_dialog(self.account_id, row) is not None
        ):
            self._after_change()

    def _on_table_double_clicked(self, _index: object) -> None:
        self.edit_selected()

    def delete_selected(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        text = " ".join(self.describe(row).split())[:80]
        if not confirm(
            self,
            fmt(self.tr("Delete %1"), self.noun),
            fmt(self.tr("Move “%1” to the trash?"), text),
        ):
            return
        item_id, kind = row.id, self.kind
        restore: Callable[[], None] = lambda: sh.restore_item(self.ctx.db, kind, item_id)  # noqa: E731
        try:
            sh.delete_item(self.ctx.db, kind, item_id)
        except DomainError as exc:
            self.undo_bar.offer(exc.message, lambda: None)
            return
        self.undo_bar.offer(self.tr("Moved to the trash."), restore)
        self._after_change()
