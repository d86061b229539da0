"""The Strategy and Research wizards, the overview's progress strip, and the research widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWizard

from kam_desktop.domain.enums import (
    AccountStatus,
    GrowthFocus,
    Phase,
    PhaseStatus,
    ResearchStatus,
    TopicDecision,
)
from kam_desktop.services import accounts, plans, research, strategy
from kam_desktop.services import stakeholders as sh
from kam_desktop.store.database import Database
from kam_desktop.store.models import TeamMember
from kam_desktop.ui.account.strategy.objectives import ObjectiveDialog
from kam_desktop.ui.wizards.base import PhaseWizard
from tests.conftest import hostile_strings


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):  # type: ignore[no-untyped-def]
    """A question box would block the test: fail loudly instead."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected question box: {args[2:]}")

    monkeypatch.setattr(QMessageBox, "question", refuse)


def add_member(db: Database, name: str) -> int:
    with db.session() as session:
        member = TeamMember(name=name, function="Engineer")
        session.add(member)
        session.flush()
        return member.id


@pytest.fixture
def key_account(ctx) -> int:  # type: ignore[no-untyped-def]
    account = accounts.create_account(
        ctx.db, accounts.AccountInput("Acme Logistics", current_revenue="2000000")
    )
    accounts.change_status(ctx.db, account.id, AccountStatus.KEY)
    accounts.save_buying_centre(ctx.db, account.id, "Operations")
    sh.save_stakeholder(
        ctx.db, account.id, sh.StakeholderInput("Anna Rossi", "COO", decision_role="decision_maker")
    )
    return account.id


def make_wizard(qtbot, ctx, account_id: int, phase: Phase) -> PhaseWizard:  # type: ignore[no-untyped-def]
    wizard = PhaseWizard(ctx, account_id, phase)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def key_of(wizard: PhaseWizard) -> str:
    return wizard.currentPage().spec.key  # type: ignore[attr-defined, no-any-return]


@pytest.mark.parametrize(
    ("lang", "typed", "shown"),
    [("en", "2,500,000", "+25.0%"), ("it", "2.500.000", "+25,0%"), ("it", "1.700.000,50", "-15,0%")],
)
def test_revenue_growth_is_shown_in_the_interfaces_locale(  # type: ignore[no-untyped-def]
    qtbot, ctx, key_account: int, lang: str, typed: str, shown: str
) -> None:
    from kam_desktop.ui.common.language import install_language

    install_language(lang)
    try:
        wizard = make_wizard(qtbot, ctx, key_account, Phase.STRATEGY)
        page = wizard.page_for("strategy.revenue")
        wizard.setStartId(next(i for i in wizard.pageIds() if wizard.page(i) is page))
        wizard.restart()
        assert key_of(wizard) == "strategy.revenue"
        before = page.target.text()
        page.target.setText(typed)
        assert page.growth.text() == shown
        page.target.setText(before)  # nothing to save: closing asks nothing
    finally:
        install_language("en")


def fake_objective_exec(dialog: ObjectiveDialog) -> int:
    dialog.set_focus(GrowthFocus.PENETRATION)
    dialog.description.setText("Open Plant Gdańsk as a buying centre")
    dialog.target.setPlainText("First order of €100k")
    dialog.due.set_date(dt.date(2027, 3, 31))
    dialog.save()
    return dialog.result()


def run_strategy(qtbot, ctx, account_id: int, monkeypatch) -> PhaseWizard:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ObjectiveDialog, "exec", fake_objective_exec)
    wizard = make_wizard(qtbot, ctx, account_id, Phase.STRATEGY)
    assert key_of(wizard) == "strategy.period"
    wizard.next()
    page = wizard.currentPage()
    assert key_of(wizard) == "strategy.statement"
    page.what.setPlainText("Become their uptime partner")
    page.with_whom.setPlainText("The COO's operations team")
    page.why.setPlainText("They are consolidating suppliers")
    page.centres.item(0).setCheckState(page.centres.item(0).checkState().Checked)
    wizard.next()
    page = wizard.currentPage()
    assert key_of(wizard) == "strategy.topics"
    page.set_decision(GrowthFocus.PENETRATION, TopicDecision.FOCUS)
    page.set_decision(GrowthFocus.EXPANSION, TopicDecision.NOT_THIS_PERIOD)
    page.set_decision(GrowthFocus.PROTECTION, TopicDecision.NOT_THIS_PERIOD)
    wizard.next()
    page = wizard.currentPage()
    assert key_of(wizard) == "strategy.objectives"
    page.objectives.add()
    assert page.objectives.model.rowCount() == 1
    assert "Every focus topic" in page.focus_note.text()
    wizard.next()
    page = wizard.currentPage()
    assert key_of(wizard) == "strategy.revenue"
    page.target.setText("2500000")
    assert page.growth.text() == "+25.0%"  # the English form; the Italian one: test below
    wizard.next()
    page = wizard.currentPage()
    assert key_of(wizard) == "strategy.finish"
    assert page.done_box.isEnabled()
    page.done_box.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    return wizard


