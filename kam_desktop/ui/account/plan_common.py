"""Small pieces shared by the Strategy and Research screens and wizard pages: a sorting proxy,
a configured table view, a confirmation question (monkeypatched in tests), an undo bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from kam_desktop.domain.errors import DomainError
from kam_desktop.ui.common.dialogs import confirm, select_id, selected_row  # noqa: F401 (re-exported)
from kam_desktop.ui.common.table_model import SORT_ROLE, RowTableModel

ATTITUDE_COLOURS = {
    "strong_supporter": "#1b7f3b",
    "supporter": "#7fbf7f",
    "neutral": "#c9c9c9",
    "opponent": "#f0a070",
    "strong_opponent": "#c0392b",
    None: "#eeeeee",
}


def nothing_first(value: Any) -> tuple[int, Any]:
    """A sort key that puts missing values (None, '') after real ones, of any type."""
    return (1, 0) if value is None or value == "" else (0, value)


class SortProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE (numbers, dates), tolerating mixed and missing values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._accept: Callable[[Any], bool] | None = None

    def set_row_filter(self, accept: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._accept = accept
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if self._accept is None or not isinstance(model, RowTableModel):
            return True
        return self._accept(model.row_at(source_row))

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        a, b = nothing_first(left.data(SORT_ROLE)), nothing_first(right.data(SORT_ROLE))
        if isinstance(a[1], str) and isinstance(b[1], str):
            return (a[0], a[1].casefold()) < (b[0], b[1].casefold())
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


def make_table(
    model: RowTableModel[Any], name: str, parent: QWidget | None = None
) -> tuple[QTableView, SortProxy]:
    """A sortable, single-selection, read-only table over ``model``."""
    proxy = SortProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view, proxy


def fmt_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def fmt_money(value: Any, currency: str = "") -> str:
    if value is None:
        return ""
    return f"{currency} {value:,.2f}".strip()


class UndoBar(QWidget):
    """'Moved X to the trash. [Undo]' shown after a delete; hidden again by undo or close."""

    undone = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undo_bar")
        self.label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undo_button")
        close = QPushButton("✕")
        close.setFlat(True)
        close.setFixedWidth(28)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(close)
        self.setStyleSheet("#undo_bar { background: #fff4d6; border-radius: 4px; }")
        self._undo: Callable[[], None] | None = None
        self.undo_button.clicked.connect(self._on_undo_clicked)
        close.clicked.connect(self.hide)
        self.hide()

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        self.label.setText(text)
        self._undo = undo
        self.show()

    def _on_undo_clicked(self) -> None:
        if self._undo is not None:
            try:
                self._undo()
            except DomainError as exc:
                QMessageBox.warning(self, self.tr("Undo"), exc.message)
        self._undo = None
        self.hide()
        self.undone.emit()
