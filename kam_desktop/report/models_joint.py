"""Read model of the customer edition: the joint plan, a document written *to* the customer.

It is not a filtered copy of the internal ``PlanReport``: it has no field for working text at
all (research answers, review findings and adjustments, interaction summaries and next steps,
strategy reasoning, qualification and internal notes, competitor intelligence, assessments of
people, scores, and every commercial figure of ours). What it holds is what the user chose to
share, in the customer-facing wording of each item (design.md "What the customer sees").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from kam_desktop.domain.enums import ActionStatus, InteractionKind
from kam_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.report.models import KpiRow


class Side(StrEnum):
    """Who carries a risk or an action: our company, the customer, or both."""

    OURS = "ours"
    YOURS = "yours"
    JOINT = "joint"


@dataclass(frozen=True)
class JointNeed:
    id: int
    description: str
    division: str


@dataclass(frozen=True)
class JointTrend:
    id: int
    description: str
    impact: str


@dataclass(frozen=True)
class JointValue:
    id: int
    title: str
    problem: str
    solution: str
    quantified_value: str
    proof: str


@dataclass(frozen=True)
class JointKpi:
    id: int
    kpi: KpiRow  # a KPI of the customer's outcomes (never one of our own commercial figures)


@dataclass(frozen=True)
class JointReview:
    id: int
    held_on: dt.date
    summary: str  # the review's summary for the customer


@dataclass(frozen=True)
class JointObjective:
    id: int
    wording: str  # the objective as the customer reads it
    due_date: dt.date | None


@dataclass(frozen=True)
class JointAction:
    id: int
    title: str
    objective_id: int | None
    our_owner: str
    their_owner: str
    due_date: dt.date | None
    status: ActionStatus
    milestone: bool


@dataclass(frozen=True)
class JointRisk:
    id: int
    description: str
    mitigation: str
    side: Side


@dataclass(frozen=True)
class JointMeeting:
    id: int
    on_date: dt.date
    kind: InteractionKind
    subject: str


@dataclass(frozen=True)
class Person:
    name: str
    title: str  # their job title, or our team member's function
    email: str = ""  # our people's work contact details only (never a stakeholder's)
    phone: str = ""


@dataclass(frozen=True)
class Governance:
    their_sponsor: Person | None
    our_sponsor: Person | None
    cadence: str
    next_review_on: dt.date | None
    escalation_path: str
    our_team: tuple[Person, ...] = ()  # the account team, without the preparer and our sponsor
    meetings: tuple[JointMeeting, ...] = ()  # shared meetings, upcoming first
    preparer: Person | None = None  # who prepared the plan (the user), with their contact details

    @property
    def is_empty(self) -> bool:
        return not (
            self.their_sponsor
            or self.our_sponsor
            or self.cadence.strip()
            or self.next_review_on
            or self.escalation_path.strip()
            or self.meetings
        )


@dataclass(frozen=True)
class JointPlan:
    account_name: str
    our_company: str
    prepared_by: str
    period_start: dt.date | None
    period_end: dt.date | None
    version: int
    generated_on: dt.date
    has_plan: bool
    executive_summary: str = ""
    joint_ambition: str = ""
    next_steps: str = ""
    needs: tuple[JointNeed, ...] = ()
    trends: tuple[JointTrend, ...] = ()
    values: tuple[JointValue, ...] = ()
    kpis: tuple[JointKpi, ...] = ()
    review: JointReview | None = None
    objectives: tuple[JointObjective, ...] = ()
    actions: tuple[JointAction, ...] = ()
    risks: tuple[JointRisk, ...] = ()
    governance: Governance | None = None

    def __post_init__(self) -> None:
        if any(k.kpi.internal for k in self.kpis):
            raise ValueError("a joint plan cannot hold an internal KPI")

    @property
    def past_due(self) -> tuple[JointAction, ...]:
        """Open actions whose due date has passed: the customer would read them as missed."""
        still_open = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED)
        return tuple(
            a
            for a in self.actions
            if a.due_date is not None and a.due_date < self.generated_on and a.status in still_open
        )

    @property
    def milestones(self) -> tuple[JointAction, ...]:
        return tuple(a for a in self.actions if a.milestone and a.due_date is not None)

    def section_counts(self) -> dict[str, int]:
        """How many shared items each section of the joint plan prints (0 = section left out)."""
        g = self.governance
        return {
            "summary": int(bool(self.executive_summary.strip())) + int(bool(self.joint_ambition.strip())),
            "priorities": len(self.needs) + len(self.trends),
            "value": len(self.values) + len(self.kpis) + int(self.review is not None),
            "objectives": len(self.objectives),
            "actions": len(self.actions),
            "governance": 0 if g is None or g.is_empty else 1 + len(g.meetings),
            "risks": len(self.risks),
            "next_steps": int(bool(self.next_steps.strip())),
        }


JOINT_SECTIONS: tuple[tuple[str, str], ...] = (
    ("summary", QT_TRANSLATE_NOOP("Report", "Executive summary")),
    ("priorities", QT_TRANSLATE_NOOP("Report", "Your goals and priorities")),
    ("value", QT_TRANSLATE_NOOP("Report", "Value delivered so far")),
    ("objectives", QT_TRANSLATE_NOOP("Report", "Our joint objectives")),
    ("actions", QT_TRANSLATE_NOOP("Report", "Mutual action plan")),
    ("governance", QT_TRANSLATE_NOOP("Report", "How we work together")),
    ("risks", QT_TRANSLATE_NOOP("Report", "Joint risks and dependencies")),
    ("next_steps", QT_TRANSLATE_NOOP("Report", "Next steps and sign-off")),
)
"""The sections of the joint plan, in order, with their (untranslated) titles."""


def section_title(key: str, lang: str | None = None) -> str:
    return translate("Report", dict(JOINT_SECTIONS)[key], lang=lang)
