"""Breadth (issue 12, module-wide): ``domain/progress.py`` - every phase's list of what is missing,
whole and in order, in English and Italian; each threshold at its boundary; the light-rigour
exemptions; the interaction window's dates (before the start, within, after the end); the rule
texts word for word."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from kam_desktop.domain import numbers
from kam_desktop.domain.enums import GrowthFocus as G
from kam_desktop.domain.enums import Phase, Rigour
from kam_desktop.domain.enums import TopicDecision as T
from kam_desktop.domain.progress import RULE_TEXT, PlanFacts, missing
from kam_desktop.i18n import using_language

D = dt.date


@pytest.fixture(autouse=True)
def _us_dates() -> Iterator[None]:
    before = numbers.current_locale()
    numbers.set_locale("en_US")
    yield
    numbers.set_locale(before)


STRATEGY_ALL_EN = [
    "Say what you intend to do with this account.",
    "Say why this strategy.",
    "Say with whom: write it, or tick the buying centres or stakeholders the strategy targets.",
    "Set the revenue target for the period.",
    "Decide on penetration: a focus, or not this period.",
    "Decide on expansion: a focus, or not this period.",
    "Decide on protection: a focus, or not this period.",
    "Add at least one objective.",
]
STRATEGY_ALL_IT = [
    "Di' cosa intendi fare con questo account.",
    "Di' perché questa strategia.",
    "Di' con chi: scrivilo, oppure spunta i centri d'acquisto o gli stakeholder a cui si rivolge la "
    "strategia.",
    "Fissa l'obiettivo di fatturato per il periodo.",
    "Obiettivi di penetrazione: decidi se sono una priorità in questo periodo.",
    "Obiettivi di espansione: decidi se sono una priorità in questo periodo.",
    "Obiettivi di protezione: decidi se sono una priorità in questo periodo.",
    "Aggiungi almeno un obiettivo.",
]


@pytest.mark.parametrize("rigour", [Rigour.STANDARD, Rigour.DEEP])
def test_an_empty_strategy_misses_everything_in_both_languages(rigour: Rigour) -> None:
    with using_language("en"):
        assert missing(Phase.STRATEGY, PlanFacts(rigour=rigour)) == STRATEGY_ALL_EN
    with using_language("it"):
        assert missing(Phase.STRATEGY, PlanFacts(rigour=rigour)) == STRATEGY_ALL_IT


def test_light_rigour_needs_no_with_whom_nor_revenue_target() -> None:
    with using_language("en"):
        assert missing(Phase.STRATEGY, PlanFacts(rigour=Rigour.LIGHT)) == [
            STRATEGY_ALL_EN[i] for i in (0, 1, 4, 5, 6, 7)
        ]


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_each_strategy_statement_part_is_asked_for_alone(index: int) -> None:
    names = ["has_what", "has_why", "has_with_whom", "revenue_target_set"]
    given = {name: name != names[index] for name in names}
    facts = PlanFacts(
        **given,  # type: ignore[arg-type]
        topics={g: T.NOT_THIS_PERIOD for g in G},
        objectives_by_focus={G.PENETRATION: 1},
    )
    with using_language("en"):
        assert missing(Phase.STRATEGY, facts) == [STRATEGY_ALL_EN[index]]


def test_a_complete_strategy_misses_nothing() -> None:
    facts = PlanFacts(
        has_what=True,
        has_why=True,
        has_with_whom=True,
        revenue_target_set=True,
        topics={G.PENETRATION: T.FOCUS, G.EXPANSION: T.NOT_THIS_PERIOD, G.PROTECTION: T.FOCUS},
        objectives_by_focus={G.PENETRATION: 1, G.PROTECTION: 2},
    )
    assert missing(Phase.STRATEGY, facts) == []
    assert facts.objectives == 3
    assert PlanFacts().objectives == 0


def test_a_focus_with_zero_objectives_asks_for_one_and_counts_none_overall() -> None:
    facts = PlanFacts(
        rigour=Rigour.LIGHT,
        has_what=True,
        has_why=True,
        topics={G.PENETRATION: T.FOCUS, G.EXPANSION: T.FOCUS, G.PROTECTION: T.NOT_THIS_PERIOD},
        objectives_by_focus={G.PENETRATION: 0, G.PROTECTION: 4},
    )
    with using_language("en"):
        assert missing(Phase.STRATEGY, facts) == [
            "Add an objective for penetration.",
            "Add an objective for expansion.",
        ]
    with using_language("it"):
        assert missing(Phase.STRATEGY, facts) == [
            "Aggiungi un obiettivo di penetrazione.",
            "Aggiungi un obiettivo di espansione.",
        ]
    no_objectives = PlanFacts(
        rigour=Rigour.LIGHT, has_what=True, has_why=True, topics={g: T.NOT_THIS_PERIOD for g in G}
    )
    with using_language("en"):
        assert missing(Phase.STRATEGY, no_objectives) == ["Add at least one objective."]


RESEARCH_DONE = {
    "core_team": 1,
    "questions_in_scope": 10,
    "questions_addressed": 5,
    "categories_in_scope": 3,
    "categories_touched": 3,
    "stakeholders": 2,
    "decision_makers": 1,
    "qualification_decided": True,
}


def _research(**changes: object) -> PlanFacts:
    return PlanFacts(**{**RESEARCH_DONE, **changes})  # type: ignore[arg-type]


def test_research_empty_in_both_languages() -> None:
    with using_language("en"):
        assert missing(Phase.RESEARCH, PlanFacts()) == [
            "Pick the core account team.",
            "Add the stakeholders you know.",
            "Decide whether the account still deserves key status.",
        ]
    with using_language("it"):
        assert missing(Phase.RESEARCH, PlanFacts()) == [
            "Scegli il team dell'account.",
            "Aggiungi gli interlocutori che conosci.",
            "Decidi se l'account merita ancora lo stato di key account.",
        ]


def test_research_at_exactly_half_and_every_category_is_complete() -> None:
    assert missing(Phase.RESEARCH, _research()) == []
    assert missing(Phase.RESEARCH, _research(questions_in_scope=11, questions_addressed=6)) == []
    assert missing(Phase.RESEARCH, _research(questions_in_scope=0, questions_addressed=0)) == []
    assert missing(Phase.RESEARCH, _research(categories_touched=4)) == []


@pytest.mark.parametrize(("addressed", "scope"), [(4, 10), (5, 11), (0, 1)])
def test_research_below_half_of_the_questions(addressed: int, scope: int) -> None:
    facts = _research(questions_addressed=addressed, questions_in_scope=scope)
    with using_language("en"):
        assert missing(Phase.RESEARCH, facts) == [
            f"Address at least half of the research questions ({addressed} of {scope} so far)."
        ]
    with using_language("it"):
        assert missing(Phase.RESEARCH, facts) == [
            f"Affronta almeno metà delle domande di ricerca ({addressed} su {scope} finora)."
        ]


def test_research_every_gap_at_once_in_both_languages() -> None:
    facts = _research(
        rigour=Rigour.LIGHT,
        questions_in_scope=11,
        questions_addressed=5,
        categories_touched=2,
        needs_research_without_owner_or_date=2,
        decision_makers=0,
        qualification_decided=False,
    )
    with using_language("en"):
        assert missing(Phase.RESEARCH, facts) == [
            "Address at least half of the research questions (5 of 11 so far).",
            "Touch every question category (2 of 3).",
            "Give 2 'needs research' items an owner and a due date.",
            "Decide whether the account still deserves key status.",
        ]
    with using_language("it"):
        assert missing(Phase.RESEARCH, facts) == [
            "Affronta almeno metà delle domande di ricerca (5 su 11 finora).",
            "Tocca ogni categoria di domande (2 su 3).",
            "Dai un responsabile e una scadenza alle 2 voci 'da approfondire' che ne sono prive.",
            "Decidi se l'account merita ancora lo stato di key account.",
        ]


def test_research_one_item_without_owner_and_a_missing_decision_maker() -> None:
    facts = _research(needs_research_without_owner_or_date=1, decision_makers=0)
    with using_language("en"):
        assert missing(Phase.RESEARCH, facts) == [
            "Give 1 'needs research' item an owner and a due date.",
            "Identify the decision maker or economic buyer.",
        ]
    with using_language("it"):
        assert missing(Phase.RESEARCH, facts) == [
            "Dai un responsabile e una scadenza alla voce 'da approfondire' che ne è priva.",
            "Individua il decisore o l'acquirente economico.",
        ]
    # light rigour does not ask for a decision maker
    assert missing(Phase.RESEARCH, _research(rigour=Rigour.LIGHT, decision_makers=0)) == []
    with using_language("en"):
        assert missing(Phase.RESEARCH, _research(rigour=Rigour.DEEP, decision_makers=0)) == [
            "Identify the decision maker or economic buyer."
        ]


def test_action_plan_empty_and_complete() -> None:
    with using_language("en"):
        assert missing(Phase.ACTION_PLAN, PlanFacts()) == [
            "Write the compelling case (a value proposition).",
            "The plan has no objectives yet (Strategy phase).",
        ]
    with using_language("it"):
        assert missing(Phase.ACTION_PLAN, PlanFacts()) == [
            "Scrivi la proposta convincente (una proposta di valore).",
            "Il piano non ha ancora obiettivi (fase Strategia).",
        ]
    done = PlanFacts(value_propositions=1, objectives_by_focus={G.EXPANSION: 1})
    assert missing(Phase.ACTION_PLAN, done) == []


def test_review_empty_and_each_part() -> None:
    with using_language("en"):
        assert missing(Phase.REVIEW, PlanFacts()) == [
            "Define at least one KPI with a target.",
            "Record at least one KPI measurement.",
            "Record a review (health, findings, adjustments).",
        ]
        assert missing(Phase.REVIEW, PlanFacts(kpis_with_target=1, measurements=1)) == [
            "Record a review (health, findings, adjustments)."
        ]
        assert missing(Phase.REVIEW, PlanFacts(kpis_with_target=1, reviews=1)) == [
            "Record at least one KPI measurement."
        ]
        assert missing(Phase.REVIEW, PlanFacts(measurements=1, reviews=1)) == [
            "Define at least one KPI with a target."
        ]
    with using_language("it"):
        assert missing(Phase.REVIEW, PlanFacts()) == [
            "Definisci almeno un KPI con un obiettivo.",
            "Registra almeno una misurazione di un KPI.",
            "Registra una revisione (stato, risultati, correzioni).",
        ]
    assert missing(Phase.REVIEW, PlanFacts(kpis_with_target=1, measurements=1, reviews=1)) == []


def test_execution_without_calendar_facts() -> None:
    with using_language("en"):
        assert missing(Phase.EXECUTION, PlanFacts()) == [
            "Track at least one opportunity.",
            "Log at least one interaction in the plan period.",
        ]
        # a start but no today, or a today but no start: the plain message
        assert missing(Phase.EXECUTION, PlanFacts(opportunities=1, period_start=D(2027, 3, 1))) == [
            "Log at least one interaction in the plan period."
        ]
        assert missing(Phase.EXECUTION, PlanFacts(opportunities=1, today=D(2027, 3, 1))) == [
            "Log at least one interaction in the plan period."
        ]
    with using_language("it"):
        assert missing(Phase.EXECUTION, PlanFacts()) == [
            "Segui almeno un'opportunità.",
            "Registra almeno un'interazione nel periodo del piano.",
        ]
    assert missing(Phase.EXECUTION, PlanFacts(opportunities=1, interactions_in_period=1)) == []


def test_execution_before_the_plan_starts_names_both_interactions_that_do_not_count() -> None:
    facts = PlanFacts(
        opportunities=1,
        period_start=D(2027, 3, 1),
        today=D(2027, 2, 28),
        last_interaction_before_period=D(2027, 1, 5),
        next_interaction_ahead=D(2027, 3, 2),
    )
    with using_language("en"):
        assert missing(Phase.EXECUTION, facts) == [
            "The plan period starts on Mar 1, 2027, after today: interactions count from that day, or "
            "move the plan's start (Strategy, first page).",
            "The interaction of Jan 5, 2027 is before the plan period starts (Mar 1, 2027): if the plan "
            "really began earlier, move its start (Strategy, first page).",
            "The interaction of Mar 2, 2027 is still ahead: it counts once its day has come.",
        ]
    with using_language("it"):
        assert missing(Phase.EXECUTION, facts) == [
            "Il periodo del piano inizia il Mar 1, 2027, dopo oggi: le interazioni contano da quel giorno, "
            "oppure sposta l'inizio del piano (Strategia, prima pagina).",
            "L'interazione del Jan 5, 2027 è precedente all'inizio del periodo del piano (Mar 1, 2027): se il "
            "piano è davvero iniziato prima, spostane l'inizio (Strategia, prima pagina).",
            "L'interazione del Mar 2, 2027 deve ancora avvenire: conterà quando sarà arrivato il suo giorno.",
        ]


@pytest.mark.parametrize(
    ("today", "end", "until"),
    [
        (D(2027, 3, 1), None, "Mar 1, 2027"),  # the first day of the period
        (D(2027, 6, 15), None, "Jun 15, 2027"),  # no end: up to today
        (D(2027, 6, 15), D(2027, 12, 31), "Jun 15, 2027"),  # within: up to today
        (D(2027, 5, 31), D(2027, 5, 31), "May 31, 2027"),  # the last day
        (D(2027, 6, 1), D(2027, 5, 31), "May 31, 2027"),  # a day after the end: up to the end
    ],
)
def test_execution_within_or_after_the_period_gives_the_window(
    today: dt.date, end: dt.date | None, until: str
) -> None:
    facts = PlanFacts(opportunities=1, period_start=D(2027, 3, 1), period_end=end, today=today)
    with using_language("en"):
        assert missing(Phase.EXECUTION, facts) == [
            f"Log an interaction that took place between Mar 1, 2027 (the plan's start) and {until}."
        ]
    with using_language("it"):
        assert missing(Phase.EXECUTION, facts) == [
            f"Registra un'interazione avvenuta tra il Mar 1, 2027 (l'inizio del piano) e il {until}."
        ]


def test_execution_dates_follow_the_locale() -> None:
    facts = PlanFacts(
        opportunities=1,
        period_start=D(2027, 3, 1),
        today=D(2027, 6, 15),
        last_interaction_before_period=D(2027, 1, 5),
    )
    numbers.set_locale("it_IT")
    with using_language("it"):
        assert missing(Phase.EXECUTION, facts) == [
            "Registra un'interazione avvenuta tra il 1 mar 2027 (l'inizio del piano) e il 15 giu 2027.",
            "L'interazione del 5 gen 2027 è precedente all'inizio del periodo del piano (1 mar 2027): se il "
            "piano è davvero iniziato prima, spostane l'inizio (Strategia, prima pagina).",
        ]


def test_execution_one_and_several_close_dates_missing_after_the_interaction_lines() -> None:
    facts = PlanFacts(live_opportunities_without_close=2)
    with using_language("en"):
        assert missing(Phase.EXECUTION, facts) == [
            "Track at least one opportunity.",
            "Log at least one interaction in the plan period.",
            "Give 2 live opportunities an expected close date.",
        ]


def test_the_rule_texts_word_for_word() -> None:
    with using_language("en"):
        assert [RULE_TEXT[p] for p in Phase] == [
            "Strategy is complete when the statement says what you intend to do and why (and, beyond "
            "light rigour, with whom and the revenue target), each of penetration, expansion and "
            "protection is either a focus or explicitly 'not this period', and every focus topic has "
            "at least one objective.",
            "Research is complete when the core account team is picked, at least half of the questions "
            "for this rigour are addressed (answered, not relevant, or research assigned with an owner "
            "and a due date) with every category touched, every 'needs research' item has an owner and "
            "a due date, the key stakeholders are known (a decision maker or economic buyer among them, "
            "beyond light rigour), and you have decided whether the account still deserves key status.",
            "The action plan is complete when there is a compelling case (a value proposition), every "
            "objective has at least one action, and every open action has an owner and a due date.",
            "Execution is under way when opportunities are tracked, interactions are logged in the plan "
            "period, and every live opportunity has an expected close date.",
            "A review is complete when KPIs have a target and measurements, and at least one review "
            "(health, findings, adjustments) has been recorded.",
        ]
    with using_language("it"):
        assert RULE_TEXT[Phase.ACTION_PLAN] == (
            "Il piano d'azione è completo quando c'è una proposta convincente (una proposta di valore), "
            "ogni obiettivo ha almeno un'azione e ogni azione aperta ha un responsabile e una scadenza."
        )
        assert RULE_TEXT[Phase.REVIEW] == (
            "Una revisione è completa quando i KPI hanno un obiettivo e delle misurazioni, ed è stata "
            "registrata almeno una revisione (stato, risultati, correzioni)."
        )
