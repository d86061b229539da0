"""Small pieces shared by the Strategy and Research screens and wizard pages: a sorting proxy,
a configured table view, a confirmation question (monkeypatched in tests), an undo bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from kam_desktop.domain.errors import DomainError
from kam_desktop.ui.common import locale_format, theme
from kam_desktop.ui.common.dialogs import confirm, select_id, selected_row  # noqa: F401 (re-exported)
from kam_desktop.ui.common.tables import make_table  # noqa: F401 (re-exported)

ATTITUDE_COLOURS = {
    "strong_supporter": "att_strong_supporter",
    "supporter": "att_supporter",
    "neutral": "att_neutral",
    "opponent": "att_opponent",
    "strong_opponent": "att_strong_opponent",
    None: "att_unknown",
}


def fmt_date(value: dt.date | None) -> str:
    return locale_format.date_text(value)


def fmt_money(value: Any, currency: str = "") -> str:
    return locale_format.money_text(value, currency)


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
        self.setStyleSheet(f"#undo_bar {{ background: {theme.hex_of('note_bg')}; border-radius: 4px; }}")
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
