"""Phase 2, Research: the core account team, answers to the question bank (and the plan's own
questions), the research to-do list and completeness per category.

A bank question has no row until it is first touched; ``list_questions`` merges the bank (for
the plan's rigour) with the stored answers, plus the plan's custom questions and any answered
bank question that the current rigour no longer shows (so nothing answered disappears).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import ResearchStatus, Rigour
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.domain.question_bank import load_question_bank
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services import accounts, clock
from kam_desktop.store.database import Database
from kam_desktop.store.models import AccountPlan, AccountTeamMember, ResearchAnswer, TeamMember


@dataclass(frozen=True)
class TeamMemberOption:
    id: int
    name: str
    function: str


@dataclass(frozen=True)
class QuestionRow:
    """One question of the plan with its answer (status 'unanswered' and no id if untouched)."""

    answer_id: int | None
    question_id: str | None  # None for a custom question
    category: int
    category_title: str
    text: str
    hint: str
    in_scope: bool  # part of the plan's rigour (custom questions always are)
    answer: str
    status: ResearchStatus
    owner_id: int | None
    owner_name: str
    due_date: dt.date | None
    source: str

    @property
    def custom(self) -> bool:
        return self.question_id is None

    @property
    def key(self) -> str:
        """Stable identity for the UI: the bank id, or 'C<answer id>' for a custom question."""
        return self.question_id if self.question_id is not None else f"C{self.answer_id}"

    @property
    def addressed(self) -> bool:
        return self.status in (ResearchStatus.ANSWERED, ResearchStatus.NOT_RELEVANT) or (
            self.status is ResearchStatus.NEEDS_RESEARCH
            and self.owner_id is not None
            and self.due_date is not None
        )


@dataclass(frozen=True)
class CategoryProgress:
    category: int
    title: str
    total: int
    answered: int
    not_relevant: int
    needs_research: int
    unanswered: int
    addressed: int

    @property
    def percent(self) -> int:
        return round(100 * self.addressed / self.total) if self.total else 0


@dataclass(frozen=True)
class AnswerInput:
    answer: str = ""
    status: ResearchStatus | str = ResearchStatus.ANSWERED
    owner_id: int | None = None
    due_date: dt.date | str | None = None
    source: str = ""


def _plan(session: Session, plan_id: int) -> AccountPlan:
    plan = session.get(AccountPlan, plan_id)
    if plan is None:
        raise NotFoundError(translate("Errors", "That plan no longer exists."))
    accounts.get_live(session, plan.account_id)
    return plan


# --- team --------------------------------------------------------------------------------------


def list_team_members(db: Database) -> tuple[TeamMemberOption, ...]:
    """Our people who are not archived, by name."""
    with db.reading() as session:
        return tuple(
            TeamMemberOption(t.id, t.name, t.function)
            for t in session.scalars(
                select(TeamMember).where(TeamMember.archived_at.is_(None)).order_by(TeamMember.name)
            )
        )


def _team_names(session: Session) -> dict[int, str]:
    return {k: n for k, n in session.execute(select(TeamMember.id, TeamMember.name))}


def get_core_team(db: Database, account_id: int) -> tuple[TeamMemberOption, ...]:
    with db.reading() as session:
        accounts.get_live(session, account_id)
        return tuple(
            TeamMemberOption(t.id, t.name, t.function)
            for t in session.scalars(
                select(TeamMember)
                .join(AccountTeamMember, AccountTeamMember.team_member_id == TeamMember.id)
                .where(AccountTeamMember.account_id == account_id)
                .order_by(TeamMember.name)
            )
        )


def set_core_team(db: Database, account_id: int, member_ids: Iterable[int]) -> tuple[TeamMemberOption, ...]:
    """Make the core team exactly ``member_ids`` (archived members already on it may stay)."""
    wanted = set(member_ids)
    with db.session() as session:
        accounts.get_live(session, account_id)
        current = set(
            session.scalars(
                select(AccountTeamMember.team_member_id).where(AccountTeamMember.account_id == account_id)
            )
        )
        live = set(session.scalars(select(TeamMember.id).where(TeamMember.archived_at.is_(None))))
        if (wanted - current) - live:
            raise ValidationError(
                translate("Errors", "A chosen team member no longer exists or is archived."), field="team"
            )
        removed = current - wanted
        if removed:
            session.execute(
                delete(AccountTeamMember).where(
                    AccountTeamMember.account_id == account_id, AccountTeamMember.team_member_id.in_(removed)
                )
            )
        session.add_all(
            AccountTeamMember(account_id=account_id, team_member_id=i, added_at=clock.utcnow())
            for i in sorted(wanted - current)
        )
    return get_core_team(db, account_id)


# --- questions ---------------------------------------------------------------------------------


def _row(
    a: ResearchAnswer | None,
    *,
    qid: str | None,
    category: int,
    text: str,
    hint: str,
    in_scope: bool,
    names: dict[int, str],
) -> QuestionRow:
    bank = load_question_bank()
    title = bank.category(category).title
    if a is None:
        return QuestionRow(
            None,
            qid,
            category,
            title,
            text,
            hint,
            in_scope,
            "",
            ResearchStatus.UNANSWERED,
            None,
            "",
            None,
            "",
        )
    return QuestionRow(
        a.id,
        qid,
        category,
        title,
        text,
        hint,
        in_scope,
        a.answer,
        ResearchStatus(a.status),
        a.owner_id,
        names.get(a.owner_id, "") if a.owner_id is not None else "",
        a.due_date,
        a.source,
    )


def _questions(session: Session, plan: AccountPlan) -> tuple[QuestionRow, ...]:
    bank = load_question_bank()
    rigour = Rigour(plan.rigour)
    names = _team_names(session)
    stored = list(
        session.scalars(
            select(ResearchAnswer)
            .where(ResearchAnswer.plan_id == plan.id, ResearchAnswer.deleted_at.is_(None))
            .order_by(ResearchAnswer.id)
        )
    )
    by_qid = {a.question_id: a for a in stored if a.question_id is not None}
    rows: list[QuestionRow] = []
    for q in bank.questions:
        in_scope = q.included_in(rigour.value)
        answer = by_qid.get(q.id)
        if in_scope or (answer is not None and answer.status != ResearchStatus.UNANSWERED.value):
            rows.append(
                _row(
                    answer,
                    qid=q.id,
                    category=q.category,
                    text=q.text,
                    hint=q.hint,
                    in_scope=in_scope,
                    names=names,
                )
            )
    for a in stored:
        if a.question_id is None:
            rows.append(
                _row(
                    a,
                    qid=None,
                    category=a.category,
                    text=a.custom_question,
                    hint="",
                    in_scope=True,
                    names=names,
                )
            )
    order = {c.id: i for i, c in enumerate(bank.categories)}
    rows.sort(key=lambda r: (order.get(r.category, 99), r.custom))  # stable: bank order, custom last
    return tuple(rows)


def list_questions(db: Database, plan_id: int) -> tuple[QuestionRow, ...]:
    with db.reading() as session:
        return _questions(session, _plan(session, plan_id))


def _clean_answer(cmd: AnswerInput, session: Session) -> dict[str, object]:
    status = v.choice(
        str(cmd.status), ResearchStatus.values(), field="status", label=QT_TRANSLATE_NOOP("Field", "Status")
    )
    answer = v.text(cmd.answer, field="answer", label=QT_TRANSLATE_NOOP("Field", "Answer"))
    if status == ResearchStatus.ANSWERED.value and not answer.strip():
        raise ValidationError(
            translate("Errors", "Write the answer, or choose another status."), field="answer"
        )
    owner = cmd.owner_id
    if owner is not None:
        member = session.get(TeamMember, owner)
        if member is None:
            raise ValidationError(translate("Errors", "That team member no longer exists."), field="owner")
    return {
        "answer": answer,
        "status": status,
        "owner_id": owner,
        "due_date": v.optional_date(
            cmd.due_date, field="due_date", label=QT_TRANSLATE_NOOP("Field", "Due date")
        ),
        "source": v.text(
            cmd.source, field="source", label=QT_TRANSLATE_NOOP("Field", "Source"), max_len=2000
        ),
    }


def save_answer(db: Database, plan_id: int, question: str, cmd: AnswerInput) -> QuestionRow:
    """Store the answer to a question: a bank id ('Q07') or a custom question's key ('C12')."""
    with db.session() as session:
        plan = _plan(session, plan_id)
        values = _clean_answer(cmd, session)
        bank = load_question_bank()
        if question.startswith("C") and question[1:].isdigit():
            row = session.get(ResearchAnswer, int(question[1:]))
            if (
                row is None
                or row.plan_id != plan_id
                or row.question_id is not None
                or row.deleted_at is not None
            ):
                raise NotFoundError(translate("Errors", "That question no longer exists."))
            text, hint, in_scope = row.custom_question, "", True
        else:
            try:
                q = bank.by_id(question)
            except KeyError:
                raise NotFoundError(
                    fmt(translate("Errors", "There is no question %1 in the bank."), question)
                ) from None
            text, hint, in_scope = q.text, q.hint, q.included_in(plan.rigour)
            found = session.scalar(
                select(ResearchAnswer).where(
                    ResearchAnswer.plan_id == plan_id, ResearchAnswer.question_id == q.id
                )
            )
            if found is None:
                found = ResearchAnswer(plan_id=plan_id, question_id=q.id, category=q.category)
                session.add(found)
            found.deleted_at = None
            row = found
        for key, value in values.items():
            setattr(row, key, value)
        session.flush()
        return _row(
            row,
            qid=row.question_id,
            category=row.category,
            text=text,
            hint=hint,
            in_scope=in_scope,
            names=_team_names(session),
        )


