"""The schema: SQLAlchemy 2.x typed models. Changed only together with an Alembic revision.

Conventions
- Money is stored as whole cents (INTEGER): SQLite has no decimal type, and floats lose cents.
- Dates are DATE (ISO text); timestamps are UTC.
- ``deleted_at`` marks a record in the trash; services hide such rows and can restore them.
- ON DELETE: children of an account or plan cascade (deleting the parent is already a
  deliberate, trash-first action); optional references (owner, buying centre, reports-to)
  become NULL; a team member with role assignments cannot be deleted (RESTRICT) - archive.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kam_desktop.domain import enums as e
from kam_desktop.i18n import language as _language_in_use

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _in(column: str, values: tuple[str, ...], *, nullable: bool = False) -> str:
    listed = ", ".join(f"'{v}'" for v in values)
    clause = f"{column} IN ({listed})"
    return f"{column} IS NULL OR {clause}" if nullable else clause


def _range(column: str, low: int, high: int, *, nullable: bool = True) -> str:
    clause = f"{column} BETWEEN {low} AND {high}"
    return f"{column} IS NULL OR {clause}" if nullable else clause


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=_now, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=_now, onupdate=_now, server_default=func.current_timestamp()
    )


# --- program -------------------------------------------------------------------------------


class ProgramSettings(Base):
    """The KAM program: a single row (id = 1)."""

    __tablename__ = "program_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("key_account_cap BETWEEN 1 AND 10000", name="cap_range"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key_account_cap: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    currency: Mapped[str] = mapped_column(String(3), default="EUR", server_default="EUR")
    user_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    company_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    definition: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class FactorWeight(Base):
    __tablename__ = "factor_weight"
    __table_args__ = (
        CheckConstraint(_in("factor", e.Factor.values()), name="factor"),
        CheckConstraint("weight >= 0 AND weight <= 100", name="weight_range"),
    )
    factor: Mapped[str] = mapped_column(String(40), primary_key=True)
    weight: Mapped[float] = mapped_column(Float)


class Offering(Base, Timestamps):
    """One of our products or services (program-level catalogue)."""

    __tablename__ = "offering"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200, collation="NOCASE"), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class TeamMember(Base, Timestamps):
    """A person on our side."""

    __tablename__ = "team_member"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class FluencyRating(Base):
    """Team member x fluency area, 1-5, dated; every rating kept (history)."""

    __tablename__ = "fluency_rating"
    __table_args__ = (
        CheckConstraint(_in("area", e.FluencyArea.values()), name="area"),
        CheckConstraint(_range("rating", 1, 5, nullable=False), name="rating_range"),
        Index("ix_fluency_member_area", "team_member_id", "area", "rated_on"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_member_id: Mapped[int] = mapped_column(ForeignKey("team_member.id", ondelete="CASCADE"))
    area: Mapped[str] = mapped_column(String(30))
    rating: Mapped[int] = mapped_column(Integer)
    rated_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


# --- accounts ------------------------------------------------------------------------------


class Account(Base, Timestamps):
    __tablename__ = "account"
    __table_args__ = (
        CheckConstraint(_in("status", e.AccountStatus.values()), name="status"),
        CheckConstraint("current_revenue_cents >= 0", name="revenue_nonneg"),
        CheckConstraint("potential_revenue_cents >= 0", name="potential_nonneg"),
        Index("ix_account_status", "status"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200, collation="NOCASE"), unique=True)
    industry: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    current_revenue_cents: Mapped[int] = mapped_column(Integer, default=0)
    potential_revenue_cents: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default=e.AccountStatus.CANDIDATE.value)
    description: Mapped[str] = mapped_column(Text, default="")
    internal_notes: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)

    buying_centres: Mapped[list[BuyingCentre]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )


class AccountStatusChange(Base):
    """Every change of status, with the written reason (required beyond the cap and to demote)."""

    __tablename__ = "account_status_change"
    __table_args__ = (
        CheckConstraint(_in("from_status", e.AccountStatus.values()), name="from_status"),
        CheckConstraint(_in("to_status", e.AccountStatus.values()), name="to_status"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    over_cap: Mapped[bool] = mapped_column(Boolean, default=False)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class IdentificationAssessment(Base):
    """The 8 factor ratings of an account on a date (NULL = not rated). History is kept."""

    __tablename__ = "identification_assessment"
    __table_args__ = (
        *tuple(CheckConstraint(_range(f.value, 1, 5), name=f"{f.value}_range") for f in e.Factor),
        Index("ix_assessment_account_date", "account_id", "assessed_on"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    current_revenue: Mapped[int | None] = mapped_column(Integer)
    growth_potential: Mapped[int | None] = mapped_column(Integer)
    renewal_likelihood: Mapped[int | None] = mapped_column(Integer)
    win_now_grow_later: Mapped[int | None] = mapped_column(Integer)
    relative_effort: Mapped[int | None] = mapped_column(Integer)
    relationship_strength: Mapped[int | None] = mapped_column(Integer)
    fit: Mapped[int | None] = mapped_column(Integer)
    logo_attractiveness: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class BuyingCentre(Base, Timestamps):
    """A division, business unit or site of the account (the unit of penetration)."""

    __tablename__ = "buying_centre"
    __table_args__ = (UniqueConstraint("account_id", "name", name="uq_buying_centre_account_name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    account: Mapped[Account] = relationship(back_populates="buying_centres")


class WhitespaceCell(Base):
    __tablename__ = "whitespace_cell"
    __table_args__ = (
        CheckConstraint(_in("state", e.WhitespaceState.values()), name="state"),
        UniqueConstraint("buying_centre_id", "offering_id", name="uq_whitespace_cell_centre_offering"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    buying_centre_id: Mapped[int] = mapped_column(ForeignKey("buying_centre.id", ondelete="CASCADE"))
    offering_id: Mapped[int] = mapped_column(ForeignKey("offering.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(20), default=e.WhitespaceState.UNKNOWN.value)
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class Stakeholder(Base, Timestamps):
    """A person at the account. Attitude, influence, strength and decision role are internal."""

    __tablename__ = "stakeholder"
    __table_args__ = (
        CheckConstraint(_in("decision_role", e.DecisionRole.values(), nullable=True), name="decision_role"),
        CheckConstraint(_in("attitude", e.Attitude.values(), nullable=True), name="attitude"),
        CheckConstraint(_range("influence", 1, 5), name="influence_range"),
        CheckConstraint(_range("relationship_strength", 1, 5), name="strength_range"),
        CheckConstraint("reports_to_id IS NULL OR reports_to_id <> id", name="not_own_manager"),
        Index("ix_stakeholder_reports_to", "reports_to_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(500), default="")
    buying_centre_id: Mapped[int | None] = mapped_column(ForeignKey("buying_centre.id", ondelete="SET NULL"))
    reports_to_id: Mapped[int | None] = mapped_column(ForeignKey("stakeholder.id", ondelete="SET NULL"))
    decision_role: Mapped[str | None] = mapped_column(String(30))
    influence: Mapped[int | None] = mapped_column(Integer)
    attitude: Mapped[str | None] = mapped_column(String(30))
    relationship_strength: Mapped[int | None] = mapped_column(Integer)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    cares_about: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    last_contact: Mapped[dt.date | None] = mapped_column(Date)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class RoleAssignment(Base):
    """Account x team member x role, primary or backup."""

    __tablename__ = "role_assignment"
    __table_args__ = (
        CheckConstraint(_in("role", e.Role.values()), name="role"),
        CheckConstraint(_in("strength", e.RoleStrength.values()), name="strength"),
        UniqueConstraint(
            "account_id", "team_member_id", "role", name="uq_role_assignment_account_member_role"
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    team_member_id: Mapped[int] = mapped_column(ForeignKey("team_member.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(30))
    strength: Mapped[str] = mapped_column(String(10), default=e.RoleStrength.PRIMARY.value)
    assigned_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class AccountTeamMember(Base):
    """The core account team: who on our side works on this account."""

    __tablename__ = "account_team_member"
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), primary_key=True)
    team_member_id: Mapped[int] = mapped_column(
        ForeignKey("team_member.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Trend(Base, Timestamps):
    __tablename__ = "trend"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    impact: Mapped[str] = mapped_column(Text, default="")
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Need(Base, Timestamps):
    __tablename__ = "need"
    __table_args__ = (CheckConstraint(_range("priority", 1, 5), name="priority_range"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    priority: Mapped[int | None] = mapped_column(Integer)
    buying_centre_id: Mapped[int | None] = mapped_column(ForeignKey("buying_centre.id", ondelete="SET NULL"))
    stakeholder_id: Mapped[int | None] = mapped_column(ForeignKey("stakeholder.id", ondelete="SET NULL"))
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Competitor(Base, Timestamps):
    """A competitor's presence at this account. The assessment fields are internal."""

    __tablename__ = "competitor"
    __table_args__ = (
        CheckConstraint(_in("threat_level", e.ThreatLevel.values()), name="threat_level"),
        CheckConstraint(_in("counter_status", e.CounterStatus.values()), name="counter_status"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    presence: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    weaknesses: Mapped[str] = mapped_column(Text, default="")
    threat_level: Mapped[str] = mapped_column(String(10), default=e.ThreatLevel.MEDIUM.value)
    counter_strategy: Mapped[str] = mapped_column(Text, default="")
    counter_status: Mapped[str] = mapped_column(String(20), default=e.CounterStatus.NOT_STARTED.value)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


# --- the account plan ----------------------------------------------------------------------


class AccountPlan(Base, Timestamps):
    """One plan per account and period."""

    __tablename__ = "account_plan"
    __table_args__ = (
        CheckConstraint(_in("rigour", e.Rigour.values()), name="rigour"),
        CheckConstraint("period_end >= period_start", name="period_order"),
        CheckConstraint("revenue_target_cents IS NULL OR revenue_target_cents >= 0", name="target_nonneg"),
        CheckConstraint(_in("topic_penetration", e.TopicDecision.values()), name="topic_penetration"),
        CheckConstraint(_in("topic_expansion", e.TopicDecision.values()), name="topic_expansion"),
        CheckConstraint(_in("topic_protection", e.TopicDecision.values()), name="topic_protection"),
        UniqueConstraint("account_id", "period_start", name="uq_account_plan_account_period"),
        CheckConstraint("language IS NULL OR language IN ('en', 'it')", name="language"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    rigour: Mapped[str] = mapped_column(String(10), default=e.Rigour.STANDARD.value)
    strategy_what: Mapped[str] = mapped_column(Text, default="")
    strategy_with_whom: Mapped[str] = mapped_column(Text, default="")
    strategy_why: Mapped[str] = mapped_column(Text, default="")
    revenue_target_cents: Mapped[int | None] = mapped_column(Integer)
    topic_penetration: Mapped[str] = mapped_column(String(20), default=e.TopicDecision.UNDECIDED.value)
    topic_expansion: Mapped[str] = mapped_column(String(20), default=e.TopicDecision.UNDECIDED.value)
    topic_protection: Mapped[str] = mapped_column(String(20), default=e.TopicDecision.UNDECIDED.value)
    still_key: Mapped[bool | None] = mapped_column(Boolean)
    qualification_note: Mapped[str] = mapped_column(Text, default="")
    internal_notes: Mapped[str] = mapped_column(Text, default="")
    # The joint plan (customer edition): customer wording by nature, printed when not empty.
    joint_ambition: Mapped[str] = mapped_column(Text, default="", server_default="")
    executive_summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    next_steps: Mapped[str] = mapped_column(Text, default="", server_default="")
    meeting_cadence: Mapped[str] = mapped_column(String(200), default="", server_default="")
    escalation_path: Mapped[str] = mapped_column(Text, default="", server_default="")
    next_review_on: Mapped[dt.date | None] = mapped_column(Date)
    customer_sponsor_id: Mapped[int | None] = mapped_column(ForeignKey("stakeholder.id", ondelete="SET NULL"))
    our_sponsor_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    joint_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # The language the plan is written in ('en', 'it'): texts the app generates into it and its
    # PDFs follow it. A new plan takes the language in use when it is made; NULL (plans made
    # before 0005) = not known, treated as the interface's language.
    language: Mapped[str | None] = mapped_column(String(5), default=_language_in_use)


class PlanPhase(Base):
    """Per-phase status of a plan; 'done' only when the rule holds and the user says so."""

    __tablename__ = "plan_phase"
    __table_args__ = (
        CheckConstraint(_in("phase", e.Phase.values()), name="phase"),
        CheckConstraint(_in("status", e.PhaseStatus.values()), name="status"),
    )
    plan_id: Mapped[int] = mapped_column(ForeignKey("account_plan.id", ondelete="CASCADE"), primary_key=True)
    phase: Mapped[str] = mapped_column(String(20), primary_key=True)
    status: Mapped[str] = mapped_column(String(20), default=e.PhaseStatus.NOT_STARTED.value)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    wizard_page: Mapped[int] = mapped_column(Integer, default=0)


class PlanTargetBuyingCentre(Base):
    """'With whom': buying centres the strategy targets."""

    __tablename__ = "plan_target_buying_centre"
    plan_id: Mapped[int] = mapped_column(ForeignKey("account_plan.id", ondelete="CASCADE"), primary_key=True)
    buying_centre_id: Mapped[int] = mapped_column(
        ForeignKey("buying_centre.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class PlanTargetStakeholder(Base):
    """'With whom': stakeholders the strategy targets."""

    __tablename__ = "plan_target_stakeholder"
    plan_id: Mapped[int] = mapped_column(ForeignKey("account_plan.id", ondelete="CASCADE"), primary_key=True)
    stakeholder_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Objective(Base, Timestamps):
    __tablename__ = "objective"
    __table_args__ = (CheckConstraint(_in("growth_focus", e.GrowthFocus.values()), name="growth_focus"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("account_plan.id", ondelete="CASCADE"), index=True)
    growth_focus: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text)
    measurable_target: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    customer_wording: Mapped[str] = mapped_column(Text, default="", server_default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ResearchAnswer(Base, Timestamps):
    """A bank question (question_id) or a custom one (custom_question) answered for a plan."""

    __tablename__ = "research_answer"
    __table_args__ = (
        CheckConstraint(_in("status", e.ResearchStatus.values()), name="status"),
        CheckConstraint("category BETWEEN 1 AND 8", name="category_range"),
        CheckConstraint("question_id IS NOT NULL OR custom_question <> ''", name="has_question"),
        UniqueConstraint("plan_id", "question_id", name="uq_research_answer_plan_question"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("account_plan.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str | None] = mapped_column(String(10))
    custom_question: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[int] = mapped_column(Integer)
    answer: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=e.ResearchStatus.UNANSWERED.value)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text, default="")
    stakeholder_id: Mapped[int | None] = mapped_column(ForeignKey("stakeholder.id", ondelete="SET NULL"))
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ValueProposition(Base, Timestamps):
    """The compelling case."""

    __tablename__ = "value_proposition"
    __table_args__ = (CheckConstraint("value_cents IS NULL OR value_cents >= 0", name="value_nonneg"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("account_plan.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    solution: Mapped[str] = mapped_column(Text, default="")
    quantified_value: Mapped[str] = mapped_column(Text, default="")
    value_cents: Mapped[int | None] = mapped_column(Integer)
    proof: Mapped[str] = mapped_column(Text, default="")
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Review(Base):
    """A dated review of the plan: health, findings, adjustments; snapshot for the diff."""

    __tablename__ = "review"
    __table_args__ = (CheckConstraint(_in("health", e.Health.values()), name="health"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("account_plan.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    health: Mapped[str] = mapped_column(String(20))
    findings: Mapped[str] = mapped_column(Text, default="")
    adjustments: Mapped[str] = mapped_column(Text, default="")
    snapshot_json: Mapped[str] = mapped_column(Text, default="{}")
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    customer_summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Interaction(Base, Timestamps):
    """A meeting, call, email, workshop or business review; future-dated = upcoming meeting."""

    __tablename__ = "interaction"
    __table_args__ = (
        CheckConstraint(_in("kind", e.InteractionKind.values()), name="kind"),
        Index("ix_interaction_account_date", "account_id", "on_date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    on_date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    subject: Mapped[str] = mapped_column(String(500), default="")
    location: Mapped[str] = mapped_column(String(500), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class InteractionAttendee(Base):
    """One attendee: a stakeholder or a team member (exactly one of the two)."""

    __tablename__ = "interaction_attendee"
    __table_args__ = (
        CheckConstraint("(stakeholder_id IS NULL) <> (team_member_id IS NULL)", name="exactly_one_person"),
        UniqueConstraint(
            "interaction_id", "stakeholder_id", "team_member_id", name="uq_interaction_attendee_person"
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interaction.id", ondelete="CASCADE"), index=True)
    stakeholder_id: Mapped[int | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True
    )
    team_member_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="CASCADE"))


class Action(Base, Timestamps):
    __tablename__ = "action"
    __table_args__ = (
        CheckConstraint(_in("status", e.ActionStatus.values()), name="status"),
        Index("ix_action_plan_status_due", "plan_id", "status", "due_date"),
        Index("ix_action_owner", "owner_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("account_plan.id", ondelete="CASCADE"))
    objective_id: Mapped[int | None] = mapped_column(ForeignKey("objective.id", ondelete="SET NULL"))
    research_answer_id: Mapped[int | None] = mapped_column(
        ForeignKey("research_answer.id", ondelete="SET NULL")
    )
    review_id: Mapped[int | None] = mapped_column(ForeignKey("review.id", ondelete="SET NULL"))
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interaction.id", ondelete="SET NULL"))
    stakeholder_id: Mapped[int | None] = mapped_column(ForeignKey("stakeholder.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(500))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    resources_needed: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=e.ActionStatus.PLANNED.value)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    customer_owner_id: Mapped[int | None] = mapped_column(ForeignKey("stakeholder.id", ondelete="SET NULL"))
    milestone: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Opportunity(Base, Timestamps):
    __tablename__ = "opportunity"
    __table_args__ = (
        CheckConstraint(_in("growth_focus", e.GrowthFocus.values()), name="growth_focus"),
        CheckConstraint(_in("stage", e.OpportunityStage.values()), name="stage"),
        CheckConstraint("value_cents >= 0", name="value_nonneg"),
        CheckConstraint("probability BETWEEN 0 AND 100", name="probability_range"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    buying_centre_id: Mapped[int | None] = mapped_column(ForeignKey("buying_centre.id", ondelete="SET NULL"))
    offering_id: Mapped[int | None] = mapped_column(ForeignKey("offering.id", ondelete="SET NULL"))
    whitespace_cell_id: Mapped[int | None] = mapped_column(
        ForeignKey("whitespace_cell.id", ondelete="SET NULL")
    )
    growth_focus: Mapped[str] = mapped_column(String(20))
    stage: Mapped[str] = mapped_column(String(20), default=e.OpportunityStage.IDENTIFIED.value)
    value_cents: Mapped[int] = mapped_column(Integer, default=0)
    probability: Mapped[int] = mapped_column(Integer, default=10)
    expected_close: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Kpi(Base, Timestamps):
    __tablename__ = "kpi"
    __table_args__ = (CheckConstraint(_in("direction", e.KpiDirection.values()), name="direction"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("account_plan.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(50), default="")
    direction: Mapped[str] = mapped_column(String(20), default=e.KpiDirection.HIGHER_IS_BETTER.value)
    baseline: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class KpiMeasurement(Base):
    __tablename__ = "kpi_measurement"
    __table_args__ = (Index("ix_kpi_measurement_kpi_date", "kpi_id", "measured_on"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpi.id", ondelete="CASCADE"))
    measured_on: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")


class PlanRisk(Base, Timestamps):
    """A joint risk or dependency of the plan, with its mitigation (customer wording by nature,
    still shared only by choice)."""

    __tablename__ = "plan_risk"
    __table_args__ = (CheckConstraint(_in("owner_side", ("ours", "yours", "joint")), name="owner_side"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("account_plan.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    mitigation: Mapped[str] = mapped_column(Text, default="")
    owner_side: Mapped[str] = mapped_column(String(10), default="joint")
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


# The program checklist's tables live in their own module; importing it here keeps them in
# Base.metadata wherever the schema is used (migrations, JSON export, tests).
from kam_desktop.store import program_models as _program_models  # noqa: E402, F401
