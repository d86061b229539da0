"""Undo / redo of plan edits through the one stack: an objective edit in the Strategy tab and a
stakeholder delete in the Research tab, with Ctrl+Z / Ctrl+Shift+Z pressed in the tab itself;
the UndoBar after a delete undoes the same command."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kam_desktop.domain.enums import AccountStatus, GrowthFocus
from kam_desktop.services import accounts, plans, strategy
from kam_desktop.services import stakeholders as sh
from kam_desktop.ui.account.strategy.objectives import ObjectiveDialog
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.main_window import MainWindow
from tests.gui.press import type_text


@pytest.fixture
def account(ctx: AppContext) -> int:
    made = accounts.create_account(ctx.db, accounts.AccountInput("Acme Logistics"))
    accounts.change_status(ctx.db, made.id, AccountStatus.KEY)
    return made.id


def _window(qtbot, ctx: AppContext, account_id: int, tab: str):  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_account(account_id, tab)
    widget = window.accounts_page.workspace.tab(tab)
    qtbot.waitUntil(widget.isVisible)
    return window, widget


def _ctrl_z(qtbot, widget, shift: bool = False) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, Qt.Key.Key_Z, modifiers)


def test_undo_and_redo_an_objective_edit_with_ctrl_z_in_the_strategy_tab(
    qtbot, ctx: AppContext, account: int, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    plan_id = plans.ensure_plan(ctx.db, account).id
    made = strategy.save_objective(
        ctx.db,
        plan_id,
        strategy.ObjectiveInput(GrowthFocus.PENETRATION, "Open Plant Gdańsk", "€100k", "2027-03-31"),
    )
    window, tab = _window(qtbot, ctx, account, "Strategy")
    objectives = tab.objectives
    assert [r.description for r in objectives.model.rows()] == ["Open Plant Gdańsk"]

    def edit(dialog: ObjectiveDialog) -> int:
        dialog.show()
        type_text(qtbot, dialog.description, "Open Plant Gdynia")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ObjectiveDialog, "exec", edit)
    objectives.table.selectRow(0)
    qtbot.mouseClick(objectives.edit_button, Qt.MouseButton.LeftButton)
    assert [r.description for r in objectives.model.rows()] == ["Open Plant Gdynia"]
    assert window.undo_actions.undo_action.text() == "&Undo Edit objective “Open Plant Gdańsk”"

    _ctrl_z(qtbot, objectives.table)
    (stored,) = strategy.list_objectives(ctx.db, plan_id)
    assert (stored.id, stored.description, stored.measurable_target, stored.due_date) == (
        made.id,
        "Open Plant Gdańsk",
        "€100k",
        dt.date(2027, 3, 31),
    )
    assert [r.description for r in objectives.model.rows()] == ["Open Plant Gdańsk"]

    _ctrl_z(qtbot, objectives.table, shift=True)
    assert strategy.list_objectives(ctx.db, plan_id)[0].description == "Open Plant Gdynia"
    assert [r.description for r in objectives.model.rows()] == ["Open Plant Gdynia"]


def test_undo_and_redo_a_stakeholder_delete_with_ctrl_z_in_the_research_tab(
    qtbot, ctx: AppContext, account: int, prompter
) -> None:  # type: ignore[no-untyped-def]
    plans.ensure_plan(ctx.db, account)
    anna = sh.save_stakeholder(ctx.db, account, sh.StakeholderInput("Anna Rossi", "COO"))
    sh.save_stakeholder(ctx.db, account, sh.StakeholderInput("Marco Bianchi", "CFO"))
    window, tab = _window(qtbot, ctx, account, "Research")
    people = tab.stakeholders
    tab.sections.setCurrentWidget(people)
    names = lambda: sorted(p.name for p in people.model.rows())  # noqa: E731
    assert names() == ["Anna Rossi", "Marco Bianchi"]

    row = next(
        r
        for r in range(people.table.model().rowCount())
        if "Anna" in str(people.table.model().index(r, 0).data())
    )
    people.table.selectRow(row)
    qtbot.mouseClick(people.delete_button, Qt.MouseButton.LeftButton)
    assert prompter.asked == [
        (
            "Delete stakeholder",
            "Move Anna Rossi to the trash? People who report to them move to the top of the org chart "
            "until you undo.",
        )
    ]
    assert names() == ["Marco Bianchi"]
    assert people.undo_bar.isVisible()
    assert people.undo_bar.label.text() == "Moved to the trash: stakeholder “Anna Rossi”."
    assert window.undo_actions.undo_action.text() == "&Undo Delete stakeholder “Anna Rossi”"

    _ctrl_z(qtbot, people.table)
    assert sorted(p.name for p in sh.list_stakeholders(ctx.db, account)) == ["Anna Rossi", "Marco Bianchi"]
    assert names() == ["Anna Rossi", "Marco Bianchi"]
    assert not people.undo_bar.isVisible()

    _ctrl_z(qtbot, people.table, shift=True)
    assert [p.name for p in sh.list_stakeholders(ctx.db, account)] == ["Marco Bianchi"]
    assert names() == ["Marco Bianchi"]
    assert anna.id not in [p.id for p in people.model.rows()]


def test_the_undo_bar_undoes_the_delete_it_was_shown_for(
    qtbot, ctx: AppContext, account: int, prompter
) -> None:  # type: ignore[no-untyped-def]
    plan_id = plans.ensure_plan(ctx.db, account).id
    strategy.save_objective(
        ctx.db, plan_id, strategy.ObjectiveInput(GrowthFocus.EXPANSION, "Sell telematics")
    )
    _unused, tab = _window(qtbot, ctx, account, "Strategy")
    objectives = tab.objectives
    objectives.table.selectRow(0)
    qtbot.mouseClick(objectives.delete_button, Qt.MouseButton.LeftButton)
    assert strategy.list_objectives(ctx.db, plan_id) == ()
    assert objectives.undo_bar.label.text() == "Moved to the trash: objective “Sell telematics”."
    qtbot.mouseClick(objectives.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert [o.description for o in strategy.list_objectives(ctx.db, plan_id)] == ["Sell telematics"]
    assert [r.description for r in objectives.model.rows()] == ["Sell telematics"]
    assert not ctx.undo_stack.canUndo() and ctx.undo_stack.canRedo()


def test_undo_and_redo_a_research_answer_with_ctrl_z_in_the_research_tab(
    qtbot, ctx: AppContext, account: int
) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services import research

    plan_id = plans.ensure_plan(ctx.db, account).id
    window, tab = _window(qtbot, ctx, account, "Research")
    questions = tab.questions
    tab.sections.setCurrentWidget(questions)
    first = questions.rows()[0]
    questions.select_key(first.key)
    type_text(qtbot, questions.editor.answer, "Three plants, one in Poland")
    assert questions.commit_current()

    def stored() -> str:
        return next(r.answer for r in research.list_questions(ctx.db, plan_id) if r.key == first.key)

    assert stored() == "Three plants, one in Poland"
    type_text(qtbot, questions.editor.answer, "Four plants, two in Poland")
    assert questions.commit_current()
    assert window.undo_actions.undo_action.text().startswith("&Undo Answer “")

    _ctrl_z(qtbot, questions.table)
    assert stored() == "Three plants, one in Poland"
    _ctrl_z(qtbot, questions.table)
    assert stored() == ""
    _ctrl_z(qtbot, questions.table, shift=True)
    assert stored() == "Three plants, one in Poland"
    _ctrl_z(qtbot, questions.table, shift=True)
    assert stored() == "Four plants, two in Poland"


def test_actions_made_from_research_questions_go_with_one_undo(qtbot, ctx: AppContext, account: int) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.domain.enums import ResearchStatus
    from kam_desktop.services import action_plan as ap
    from kam_desktop.services import research
    from kam_desktop.ui.account.action_plan.tab import Tab

    plan_id = plans.ensure_plan(ctx.db, account).id
    keys = [r.key for r in research.list_questions(ctx.db, plan_id)[:2]]
    for key in keys:
        research.save_answer(ctx.db, plan_id, key, research.AnswerInput(status=ResearchStatus.NEEDS_RESEARCH))
    tab = Tab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account)
    tab.sources.all_research.click()
    assert len(ap.list_actions(ctx.db, plan_id)) == 2
    assert ctx.undo_stack.undoText() == "Create actions from research questions"
    ctx.undo_stack.undo()
    assert ap.list_actions(ctx.db, plan_id) == ()
    ctx.undo_stack.redo()
    assert len(ap.list_actions(ctx.db, plan_id)) == 2
