"""Completeness rules of Action plan, Execution and Review (domain/progress.py), without Qt."""

from __future__ import annotations

from kam_desktop.domain.enums import GrowthFocus, Phase, Rigour
from kam_desktop.domain.progress import RULE_TEXT, PlanFacts, missing

OBJECTIVES = {GrowthFocus.PENETRATION: 1, GrowthFocus.EXPANSION: 2}

COMPLETE = PlanFacts(
    objectives_by_focus=OBJECTIVES,
    value_propositions=1,
    objectives_without_action=0,
    open_actions_without_owner_or_date=0,
    actions=4,
    opportunities=2,
    interactions_in_period=3,
    live_opportunities_without_close=0,
    kpis_with_target=2,
    measurements=5,
    reviews=1,
)


def _with(**changes: object) -> PlanFacts:
    from dataclasses import replace

    return replace(COMPLETE, **changes)  # type: ignore[arg-type]


def test_complete_facts_satisfy_phases_3_to_5_at_every_rigour() -> None:
    for rigour in Rigour:
        facts = _with(rigour=rigour)
        for phase in (Phase.ACTION_PLAN, Phase.EXECUTION, Phase.REVIEW):
            assert missing(phase, facts) == [], (phase, rigour)


def test_empty_plan_misses_everything() -> None:
    empty = PlanFacts()
    assert missing(Phase.ACTION_PLAN, empty) == [
        "Write the compelling case (a value proposition).",
        "The plan has no objectives yet (Strategy phase).",
    ]
    assert len(missing(Phase.EXECUTION, empty)) == 2
    assert len(missing(Phase.REVIEW, empty)) == 3


def test_action_plan_needs_a_case() -> None:
    assert missing(Phase.ACTION_PLAN, _with(value_propositions=0)) == [
        "Write the compelling case (a value proposition)."
    ]


def test_action_plan_needs_an_action_per_objective() -> None:
    gaps = missing(Phase.ACTION_PLAN, _with(objectives_without_action=2))
    assert gaps == ["Give 2 objectives at least one action."]


def test_action_plan_needs_owner_and_date_on_open_actions() -> None:
    gaps = missing(Phase.ACTION_PLAN, _with(open_actions_without_owner_or_date=1))
    assert gaps == ["Give 1 open action an owner and a due date."]


def test_action_plan_without_objectives_points_back_to_strategy() -> None:
    gaps = missing(Phase.ACTION_PLAN, _with(objectives_by_focus={}))
    assert gaps == ["The plan has no objectives yet (Strategy phase)."]


def test_execution_rules() -> None:
    assert missing(Phase.EXECUTION, _with(opportunities=0)) == ["Track at least one opportunity."]
    assert missing(Phase.EXECUTION, _with(interactions_in_period=0)) == [
        "Log at least one interaction in the plan period."
    ]
    assert missing(Phase.EXECUTION, _with(live_opportunities_without_close=3)) == [
        "Give 3 live opportunities an expected close date."
    ]


def test_review_rules() -> None:
    assert missing(Phase.REVIEW, _with(kpis_with_target=0)) == ["Define at least one KPI with a target."]
    assert missing(Phase.REVIEW, _with(measurements=0)) == ["Record at least one KPI measurement."]
    assert missing(Phase.REVIEW, _with(reviews=0)) == ["Record a review (health, findings, adjustments)."]


def test_later_phases_do_not_depend_on_earlier_phase_facts() -> None:
    # strategy/research gaps never leak into phases 3-5
    facts = _with(has_what=False, core_team=0, stakeholders=0)
    for phase in (Phase.ACTION_PLAN, Phase.EXECUTION, Phase.REVIEW):
        assert missing(phase, facts) == []


def test_rule_text_is_there_for_every_phase() -> None:
    for phase in (Phase.ACTION_PLAN, Phase.EXECUTION, Phase.REVIEW):
        assert RULE_TEXT[phase].strip()


def test_one_missing_close_date_reads_as_proper_english_and_italian() -> None:
    """Not "Give 1 live opportunity(ies) an expected close date." (a fresh-eyes tester)."""
    from kam_desktop.i18n import using_language

    facts = _with(live_opportunities_without_close=1)
    assert missing(Phase.EXECUTION, facts) == ["Give 1 live opportunity an expected close date."]
    with using_language("it"):
        assert missing(Phase.EXECUTION, facts) == [
            "Dai una data di chiusura prevista all'opportunità aperta che ne è priva."
        ]
