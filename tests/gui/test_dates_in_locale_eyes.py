"""Dates the Italian interface showed in ISO (fresh-eyes tester): the Program page's self-assessment
date, the charter's "Decided on", leadership's "Review cycle", and the meeting picker of Meeting
prep. Each is the locale's numeric date (29/11/2026; 11/29/2026 in US English), the editors with
a calendar pop-up; what the services receive stays ISO."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from kam_desktop import i18n
from kam_desktop.domain import numbers
from kam_desktop.services import accounts, clock, plans
from kam_desktop.services import execution as ex
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.meeting.prep_tab import Tab
from kam_desktop.ui.program.page import ProgramPage


def _language(lang: str) -> None:
    i18n.set_language(lang)
    numbers.set_locale("it_IT" if lang == "it" else "en_US")


@pytest.mark.parametrize(("lang", "shown"), [("it", "29/11/2026"), ("en", "11/29/2026")])
def test_program_page_date_editors_in_the_locale(qtbot, ctx: AppContext, lang: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    _language(lang)
    page = ProgramPage(ctx)
    qtbot.addWidget(page)
    day = QDate(2026, 11, 29)
    editors = [
        page.assessment.date,
        page.leadership.cycle_on,
        *(editor.date for editor in page.charter.editors),
    ]
    assert len(editors) == 8  # the assessment, the review cycle, the 6 charter components
    for editor in editors:
        editor.setDate(day)
        assert editor.text() == shown, editor.objectName()
        assert editor.calendarPopup(), editor.objectName()


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("it", "08/12/2026 16:00 · Revisione trimestrale"),
        ("en", "12/8/2026 4:00\u202fPM · Revisione trimestrale"),
    ],
)
def test_meeting_picker_dates_in_the_locale(qtbot, ctx: AppContext, lang: str, label: str) -> None:  # type: ignore[no-untyped-def]
    clock.pin_today(dt.date(2026, 11, 29))
    try:
        account = accounts.create_account(ctx.db, accounts.AccountInput("Pioneer Logistics SA"))
        plans.ensure_plan(ctx.db, account.id)
        ex.save_interaction(
            ctx.db,
            account.id,
            ex.InteractionInput(
                kind="meeting", on_date="2026-12-08", start_time="16:00", subject="Revisione trimestrale"
            ),
        )
        _language(lang)
        tab = Tab(ctx)
        qtbot.addWidget(tab)
        tab.set_account(account.id)
        assert tab.meetings.itemText(0) == label
        assert "2026-12-08" not in tab.meetings.itemText(0)
    finally:
        clock.pin_today(None)
