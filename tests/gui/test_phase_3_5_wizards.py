"""Phases 3-5 in the GUI: the Action plan, Execution and Review wizards end to end on the demo
database, an adjustment that lands on the action board, and the table models of these screens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from kam_desktop.domain.enums import (
    AccountStatus,
    ActionStatus,
    GrowthFocus,
    Phase,
    PhaseStatus,
    ResearchStatus,
    Rigour,
    TopicDecision,
    WhitespaceState,
)
from kam_desktop.services import accounts, clock, plans, strategy
from kam_desktop.services import action_plan as ap
from kam_desktop.services import execution as ex
from kam_desktop.services import review as rv
from kam_desktop.store.database import Database
from kam_desktop.store.models import AccountTeamMember, ResearchAnswer, Stakeholder, TeamMember
from kam_desktop.ui.account.action_plan import panels as actions_panels
from kam_desktop.ui.account.action_plan import whitespace_panel
from kam_desktop.ui.account.action_plan.dialogs import ActionDialog
from kam_desktop.ui.account.execution.dialogs import InteractionDialog, OpportunityDialog
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.wizards.base import FinishPage, PhaseWizard
from tests.gui.press import press_ok, type_text

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _pinned_day() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


@pytest.fixture(autouse=True)
def _no_confirmations(prompter) -> None:  # type: ignore[no-untyped-def]
    """Every confirmation is answered yes (and recorded) by the recording prompter."""


class Fresh:
    """A new key account in the demo database, with strategy and research done by services."""

    def __init__(self, db: Database) -> None:
        account = accounts.create_account(
            db, accounts.AccountInput("Nimbus Rail AG", current_revenue="900000")
        )
        accounts.change_status(db, account.id, AccountStatus.KEY, "Strategic growth account")
        self.account_id = account.id
        plan = plans.ensure_plan(db, account.id)
        self.plan_id = plan.id
        plans.set_rigour(db, plan.id, Rigour.DEEP)
        self.ops = accounts.save_buying_centre(db, account.id, "Operations").id
        self.it = accounts.save_buying_centre(db, account.id, "IT").id
        strategy.set_statement(
            db, plan.id, "Become their uptime partner", "COO's team", "Consolidating suppliers"
        )
        strategy.set_topics(
            db,
            plan.id,
            {
                GrowthFocus.PENETRATION: TopicDecision.FOCUS,
                GrowthFocus.EXPANSION: TopicDecision.FOCUS,
                GrowthFocus.PROTECTION: TopicDecision.NOT_THIS_PERIOD,
            },
        )
        self.o1 = strategy.save_objective(
            db, plan.id, strategy.ObjectiveInput("penetration", "Open IT", "First order", "2027-03-31")
        ).id
        self.o2 = strategy.save_objective(
            db, plan.id, strategy.ObjectiveInput("expansion", "Sell maintenance")
        ).id
        with db.session() as s:
            self.ann = s.query(TeamMember).order_by(TeamMember.id).first().id  # type: ignore[union-attr]
            s.add(AccountTeamMember(account_id=account.id, team_member_id=self.ann))
            person = Stakeholder(
                account_id=account.id,
                name="Clara Weiss",
                title="COO",
                buying_centre_id=self.ops,
                influence=5,
                decision_role="decision_maker",
                attitude="supporter",
            )
            s.add(person)
            s.flush()
            self.clara = person.id
            s.add(
                ResearchAnswer(
                    plan_id=plan.id,
                    question_id="Q05",
                    category=1,
                    status=ResearchStatus.NEEDS_RESEARCH.value,
                    owner_id=self.ann,
                    due_date=TODAY + dt.timedelta(days=10),
                )
            )


def make_wizard(qtbot: Any, ctx: AppContext, account_id: int, phase: Phase) -> PhaseWizard:
    wizard = PhaseWizard(ctx, account_id, phase)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart()
    return wizard


def key_of(wizard: PhaseWizard) -> str:
    return wizard.currentPage().spec.key  # type: ignore[attr-defined, no-any-return]


def go_next(wizard: PhaseWizard, expected: str) -> Any:
    before = key_of(wizard)
    wizard.next()
    assert key_of(wizard) == expected, (before, wizard.currentPage().error_label.text())  # type: ignore[attr-defined]
    return wizard.currentPage()


def finish_done(wizard: PhaseWizard) -> None:
    page = wizard.currentPage()
    assert isinstance(page, FinishPage)
    assert page.done_box.isEnabled(), page.status.text()
    page.done_box.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()


def phase_status(db: Database, account_id: int, phase: Phase) -> PhaseStatus:
    plan = plans.get_plan(db, account_id)
    assert plan is not None
    return plan.phase(phase).status


def run_action_plan(qtbot: Any, ctx: AppContext, f: Fresh, monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_action_ask(
        cls: Any,
        db: Database,
        plan_id: int,
        account_id: int,
        action: Any = None,
        preset: ap.ActionInput | None = None,
        parent: Any = None,
    ) -> ap.ActionView:
        assert preset is not None
        return ap.save_action(
            db,
            plan_id,
            ap.ActionInput(
                title=preset.title,
                objective_id=preset.objective_id,
                owner_id=f.ann,
                due_date=TODAY + dt.timedelta(days=20),
            ),
        )

    def fake_opportunity_ask(
        cls: Any,
        db: Database,
        account_id: int,
        opp: Any = None,
        cell: tuple[int, int] | None = None,
        parent: Any = None,
    ) -> int:
        assert cell is not None
        return ap.create_opportunity_from_cell(
            db, account_id, cell[0], cell[1], value="120000", probability=40, expected_close="2027-02-28"
        )

    monkeypatch.setattr(ActionDialog, "ask", classmethod(fake_action_ask))
    monkeypatch.setattr(OpportunityDialog, "ask", classmethod(fake_opportunity_ask))
    wizard = make_wizard(qtbot, ctx, f.account_id, Phase.ACTION_PLAN)
    assert key_of(wizard) == "action.case"
    case = wizard.currentPage()
    case.form.title.setText("Uptime as a service")  # type: ignore[attr-defined]
    wizard.next()  # problem and solution missing: refused inline
    assert key_of(wizard) == "action.case"
    assert "problem" in case.error_label.text()
    case.form.problem.setPlainText("Unplanned downtime costs 2% of output")  # type: ignore[attr-defined]
    case.form.solution.setPlainText("Predictive maintenance, one contract")  # type: ignore[attr-defined]
    case.form.quantified.setText("€1.2m a year")  # type: ignore[attr-defined]
    sources = go_next(wizard, "action.from_research")
    assert [vp.title for vp in ap.list_value_propositions(ctx.db, f.plan_id)] == ["Uptime as a service"]
    panel = sources.panel
    assert panel.all_research.isEnabled()
    panel.all_research.click()
    panel.table.selectAll()
    panel.create_button.click()  # the objectives get actions (research already has one)
    counts = {s.text: s.actions for s in ap.action_sources(ctx.db, f.plan_id)}
    assert counts["Open IT"] == 1 and counts["Sell maintenance"] == 1
    assert all(n >= 1 for n in counts.values())
    actions_page = go_next(wizard, "action.actions")
    assert "✔" in actions_page.check.text()
    assert actions_page.panel.model.rowCount() == 3
    ws = go_next(wizard, "action.whitespace")
    grid = ws.panel
    grid.select_cell(f.ops, grid.model.grid.offerings[0].id)
    grid.set_state(WhitespaceState.SOLD)
    grid.select_cell(f.it, grid.model.grid.offerings[1].id)
    grid.create_button.click()
    assert grid.model.grid.cell(f.it, grid.model.grid.offerings[1].id).state is WhitespaceState.OPPORTUNITY
    go_next(wizard, "action.finish")
    finish_done(wizard)
    assert phase_status(ctx.db, f.account_id, Phase.ACTION_PLAN) is PhaseStatus.DONE


def run_execution(qtbot: Any, ctx: AppContext, f: Fresh, monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_interaction_ask(
        cls: Any, db: Database, account_id: int, interaction: Any = None, parent: Any = None
    ) -> ex.InteractionView:
        return ex.save_interaction(
            db,
            account_id,
            ex.InteractionInput(
                kind="meeting",
                on_date=TODAY,
                subject="Pilot kick-off",
                stakeholder_ids=(f.clara,),
                team_member_ids=(f.ann,),
                next_steps="Send the ROI model",
            ),
        )

    monkeypatch.setattr(InteractionDialog, "ask", classmethod(fake_interaction_ask))
    wizard = make_wizard(qtbot, ctx, f.account_id, Phase.EXECUTION)
    assert key_of(wizard) == "execution.opportunities"
    opps = wizard.currentPage().panel
    assert opps.model.rowCount() == 1 and "Live pipeline 120,000" in opps.totals.text()
    interactions = go_next(wizard, "execution.interactions").panel
    assert interactions.model.rowCount() == 0
    next(
        b
        for b in interactions.findChildren(type(interactions.step_button))
        if b.objectName() == "btn_new_interaction"
    ).click()
    assert interactions.model.rowCount() == 1
    with ctx.db.session() as s:
        assert s.get(Stakeholder, f.clara).last_contact == TODAY  # type: ignore[union-attr]
    go_next(wizard, "execution.competitors")
    board = go_next(wizard, "execution.board").panel
    first = board.models[actions_panels.Bucket.LATER].rows()[0]
    assert board.select_action(first.id)
    board.status_buttons[ActionStatus.DONE].click()
    assert ap.get_action(ctx.db, first.id).status is ActionStatus.DONE
    assert first.id in {a.id for a in board.models[actions_panels.Bucket.DONE].rows()}
    go_next(wizard, "execution.finish")
    finish_done(wizard)
    assert phase_status(ctx.db, f.account_id, Phase.EXECUTION) is PhaseStatus.DONE


def run_review(qtbot: Any, ctx: AppContext, f: Fresh) -> rv.ReviewView:
    wizard = make_wizard(qtbot, ctx, f.account_id, Phase.REVIEW)
    assert key_of(wizard) == "review.kpis"
    kpis = wizard.currentPage().panel
    kpis.starting.click()
    assert [k.name for k in kpis.model.rows()] == ["Revenue growth", "Profit growth", "Customer satisfaction"]
    measure = go_next(wizard, "review.measurements").panel
    revenue = next(k for k in measure.model.rows() if k.name == "Revenue growth")
    select_kpi(measure, revenue.id)
    measure.m_value.setText("abc")
    measure.m_add.click()
    assert "number" in measure.m_error.text()
    measure.m_date.set_date(dt.date(2026, 11, 20))
    measure.m_value.setText("6.5")
    measure.m_add.click()
    assert measure.current_kpi().latest == 6.5
    assert measure.chart.kpi is not None and len(measure.chart.kpi.measurements) == 1
    record = go_next(wizard, "review.record")
    form = record.form
    assert "Suggested" in form.suggestion.text()
    form.findings.setPlainText("Procurement is slower than planned.")
    form.add_adjustment(
        rv.AdjustmentInput(
            "action", "Run a procurement workshop", owner_id=f.ann, due_date=TODAY + dt.timedelta(days=3)
        )
    )
    form.add_adjustment(
        rv.AdjustmentInput("objective", "pilot slipped", objective_id=f.o1, new_due_date=dt.date(2027, 6, 30))
    )
    finish = go_next(wizard, "review.finish")
    review = record.last_review
    assert review is not None and [a.title for a in review.actions] == ["Run a procurement workshop"]
    assert "first review" in finish.history.toPlainText().lower()
    finish_done(wizard)
    assert phase_status(ctx.db, f.account_id, Phase.REVIEW) is PhaseStatus.DONE
    return review


def select_kpi(panel: Any, kpi_id: int) -> None:
    from kam_desktop.ui.account.shared.actions_common import select_id

    assert select_id(panel.table, kpi_id)
    panel._on_current()


def test_three_wizards_end_to_end_on_the_demo_database(qtbot, demo_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    f = Fresh(demo_ctx.db)
    run_action_plan(qtbot, demo_ctx, f, monkeypatch)
    run_execution(qtbot, demo_ctx, f, monkeypatch)
    review = run_review(qtbot, demo_ctx, f)
    assert {o.id: o.due_date for o in strategy.list_objectives(demo_ctx.db, f.plan_id)}[f.o1] == dt.date(
        2027, 6, 30
    )

    # the adjustment's action is on the action board of the Execution tab, due this week
    from kam_desktop.ui.account.execution.tab import Tab

    tab = Tab(demo_ctx)
    qtbot.addWidget(tab)
    tab.set_account(f.account_id)
    week = tab.board.models[actions_panels.Bucket.THIS_WEEK].rows()
    assert [a.title for a in week] == ["Run a procurement workshop"]
    assert week[0].review_id == review.id
    # one click moves it along
    assert tab.board.select_action(week[0].id)
    tab.board.status_buttons[ActionStatus.IN_PROGRESS].click()
    assert ap.get_action(demo_ctx.db, week[0].id).status is ActionStatus.IN_PROGRESS

    # a second review shows what changed since the first
    second = rv.record_review(demo_ctx.db, f.plan_id, rv.ReviewInput(held_on=TODAY, health="at_risk"))
    assert any("Run a procurement workshop" in c.text and "in progress" in c.text for c in second.changes)


def test_wizard_reopens_where_it_was_and_keeps_data(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    f = Fresh(demo_ctx.db)
    wizard = make_wizard(qtbot, demo_ctx, f.account_id, Phase.ACTION_PLAN)
    page = wizard.currentPage()
    page.form.title.setText("Case A")  # type: ignore[attr-defined]
    page.form.problem.setPlainText("P")  # type: ignore[attr-defined]
    page.form.solution.setPlainText("S")  # type: ignore[attr-defined]
    wizard.next()
    wizard.reject()
    again = make_wizard(qtbot, demo_ctx, f.account_id, Phase.ACTION_PLAN)
    again.setStartId(0)
    again.restart()
    assert again.currentPage().form.title.text() == "Case A"  # type: ignore[attr-defined]
    assert phase_status(demo_ctx.db, f.account_id, Phase.ACTION_PLAN) is PhaseStatus.IN_PROGRESS


def test_tabs_show_an_empty_state_without_a_plan(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.action_plan import tab as action_plan_tab
    from kam_desktop.ui.account.action_plan import whitespace_tab
    from kam_desktop.ui.account.execution import tab as execution_tab
    from kam_desktop.ui.account.review import tab as review_tab

    account = accounts.create_account(ctx.db, accounts.AccountInput("Planless Ltd"))
    for module in (action_plan_tab, execution_tab, review_tab):
        tab = module.Tab(ctx)
        qtbot.addWidget(tab)
        tab.set_account(account.id)
        assert tab.stack.currentWidget() is tab.no_plan
    tab = action_plan_tab.Tab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account.id)
    tab.no_plan.button.click()
    assert tab.stack.currentWidget() is tab.body
    ws = whitespace_tab.Tab(ctx)
    qtbot.addWidget(ws)
    ws.set_account(account.id)
    assert "buying centres" in ws.panel.empty.text()


def test_review_tab_records_a_review_and_the_board_shows_its_action(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.execution.tab import Tab as ExecutionTab
    from kam_desktop.ui.account.review.tab import Tab as ReviewTab

    f = Fresh(demo_ctx.db)
    tab = ReviewTab(demo_ctx)
    qtbot.addWidget(tab)
    tab.set_account(f.account_id)
    tab.form.findings.setPlainText("Slow start")
    tab.form.add_adjustment(rv.AdjustmentInput("action", "Call the CFO", owner_id=f.ann, due_date=TODAY))
    with qtbot.waitSignal(demo_ctx.changed):
        tab.record_button.click()
    assert tab.history.model.rowCount() == 1
    board = ExecutionTab(demo_ctx)
    qtbot.addWidget(board)
    board.set_account(f.account_id)
    assert "Call the CFO" in [a.title for a in board.board.models[actions_panels.Bucket.THIS_WEEK].rows()]


def test_actions_panel_delete_and_undo(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.action_plan.tab import Tab
    from kam_desktop.ui.account.shared.actions_common import select_id

    f = Fresh(demo_ctx.db)
    action = ap.save_action(
        demo_ctx.db, f.plan_id, ap.ActionInput("Temporary", owner_id=f.ann, due_date=TODAY)
    )
    tab = Tab(demo_ctx)
    qtbot.addWidget(tab)
    tab.set_account(f.account_id)
    panel = tab.actions
    assert select_id(panel.table, action.id)
    panel._on_delete()
    assert ap.list_actions(demo_ctx.db, f.plan_id) == ()
    panel.undo_bar.undo_button.click()
    assert [a.title for a in ap.list_actions(demo_ctx.db, f.plan_id)] == ["Temporary"]


def test_table_models(qtbot, qtmodeltester, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """Every table model of these screens passes Qt's model tester with real demo rows."""
    from kam_desktop.services.portfolio import load_portfolio
    from kam_desktop.ui.account.action_plan.tab import Tab as ActionTab
    from kam_desktop.ui.account.action_plan.whitespace_tab import Tab as WhitespaceTab
    from kam_desktop.ui.account.execution.tab import Tab as ExecutionTab
    from kam_desktop.ui.account.review.tab import Tab as ReviewTab

    key = next(
        r for r in load_portfolio(demo_ctx.db).rows if r.status is AccountStatus.KEY and r.next_meeting_id
    )
    rv.record_review(
        demo_ctx.db,
        plans.get_plan(demo_ctx.db, key.id).id,  # type: ignore[union-attr]
        rv.ReviewInput(held_on=TODAY, health="on_track"),
    )
    models: list[Any] = []
    tabs: list[Any] = []
    for cls in (ActionTab, ExecutionTab, ReviewTab, WhitespaceTab):
        tab = cls(demo_ctx)
        tabs.append(tab)
        qtbot.addWidget(tab)
        tab.set_account(key.id)
        models += [m for m in tab.findChildren(actions_panels.RowTableModel)]
        models += tab.findChildren(whitespace_panel.WhitespaceModel)
    assert len(models) >= 12
    assert any(m.rowCount() for m in models)
    for model in models:
        qtmodeltester.check(model)


