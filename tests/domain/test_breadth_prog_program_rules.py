"""Breadth (issue 12, module-wide): every rule of ``domain/program.py`` pinned with exact values -
the read models' derived fields, the small validators' refusals (English and Italian), the overall
rating, the histories and the trend, the advice, and every evidence line."""

from __future__ import annotations

import datetime as dt

import pytest

from kam_desktop.domain import program as p
from kam_desktop.domain.enums import FluencyArea, Role
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.program_method import CharterDecision
from kam_desktop.i18n import using_language

D1 = dt.date(2027, 1, 10)
D2 = dt.date(2027, 2, 10)
D3 = dt.date(2027, 3, 10)


def _lines(evidence: p.FactorEvidence) -> list[tuple[str, str]]:
    return [(line.label, line.value) for line in evidence.lines]


def _assessment(id_: int, on: dt.date, ratings: dict[int, int | None], note: str = "") -> p.SelfAssessment:
    return p.SelfAssessment(id_, on, note, tuple(p.FactorRating(n, ratings.get(n)) for n in range(1, 10)))


def _refusal(call: object, *args: object) -> tuple[str, str | None]:
    with pytest.raises(ValidationError) as err:
        call(*args)  # type: ignore[operator]
    return err.value.message, err.value.field


# --- read models -------------------------------------------------------------------------------


def test_the_charter_counts_decided_components_and_the_last_decision_date() -> None:
    items = (
        p.CharterItem(1, "s1", CharterDecision.ACCEPT, "ours", D2),
        p.CharterItem(2, "s2", None, "", None),
        p.CharterItem(3, "s3", CharterDecision.ADAPT, "x", D3),
        p.CharterItem(4, "s4", CharterDecision.ACCEPT, "", D1),
        p.CharterItem(5, "s5", None, "", D3 + dt.timedelta(days=5)),  # a date without a decision
        p.CharterItem(6, "s6", None, "", None),
    )
    charter = p.Charter(items)
    assert charter.decided == 3
    assert charter.last_decided_on == D3 + dt.timedelta(days=5)
    nothing = p.Charter(tuple(p.CharterItem(n, "s", None, "", None) for n in range(1, 7)))
    assert nothing.decided == 0
    assert nothing.last_decided_on is None
    one = p.Charter((p.CharterItem(1, "s", CharterDecision.ACCEPT, "", D1),))
    assert (one.decided, one.last_decided_on) == (1, D1)


def test_a_self_assessment_reads_each_factor_by_number_and_its_overall() -> None:
    a = _assessment(1, D1, {1: 5, 2: 1, 9: 3})
    assert [a.rating(n) for n in range(1, 10)] == [5, 1, None, None, None, None, None, None, 3]
    assert a.overall == 3.0
    assert _assessment(2, D1, {}).overall is None


def test_evidence_as_text_is_one_label_value_line_each() -> None:
    ev = p.FactorEvidence(2, (p.EvidenceLine("A", "1"), p.EvidenceLine("B b", "two")))
    assert ev.as_text() == "A: 1\nB b: two"
    assert p.FactorEvidence(2, ()).as_text() == ""


def _report(assessments: tuple[p.SelfAssessment, ...]) -> p.ProgramReport:
    return p.ProgramReport(
        generated_on=D3,
        company_name="Co",
        user_name="U",
        currency="EUR",
        definition="def",
        charter=p.Charter(()),
        assessments=assessments,
        evidence={},
        trust=(),
        cooperation=(),
        leadership=(),
        reflections=(),
        advice=(),
    )


def test_the_program_report_latest_is_the_last_assessment_or_none() -> None:
    a1, a2 = _assessment(1, D1, {1: 2}), _assessment(2, D2, {1: 4})
    assert _report((a1, a2)).latest is a2
    assert _report((a1,)).latest is a1
    assert _report(()).latest is None
    assert _report(()).lang is None
    assert dict(_report(()).extra) == {}


# --- validators --------------------------------------------------------------------------------


@pytest.mark.parametrize("component", [1, 6])
def test_the_first_and_last_component_are_accepted(component: int) -> None:
    assert p.check_component(component) == component


