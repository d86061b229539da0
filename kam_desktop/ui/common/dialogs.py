"""Shared dialog and table helpers used by every screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableView, QWidget

from kam_desktop.domain.errors import DomainError
from kam_desktop.ui.common.table_model import ID_ROLE, ROW_ROLE


class SubmitDialog(QDialog):
    """OK submits through a service; a DomainError stays in the dialog next to its field,
    so bad input changes nothing. Subclasses implement ``submit`` and ``show_error``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_value: Any = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> Any:
        raise NotImplementedError

    def show_error(self, exc: DomainError) -> None:
        raise NotImplementedError

    def _on_ok(self) -> None:
        try:
            self.result_value = self.submit()
        except DomainError as exc:
            self.show_error(exc)
            return
        self.accept()

    def run(self) -> Any:
        return self.result_value if self.exec() == QDialog.DialogCode.Accepted else None


def selected_row(table: QTableView) -> Any:
    """The row object of the current (or first selected) row, or None."""
    index = table.currentIndex()
    if not index.isValid() or not table.selectionModel().isSelected(index):
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0]
    return index.siblingAtColumn(0).data(ROW_ROLE)


def select_id(table: QTableView, key: int) -> bool:
    """Select the row whose id is ``key``; False when it is not shown."""
    model = table.model()
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if index.data(ID_ROLE) == key:
            table.setCurrentIndex(index)
            table.selectRow(r)
            return True
    return False
