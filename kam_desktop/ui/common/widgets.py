"""Small reusable widgets: empty states, inline-validated forms, section headers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import DomainError
from kam_desktop.ui.common import theme

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:  # (the first frame's modules build no Qt namespace: see ui/common/lazy_qt.py)
    from kam_desktop.ui.common.lazy_qt import Qt


class EmptyState(QWidget):
    """A centred explanation of what to do first, with an optional action button."""

    action_clicked = Signal()
    second_action_clicked = Signal()

    def __init__(
        self,
        title: str,
        text: str,
        button: str | None = None,
        parent: QWidget | None = None,
        second_button: str | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(f"<h2>{title}</h2>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setStyleSheet(f"color: {theme.hex_of('text2')};")
        layout.addWidget(heading)
        layout.addWidget(body)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if button:
            btn = QPushButton(button)
            btn.clicked.connect(self.action_clicked)
            buttons.addWidget(btn)
            self.button = btn
        if second_button:
            second = QPushButton(second_button)
            second.clicked.connect(self.second_action_clicked)
            buttons.addWidget(second)
            self.second_button = second
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)


def fit_dialog_height(widget: QWidget) -> None:
    """Grow the dialog holding ``widget`` to the height its content needs at its present width
    (a message that wraps onto more lines must not be clipped). Main windows are left alone."""
    window = widget.window()
    layout = window.layout()
    if not isinstance(window, QDialog) or layout is None or not window.isVisible():
        return
    layout.activate()
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    )
    screen = window.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height())
    if needed > window.height():
        window.resize(width, needed)


class ErrorLabel(QLabel):
    """A message next to a field: red, word-wrapped, and never wider than the space it is given
    (its width is ignored by the layout, so a long message cannot widen the window); in a dialog
    the dialog grows to show all its lines."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setStyleSheet(error_style())
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        fit_dialog_height(self)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        super().setVisible(visible)
        if visible:
            fit_dialog_height(self)


class ValidatedForm(QWidget):
    """A QFormLayout whose rows carry an error line, filled from a ValidationError's field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QFormLayout  # (not before the first frame: no form in it)

        self.form = QFormLayout(self)
        self._errors: dict[str, ErrorLabel] = {}
        self.general_error = ErrorLabel()
        self.general_error.hide()

    def add_row(self, key: str, label: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = ErrorLabel()
        error.setObjectName(f"error_{key}")
        error.hide()
        column.addWidget(error)
        self._errors[key] = error
        self.form.addRow(label, holder)
        # the label names the field itself (screen readers, Alt+mnemonic), not its holder
        label_widget = self.form.labelForField(holder)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", "").rstrip(" *:"))
        return widget

    def finish(self) -> None:
        self.form.addRow(self.general_error)

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()
            label.clear()
        self.general_error.hide()

    def show_error(self, exc: DomainError) -> None:
        self.clear_errors()
        label = self._errors.get(exc.field or "")
        if label is None:
            label = self.general_error
        label.setText(exc.message)
        label.show()

    def error_text(self, key: str) -> str:
        label = self._errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""


def error_style() -> str:
    """The style of a message shown next to a field, in the current colour scheme."""
    return f"color: {theme.hex_of('bad')}; font-size: 11px;"


def __getattr__(name: str) -> str:
    # ERROR_STYLE follows the colour scheme chosen at start-up (read when a page module imports it).
    if name == "ERROR_STYLE":
        return error_style()
    raise AttributeError(name)
