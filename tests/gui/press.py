"""Drive dialogs the way a user does: type into the widget with key events, press the OK button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Replace the widget's text by typing it (select all, then key clicks)."""
    widget.setFocus()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    for number, line in enumerate(text.split("\n")):
        if number:  # QTest cannot type a newline character: press Return instead
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)


def press_ok(qtbot: Any, dialog: QWidget) -> None:
    """Click the dialog's OK button with the mouse."""
    boxes = dialog.findChildren(QDialogButtonBox)
    assert boxes, f"{type(dialog).__name__} has no button box"
    button = boxes[0].button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