def test_strategy_wizard_end_to_end(qtbot, ctx, key_account, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    run_strategy(qtbot, ctx, key_account, monkeypatch)
    view = strategy.get_strategy(ctx.db, key_account)
    assert view.what == "Become their uptime partner"
    assert len(view.target_buying_centres) == 1
    assert view.topics[GrowthFocus.EXPANSION] is TopicDecision.NOT_THIS_PERIOD
    assert [o.description for o in view.objectives] == ["Open Plant Gdańsk as a buying centre"]
    assert str(view.revenue_target) == "2500000.00"
    plan = plans.get_plan(ctx.db, key_account)
    assert plan is not None and plan.phase(Phase.STRATEGY).status is PhaseStatus.DONE


def test_strategy_refuses_bad_input_inline_and_light_rigour_skips_revenue(qtbot, ctx, key_account) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, ctx, key_account, Phase.STRATEGY)
    page = wizard.currentPage()
    page.end.setDate(page.start.date().addDays(-1))
    wizard.next()
    assert key_of(wizard) == "strategy.period"
    assert "end on or after" in page.form.error_text("period_end")
    page.end.setDate(page.start.date().addDays(90))
    page.rigour.setCurrentIndex(page.rigour.findData(page.rigour.itemData(0)))  # light
    wizard.next()
    assert key_of(wizard) == "strategy.statement"
    wizard.next()  # "What" and "Why" are marked *: refused blank, next to the field
    assert key_of(wizard) == "strategy.statement"
    statement = wizard.currentPage()
    assert statement.form.error_text("what") == (
        "What we intend to do is required: fill it in before moving on."
    )
    assert strategy.get_strategy(ctx.db, key_account).what == ""
    statement.what.setPlainText("Grow")
    statement.why.setPlainText("Because")
    for _ in range(2):
        wizard.next()
    assert key_of(wizard) == "strategy.objectives"
    wizard.next()
    assert key_of(wizard) == "strategy.finish"  # no revenue page at light rigour
    assert not wizard.currentPage().done_box.isEnabled()
    assert "Add at least one objective." in wizard.currentPage().status.text()


def test_revenue_target_error_shown_next_to_field(qtbot, ctx, key_account) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, ctx, key_account, Phase.STRATEGY)
    wizard.setStartId(wizard.next_page_id("strategy.objectives"))
    wizard.restart()
    page = wizard.currentPage()
    assert key_of(wizard) == "strategy.revenue"
    page.target.setText("-12")
    wizard.next()
    assert key_of(wizard) == "strategy.revenue"
    assert "negative" in page.form.error_text("revenue_target")
    assert strategy.get_strategy(ctx.db, key_account).revenue_target is None
    page.target.clear()  # a blank target is valid: closing saves it without asking
    wizard.reject()
    assert not wizard.isVisible()


