"""Completeness rules of the 5 phases, without Qt or SQL.

A phase is *done* when its rule holds AND the user marks it done. The rule is shown, not
hidden: ``RULE_TEXT`` describes it, ``missing(phase, facts)`` lists what is still missing.
The services compute ``PlanFacts`` for a plan with a few counting queries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kam_desktop.domain.enums import GrowthFocus, Phase, Rigour, TopicDecision
from kam_desktop.domain.numbers import current_locale, format_date
from kam_desktop.i18n import QT_TRANSLATE_NOOP, TranslatedMapping, fmt, translate

CTX = "PhaseRules"


@dataclass(frozen=True)
class PlanFacts:
    rigour: Rigour = Rigour.STANDARD
    # strategy
    has_what: bool = False
    has_with_whom: bool = False
    has_why: bool = False
    revenue_target_set: bool = False
    topics: dict[GrowthFocus, TopicDecision] = field(default_factory=dict)
    objectives_by_focus: dict[GrowthFocus, int] = field(default_factory=dict)
    # research
    core_team: int = 0
    questions_in_scope: int = 0
    questions_addressed: int = 0  # answered, not relevant, or needs research with owner and date
    categories_in_scope: int = 0
    categories_touched: int = 0
    needs_research_without_owner_or_date: int = 0
    stakeholders: int = 0
    decision_makers: int = 0  # economic buyer or decision maker identified
    qualification_decided: bool = False
    # action plan
    value_propositions: int = 0
    objectives_without_action: int = 0
    open_actions_without_owner_or_date: int = 0
    actions: int = 0
    # execution
    opportunities: int = 0
    interactions_in_period: int = 0  # logged in the plan period, on or before today
    live_opportunities_without_close: int = 0
    # the calendar, so that a missing interaction is explained exactly
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    today: dt.date | None = None
    last_interaction_before_period: dt.date | None = None  # the latest one before the start
    next_interaction_ahead: dt.date | None = None  # the earliest one after today (in the period)
    # review
    kpis_with_target: int = 0
    measurements: int = 0
    reviews: int = 0

    @property
    def objectives(self) -> int:
        return sum(self.objectives_by_focus.values())


RULE_TEXT: TranslatedMapping[Phase] = TranslatedMapping(
    CTX,
    {
        Phase.STRATEGY: QT_TRANSLATE_NOOP(
            "PhaseRules",
            "Strategy is complete when the statement says what you intend to do and why (and, beyond "
            "light rigour, with whom and the revenue target), each of penetration, expansion and "
            "protection is either a focus or explicitly 'not this period', and every focus topic has "
            "at least one objective.",
        ),
        Phase.RESEARCH: QT_TRANSLATE_NOOP(
            "PhaseRules",
            "Research is complete when the core account team is picked, at least half of the questions "
            "for this rigour are addressed (answered, not relevant, or research assigned with an owner "
            "and a due date) with every category touched, every 'needs research' item has an owner and "
            "a due date, the key stakeholders are known (a decision maker or economic buyer among them, "
            "beyond light rigour), and you have decided whether the account still deserves key status.",
        ),
        Phase.ACTION_PLAN: QT_TRANSLATE_NOOP(
            "PhaseRules",
            "The action plan is complete when there is a compelling case (a value proposition), every "
            "objective has at least one action, and every open action has an owner and a due date.",
        ),
        Phase.EXECUTION: QT_TRANSLATE_NOOP(
            "PhaseRules",
            "Execution is under way when opportunities are tracked, interactions are logged in the plan "
            "period, and every live opportunity has an expected close date.",
        ),
        Phase.REVIEW: QT_TRANSLATE_NOOP(
            "PhaseRules",
            "A review is complete when KPIs have a target and measurements, and at least one review "
            "(health, findings, adjustments) has been recorded.",
        ),
    },
)


def missing(phase: Phase, f: PlanFacts) -> list[str]:
    """What is still missing before ``phase`` can be marked done (empty = rule holds)."""
    out: list[str] = []
    light = f.rigour is Rigour.LIGHT
    if phase is Phase.STRATEGY:
        if not f.has_what:
            out.append(translate("PhaseRules", "Say what you intend to do with this account."))
        if not f.has_why:
            out.append(translate("PhaseRules", "Say why this strategy."))
        if not light and not f.has_with_whom:
            out.append(
                translate(
                    "PhaseRules",
                    "Say with whom: write it, or tick the buying centres or stakeholders the strategy targets.",
                )
            )
        if not light and not f.revenue_target_set:
            out.append(translate("PhaseRules", "Set the revenue target for the period."))
        for focus in GrowthFocus:
            decision = f.topics.get(focus, TopicDecision.UNDECIDED)
            if decision is TopicDecision.UNDECIDED:
                out.append(
                    fmt(
                        translate("PhaseRules", "Decide on %1: a focus, or not this period."),
                        focus.label.lower(),
                    )
                )
            elif decision is TopicDecision.FOCUS and not f.objectives_by_focus.get(focus):
                out.append(fmt(translate("PhaseRules", "Add an objective for %1."), focus.label.lower()))
        if f.objectives == 0:
            out.append(translate("PhaseRules", "Add at least one objective."))
    elif phase is Phase.RESEARCH:
        if f.core_team == 0:
            out.append(translate("PhaseRules", "Pick the core account team."))
        if f.questions_in_scope and f.questions_addressed * 2 < f.questions_in_scope:
            out.append(
                fmt(
                    translate(
                        "PhaseRules", "Address at least half of the research questions (%1 of %2 so far)."
                    ),
                    f.questions_addressed,
                    f.questions_in_scope,
                )
            )
        if f.categories_touched < f.categories_in_scope:
            out.append(
                fmt(
                    translate("PhaseRules", "Touch every question category (%1 of %2)."),
                    f.categories_touched,
                    f.categories_in_scope,
                )
            )
        count = f.needs_research_without_owner_or_date
        if count:
            out.append(
                translate("PhaseRules", "Give 1 'needs research' item an owner and a due date.")
                if count == 1
                else fmt(
                    translate("PhaseRules", "Give %1 'needs research' items an owner and a due date."), count
                )
            )
        if f.stakeholders == 0:
            out.append(translate("PhaseRules", "Add the stakeholders you know."))
        elif not light and f.decision_makers == 0:
            out.append(translate("PhaseRules", "Identify the decision maker or economic buyer."))
        if not f.qualification_decided:
            out.append(translate("PhaseRules", "Decide whether the account still deserves key status."))
    elif phase is Phase.ACTION_PLAN:
        if f.value_propositions == 0:
            out.append(translate("PhaseRules", "Write the compelling case (a value proposition)."))
        if f.objectives == 0:
            out.append(translate("PhaseRules", "The plan has no objectives yet (Strategy phase)."))
        count = f.objectives_without_action
        if count:
            out.append(
                translate("PhaseRules", "Give 1 objective at least one action.")
                if count == 1
                else fmt(translate("PhaseRules", "Give %1 objectives at least one action."), count)
            )
        count = f.open_actions_without_owner_or_date
        if count:
            out.append(
                translate("PhaseRules", "Give 1 open action an owner and a due date.")
                if count == 1
                else fmt(translate("PhaseRules", "Give %1 open actions an owner and a due date."), count)
            )
    elif phase is Phase.EXECUTION:
        if f.opportunities == 0:
            out.append(translate("PhaseRules", "Track at least one opportunity."))
        if f.interactions_in_period == 0:
            out.extend(_missing_interaction(f))
        count = f.live_opportunities_without_close
        if count:
            out.append(
                translate("PhaseRules", "Give 1 live opportunity an expected close date.")
                if count == 1
                else fmt(translate("PhaseRules", "Give %1 live opportunities an expected close date."), count)
            )
    elif phase is Phase.REVIEW:
        if f.kpis_with_target == 0:
            out.append(translate("PhaseRules", "Define at least one KPI with a target."))
        if f.measurements == 0:
            out.append(translate("PhaseRules", "Record at least one KPI measurement."))
        if f.reviews == 0:
            out.append(translate("PhaseRules", "Record a review (health, findings, adjustments)."))
    return out


def _date(value: dt.date) -> str:
    return format_date(value, current_locale(), "medium")


def _missing_interaction(f: PlanFacts) -> list[str]:
    """Name exactly what is missing for 'an interaction in the plan period': the window it must
    fall in, and why the interactions already logged do not count."""
    if f.period_start is None or f.today is None:
        return [translate("PhaseRules", "Log at least one interaction in the plan period.")]
    if f.today < f.period_start:
        out = [
            fmt(
                translate(
                    "PhaseRules",
                    "The plan period starts on %1, after today: interactions count from that day, or "
                    "move the plan's start (Strategy, first page).",
                ),
                _date(f.period_start),
            )
        ]
    else:
        until = f.today if f.period_end is None or f.today <= f.period_end else f.period_end
        out = [
            fmt(
                translate(
                    "PhaseRules",
                    "Log an interaction that took place between %1 (the plan's start) and %2.",
                ),
                _date(f.period_start),
                _date(until),
            )
        ]
    if f.last_interaction_before_period is not None:
        out.append(
            fmt(
                translate(
                    "PhaseRules",
                    "The interaction of %1 is before the plan period starts (%2): if the plan really "
                    "began earlier, move its start (Strategy, first page).",
                ),
                _date(f.last_interaction_before_period),
                _date(f.period_start),
            )
        )
    if f.next_interaction_ahead is not None:
        out.append(
            fmt(
                translate(
                    "PhaseRules",
                    "The interaction of %1 is still ahead: it counts once its day has come.",
                ),
                _date(f.next_interaction_ahead),
            )
        )
    return out
