"""Breadth (issue 12, module-wide): ``services/program_evidence.py`` - which key accounts, plans,
actions, phases, promotions and team members each evidence figure counts, at the boundaries a
user meets: a plan period ending yesterday / today / starting today, trashed and finished actions,
a later demotion's reason, a whitespace reason, archived members, the averages' rounding."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from kam_desktop.domain import program as d
from kam_desktop.domain.enums import AccountStatus, ActionStatus, FluencyArea, Phase, PhaseStatus
from kam_desktop.i18n import using_language
from kam_desktop.services import clock, team
from kam_desktop.services import program_evidence as pe
from kam_desktop.services.accounts import AccountInput, change_status, create_account, delete_account
from kam_desktop.services.plans import ensure_plan
from kam_desktop.services.program import ProgramInput, update_program
from kam_desktop.store.database import Database
from kam_desktop.store.models import Account, AccountPlan, AccountStatusChange, Action, PlanPhase

TODAY = dt.date(2026, 6, 15)
A = list(FluencyArea)


@pytest.fixture(autouse=True)
def _pinned() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


def _key_plan(db: Database, name: str, start: dt.date, end: dt.date) -> tuple[int, int]:
    account = create_account(db, AccountInput(name=name)).id
    change_status(db, account, AccountStatus.KEY, "reason")
    plan_id = ensure_plan(db, account).id
    with db.session() as session:
        plan = session.get(AccountPlan, plan_id)
        assert plan is not None
        plan.period_start, plan.period_end = start, end
    return account, plan_id


def test_only_plans_whose_period_includes_today_count(db: Database) -> None:
    update_program(db, ProgramInput(key_account_cap=10, currency="EUR"))
    ended = _key_plan(db, "Ended yesterday", dt.date(2025, 6, 1), TODAY - dt.timedelta(days=1))
    ends = _key_plan(db, "Ends today", dt.date(2025, 6, 15), TODAY)
    starts = _key_plan(db, "Starts today", TODAY, dt.date(2027, 6, 14))
    future = _key_plan(db, "Starts tomorrow", TODAY + dt.timedelta(days=1), dt.date(2027, 6, 14))
    candidate = create_account(db, AccountInput(name="Candidate")).id
    ensure_plan(db, candidate)
    with db.session() as session:
        for _, plan in (ended, ends, starts, future):
            session.add(Action(plan_id=plan, title="open, owned", owner_id=None, status="planned"))
            row = session.get(PlanPhase, (plan, Phase.STRATEGY.value))
            assert row is not None
            row.status = PhaseStatus.DONE.value
    planning, process = pe.plan_process_facts(db)
    assert planning == d.PlanningFacts(
        key_accounts=4,
        with_current_plan=2,
        questions_in_scope=planning.questions_in_scope,
        questions_addressed=0,
        open_actions=2,
        open_actions_owned_and_dated=0,
    )
    assert planning.questions_in_scope > 0
    # "Ends today" started a year ago: due for review, never reviewed; "Starts today" is not due
    assert process == d.ProcessFacts(plans=2, phases_done=2, plans_due_for_review=1, reviewed_on_time=0)


def test_open_actions_leave_out_finished_and_trashed_ones(db: Database) -> None:
    ann = team.create_member(db, team.MemberInput(name="Ann")).id
    _, plan = _key_plan(db, "Acme", dt.date(2026, 6, 1), dt.date(2027, 5, 31))
    with db.session() as session:
        for status, owner, due, deleted in (
            (ActionStatus.PLANNED, ann, dt.date(2026, 7, 1), False),
            (ActionStatus.IN_PROGRESS, ann, dt.date(2026, 7, 1), False),
            (ActionStatus.BLOCKED, None, None, False),
            (ActionStatus.DONE, None, None, False),
            (ActionStatus.PLANNED, None, None, True),
        ):
            session.add(
                Action(
                    plan_id=plan,
                    title="a",
                    owner_id=owner,
                    due_date=due,
                    status=status.value,
                    deleted_at=dt.datetime(2026, 6, 2) if deleted else None,
                )
            )
    planning, _ = pe.plan_process_facts(db)
    assert (planning.open_actions, planning.open_actions_owned_and_dated) == (3, 2)
    with using_language("en"):
        assert pe.program_evidence(db)[3].lines[2].value == "2 of 3 (67%)"


def _over_cap_with_history(
    db: Database, changes: list[tuple[str, str, dt.datetime]]
) -> d.IdentificationFacts:
    update_program(db, ProgramInput(key_account_cap=1, currency="EUR"))
    first = create_account(db, AccountInput(name="First")).id
    change_status(db, first, AccountStatus.KEY)
    second = create_account(db, AccountInput(name="Second")).id
    with db.session() as session:
        for earlier in session.query(AccountStatusChange).filter_by(account_id=first):
            earlier.changed_at = dt.datetime(2025, 1, 1, 9)  # First was key long before Second
        for to_status, reason, when in changes:
            session.add(
                AccountStatusChange(
                    account_id=second,
                    from_status="candidate",
                    to_status=to_status,
                    reason=reason,
                    over_cap=True,
                    changed_at=when,
                )
            )
        account = session.get(Account, second)
        assert account is not None
        account.status = AccountStatus.KEY.value
    return pe.identification_facts(db)


T1, T2, T3 = dt.datetime(2026, 1, 1, 9), dt.datetime(2026, 2, 1, 9), dt.datetime(2026, 3, 1, 9)


def test_the_latest_promotion_decides_and_other_changes_do_not_count(db: Database) -> None:
    facts = _over_cap_with_history(
        db, [("key", "Old reason.", T1), ("key", "", T2), ("standard", "A later demotion's reason.", T3)]
    )
    assert facts == d.IdentificationFacts(
        key_accounts=2, scored_on_all_factors=0, cap=1, over_cap=1, over_cap_justified=0
    )


def test_an_earlier_empty_promotion_is_overridden_by_a_later_reasoned_one(db: Database) -> None:
    facts = _over_cap_with_history(db, [("key", "Now justified.", T2), ("key", "", T1)])
    assert facts.over_cap_justified == 1


def test_a_reason_of_blanks_is_no_reason(db: Database) -> None:
    assert _over_cap_with_history(db, [("key", "   ", T1)]).over_cap_justified == 0


def test_a_trashed_key_account_is_not_counted(db: Database) -> None:
    update_program(db, ProgramInput(key_account_cap=1, currency="EUR"))
    ids = [create_account(db, AccountInput(name=n)).id for n in ("A", "B")]
    change_status(db, ids[0], AccountStatus.KEY)
    change_status(db, ids[1], AccountStatus.KEY, "Beyond the cap.")
    assert pe.identification_facts(db) == d.IdentificationFacts(2, 0, 1, 1, 1)
    delete_account(db, ids[0])
    assert pe.identification_facts(db) == d.IdentificationFacts(1, 0, 1, 0, 0)


def test_fluency_facts_leave_out_archived_members_and_round_the_averages(db: Database) -> None:
    ids = [team.create_member(db, team.MemberInput(name=n)).id for n in ("Ann", "Bob", "Cy", "Old")]
    team.rate_fluency(db, ids[0], {A[0]: 4, A[1]: 4, A[2]: 2, A[3]: 1, A[4]: 5}, "2026-02-01")
    team.rate_fluency(db, ids[1], {A[0]: 4, A[2]: 1}, "2026-02-01")
    team.rate_fluency(db, ids[2], {A[0]: 3}, "2026-02-01")
    team.rate_fluency(db, ids[3], {a: 5 for a in A}, "2026-02-01")
    team.archive_member(db, ids[3])
    facts = pe.fluency_facts(db)
    assert facts == d.FluencyFacts(
        members=3,
        rated_in_all_areas=1,
        average_by_area={A[0]: 3.7, A[1]: 4.0, A[2]: 1.5, A[3]: 1.0, A[4]: 5.0},
        team_weak=(A[2], A[3]),
    )
    team.rate_fluency(db, ids[0], {A[4]: 3}, "2026-03-01")  # the latest rating counts
    assert pe.fluency_facts(db).average_by_area[A[4]] == 3.0


def test_fluency_facts_of_an_unrated_team_call_every_area_weak(db: Database) -> None:
    team.create_member(db, team.MemberInput(name="Ann"))
    assert pe.fluency_facts(db) == d.FluencyFacts(1, 0, {a: None for a in A}, tuple(A))


def test_each_over_cap_account_is_judged_by_its_own_promotion(db: Database) -> None:
    update_program(db, ProgramInput(key_account_cap=1, currency="EUR"))
    ids = [create_account(db, AccountInput(name=n)).id for n in ("First", "Reasoned", "Blank")]
    with db.session() as session:
        for account_id, reason, when in (
            (ids[0], "", dt.datetime(2025, 1, 1, 9)),
            (ids[1], "A logo the industry follows.", T1),
            (ids[2], "  ", T2),  # the latest promotion of all, with no reason
        ):
            session.add(
                AccountStatusChange(
                    account_id=account_id,
                    from_status="candidate",
                    to_status="key",
                    reason=reason,
                    over_cap=account_id != ids[0],
                    changed_at=when,
                )
            )
            account = session.get(Account, account_id)
            assert account is not None
            account.status = AccountStatus.KEY.value
    assert pe.identification_facts(db) == d.IdentificationFacts(
        key_accounts=3, scored_on_all_factors=0, cap=1, over_cap=2, over_cap_justified=1
    )