@pytest.mark.parametrize("question", [1, 6])
def test_the_first_and_last_trust_question_are_accepted(question: int) -> None:
    assert p.check_trust_question(question) == question


@pytest.mark.parametrize("want", [1, 4])
def test_the_first_and_last_customer_want_are_accepted(want: int) -> None:
    assert p.check_want(want) == want


@pytest.mark.parametrize("component", [0, 7])
def test_a_component_out_of_range_is_refused_in_both_languages(component: int) -> None:
    with using_language("en"):
        assert _refusal(p.check_component, component) == (
            f"There is no component {component} in the definition.",
            "component",
        )
    with using_language("it"):
        assert _refusal(p.check_component, component) == (
            f"Non esiste la componente {component} nella definizione.",
            "component",
        )


@pytest.mark.parametrize("question", [0, 7])
def test_a_trust_question_out_of_range_is_refused_in_both_languages(question: int) -> None:
    with using_language("en"):
        assert _refusal(p.check_trust_question, question) == (
            f"There is no trust question {question}.",
            "question",
        )
    with using_language("it"):
        assert _refusal(p.check_trust_question, question) == (
            f"Non esiste la domanda sulla fiducia {question}.",
            "question",
        )


@pytest.mark.parametrize("want", [0, 5])
def test_a_customer_want_out_of_range_is_refused_in_both_languages(want: int) -> None:
    with using_language("en"):
        assert _refusal(p.check_want, want) == (f"There is no customer want {want}.", "want")
    with using_language("it"):
        assert _refusal(p.check_want, want) == (f"Non esiste il desiderio del cliente {want}.", "want")


@pytest.mark.parametrize("answers", [["a", "b"], ["a", "b", "c", "d"], []])
def test_leadership_needs_exactly_three_answers(answers: list[str]) -> None:
    with using_language("en"):
        assert _refusal(p.leadership_answers, answers) == (
            "Answer the three leadership questions.",
            "answer_1",
        )
    with using_language("it"):
        assert _refusal(p.leadership_answers, answers) == (
            "Rispondi alle tre domande per la direzione.",
            "answer_1",
        )


def test_leadership_answers_are_kept_in_order() -> None:
    assert p.leadership_answers(["one ", "two", ""]) == ("one ", "two", "")


@pytest.mark.parametrize("index", [1, 2, 3])
def test_a_too_long_leadership_answer_names_its_number(index: int) -> None:
    answers = ["a", "b", "c"]
    answers[index - 1] = "x" * 4001
    with using_language("en"):
        assert _refusal(p.leadership_answers, answers) == (
            f"Answer {index} is too long (4,001 characters; at most 4,000).",
            f"answer_{index}",
        )
    with using_language("it"):
        assert _refusal(p.leadership_answers, answers)[0] == (
            f"Il campo «Risposta {index}» è troppo lungo (4,001 caratteri; al massimo 4,000)."
        )
    answers[index - 1] = "x" * 4000
    assert p.leadership_answers(answers)[index - 1] == "x" * 4000


def test_assessment_refusals_in_italian() -> None:
    with using_language("it"):
        assert _refusal(p.clean_assessment, p.AssessmentInput(D1, [p.FactorRatingInput(10, 3)])) == (
            "Non esiste il fattore di successo 10.",
            "factor",
        )
        assert _refusal(p.clean_assessment, p.AssessmentInput(D1, [p.FactorRatingInput(2, None)])) == (
            "Valuta almeno uno dei nove fattori da 1 a 5.",
            "factor_1",
        )


def test_an_assessment_with_no_ratings_at_all_is_refused() -> None:
    with using_language("en"):
        assert _refusal(p.clean_assessment, p.AssessmentInput(D1, [])) == (
            "Rate at least one of the nine factors from 1 to 5.",
            "factor_1",
        )


