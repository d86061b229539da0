"""The date editor: a date in the user's locale's order, with a calendar pop-up."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from kam_desktop.ui.common.locale_format import locale

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from kam_desktop.domain import numbers
else:  # (see ui/common/lazy_qt.py)
    from kam_desktop.ui.common.lazy_qt import LazyModule, Qt

    numbers = LazyModule("kam_desktop.domain.numbers")

_BLANK = QDate(1900, 1, 1)


class DateEdit(QDateEdit):
    """A date in the locale's order (30/06/2027 in Italian) with a calendar pop-up.

    ``optional=True`` allows 'no date' (shown as a dash; clear it with Delete). ``value()``
    returns ISO text ('' for none), which every service reads."""

    def __init__(
        self, value: dt.date | None = None, parent: QWidget | None = None, *, optional: bool = True
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._just_advanced = False
        self.setCalendarPopup(True)
        self.setDisplayFormat(numbers.date_pattern(locale()))
        self.setMaximumDate(QDate(2200, 12, 31))
        if optional:
            self.setMinimumDate(_BLANK)
            self.setSpecialValueText("—")
        else:
            self.setMinimumDate(QDate(1900, 1, 2))
        self.setMinimumWidth(130)
        self.set_date(value)

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().mousePressEvent(event)  # opens the calendar when the arrow was clicked
        if self.is_blank():  # show this month, not January 1900 (no event filter: see git log)
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if (
            self._optional
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self._all_selected()
        ):
            self.set_date(None)
            return
        text = event.text()
        if text.isdigit() and self._all_selected():
            # A digit over the whole date (a blank field, or after Ctrl+A) starts typing a new date
            # from its first section. It starts from 1 January (of this year, or of the date's
            # year): the day typed first must not be cut to the length of the month shown - in
            # November "31/03/2027" became 30/03/2027, and over 07/01/2027 the keys went to the
            # year and month only (07/03/2027).
            year = QDate.currentDate().year() if self.is_blank() else self.date().year()
            self.setDate(QDate(year, 1, 1))
            self.setSelectedSection(self.sectionAt(0))
            self._just_advanced = False
        if text and not text.isdigit() and not text.isalpha() and self._just_advanced:
            # Qt moves to the next section once a section is full ("30" -> month); the "/" the
            # user types next would skip the month too and "30/06/2027" would become 30/01.
            self._just_advanced = False
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._just_advanced = text.isdigit() and self.currentSectionIndex() != before

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt override
        # A blank date ("—") has no sections to Tab through: Tab must leave it, not trap the focus.
        if self.is_blank():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def _all_selected(self) -> bool:
        line = self.lineEdit()
        return line.selectedText() == line.text() or self.is_blank()

    def is_blank(self) -> bool:
        return self._optional and self.date() == _BLANK

    def set_date(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(_BLANK if self._optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def date_value(self) -> dt.date | None:
        if self.is_blank():
            return None
        d = self.date()
        return dt.date(d.year(), d.month(), d.day())

    def value(self) -> str:
        day = self.date_value()
        return day.isoformat() if day else ""
