"""Keyboard behaviour for the whole application, in one place (an event filter on the
QApplication, installed by ``make_app``), so that no screen has to remember it:

- **Tab leaves a multi-line field** (QPlainTextEdit, QTextEdit) like any other field, Shift+Tab
  goes back; **Ctrl+Tab types a tab** into it. (Qt's default types a tab on Tab, trapping a
  keyboard user inside every notes box.)
- **Menu shortcuts work wherever the focus is.** A text field claims some Ctrl+letter keys as
  editing keys of its own before the window sees them (on Linux Ctrl+E "end of line", Ctrl+K
  "delete to end of line", Ctrl+U...), so Ctrl+E (Export) or Ctrl+K (Search) did nothing while
  the cursor was in a meeting brief or a notes box. A key combination with Ctrl or Alt that is
  the shortcut of an enabled action of the focused window now goes to that action - except the
  editing keys every user expects a text field to keep (copy, cut, paste, undo, redo, select
  all, and word-wise moves/deletes).
- **Every field has a name for screen readers**: a field that has neither an accessible name
  nor a label pointing at it (a filter box above a table) is named by its placeholder text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_CTRL_OR_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
_TEXT_KEEPS = (  # editing keys a text field keeps even when an action has the same shortcut
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.SelectAll,
)
_NAVIGATION_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}


def _is_text_input(widget: QObject) -> bool:
    return isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox | QComboBox)


def _is_multi_line(widget: QObject) -> bool:
    return isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly()


def window_action_for(widget: QWidget, sequence: QKeySequence) -> QAction | None:
    """The enabled action of ``widget``'s window (its menus) whose shortcut is ``sequence``."""
    window = widget.window()
    for action in window.findChildren(QAction):
        if not action.isEnabled() or action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        if any(
            shortcut.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch
            for shortcut in action.shortcuts()
        ):
            return action
    return None


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name (its own, else its label's)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def name_from_placeholder(widget: QLineEdit | QPlainTextEdit | QTextEdit) -> None:
    if widget.accessibleName() or accessible_name(widget):
        return
    placeholder = widget.placeholderText().strip().rstrip("…").rstrip(".").strip()
    if placeholder:
        widget.setAccessibleName(placeholder)


class KeyboardPolicy(QObject):
    """The application-wide event filter (see the module's docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._key_press(watched, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.ShortcutOverride:
            return self._shortcut_override(watched, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.Polish and isinstance(watched, QLineEdit | QPlainTextEdit | QTextEdit):
            name_from_placeholder(watched)
        return False

    def _key_press(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or not _is_multi_line(watched):
            return False
        editor: QPlainTextEdit | QTextEdit = watched  # type: ignore[assignment]
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_Tab:
            editor.insertPlainText("\t")  # Ctrl+Tab: a real tab character
            return True
        if modifiers & _CTRL_OR_ALT:
            return False
        forward = key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
        editor.setTabChangesFocus(True)  # Qt's own focus-chain walk, as from any other field
        return bool(editor.focusNextPrevChild(forward))

    def _shortcut_override(self, watched: QObject, event: QKeyEvent) -> bool:
        if not event.modifiers() & _CTRL_OR_ALT or event.key() in _NAVIGATION_KEYS:
            return False
        if not _is_text_input(watched) or not isinstance(watched, QWidget):
            return False
        if any(event.matches(standard) for standard in _TEXT_KEEPS):
            return False
        sequence = QKeySequence(event.keyCombination())
        if window_action_for(watched, sequence) is None:
            return False
        event.ignore()  # not the text field's: the window's action runs
        return True


_POLICY: KeyboardPolicy | None = None


def install(app: QApplication) -> KeyboardPolicy:
    """Install the policy once on ``app``."""
    global _POLICY
    if _POLICY is None:
        _POLICY = KeyboardPolicy(app)
        app.installEventFilter(_POLICY)
    return _POLICY


def uninstall(app: QApplication) -> None:
    """Remove the policy again (tests that check Qt's plain behaviour)."""
    global _POLICY
    if _POLICY is not None:
        app.removeEventFilter(_POLICY)
        _POLICY = None
