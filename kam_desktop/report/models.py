"""Read models of the account plan report (input of ``plan_pdf``).

The customer edition is built from a ``PlanReport`` that never holds internal-only data
(design.md "Internal-only"): every internal value lives in an optional part (``internal``,
``StakeholderRow.assessment``, ``OpportunityRow.commercial``, ...) that the service leaves
``None`` for the customer edition - it does not even load those columns. ``PlanReport``
re-checks this on construction, so a customer report carrying internal data cannot exist.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from kam_desktop.domain.enums import (
    ActionStatus,
    Attitude,
    CounterStatus,
    DecisionRole,
    FluencyArea,
    GrowthFocus,
    Health,
    InteractionKind,
    KpiDirection,
    OpportunityStage,
    Phase,
    PhaseStatus,
    ResearchStatus,
    Rigour,
    Role,
    RoleStrength,
    ThreatLevel,
    TopicDecision,
    WhitespaceState,
)
from kam_desktop.i18n import QT_TRANSLATE_NOOP, TranslatedMapping


class Edition(StrEnum):
    INTERNAL = "internal"
    CUSTOMER = "customer"


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


class Coverage(StrEnum):
    COVERED = "covered"  # a primary holder
    THIN = "thin"  # backup holders only
    UNCOVERED = "uncovered"


SECTIONS: tuple[str, ...] = ("summary", "strategy", "research", "action_plan", "execution", "review", "team")
SECTION_TITLES: TranslatedMapping[str] = TranslatedMapping(
    "Report",
    {
        "summary": QT_TRANSLATE_NOOP("Report", "Executive summary"),
        "strategy": QT_TRANSLATE_NOOP("Report", "Strategy"),
        "research": QT_TRANSLATE_NOOP("Report", "Research"),
        "action_plan": QT_TRANSLATE_NOOP("Report", "Action plan"),
        "execution": QT_TRANSLATE_NOOP("Report", "Execution"),
        "review": QT_TRANSLATE_NOOP("Report", "Review"),
        "team": QT_TRANSLATE_NOOP("Report", "Team and role coverage"),
    },
)
"""Section titles, read back in the language in force."""


class InternalDataError(ValueError):
    """A customer-edition report was given internal-only data: a bug, never rendered."""


# --- rows visible in both editions -----------------------------------------------------------


@dataclass(frozen=True)
class PhaseRow:
    phase: Phase
    status: PhaseStatus
    completed_on: dt.date | None


@dataclass(frozen=True)
class StrategyPart:
    what: str
    with_whom: str
    why: str
    topics: tuple[tuple[GrowthFocus, TopicDecision], ...]
    target_centres: tuple[str, ...] = ()
    target_stakeholders: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.what.strip() or self.with_whom.strip() or self.why.strip())


@dataclass(frozen=True)
class ObjectiveRow:
    id: int
    focus: GrowthFocus
    description: str
    measurable_target: str
    due_date: dt.date | None
    internal: bool = False  # only ever True in the internal edition


@dataclass(frozen=True)
class AnswerRow:
    question: str
    answer: str
    status: ResearchStatus
    owner: str
    due_date: dt.date | None
    source: str
    internal: bool = False


@dataclass(frozen=True)
class ResearchCategory:
    id: int
    title: str
    answers: tuple[AnswerRow, ...]


@dataclass(frozen=True)
class StakeholderAssessment:
    """Internal: our view of a customer's person."""

    decision_role: DecisionRole | None
    influence: int | None
    attitude: Attitude | None
    relationship_strength: int | None
    cares_about: str
    notes: str
    email: str
    phone: str
    last_contact: dt.date | None


@dataclass(frozen=True)
class StakeholderRow:
    id: int
    name: str
    title: str
    buying_centre: str
    reports_to_id: int | None
    owner: str
    assessment: StakeholderAssessment | None = None


@dataclass(frozen=True)
class TrendRow:
    description: str
    impact: str


@dataclass(frozen=True)
class NeedRow:
    description: str
    priority: int | None
    buying_centre: str
    stakeholder: str


@dataclass(frozen=True)
class ValuePropositionRow:
    title: str
    problem: str
    solution: str
    quantified_value: str
    proof: str
    value: Decimal | None = None  # internal: our commercial figure


@dataclass(frozen=True)
class ActionRow:
    id: int
    title: str
    objective_id: int | None
    owner: str
    due_date: dt.date | None
    status: ActionStatus
    completed_on: dt.date | None
    stakeholder: str
    resources: str | None = None  # internal
    internal: bool = False


@dataclass(frozen=True)
class WhitespaceGrid:
    centres: tuple[str, ...]
    offerings: tuple[str, ...]
    cells: tuple[tuple[WhitespaceState | None, ...], ...]  # [centre][offering]; None = blank


@dataclass(frozen=True)
class OpportunityCommercial:
    """Internal: what an opportunity is worth to us."""

    value: Decimal
    probability: int
    notes: str