def test_dialogs_show_errors_next_to_the_field_and_save(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.execution.dialogs import NextStepDialog
    from kam_desktop.ui.account.review.dialogs import KpiDialog

    f = Fresh(demo_ctx.db)
    dialog = ActionDialog(demo_ctx.db, f.plan_id, f.account_id)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.title, "   ")
    press_ok(qtbot, dialog)
    assert dialog.form.error_text("title") == "Action cannot be empty." and dialog.result_value is None
    assert dialog.isVisible()  # a refusal keeps the dialog open
    type_text(qtbot, dialog.title, "Book the plant visit")
    dialog.due.set_date(dt.date(2026, 12, 1))  # a date editor: no impossible date can be typed
    dialog.owner.set_current_id(f.ann)
    press_ok(qtbot, dialog)
    assert dialog.result_value is not None and dialog.result_value.owner_id == f.ann
    assert dialog.result_value.title == "Book the plant visit"
    assert dialog.result_value.due_date == dt.date(2026, 12, 1)
    assert not dialog.isVisible()

    opp = OpportunityDialog(demo_ctx.db, f.account_id, cell=(f.ops, ap.list_offerings(demo_ctx.db)[0].id))
    qtbot.addWidget(opp)
    opp.show()
    assert opp.title.text().endswith("for Operations") and not opp.centre.isEnabled()
    type_text(qtbot, opp.value, "-3")
    press_ok(qtbot, opp)
    assert opp.form.error_text("value") == "Value cannot be negative."
    type_text(qtbot, opp.value, "25000")
    press_ok(qtbot, opp)
    assert isinstance(opp.result_value, int)

    log = InteractionDialog(demo_ctx.db, f.account_id)
    qtbot.addWidget(log)
    log.show()
    type_text(qtbot, log.start_time, "9h")
    press_ok(qtbot, log)
    assert log.form.error_text("start_time") == "Start time must be written HH:MM, like 09:30."
    type_text(qtbot, log.start_time, "09:30")
    type_text(qtbot, log.subject, "Steering committee")
    type_text(qtbot, log.next_steps, "- Send minutes\n- Book pilot")
    log.people.item(0).setCheckState(log.people.item(0).checkState().Checked)
    press_ok(qtbot, log)
    meeting = log.result_value
    assert meeting is not None and meeting.attendees[0].stakeholder_id == f.clara
    assert (meeting.subject, meeting.start_time) == ("Steering committee", dt.time(9, 30))
    assert meeting.next_steps == "- Send minutes\n- Book pilot"

    step = NextStepDialog(demo_ctx.db, meeting)
    qtbot.addWidget(step)
    step.show()
    step.step.setCurrentIndex(1)
    assert step.title.text() == "Book pilot"
    press_ok(qtbot, step)
    assert step.result_value is not None and step.result_value.interaction_id == meeting.id

    kpi = KpiDialog(demo_ctx.db, f.plan_id)
    qtbot.addWidget(kpi)
    kpi.show()
    type_text(qtbot, kpi.name, "Downtime")
    kpi.direction.set_value("lower_is_better")
    type_text(qtbot, kpi.baseline, "10")
    type_text(qtbot, kpi.target, "20")
    press_ok(qtbot, kpi)
    assert (
        kpi.form.error_text("target")
        == "For a KPI where lower is better the target must be below the baseline."
    )
    type_text(qtbot, kpi.target, "5")
    press_ok(qtbot, kpi)
    assert kpi.result_value is not None and kpi.result_value.target == 5
