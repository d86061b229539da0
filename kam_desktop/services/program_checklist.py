"""The KAM program checklist: charter, self-assessments on the 9 success factors, internal
trust and division cooperation, leadership cycles and "KAM is not selling" reflections.

One unit of work per user action; every function returns frozen read models of
``kam_desktop.domain.program``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kam_desktop.domain import program as d
from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import AccountStatus, DecisionRole, GrowthFocus
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.domain.program_method import (
    COMPONENTS,
    CUSTOMER_WANTS,
    FACTOR_NUMBERS,
    TRUST_QUESTIONS,
    CharterDecision,
)
from kam_desktop.i18n import translate
from kam_desktop.services import clock
from kam_desktop.services.accounts import get_live
from kam_desktop.store.database import Database
from kam_desktop.store.models import Account, Base, Objective, Stakeholder
from kam_desktop.store.program_models import (
    CharterStatement,
    ProgramAssessment,
    ProgramFactorRating,
    TrustAnswer,
    WantReflection,
)
from kam_desktop.store.program_models import DivisionCooperation as CooperationRow
from kam_desktop.store.program_models import LeadershipCycle as CycleRow

# --- charter --------------------------------------------------------------------------------


def _charter(session: Session) -> d.Charter:
    rows = {r.component: r for r in session.scalars(select(CharterStatement))}
    items = []
    for number, statement in enumerate(COMPONENTS, start=1):
        row = rows.get(number)
        items.append(
            d.CharterItem(
                number,
                statement,
                CharterDecision(row.decision) if row is not None and row.decision else None,
                row.our_words if row is not None else "",
                row.decided_on if row is not None else None,
            )
        )
    return d.Charter(tuple(items))


def get_charter(db: Database) -> d.Charter:
    with db.reading() as session:
        return _charter(session)


def decide_component(
    db: Database,
    component: int,
    decision: CharterDecision | str | None,
    our_words: str,
    decided_on: dt.date | str | None = None,
) -> d.Charter:
    """Accept, adapt or reject one component, with "what it means for us"; dated (today when not
    given). Adapting or rejecting needs the manager's own words."""
    number = d.check_component(component)
    chosen = None
    if decision is not None and decision != "":
        chosen = CharterDecision(
            v.choice(
                str(decision),
                CharterDecision.values(),
                field="decision",
                label=translate("Program", "Decision"),
            )
        )
    words = v.text(our_words, field="our_words", label=translate("Program", "What it means for us"))
    if chosen in (CharterDecision.ADAPT, CharterDecision.REJECT) and not words.strip():
        raise ValidationError(
            translate("Program", "Say in your own words how you adapt it, or why you reject it."),
            field="our_words",
        )
    on = v.optional_date(decided_on, field="decided_on", label=translate("Program", "Date")) or clock.today()
    with db.session() as session:
        row = session.get(CharterStatement, number)
        if row is None:
            row = CharterStatement(component=number)
            session.add(row)
        row.decision = chosen.value if chosen else None
        row.our_words = words
        row.decided_on = on if chosen else None
        session.flush()
        return _charter(session)


# --- self-assessment ------------------------------------------------------------------------


def _assessments(session: Session) -> tuple[d.SelfAssessment, ...]:
    heads = list(
        session.scalars(
            select(ProgramAssessment).order_by(ProgramAssessment.assessed_on, ProgramAssessment.id)
        )
    )
    by_id: dict[int, dict[int, ProgramFactorRating]] = {h.id: {} for h in heads}
    for r in session.scalars(select(ProgramFactorRating)):
        if r.assessment_id in by_id:
            by_id[r.assessment_id][r.factor] = r
    out = []
    for h in heads:
        rows = by_id[h.id]
        ratings = tuple(
            d.FactorRating(n, rows[n].rating, rows[n].notes, rows[n].evidence, rows[n].measured)
            if n in rows
            else d.FactorRating(n, None)
            for n in FACTOR_NUMBERS
        )
        out.append(d.SelfAssessment(h.id, h.assessed_on, h.note, ratings))
    return tuple(out)


def list_assessments(db: Database) -> tuple[d.SelfAssessment, ...]:
    """Every self-assessment, oldest first (the history and the trend)."""
    with db.reading() as session:
        return _assessments(session)


