"""The program checklist through a real database: charter, self-assessments (round trip and
trend), trust, division cooperation, leadership cycles, reflections, and the evidence figures
on a seeded database - exact, and equal to what the portfolio, plan, role-matrix and fluency
read models show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select

from kam_desktop.domain import program as d
from kam_desktop.domain.enums import (
    AccountStatus,
    ActionStatus,
    DecisionRole,
    Factor,
    FluencyArea,
    GrowthFocus,
    Health,
    Phase,
    PhaseStatus,
    Role,
    RoleStrength,
)
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.program_method import CharterDecision
from kam_desktop.domain.question_bank import load_question_bank
from kam_desktop.services import clock, team
from kam_desktop.services import program_checklist as pc
from kam_desktop.services import program_evidence as pe
from kam_desktop.services.accounts import AccountInput, add_assessment, change_status, create_account
from kam_desktop.services.plans import ensure_plan, get_plan
from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.services.program import ProgramInput, update_program
from kam_desktop.services.research import AnswerInput, save_answer
from kam_desktop.services.team_views import portfolio_matrix
from kam_desktop.store.database import Database
from kam_desktop.store.models import Action, Objective, PlanPhase, Review, Stakeholder
from tests.conftest import hostile_strings
from tests.hostile import text_ok

TODAY = dt.date(2026, 6, 15)


@pytest.fixture(autouse=True)
def _pinned() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


def test_charter_decisions_round_trip_and_adapting_needs_words(db: Database) -> None:
    charter = pc.get_charter(db)
    assert [i.component for i in charter.items] == [1, 2, 3, 4, 5, 6] and charter.decided == 0
    pc.decide_component(db, 1, CharterDecision.ACCEPT, "")
    pc.decide_component(db, 2, "adapt", "At most 8 key accounts, reviewed each January.", "2026-03-01")
    with pytest.raises(ValidationError) as err:
        pc.decide_component(db, 3, CharterDecision.REJECT, "  ")
    assert err.value.field == "our_words"
    with pytest.raises(ValidationError):
        pc.decide_component(db, 7, CharterDecision.ACCEPT, "")
    charter = pc.get_charter(db)
    assert [(i.decision, i.our_words, i.decided_on) for i in charter.items[:3]] == [
        (CharterDecision.ACCEPT, "", TODAY),
        (CharterDecision.ADAPT, "At most 8 key accounts, reviewed each January.", dt.date(2026, 3, 1)),
        (None, "", None),
    ]
    assert charter.decided == 2 and charter.last_decided_on == TODAY


def test_a_self_assessment_round_trips_and_shows_in_the_trend(db: Database) -> None:
    first = pc.record_assessment(
        db,
        d.AssessmentInput(
            "2026-01-10", [d.FactorRatingInput(2, 2, "list too long", "14 key accounts")], "Q1"
        ),
        measured={2: "Key-account list: 14 of a cap of 10 (over the cap)"},
    )
    pc.record_assessment(
        db,
        d.AssessmentInput(
            "2026-06-01", [d.FactorRatingInput(n, r) for n, r in {1: 3, 2: 4, 5: 2}.items()], "Q2"
        ),
    )
    history = pc.list_assessments(db)
    assert [a.assessed_on for a in history] == [dt.date(2026, 1, 10), dt.date(2026, 6, 1)]
    assert history[0] == first
    assert history[0].ratings[1] == d.FactorRating(
        2, 2, "list too long", "14 key accounts", "Key-account list: 14 of a cap of 10 (over the cap)"
    )
    assert history[0].rating(1) is None and history[1].overall == 3.0
    assert d.factor_history(history, 2) == ((dt.date(2026, 1, 10), 2), (dt.date(2026, 6, 1), 4))
    assert d.trend(d.factor_history(history, 2)) == 1
    assert [a.factor for a in d.advice_for(history[-1])] == [5]
    pc.delete_assessment(db, first.id)
    assert [a.note for a in pc.list_assessments(db)] == ["Q2"]


def test_refused_assessment_writes_nothing(db: Database) -> None:
    with pytest.raises(ValidationError):
        pc.record_assessment(db, d.AssessmentInput("2026-01-10", [d.FactorRatingInput(3, 0)]))
    assert pc.list_assessments(db) == ()


def test_trust_cooperation_leadership_and_reflections_round_trip(db: Database) -> None:
    acme = create_account(db, AccountInput(name="Acme")).id
    pc.answer_trust(db, 2, "Only in Logistics.", 2)
    with pytest.raises(ValidationError):
        pc.answer_trust(db, 2, "x", 6)
    trust = pc.list_trust(db)
    assert len(trust) == 6 and trust[1] == d.TrustAnswer(2, "Only in Logistics.", 2, TODAY)
    coop = pc.save_cooperation(db, acme, "Services division", "Runs the pilot", 4)
    pc.save_cooperation(db, acme, "Finance", "", None)
    assert [(c.division, c.rating, c.account_name) for c in pc.list_cooperation(db, acme)] == [
        ("Finance", None, "Acme"),
        ("Services division", 4, "Acme"),
    ]
    pc.delete_cooperation(db, coop.id)
    assert len(pc.list_cooperation(db)) == 1
    cycle = pc.save_leadership(
        db, "2026-04-01", ["Yes, in 3 accounts", "Two people", "Yes"], "120000", "80000.50", "2 FTE", "1 FTE"
    )
    assert pc.list_leadership(db) == (cycle,)
    assert (cycle.budget_asked, cycle.budget_granted) == (Decimal("120000.00"), Decimal("80000.50"))
    with pytest.raises(ValidationError) as err:
        pc.save_leadership(db, "2026-04-01", ["a", "b", "c"], "-5", None)
    assert err.value.field == "budget_asked"
    pc.save_reflection(db, 2, "We sell to Procurement only.")
    assert [r.reflection for r in pc.list_reflections(db)] == ["", "We sell to Procurement only.", "", ""]


# ids are plain indexes: an id holding the text's repr (backslashes, non-ASCII) cannot be named on
# pytest's command line, which is how mutmut runs a mutant's tests
@pytest.mark.parametrize(
    "hostile", hostile_strings(), ids=[f"string{i}" for i in range(len(hostile_strings()))]
)
def test_hostile_text_round_trips_in_notes(db: Database, hostile: str) -> None:
    """The oracle (tests/hostile.py) says which must happen: stored exactly, or refused."""
    attempt = d.AssessmentInput("2026-01-10", [d.FactorRatingInput(1, 3, hostile)])
    if not text_ok(hostile, max_len=d.NOTE_MAX):
        with pytest.raises(ValidationError) as err:
            pc.record_assessment(db, attempt)
        assert err.value.field == "factor_1" and str(err.value).startswith("Notes ")
        assert pc.list_assessments(db) == ()  # refused: nothing written
        return
    saved = pc.record_assessment(db, attempt)
    assert saved.ratings[0].notes == hostile
    assert pc.list_assessments(db)[0].ratings[0].notes == hostile


# --- evidence on a seeded database -----------------------------------------------------------


@pytest.fixture
def seeded(db: Database) -> Database:
    """Cap 2; Alpha (all 8 factors) and Beta (7) are key, Gamma is key beyond the cap with a
    reason; Alpha and Beta have plans started 2026-01-10, Alpha reviewed on 2026-05-01."""
    update_program(db, ProgramInput(key_account_cap=2, currency="EUR"))
    ids = {}
    for name, rated in (("Alpha", 8), ("Beta", 7), ("Gamma", 0)):
        ids[name] = create_account(db, AccountInput(name=name)).id
        if rated:
            add_assessment(db, ids[name], {f: 4 for f in list(Factor)[:rated]}, assessed_on="2026-01-05")
    change_status(db, ids["Alpha"], AccountStatus.KEY)
    change_status(db, ids["Beta"], AccountStatus.KEY)
    change_status(db, ids["Gamma"], AccountStatus.KEY, "A logo the whole industry follows.")
    ann = team.create_member(db, team.MemberInput(name="Ann")).id
    bob = team.create_member(db, team.MemberInput(name="Bob")).id
    for role in Role:
        team.set_role(db, ids["Alpha"], ann, role, RoleStrength.PRIMARY)
    team.set_role(db, ids["Beta"], ann, Role.RELATIONSHIP_LEAD, RoleStrength.PRIMARY)
    team.set_role(db, ids["Beta"], bob, Role.INNOVATOR, RoleStrength.BACKUP)
    areas = list(FluencyArea)
    team.rate_fluency(db, ann, dict(zip(areas, (4, 4, 3, 2, 2), strict=True)), "2026-02-01")
    team.rate_fluency(db, bob, {FluencyArea.MARKET: 4}, "2026-02-01")
    clock.pin_today(dt.date(2026, 1, 10))
    plans = {name: ensure_plan(db, ids[name]).id for name in ("Alpha", "Beta")}
    clock.pin_today(TODAY)
    bank = load_question_bank().for_rigour("standard")
    for q in bank[:3]:
        save_answer(db, plans["Alpha"], q.id, AnswerInput(answer="Known."))
    with db.session() as session:
        for phase in (Phase.STRATEGY, Phase.RESEARCH):
            row = session.get(PlanPhase, (plans["Alpha"], phase.value))
            assert row is not None
            row.status = PhaseStatus.DONE.value
        row = session.get(PlanPhase, (plans["Beta"], Phase.STRATEGY.value))
        assert row is not None
        row.status = PhaseStatus.DONE.value
        session.add(Review(plan_id=plans["Alpha"], held_on=dt.date(2026, 5, 1), health=Health.ON_TRACK.value))
        session.add(Review(plan_id=plans["Beta"], held_on=dt.date(2026, 2, 1), health=Health.AT_RISK.value))
        for title, owner, due, status in (
            ("Owned and dated", ann, dt.date(2026, 7, 1), ActionStatus.PLANNED),
            ("Also owned", bob, dt.date(2026, 8, 1), ActionStatus.IN_PROGRESS),
            ("No owner", None, dt.date(2026, 7, 1), ActionStatus.PLANNED),
            ("Done, no owner", None, None, ActionStatus.DONE),
        ):
            session.add(
                Action(plan_id=plans["Alpha"], title=title, owner_id=owner, due_date=due, status=status.value)
            )
        session.add(
            Action(
                plan_id=plans["Beta"],
                title="Blocked, no date",
                owner_id=ann,
                status=ActionStatus.BLOCKED.value,
            )
        )
        for focus in (GrowthFocus.PENETRATION, GrowthFocus.PENETRATION, GrowthFocus.PROTECTION):
            session.add(Objective(plan_id=plans["Alpha"], growth_focus=focus.value, description="o"))
        session.add(
            Stakeholder(account_id=ids["Beta"], name="CEO", decision_role=DecisionRole.ECONOMIC_BUYER.value)
        )
    return db


def test_evidence_figures_are_exact_on_a_seeded_database(seeded: Database) -> None:
    evidence = pe.program_evidence(seeded)
    assert sorted(evidence) == [2, 3, 4, 5, 7]
    in_scope = len(load_question_bank().for_rigour("standard"))
    assert evidence[2].as_text() == (
        "Key accounts scored on all 8 factors: 1 of 3 (33%)\n"
        "Key-account list: 3 of a cap of 2 (over the cap)\n"
        "Over-cap accounts with a written reason: 1 of 1 (100%)"
    )
    assert [line.value for line in evidence[3].lines] == [
        "2 of 3 (67%)",
        f"3 of {2 * in_scope} ({round(300 / (2 * in_scope))}%)",
        "2 of 4 (50%)",
    ]
    assert [line.value for line in evidence[4].lines] == ["3 of 10 (30%)", "1 of 2 (50%)"]
    assert [line.value for line in evidence[5].lines] == [
        "1 of 3 (33%)",
        "Technical Expert (2), Collaborator (2), Project Manager (2)",
    ]
    assert evidence[7].lines[0].value == "1 of 2 (50%)"
    assert evidence[7].lines[1].value == (
        "Range of customer needs we solve 4.0; Our products, services and capabilities 4.0; "
        "The market 3.5; Our company and its value proposition 2.0; "
        "The competition, and why we are better value 2.0"
    )
    assert evidence[7].lines[2].value == (
        "Our company and its value proposition, The competition, and why we are better value"
    )
    reflections = pc.list_reflections(seeded)
    assert [r.linked for r in reflections] == [0, 2, 1, 1]


def test_evidence_agrees_with_the_screens_read_models(seeded: Database) -> None:
    portfolio = load_portfolio(seeded)
    ident = pe.identification_facts(seeded)
    assert (ident.key_accounts, ident.cap) == (portfolio.cap.key_count, portfolio.cap.cap)
    assert ident.over_cap == sum(1 for r in portfolio.rows if r.over_cap)
    roles = pe.role_facts(seeded)
    key_rows = [r for r in portfolio.rows if r.status is AccountStatus.KEY]
    assert roles.fully_covered == sum(1 for r in key_rows if r.role_gaps == 0)  # the portfolio's column
    matrix = portfolio_matrix(seeded)
    assert dict(roles.gaps_by_role) == {role: c.gaps for role, c in matrix.counts.items()}
    planning, process = pe.plan_process_facts(seeded)
    done = 0
    for row in key_rows:
        plan = get_plan(seeded, row.id)
        if plan is not None:
            done += sum(1 for p in plan.phases if p.status is PhaseStatus.DONE)
    assert process.phases_done == done == 3
    with seeded.session() as session:
        open_no_owner = session.scalars(
            select(Action.title).where(Action.owner_id.is_(None), Action.status == "planned")
        ).all()
    assert (
        planning.open_actions - planning.open_actions_owned_and_dated == len(open_no_owner) + 1
    )  # + Beta's undated


def test_the_demo_has_two_dated_self_assessments_so_the_trend_shows(demo_db: Database) -> None:
    history = pc.list_assessments(demo_db)
    assert len(history) == 2 and history[0].assessed_on < history[1].assessed_on
    assert [h.overall for h in history] == [1.9, 2.8]
    assert d.trend(d.overall_history(history)) == 1
    assert pc.get_charter(demo_db).decided == 5
    assert len(pc.list_leadership(demo_db)) == 1


def test_a_refused_reflection_names_its_field_in_the_language_in_use(db: Database) -> None:
    from kam_desktop.i18n import using_language

    with using_language("it"), pytest.raises(ValidationError) as err:
        pc.save_reflection(db, 1, "x" * (d.NOTE_MAX + 1))
    assert err.value.field == "reflection" and str(err.value).startswith("Il campo «Riflessione» ")


def test_a_charter_decision_on_a_date_that_does_not_exist(db: Database) -> None:
    from kam_desktop.domain.program_method import CharterDecision

    with pytest.raises(ValidationError) as err:
        pc.decide_component(db, 1, CharterDecision.ACCEPT, "", "2026-02-30")
    assert (str(err.value), err.value.field) == (
        "Date: 2026-02-30 is not a real calendar date.",
        "decided_on",
    )
    assert pc.get_charter(db).items[0].decision is None


def test_a_charter_decision_on_a_word_that_is_not_a_date_in_italian(db: Database, italian: None) -> None:
    with pytest.raises(ValidationError) as err:
        pc.decide_component(db, 1, CharterDecision.ACCEPT, "", "domani")
    assert (str(err.value), err.value.field) == (
        "Data: “domani” non è una data. Scrivila come 30/06/2027.",
        "decided_on",
    )
    assert pc.get_charter(db).items[0].decision is None


@pytest.mark.parametrize(
    ("older", "newer", "justified"), [("", "Board decision.", 1), ("Board decision.", "", 0)]
)
def test_of_two_promotions_at_the_same_moment_the_later_one_says_whether_it_is_justified(
    seeded: Database, older: str, newer: str, justified: int
) -> None:
    """Gamma is key beyond the cap; its promotion recorded last (same time stamp, later record)
    is the one whose reason counts in factor 1's "over-cap accounts with a written reason"."""
    from kam_desktop.store.models import Account, AccountStatusChange

    with seeded.session() as session:
        gamma = session.scalars(select(Account.id).where(Account.name == "Gamma")).one()
        (promotion,) = session.scalars(
            select(AccountStatusChange).where(AccountStatusChange.account_id == gamma)
        ).all()
        moment = promotion.changed_at  # the last of the three promotions: Gamma is beyond the cap
        session.delete(promotion)
        session.flush()
        for reason in (older, newer):
            session.add(
                AccountStatusChange(
                    account_id=gamma,
                    from_status=AccountStatus.CANDIDATE.value,
                    to_status="key",
                    reason=reason,
                    over_cap=True,
                    changed_at=moment,
                )
            )
    ident = pe.identification_facts(seeded)
    assert (ident.key_accounts, ident.cap, ident.over_cap, ident.over_cap_justified) == (3, 2, 1, justified)
