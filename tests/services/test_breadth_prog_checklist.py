"""Breadth (issue 12, module-wide): ``services/program_checklist.py`` through a real database -
the charter's stored decisions (set, changed, cleared), each refusal word for word with its field,
self-assessments kept apart and deleted whole, trust answers, division cooperation, leadership
cycles (edited, ordered, deleted), and the objectives and decision makers linked to each customer
want - only those of live key accounts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from kam_desktop.domain import program as d
from kam_desktop.domain.enums import AccountStatus, DecisionRole, GrowthFocus
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.domain.program_method import COMPONENTS, CharterDecision
from kam_desktop.i18n import using_language
from kam_desktop.services import clock
from kam_desktop.services import program_checklist as pc
from kam_desktop.services.accounts import AccountInput, change_status, create_account, delete_account
from kam_desktop.services.plans import ensure_plan
from kam_desktop.store.database import Database
from kam_desktop.store.models import Objective, Stakeholder
from kam_desktop.store.program_models import ProgramFactorRating

TODAY = dt.date(2026, 6, 15)
ACCEPT, ADAPT, REJECT = CharterDecision.ACCEPT, CharterDecision.ADAPT, CharterDecision.REJECT


@pytest.fixture(autouse=True)
def _pinned() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


def _refused(call: object, *args: object, **kwargs: object) -> tuple[str, str | None]:
    with pytest.raises(ValidationError) as err:
        call(*args, **kwargs)  # type: ignore[operator]
    return err.value.message, err.value.field


# --- charter ---------------------------------------------------------------------------------


def test_a_new_charter_lists_the_six_statements_undecided(db: Database) -> None:
    charter = pc.get_charter(db)
    assert charter.items == tuple(d.CharterItem(n, s, None, "", None) for n, s in enumerate(COMPONENTS, 1))


def test_a_decision_is_stored_changed_and_cleared_with_its_date(db: Database) -> None:
    charter = pc.decide_component(db, 6, "reject", "Not for us.", dt.date(2026, 2, 1))
    assert charter.items[5] == d.CharterItem(6, COMPONENTS[5], REJECT, "Not for us.", dt.date(2026, 2, 1))
    assert charter.items[:5] == pc.get_charter(db).items[:5]
    assert pc.get_charter(db) == charter
    charter = pc.decide_component(db, 6, ADAPT, "Only two.")  # no date: today
    assert charter.items[5] == d.CharterItem(6, COMPONENTS[5], ADAPT, "Only two.", TODAY)
    charter = pc.decide_component(db, 6, "", "kept words", "2026-01-01")  # cleared: no date
    assert charter.items[5] == d.CharterItem(6, COMPONENTS[5], None, "kept words", None)
    charter = pc.decide_component(db, 1, None, "")
    assert charter.items[0] == d.CharterItem(1, COMPONENTS[0], None, "", None)
    assert (charter.decided, charter.last_decided_on) == (0, None)
    charter = pc.decide_component(db, 1, ACCEPT, "  ", "2026-03-03")
    assert charter.items[0] == d.CharterItem(1, COMPONENTS[0], ACCEPT, "  ", dt.date(2026, 3, 3))
    assert (charter.decided, charter.last_decided_on) == (1, dt.date(2026, 3, 3))


@pytest.mark.parametrize("decision", [ADAPT, REJECT, "adapt", "reject"])
def test_adapting_or_rejecting_without_words_is_refused_and_nothing_is_stored(
    db: Database, decision: object
) -> None:
    with using_language("en"):
        assert _refused(pc.decide_component, db, 3, decision, " \n ") == (
            "Say in your own words how you adapt it, or why you reject it.",
            "our_words",
        )
    assert pc.get_charter(db).items[2].decision is None


def test_charter_refusals_word_for_word(db: Database) -> None:
    with using_language("en"):
        assert _refused(pc.decide_component, db, 2, "maybe", "") == (
            "Decision must be one of: accept, adapt, reject.",
            "decision",
        )
        assert _refused(pc.decide_component, db, 0, ACCEPT, "") == (
            "There is no component 0 in the definition.",
            "component",
        )
        assert _refused(pc.decide_component, db, 2, ACCEPT, "x\x00") == (
            "What it means for us cannot contain an invisible control character (U+0000).",
            "our_words",
        )
        assert _refused(pc.decide_component, db, 2, ACCEPT, "", "yesterday") == (
            "Date: “yesterday” is not a date. Type it like 6/30/2027.",
            "decided_on",
        )
    with using_language("it"):
        assert _refused(pc.decide_component, db, 2, "maybe", "") == (
            "Il campo «Decisione» deve essere uno tra: accept, adapt, reject.",
            "decision",
        )
    assert pc.get_charter(db).decided == 0


# --- self-assessments --------------------------------------------------------------------------


def test_assessments_keep_their_own_ratings_and_deleting_one_removes_its_ratings(db: Database) -> None:
    first = pc.record_assessment(
        db,
        d.AssessmentInput(
            "2026-05-01", [d.FactorRatingInput(9, 2, "n9", "e9"), d.FactorRatingInput(1, 5)], "A"
        ),
        measured={9: "measured nine", 4: "not rated, not kept"},
    )
    second = pc.record_assessment(db, d.AssessmentInput("2026-01-01", [d.FactorRatingInput(1, 3)], "B"))
    assert first.ratings == (
        d.FactorRating(1, 5, "", "", ""),
        *(d.FactorRating(n, None) for n in range(2, 9)),
        d.FactorRating(9, 2, "n9", "e9", "measured nine"),
    )
    assert (first.assessed_on, first.note) == (dt.date(2026, 5, 1), "A")
    assert second.ratings[0] == d.FactorRating(1, 3, "", "", "")
    assert [r.rating for r in second.ratings[1:]] == [None] * 8
    assert pc.list_assessments(db) == (second, first)  # oldest first
    pc.delete_assessment(db, second.id)
    assert pc.list_assessments(db) == (first,)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ProgramFactorRating)) == 2
    for lang, message in (
        ("en", "That self-assessment no longer exists."),
        ("it", "Quell'autovalutazione non esiste più."),
    ):
        with using_language(lang), pytest.raises(NotFoundError) as err:
            pc.delete_assessment(db, second.id)
        assert err.value.message == message
    assert pc.list_assessments(db) == (first,)


def test_two_assessments_on_one_day_are_listed_in_the_order_recorded(db: Database) -> None:
    a = pc.record_assessment(db, d.AssessmentInput("2026-05-01", [d.FactorRatingInput(2, 4)], "first"))
    b = pc.record_assessment(db, d.AssessmentInput("2026-05-01", [d.FactorRatingInput(2, 1)], "second"))
    assert [x.id for x in pc.list_assessments(db)] == [a.id, b.id]
    assert d.overall_history(pc.list_assessments(db)) == (
        (dt.date(2026, 5, 1), 4.0),
        (dt.date(2026, 5, 1), 1.0),
    )


# --- trust -------------------------------------------------------------------------------------


def test_trust_answers_default_empty_and_are_replaced_with_todays_date(db: Database) -> None:
    assert pc.list_trust(db) == tuple(d.TrustAnswer(n, "", None, None) for n in range(1, 7))
    assert pc.answer_trust(db, 6, "Yes.", 5) == d.TrustAnswer(6, "Yes.", 5, TODAY)
    assert pc.answer_trust(db, 1, "First.", None) == d.TrustAnswer(1, "First.", None, TODAY)
    clock.pin_today(TODAY + dt.timedelta(days=3))
    assert pc.answer_trust(db, 6, "Changed.", 1) == d.TrustAnswer(
        6, "Changed.", 1, TODAY + dt.timedelta(days=3)
    )
    assert pc.list_trust(db) == (
        d.TrustAnswer(1, "First.", None, TODAY),
        *(d.TrustAnswer(n, "", None, None) for n in range(2, 6)),
        d.TrustAnswer(6, "Changed.", 1, TODAY + dt.timedelta(days=3)),
    )


def test_trust_refusals_word_for_word(db: Database) -> None:
    with using_language("en"):
        assert _refused(pc.answer_trust, db, 7, "x", 3) == ("There is no trust question 7.", "question")
        assert _refused(pc.answer_trust, db, 1, "x" * 4001, 3) == (
            "Answer is too long (4,001 characters; at most 4,000).",
            "answer",
        )
        assert _refused(pc.answer_trust, db, 1, "x", 0) == ("Rating must be from 1 to 5 (got 0).", "rating")
    with using_language("it"):
        assert _refused(pc.answer_trust, db, 1, "x", 6) == (
            "Valutazione deve essere da 1 a 5 (ricevuto 6).",
            "rating",
        )
    assert pc.answer_trust(db, 1, "x" * 4000, 1).answer == "x" * 4000


# --- division cooperation ----------------------------------------------------------------------


def test_a_division_is_edited_in_place_and_accounts_in_the_trash_drop_out(db: Database) -> None:
    acme = create_account(db, AccountInput(name="Acme")).id
    beta = create_account(db, AccountInput(name="Beta")).id
    first = pc.save_cooperation(db, acme, " Services ", "Runs the pilot", 4)
    assert first == d.DivisionCooperation(first.id, acme, "Acme", "Services", "Runs the pilot", 4)
    edited = pc.save_cooperation(db, acme, "Logistics", "", None, cooperation_id=first.id)
    assert edited == d.DivisionCooperation(first.id, acme, "Acme", "Logistics", "", None)
    other = pc.save_cooperation(db, beta, "Finance", "Pays", 2)
    assert pc.list_cooperation(db) == (edited, other)
    assert pc.list_cooperation(db, beta) == (other,)
    delete_account(db, beta)
    assert pc.list_cooperation(db) == (edited,)
    assert pc.list_cooperation(db, beta) == ()
    with using_language("en"), pytest.raises(NotFoundError) as err:
        pc.save_cooperation(db, beta, "Again", "", None)
    assert err.value.message == "That account no longer exists (it may be in the trash)."
    pc.delete_cooperation(db, edited.id)
    pc.delete_cooperation(db, edited.id)  # already gone: nothing happens
    assert pc.list_cooperation(db) == ()
    for lang, message in (
        ("en", "That division entry no longer exists."),
        ("it", "Quella divisione non esiste più."),
    ):
        with using_language(lang), pytest.raises(NotFoundError) as err:
            pc.save_cooperation(db, acme, "X", "", None, cooperation_id=edited.id)
        assert err.value.message == message
    assert pc.list_cooperation(db) == ()


def test_cooperation_refusals_word_for_word(db: Database) -> None:
    acme = create_account(db, AccountInput(name="Acme")).id
    with using_language("en"):
        assert _refused(pc.save_cooperation, db, acme, "  ", "", None) == (
            "Division cannot be empty.",
            "division",
        )
        assert _refused(pc.save_cooperation, db, acme, "D", "i" * 4001, None) == (
            "How it is involved is too long (4,001 characters; at most 4,000).",
            "involvement",
        )
        assert _refused(pc.save_cooperation, db, acme, "D", "", 6) == (
            "Cooperation must be from 1 to 5 (got 6).",
            "rating",
        )
    assert pc.list_cooperation(db) == ()
    assert pc.save_cooperation(db, acme, "D", "i" * 4000, 1).involvement == "i" * 4000


# --- leadership --------------------------------------------------------------------------------


def test_leadership_cycles_newest_first_edited_in_place_and_deleted(db: Database) -> None:
    old = pc.save_leadership(db, "2026-01-15", ["a1", "a2", "a3"], "1000", None, "2 people", "")
    assert old == d.LeadershipCycle(
        old.id, dt.date(2026, 1, 15), ("a1", "a2", "a3"), Decimal("1000.00"), None, "2 people", ""
    )
    new = pc.save_leadership(db, dt.date(2026, 4, 1), ["b1", "b2", "b3"], None, Decimal("250.5"))
    same_day = pc.save_leadership(db, "2026-04-01", ["c1", "c2", "c3"], "0", "0")
    assert (same_day.budget_asked, same_day.budget_granted) == (Decimal("0.00"), Decimal("0.00"))
    assert new.budget_granted == Decimal("250.50") and new.budget_asked is None
    assert pc.list_leadership(db) == (same_day, new, old)
    edited = pc.save_leadership(
        db, "2026-05-01", ["x", "y", "z"], "5", "4", "asked", "granted", cycle_id=old.id
    )
    assert edited == d.LeadershipCycle(
        old.id, dt.date(2026, 5, 1), ("x", "y", "z"), Decimal("5.00"), Decimal("4.00"), "asked", "granted"
    )
    assert pc.list_leadership(db) == (edited, same_day, new)
    pc.delete_leadership(db, new.id)
    pc.delete_leadership(db, new.id)
    assert pc.list_leadership(db) == (edited, same_day)
    for lang, message in (
        ("en", "That leadership cycle no longer exists."),
        ("it", "Quel ciclo della direzione non esiste più."),
    ):
        with using_language(lang), pytest.raises(NotFoundError) as err:
            pc.save_leadership(db, "2026-05-01", ["x", "y", "z"], None, None, cycle_id=new.id)
        assert err.value.message == message


@pytest.mark.parametrize(
    ("kwargs", "field", "label"),
    [
        ({"cycle_on": "soon"}, "cycle_on", "Review cycle: “soon” is not a date. Type it like 6/30/2027."),
        ({"budget_asked": "-1"}, "budget_asked", "Budget asked for cannot be negative."),
        (
            {"budget_granted": "x"},
            "budget_granted",
            "Budget granted: “x” is not a number in this format (decimal separator “.”). "
            "Type it like 1,250,000.50.",
        ),
        (
            {"resources_asked": "\x00"},
            "resources_asked",
            "Resources asked for cannot contain an invisible control character (U+0000).",
        ),
        (
            {"resources_granted": "\x00"},
            "resources_granted",
            "Resources granted cannot contain an invisible control character (U+0000).",
        ),
        ({"answers": ["a", "b"]}, "answer_1", "Answer the three leadership questions."),
    ],
)
def test_each_leadership_field_is_refused_by_its_label(
    db: Database, kwargs: dict[str, object], field: str, label: str
) -> None:
    args: dict[str, object] = {
        "cycle_on": "2026-04-01",
        "answers": ["a", "b", "c"],
        "budget_asked": None,
        "budget_granted": None,
        **kwargs,
    }
    with using_language("en"), pytest.raises(ValidationError) as err:
        pc.save_leadership(db, **args)  # type: ignore[arg-type]
    assert (err.value.message, err.value.field) == (label, field)
    assert pc.list_leadership(db) == ()


# --- KAM is not selling --------------------------------------------------------------------------


def _account(db: Database, name: str, status: AccountStatus) -> tuple[int, int]:
    account = create_account(db, AccountInput(name=name)).id
    if status is not AccountStatus.CANDIDATE:
        change_status(db, account, status, "because")
    return account, ensure_plan(db, account).id


def test_each_want_counts_only_live_objectives_and_decision_makers_of_live_key_accounts(db: Database) -> None:
    key, key_plan = _account(db, "Key", AccountStatus.KEY)
    cand, cand_plan = _account(db, "Candidate", AccountStatus.CANDIDATE)
    gone, gone_plan = _account(db, "Gone", AccountStatus.KEY)
    with db.session() as session:
        for plan, focus, deleted in (
            (key_plan, GrowthFocus.EXPANSION, False),
            (key_plan, GrowthFocus.EXPANSION, False),
            (key_plan, GrowthFocus.EXPANSION, True),
            (key_plan, GrowthFocus.PENETRATION, False),
            (key_plan, GrowthFocus.PROTECTION, False),
            (key_plan, GrowthFocus.PROTECTION, False),
            (key_plan, GrowthFocus.PROTECTION, False),
            (cand_plan, GrowthFocus.PENETRATION, False),
            (gone_plan, GrowthFocus.PENETRATION, False),
        ):
            session.add(
                Objective(
                    plan_id=plan,
                    growth_focus=focus.value,
                    description="o",
                    deleted_at=dt.datetime(2026, 6, 1) if deleted else None,
                )
            )
        for account, role, deleted in (
            (key, DecisionRole.ECONOMIC_BUYER, False),
            (key, DecisionRole.DECISION_MAKER, False),
            (key, DecisionRole.DECISION_MAKER, True),
            (key, DecisionRole.INFLUENCER, False),
            (key, None, False),
            (cand, DecisionRole.DECISION_MAKER, False),
            (gone, DecisionRole.ECONOMIC_BUYER, False),
        ):
            session.add(
                Stakeholder(
                    account_id=account,
                    name="s",
                    decision_role=role.value if role else None,
                    deleted_at=dt.datetime(2026, 6, 1) if deleted else None,
                )
            )
    delete_account(db, gone)
    assert pc.list_reflections(db) == (
        d.WantReflection(1, "", 2),
        d.WantReflection(2, "", 1),
        d.WantReflection(3, "", 3),
        d.WantReflection(4, "", 2),
    )
    assert pc.save_reflection(db, 4, "Meet the board.") == d.WantReflection(4, "Meet the board.", 2)
    assert pc.save_reflection(db, 4, "Changed.") == d.WantReflection(4, "Changed.", 2)
    assert pc.save_reflection(db, 1, "x" * 4000) == d.WantReflection(1, "x" * 4000, 2)
    assert [r.reflection for r in pc.list_reflections(db)] == ["x" * 4000, "", "", "Changed."]


def test_reflection_refusals_word_for_word(db: Database) -> None:
    with using_language("en"):
        assert _refused(pc.save_reflection, db, 5, "x") == ("There is no customer want 5.", "want")
        assert _refused(pc.save_reflection, db, 0, "x") == ("There is no customer want 0.", "want")
        assert _refused(pc.save_reflection, db, 1, "x" * 4001) == (
            "Reflection is too long (4,001 characters; at most 4,000).",
            "reflection",
        )
    assert [r.reflection for r in pc.list_reflections(db)] == ["", "", "", ""]
