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
    focus,
    in_dialog,
    pick,
    press,
    tab_to,
    tab_to_widget,
    type_date,
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
def no_questions(prompter):  # type: ignore[no-untyped-def]
    """Nothing in these walks asks a question (checked after each test)."""
    yield prompter
    assert prompter.asked == []


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


def table_rows(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


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
    assert page.no_centres.isVisible()  # none yet: added from here, not a dead end

    def centre_steps(d: QDialog) -> None:
        type_text("Plant Gdansk")
        accept(d)

    dialog(qtbot, page.add_centre_button, centre_steps)
    assert [page.centres.item(i).text() for i in range(page.centres.count())] == ["Plant Gdansk"]
    assert page.centres.item(0).checkState() == Qt.CheckState.Checked
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
    assert len(view.target_buying_centres) == 1
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


def tab_status(tab) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(tab.status.text())
    return document.toPlainText()


# --- Action plan ---------------------------------------------------------------------------------


def test_action_plan_by_keyboard_from_an_empty_database(qtbot, ctx, account_id) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services import action_plan as ap
    from kam_desktop.services import research

    wizard = open_wizard(qtbot, ctx, account_id, Phase.ACTION_PLAN)
    assert wizard.current_key() == "action.case"
    case = wizard.currentPage()
    next_page(wizard)  # an empty compelling case does not pass: the first field marked * says why
    assert wizard.current_key() == "action.case"
    assert case.form.error_text("problem") == "Describe the customer's problem: the case starts there."
    assert ap.list_value_propositions(ctx.db, wizard.plan_id) == ()
    tab_to_widget(case.form.title)
    type_text("Uptime as a service")
    tab_to_widget(case.form.problem)
    type_text("Unplanned stops cost them a shift a week")
    tab_to_widget(case.form.solution)
    type_text("Predictive maintenance on lines 1 to 4")
    next_page(wizard)

    assert wizard.current_key() == "action.from_research"
    page = wizard.currentPage()
    assert page.no_objectives.isVisible()  # a dead end, with its way out

    def objective_steps(d: QDialog) -> None:
        tab_to("objective_description")
        type_text("Cut unplanned stops by half")
        accept(d)

    dialog(qtbot, page.no_objectives.button, objective_steps)
    assert not page.no_objectives.isVisible()
    next_page(wizard)

    assert wizard.current_key() == "action.actions"
    page = wizard.currentPage()
    assert page.no_team.isVisible()  # nobody can own an action yet: add someone from here

    def member_steps(d: QDialog) -> None:
        tab_to_widget(d.name)
        type_text("Erik Lindqvist")
        accept(d)

    dialog(qtbot, page.no_team.button, member_steps)
    assert not page.no_team.isVisible()
    (objective,) = strategy.list_objectives(ctx.db, wizard.plan_id)
    (member,) = research.list_team_members(ctx.db)

    def action_steps(d: QDialog) -> None:
        tab_to_widget(d.title)
        type_text("Pilot on line 2")
        pick(d.objective, objective.id)
        pick(d.owner, member.id)
        tab_to_widget(d.due)
        type_date(dt.date(2027, 1, 15))
        tab_to_widget(d.title, back=True)
        accept(d)

    dialog(qtbot, page.panel.new_button, action_steps)
    assert "✔" in page.check.text()
    next_page(wizard)
    assert wizard.current_key() == "action.whitespace"
    next_page(wizard)
    finish_phase(qtbot, wizard)

    assert phase_done(ctx, account_id, Phase.ACTION_PLAN) == (PhaseStatus.DONE, TODAY)
    from kam_desktop.ui.account.action_plan.tab import Tab

    tab = Tab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account_id)
    assert "Done (11/20/2026)" in tab_status(tab)
    assert table_rows(tab.actions.table) == [
        [
            "Pilot on line 2",
            "Cut unplanned stops by half",
            "Erik Lindqvist",
            "1/15/2027",
            "Planned",
            "",
            "Objective",
            "",
        ]
    ]


# --- Execution -----------------------------------------------------------------------------------


