"""The vocabulary of the domain. Values are what the database stores; labels what users read.

Every label is a literal marked for translation (context "Enums", see ``_LABELS`` at the end)
and ``.label`` returns it in the language in force (``i18n.language()``).
"""

from __future__ import annotations

from enum import StrEnum

from kam_desktop.i18n import QT_TRANSLATE_NOOP, translate


class LabelledEnum(StrEnum):
    """A string enum whose members carry a user-facing label."""

    @property
    def label(self) -> str:
        source = _LABELS.get((type(self).__name__, self.value))
        if source is None:  # pragma: no cover - every member has a literal in _LABELS
            return self.value.replace("_", " ").capitalize()
        return translate("Enums", source)

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


FACTOR_LABELS: dict[Factor, str] = {
    Factor.CURRENT_REVENUE: QT_TRANSLATE_NOOP("Enums", "Current revenue"),
    Factor.GROWTH_POTENTIAL: QT_TRANSLATE_NOOP("Enums", "Growth potential"),
    Factor.RENEWAL_LIKELIHOOD: QT_TRANSLATE_NOOP("Enums", "Likelihood of renewals"),
    Factor.WIN_NOW_GROW_LATER: QT_TRANSLATE_NOOP("Enums", "Likelihood to win now and grow later"),
    Factor.RELATIVE_EFFORT: QT_TRANSLATE_NOOP(
        "Enums", "Relative effort needed (more effort = less attractive)"
    ),
    Factor.RELATIONSHIP_STRENGTH: QT_TRANSLATE_NOOP("Enums", "Relationship strength"),
    Factor.FIT: QT_TRANSLATE_NOOP("Enums", "Fit (offerings, culture, industry focus)"),
    Factor.LOGO_ATTRACTIVENESS: QT_TRANSLATE_NOOP("Enums", "Logo attractiveness"),
}
"""English source labels of the factors (``Factor.label`` translates them)."""


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


ROLE_DESCRIPTIONS: dict[Role, str] = {
    Role.RELATIONSHIP_LEAD: QT_TRANSLATE_NOOP(
        "Enums", "Opens doors and deepens trust with the customer's people at every level."
    ),
    Role.TECHNICAL_EXPERT: QT_TRANSLATE_NOOP(
        "Enums", "Knows our offerings in depth and how they solve this customer's problems."
    ),
    Role.COLLABORATOR: QT_TRANSLATE_NOOP(
        "Enums", "Pulls our team and the customer's together to turn ideas into results."
    ),
    Role.PROJECT_MANAGER: QT_TRANSLATE_NOOP(
        "Enums", "Organises the work, owns the plan's dates and gets things finished on time."
    ),
    Role.INNOVATOR: QT_TRANSLATE_NOOP(
        "Enums", "Looks for new ways to create value the customer has not asked for yet."
    ),
    Role.RESULTS_DRIVER: QT_TRANSLATE_NOOP(
        "Enums", "Keeps everyone focused on outcomes, growth targets and the numbers."
    ),
}
"""English source descriptions of the roles; ``role_description`` gives them translated."""


def role_description(role: Role) -> str:
    """What the role does, in the language in force."""
    return translate("Enums", ROLE_DESCRIPTIONS[role])


class RoleStrength(LabelledEnum):
    PRIMARY = "primary"
    BACKUP = "backup"


class FluencyArea(LabelledEnum):
    CUSTOMER_NEEDS = "customer_needs"
    OFFERINGS = "offerings"
    MARKET = "market"
    COMPANY_VALUE = "company_value"
    COMPETITION = "competition"


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


