"""A database open read-only: every button that would write is disabled, with a tooltip that
says why - also when its screen enables it again later (a selection, a reload).

The portfolio, team and program pages decide this in their own ``_update_buttons``
(``not ctx.read_only``); the account workspace's tabs have many more buttons, so the workspace
hands each tab, once built and after each load, to ``disable_writing_buttons``: every push
button in it is kept disabled except the few that only read or move around (``READING``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget

# object names of the buttons that write nothing to the database
READING = frozenset(
    {
        "previous_question",  # research: move between questions
        "next_question",
        "undo_bar_close",  # closes the undo bar
        "btn_add_to_calendar",  # writes an .ics file elsewhere
        "btn_export_brief",  # a PDF elsewhere
        "btn_print_brief",
    }
)

# tables whose double-click only moves around (the others open an edit or a "create" dialog)
READING_TABLES = frozenset({"todo_table"})  # research to-do: opens the question

_LATCHED = "kam_read_only_latched"
_NO_DOUBLE_CLICK = "kam_read_only_no_double_click"


class ReadOnlyLatch(QObject):
    """Keeps the widgets it watches disabled, with the read-only tooltip."""

    def reason(self) -> str:
        return self.tr("The database is open read-only, so this cannot be changed.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if isinstance(watched, QWidget):
            kind = event.type()
            if kind == QEvent.Type.MouseButtonDblClick and watched.property(_NO_DOUBLE_CLICK):
                return True  # a table's double-click would open a dialog whose Save must fail
            if kind == QEvent.Type.EnabledChange and watched.isEnabled():
                watched.setEnabled(False)
            elif kind == QEvent.Type.ToolTipChange and watched.toolTip() != self.reason():
                watched.setToolTip(self.reason())
        return False

    def watch(self, widget: QWidget) -> None:
        if widget.property(_LATCHED):
            return
        widget.setProperty(_LATCHED, True)
        widget.installEventFilter(self)
        widget.setEnabled(False)
        widget.setToolTip(self.reason())


def disable_writing_buttons(root: QWidget, latch: ReadOnlyLatch) -> None:
    """Every push button under ``root`` that could write, disabled for good (see above), and
    no double-click on its tables that would open an edit dialog."""
    for button in root.findChildren(QPushButton):
        if button.objectName() not in READING:
            latch.watch(button)
    for view in root.findChildren(QAbstractItemView):
        viewport = view.viewport()
        if view.objectName() not in READING_TABLES and not viewport.property(_NO_DOUBLE_CLICK):
            viewport.setProperty(_NO_DOUBLE_CLICK, True)
            viewport.installEventFilter(latch)