def test_research_wizard_cancel_discards_the_page_keeps_earlier_pages_and_back_works_after_resume(
    qtbot, ctx, key_account, prompter
) -> None:  # type: ignore[no-untyped-def]
    asked = prompter.asked
    maja = add_member(ctx.db, "Maja Nowak")
    add_member(ctx.db, "Erik Lindqvist")
    wizard = make_wizard(qtbot, ctx, key_account, Phase.RESEARCH)
    assert key_of(wizard) == "research.team"
    wizard.currentPage().picker.set_checked(maja)
    wizard.next()
    assert key_of(wizard) == "research.questions"
    questions = wizard.currentPage().questions
    first = questions.editor.row
    questions.editor.answer.setPlainText("We have served them since 2019.")
    wizard.reject()  # Cancel: this page's answer is discarded, after saying so
    assert not wizard.isVisible()
    assert asked == [
        (
            "Discard this page's changes?",
            "What you changed on this page will not be saved. What you saved on earlier pages "
            "stays saved. Close the wizard?",
        )
    ]
    row = next(r for r in research.list_questions(ctx.db, wizard.plan_id) if r.key == first.key)
    assert (row.answer, row.status) == ("", ResearchStatus.UNANSWERED)
    assert [m.name for m in research.get_core_team(ctx.db, key_account)] == ["Maja Nowak"]

    again = make_wizard(qtbot, ctx, key_account, Phase.RESEARCH)
    assert key_of(again) == "research.questions"  # resumes where the user left off
    assert again.button(QWizard.WizardButton.BackButton).isVisible()
    again.button(QWizard.WizardButton.BackButton).click()
    assert key_of(again) == "research.team"
    assert again.currentPage().picker.selected_ids() == [maja]
    again.reject()  # nothing changed on this page: no question
    assert len(asked) == 1

    third = make_wizard(qtbot, ctx, key_account, Phase.RESEARCH)
    third.go_to("research.qualify")
    third.button(QWizard.WizardButton.BackButton).click()  # one page back, not two
    assert third.current_key() == "research.trends_needs"
    third.button(QWizard.WizardButton.BackButton).click()
    assert third.current_key() == "research.competitors"


def test_answering_changes_category_completeness(qtbot, ctx, key_account) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.research.questions import QuestionsWidget

    plan_id = plans.ensure_plan(ctx.db, key_account).id
    widget = QuestionsWidget(ctx)
    qtbot.addWidget(widget)
    widget.set_plan(plan_id)
    widget.category_filter.setCurrentIndex(widget.category_filter.findData(3))
    assert all(
        r.category == 3
        for r in (widget.proxy.index(i, 0).data(0x010B) for i in range(widget.proxy.rowCount()))
    )
    before = widget.progress()[3].addressed
    total = widget.progress()[3].total
    widget.table.selectRow(0)
    widget.editor.answer.setPlainText("Energy prices")
    widget.table.selectRow(1)  # moving on saves the first answer
    assert widget.progress()[3].addressed == before + 1
    widget.editor.status.setCurrentIndex(widget.editor.status.findData(ResearchStatus.NOT_RELEVANT))
    assert widget.commit_current()
    assert widget.progress()[3].addressed == before + 2
    assert widget.progress()[3].percent == round(100 * (before + 2) / total)
    # a due date set in the date editor is saved with the answer
    widget.table.selectRow(2)
    widget.editor.status.setCurrentIndex(widget.editor.status.findData(ResearchStatus.NEEDS_RESEARCH))
    widget.editor.due.set_date(dt.date(2026, 12, 1))
    assert widget.commit_current()


