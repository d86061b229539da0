"""Driving the app by keyboard only in GUI tests: Tab to a control, type, Space/Return to press.
Modal dialogs are driven the same way from inside their event loop (``in_dialog``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDateEdit, QDialog, QWidget

NO_MOD = Qt.KeyboardModifier.NoModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MOD) -> None:
    QTest.keyClick(focus(), key, modifier)


def type_text(text: str) -> None:
    assert text.isascii(), "QTest aborts on a key that is not ASCII"
    QTest.keyClicks(focus(), text)


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.objectName()!r}{', ' + repr(text) if text else ''})"


def tab_until(found: Callable[[QWidget], bool], limit: int = 120, *, back: bool = False) -> QWidget:
    """Press Tab (Shift+Tab with ``back``) until the focused widget is the one wanted."""
    seen: list[str] = []
    for _ in range(limit):
        widget = focus()
        if found(widget):
            return widget
        seen.append(describe(widget))
        press(Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab)
    raise AssertionError("never reached by Tab; the focus went: " + " > ".join(seen[:40]))


def tab_to(name: str) -> QWidget:
    return tab_until(lambda w: w.objectName() == name)


def tab_to_widget(target: QWidget, *, back: bool = False) -> QWidget:
    return tab_until(lambda w: w is target, back=back)


def tab_to_button(text: str) -> QWidget:
    return tab_until(lambda w: isinstance(w, QAbstractButton) and w.text() == text)


def activate(text_or_widget: str | QWidget) -> None:
    """Tab to a button (by its text, or the widget) and press Space."""
    if isinstance(text_or_widget, str):
        tab_to_button(text_or_widget)
    else:
        tab_to_widget(text_or_widget)
    press(Qt.Key.Key_Space)


def choose(target: QWidget) -> None:
    """Check a radio button the keyboard way: Tab into its group, arrow keys to it, Space."""
    from PySide6.QtWidgets import QRadioButton

    tab_until(lambda w: isinstance(w, QRadioButton) and w.parent() is target.parent())
    for _ in range(10):
        if focus() is target:
            break
        press(Qt.Key.Key_Right)
    assert focus() is target, describe(focus())
    press(Qt.Key.Key_Space)
    assert isinstance(target, QAbstractButton) and target.isChecked()


def pick(combo: QWidget, value: object) -> None:
    """Tab to a combo box and press Down (or Up) until it shows ``value`` as its data."""
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    tab_to_widget(combo)
    target = combo.findData(value)
    assert target >= 0, value
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            return
        press(Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    assert combo.currentIndex() == target


def accept(dialog: QDialog) -> None:
    """Return: the dialog's default button (OK / Save), from a one-line field or a combo box."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    assert not isinstance(focus(), QPlainTextEdit | QTextEdit), "Return would type a new line"
    press(Qt.Key.Key_Return)


def type_date(value: dt.date) -> None:
    """Type a date into the focused date editor in its display format (M/d/yyyy in en_US)."""
    editor = focus()
    assert isinstance(editor, QDateEdit), describe(editor)
    type_text(QDate(value.year, value.month, value.day).toString(editor.displayFormat()))


def in_dialog(steps: Callable[[QDialog], None]) -> list[BaseException]:
    """Run ``steps`` inside the next modal dialog's event loop (it drives the dialog by keys);
    if they leave it open, it is closed so that the test fails instead of hanging. Returns the
    list an exception raised by the steps is put into (check it is empty afterwards)."""
    errors: list[BaseException] = []
    tries = [0]

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        focused = QApplication.focusWidget()
        ready = isinstance(dialog, QDialog) and focused is not None and focused.window() is dialog
        if not ready:
            tries[0] += 1
            if tries[0] < 300:
                if isinstance(dialog, QDialog):
                    dialog.activateWindow()
                QTimer.singleShot(10, run)
                return
            errors.append(AssertionError("no modal dialog took the keyboard focus"))
            if isinstance(dialog, QDialog):
                dialog.reject()
            return
        assert isinstance(dialog, QDialog)
        try:
            steps(dialog)
        except Exception as exc:  # noqa: BLE001  # hygiene: handed to the test, which fails on it
            errors.append(exc)
        if dialog.isVisible():
            if not errors:
                from PySide6.QtWidgets import QLabel

                shown = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]
                errors.append(AssertionError(f"the dialog {dialog.windowTitle()!r} stayed open: {shown}"))
            dialog.reject()

    QTimer.singleShot(0, run)
    return errors
