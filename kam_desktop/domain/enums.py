"""The vocabulary of the domain. Values are what the database stores; labels what users read."""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry a user-facing label."""

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @classmethod
    def values(cls) -> tuple[str, ...]:
        return tuple(m.value for m in cls)


class AccountStatus(LabelledEnum):
    CANDIDATE = "candidate"
    KEY = "key"
    STANDARD = "standard"
    DISQUALIFIED = "disqualified"
    ARCHIVED = "archived"


class Factor(LabelledEnum):
    """The 8 identification factors of method.md, in its order."""

    CURRENT_REVENUE = "current_revenue"
    GROWTH_POTENTIAL = "growth_potential"
    RENEWAL_LIKELIHOOD = "renewal_likelihood"
    WIN_NOW_GROW_LATER = "win_now_grow_later"
    RELATIVE_EFFORT = "relative_effort"
    RELATIONSHIP_STRENGTH = "relationship_strength"
    FIT = "fit"
    LOGO_ATTRACTIVENESS = "logo_attractiveness"

    @property
    def label(self) -> str:
        return FACTOR_LABELS[self]


FACTOR_LABELS: dict[Factor, str] = {
    Factor.CURRENT_REVENUE: "Current revenue",
    Factor.GROWTH_POTENTIAL: "Growth potential",
    Factor.RENEWAL_LIKELIHOOD: "Likelihood of renewals",
    Factor.WIN_NOW_GROW_LATER: "Likelihood to win now and grow later",
    Factor.RELATIVE_EFFORT: "Relative effort needed (more effort = less attractive)",
    Factor.RELATIONSHIP_STRENGTH: "Relationship strength",
    Factor.FIT: "Fit (offerings, culture, industry focus)",
    Factor.LOGO_ATTRACTIVENESS: "Logo attractiveness",
}


class Phase(LabelledEnum):
    STRATEGY = "strategy"
    RESEARCH = "research"
    ACTION_PLAN = "action_plan"
    EXECUTION = "execution"
    REVIEW = "review"


class PhaseStatus(LabelledEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Rigour(LabelledEnum):
    LIGHT = "light"
    STANDARD = "standard"
    DEEP = "deep"


class GrowthFocus(LabelledEnum):
    PENETRATION = "penetration"
    EXPANSION = "expansion"
    PROTECTION = "protection"


class TopicDecision(LabelledEnum):
    """Whether a growth topic was considered for the plan period."""

    UNDECIDED = "undecided"
    FOCUS = "focus"
    NOT_THIS_PERIOD = "not_this_period"


class DecisionRole(LabelledEnum):
    ECONOMIC_BUYER = "economic_buyer"
    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    TECHNICAL_EVALUATOR = "technical_evaluator"
    USER = "user"
    GATEKEEPER = "gatekeeper"
    CHAMPION = "champion"
    BLOCKER = "blocker"


class Attitude(LabelledEnum):
    STRONG_SUPPORTER = "strong_supporter"
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    OPPONENT = "opponent"
    STRONG_OPPONENT = "strong_opponent"

    @property
    def score(self) -> int:
        """+2 (strong supporter) .. -2 (strong opponent)."""
        return {"strong_supporter": 2, "supporter": 1, "neutral": 0, "opponent": -1}.get(self.value, -2)


class Role(LabelledEnum):
    """The 6 account management roles of method.md."""

    RELATIONSHIP_LEAD = "relationship_lead"
    TECHNICAL_EXPERT = "technical_expert"
    COLLABORATOR = "collaborator"
    PROJECT_MANAGER = "project_manager"
    INNOVATOR = "innovator"
    RESULTS_DRIVER = "results_driver"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").title()


ROLE_DESCRIPTIONS: dict[Role, str] = {
    Role.RELATIONSHIP_LEAD: "Opens doors and deepens trust with the customer's people at every level.",
    Role.TECHNICAL_EXPERT: "Knows our offerings in depth and how they solve this customer's problems.",
    Role.COLLABORATOR: "Pulls our team and the customer's together to turn ideas into results.",
    Role.PROJECT_MANAGER: "Organises the work, owns the plan's dates and gets things finished on time.",
    Role.INNOVATOR: "Looks for new ways to create value the customer has not asked for yet.",
    Role.RESULTS_DRIVER: "Keeps everyone focused on outcomes, growth targets and the numbers.",
}


class RoleStrength(LabelledEnum):
    PRIMARY = "primary"
    BACKUP = "backup"


class FluencyArea(LabelledEnum):
    CUSTOMER_NEEDS = "customer_needs"
    OFFERINGS = "offerings"
    MARKET = "market"
    COMPANY_VALUE = "company_value"
    COMPETITION = "competition"

    @property
    def label(self) -> str:
        return {
            "customer_needs": "Range of customer needs we solve",
            "offerings": "Our products, services and capabilities",
            "market": "The market",
            "company_value": "Our company and its value proposition",
            "competition": "The competition, and why we are better value",
        }[self.value]


class ResearchStatus(LabelledEnum):
    UNANSWERED = "unanswered"
    ANSWERED = "answered"
    NEEDS_RESEARCH = "needs_research"
    NOT_RELEVANT = "not_relevant"


class ThreatLevel(LabelledEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class CounterStatus(LabelledEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    NEUTRALISED = "neutralised"
    LOSING_GROUND = "losing_ground"


class ActionStatus(LabelledEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED)


class OpportunityStage(LabelledEnum):
    IDENTIFIED = "identified"
    QUALIFIED = "qualified"
    PROPOSED = "proposed"
    WON = "won"
    LOST = "lost"

    @property
    def is_live(self) -> bool:
        return self not in (OpportunityStage.WON, OpportunityStage.LOST)


class InteractionKind(LabelledEnum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    WORKSHOP = "workshop"
    BUSINESS_REVIEW = "business_review"


class KpiDirection(LabelledEnum):
    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"


class Health(LabelledEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"


class WhitespaceState(LabelledEnum):
    UNKNOWN = "unknown"
    SOLD = "sold"
    OPPORTUNITY = "opportunity"
    COMPETITOR = "competitor"
    NOT_RELEVANT = "not_relevant"

    @property
    def label(self) -> str:
        return {
            "unknown": "Unknown",
            "sold": "Sold",
            "opportunity": "Opportunity",
            "competitor": "Competitor holds it",
            "not_relevant": "Not relevant",
        }[self.value]