# Every member's label, as a literal lupdate can extract (English source, context "Enums").
_LABELS: dict[tuple[str, str], str] = {
    ("AccountStatus", "candidate"): QT_TRANSLATE_NOOP("Enums", "Candidate"),
    ("AccountStatus", "key"): QT_TRANSLATE_NOOP("Enums", "Key"),
    ("AccountStatus", "standard"): QT_TRANSLATE_NOOP("Enums", "Standard"),
    ("AccountStatus", "disqualified"): QT_TRANSLATE_NOOP("Enums", "Disqualified"),
    ("AccountStatus", "archived"): QT_TRANSLATE_NOOP("Enums", "Archived"),
    ("Phase", "strategy"): QT_TRANSLATE_NOOP("Enums", "Strategy"),
    ("Phase", "research"): QT_TRANSLATE_NOOP("Enums", "Research"),
    ("Phase", "action_plan"): QT_TRANSLATE_NOOP("Enums", "Action plan"),
    ("Phase", "execution"): QT_TRANSLATE_NOOP("Enums", "Execution"),
    ("Phase", "review"): QT_TRANSLATE_NOOP("Enums", "Review"),
    ("PhaseStatus", "not_started"): QT_TRANSLATE_NOOP("Enums", "Not started"),
    ("PhaseStatus", "in_progress"): QT_TRANSLATE_NOOP("Enums", "In progress"),
    ("PhaseStatus", "done"): QT_TRANSLATE_NOOP("Enums", "Done"),
    ("Rigour", "light"): QT_TRANSLATE_NOOP("Enums", "Light"),
    ("Rigour", "standard"): QT_TRANSLATE_NOOP("Enums", "Standard"),
    ("Rigour", "deep"): QT_TRANSLATE_NOOP("Enums", "Deep"),
    ("GrowthFocus", "penetration"): QT_TRANSLATE_NOOP("Enums", "Penetration"),
    ("GrowthFocus", "expansion"): QT_TRANSLATE_NOOP("Enums", "Expansion"),
    ("GrowthFocus", "protection"): QT_TRANSLATE_NOOP("Enums", "Protection"),
    ("TopicDecision", "undecided"): QT_TRANSLATE_NOOP("Enums", "Undecided"),
    ("TopicDecision", "focus"): QT_TRANSLATE_NOOP("Enums", "Focus"),
    ("TopicDecision", "not_this_period"): QT_TRANSLATE_NOOP("Enums", "Not this period"),
    ("DecisionRole", "economic_buyer"): QT_TRANSLATE_NOOP("Enums", "Economic buyer"),
    ("DecisionRole", "decision_maker"): QT_TRANSLATE_NOOP("Enums", "Decision maker"),
    ("DecisionRole", "influencer"): QT_TRANSLATE_NOOP("Enums", "Influencer"),
    ("DecisionRole", "technical_evaluator"): QT_TRANSLATE_NOOP("Enums", "Technical evaluator"),
    ("DecisionRole", "user"): QT_TRANSLATE_NOOP("Enums", "User"),
    ("DecisionRole", "gatekeeper"): QT_TRANSLATE_NOOP("Enums", "Gatekeeper"),
    ("DecisionRole", "champion"): QT_TRANSLATE_NOOP("Enums", "Champion"),
    ("DecisionRole", "blocker"): QT_TRANSLATE_NOOP("Enums", "Blocker"),
    ("Attitude", "strong_supporter"): QT_TRANSLATE_NOOP("Enums", "Strong supporter"),
    ("Attitude", "supporter"): QT_TRANSLATE_NOOP("Enums", "Supporter"),
    ("Attitude", "neutral"): QT_TRANSLATE_NOOP("Enums", "Neutral"),
    ("Attitude", "opponent"): QT_TRANSLATE_NOOP("Enums", "Opponent"),
    ("Attitude", "strong_opponent"): QT_TRANSLATE_NOOP("Enums", "Strong opponent"),
    ("Role", "relationship_lead"): QT_TRANSLATE_NOOP("Enums", "Relationship Lead"),
    ("Role", "technical_expert"): QT_TRANSLATE_NOOP("Enums", "Technical Expert"),
    ("Role", "collaborator"): QT_TRANSLATE_NOOP("Enums", "Collaborator"),
    ("Role", "project_manager"): QT_TRANSLATE_NOOP("Enums", "Project Manager"),
    ("Role", "innovator"): QT_TRANSLATE_NOOP("Enums", "Innovator"),
    ("Role", "results_driver"): QT_TRANSLATE_NOOP("Enums", "Results Driver"),
    ("RoleStrength", "primary"): QT_TRANSLATE_NOOP("Enums", "Primary"),
    ("RoleStrength", "backup"): QT_TRANSLATE_NOOP("Enums", "Backup"),
    ("FluencyArea", "customer_needs"): QT_TRANSLATE_NOOP("Enums", "Range of customer needs we solve"),
    ("FluencyArea", "offerings"): QT_TRANSLATE_NOOP("Enums", "Our products, services and capabilities"),
    ("FluencyArea", "market"): QT_TRANSLATE_NOOP("Enums", "The market"),
    ("FluencyArea", "company_value"): QT_TRANSLATE_NOOP("Enums", "Our company and its value proposition"),
    ("FluencyArea", "competition"): QT_TRANSLATE_NOOP(
        "Enums", "The competition, and why we are better value"
    ),
    ("ResearchStatus", "unanswered"): QT_TRANSLATE_NOOP("Enums", "Unanswered"),
    ("ResearchStatus", "answered"): QT_TRANSLATE_NOOP("Enums", "Answered"),
    ("ResearchStatus", "needs_research"): QT_TRANSLATE_NOOP("Enums", "Needs research"),
    ("ResearchStatus", "not_relevant"): QT_TRANSLATE_NOOP("Enums", "Not relevant"),
    ("ThreatLevel", "low"): QT_TRANSLATE_NOOP("Enums", "Low"),
    ("ThreatLevel", "medium"): QT_TRANSLATE_NOOP("Enums", "Medium"),
    ("ThreatLevel", "high"): QT_TRANSLATE_NOOP("Enums", "High"),
    ("CounterStatus", "not_started"): QT_TRANSLATE_NOOP("Enums", "Not started"),
    ("CounterStatus", "in_progress"): QT_TRANSLATE_NOOP("Enums", "In progress"),
    ("CounterStatus", "neutralised"): QT_TRANSLATE_NOOP("Enums", "Neutralised"),
    ("CounterStatus", "losing_ground"): QT_TRANSLATE_NOOP("Enums", "Losing ground"),
    ("ActionStatus", "planned"): QT_TRANSLATE_NOOP("Enums", "Planned"),
    ("ActionStatus", "in_progress"): QT_TRANSLATE_NOOP("Enums", "In progress"),
    ("ActionStatus", "done"): QT_TRANSLATE_NOOP("Enums", "Done"),
    ("ActionStatus", "blocked"): QT_TRANSLATE_NOOP("Enums", "Blocked"),
    ("ActionStatus", "cancelled"): QT_TRANSLATE_NOOP("Enums", "Cancelled"),
    ("OpportunityStage", "identified"): QT_TRANSLATE_NOOP("Enums", "Identified"),
    ("OpportunityStage", "qualified"): QT_TRANSLATE_NOOP("Enums", "Qualified"),
    ("OpportunityStage", "proposed"): QT_TRANSLATE_NOOP("Enums", "Proposed"),
    ("OpportunityStage", "won"): QT_TRANSLATE_NOOP("Enums", "Won"),
    ("OpportunityStage", "lost"): QT_TRANSLATE_NOOP("Enums", "Lost"),
    ("InteractionKind", "meeting"): QT_TRANSLATE_NOOP("Enums", "Meeting"),
    ("InteractionKind", "call"): QT_TRANSLATE_NOOP("Enums", "Call"),
    ("InteractionKind", "email"): QT_TRANSLATE_NOOP("Enums", "Email"),
    ("InteractionKind", "workshop"): QT_TRANSLATE_NOOP("Enums", "Workshop"),
    ("InteractionKind", "business_review"): QT_TRANSLATE_NOOP("Enums", "Business review"),
    ("KpiDirection", "higher_is_better"): QT_TRANSLATE_NOOP("Enums", "Higher is better"),
    ("KpiDirection", "lower_is_better"): QT_TRANSLATE_NOOP("Enums", "Lower is better"),
    ("Health", "on_track"): QT_TRANSLATE_NOOP("Enums", "On track"),
    ("Health", "at_risk"): QT_TRANSLATE_NOOP("Enums", "At risk"),
    ("Health", "off_track"): QT_TRANSLATE_NOOP("Enums", "Off track"),
    ("WhitespaceState", "unknown"): QT_TRANSLATE_NOOP("Enums", "Unknown"),
    ("WhitespaceState", "sold"): QT_TRANSLATE_NOOP("Enums", "Sold"),
    ("WhitespaceState", "opportunity"): QT_TRANSLATE_NOOP("Enums", "Opportunity"),
    ("WhitespaceState", "competitor"): QT_TRANSLATE_NOOP("Enums", "Competitor holds it"),
    ("WhitespaceState", "not_relevant"): QT_TRANSLATE_NOOP("Enums", "Not relevant"),
    # domain.coverage.Coverage
    ("Coverage", "covered"): QT_TRANSLATE_NOOP("Enums", "Covered"),
    ("Coverage", "thin"): QT_TRANSLATE_NOOP("Enums", "Thin"),
    ("Coverage", "uncovered"): QT_TRANSLATE_NOOP("Enums", "Uncovered"),
    **{("Factor", f.value): label for f, label in FACTOR_LABELS.items()},
}
