"""Completeness rules of the Strategy and Research phases, without Qt or a database."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kam_desktop.domain.enums import GrowthFocus, Phase, Rigour, TopicDecision
from kam_desktop.domain.progress import RULE_TEXT, PlanFacts, missing

ALL_DECIDED = {
    GrowthFocus.PENETRATION: TopicDecision.FOCUS,
    GrowthFocus.EXPANSION: TopicDecision.NOT_THIS_PERIOD,
    GrowthFocus.PROTECTION: TopicDecision.NOT_THIS_PERIOD,
}
STRATEGY_DONE = PlanFacts(
    rigour=Rigour.STANDARD,
    has_what=True,
    has_with_whom=True,
    has_why=True,
    revenue_target_set=True,
    topics=ALL_DECIDED,
    objectives_by_focus={GrowthFocus.PENETRATION: 1},
)
RESEARCH_DONE = PlanFacts(
    rigour=Rigour.STANDARD,
    core_team=3,
    questions_in_scope=48,
    questions_addressed=24,
    categories_in_scope=8,
    categories_touched=8,
    stakeholders=5,
    decision_makers=1,
    qualification_decided=True,
)


def test_rules_are_written_down() -> None:
    for phase in (Phase.STRATEGY, Phase.RESEARCH):
        assert len(RULE_TEXT[phase]) > 50


def test_complete_strategy_has_nothing_missing() -> None:
    assert missing(Phase.STRATEGY, STRATEGY_DONE) == []


def test_empty_strategy_lists_everything() -> None:
    gaps = missing(Phase.STRATEGY, PlanFacts())
    assert len(gaps) == 8  # what, why, with whom, revenue, three topics, one objective
    assert "Add at least one objective." in gaps


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"has_what": False}, "Say what you intend to do with this account."),
        ({"has_why": False}, "Say why this strategy."),
        (
            {"has_with_whom": False},
            "Say with whom: write it, or tick the buying centres or stakeholders the strategy targets.",
        ),
        ({"revenue_target_set": False}, "Set the revenue target for the period."),
    ],
)
def test_each_statement_part_is_required(change: dict[str, bool], expected: str) -> None:
    assert missing(Phase.STRATEGY, replace(STRATEGY_DONE, **change)) == [expected]


def test_light_rigour_needs_neither_with_whom_nor_revenue_target() -> None:
    facts = replace(STRATEGY_DONE, rigour=Rigour.LIGHT, has_with_whom=False, revenue_target_set=False)
    assert missing(Phase.STRATEGY, facts) == []


def test_every_topic_must_be_considered() -> None:
    topics = dict(ALL_DECIDED)
    del topics[GrowthFocus.PROTECTION]
    gaps = missing(Phase.STRATEGY, replace(STRATEGY_DONE, topics=topics))
    assert gaps == ["Decide on protection: a focus, or not this period."]


def test_a_focus_topic_needs_its_own_objective() -> None:
    topics = {**ALL_DECIDED, GrowthFocus.EXPANSION: TopicDecision.FOCUS}
    assert missing(Phase.STRATEGY, replace(STRATEGY_DONE, topics=topics)) == [
        "Add an objective for expansion."
    ]


def test_all_topics_not_this_period_still_need_one_objective() -> None:
    topics = dict.fromkeys(GrowthFocus, TopicDecision.NOT_THIS_PERIOD)
    facts = replace(STRATEGY_DONE, topics=topics, objectives_by_focus={})
    assert missing(Phase.STRATEGY, facts) == ["Add at least one objective."]
    assert missing(Phase.STRATEGY, replace(facts, objectives_by_focus={GrowthFocus.EXPANSION: 2})) == []


def test_complete_research_has_nothing_missing() -> None:
    assert missing(Phase.RESEARCH, RESEARCH_DONE) == []


def test_empty_research_lists_everything() -> None:
    gaps = missing(Phase.RESEARCH, PlanFacts(questions_in_scope=48, categories_in_scope=8))
    assert gaps == [
        "Pick the core account team.",
        "Address at least half of the research questions (0 of 48 so far).",
        "Touch every question category (0 of 8).",
        "Add the stakeholders you know.",
        "Decide whether the account still deserves key status.",
    ]


def test_half_of_the_questions_is_the_threshold() -> None:
    assert missing(Phase.RESEARCH, replace(RESEARCH_DONE, questions_in_scope=17, questions_addressed=9)) == []
    gaps = missing(Phase.RESEARCH, replace(RESEARCH_DONE, questions_in_scope=17, questions_addressed=8))
    assert gaps == ["Address at least half of the research questions (8 of 17 so far)."]


def test_every_category_must_be_touched() -> None:
    assert missing(Phase.RESEARCH, replace(RESEARCH_DONE, categories_touched=7)) == [
        "Touch every question category (7 of 8)."
    ]


def test_needs_research_needs_owner_and_date() -> None:
    gaps = missing(Phase.RESEARCH, replace(RESEARCH_DONE, needs_research_without_owner_or_date=2))
    assert gaps == ["Give 2 'needs research' items an owner and a due date."]


def test_decision_maker_required_beyond_light() -> None:
    facts = replace(RESEARCH_DONE, decision_makers=0)
    assert missing(Phase.RESEARCH, facts) == ["Identify the decision maker or economic buyer."]
    assert missing(Phase.RESEARCH, replace(facts, rigour=Rigour.LIGHT)) == []


def test_qualification_must_be_decided() -> None:
    assert missing(Phase.RESEARCH, replace(RESEARCH_DONE, qualification_decided=False)) == [
        "Decide whether the account still deserves key status."
    ]
