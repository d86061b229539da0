"""KPI status, progress and the suggested plan health. No Qt, no SQL.

Progress runs from the baseline (0 %) to the target (100 %) in the KPI's direction, so
"lower is better" KPIs (downtime, churn) read the same way as "higher is better" ones.
When the baseline is unknown, the first measurement stands in for it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kam_desktop.domain.enums import Health, KpiDirection
from kam_desktop.i18n import QT_TRANSLATE_NOOP, Context, fmt, translate

# Behind the time-based expectation by more than this many percentage points = at risk.
TOLERANCE_POINTS = 15.0

Kpi = Context("Kpi")  # plural forms: lupdate takes the name before .tr as the context


class KpiStatus(StrEnum):
    NO_TARGET = "no_target"
    NO_DATA = "no_data"
    ON_TARGET = "on_target"  # the target is reached
    ON_TRACK = "on_track"  # moving the right way, about as fast as the period needs
    BEHIND = "behind"  # moving the right way, too slowly
    OFF_TARGET = "off_target"  # no better than the baseline (or moving the wrong way)

    @property
    def label(self) -> str:
        return translate("Kpi", _STATUS_LABELS[self.value])

    @property
    def is_measured(self) -> bool:
        return self not in (KpiStatus.NO_TARGET, KpiStatus.NO_DATA)


@dataclass(frozen=True)
class Measurement:
    measured_on: dt.date
    value: float


@dataclass(frozen=True)
class KpiAssessment:
    status: KpiStatus
    latest: float | None
    latest_on: dt.date | None
    progress: float | None  # percent of the way from baseline to target; may be <0 or >100
    expected: float | None  # percent expected by now (time elapsed in the period), if known


def better(direction: KpiDirection, a: float, b: float) -> bool:
    """True when ``a`` is strictly better than ``b``."""
    return a > b if direction is KpiDirection.HIGHER_IS_BETTER else a < b


def target_met(direction: KpiDirection, value: float, target: float) -> bool:
    return value >= target if direction is KpiDirection.HIGHER_IS_BETTER else value <= target


def progress_percent(direction: KpiDirection, baseline: float, target: float, value: float) -> float | None:
    """Share of the way from baseline to target (0 = baseline, 100 = target). None when the
    target equals the baseline or points the wrong way for the direction."""
    span = target - baseline
    if span == 0 or (direction is KpiDirection.HIGHER_IS_BETTER) != (span > 0):
        return None
    return (value - baseline) / span * 100.0


def expected_percent(start: dt.date, end: dt.date, today: dt.date) -> float:
    """Share of the period elapsed by ``today`` (0-100)."""
    total = (end - start).days
    if total <= 0:
        return 100.0
    return min(100.0, max(0.0, (today - start).days / total * 100.0))


def assess(
    direction: KpiDirection,
    baseline: float | None,
    target: float | None,
    measurements: Sequence[Measurement],
    expected: float | None = None,
) -> KpiAssessment:
    """Status of one KPI from its (unsorted) measurements.

    ``expected``: the percent of progress the plan period calls for by now (see
    ``expected_percent``); without it any progress counts as on track.
    """
    ordered = sorted(measurements, key=lambda m: m.measured_on)
    latest = ordered[-1] if ordered else None
    latest_value = latest.value if latest else None
    latest_on = latest.measured_on if latest else None
    if target is None or not math.isfinite(target):
        status = KpiStatus.NO_TARGET if latest else KpiStatus.NO_DATA
        return KpiAssessment(status, latest_value, latest_on, None, expected)
    if latest is None:
        return KpiAssessment(KpiStatus.NO_DATA, None, None, None, expected)
    if target_met(direction, latest.value, target):
        first = baseline if baseline is not None else ordered[0].value
        return KpiAssessment(
            KpiStatus.ON_TARGET,
            latest.value,
            latest_on,
            progress_percent(direction, first, target, latest.value) or 100.0,
            expected,
        )
    base = baseline if baseline is not None else (ordered[0].value if len(ordered) > 1 else None)
    if base is None:
        # one measurement, no baseline: not at target, and no way to tell the trend
        return KpiAssessment(KpiStatus.BEHIND, latest.value, latest_on, None, expected)
    progress = progress_percent(direction, base, target, latest.value)
    if progress is None or progress <= 0:
        return KpiAssessment(KpiStatus.OFF_TARGET, latest.value, latest_on, progress, expected)
    if expected is not None and progress < expected - TOLERANCE_POINTS:
        return KpiAssessment(KpiStatus.BEHIND, latest.value, latest_on, progress, expected)
    return KpiAssessment(KpiStatus.ON_TRACK, latest.value, latest_on, progress, expected)


@dataclass(frozen=True)
class HealthSuggestion:
    health: Health
    reasons: tuple[str, ...]


def suggest_health(
    statuses: Iterable[KpiStatus], open_actions: int, overdue_actions: int
) -> HealthSuggestion:
    """A suggestion only - the user decides.

    Off track: at least half of the measured KPIs are off target, or at least half of the open
    actions (and at least two) are overdue. At risk: any KPI off target or behind, or any overdue
    action, or no KPI measured at all. Otherwise on track.
    """
    status_list = list(statuses)
    measured = [s for s in status_list if s.is_measured]
    off = sum(1 for s in measured if s is KpiStatus.OFF_TARGET)
    behind = sum(1 for s in measured if s is KpiStatus.BEHIND)
    reasons: list[str] = []
    counted = len(measured)  # a plain name: lupdate does not extract a call as the count
    if off:
        reasons.append(fmt(Kpi.tr("%1 of %n measured KPI(s) off target.", "", counted), off))
    if behind:
        reasons.append(fmt(Kpi.tr("%1 of %n measured KPI(s) behind.", "", counted), behind))
    if overdue_actions:
        reasons.append(fmt(Kpi.tr("%1 of %n open action(s) overdue.", "", open_actions), overdue_actions))
    if not measured:
        reasons.append(translate("Kpi", "No KPI has a target and a measurement yet."))
    severe = (measured and off * 2 >= len(measured) and off > 0) or (
        overdue_actions >= 2 and overdue_actions * 2 >= open_actions
    )
    if severe:
        return HealthSuggestion(Health.OFF_TRACK, tuple(reasons))
    if off or behind or overdue_actions or not measured:
        return HealthSuggestion(Health.AT_RISK, tuple(reasons))
    ok = [
        Kpi.tr("All %n measured KPI(s) on track or at target.", "", counted),
        translate("Kpi", "No overdue actions."),
    ]
    return HealthSuggestion(Health.ON_TRACK, tuple(ok))


_STATUS_LABELS = {
    "no_target": QT_TRANSLATE_NOOP("Kpi", "No target"),
    "no_data": QT_TRANSLATE_NOOP("Kpi", "No measurement"),
    "on_target": QT_TRANSLATE_NOOP("Kpi", "Target reached"),
    "on_track": QT_TRANSLATE_NOOP("Kpi", "On track"),
    "behind": QT_TRANSLATE_NOOP("Kpi", "Behind"),
    "off_target": QT_TRANSLATE_NOOP("Kpi", "Off target"),
}


@dataclass(frozen=True)
class StartingKpi:
    """A KPI the method suggests; ``name``, ``unit`` and ``why`` read in the language in force
    (a KPI added from it is written into the plan in that language)."""

    source_name: str
    source_unit: str
    direction: KpiDirection
    baseline: float | None
    target: float | None
    source_why: str
    ours: bool = False  # our own commercial figure: never shown to the customer

    @property
    def name(self) -> str:
        return translate("Kpi", self.source_name)

    @property
    def unit(self) -> str:
        return translate("Kpi", self.source_unit)

    @property
    def why(self) -> str:
        return translate("Kpi", self.source_why)


# The benchmark outcomes of the method: the best account teams are far more likely to grow
# key-account revenue and profit by 20 % or more and to improve customer satisfaction each year.
STARTING_KPIS: tuple[StartingKpi, ...] = (
    StartingKpi(
        QT_TRANSLATE_NOOP("Kpi", "Revenue growth"),
        QT_TRANSLATE_NOOP("Kpi", "%"),
        KpiDirection.HIGHER_IS_BETTER,
        0.0,
        20.0,
        QT_TRANSLATE_NOOP(
            "Kpi", "Top account teams are 3.1x more likely to grow key-account revenue by 20 % or more."
        ),
        ours=True,
    ),
    StartingKpi(
        QT_TRANSLATE_NOOP("Kpi", "Profit growth"),
        QT_TRANSLATE_NOOP("Kpi", "%"),
        KpiDirection.HIGHER_IS_BETTER,
        0.0,
        20.0,
        QT_TRANSLATE_NOOP("Kpi", "Top account teams are 3.4x more likely to grow profit by 20 % or more."),
        ours=True,
    ),
    StartingKpi(
        QT_TRANSLATE_NOOP("Kpi", "Customer satisfaction"),
        QT_TRANSLATE_NOOP("Kpi", "score"),
        KpiDirection.HIGHER_IS_BETTER,
        None,
        None,
        QT_TRANSLATE_NOOP(
            "Kpi", "Top account teams are 4.5x more likely to see satisfaction improve year over year."
        ),
    ),
)
