"""Breadth (issue 12): the phase rules' counted messages, word for word, in English and Italian."""

from __future__ import annotations

from kam_desktop.domain.enums import GrowthFocus, Phase, TopicDecision
from kam_desktop.domain.progress import PlanFacts, missing
from kam_desktop.i18n import using_language

ONE_EACH = PlanFacts(value_propositions=1, objectives_without_action=1, open_actions_without_owner_or_date=1)
SEVERAL = PlanFacts(value_propositions=1, objectives_without_action=2, open_actions_without_owner_or_date=3)
STRATEGY = PlanFacts(
    has_what=True,
    has_why=True,
    has_with_whom=True,
    revenue_target_set=True,
    topics={
        GrowthFocus.PENETRATION: TopicDecision.FOCUS,
        GrowthFocus.EXPANSION: TopicDecision.FOCUS,
        GrowthFocus.PROTECTION: TopicDecision.UNDECIDED,
    },
    objectives_by_focus={GrowthFocus.EXPANSION: 1},
)


def test_action_plan_one_objective_and_one_action_missing_in_english() -> None:
    with using_language("en"):
        assert missing(Phase.ACTION_PLAN, ONE_EACH) == [
            "The plan has no objectives yet (Strategy phase).",
            "Give 1 objective at least one action.",
            "Give 1 open action an owner and a due date.",
        ]


def test_action_plan_several_missing_in_english_and_italian() -> None:
    with using_language("en"):
        assert missing(Phase.ACTION_PLAN, SEVERAL) == [
            "The plan has no objectives yet (Strategy phase).",
            "Give 2 objectives at least one action.",
            "Give 3 open actions an owner and a due date.",
        ]
    with using_language("it"):
        assert missing(Phase.ACTION_PLAN, ONE_EACH) == [
            "Il piano non ha ancora obiettivi (fase Strategia).",
            "Dai almeno un'azione all'obiettivo che ne è privo.",
            "Dai un responsabile e una scadenza all'azione aperta che ne è priva.",
        ]
        assert missing(Phase.ACTION_PLAN, SEVERAL) == [
            "Il piano non ha ancora obiettivi (fase Strategia).",
            "Dai almeno un'azione ai 2 obiettivi che ne sono privi.",
            "Dai un responsabile e una scadenza alle 3 azioni aperte che ne sono prive.",
        ]


def test_execution_close_dates_in_english_and_italian() -> None:
    one = PlanFacts(opportunities=1, interactions_in_period=1, live_opportunities_without_close=1)
    four = PlanFacts(opportunities=1, interactions_in_period=1, live_opportunities_without_close=4)
    with using_language("en"):
        assert missing(Phase.EXECUTION, one) == ["Give 1 live opportunity an expected close date."]
        assert missing(Phase.EXECUTION, four) == ["Give 4 live opportunities an expected close date."]
    with using_language("it"):
        assert missing(Phase.EXECUTION, one) == [
            "Dai una data di chiusura prevista all'opportunità aperta che ne è priva."
        ]
        assert missing(Phase.EXECUTION, four) == [
            "Dai una data di chiusura prevista alle 4 opportunità aperte che ne sono prive."
        ]


def test_strategy_focus_without_objective_in_english_and_italian() -> None:
    with using_language("en"):
        assert missing(Phase.STRATEGY, STRATEGY) == [
            "Add an objective for penetration.",
            "Decide on protection: a focus, or not this period.",
        ]
    with using_language("it"):
        assert missing(Phase.STRATEGY, STRATEGY) == [
            "Aggiungi un obiettivo di penetrazione.",
            "Obiettivi di protezione: decidi se sono una priorità in questo periodo.",
        ]
