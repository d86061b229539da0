"""Each of the five phase wizards walked by keyboard only (Tab, typing, Space, Return,
Ctrl+Enter), from an empty database (the account created through the service) to a completed
phase; then what the plan shows: the phase done on today's date, and the records in the phase's
tab. Plus: a field marked * refused blank at Next, next to the field; Cancel keeps earlier pages;
Save and next with Ctrl+Enter in a layout that does not move; Back after resuming."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from kam_desktop.domain.enums import GrowthFocus, Phase, PhaseStatus, TopicDecision
from kam_desktop.services import accounts, clock, plans, strategy
from kam_desktop.ui.wizards.base import PhaseWizard
from tests.gui.keyboard import (
    accept,
    activate,
    choose,
    in_dialog,
    pick,
    press,
    tab_to,
    tab_to_widget,
    type_text,
)

TODAY = dt.date(2026, 11, 20)
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture(autouse=True)
def pinned_today() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):  # type: ignore[no-untyped-def]
    from kam_desktop.ui.wizards import base

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected question: {args[1:]}")

    monkeypatch.setattr(base, "confirm", refuse)


@pytest.fixture
def account_id(ctx) -> int:  # type: ignore[no-untyped-def]
    return accounts.create_account(ctx.db, accounts.AccountInput("Baltic Logistics")).id


def open_wizard(qtbot, ctx, account_id: int, phase: Phase) -> PhaseWizard:  # type: ignore[no-untyped-def]
    wizard = PhaseWizard(ctx, account_id, phase)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def next_page(wizard: PhaseWizard) -> None:
    activate(wizard.button(NEXT))


def dialog(qtbot, opener, steps) -> None:  # type: ignore[no-untyped-def]
    """Press the button ``opener`` (by keyboard) and drive the modal dialog it opens by ``steps``."""
    errors = in_dialog(steps)
    window = opener.window()
    activate(opener)
    assert errors == []
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def finish_phase(qtbot, wizard: PhaseWizard) -> None:  # type: ignore[no-untyped-def]
    assert wizard.current_key() == wizard.flow.finish_key
    page = wizard.currentPage()
    assert page.done_box.isEnabled(), page.status.text()
    tab_to("mark_done")
    press(Qt.Key.Key_Space)
    activate(wizard.button(FINISH))
    qtbot.waitUntil(lambda: not wizard.isVisible())


def phase_done(ctx, account_id: int, phase: Phase) -> tuple[PhaseStatus, dt.date | None]:  # type: ignore[no-untyped-def]
    plan = plans.get_plan(ctx.db, account_id)
    assert plan is not None
    return plan.phase(phase).status, plan.phase(phase).completed_on


def table_texts(table, column: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


# --- Strategy ------------------------------------------------------------------------------------


def test_strategy_by_keyboard_from_an_empty_database(qtbot, ctx, account_id) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, ctx, account_id, Phase.STRATEGY)
    assert wizard.current_key() == "strategy.period"
    next_page(wizard)  # the period proposed: from the first of this month, for a year

    assert wizard.current_key() == "strategy.statement"
    page = wizard.currentPage()
    next_page(wizard)  # "What" is marked *: refused blank, the message next to it, nothing written
    assert wizard.current_key() == "strategy.statement"
    assert page.form.error_text("what") == "What we intend to do is required: fill it in before moving on."
    assert strategy.get_strategy(ctx.db, account_id).what == ""
    tab_to("strategy_what")
    type_text("Become their partner for uptime")
    tab_to("strategy_with_whom")
    type_text("The COO's operations team")
    tab_to("strategy_why")
    type_text("They are consolidating suppliers")
    next_page(wizard)

    assert wizard.current_key() == "strategy.topics"
    topics = wizard.currentPage()
    choose(topics.buttons[(GrowthFocus.PENETRATION, TopicDecision.FOCUS)])
    choose(topics.buttons[(GrowthFocus.EXPANSION, TopicDecision.NOT_THIS_PERIOD)])
    choose(topics.buttons[(GrowthFocus.PROTECTION, TopicDecision.NOT_THIS_PERIOD)])
    next_page(wizard)

    assert wizard.current_key() == "strategy.objectives"
    page = wizard.currentPage()
    assert page.focus_note.text() == "Your focus topics still without an objective: penetration."

    def new_objective(d: QDialog) -> None:
        assert d.focus.currentData() == GrowthFocus.PENETRATION  # the topic still missing one
        tab_to("objective_description")
        type_text("Open Plant Gdansk as a buying centre")
        press(Qt.Key.Key_Return)

    dialog(qtbot, page.objectives.add_button, new_objective)
    assert page.focus_note.text() == "✔ Every focus topic has an objective."
    next_page(wizard)

    assert wizard.current_key() == "strategy.revenue"
    tab_to("revenue_target")
    type_text("2500000")
    next_page(wizard)
    finish_phase(qtbot, wizard)

    assert phase_done(ctx, account_id, Phase.STRATEGY) == (PhaseStatus.DONE, TODAY)
    from kam_desktop.ui.account.strategy.tab import Tab

    tab = Tab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account_id)
    assert table_texts(tab.objectives.table, 1) == ["Open Plant Gdansk as a buying centre"]
    view = strategy.get_strategy(ctx.db, account_id)
    assert (view.what, view.topics[GrowthFocus.EXPANSION], str(view.revenue_target)) == (
        "Become their partner for uptime",
        TopicDecision.NOT_THIS_PERIOD,
        "2500000.00",
    )


# --- Research ------------------------------------------------------------------------------------


def test_research_by_keyboard_from_an_empty_database(qtbot, ctx, account_id) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.domain.enums import DecisionRole, ResearchStatus
    from kam_desktop.services import research

    wizard = open_wizard(qtbot, ctx, account_id, Phase.RESEARCH)
    assert wizard.current_key() == "research.team"
    page = wizard.currentPage()
    assert page.picker.stack.currentWidget() is page.picker.empty  # no team yet: not a dead end

    def member_steps(d: QDialog) -> None:
        tab_to_widget(d.name)
        type_text("Maja Nowak")
        tab_to_widget(d.function)
        type_text("Service lead")
        accept(d)

    dialog(qtbot, page.add_member_button, member_steps)
    assert page.picker.selected_ids() != []  # saved to the team and ticked
    next_page(wizard)

    assert wizard.current_key() == "research.questions"
    questions = wizard.currentPage().questions
    tab_to("answer_edit")
    total = questions.proxy.rowCount()
    for number in range(total):
        type_text(f"Answer {number + 1}")
        press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Save and next
    rows = research.list_questions(ctx.db, wizard.plan_id)
    assert sorted(r.answer for r in rows) == sorted(f"Answer {n + 1}" for n in range(total))
    assert {r.status for r in rows} == {ResearchStatus.ANSWERED}
    next_page(wizard)

    assert wizard.current_key() == "research.stakeholders"
    people = wizard.currentPage().stakeholders

    def stakeholder_steps(d: QDialog) -> None:
        tab_to("stakeholder_name")
        type_text("Anna Rossi")
        pick(d.role, DecisionRole.DECISION_MAKER)
        accept(d)

    dialog(qtbot, people.add_button, stakeholder_steps)
    next_page(wizard)
    assert wizard.current_key() == "research.competitors"
    next_page(wizard)
    assert wizard.current_key() == "research.trends_needs"
    next_page(wizard)
    assert wizard.current_key() == "research.qualify"
    choose(wizard.currentPage().yes)
    next_page(wizard)
    finish_phase(qtbot, wizard)

    assert phase_done(ctx, account_id, Phase.RESEARCH) == (PhaseStatus.DONE, TODAY)
    assert [m.name for m in research.get_core_team(ctx.db, account_id)] == ["Maja Nowak"]
    from kam_desktop.ui.account.research.tab import Tab

    tab = Tab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account_id)
    assert table_texts(tab.stakeholders.table) == ["Anna Rossi"]
