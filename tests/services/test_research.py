"""Research service: core team, answers, custom questions, to-do list, category completeness."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from kam_desktop.domain.enums import Phase, ResearchStatus, Rigour
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.domain.question_bank import load_question_bank
from kam_desktop.services import accounts, plans, research, strategy
from kam_desktop.services.research import AnswerInput
from kam_desktop.store.database import Database
from kam_desktop.store.models import TeamMember
from tests.hostile import hostile_strings, text_ok


def add_member(db: Database, name: str) -> int:
    with db.session() as session:
        member = TeamMember(name=name, function="Engineer")
        session.add(member)
        session.flush()
        return member.id


@pytest.fixture
def plan(db: Database) -> tuple[int, int]:
    a = accounts.create_account(db, accounts.AccountInput("Acme Logistics"))
    return a.id, plans.ensure_plan(db, a.id).id


def test_core_team_round_trip_and_archived_members_hidden(db: Database, plan: tuple[int, int]) -> None:
    account_id, _ = plan
    giulia, daniel, gone = add_member(db, "Giulia"), add_member(db, "Daniel"), add_member(db, "Gone")
    with db.session() as session:
        session.execute(
            update(TeamMember).where(TeamMember.id == gone).values(archived_at=dt.datetime(2026, 1, 1))
        )
    assert [m.name for m in research.list_team_members(db)] == ["Daniel", "Giulia"]
    research.set_core_team(db, account_id, [giulia, daniel])
    assert {m.id for m in research.get_core_team(db, account_id)} == {giulia, daniel}
    research.set_core_team(db, account_id, [daniel])
    assert [m.name for m in research.get_core_team(db, account_id)] == ["Daniel"]
    with pytest.raises(ValidationError):
        research.set_core_team(db, account_id, [daniel, gone])
    assert [m.name for m in research.get_core_team(db, account_id)] == ["Daniel"]


def test_questions_follow_the_rigour(db: Database, plan: tuple[int, int]) -> None:
    _account_id, plan_id = plan
    bank = load_question_bank()
    assert len(research.list_questions(db, plan_id)) == len(bank.for_rigour("standard"))
    plans.set_rigour(db, plan_id, Rigour.DEEP)
    assert len(research.list_questions(db, plan_id)) == 57
    deep_only = next(q for q in bank.questions if q.rigour == {"deep"})
    research.save_answer(db, plan_id, deep_only.id, AnswerInput("Known", ResearchStatus.ANSWERED))
    plans.set_rigour(db, plan_id, Rigour.LIGHT)
    rows = research.list_questions(db, plan_id)
    kept = next(r for r in rows if r.question_id == deep_only.id)
    assert kept.answer == "Known" and not kept.in_scope  # answered out-of-scope questions stay visible
    assert sum(r.in_scope for r in rows) == len(bank.for_rigour("light"))


def test_answer_round_trip_and_category_completeness(db: Database, plan: tuple[int, int]) -> None:
    _, plan_id = plan
    owner = add_member(db, "Maja")
    before = {c.category: c for c in research.category_progress(db, plan_id)}
    q = research.list_questions(db, plan_id)[0]
    research.save_answer(
        db, plan_id, q.key, AnswerInput("Three plants", "answered", owner, None, "Annual report")
    )
    row = next(r for r in research.list_questions(db, plan_id) if r.key == q.key)
    assert (row.answer, row.status, row.owner_name, row.source) == (
        "Three plants",
        ResearchStatus.ANSWERED,
        "Maja",
        "Annual report",
    )
    after = {c.category: c for c in research.category_progress(db, plan_id)}
    assert after[q.category].addressed == before[q.category].addressed + 1
    assert after[q.category].percent > 0


def test_needs_research_counts_only_with_owner_and_date(db: Database, plan: tuple[int, int]) -> None:
    account_id, plan_id = plan
    owner = add_member(db, "Erik")
    q = research.list_questions(db, plan_id)[0]
    research.save_answer(db, plan_id, q.key, AnswerInput("", ResearchStatus.NEEDS_RESEARCH))
    assert research.category_progress(db, plan_id)[0].addressed == 0
    gaps = plans.get_plan(db, account_id).phase(Phase.RESEARCH).missing  # type: ignore[union-attr]
    assert any("owner and a due date" in g for g in gaps)
    research.save_answer(db, plan_id, q.key, AnswerInput("", "needs_research", owner, "2026-12-01"))
    todo = research.research_todo(db, plan_id)
    assert [(t.key, t.owner_name, t.due_date) for t in todo] == [(q.key, "Erik", dt.date(2026, 12, 1))]
    assert research.category_progress(db, plan_id)[0].addressed == 1


def test_answered_needs_text_and_bad_values_refused(db: Database, plan: tuple[int, int]) -> None:
    _, plan_id = plan
    key = research.list_questions(db, plan_id)[0].key
    with pytest.raises(ValidationError) as err:
        research.save_answer(db, plan_id, key, AnswerInput("  ", "answered"))
    assert err.value.field == "answer"
    with pytest.raises(ValidationError) as err:
        research.save_answer(db, plan_id, key, AnswerInput("x", "maybe"))
    assert err.value.field == "status"
    with pytest.raises(ValidationError) as err:
        research.save_answer(db, plan_id, key, AnswerInput("x", "needs_research", None, "2026-02-30"))
    assert err.value.field == "due_date"
    with pytest.raises(NotFoundError):
        research.save_answer(db, plan_id, "Q99", AnswerInput("x"))
    assert research.list_questions(db, plan_id)[0].status is ResearchStatus.UNANSWERED


def test_custom_questions_add_answer_delete_restore(db: Database, plan: tuple[int, int]) -> None:
    _, plan_id = plan
    custom = research.add_custom_question(db, plan_id, 6, "Who lost the last tender?")
    assert custom.custom and custom.category == 6
    research.save_answer(db, plan_id, custom.key, AnswerInput("Vantor", "answered"))
    row = next(r for r in research.list_questions(db, plan_id) if r.key == custom.key)
    assert (row.text, row.answer) == ("Who lost the last tender?", "Vantor")
    assert custom.answer_id is not None
    research.delete_custom_question(db, custom.answer_id)
    assert all(r.key != custom.key for r in research.list_questions(db, plan_id))
    research.restore_custom_question(db, custom.answer_id)
    assert any(r.key == custom.key for r in research.list_questions(db, plan_id))
    with pytest.raises(ValidationError):
        research.add_custom_question(db, plan_id, 9, "x")
    with pytest.raises(ValidationError):
        research.add_custom_question(db, plan_id, 1, " ")


def test_hostile_strings_in_answers_round_trip(db: Database, plan: tuple[int, int]) -> None:
    _, plan_id = plan
    key = research.list_questions(db, plan_id)[0].key
    for text in hostile_strings():
        answer = AnswerInput(text, "not_relevant", source=text)
        if text_ok(text, 2000):
            research.save_answer(db, plan_id, key, answer)
            row = next(r for r in research.list_questions(db, plan_id) if r.key == key)
            assert (row.answer, row.source) == (text, text)
        else:
            with pytest.raises(ValidationError) as err:
                research.save_answer(db, plan_id, key, answer)
            assert err.value.field in {"answer", "source"}
        if text_ok(text, 2000) and text.strip():
            custom = research.add_custom_question(db, plan_id, 2, text)
            assert next(r for r in research.list_questions(db, plan_id) if r.key == custom.key).text == text
        else:
            with pytest.raises(ValidationError) as err:
                research.add_custom_question(db, plan_id, 2, text)
            assert err.value.field == "question"


def test_research_phase_complete_on_demo_plan(demo_db: Database) -> None:
    account_id = 1
    plan = plans.get_plan(demo_db, account_id)
    assert plan is not None
    view = strategy.get_strategy(demo_db, account_id)
    assert view.objectives
    assert len(research.list_questions(demo_db, plan.id)) >= 17
