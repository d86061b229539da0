"""Meeting prep: one click from the portfolio's next meeting, attendees and their open actions,
choosing another meeting or a stakeholder, and user text shown exactly (never as markup)."""

from __future__ import annotations

import datetime as dt

from kam_desktop.domain.enums import AccountStatus
from kam_desktop.services import action_plan as ap
from kam_desktop.services import clock, plans
from kam_desktop.services import execution as ex
from kam_desktop.services.portfolio import PortfolioRow, load_portfolio
from kam_desktop.store.database import Database
from kam_desktop.ui.meeting.prep_tab import ACCOUNT_BRIEF, Tab


def next_meeting_row(db: Database) -> PortfolioRow:
    return next(r for r in load_portfolio(db).rows if r.status is AccountStatus.KEY and r.next_meeting_id)


def expected_open_actions(db: Database, account_id: int, stakeholder_ids: set[int]) -> list[str]:
    plan = plans.get_plan(db, account_id)
    assert plan is not None
    return [
        a.title for a in ap.list_actions(db, plan.id) if a.is_open and a.stakeholder_id in stakeholder_ids
    ]


def test_one_click_from_the_portfolio_opens_the_brief(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.main_window import MainWindow

    row = next_meeting_row(demo_ctx.db)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    demo_ctx.open_meeting_requested.emit(row.id, row.next_meeting_id)
    workspace = window.accounts_page.workspace
    assert workspace.tab_titles()[workspace.tabs.currentIndex()] == "Meeting prep"
    prep = workspace.tab("Meeting prep")
    assert isinstance(prep, Tab)
    assert prep.brief is not None and prep.brief.interaction_id == row.next_meeting_id
    assert prep.meetings.currentData() == row.next_meeting_id

    meeting = ex.get_interaction(demo_ctx.db, row.next_meeting_id)
    text = prep.brief_text()
    people = {a.stakeholder_id for a in meeting.attendees if a.stakeholder_id}
    assert people
    for attendee in meeting.attendees:
        assert attendee.name in text
    owed = expected_open_actions(demo_ctx.db, row.id, people)
    for title in owed:
        assert title in text
    brief_people = {a.stakeholder_id: a for a in prep.brief.attendees if a.is_stakeholder}
    for sid in people:
        assert set(brief_people[sid].open_actions) == set(expected_open_actions(demo_ctx.db, row.id, {sid}))
    for heading in (
        "Who is in the room",
        "Talking points",
        "Questions to ask",
        "Open actions",
        "Live opportunities",
        "Last interactions",
    ):
        assert heading in text


def test_choose_another_meeting_a_stakeholder_or_the_account(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    row = next_meeting_row(demo_ctx.db)
    tab = Tab(demo_ctx)
    qtbot.addWidget(tab)
    tab.set_account(row.id)
    assert (
        tab.brief is not None and tab.brief.interaction_id == row.next_meeting_id
    )  # the next one by default
    assert tab.meetings.count() >= 2
    other = tab.meetings.itemData(1)
    if other != ACCOUNT_BRIEF:
        tab.meetings.setCurrentIndex(1)
        assert tab.brief.interaction_id == other
    tab.meetings.setCurrentIndex(tab.meetings.findData(ACCOUNT_BRIEF))
    assert tab.brief.interaction_id is None and "No upcoming meeting" in tab.brief_text()
    tab.people.setCurrentIndex(1)
    chosen = tab.people.currentData()
    assert chosen in {a.stakeholder_id for a in tab.brief.attendees}
    tab.show_meeting(0)
    assert tab.brief.interaction_id == row.next_meeting_id
    tab.show_meeting(999_999)  # gone: falls back to the next one instead of failing
    assert tab.brief.interaction_id == row.next_meeting_id


def test_user_text_is_shown_as_typed(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services import accounts

    clock.pin_today(dt.date(2026, 11, 26))
    try:
        account = accounts.create_account(ctx.db, accounts.AccountInput("R&D <Partners> & Co"))
        plans.ensure_plan(ctx.db, account.id)
        ex.save_interaction(
            ctx.db,
            account.id,
            ex.InteractionInput(
                kind="workshop",
                on_date="2026-12-01",
                subject="<b>Pricing</b> & <img src='http://x'>",
                location='Room "A" <1>',
            ),
        )
        tab = Tab(ctx)
        qtbot.addWidget(tab)
        tab.set_account(account.id)
        text = tab.brief_text()
        assert "<b>Pricing</b> & <img src='http://x'>" in text
        assert "R&D <Partners> & Co" in text
        assert "No one from the account is listed as attending" in text
    finally:
        clock.pin_today(None)


def test_empty_account_brief(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services import accounts

    account = accounts.create_account(ctx.db, accounts.AccountInput("Quiet GmbH"))
    tab = Tab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account.id)
    assert tab.meetings.count() == 1 and tab.meetings.currentData() == ACCOUNT_BRIEF
    assert "Nothing logged yet" in tab.brief_text()
