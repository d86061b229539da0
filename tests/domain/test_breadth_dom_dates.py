"""Breadth (issue 12): the action board's relative due text, with the day pinned, in English and Italian."""

from __future__ import annotations

import datetime as dt

from kam_desktop.domain.dates import relative_due
from kam_desktop.i18n import using_language

TODAY = dt.date(2027, 1, 15)
DUES = [None, TODAY, dt.date(2027, 1, 16), dt.date(2027, 1, 14), dt.date(2027, 1, 12), dt.date(2027, 1, 20)]


def test_relative_due_in_english() -> None:
    with using_language("en"):
        assert [relative_due(d, TODAY) for d in DUES] == [
            "no date",
            "today",
            "tomorrow",
            "1 day overdue",
            "3 days overdue",
            "in 5 days",
        ]


def test_relative_due_in_italian() -> None:
    with using_language("it"):
        assert [relative_due(d, TODAY) for d in DUES] == [
            "senza data",
            "oggi",
            "domani",
            "in ritardo di 1 giorno",
            "in ritardo di 3 giorni",
            "tra 5 giorni",
        ]