def test_execution_by_keyboard_from_an_empty_database(qtbot, ctx, account_id) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, ctx, account_id, Phase.EXECUTION)
    assert wizard.current_key() == "execution.opportunities"
    page = wizard.currentPage()

    def opportunity_steps(d: QDialog) -> None:
        tab_to_widget(d.title)
        type_text("Retrofit of line 4")
        pick(d.focus, GrowthFocus.EXPANSION)
        tab_to_widget(d.close_date)
        type_date(dt.date(2027, 3, 31))
        tab_to_widget(d.title, back=True)
        accept(d)

    dialog(qtbot, _button(page, "btn_new_opportunity"), opportunity_steps)
    next_page(wizard)

    assert wizard.current_key() == "execution.interactions"
    page = wizard.currentPage()

    def interaction_steps(d: QDialog) -> None:
        tab_to_widget(d.on_date)
        type_date(dt.date(2026, 11, 3))  # earlier this month, before the day the plan was made
        tab_to_widget(d.subject)
        type_text("Plant visit with the COO")
        accept(d)

    dialog(qtbot, _button(page, text="Log interaction…"), interaction_steps)
    next_page(wizard)
    assert wizard.current_key() == "execution.competitors"
    next_page(wizard)
    assert wizard.current_key() == "execution.board"
    next_page(wizard)
    finish_phase(qtbot, wizard)

    assert phase_done(ctx, account_id, Phase.EXECUTION) == (PhaseStatus.DONE, TODAY)
    from kam_desktop.ui.account.execution.tab import Tab

    tab = Tab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account_id)
    assert "Done (11/20/2026)" in tab_status(tab)
    assert table_rows(tab.opportunities.table) == [
        ["Retrofit of line 4", "—", "—", "Expansion", "Identified", "0", "10%", "0", "3/31/2027"]
    ]


def _button(page, name: str = "", text: str = ""):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    for button in page.findChildren(QPushButton):
        if (name and button.objectName() == name) or (text and button.text() == text):
            return button
    raise AssertionError(name or text)


# --- Review --------------------------------------------------------------------------------------


def test_review_by_keyboard_from_an_empty_database(qtbot, ctx, account_id) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services import review as rv

    wizard = open_wizard(qtbot, ctx, account_id, Phase.REVIEW)
    assert wizard.current_key() == "review.kpis"
    page = wizard.currentPage()
    assert not page.kpis.measurement_side.isVisible()  # page 1 defines KPIs only

    def kpi_steps(d: QDialog) -> None:
        tab_to_widget(d.name)
        type_text("Share of wallet")
        tab_to_widget(d.baseline)
        type_text("20")
        tab_to_widget(d.target)
        type_text("35")
        accept(d)

    dialog(qtbot, _button(page, "btn_new_kpi"), kpi_steps)
    next_page(wizard)

    assert wizard.current_key() == "review.measurements"
    page = wizard.currentPage()
    assert page.kpis.measurement_side.isVisible()  # page 2 is not page 1 again
    assert not _button(page, "btn_new_kpi").isVisible()
    tab_to("measurement_value")
    type_text("24")
    press(Qt.Key.Key_Return)
    assert [m.value for m in rv.list_kpis(ctx.db, wizard.plan_id)[0].measurements] == [24.0]
    next_page(wizard)

    assert wizard.current_key() == "review.record"
    tab_to("review_findings")
    type_text("Share of wallet up from 20 to 24 after the pilot")
    next_page(wizard)

    assert wizard.current_key() == "review.finish"
    summary = wizard.currentPage().history.toPlainText()
    assert "Findings\nShare of wallet up from 20 to 24 after the pilot" in summary
    finish_phase(qtbot, wizard)

    assert phase_done(ctx, account_id, Phase.REVIEW) == (PhaseStatus.DONE, TODAY)
    (review,) = rv.list_reviews(ctx.db, wizard.plan_id)
    assert review.findings == "Share of wallet up from 20 to 24 after the pilot"
    from kam_desktop.ui.account.review.tab import Tab

    tab = Tab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account_id)
    assert "Done (11/20/2026)" in tab_status(tab)


