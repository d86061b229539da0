"""KPI status with direction, progress, and the health suggestion."""

from __future__ import annotations

import datetime as dt

import pytest

from kam_desktop.domain.enums import Health, KpiDirection
from kam_desktop.domain.kpi import (
    STARTING_KPIS,
    TOLERANCE_POINTS,
    HealthSuggestion,
    KpiStatus,
    Measurement,
    assess,
    better,
    expected_percent,
    progress_percent,
    suggest_health,
    target_met,
)

HIGHER, LOWER = KpiDirection.HIGHER_IS_BETTER, KpiDirection.LOWER_IS_BETTER
D = dt.date(2026, 6, 30)


def m(value: float, days: int = 0) -> Measurement:
    return Measurement(D + dt.timedelta(days=days), value)


def test_progress_runs_from_baseline_to_target_in_either_direction() -> None:
    assert progress_percent(HIGHER, 0, 20, 10) == 50
    assert progress_percent(LOWER, 40, 20, 30) == 50
    assert progress_percent(LOWER, 40, 20, 50) == -50
    assert progress_percent(HIGHER, 10, 10, 10) is None
    assert progress_percent(HIGHER, 20, 10, 15) is None  # target points the wrong way


def test_target_reached_for_higher_and_lower() -> None:
    assert assess(HIGHER, 0, 20, [m(21)]).status is KpiStatus.ON_TARGET
    assert assess(HIGHER, 0, 20, [m(20)]).status is KpiStatus.ON_TARGET
    assert assess(LOWER, 40, 20, [m(19.5)]).status is KpiStatus.ON_TARGET
    assert assess(LOWER, 40, 20, [m(21)]).status is not KpiStatus.ON_TARGET


def test_off_target_when_no_better_than_baseline() -> None:
    assert assess(HIGHER, 10, 20, [m(9)]).status is KpiStatus.OFF_TARGET
    assert assess(HIGHER, 10, 20, [m(10)]).status is KpiStatus.OFF_TARGET
    assert assess(LOWER, 40, 20, [m(45)]).status is KpiStatus.OFF_TARGET


def test_on_track_or_behind_depends_on_time_elapsed() -> None:
    assert assess(HIGHER, 0, 20, [m(10)], expected=50).status is KpiStatus.ON_TRACK
    assert assess(HIGHER, 0, 20, [m(10)], expected=60).status is KpiStatus.ON_TRACK  # within tolerance
    assert assess(HIGHER, 0, 20, [m(10)], expected=90).status is KpiStatus.BEHIND
    assert assess(LOWER, 40, 20, [m(35)], expected=80).status is KpiStatus.BEHIND
    assert assess(HIGHER, 0, 20, [m(2)]).status is KpiStatus.ON_TRACK  # no time expectation given


def test_latest_measurement_counts_whatever_the_input_order() -> None:
    result = assess(HIGHER, 0, 20, [m(25, days=10), m(5, days=0)])
    assert result.latest == 25 and result.status is KpiStatus.ON_TARGET
    result = assess(HIGHER, 0, 20, [m(5, days=10), m(25, days=0)])
    assert result.latest == 5 and result.latest_on == D + dt.timedelta(days=10)


def test_first_measurement_stands_in_for_a_missing_baseline() -> None:
    assert assess(HIGHER, None, 20, [m(10, 0), m(8, 30)]).status is KpiStatus.OFF_TARGET
    assert assess(HIGHER, None, 20, [m(10, 0), m(15, 30)]).status is KpiStatus.ON_TRACK
    assert assess(HIGHER, None, 20, [m(10)]).status is KpiStatus.BEHIND


def test_no_target_and_no_data() -> None:
    assert assess(HIGHER, 0, None, []).status is KpiStatus.NO_DATA
    assert assess(HIGHER, 0, None, [m(3)]).status is KpiStatus.NO_TARGET
    assert assess(HIGHER, 0, 10, []).status is KpiStatus.NO_DATA
    assert not KpiStatus.NO_DATA.is_measured


def test_expected_percent() -> None:
    start, end = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    assert expected_percent(start, end, start) == 0
    assert expected_percent(start, end, end) == 100
    assert expected_percent(start, end, dt.date(2027, 5, 1)) == 100
    assert expected_percent(start, end, dt.date(2025, 5, 1)) == 0
    assert 49 < expected_percent(start, end, dt.date(2026, 7, 2)) < 51


def test_health_on_track() -> None:
    s = suggest_health([KpiStatus.ON_TARGET, KpiStatus.ON_TRACK], open_actions=5, overdue_actions=0)
    assert s.health is Health.ON_TRACK


def test_health_at_risk_from_one_overdue_action_or_a_lagging_kpi() -> None:
    assert suggest_health([KpiStatus.ON_TRACK], 5, 1).health is Health.AT_RISK
    assert suggest_health([KpiStatus.ON_TRACK, KpiStatus.BEHIND], 5, 0).health is Health.AT_RISK
    assert (
        suggest_health([KpiStatus.ON_TRACK, KpiStatus.ON_TRACK, KpiStatus.OFF_TARGET], 5, 0).health
        is Health.AT_RISK
    )


def test_health_off_track_when_half_the_kpis_are_off_or_half_the_actions_overdue() -> None:
    s = suggest_health([KpiStatus.OFF_TARGET, KpiStatus.ON_TRACK], 5, 0)
    assert s.health is Health.OFF_TRACK
    assert any("off target" in r for r in s.reasons)
    assert suggest_health([KpiStatus.ON_TRACK], 4, 2).health is Health.OFF_TRACK
    assert suggest_health([KpiStatus.ON_TRACK], 1, 1).health is Health.AT_RISK  # one overdue is not a trend


