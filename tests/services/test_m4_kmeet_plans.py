"""Plan services the fourth breadth measurement found unpinned (issue 12): every command on a
plan that no longer exists refuses with the same words (English and Italian); with the day pinned,
the Execution rule names an interaction still ahead only if it falls in the plan period, and the
Action plan rule counts each objective without an action of its own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest

from kam_desktop.domain.enums import GrowthFocus, InteractionKind, Phase, PhaseStatus, Rigour
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.i18n import using_language
from kam_desktop.services import accounts, clock, plans, team
from kam_desktop.services import interactions as ix
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

GONE = 999_999

COMMANDS: dict[str, Callable[[Database], object]] = {
    "set_rigour": lambda db: plans.set_rigour(db, GONE, Rigour.DEEP),
    "set_phase_status": lambda db: plans.set_phase_status(db, GONE, Phase.STRATEGY, PhaseStatus.IN_PROGRESS),
    "record_wizard_progress": lambda db: plans.record_wizard_progress(db, GONE, Phase.RESEARCH, 2),
    "interaction_before_period": lambda db: plans.interaction_before_period(db, GONE),
    "set_plan_language": lambda db: plans.set_plan_language(db, GONE, "it"),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize(
    ("lang", "message"),
    [("en", "That plan no longer exists."), ("it", "Questo piano non esiste più.")],
    ids=["en", "it"],
)
def test_every_command_on_a_plan_that_is_gone_says_so(
    db: Database, command: str, lang: str, message: str
) -> None:
    plan = plans.ensure_plan(db, accounts.create_account(db, accounts.AccountInput("Acme")).id)
    with using_language(lang):
        with pytest.raises(NotFoundError) as err:
            COMMANDS[command](db)
    assert (str(err.value), err.value.field) == (message, None)
    # the plan that exists is untouched
    after = plans.get_plan(db, plan.account_id)
    assert after is not None
    assert (after.rigour, after.language, [p.status for p in after.phases]) == (
        Rigour.STANDARD,
        plan.language,
        [PhaseStatus.NOT_STARTED] * 5,
    )


# --- the phase rules' facts, with the day pinned -----------------------------------------------

TODAY = dt.date(2026, 11, 29)  # the plan made today runs from 1 Nov 2026 to 31 Oct 2027


@pytest.fixture
def pinned() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


def _execution_interaction_rule(db: Database, account_id: int) -> list[str]:
    plan = plans.get_plan(db, account_id)
    assert plan is not None
    return [text for text in plan.phase(Phase.EXECUTION).missing if "interaction" in text]


def _log(db: Database, account_id: int, on: dt.date) -> None:
    ix.save_interaction(db, account_id, ix.InteractionInput(InteractionKind.MEETING, on, subject="Visit"))


@pytest.mark.parametrize(
    ("day", "ahead"),
    [
        (
            dt.date(2027, 10, 31),
            ["The interaction of Oct 31, 2027 is still ahead: it counts once its day has come."],
        ),
        (dt.date(2027, 11, 1), []),  # after the period: it will never count for this plan
    ],
)
def test_an_interaction_ahead_is_named_only_within_the_plan_period(
    db: Database, pinned: None, day: dt.date, ahead: list[str]
) -> None:
    account_id = accounts.create_account(db, accounts.AccountInput("Acme")).id
    plan = plans.ensure_plan(db, account_id)
    assert (plan.period_start, plan.period_end) == (dt.date(2026, 11, 1), dt.date(2027, 10, 31))
    _log(db, account_id, day)
    assert _execution_interaction_rule(db, account_id) == [
        "Log an interaction that took place between Nov 1, 2026 (the plan's start) and Nov 29, 2026.",
        *ahead,
    ]


def test_each_objective_without_an_action_of_its_own_is_counted(db: Database, pinned: None) -> None:
    account_id = accounts.create_account(db, accounts.AccountInput("Acme")).id
    plan = plans.ensure_plan(db, account_id)
    with db.session() as s:
        objectives = [
            m.Objective(plan_id=plan.id, growth_focus=GrowthFocus.PENETRATION.value, description=d)
            for d in ("Open IT", "Sell service", "Keep rail")
        ]
        s.add_all(objectives)
        s.flush()
        for o in objectives[:2]:  # the first two have an action each, the third none
            s.add(m.Action(plan_id=plan.id, title=f"Act on {o.description}", objective_id=o.id))

    def rule() -> list[str]:
        view = plans.get_plan(db, account_id)
        assert view is not None
        return [t for t in view.phase(Phase.ACTION_PLAN).missing if "objective" in t]

    assert rule() == ["Give 1 objective at least one action."]
    with db.session() as s:  # a cancelled action does not count as the third one's
        s.add(m.Action(plan_id=plan.id, title="Dropped", objective_id=objectives[2].id, status="cancelled"))
    assert rule() == ["Give 1 objective at least one action."]


def test_the_research_rule_counts_what_is_addressed_and_what_needs_an_owner_or_a_date(
    db: Database, pinned: None
) -> None:
    account_id = accounts.create_account(db, accounts.AccountInput("Acme")).id
    plan = plans.ensure_plan(db, account_id)  # standard rigour: 48 questions in 8 categories
    lena = team.create_member(db, team.MemberInput("Lena Berg")).id
    due = dt.date(2026, 12, 15)
    with db.session() as s:
        for qid, category, status, owner, day in (
            ("Q01", 1, "answered", None, None),  # addressed
            ("Q07", 1, "answered", None, None),  # answered, but not a standard question
            ("Q08", 2, "not_relevant", None, None),  # addressed
            ("Q15", 3, "needs_research", lena, due),  # addressed: someone will find out by a date
            ("Q16", 3, "needs_research", lena, due),  # addressed
            ("Q22", 4, "needs_research", lena, None),  # no date: not addressed, to be assigned
            ("Q30", 5, "needs_research", None, due),  # no owner: not addressed, to be assigned
            ("Q37", 6, "unanswered", None, None),  # nothing yet (and nothing to assign)
        ):
            s.add(
                m.ResearchAnswer(
                    plan_id=plan.id,
                    question_id=qid,
                    category=category,
                    status=status,
                    owner_id=owner,
                    due_date=day,
                )
            )
    view = plans.get_plan(db, account_id)
    assert view is not None
    assert view.phase(Phase.RESEARCH).missing == (
        "Pick the core account team.",
        "Address at least half of the research questions (4 of 48 so far).",
        "Touch every question category (3 of 8).",
        "Give 2 'needs research' items an owner and a due date.",
        "Add the stakeholders you know.",
        "Decide whether the account still deserves key status.",
    )


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (
            "en",
            "Research cannot be marked done yet: Pick the core account team. Address at least half "
            "of the research questions (0 of 48 so far). Touch every question category (0 of 8). "
            "Add the stakeholders you know. Decide whether the account still deserves key status.",
        ),
        (
            "it",
            "Ricerca non può ancora essere segnata come completata: Scegli il team dell'account. "
            "Affronta almeno metà delle domande di ricerca (0 su 48 finora). Tocca ogni categoria "
            "di domande (0 su 8). Aggiungi gli interlocutori che conosci. Decidi se l'account merita "
            "ancora lo stato di key account.",
        ),
    ],
    ids=["en", "it"],
)
def test_a_phase_marked_done_too_early_says_what_is_missing(
    db: Database, pinned: None, lang: str, message: str
) -> None:
    account_id = accounts.create_account(db, accounts.AccountInput("Acme")).id
    plan = plans.ensure_plan(db, account_id)
    with using_language(lang):
        with pytest.raises(ValidationError) as err:
            plans.set_phase_status(db, plan.id, Phase.RESEARCH, PhaseStatus.DONE)
    assert (str(err.value), err.value.field) == (message, "phase_status")
