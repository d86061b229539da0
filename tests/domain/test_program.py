"""The program checklist's pure rules: content shape, validation, overall, trend, advice and the
evidence lines a user reads beside a rating."""

from __future__ import annotations

import datetime as dt

import pytest

from kam_desktop.domain import program as d
from kam_desktop.domain.enums import FluencyArea, Role
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.program_method import (
    COMPONENTS,
    CUSTOMER_WANTS,
    LEADERSHIP_QUESTIONS,
    MEASURED_FACTORS,
    SUCCESS_FACTORS,
    TRUST_QUESTIONS,
)


def test_the_method_content_has_the_shape_of_the_method() -> None:
    assert len(COMPONENTS) == 6
    assert [f.number for f in SUCCESS_FACTORS] == list(range(1, 10))
    assert all(len(f.rubric) == 5 and len(set(f.rubric)) == 5 for f in SUCCESS_FACTORS)
    assert MEASURED_FACTORS == (2, 3, 4, 5, 7)
    assert len(TRUST_QUESTIONS) == 6 and len(LEADERSHIP_QUESTIONS) == 3 and len(CUSTOMER_WANTS) == 4
    assert SUCCESS_FACTORS[4].screen == "portfolio-roles"
    assert SUCCESS_FACTORS[6].screen == "team"


def _assessment(aid: int, on: str, ratings: dict[int, int]) -> d.SelfAssessment:
    return d.SelfAssessment(
        aid,
        dt.date.fromisoformat(on),
        "",
        tuple(d.FactorRating(n, ratings.get(n)) for n in range(1, 10)),
    )


def test_overall_is_the_mean_of_rated_factors_to_one_decimal() -> None:
    assert d.overall([1, 2, None, 4]) == 2.3
    assert d.overall([None, None]) is None
    assert _assessment(1, "2026-01-01", {1: 5, 9: 2}).overall == 3.5


def test_history_and_trend_follow_the_dates_not_the_ids() -> None:
    later = _assessment(1, "2026-06-01", {2: 4, 3: 2})
    earlier = _assessment(2, "2026-01-15", {2: 2})
    assert d.factor_history([later, earlier], 2) == ((dt.date(2026, 1, 15), 2), (dt.date(2026, 6, 1), 4))
    assert d.factor_history([later, earlier], 3) == ((dt.date(2026, 6, 1), 2),)
    assert d.trend(d.factor_history([later, earlier], 2)) == 1
    assert d.trend(d.factor_history([later, earlier], 3)) == 0
    assert d.overall_history([later, earlier]) == ((dt.date(2026, 1, 15), 2.0), (dt.date(2026, 6, 1), 3.0))
    assert d.trend([(dt.date(2026, 1, 1), 3.0), (dt.date(2026, 2, 1), 2.5)]) == -1


def test_advice_for_weak_factors_links_to_the_screen_that_improves_them() -> None:
    latest = _assessment(1, "2026-06-01", {1: 4, 2: 2, 5: 1, 7: 3})
    advice = d.advice_for(latest)
    assert [(a.factor, a.rating, a.screen) for a in advice] == [
        (2, 2, "portfolio"),
        (5, 1, "portfolio-roles"),
    ]
    assert len(d.advice_for(None)) == 9


def test_a_self_assessment_needs_a_date_and_one_rating_in_range() -> None:
    with pytest.raises(ValidationError) as err:
        d.clean_assessment(d.AssessmentInput("2026-02-30", [d.FactorRatingInput(1, 3)]))
    assert err.value.field == "assessed_on"
    with pytest.raises(ValidationError) as err:
        d.clean_assessment(d.AssessmentInput("2026-02-01", [d.FactorRatingInput(4, 6)]))
    assert err.value.field == "factor_4"
    with pytest.raises(ValidationError) as err:
        d.clean_assessment(d.AssessmentInput("2026-02-01", [d.FactorRatingInput(4, None, "n")]))
    assert err.value.field == "factor_1"
    on, note, items = d.clean_assessment(
        d.AssessmentInput("2026-02-01", [d.FactorRatingInput(4, 3, "ok", "ev")], note="first")
    )
    assert (on, note, items[4]) == (dt.date(2026, 2, 1), "first", d.FactorRatingInput(4, 3, "ok", "ev"))


def test_evidence_lines_read_as_exact_shares() -> None:
    ident = d.identification_evidence(d.IdentificationFacts(5, 4, 4, 1, 1))
    assert ident.as_text() == (
        "Key accounts scored on all 8 factors: 4 of 5 (80%)\n"
        "Key-account list: 5 of a cap of 4 (over the cap)\n"
        "Over-cap accounts with a written reason: 1 of 1 (100%)"
    )
    plan = d.planning_evidence(d.PlanningFacts(3, 2, 40, 10, 0, 0))
    assert [line.value for line in plan.lines] == ["2 of 3 (67%)", "10 of 40 (25%)", "none yet"]
    process = d.process_evidence(d.ProcessFacts(2, 7, 1, 0))
    assert [line.value for line in process.lines] == ["7 of 10 (70%)", "0 of 1 (0%)"]
    roles = d.roles_evidence(
        d.RoleFacts(
            3, 1, {Role.INNOVATOR: 2, Role.RESULTS_DRIVER: 2, Role.PROJECT_MANAGER: 1, Role.COLLABORATOR: 0}
        )
    )
    assert roles.lines[1].value == "Innovator (2), Results Driver (2), Project Manager (1)"
    flu = d.fluency_evidence(d.FluencyFacts(2, 1, {FluencyArea.MARKET: 2.5}, (FluencyArea.COMPETITION,)))
    assert flu.lines[0].value == "1 of 2 (50%)"
    assert (
        "The market 2.5" in flu.lines[1].value
        and flu.lines[2].value == "The competition, and why we are better value"
    )