def test_health_without_measured_kpis_is_at_risk_and_says_why() -> None:
    s = suggest_health([KpiStatus.NO_DATA], 0, 0)
    assert s.health is Health.AT_RISK
    assert "No KPI" in s.reasons[-1]


def test_starting_kpis_are_the_benchmark_outcomes() -> None:
    names = [k.name for k in STARTING_KPIS]
    assert names == ["Revenue growth", "Profit growth", "Customer satisfaction"]
    assert all(k.direction is HIGHER for k in STARTING_KPIS)


def test_assessment_values_are_exact() -> None:
    a = assess(HIGHER, 0, 20, [m(10, 0), m(15, 30)], expected=40.0)
    assert (a.status, a.latest, a.latest_on, a.progress, a.expected) == (
        KpiStatus.ON_TRACK, 15, D + dt.timedelta(days=30), 75.0, 40.0,
    )  # fmt: skip
    reached = assess(LOWER, 40, 20, [m(10)])
    assert (reached.status, reached.progress) == (KpiStatus.ON_TARGET, 150.0)
    # target reached without a baseline: the first measurement is the start
    assert assess(HIGHER, None, 20, [m(10, 0), m(30, 9)]).progress == 200.0
    # a target equal to the start: progress cannot be computed, reached counts as 100 %
    assert assess(HIGHER, 20, 20, [m(20)]).progress == 100.0
    off = assess(HIGHER, 10, 20, [m(5)])
    assert (off.status, off.progress) == (KpiStatus.OFF_TARGET, -50.0)
    nan_target = assess(HIGHER, 0, float("nan"), [m(3)])
    assert (nan_target.status, nan_target.latest, nan_target.progress) == (KpiStatus.NO_TARGET, 3, None)
    assert assess(HIGHER, 0, float("inf"), []).status is KpiStatus.NO_DATA


def test_behind_starts_exactly_beyond_the_tolerance() -> None:
    assert TOLERANCE_POINTS == 15.0
    assert assess(HIGHER, 0, 100, [m(50)], expected=65.0).status is KpiStatus.ON_TRACK  # 15 points behind
    assert assess(HIGHER, 0, 100, [m(50)], expected=65.1).status is KpiStatus.BEHIND
    assert (
        assess(HIGHER, 0, 100, [m(0.1)], expected=0.0).status is KpiStatus.ON_TRACK
    )  # any progress at start


def test_expected_percent_of_an_empty_or_inverted_period_is_100() -> None:
    day = dt.date(2026, 3, 1)
    assert expected_percent(day, day, day) == 100.0
    assert expected_percent(day, day - dt.timedelta(days=1), day) == 100.0
    assert expected_percent(day, day + dt.timedelta(days=4), day + dt.timedelta(days=1)) == 25.0


def test_better_and_target_met_at_equality() -> None:
    assert better(HIGHER, 2, 1) and not better(HIGHER, 1, 1) and not better(HIGHER, 0, 1)
    assert better(LOWER, 1, 2) and not better(LOWER, 1, 1) and not better(LOWER, 2, 1)
    assert target_met(HIGHER, 5, 5) and not target_met(HIGHER, 4.9, 5)
    assert target_met(LOWER, 5, 5) and not target_met(LOWER, 5.1, 5)


def test_health_reasons_are_exact() -> None:
    s = suggest_health([KpiStatus.OFF_TARGET, KpiStatus.BEHIND, KpiStatus.ON_TRACK, KpiStatus.NO_DATA], 7, 1)
    assert s.health is Health.AT_RISK  # 1 of 3 measured off target: not yet half
    assert s.reasons == (
        "1 of 3 measured KPIs off target.",
        "1 of 3 measured KPIs behind.",
        "1 of 7 open actions overdue.",
    )
    ok = suggest_health([KpiStatus.ON_TARGET, KpiStatus.ON_TRACK, KpiStatus.NO_TARGET], 3, 0)
    assert ok == HealthSuggestion(
        Health.ON_TRACK, ("All 2 measured KPIs on track or at target.", "No overdue actions.")
    )
    none = suggest_health([KpiStatus.NO_TARGET], 0, 0)
    assert none == HealthSuggestion(Health.AT_RISK, ("No KPI has a target and a measurement yet.",))


@pytest.mark.parametrize(
    ("statuses", "open_actions", "overdue", "health"),
    [
        ([KpiStatus.OFF_TARGET, KpiStatus.ON_TRACK], 0, 0, Health.OFF_TRACK),  # exactly half off
        ([KpiStatus.OFF_TARGET, KpiStatus.ON_TRACK, KpiStatus.ON_TRACK], 0, 0, Health.AT_RISK),
        ([KpiStatus.ON_TRACK], 4, 2, Health.OFF_TRACK),  # exactly half overdue, and two
        ([KpiStatus.ON_TRACK], 5, 2, Health.AT_RISK),
        ([KpiStatus.ON_TRACK], 2, 1, Health.AT_RISK),  # half, but only one
        ([KpiStatus.ON_TRACK], 3, 3, Health.OFF_TRACK),
    ],
)
def test_health_thresholds(
    statuses: list[KpiStatus], open_actions: int, overdue: int, health: Health
) -> None:
    assert suggest_health(statuses, open_actions, overdue).health is health


def test_status_labels() -> None:
    assert [s.label for s in KpiStatus] == [
        "No target", "No measurement", "Target reached", "On track", "Behind", "Off target",
    ]  # fmt: skip
    assert [s.is_measured for s in KpiStatus] == [False, False, True, True, True, True]