def test_assessment_fields_are_kept_and_every_factor_by_number() -> None:
    cmd = p.AssessmentInput(
        D1,
        [
            p.FactorRatingInput(1, 1, "  n1 ", " e1 "),
            p.FactorRatingInput(9, 5),
            p.FactorRatingInput(4, None, "just a note"),
        ],
        note="  general  ",
    )
    on, note, by_factor = p.clean_assessment(cmd)
    assert (on, note) == (D1, "  general  ")
    assert by_factor == {
        1: p.FactorRatingInput(1, 1, "  n1 ", " e1 "),
        9: p.FactorRatingInput(9, 5, "", ""),
        4: p.FactorRatingInput(4, None, "just a note", ""),
    }


def test_an_assessment_date_refusal_names_the_date_in_italian() -> None:
    with using_language("it"):
        message, field = _refusal(p.clean_assessment, p.AssessmentInput("", [p.FactorRatingInput(1, 1)]))
    assert field == "assessed_on"
    assert "Data" in message


# --- rules -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        ([], None),
        ([None, None], None),
        ([4], 4.0),
        ([1, 2], 1.5),
        ([1, 2, 2], 1.7),
        ([5, None, 1, None, 2], 2.7),
        ([3, 3, 4], 3.3),
    ],
)
def test_overall_is_the_mean_of_the_rated_factors_to_one_decimal(
    ratings: list[int | None], expected: float | None
) -> None:
    assert p.overall(ratings) == expected


def test_histories_go_by_date_then_id_and_skip_what_was_not_rated() -> None:
    a_late = _assessment(1, D3, {1: 5, 2: 3})
    a_early = _assessment(7, D1, {1: 2})
    a_same_day_high = _assessment(9, D2, {1: 4, 2: 1})
    a_same_day_low = _assessment(3, D2, {2: 2})
    a_empty = _assessment(4, D2, {})
    given = [a_late, a_same_day_high, a_empty, a_early, a_same_day_low]
    assert p.factor_history(given, 1) == ((D1, 2), (D2, 4), (D3, 5))
    assert p.factor_history(given, 2) == ((D2, 2), (D2, 1), (D3, 3))
    assert p.factor_history(given, 9) == ()
    assert p.overall_history(given) == ((D1, 2.0), (D2, 2.0), (D2, 2.5), (D3, 4.0))
    assert p.overall_history([]) == ()


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], 0),
        ([3.0], 0),
        ([3.0, 3.1], 1),
        ([3.1, 3.0], -1),
        ([3.0, 3.0], 0),
        ([1.0, 4.0, 2.0], -1),
        ([4.0, 1.0, 2.0], 1),
        ([5.0, 2.0, 2.0], 0),
    ],
)
def test_trend_compares_the_last_point_with_the_one_before(values: list[float], expected: int) -> None:
    points = [(D1 + dt.timedelta(days=i), v) for i, v in enumerate(values)]
    assert p.trend(points) == expected


def test_trend_labels_in_both_languages() -> None:
    with using_language("en"):
        assert [p.trend_label(d) for d in (1, -1, 0)] == ["up", "down", "flat"]
    with using_language("it"):
        assert [p.trend_label(d) for d in (1, -1, 0)] == ["in salita", "in discesa", "stabile"]


ADVICE = {
    1: (
        "Decide on each of the six components in the charter, in your own words, and agree it with "
        "your leadership.",
        "program:charter",
        "Open the charter",
    ),
    2: (
        "Score every key account on the 8 factors, keep the list within the cap, and write down why "
        "for every exception.",
        "portfolio",
        "Open the portfolio",
    ),
    3: (
        "Give every key account a current plan, work through its research questions, and give every "
        "open action an owner and a due date.",
        "accounts",
        "Open the accounts",
    ),
    4: (
        "Walk each key account's plan through the five phases with the wizards, and hold a review at "
        "least every quarter.",
        "accounts",
        "Open the accounts",
    ),
    5: (
        "Fill the missing roles on the key accounts' teams - usually Project Manager, Innovator and "
        "Results Driver.",
        "portfolio-roles",
        "Open role coverage",
    ),
    6: (
        "Reflect on the four things customers want, and give each plan objectives for penetration, "
        "expansion and protection.",
        "program:selling",
        "Open 'KAM is not selling'",
    ),
    7: (
        "Rate each team member on the five fluency areas, and train the weak areas first.",
        "team",
        "Open the team",
    ),
    8: (
        "Answer the trust questions with your team, and record which divisions take part in each key "
        "account and how well they cooperate.",
        "program:trust",
        "Open trust and collaboration",
    ),
    9: (
        "Put the three growth questions to leadership every review cycle, with the budget and the "
        "people you need.",
        "program:leadership",
        "Open leadership support",
    ),
}


