"""KPI status with direction, progress, and the health suggestion."""

from __future__ import annotations

import datetime as dt

from kam_desktop.domain.enums import Health, KpiDirection
from kam_desktop.domain.kpi import (
    STARTING_KPIS,
    KpiStatus,
    Measurement,
    assess,
    expected_percent,
    progress_percent,
    suggest_health,
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