def test_custom_question_and_todo(qtbot, prompter, ctx, key_account, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.research import questions as qw
    from kam_desktop.ui.account.research.questions_models import CustomQuestionDialog
    from kam_desktop.ui.account.research.todo import ResearchTodoWidget

    owner = add_member(ctx.db, "Erik")
    plan_id = plans.ensure_plan(ctx.db, key_account).id

    def fake_exec(dialog: CustomQuestionDialog) -> int:
        dialog.category.setCurrentIndex(dialog.category.findData(6))
        dialog.text.setPlainText("Who lost the last tender?")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(CustomQuestionDialog, "exec", fake_exec)
    widget = qw.QuestionsWidget(ctx)
    qtbot.addWidget(widget)
    widget.set_plan(plan_id)
    widget.add_question()
    assert widget.editor.row is not None and widget.editor.row.custom
    widget.editor.status.setCurrentIndex(widget.editor.status.findData(ResearchStatus.NEEDS_RESEARCH))
    widget.editor.owner.setCurrentIndex(widget.editor.owner.findData(owner))
    widget.editor.due.set_date(dt.date(2026, 12, 1))
    assert widget.commit_current()
    todo = ResearchTodoWidget(ctx)
    qtbot.addWidget(todo)
    todo.set_plan(plan_id)
    assert [(r.text, r.owner_name) for r in todo.rows()] == [("Who lost the last tender?", "Erik")]
    widget.delete_selected()
    assert all(not r.custom for r in widget.rows())
    widget.undo_bar.undo_button.click()
    assert any(r.custom for r in widget.rows())


def test_qualification_no_demotes_with_reason(qtbot, ctx, key_account) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, ctx, key_account, Phase.RESEARCH)
    wizard.setStartId(wizard.next_page_id("research.trends_needs"))
    wizard.restart()
    page = wizard.currentPage()
    assert key_of(wizard) == "research.qualify"
    page.no.setChecked(True)
    assert "standard" in page.warning.text()
    wizard.next()
    assert key_of(wizard) == "research.qualify"  # a reason is required
    assert page.form.error_text("qualification_note")
    assert accounts.get_account(ctx.db, key_account).account.status is AccountStatus.KEY
    page.note.setPlainText("No budget for three years")
    wizard.next()
    assert key_of(wizard) == "research.finish"
    detail = accounts.get_account(ctx.db, key_account)
    assert detail.account.status is AccountStatus.STANDARD
    assert detail.status_history[0].reason == "No budget for three years"


def test_hostile_strings_in_answers_and_stakeholder_names(qtbot, ctx, key_account) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.research.questions import QuestionsWidget
    from kam_desktop.ui.account.research.stakeholder_dialog import StakeholderDialog

    plan_id = plans.ensure_plan(ctx.db, key_account).id
    widget = QuestionsWidget(ctx)
    qtbot.addWidget(widget)
    widget.set_plan(plan_id)
    widget.table.selectRow(0)
    key = widget.editor.row.key
    for text in hostile_strings():
        widget.editor.answer.setPlainText(text)
        typed = widget.editor.answer.toPlainText()  # what the widget holds (Qt drops \r, a BOM)
        widget.editor.status.setCurrentIndex(widget.editor.status.findData(ResearchStatus.NOT_RELEVANT))
        if widget.commit_current():
            stored = next(r for r in research.list_questions(ctx.db, plan_id) if r.key == key)
            assert stored.answer == typed
            assert widget.editor.answer.toPlainText() == typed  # shown again as stored
        else:
            assert widget.editor.form.error_text("answer")
            widget.editor.set_row(widget.editor.row)
        dialog = StakeholderDialog(ctx, key_account)
        qtbot.addWidget(dialog)
        dialog.name.setText(text)
        typed = dialog.name.text()
        dialog.save()
        if dialog.result_view is not None:
            assert sh.get_stakeholder(ctx.db, dialog.result_view.id).name == typed.strip()
        else:
            assert dialog.form.error_text("name")