def test_with_nothing_assessed_every_factor_gets_its_advice() -> None:
    assert p.advice_for(None) == tuple(p.Advice(n, None, *ADVICE[n]) for n in range(1, 10))


def test_advice_goes_to_the_factors_rated_two_or_lower_only() -> None:
    latest = _assessment(1, D1, {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 7: 2, 8: None})
    assert p.advice_for(latest) == (
        p.Advice(1, 1, *ADVICE[1]),
        p.Advice(2, 2, *ADVICE[2]),
        p.Advice(7, 2, *ADVICE[7]),
    )
    assert p.advice_for(_assessment(2, D1, {9: 3})) == ()


# --- evidence ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("part", "whole", "en", "it"),
    [
        (0, 0, "none yet", "ancora nessuno"),
        (3, -1, "none yet", "ancora nessuno"),
        (0, 1, "0 of 1 (0%)", "0 su 1 (0%)"),
        (1, 1, "1 of 1 (100%)", "1 su 1 (100%)"),
        (1, 3, "1 of 3 (33%)", "1 su 3 (33%)"),
        (2, 3, "2 of 3 (67%)", "2 su 3 (67%)"),
        (1, 8, "1 of 8 (12%)", "1 su 8 (12%)"),
        (3, 8, "3 of 8 (38%)", "3 su 8 (38%)"),
    ],
)
def test_a_share_reads_part_of_whole_with_a_rounded_percent(part: int, whole: int, en: str, it: str) -> None:
    with using_language("en"):
        assert p._share(part, whole) == en
    with using_language("it"):
        assert p._share(part, whole) == it


def test_identification_evidence_one_over_the_cap_with_no_reasons() -> None:
    facts = p.IdentificationFacts(
        key_accounts=9, scored_on_all_factors=0, cap=8, over_cap=1, over_cap_justified=0
    )
    with using_language("en"):
        ev = p.identification_evidence(facts)
        assert ev.factor == 2
        assert _lines(ev) == [
            ("Key accounts scored on all 8 factors", "0 of 9 (0%)"),
            ("Key-account list", "9 of a cap of 8 (over the cap)"),
            ("Over-cap accounts with a written reason", "0 of 1 (0%)"),
        ]


def test_identification_evidence_with_no_key_accounts() -> None:
    facts = p.IdentificationFacts(0, 0, 8, 0, 0)
    with using_language("en"):
        assert _lines(p.identification_evidence(facts)) == [
            ("Key accounts scored on all 8 factors", "none yet"),
            ("Key-account list", "0 of a cap of 8 (within the cap)"),
        ]
    facts = p.IdentificationFacts(7, 7, 8, 0, 0)
    with using_language("it"):
        assert _lines(p.identification_evidence(facts)) == [
            ("Key account valutati su tutti gli 8 fattori", "7 su 7 (100%)"),
            ("Lista dei key account", "7 su un limite di 8 (entro il limite)"),
        ]


def test_process_evidence_counts_five_phases_per_plan() -> None:
    facts = p.ProcessFacts(plans=2, phases_done=7, plans_due_for_review=3, reviewed_on_time=1)
    with using_language("en"):
        ev = p.process_evidence(facts)
        assert ev.factor == 4
        assert _lines(ev) == [
            ("Phases completed", "7 of 10 (70%)"),
            ("Plans reviewed in the last 92 days", "1 of 3 (33%)"),
        ]
    with using_language("it"):
        assert _lines(p.process_evidence(facts)) == [
            ("Fasi completate", "7 su 10 (70%)"),
            ("Piani rivisti negli ultimi 92 giorni", "1 su 3 (33%)"),
        ]
    with using_language("en"):
        assert _lines(p.process_evidence(p.ProcessFacts(0, 0, 0, 0))) == [
            ("Phases completed", "none yet"),
            ("Plans reviewed in the last 92 days", "none yet"),
        ]


