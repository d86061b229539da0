"""Exact values where `make mutate` found that a planted bug went unnoticed (see README)."""

from __future__ import annotations

import datetime as dt

import pytest

from kam_desktop.domain import validation as v
from kam_desktop.domain.coverage import Assignment, Candidate, Coverage, advice, describe
from kam_desktop.domain.enums import AccountStatus, Factor, KpiDirection, Role, RoleStrength
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.kpi import KpiAssessment, KpiStatus, Measurement, assess
from kam_desktop.domain.portfolio import suggestions
from kam_desktop.domain.scoring import Score, score, validate_weights

D = dt.date(2026, 6, 30)


def test_describe_says_one_account_or_several() -> None:
    assert (
        describe(Candidate(1, "Ann", 1, 1, True))
        == "Ann (primary on 1 other account, backup on 1 other account)"
    )
    assert describe(Candidate(1, "Ann", 2, 3, True, backup_here=True)) == (
        "Ann (backup here, primary on 2 other accounts, backup on 3 other accounts)"
    )
    assert describe(Candidate(1, "Bo", 0, 0, True)) == "Bo"


def test_advice_counts_primary_and_backup_roles_elsewhere_separately() -> None:
    innovator = Role.INNOVATOR
    assignments = [
        Assignment(2, 7, innovator, RoleStrength.PRIMARY),
        Assignment(3, 7, innovator, RoleStrength.BACKUP),
        Assignment(4, 7, innovator, RoleStrength.BACKUP),
    ]
    cover = {role: Coverage.COVERED for role in Role} | {innovator: Coverage.UNCOVERED}
    (only,) = advice(1, cover, [7], assignments, {7: "Ann"})
    assert only.text == (
        "Innovator is uncovered. On this team: Ann (primary on 1 other account, backup on 2 other accounts)."
    )


def test_kpi_assessments_carry_the_date_and_the_expectation_on_every_path() -> None:
    up = KpiDirection.HIGHER_IS_BETTER
    one = [Measurement(D, 5)]
    assert assess(up, 0, None, one, expected=30.0) == KpiAssessment(KpiStatus.NO_TARGET, 5, D, None, 30.0)
    assert assess(up, 0, 5, one, expected=30.0) == KpiAssessment(KpiStatus.ON_TARGET, 5, D, 100.0, 30.0)
    assert assess(up, None, 10, one, expected=30.0) == KpiAssessment(KpiStatus.BEHIND, 5, D, None, 30.0)
    assert assess(up, 0, 100, one, expected=90.0) == KpiAssessment(KpiStatus.BEHIND, 5, D, 5.0, 90.0)
    assert assess(up, 10, 100, one, expected=0.0) == KpiAssessment(
        KpiStatus.OFF_TARGET, 5, D, pytest.approx(-50 / 9), 0.0
    )


def test_a_zero_score_ranks_below_a_small_one_for_the_free_place() -> None:
    rows = [(1, "Zero", AccountStatus.CANDIDATE, 0.0), (2, "Half", AccountStatus.CANDIDATE, 0.5)]
    assert [s.account_id for s in suggestions(rows, cap=1)] == [2]


def test_a_rated_factor_without_a_weight_gives_no_score_but_counts_as_rated() -> None:
    assert score({Factor.FIT: 3}, {Factor.CURRENT_REVENUE: 10.0}) == Score(None, 1)
    assert score({}, {Factor.FIT: 10.0}) == Score(None, 0)
    assert score({Factor.FIT: 3, Factor.LOGO_ATTRACTIVENESS: 5}, {Factor.FIT: 10.0}) == Score(50.0, 2)


def test_weights_refusals_name_the_field_and_small_positive_weights_are_fine() -> None:
    assert validate_weights({Factor.FIT: 0.5})[Factor.FIT] == 0.5
    with pytest.raises(ValidationError) as info:
        validate_weights({Factor.FIT: 101})
    assert (info.value.message, info.value.field) == (
        "The weight of Fit (offerings, culture, industry focus) must be from 0 to 100.",
        "fit",
    )
    with pytest.raises(ValidationError) as info:
        validate_weights({})
    assert (info.value.message, info.value.field) == (
        "At least one factor needs a weight above zero.",
        "weights",
    )


def test_optional_date_refusals_use_the_label() -> None:
    with pytest.raises(ValidationError) as info:
        v.optional_date("2026-02-30", field="due", label="Due date")
    assert (info.value.message, info.value.field) == (
        "Due date: 2026-02-30 is not a real calendar date.",
        "due",
    )
