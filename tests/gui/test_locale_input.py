"""Money, numbers and dates typed into the real widgets, in Italian and in English.

Every money field of the GUI gets text with thousands separators and a decimal comma/point,
typed key by key; the test reads the stored cents back from the database. Ambiguous input is
refused next to the field with both readings, and nothing is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit
from sqlalchemy import select

from kam_desktop.domain import numbers
from kam_desktop.domain.enums import AccountStatus, Phase
from kam_desktop.services import accounts, plans, review
from kam_desktop.services import execution as ex
from kam_desktop.store.database import Database
from kam_desktop.store.models import Account, AccountPlan, Opportunity, ValueProposition
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.date_edit import DateEdit

IT_CASES = [
    ("1250000,50", 125_000_050),
    ("1.250.000,50", 125_000_050),
    ("€ 3.450.000,00", 345_000_000),
    ("12.345", None),  # ambiguous: 12345 or 12,345
]
EN_CASES = [
    ("1,250,000.50", 125_000_050),
    ("1250000.5", 125_000_050),
    ("€3,450,000.00", 345_000_000),
    ("12,345", None),
]


def type_into(field: QLineEdit, text: str) -> None:
    """Type ``text`` key by key (QTest cannot synthesise non-ASCII keys such as €: those are
    sent as key events carrying the character, as a keyboard layout would)."""
    field.clear()
    for char in text:
        if char.isascii():
            QTest.keyClicks(field, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                )
    assert field.text() == text


def press_ok(dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def language() -> Callable[[str], list[tuple[str, int | None]]]:
    def use(lang: str) -> list[tuple[str, int | None]]:
        numbers.set_locale("it_IT" if lang == "it" else "en_US")
        return IT_CASES if lang == "it" else EN_CASES

    return use


def stored(db: Database, model: Any, column: str, row_id: int) -> Any:
    with db.session() as s:
        return getattr(s.get(model, row_id), column)


def key_account(db: Database) -> tuple[int, int]:
    account = accounts.create_account(db, accounts.AccountInput("Acme Logistics", current_revenue="1000000"))
    accounts.change_status(db, account.id, AccountStatus.KEY)
    return account.id, plans.ensure_plan(db, account.id).id


@pytest.mark.parametrize("lang", ["it", "en"])
def test_account_revenue_fields(qtbot, ctx: AppContext, language, lang: str) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.portfolio.dialogs import AccountDialog

    for index, (text, cents) in enumerate(language(lang)):
        dialog = AccountDialog(ctx.db, None, "EUR")
        qtbot.addWidget(dialog)
        type_into(dialog.name, f"Account {index}")
        type_into(dialog.revenue, text)
        type_into(dialog.potential, text)
        press_ok(dialog)
        if cents is None:
            assert "ambiguous" in dialog.form.error_text("current_revenue")
            assert dialog.result_value is None
            with ctx.db.session() as s:
                assert len(s.scalars(select(Account)).all()) == index
            continue
        assert dialog.form.error_text("current_revenue") == ""
        account_id = dialog.result_value.id
        assert stored(ctx.db, Account, "current_revenue_cents", account_id) == cents
        assert stored(ctx.db, Account, "potential_revenue_cents", account_id) == cents
        # the edit dialog shows the amount the locale's way, and it reads back unchanged
        edit = AccountDialog(ctx.db, accounts.get_account(ctx.db, account_id).account, "EUR")
        qtbot.addWidget(edit)
        press_ok(edit)
        assert stored(ctx.db, Account, "current_revenue_cents", account_id) == cents


def test_italian_ambiguous_revenue_message_shows_both_readings(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.portfolio.dialogs import AccountDialog

    numbers.set_locale("it_IT")
    dialog = AccountDialog(ctx.db, None, "EUR")
    qtbot.addWidget(dialog)
    type_into(dialog.name, "Meridian")
    type_into(dialog.revenue, "1,250")
    press_ok(dialog)
    assert dialog.form.error_text("current_revenue") == (
        "Current revenue: \u201c1,250\u201d is ambiguous: here it would be read as 1,25, "
        "but it could also mean 1250. Type 1,25 or 1250 to say which."
    )
    with ctx.db.session() as s:
        assert s.scalars(select(Account)).all() == []


@pytest.mark.parametrize("lang", ["it", "en"])
def test_opportunity_value(qtbot, ctx: AppContext, language, lang: str) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.execution.dialogs import OpportunityDialog

    account_id, _ = key_account(ctx.db)
    for index, (text, cents) in enumerate(language(lang)):
        dialog = OpportunityDialog(ctx.db, account_id)
        qtbot.addWidget(dialog)
        type_into(dialog.title, f"Deal {index}")
        type_into(dialog.value, text)
        press_ok(dialog)
        if cents is None:
            assert "ambiguous" in dialog.form.error_text("value")
            assert [o.title for o in ex.list_opportunities(ctx.db, account_id)] == [
                f"Deal {i}" for i in range(index)
            ]
            continue
        assert stored(ctx.db, Opportunity, "value_cents", dialog.result_value) == cents


@pytest.mark.parametrize("lang", ["it", "en"])
def test_value_proposition_value(qtbot, ctx: AppContext, language, lang: str) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.action_plan.dialogs import ValuePropositionDialog

    _, plan_id = key_account(ctx.db)
    for index, (text, cents) in enumerate(language(lang)):
        dialog = ValuePropositionDialog(ctx.db, plan_id)
        qtbot.addWidget(dialog)
        type_into(dialog.form.title, f"Case {index}")
        dialog.form.problem.setPlainText("Downtime")
        dialog.form.solution.setPlainText("Uptime service")
        type_into(dialog.form.value, text)
        press_ok(dialog)
        if cents is None:
            assert "ambiguous" in dialog.form.error_text("value")
            assert dialog.result_value is None
            continue
        assert stored(ctx.db, ValueProposition, "value_cents", dialog.result_value.id) == cents


@pytest.mark.parametrize("lang", ["it", "en"])
def test_revenue_target_in_the_strategy_wizard(qtbot, ctx: AppContext, language, lang: str) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.strategy.wizard import RevenuePage
    from kam_desktop.ui.wizards.base import PhaseWizard

    account_id, plan_id = key_account(ctx.db)
    wizard = PhaseWizard(ctx, account_id, Phase.STRATEGY)
    qtbot.addWidget(wizard)
    page = next(p for p in (wizard.page(i) for i in wizard.pageIds()) if isinstance(p, RevenuePage))
    page.load()
    for text, cents in language(lang):
        type_into(page.target, text)
        if cents is None:
            assert page.growth.text() == "—"
            continue
        page.save()
        assert stored(ctx.db, AccountPlan, "revenue_target_cents", plan_id) == cents
        page.load()  # shown the locale's way, and it reads back exactly
        page.save()
        assert stored(ctx.db, AccountPlan, "revenue_target_cents", plan_id) == cents
    type_into(page.target, "1.100.000,00" if lang == "it" else "1,100,000.00")
    assert page.growth.text() == ("+10,0%" if lang == "it" else "+10.0%")


def test_kpi_numbers_and_measurement_in_italian(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.review.dialogs import KpiDialog

    numbers.set_locale("it_IT")
    _, plan_id = key_account(ctx.db)
    dialog = KpiDialog(ctx.db, plan_id)
    qtbot.addWidget(dialog)
    type_into(dialog.name, "Downtime")
    type_into(dialog.baseline, "1.250,5")
    type_into(dialog.target, "2.000,75")
    press_ok(dialog)
    assert dialog.result_value is not None, [w.text() for w in dialog.form.findChildren(QLabel)]
    (kpi,) = review.list_kpis(ctx.db, plan_id)
    assert (kpi.baseline, kpi.target) == (1250.5, 2000.75)
    edit = KpiDialog(ctx.db, plan_id, kpi)
    qtbot.addWidget(edit)
    assert (edit.baseline.text(), edit.target.text()) == ("1250,5", "2000,75")
    type_into(edit.target, "2000.75")
    press_ok(edit)
    assert "decimal separator" in edit.form.error_text("target")
    assert review.list_kpis(ctx.db, plan_id)[0].target == 2000.75


def test_date_editor_follows_the_locale_and_reads_typed_dates(qtbot) -> None:  # type: ignore[no-untyped-def]
    numbers.set_locale("it_IT")
    edit = DateEdit()
    qtbot.addWidget(edit)
    assert edit.displayFormat() == "dd/MM/yyyy" and edit.calendarPopup()
    assert edit.is_blank() and edit.value() == ""
    edit.set_date(dt.date(2027, 1, 1))
    edit.setFocus()
    edit.lineEdit().selectAll()
    edit.setSelectedSection(DateEdit.Section.DaySection)
    QTest.keyClicks(edit, "30/06/2027")  # as typed: Qt's jump to the month must not skip it
    assert edit.value() == "2027-06-30"
    assert edit.text() == "30/06/2027"
    edit.setSelectedSection(DateEdit.Section.DaySection)
    QTest.keyClicks(edit, "1/2/2028")
    assert edit.value() == "2028-02-01"
    edit.setSelectedSection(DateEdit.Section.DaySection)
    QTest.keyClicks(edit, "15032029")
    assert edit.value() == "2029-03-15"
    edit.set_date(None)
    assert edit.value() == "" and edit.date_value() is None
    numbers.set_locale("en_US")
    us = DateEdit(dt.date(2027, 6, 30), optional=False)
    qtbot.addWidget(us)
    assert us.displayFormat() == "M/d/yyyy" and us.text() == "6/30/2027"
    assert us.date() == QDate(2027, 6, 30)


@pytest.mark.parametrize(
    ("locale_name", "start", "typed", "expected"),
    [
        ("it_IT", dt.date(2027, 1, 7), "31/03/2027", "2027-03-31"),  # Ctrl+A over a date: was 07/03/2027
        ("it_IT", dt.date(2027, 2, 10), "31/03/2027", "2027-03-31"),  # over February: 31 not cut to 28
        ("it_IT", None, "31/03/2027", "2027-03-31"),  # a blank field in a 30-day month: was 30/03/2027
        ("en_US", dt.date(2027, 2, 10), "3/31/2027", "2027-03-31"),
        ("en_US", None, "12/31/2026", "2026-12-31"),
    ],
)
def test_a_whole_date_typed_over_a_selected_or_blank_field_is_read_as_typed(  # type: ignore[no-untyped-def]
    qtbot, locale_name: str, start: dt.date | None, typed: str, expected: str
) -> None:
    numbers.set_locale(locale_name)
    try:
        edit = DateEdit(start)
        qtbot.addWidget(edit)
        edit.show()
        edit.setFocus()
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(edit, typed)
        assert edit.value() == expected
    finally:
        numbers.set_locale("en_US")