@dataclass(frozen=True)
class OpportunityRow:
    title: str
    buying_centre: str
    offering: str
    focus: GrowthFocus
    stage: OpportunityStage
    expected_close: dt.date | None
    commercial: OpportunityCommercial | None = None


@dataclass(frozen=True)
class InteractionRow:
    on_date: dt.date
    kind: InteractionKind
    subject: str
    summary: str
    next_steps: str


@dataclass(frozen=True)
class KpiRow:
    name: str
    unit: str
    direction: KpiDirection
    baseline: float | None
    target: float | None
    measurements: tuple[tuple[dt.date, float], ...]
    internal: bool = False

    @property
    def latest(self) -> float | None:
        return self.measurements[-1][1] if self.measurements else None


@dataclass(frozen=True)
class ReviewRow:
    held_on: dt.date
    health: Health
    findings: str
    adjustments: str


@dataclass(frozen=True)
class TeamRow:
    name: str
    function: str
    email: str
    roles: tuple[tuple[Role, RoleStrength], ...]


# --- internal-only parts -------------------------------------------------------------------------


@dataclass(frozen=True)
class CompetitorRow:
    name: str
    presence: str
    strengths: str
    weaknesses: str
    threat_level: ThreatLevel
    counter_strategy: str
    counter_status: CounterStatus


@dataclass(frozen=True)
class RoleCoverageRow:
    role: Role
    coverage: Coverage
    holders: tuple[str, ...]


@dataclass(frozen=True)
class FluencyRow:
    member: str
    ratings: tuple[int | None, ...]  # in FluencyArea order


@dataclass(frozen=True)
class InternalFacts:
    """Everything of the plan that is for our eyes only."""

    currency: str
    account_status: str
    score_label: str
    assessed_on: dt.date | None
    assessment_notes: str
    current_revenue: Decimal
    potential_revenue: Decimal
    revenue_target: Decimal | None
    still_key: bool | None
    qualification_note: str
    account_notes: str
    plan_notes: str
    competitors: tuple[CompetitorRow, ...] = ()
    coverage: tuple[RoleCoverageRow, ...] = ()
    fluency: tuple[FluencyRow, ...] = ()
    fluency_areas: tuple[FluencyArea, ...] = tuple(FluencyArea)


# --- the report ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanReport:
    edition: Edition
    account_name: str
    industry: str
    region: str
    description: str
    period_start: dt.date | None
    period_end: dt.date | None
    rigour: Rigour | None
    prepared_by: str
    company: str
    generated_on: dt.date
    has_plan: bool
    phases: tuple[PhaseRow, ...] = ()
    strategy: StrategyPart | None = None
    objectives: tuple[ObjectiveRow, ...] = ()
    research: tuple[ResearchCategory, ...] = ()
    stakeholders: tuple[StakeholderRow, ...] = ()
    trends: tuple[TrendRow, ...] = ()
    needs: tuple[NeedRow, ...] = ()
    value_propositions: tuple[ValuePropositionRow, ...] = ()
    actions: tuple[ActionRow, ...] = ()
    whitespace: WhitespaceGrid | None = None
    opportunities: tuple[OpportunityRow, ...] = ()
    interactions: tuple[InteractionRow, ...] = ()
    kpis: tuple[KpiRow, ...] = ()
    last_review: ReviewRow | None = None
    team: tuple[TeamRow, ...] = ()
    internal: InternalFacts | None = None
    sections: tuple[str, ...] = field(default=SECTIONS)

    def __post_init__(self) -> None:
        unknown = set(self.sections) - set(SECTIONS)
        if unknown:
            raise ValueError(f"unknown report sections: {sorted(unknown)}")
        if self.edition is Edition.CUSTOMER:
            self._assert_customer_safe()

    def _assert_customer_safe(self) -> None:
        leaks: list[str] = []
        if self.internal is not None:
            leaks.append("internal facts")
        leaks += ["stakeholder assessment" for s in self.stakeholders if s.assessment is not None]
        leaks += ["opportunity figures" for o in self.opportunities if o.commercial is not None]
        leaks += ["value figure" for v in self.value_propositions if v.value is not None]
        leaks += ["action resources" for a in self.actions if a.resources is not None]
        leaks += ["internal objective" for o in self.objectives if o.internal]
        leaks += ["internal action" for a in self.actions if a.internal]
        leaks += ["internal KPI" for k in self.kpis if k.internal]
        leaks += ["internal answer" for c in self.research for a in c.answers if a.internal]
        if self.whitespace is not None:
            allowed = {None, WhitespaceState.SOLD, WhitespaceState.OPPORTUNITY}
            if any(cell not in allowed for row in self.whitespace.cells for cell in row):
                leaks.append("whitespace assessment")
        if leaks:
            raise InternalDataError("customer edition given internal data: " + ", ".join(sorted(set(leaks))))

    @property
    def is_customer(self) -> bool:
        return self.edition is Edition.CUSTOMER

    def phase_status(self, phase: Phase) -> PhaseStatus:
        return next((p.status for p in self.phases if p.phase is phase), PhaseStatus.NOT_STARTED)