def test_overview_shows_both_phases_real_state(qtbot, demo_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.overview_tab import Tab

    account_id = next(
        r.id
        for r in __import__("kam_desktop.services.portfolio", fromlist=["x"]).load_portfolio(demo_ctx.db).rows
        if r.status is AccountStatus.KEY
    )
    tab = Tab(demo_ctx)
    qtbot.addWidget(tab)
    tab.set_account(account_id)
    monkeypatch.setattr(ObjectiveDialog, "exec", fake_objective_exec)
    plan = plans.get_plan(demo_ctx.db, account_id)
    assert plan is not None
    for phase in Phase:  # start over: nothing done
        plans.set_phase_status(demo_ctx.db, plan.id, phase, PhaseStatus.IN_PROGRESS)
    tab.refresh()
    assert "In progress" in tab.cards[Phase.STRATEGY].status.text()
    wizard = tab.open_wizard(Phase.STRATEGY)
    assert wizard is not None  # a child of the tab: closed and deleted with it
    wizard.button(QWizard.WizardButton.FinishButton).click()  # finish early; its page is saved
    qtbot.waitUntil(lambda: not wizard.isVisible())
    research_wizard = tab.open_wizard(Phase.RESEARCH)
    assert research_wizard is not None
    research_wizard.go_to("research.qualify")  # whatever the plan's rigour shows before it
    page = research_wizard.currentPage()
    assert page.spec.key == "research.qualify"
    page.yes.setChecked(True)
    research_wizard.next()
    finish = research_wizard.currentPage()
    assert finish.spec.key == "research.finish"
    expected = plans.get_plan(demo_ctx.db, account_id).phase(Phase.RESEARCH)  # type: ignore[union-attr]
    if expected.rule_holds:
        finish.done_box.setChecked(True)
    research_wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not research_wizard.isVisible())
    plan = plans.get_plan(demo_ctx.db, account_id)
    assert plan is not None
    for phase in (Phase.STRATEGY, Phase.RESEARCH):
        card, view = tab.cards[phase], plan.phase(phase)
        assert view.status.label in card.status.text()
        assert card.done_button.isEnabled() == (view.rule_holds or view.status is PhaseStatus.DONE)
        for gap in view.missing[:4]:
            assert gap.replace("'", "&#x27;") in card.missing.text() or gap in card.missing.text()
    assert plan.phase(Phase.RESEARCH).status is (
        PhaseStatus.DONE if expected.rule_holds else PhaseStatus.IN_PROGRESS
    )
    # mark strategy done from the strip when its rule holds
    if plan.phase(Phase.STRATEGY).rule_holds:
        tab.cards[Phase.STRATEGY].done_button.click()
        assert plans.get_plan(demo_ctx.db, account_id).phase(Phase.STRATEGY).status is PhaseStatus.DONE  # type: ignore[union-attr]
        assert "Done" in tab.cards[Phase.STRATEGY].status.text()


def test_table_models(qtmodeltester, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.research.market import COMPETITOR_COLUMNS, NEED_COLUMNS, TREND_COLUMNS
    from kam_desktop.ui.account.research.questions_models import CategoryModel, QuestionsModel, TodoModel
    from kam_desktop.ui.account.strategy.objectives import ObjectivesModel
    from kam_desktop.ui.common.table_model import RowTableModel

    account_id = 1
    plan = plans.get_plan(demo_ctx.db, account_id)
    assert plan is not None
    rows = research.list_questions(demo_ctx.db, plan.id)
    cases = [
        (ObjectivesModel(), strategy.list_objectives(demo_ctx.db, plan.id)),
        (QuestionsModel(), rows),
        (CategoryModel(), research.summarise(rows)),
        (TodoModel(), research.research_todo(demo_ctx.db, plan.id)),
        (RowTableModel(COMPETITOR_COLUMNS), sh.list_competitors(demo_ctx.db, account_id)),
        (RowTableModel(TREND_COLUMNS), sh.list_trends(demo_ctx.db, account_id)),
        (RowTableModel(NEED_COLUMNS), sh.list_needs(demo_ctx.db, account_id)),
    ]
    for model, data in cases:
        model.set_rows(data)
        assert model.rowCount() == len(data)
        qtmodeltester.check(model)


WIZARD_TITLES = {
    Phase.STRATEGY: "Strategy: what, with whom, and why",
    Phase.RESEARCH: "Research: the team and the facts",
    Phase.ACTION_PLAN: "Action plan: the compelling case and the actions",
    Phase.EXECUTION: "Execution: opportunities, interactions, competitors",
    Phase.REVIEW: "Review: KPIs and adjustments",
}


@pytest.mark.parametrize("phase", list(Phase))
def test_wizard_screenshot_view_opens_every_phase(qtbot, demo_ctx, phase) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.portfolio import load_portfolio
    from kam_desktop.ui.wizards.screens import open_wizard_on, parse_argument

    name = next(r.name for r in load_portfolio(demo_ctx.db).rows if r.status is AccountStatus.KEY)
    finish = f"{'action' if phase is Phase.ACTION_PLAN else phase.value}.finish"
    parsed = parse_argument(f"{phase.value}:{name}:{finish}")
    assert parsed == (phase, name, finish)

    class Window:
        ctx = demo_ctx

    wizard = open_wizard_on(Window(), phase, accounts.find_account_id(demo_ctx.db, name), finish)
    qtbot.addWidget(wizard)
    assert key_of(wizard) == finish
    assert (wizard.windowTitle(), wizard.currentPage().title()) == (WIZARD_TITLES[phase], "Check and finish")
    image = wizard.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # text and widgets were painted, not an empty frame
