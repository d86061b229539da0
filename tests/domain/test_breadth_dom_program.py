"""Breadth (issue 12): the program checklist's evidence lines and assessment refusals, exactly."""

from __future__ import annotations

import datetime as dt

import pytest

from kam_desktop.domain import program as p
from kam_desktop.domain.enums import FluencyArea, Role
from kam_desktop.domain.errors import ValidationError
from kam_desktop.i18n import using_language

DAY = dt.date(2027, 1, 15)
AREAS = list(FluencyArea)


def _lines(evidence: p.FactorEvidence) -> list[tuple[str, str]]:
    return [(line.label, line.value) for line in evidence.lines]


def test_a_too_long_assessment_note_is_refused_naming_the_note() -> None:
    cmd = p.AssessmentInput(DAY, [p.FactorRatingInput(3, 4)], note="x" * 4001)
    with using_language("en"), pytest.raises(ValidationError) as err:
        p.clean_assessment(cmd)
    assert err.value.message == "Note is too long (4,001 characters; at most 4,000)."
    assert err.value.field == "note"
    with using_language("it"), pytest.raises(ValidationError) as err:
        p.clean_assessment(cmd)
    assert err.value.message == "Il campo «Nota» è troppo lungo (4,001 caratteri; al massimo 4,000)."


def test_a_note_of_exactly_the_limit_is_kept() -> None:
    on, note, by_factor = p.clean_assessment(
        p.AssessmentInput(DAY, [p.FactorRatingInput(3, 4)], note="x" * 4000)
    )
    assert (on, note, list(by_factor)) == (DAY, "x" * 4000, [3])


@pytest.mark.parametrize("factor", [0, 10])
def test_an_unknown_success_factor_is_refused_at_the_factor_field(factor: int) -> None:
    with using_language("en"), pytest.raises(ValidationError) as err:
        p.clean_assessment(p.AssessmentInput(DAY, [p.FactorRatingInput(factor, 4)]))
    assert err.value.message == f"There is no success factor {factor}."
    assert err.value.field == "factor"


def test_identification_evidence_over_the_cap() -> None:
    facts = p.IdentificationFacts(
        key_accounts=10, scored_on_all_factors=7, cap=8, over_cap=2, over_cap_justified=1
    )
    with using_language("en"):
        ev = p.identification_evidence(facts)
        assert ev.factor == 2
        assert _lines(ev) == [
            ("Key accounts scored on all 8 factors", "7 of 10 (70%)"),
            ("Key-account list", "10 of a cap of 8 (over the cap)"),
            ("Over-cap accounts with a written reason", "1 of 2 (50%)"),
        ]
    with using_language("it"):
        assert _lines(p.identification_evidence(facts)) == [
            ("Key account valutati su tutti gli 8 fattori", "7 su 10 (70%)"),
            ("Lista dei key account", "10 su un limite di 8 (oltre il limite)"),
            ("Account oltre il limite con un motivo scritto", "1 su 2 (50%)"),
        ]


def test_identification_evidence_at_the_cap_is_within_it() -> None:
    facts = p.IdentificationFacts(
        key_accounts=8, scored_on_all_factors=8, cap=8, over_cap=0, over_cap_justified=0
    )
    with using_language("en"):
        assert _lines(p.identification_evidence(facts)) == [
            ("Key accounts scored on all 8 factors", "8 of 8 (100%)"),
            ("Key-account list", "8 of a cap of 8 (within the cap)"),
        ]
    with using_language("it"):
        assert _lines(p.identification_evidence(facts)) == [
            ("Key account valutati su tutti gli 8 fattori", "8 su 8 (100%)"),
            ("Lista dei key account", "8 su un limite di 8 (entro il limite)"),
        ]


def test_planning_evidence_lines() -> None:
    facts = p.PlanningFacts(4, 3, 100, 45, 10, 0)
    with using_language("en"):
        ev = p.planning_evidence(facts)
        assert ev.factor == 3
        assert _lines(ev) == [
            ("Key accounts with a current plan", "3 of 4 (75%)"),
            ("Research questions addressed", "45 of 100 (45%)"),
            ("Open actions with an owner and a due date", "0 of 10 (0%)"),
        ]
        assert ev.as_text() == (
            "Key accounts with a current plan: 3 of 4 (75%)\n"
            "Research questions addressed: 45 of 100 (45%)\n"
            "Open actions with an owner and a due date: 0 of 10 (0%)"
        )
    with using_language("it"):
        assert _lines(p.planning_evidence(facts)) == [
            ("Key account con un piano in corso", "3 su 4 (75%)"),
            ("Domande di ricerca affrontate", "45 su 100 (45%)"),
            ("Azioni aperte con responsabile e scadenza", "0 su 10 (0%)"),
        ]