def add_custom_question(db: Database, plan_id: int, category: int, text: str) -> QuestionRow:
    """A question of the user's own, in one of the 8 categories."""
    clean = v.text(text, field="question", label=QT_TRANSLATE_NOOP("Field", "Question"), max_len=2000)
    if not clean.strip():
        raise ValidationError(translate("Errors", "Write the question."), field="question")
    bank = load_question_bank()
    if (
        isinstance(category, bool)
        or not isinstance(category, int)
        or category not in {c.id for c in bank.categories}
    ):
        raise ValidationError(translate("Errors", "Choose one of the 8 categories."), field="category")
    with db.session() as session:
        _plan(session, plan_id)
        row = ResearchAnswer(
            plan_id=plan_id,
            question_id=None,
            custom_question=clean,
            category=category,
            status=ResearchStatus.UNANSWERED.value,
        )
        session.add(row)
        session.flush()
        return _row(row, qid=None, category=category, text=clean, hint="", in_scope=True, names={})


def delete_custom_question(db: Database, answer_id: int) -> None:
    """Move a custom question (with its answer) to the trash; undo with restore_custom_question."""
    with db.session() as session:
        row = session.get(ResearchAnswer, answer_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That question no longer exists."))
        if row.question_id is not None:
            raise ValidationError(
                translate("Errors", "Questions of the bank cannot be deleted; mark them not relevant."),
                field="question",
            )
        row.deleted_at = clock.utcnow()


def restore_custom_question(db: Database, answer_id: int) -> None:
    with db.session() as session:
        row = session.get(ResearchAnswer, answer_id)
        if row is None:
            raise NotFoundError(translate("Errors", "That question was permanently deleted."))
        row.deleted_at = None


def category_progress(db: Database, plan_id: int) -> tuple[CategoryProgress, ...]:
    """Per category: how many of its in-scope questions are addressed (as the phase rule counts)."""
    return summarise(list_questions(db, plan_id))


def summarise(rows: Iterable[QuestionRow]) -> tuple[CategoryProgress, ...]:
    bank = load_question_bank()
    by_cat: dict[int, list[QuestionRow]] = {c.id: [] for c in bank.categories}
    for r in rows:
        if r.in_scope:
            by_cat.setdefault(r.category, []).append(r)
    out = []
    for c in bank.categories:
        items = by_cat[c.id]

        def count(status: ResearchStatus, items: list[QuestionRow] = items) -> int:
            return sum(1 for r in items if r.status is status)

        out.append(
            CategoryProgress(
                c.id,
                c.title,
                len(items),
                count(ResearchStatus.ANSWERED),
                count(ResearchStatus.NOT_RELEVANT),
                count(ResearchStatus.NEEDS_RESEARCH),
                count(ResearchStatus.UNANSWERED),
                sum(1 for r in items if r.addressed),
            )
        )
    return tuple(out)


def research_todo(db: Database, plan_id: int) -> tuple[QuestionRow, ...]:
    """The 'needs research' items: who finds out what by when (undated last)."""
    rows = [r for r in list_questions(db, plan_id) if r.status is ResearchStatus.NEEDS_RESEARCH]
    rows.sort(key=lambda r: (r.due_date is None, r.due_date or dt.date.max, r.category))
    return tuple(rows)
