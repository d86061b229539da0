"""The inline bar shown after a delete: "Deleted “X”. [Undo] [✕]". Its Undo button undoes the
shared stack's command it was offered for (the same as Edit > Undo right after the delete); it
hides itself as soon as that command is no longer the next one to undo."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext


class UndoBar(QWidget):
    undone = Signal()  # after its Undo button undid the command (the owner reloads)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("undo_bar")
        self.label = QLabel()
        self.label.setObjectName("undo_bar_text")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undo_button")
        self.close_button = QPushButton("✕")
        self.close_button.setObjectName("undo_bar_close")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(28)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.close_button)
        self.setStyleSheet(f"#undo_bar {{ background: {theme.hex_of('note_bg')}; border-radius: 4px; }}")
        self._index = -1
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.close_button.clicked.connect(self.hide)
        ctx.undo_stack.indexChanged.connect(self._on_stack_index_changed)
        self.hide()

    def offer(self, text: str) -> None:
        """Show ``text`` for the command just pushed onto the shared stack."""
        self._index = self.ctx.undo_stack.index()
        self.label.setText(text)
        self.show()

    def _on_stack_index_changed(self, index: int) -> None:
        if index != self._index:
            self.hide()

    def _on_undo_button_clicked(self) -> None:
        stack = self.ctx.undo_stack
        undone = stack.index() == self._index and stack.canUndo()
        if undone:
            stack.undo()
        self.hide()
        if undone:
            self.undone.emit()
