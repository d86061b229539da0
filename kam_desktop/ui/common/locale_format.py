"""Numbers, amounts and dates on screen, and the date editor: all in the user's locale.

Formatting and reading live in ``domain.numbers`` (Babel); this module only applies the current
locale (``numbers.current_locale()``, set at start-up from the language and the system locale)
and offers a ``DateEdit`` - a QDateEdit with a calendar pop-up in the locale's date order. No
widget parses numbers itself: money and number fields hand their raw text to the services.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from kam_desktop.domain import numbers
else:  # (the first frame's modules build no Qt namespace, and need no Babel: see ui/common/lazy_qt.py)
    from kam_desktop.ui.common.lazy_qt import LazyModule, Qt

    numbers = LazyModule("kam_desktop.domain.numbers")

_BLANK = QDate(1900, 1, 1)


def locale() -> str:
    return numbers.current_locale()


@lru_cache(maxsize=16)
def _babel_locale(name: str) -> Any:
    """The parsed Babel locale (parsing it on every call costs more than the formatting)."""
    from babel import Locale

    return Locale.parse(name)


def date_text(value: dt.date | None) -> str:
    """'30/06/2027' (it_IT), '6/30/2027' (en_US); '' for no date."""
    if value is None:
        return ""
    from babel.dates import format_date

    name = locale()
    return format_date(value, format=numbers.date_pattern(name), locale=_babel_locale(name))


def time_text(value: dt.time | None) -> str:
    """'16:00' (it_IT), '4:00 PM' (en_US); '' for no time."""
    if value is None:
        return ""
    from babel.dates import format_time

    name = locale()
    return str(format_time(value, format="short", locale=_babel_locale(name)))


def long_date_text(value: dt.date | None, style: numbers.DateStyle = "medium") -> str:
    """'30 giu 2027' (it_IT), 'Jun 30, 2027' (en_US); style 'full' adds the weekday."""
    return numbers.format_date(value, locale(), style) if value else ""


def money_text(value: Any, currency: str = "", *, decimals: bool = True) -> str:
    """An amount (Decimal in currency units) the locale's way, with the currency when given."""
    if value is None:
        return ""
    cents = int((Decimal(value) * 100).to_integral_value())
    if currency:
        return numbers.format_money(cents, currency, locale(), decimals=decimals)
    return numbers.format_decimal(Decimal(cents) / 100, locale(), 2 if decimals else 0)


def money_input_text(value: Any) -> str:
    """An amount as it should appear in an input field, so that it reads back exactly: '1.250.000,50'."""
    if value is None:
        return ""
    return numbers.format_decimal(Decimal(value), locale(), 2)


def number_text(value: float | Decimal | int | None, max_decimals: int = 2) -> str:
    """A measured value: '6,5' (it), '1,234.25' (en); up to ``max_decimals`` decimals."""
    if value is None:
        return ""
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    number = number.quantize(Decimal(1).scaleb(-max_decimals))
    number = number.normalize() if number != number.to_integral_value() else number.quantize(Decimal(1))
    return numbers.format_decimal(number, locale())


def number_input_text(value: float | Decimal | int | None) -> str:
    """A number for an input field, without thousands separators so it reads back exactly:
    '1250,5' (it), '1250.5' (en)."""
    if value is None:
        return ""
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    text = format(number.normalize(), "f")
    return text.replace(".", numbers.format_decimal(Decimal("0.5"), locale())[1])


def score_text(value: float | Decimal | None) -> str:
    """An identification score with one decimal, the locale's way: '85,0' (it), '85.0' (en)."""
    if value is None:
        return "—"
    return numbers.format_decimal(Decimal(str(round(float(value), 1))), locale(), 1)


def short_money(value: Any, currency: str = "") -> str:
    """Compact amounts for tables and charts: '1,3 Mln €' (it), '€1.3M' (en)."""
    return numbers.format_compact_money(Decimal(value), currency, locale())


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