def record_assessment(
    db: Database, cmd: d.AssessmentInput, measured: dict[int, str] | None = None
) -> d.SelfAssessment:
    """Save a dated self-assessment; ``measured`` (factor -> text) keeps what the app measured
    then, so the history shows the evidence of its day."""
    on, note, by_factor = d.clean_assessment(cmd)
    measured = measured or {}
    with db.session() as session:
        head = ProgramAssessment(assessed_on=on, note=note)
        session.add(head)
        session.flush()
        for number, item in sorted(by_factor.items()):
            session.add(
                ProgramFactorRating(
                    assessment_id=head.id,
                    factor=number,
                    rating=item.rating,
                    notes=item.notes,
                    evidence=item.evidence,
                    measured=measured.get(number, ""),
                )
            )
        session.flush()
        return next(a for a in _assessments(session) if a.id == head.id)


def delete_assessment(db: Database, assessment_id: int) -> None:
    with db.session() as session:
        found = session.scalar(select(ProgramAssessment.id).where(ProgramAssessment.id == assessment_id))
        if found is None:
            raise NotFoundError(translate("Program", "That self-assessment no longer exists."))
        ratings = Base.metadata.tables["program_factor_rating"]
        heads = Base.metadata.tables["program_assessment"]
        session.execute(delete(ratings).where(ratings.c.assessment_id == assessment_id))
        session.execute(delete(heads).where(heads.c.id == assessment_id))


# --- internal trust and division cooperation ------------------------------------------------


def list_trust(db: Database) -> tuple[d.TrustAnswer, ...]:
    with db.reading() as session:
        rows = {r.question: r for r in session.scalars(select(TrustAnswer))}
    return tuple(
        d.TrustAnswer(n, rows[n].answer, rows[n].rating, rows[n].answered_on)
        if n in rows
        else d.TrustAnswer(n, "", None, None)
        for n in range(1, len(TRUST_QUESTIONS) + 1)
    )


def answer_trust(db: Database, question: int, answer: str, rating: int | None) -> d.TrustAnswer:
    number = d.check_trust_question(question)
    text = v.text(answer, field="answer", label=translate("Program", "Answer"), max_len=d.NOTE_MAX)
    score = v.optional_rating(rating, field="rating", label=translate("Program", "Rating"))
    with db.session() as session:
        row = session.get(TrustAnswer, number)
        if row is None:
            row = TrustAnswer(question=number)
            session.add(row)
        row.answer, row.rating, row.answered_on = text, score, clock.today()
        return d.TrustAnswer(number, text, score, row.answered_on)


def _cooperation_view(row: CooperationRow, name: str) -> d.DivisionCooperation:
    return d.DivisionCooperation(row.id, row.account_id, name, row.division, row.involvement, row.rating)


def list_cooperation(db: Database, account_id: int | None = None) -> tuple[d.DivisionCooperation, ...]:
    """Our divisions involved in key accounts (or in one account), by account then division."""
    with db.reading() as session:
        stmt = (
            select(CooperationRow, Account.name)
            .join(Account, Account.id == CooperationRow.account_id)
            .where(Account.deleted_at.is_(None))
            .order_by(func.lower(Account.name), func.lower(CooperationRow.division), CooperationRow.id)
        )
        if account_id is not None:
            stmt = stmt.where(CooperationRow.account_id == account_id)
        return tuple(_cooperation_view(row, name) for row, name in session.execute(stmt))


def save_cooperation(
    db: Database,
    account_id: int,
    division: str,
    involvement: str,
    rating: int | None,
    cooperation_id: int | None = None,
) -> d.DivisionCooperation:
    name = v.name(division, field="division", label=translate("Program", "Division"))
    how = v.text(
        involvement, field="involvement", label=translate("Program", "How it is involved"), max_len=d.NOTE_MAX
    )
    score = v.optional_rating(rating, field="rating", label=translate("Program", "Cooperation"))
    with db.session() as session:
        account = get_live(session, account_id)
        if cooperation_id is None:
            row = CooperationRow(account_id=account.id)
            session.add(row)
        else:
            found = session.get(CooperationRow, cooperation_id)
            if found is None:
                raise NotFoundError(translate("Program", "That division entry no longer exists."))
            row = found
        row.division, row.involvement, row.rating = name, how, score
        session.flush()
        return _cooperation_view(row, account.name)


def delete_cooperation(db: Database, cooperation_id: int) -> None:
    with db.session() as session:
        row = session.get(CooperationRow, cooperation_id)
        if row is not None:
            session.delete(row)


# --- leadership -----------------------------------------------------------------------------


def _cycle_view(r: CycleRow) -> d.LeadershipCycle:
    return d.LeadershipCycle(
        r.id,
        r.cycle_on,
        (r.answer_1, r.answer_2, r.answer_3),
        v.from_cents(r.budget_asked_cents),
        v.from_cents(r.budget_granted_cents),
        r.resources_asked,
        r.resources_granted,
    )