# --- Research answering: a layout that does not move ---------------------------------------------


def test_the_answer_box_stays_put_and_a_scripted_click_there_answers_the_right_question(
    qtbot, ctx, account_id
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from kam_desktop.services import research

    plan_id = plans.ensure_plan(ctx.db, account_id).id
    long = research.add_custom_question(
        ctx.db,
        plan_id,
        3,
        "Which of the trends in their industry - energy prices, the shortage of skilled "
        "maintenance staff, the new reporting duties on emissions, nearshoring of suppliers, "
        "consolidation among their own customers - will change what they buy from us in the "
        "next two years, who in their organisation is preparing for it, and what have they "
        "said about it in their annual report, at trade fairs and in our last business review?",
    )
    wizard = open_wizard(qtbot, ctx, account_id, Phase.RESEARCH)
    wizard.resize(960, 720)
    next_page(wizard)
    questions = wizard.currentPage().questions
    rows = research.list_questions(ctx.db, wizard.plan_id)
    short = min(rows, key=lambda r: len(r.text) + len(r.hint))
    assert len(long.text) > 2 * (len(short.text) + len(short.hint))
    box = questions.editor.answer

    def where() -> tuple[QPoint, int, int]:
        qtbot.wait(1)  # let the layout settle (no sleep: one event-loop turn)
        return box.mapTo(wizard, QPoint(0, 0)), box.width(), box.height()

    questions.select_key(short.key)
    at_short = where()
    questions.select_key(long.key)
    at_long = where()
    assert at_short == at_long
    assert at_short[2] >= 7 * box.fontMetrics().lineSpacing()  # a large box

    # the scripted run: click where the box was, type, Save and next - the answer is the long one's
    QTest.mouseClick(box.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    type_text("Their COO owns uptime")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = {r.key: r.answer for r in research.list_questions(ctx.db, wizard.plan_id)}
    assert saved[long.key] == "Their COO owns uptime"
    assert sum(1 for a in saved.values() if a) == 1
    assert questions.editor.row.key != long.key  # moved on to the next question
    assert focus() is box

    # Previous question (Ctrl+Page Up) goes back to it, with the answer shown in full
    press(Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert questions.editor.row.key == long.key
    assert box.toPlainText() == "Their COO owns uptime"
    assert long.text in questions.editor.question.text()  # the full question, not cut


def test_execution_offers_to_start_the_plan_on_the_day_of_an_earlier_meeting(qtbot, ctx, account_id) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.domain.enums import InteractionKind
    from kam_desktop.services import execution
    from kam_desktop.services import interactions as ix

    plan = plans.ensure_plan(ctx.db, account_id)
    strategy.set_period(ctx.db, plan.id, TODAY, dt.date(2027, 11, 19), plan.rigour)
    ix.save_interaction(
        ctx.db,
        account_id,
        ix.InteractionInput(InteractionKind.MEETING, dt.date(2026, 11, 12), subject="Visit"),
    )
    execution.save_opportunity(
        ctx.db,
        account_id,
        execution.OpportunityInput(
            "Line 4 retrofit", GrowthFocus.EXPANSION, expected_close=dt.date(2027, 3, 1)
        ),
    )
    wizard = open_wizard(qtbot, ctx, account_id, Phase.EXECUTION)
    wizard.go_to("execution.finish")
    page = wizard.currentPage()
    assert not page.done_box.isEnabled()
    assert page.move_start.isVisible()
    assert page.move_start.label.text() == (
        "The plan starts on 11/20/2026; the interaction of 11/12/2026 would count if it started then."
    )
    activate(page.move_start.button)
    assert plans.get_plan(ctx.db, account_id).period_start == dt.date(2026, 11, 12)
    assert not page.move_start.isVisible()
    finish_phase(qtbot, wizard)
    assert phase_done(ctx, account_id, Phase.EXECUTION) == (PhaseStatus.DONE, TODAY)
