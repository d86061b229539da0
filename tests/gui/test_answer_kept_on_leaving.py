"""An answer typed in the Research tab is saved when the user leaves it - for another account,
another tab or another section - without pressing Save (a fresh-eyes tester lost one by clicking
another account in the list)."""

from __future__ import annotations

from kam_desktop.domain.enums import AccountStatus, ResearchStatus
from kam_desktop.services import accounts, plans, research
from kam_desktop.ui.account.research.questions import QuestionsWidget
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.main_window import MainWindow
from tests.gui.press import type_text


def _key_account(ctx: AppContext, name: str) -> tuple[int, int]:
    made = accounts.create_account(ctx.db, accounts.AccountInput(name))
    accounts.change_status(ctx.db, made.id, AccountStatus.KEY)
    return made.id, plans.ensure_plan(ctx.db, made.id).id


def _type_an_answer(qtbot, ctx: AppContext, account_id: int) -> tuple[MainWindow, str]:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_account(account_id, "Research")
    widget = window.accounts_page.workspace.tab("Research").findChild(QuestionsWidget)
    qtbot.waitUntil(widget.isVisible)
    key = widget.editor.row.key
    widget.editor.answer.setFocus()
    type_text(qtbot, widget.editor.answer, "Board approved the Rotterdam hub in March")
    assert widget.editor.dirty
    return window, key


def _answer(ctx: AppContext, plan_id: int, key: str) -> tuple[str, ResearchStatus]:
    row = next(r for r in research.list_questions(ctx.db, plan_id) if r.key == key)
    return row.answer, row.status


def test_switching_account_saves_the_typed_answer(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    alpen, alpen_plan = _key_account(ctx, "Alpen Rail AG")
    baltic, baltic_plan = _key_account(ctx, "Baltic Steel AB")
    window, key = _type_an_answer(qtbot, ctx, alpen)
    window.open_account(baltic, "Research")
    assert _answer(ctx, alpen_plan, key) == (
        "Board approved the Rotterdam hub in March",
        ResearchStatus.ANSWERED,
    )
    assert _answer(ctx, baltic_plan, key)[0] == ""


def test_switching_tab_saves_the_typed_answer(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    alpen, alpen_plan = _key_account(ctx, "Alpen Rail AG")
    window, key = _type_an_answer(qtbot, ctx, alpen)
    window.open_account(alpen, "Strategy")
    assert _answer(ctx, alpen_plan, key) == (
        "Board approved the Rotterdam hub in March",
        ResearchStatus.ANSWERED,
    )