def test_roles_evidence_is_factor_5_with_the_most_frequent_gaps_first() -> None:
    with using_language("en"):
        ev = p.roles_evidence(p.RoleFacts(4, 1, {Role.INNOVATOR: 2, Role.COLLABORATOR: 3}))
        assert ev.factor == 5
        assert _lines(ev) == [
            ("Key accounts with all 6 roles covered", "1 of 4 (25%)"),
            ("Most frequent gaps", "Collaborator (3), Innovator (2)"),
        ]
        empty = p.roles_evidence(p.RoleFacts(0, 0, {}))
        assert empty.factor == 5
        assert _lines(empty) == [
            ("Key accounts with all 6 roles covered", "none yet"),
            ("Most frequent gaps", "none"),
        ]


def test_fluency_evidence_without_weak_areas_says_none() -> None:
    facts = p.FluencyFacts(3, 1, {AREAS[0]: 3.0}, ())
    with using_language("en"):
        ev = p.fluency_evidence(facts)
        assert ev.factor == 7
        assert _lines(ev) == [
            ("Team members rated in all 5 areas", "1 of 3 (33%)"),
            (
                "Average rating per area",
                "Range of customer needs we solve 3.0; Our products, services and capabilities –; "
                "The market –; Our company and its value proposition –; "
                "The competition, and why we are better value –",
            ),
            ("Areas nobody is fluent in", "none"),
        ]
    with using_language("it"):
        assert _lines(p.fluency_evidence(facts))[2] == ("Aree in cui nessuno è fluente", "nessuna")


def test_fluency_evidence_names_the_weak_areas() -> None:
    facts = p.FluencyFacts(3, 1, {}, (AREAS[0], AREAS[1]))
    with using_language("en"):
        assert _lines(p.fluency_evidence(facts))[2] == (
            "Areas nobody is fluent in",
            "Range of customer needs we solve, Our products, services and capabilities",
        )


@pytest.mark.parametrize(
    ("cmd", "message", "field"),
    [
        (
            p.AssessmentInput(DAY, [p.FactorRatingInput(3, None)]),
            "Rate at least one of the nine factors from 1 to 5.",
            "factor_1",
        ),
        (
            p.AssessmentInput(DAY, [p.FactorRatingInput(3, 6)]),
            "They manage account growth planning and execution must be from 1 to 5 (got 6).",
            "factor_3",
        ),
        (
            p.AssessmentInput(DAY, [p.FactorRatingInput(3, 0)]),
            "They manage account growth planning and execution must be from 1 to 5 (got 0).",
            "factor_3",
        ),
        (
            p.AssessmentInput("nope", [p.FactorRatingInput(3, 1)]),
            "Date: \u201cnope\u201d is not a date. Type it like 6/30/2027.",
            "assessed_on",
        ),
        (
            p.AssessmentInput(DAY, [p.FactorRatingInput(3, 2, notes="n" * 4001)]),
            "Notes is too long (4,001 characters; at most 4,000).",
            "factor_3",
        ),
        (
            p.AssessmentInput(DAY, [p.FactorRatingInput(3, 2, evidence="e" * 4001)]),
            "Evidence is too long (4,001 characters; at most 4,000).",
            "factor_3",
        ),
    ],
)
def test_each_assessment_refusal_word_for_word(cmd: p.AssessmentInput, message: str, field: str) -> None:
    with using_language("en"), pytest.raises(ValidationError) as err:
        p.clean_assessment(cmd)
    assert (err.value.message, err.value.field) == (message, field)


def test_a_valid_assessment_keeps_the_rated_and_unrated_factors() -> None:
    cmd = p.AssessmentInput(
        "2027-01-15", [p.FactorRatingInput(3, 5, "n", "e"), p.FactorRatingInput(1, None)], note="hi"
    )
    assert p.clean_assessment(cmd) == (
        DAY,
        "hi",
        {3: p.FactorRatingInput(3, 5, "n", "e"), 1: p.FactorRatingInput(1, None, "", "")},
    )
