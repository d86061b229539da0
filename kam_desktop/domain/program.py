"""The KAM program checklist: read models (shared by services, the Program page and the program
report) and the pure rules - validation of a self-assessment, the overall rating and the trend,
the weak factors and their advice, and the evidence computed from the user's own data.

Evidence functions take plain counts gathered by ``services.program_evidence`` from the same
read models the portfolio, plan, role-matrix and fluency screens show, and turn them into
lines a user reads beside the rating.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from kam_desktop.domain import numbers
from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import FluencyArea, Role
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.program_method import (
    COMPONENTS,
    CUSTOMER_WANTS,
    FACTOR_NUMBERS,
    LEADERSHIP_QUESTIONS,
    TRUST_QUESTIONS,
    CharterDecision,
    success_factor,
    text,
)
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, language, translate

WEAK_RATING = 2  # a factor rated this or lower gets advice
REVIEW_INTERVAL_DAYS = 92  # a key account's plan is reviewed at least once a quarter
NOTE_MAX = 4000

# --- read models ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CharterItem:
    component: int  # 1-6
    statement: str  # the method's statement (source text; show with ``text()``)
    decision: CharterDecision | None
    our_words: str
    decided_on: dt.date | None


@dataclass(frozen=True)
class Charter:
    items: tuple[CharterItem, ...]  # the 6 components, in order

    @property
    def decided(self) -> int:
        return sum(1 for i in self.items if i.decision is not None)

    @property
    def last_decided_on(self) -> dt.date | None:
        dates = [i.decided_on for i in self.items if i.decided_on is not None]
        return max(dates) if dates else None


@dataclass(frozen=True)
class FactorRating:
    factor: int  # 1-9
    rating: int | None  # 1-5; None = not rated this time
    notes: str = ""
    evidence: str = ""  # the user's own evidence
    measured: str = ""  # what the app measured when the assessment was saved (one line per fact)


@dataclass(frozen=True)
class SelfAssessment:
    id: int
    assessed_on: dt.date
    note: str
    ratings: tuple[FactorRating, ...]  # 9, in factor order

    def rating(self, factor: int) -> int | None:
        return self.ratings[factor - 1].rating

    @property
    def overall(self) -> float | None:
        return overall([r.rating for r in self.ratings])


@dataclass(frozen=True)
class EvidenceLine:
    label: str
    value: str


@dataclass(frozen=True)
class FactorEvidence:
    factor: int
    lines: tuple[EvidenceLine, ...]

    def as_text(self) -> str:
        return "\n".join(f"{line.label}: {line.value}" for line in self.lines)


@dataclass(frozen=True)
class TrustAnswer:
    question: int  # 1-6
    answer: str
    rating: int | None  # 1-5, how well we do
    answered_on: dt.date | None


@dataclass(frozen=True)
class DivisionCooperation:
    id: int
    account_id: int
    account_name: str
    division: str  # one of OUR divisions
    involvement: str  # how it is involved in the account
    rating: int | None  # 1-5, how well it cooperates


@dataclass(frozen=True)
class LeadershipCycle:
    id: int
    cycle_on: dt.date
    answers: tuple[str, str, str]
    budget_asked: Decimal | None
    budget_granted: Decimal | None
    resources_asked: str
    resources_granted: str


@dataclass(frozen=True)
class WantReflection:
    want: int  # 1-4
    reflection: str
    linked: int  # key-account plan objectives (or decision makers, for want 4) answering it


@dataclass(frozen=True)
class Advice:
    factor: int
    rating: int | None
    text: str
    screen: str
    screen_label: str


@dataclass(frozen=True)
class ProgramReport:
    """Everything the program report PDF prints (internal by nature)."""

    generated_on: dt.date
    company_name: str
    user_name: str
    currency: str
    definition: str
    charter: Charter
    assessments: tuple[SelfAssessment, ...]  # oldest first
    evidence: Mapping[int, FactorEvidence]
    trust: tuple[TrustAnswer, ...]
    cooperation: tuple[DivisionCooperation, ...]
    leadership: tuple[LeadershipCycle, ...]  # newest first
    reflections: tuple[WantReflection, ...]
    advice: tuple[Advice, ...]
    lang: str | None = None
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def latest(self) -> SelfAssessment | None:
        return self.assessments[-1] if self.assessments else None


# --- commands -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FactorRatingInput:
    factor: int
    rating: int | None
    notes: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class AssessmentInput:
    assessed_on: dt.date | str
    ratings: Sequence[FactorRatingInput]
    note: str = ""


def clean_assessment(cmd: AssessmentInput) -> tuple[dt.date, str, dict[int, FactorRatingInput]]:
    """Validate a self-assessment: a date, at least one factor rated 1-5, notes of sane length."""
    on = v.date(cmd.assessed_on, field="assessed_on", label=translate("Program", "Date"))
    note = v.text(cmd.note, field="note", label=translate("Program", "Note"), max_len=NOTE_MAX)
    by_factor: dict[int, FactorRatingInput] = {}
    for item in cmd.ratings:
        if item.factor not in FACTOR_NUMBERS:
            raise ValidationError(
                fmt(translate("Program", "There is no success factor %1."), item.factor), field="factor"
            )
        field_name = f"factor_{item.factor}"
        rating = None
        if item.rating is not None:
            rating = v.rating(item.rating, field=field_name, label=text(success_factor(item.factor).title))
        by_factor[item.factor] = FactorRatingInput(
            item.factor,
            rating,
            v.text(item.notes, field=field_name, label=translate("Program", "Notes"), max_len=NOTE_MAX),
            v.text(item.evidence, field=field_name, label=translate("Program", "Evidence"), max_len=NOTE_MAX),
        )
    if not any(r.rating is not None for r in by_factor.values()):
        raise ValidationError(
            translate("Program", "Rate at least one of the nine factors from 1 to 5."), field="factor_1"
        )
    return on, note, by_factor


def check_component(component: int) -> int:
    if not 1 <= component <= len(COMPONENTS):
        raise ValidationError(
            fmt(translate("Program", "There is no component %1 in the definition."), component),
            field="component",
        )
    return component


def check_trust_question(question: int) -> int:
    if not 1 <= question <= len(TRUST_QUESTIONS):
        raise ValidationError(
            fmt(translate("Program", "There is no trust question %1."), question), field="question"
        )
    return question


def check_want(want: int) -> int:
    if not 1 <= want <= len(CUSTOMER_WANTS):
        raise ValidationError(fmt(translate("Program", "There is no customer want %1."), want), field="want")
    return want


def leadership_answers(answers: Sequence[str]) -> tuple[str, str, str]:
    if len(answers) != len(LEADERSHIP_QUESTIONS):
        raise ValidationError(
            translate("Program", "Answer the three leadership questions."), field="answer_1"
        )
    cleaned = tuple(
        v.text(a, field=f"answer_{i}", label=fmt(translate("Program", "Answer %1"), i), max_len=NOTE_MAX)
        for i, a in enumerate(answers, start=1)
    )
    return cleaned[0], cleaned[1], cleaned[2]


# --- rules ----------------------------------------------------------------------------------


def overall(ratings: Sequence[int | None]) -> float | None:
    """The mean of the rated factors, one decimal; None when nothing is rated."""
    rated = [r for r in ratings if r is not None]
    if not rated:
        return None
    return round(sum(rated) / len(rated), 1)


def factor_history(assessments: Sequence[SelfAssessment], factor: int) -> tuple[tuple[dt.date, int], ...]:
    """(date, rating) of one factor across the assessments that rated it, oldest first."""
    ordered = sorted(assessments, key=lambda a: (a.assessed_on, a.id))
    return tuple((a.assessed_on, r) for a in ordered if (r := a.rating(factor)) is not None)


def overall_history(assessments: Sequence[SelfAssessment]) -> tuple[tuple[dt.date, float], ...]:
    ordered = sorted(assessments, key=lambda a: (a.assessed_on, a.id))
    return tuple((a.assessed_on, o) for a in ordered if (o := a.overall) is not None)


def trend(points: Sequence[tuple[dt.date, float]]) -> int:
    """+1 up, -1 down, 0 flat or too few points: the last value against the one before."""
    if len(points) < 2:
        return 0
    last, before = points[-1][1], points[-2][1]
    return (last > before) - (last < before)


def trend_label(direction: int) -> str:
    return {
        1: translate("Program", "up"),
        -1: translate("Program", "down"),
        0: translate("Program", "flat"),
    }[direction]


def advice_for(latest: SelfAssessment | None) -> tuple[Advice, ...]:
    """Advice for every factor rated WEAK_RATING or lower in the latest assessment (or every
    factor when nothing has been assessed yet), each with the screen that improves it."""
    out = []
    for number in FACTOR_NUMBERS:
        rating = latest.rating(number) if latest else None
        if latest is not None and (rating is None or rating > WEAK_RATING):
            continue
        f = success_factor(number)
        out.append(Advice(number, rating, f.advice, f.screen, f.screen_label))
    return tuple(out)


# --- evidence -------------------------------------------------------------------------------


def _share(part: int, whole: int) -> str:
    if whole <= 0:
        return translate("Program", "none yet")
    return fmt(translate("Program", "%1 of %2 (%3%)"), part, whole, round(part * 100 / whole))


@dataclass(frozen=True)
class IdentificationFacts:
    key_accounts: int
    scored_on_all_factors: int  # key accounts whose latest assessment rates all 8 factors
    cap: int
    over_cap: int  # key accounts beyond the cap
    over_cap_justified: int  # of those, with a written reason for the promotion


def identification_evidence(f: IdentificationFacts) -> FactorEvidence:
    within = f.key_accounts <= f.cap
    lines = [
        EvidenceLine(
            translate("Program", "Key accounts scored on all 8 factors"),
            _share(f.scored_on_all_factors, f.key_accounts),
        ),
        EvidenceLine(
            translate("Program", "Key-account list"),
            fmt(
                translate("Program", "%1 of a cap of %2 (%3)"),
                f.key_accounts,
                f.cap,
                translate("Program", "within the cap") if within else translate("Program", "over the cap"),
            ),
        ),
    ]
    if f.over_cap:
        lines.append(
            EvidenceLine(
                translate("Program", "Over-cap accounts with a written reason"),
                _share(f.over_cap_justified, f.over_cap),
            )
        )
    return FactorEvidence(2, tuple(lines))


@dataclass(frozen=True)
class PlanningFacts:
    key_accounts: int
    with_current_plan: int  # a plan whose period includes today
    questions_in_scope: int  # across those plans
    questions_addressed: int
    open_actions: int
    open_actions_owned_and_dated: int


def planning_evidence(f: PlanningFacts) -> FactorEvidence:
    return FactorEvidence(
        3,
        (
            EvidenceLine(
                translate("Program", "Key accounts with a current plan"),
                _share(f.with_current_plan, f.key_accounts),
            ),
            EvidenceLine(
                translate("Program", "Research questions addressed"),
                _share(f.questions_addressed, f.questions_in_scope),
            ),
            EvidenceLine(
                translate("Program", "Open actions with an owner and a due date"),
                _share(f.open_actions_owned_and_dated, f.open_actions),
            ),
        ),
    )


@dataclass(frozen=True)
class ProcessFacts:
    plans: int  # current plans of key accounts
    phases_done: int  # across those plans (5 each)
    plans_due_for_review: int  # plans older than REVIEW_INTERVAL_DAYS
    reviewed_on_time: int  # of those, reviewed within the last REVIEW_INTERVAL_DAYS


def process_evidence(f: ProcessFacts) -> FactorEvidence:
    return FactorEvidence(
        4,
        (
            EvidenceLine(translate("Program", "Phases completed"), _share(f.phases_done, f.plans * 5)),
            EvidenceLine(
                fmt(translate("Program", "Plans reviewed in the last %1 days"), REVIEW_INTERVAL_DAYS),
                _share(f.reviewed_on_time, f.plans_due_for_review),
            ),
        ),
    )


@dataclass(frozen=True)
class RoleFacts:
    key_accounts: int
    fully_covered: int  # key accounts with a primary holder for all 6 roles
    gaps_by_role: Mapping[Role, int]  # key accounts without a primary holder, per role


def roles_evidence(f: RoleFacts) -> FactorEvidence:
    usual = sorted(
        (r for r in Role if f.gaps_by_role.get(r, 0) > 0),
        key=lambda r: (-f.gaps_by_role[r], list(Role).index(r)),
    )[:3]
    gaps = (
        ", ".join(fmt(translate("Program", "%1 (%2)"), r.label, f.gaps_by_role[r]) for r in usual)
        if usual
        else translate("Program", "none")
    )
    return FactorEvidence(
        5,
        (
            EvidenceLine(
                translate("Program", "Key accounts with all 6 roles covered"),
                _share(f.fully_covered, f.key_accounts),
            ),
            EvidenceLine(translate("Program", "Most frequent gaps"), gaps),
        ),
    )


@dataclass(frozen=True)
class FluencyFacts:
    members: int  # live team members
    rated_in_all_areas: int
    average_by_area: Mapping[FluencyArea, float | None]  # mean latest rating of those rated
    team_weak: tuple[FluencyArea, ...]  # nobody rated above the weak level


def _one_decimal(value: float) -> str:
    """'3.2' (en), '3,2' (it): the language in effect's usual number style."""
    return numbers.format_decimal(value, numbers.locale_for_language(language()), 1)


def fluency_evidence(f: FluencyFacts) -> FactorEvidence:
    averages = "; ".join(
        fmt(translate("Program", "%1 %2"), a.label, _one_decimal(avg) if avg is not None else "–")
        for a, avg in ((a, f.average_by_area.get(a)) for a in FluencyArea)
    )
    weak = ", ".join(a.label for a in f.team_weak) if f.team_weak else translate("Program", "none")
    return FactorEvidence(
        7,
        (
            EvidenceLine(
                translate("Program", "Team members rated in all 5 areas"),
                _share(f.rated_in_all_areas, f.members),
            ),
            EvidenceLine(translate("Program", "Average rating per area"), averages),
            EvidenceLine(translate("Program", "Areas nobody is fluent in"), weak),
        ),
    )


NOT_MEASURED = QT_TRANSLATE_NOOP("Program", "The app cannot measure this factor; your own evidence counts.")