def test_roles_evidence_names_the_three_largest_gaps_ties_in_role_order() -> None:
    gaps = {
        Role.RELATIONSHIP_LEAD: 1,
        Role.TECHNICAL_EXPERT: 2,
        Role.COLLABORATOR: 3,
        Role.PROJECT_MANAGER: 1,
        Role.INNOVATOR: 2,
        Role.RESULTS_DRIVER: 3,
    }
    with using_language("en"):
        ev = p.roles_evidence(p.RoleFacts(5, 1, gaps))
        assert ev.factor == 5
        assert _lines(ev) == [
            ("Key accounts with all 6 roles covered", "1 of 5 (20%)"),
            ("Most frequent gaps", "Collaborator (3), Results Driver (3), Technical Expert (2)"),
        ]
    with using_language("it"):
        assert _lines(p.roles_evidence(p.RoleFacts(5, 1, gaps))) == [
            ("Key account con tutti i 6 ruoli coperti", "1 su 5 (20%)"),
            ("Lacune più frequenti", "Collaboratore (3), Orientato ai risultati (3), Esperto tecnico (2)"),
        ]
        assert _lines(p.roles_evidence(p.RoleFacts(0, 0, {})))[1] == ("Lacune più frequenti", "nessuna")


def test_roles_evidence_leaves_out_roles_with_no_gap() -> None:
    gaps = {Role.RELATIONSHIP_LEAD: 0, Role.INNOVATOR: 1, Role.TECHNICAL_EXPERT: 0}
    with using_language("en"):
        assert _lines(p.roles_evidence(p.RoleFacts(2, 1, gaps)))[1] == ("Most frequent gaps", "Innovator (1)")
        only_zero = {Role.RELATIONSHIP_LEAD: 0}
        assert _lines(p.roles_evidence(p.RoleFacts(2, 2, only_zero)))[1] == ("Most frequent gaps", "none")


def test_fluency_evidence_whole_in_both_languages() -> None:
    areas = list(FluencyArea)
    facts = p.FluencyFacts(
        members=3,
        rated_in_all_areas=2,
        average_by_area={areas[0]: 3.25, areas[2]: 1.0, areas[4]: None},
        team_weak=(areas[1], areas[3]),
    )
    with using_language("en"):
        ev = p.fluency_evidence(facts)
        assert ev.factor == 7
        assert _lines(ev) == [
            ("Team members rated in all 5 areas", "2 of 3 (67%)"),
            (
                "Average rating per area",
                "Range of customer needs we solve 3.2; Our products, services and capabilities –; "
                "The market 1.0; Our company and its value proposition –; "
                "The competition, and why we are better value –",
            ),
            (
                "Areas nobody is fluent in",
                "Our products, services and capabilities, Our company and its value proposition",
            ),
        ]
    with using_language("it"):
        assert _lines(p.fluency_evidence(facts)) == [
            ("Membri del team valutati in tutte le 5 aree", "2 su 3 (67%)"),
            (
                "Valutazione media per area",
                "Gamma di esigenze dei clienti che risolviamo 3,2; I nostri prodotti, servizi e "
                "competenze –; Il mercato 1,0; La nostra azienda e la sua proposta di valore –; "
                "La concorrenza, e perché offriamo più valore –",
            ),
            (
                "Aree in cui nessuno è fluente",
                "I nostri prodotti, servizi e competenze, La nostra azienda e la sua proposta di valore",
            ),
        ]
    with using_language("en"):
        assert _lines(p.fluency_evidence(p.FluencyFacts(0, 0, {}, ())))[0] == (
            "Team members rated in all 5 areas",
            "none yet",
        )


def test_the_not_measured_line_in_both_languages() -> None:
    from kam_desktop.domain.program_method import text

    with using_language("en"):
        assert text(p.NOT_MEASURED) == "The app cannot measure this factor; your own evidence counts."
    with using_language("it"):
        assert text(p.NOT_MEASURED) == "L'app non può misurare questo fattore; contano le tue evidenze."
    assert (p.WEAK_RATING, p.REVIEW_INTERVAL_DAYS, p.NOTE_MAX) == (2, 92, 4000)