def list_leadership(db: Database) -> tuple[d.LeadershipCycle, ...]:
    """Leadership cycles, newest first."""
    with db.reading() as session:
        rows = session.scalars(select(CycleRow).order_by(CycleRow.cycle_on.desc(), CycleRow.id.desc()))
        return tuple(_cycle_view(r) for r in rows)


def save_leadership(
    db: Database,
    cycle_on: dt.date | str,
    answers: Sequence[str],
    budget_asked: Decimal | str | None,
    budget_granted: Decimal | str | None,
    resources_asked: str = "",
    resources_granted: str = "",
    cycle_id: int | None = None,
) -> d.LeadershipCycle:
    on = v.date(cycle_on, field="cycle_on", label=translate("Program", "Review cycle"))
    a1, a2, a3 = d.leadership_answers(answers)
    asked = v.optional_money(
        budget_asked, field="budget_asked", label=translate("Program", "Budget asked for")
    )
    granted = v.optional_money(
        budget_granted, field="budget_granted", label=translate("Program", "Budget granted")
    )
    res_asked = v.text(
        resources_asked, field="resources_asked", label=translate("Program", "Resources asked for")
    )
    res_granted = v.text(
        resources_granted, field="resources_granted", label=translate("Program", "Resources granted")
    )
    with db.session() as session:
        if cycle_id is None:
            row = CycleRow()
            session.add(row)
        else:
            found = session.get(CycleRow, cycle_id)
            if found is None:
                raise NotFoundError(translate("Program", "That leadership cycle no longer exists."))
            row = found
        row.cycle_on, row.answer_1, row.answer_2, row.answer_3 = on, a1, a2, a3
        row.budget_asked_cents = v.to_cents(asked) if asked is not None else None
        row.budget_granted_cents = v.to_cents(granted) if granted is not None else None
        row.resources_asked, row.resources_granted = res_asked, res_granted
        session.flush()
        return _cycle_view(row)


def delete_leadership(db: Database, cycle_id: int) -> None:
    with db.session() as session:
        row = session.get(CycleRow, cycle_id)
        if row is not None:
            session.delete(row)


# --- KAM is not selling ---------------------------------------------------------------------


def _linked_counts(session: Session) -> dict[int, int]:
    """Per customer want: live objectives of key accounts' plans with the matching growth focus
    (want 4: key accounts' stakeholders who are economic buyers or decision makers)."""
    from kam_desktop.store.models import AccountPlan

    key = (Account.deleted_at.is_(None), Account.status == AccountStatus.KEY.value)
    by_focus = dict(
        session.execute(
            select(Objective.growth_focus, func.count())
            .join(AccountPlan, AccountPlan.id == Objective.plan_id)
            .join(Account, Account.id == AccountPlan.account_id)
            .where(Objective.deleted_at.is_(None), *key)
            .group_by(Objective.growth_focus)
        ).all()
    )
    makers = int(
        session.scalar(
            select(func.count())
            .select_from(Stakeholder)
            .join(Account, Account.id == Stakeholder.account_id)
            .where(
                Stakeholder.deleted_at.is_(None),
                Stakeholder.decision_role.in_(
                    [DecisionRole.ECONOMIC_BUYER.value, DecisionRole.DECISION_MAKER.value]
                ),
                *key,
            )
        )
        or 0
    )
    out = {}
    for want in CUSTOMER_WANTS:
        focus: GrowthFocus | None = want.focus
        out[want.number] = int(by_focus.get(focus.value, 0)) if focus is not None else makers
    return out


def list_reflections(db: Database) -> tuple[d.WantReflection, ...]:
    with db.reading() as session:
        rows = {r.want: r.reflection for r in session.scalars(select(WantReflection))}
        linked = _linked_counts(session)
    return tuple(d.WantReflection(w.number, rows.get(w.number, ""), linked[w.number]) for w in CUSTOMER_WANTS)


def save_reflection(db: Database, want: int, reflection: str) -> d.WantReflection:
    number = d.check_want(want)
    text = v.text(
        reflection, field="reflection", label=translate("Program", "Reflection"), max_len=d.NOTE_MAX
    )
    with db.session() as session:
        row = session.get(WantReflection, number)
        if row is None:
            row = WantReflection(want=number)
            session.add(row)
        row.reflection = text
        session.flush()
        linked = _linked_counts(session)[number]
    return d.WantReflection(number, text, linked)
