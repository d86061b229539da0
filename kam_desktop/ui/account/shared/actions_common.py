"""Shared pieces of the Action plan, Execution, Review and Whitespace screens: pickers, optional
date fields, sortable tables over read models, submit dialogs (confirmations: ui.common.prompter;
the undo bar: ui.common.undo_bar)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QWidget,
)

from kam_desktop.domain.enums import ActionStatus, LabelledEnum
from kam_desktop.domain.errors import DomainError
from kam_desktop.services.action_plan import PersonOption
from kam_desktop.ui.common import locale_format, theme
from kam_desktop.ui.common.date_edit import DateEdit
from kam_desktop.ui.common.dialogs import SubmitDialog, select_id, selected_row  # noqa: F401 (re-exported)
from kam_desktop.ui.common.tables import Column, RowTableModel, make_table

NONE_LABEL = "—"
STATUS_COLOURS = {
    ActionStatus.PLANNED: "text2",
    ActionStatus.IN_PROGRESS: "info",
    ActionStatus.DONE: "good",
    ActionStatus.BLOCKED: "bad",
    ActionStatus.CANCELLED: "muted",
}


def date_text(value: dt.date | None) -> str:
    return locale_format.date_text(value)


def date_sort(value: dt.date | None) -> dt.date | None:
    """A date's sort key: no date is blank, which the table model sorts last either way."""
    return value


def money_text(value: Any) -> str:
    return locale_format.money_text(value, decimals=False)


class IdCombo(QComboBox):
    """A combo of (id, label) pairs with an optional 'nobody/none' entry first."""

    def __init__(self, none_label: str | None = NONE_LABEL, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none = none_label
        self.currentTextChanged.connect(self.setToolTip)  # a long label is elided: the tooltip has it

    def set_items(self, items: Iterable[tuple[int, str]], current: int | None = None) -> None:
        self.blockSignals(True)
        self.clear()
        if self._none is not None:
            self.addItem(self._none, None)
        for key, label in items:
            self.addItem(label, key)
        self.blockSignals(False)
        self.set_current_id(current)
        self.setToolTip(self.currentText())

    def set_people(self, people: Sequence[PersonOption], current: int | None = None) -> None:
        self.set_items(
            ((p.id, f"{p.name}" + (f" · {p.detail}" if p.detail else "")) for p in people), current
        )

    def current_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None

    def set_current_id(self, key: int | None) -> None:
        index = self.findData(key) if key is not None else (0 if self._none is not None else -1)
        self.setCurrentIndex(max(index, 0))


class EnumCombo(QComboBox):
    def __init__(self, enum: type[LabelledEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for member in enum:
            self.addItem(member.label, member.value)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, value: str) -> None:
        index = self.findData(str(value))
        if index >= 0:
            self.setCurrentIndex(index)


DateField = DateEdit  # the locale's date editor with a calendar pop-up


def succeeded(parent: QWidget | None, func: Callable[..., Any], *args: Any) -> bool:
    """Run a service call; a DomainError is shown in a message box and False returned."""
    from kam_desktop.ui.common.errors import show_error

    try:
        func(*args)
    except DomainError as exc:
        show_error(parent, exc.message)
        return False
    return True


def status_colour(status: ActionStatus) -> QColor:
    return theme.color(STATUS_COLOURS.get(status, "text"))


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; font-size: 13px; padding-top: 6px;")
    return label


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {theme.hex_of('text2')};")
    return label


__all__ = [
    "Column",
    "DateField",
    "EnumCombo",
    "IdCombo",
    "RowTableModel",
    "SubmitDialog",
    "date_sort",
    "date_text",
    "hint_label",
    "make_table",
    "money_text",
    "section_label",
    "select_id",
    "selected_row",
    "status_colour",
    "succeeded",
]
