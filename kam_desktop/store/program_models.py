"""Tables of the KAM program checklist (issue 17): the charter, the dated self-assessments on
the 9 success factors, the internal-trust answers and the divisions cooperating on a key
account, the leadership cycles and the "KAM is not selling" reflections.

Kept out of ``models.py`` to limit conflicts; imported at the end of it so that
``Base.metadata`` always holds these tables (migrations, JSON export).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kam_desktop.domain.program_method import CharterDecision
from kam_desktop.store.models import Base, _in, _now, _range


class CharterStatement(Base):
    """One of the 6 components of the shared definition: accepted, adapted or rejected."""

    __tablename__ = "program_charter_statement"
    __table_args__ = (
        CheckConstraint("component BETWEEN 1 AND 6", name="component_range"),
        CheckConstraint(_in("decision", CharterDecision.values(), nullable=True), name="decision"),
    )
    component: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    decision: Mapped[str | None] = mapped_column(String(10))
    our_words: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[dt.date | None] = mapped_column(Date)


class ProgramAssessment(Base):
    """A dated self-assessment of the program on the 9 success factors (history kept)."""

    __tablename__ = "program_assessment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class ProgramFactorRating(Base):
    """One factor of a self-assessment: the rating, notes, the user's evidence and what the app
    measured at the time."""

    __tablename__ = "program_factor_rating"
    __table_args__ = (
        CheckConstraint("factor BETWEEN 1 AND 9", name="factor_range"),
        CheckConstraint(_range("rating", 1, 5), name="rating_range"),
    )
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("program_assessment.id", ondelete="CASCADE"), primary_key=True
    )
    factor: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    rating: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    measured: Mapped[str] = mapped_column(Text, default="")


class TrustAnswer(Base):
    """The answer to one of the six internal-trust questions, and how well we do (1-5)."""

    __tablename__ = "program_trust_answer"
    __table_args__ = (
        CheckConstraint("question BETWEEN 1 AND 6", name="question_range"),
        CheckConstraint(_range("rating", 1, 5), name="rating_range"),
    )
    question: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    answer: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[int | None] = mapped_column(Integer)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)


class DivisionCooperation(Base):
    """One of OUR divisions involved in a key account, and how well it cooperates (1-5)."""

    __tablename__ = "division_cooperation"
    __table_args__ = (CheckConstraint(_range("rating", 1, 5), name="rating_range"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    division: Mapped[str] = mapped_column(String(200))
    involvement: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[int | None] = mapped_column(Integer)


class LeadershipCycle(Base):
    """Leadership's answers to the three growth questions in one review cycle, with the budget
    and resources asked for and granted (money in cents)."""

    __tablename__ = "leadership_cycle"
    __table_args__ = (
        CheckConstraint("budget_asked_cents IS NULL OR budget_asked_cents >= 0", name="asked_positive"),
        CheckConstraint("budget_granted_cents IS NULL OR budget_granted_cents >= 0", name="granted_positive"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cycle_on: Mapped[dt.date] = mapped_column(Date, index=True)
    answer_1: Mapped[str] = mapped_column(Text, default="")
    answer_2: Mapped[str] = mapped_column(Text, default="")
    answer_3: Mapped[str] = mapped_column(Text, default="")
    budget_asked_cents: Mapped[int | None] = mapped_column(Integer)
    budget_granted_cents: Mapped[int | None] = mapped_column(Integer)
    resources_asked: Mapped[str] = mapped_column(Text, default="")
    resources_granted: Mapped[str] = mapped_column(Text, default="")


class WantReflection(Base):
    """'KAM is not selling': the manager's reflection on one of the four things customers want."""

    __tablename__ = "program_want_reflection"
    __table_args__ = (CheckConstraint("want BETWEEN 1 AND 4", name="want_range"),)
    want: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    reflection: Mapped[str] = mapped_column(Text, default="")
