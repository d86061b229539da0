"""Geometry of the portfolio chart (score x, revenue y on a log scale, bubble area ~ potential).

Pure arithmetic so the Qt widget and a PDF drawing place bubbles identically.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from kam_desktop.domain import numbers


@dataclass(frozen=True, slots=True)  # one per bubble (10,000): no per-instance __dict__
class ChartPoint:
    id: int
    name: str
    score: float | None
    revenue: float
    potential: float
    status: str


@dataclass(frozen=True, slots=True)
class Bubble:
    id: int
    name: str
    status: str
    x: float
    y: float
    radius: float


@dataclass(frozen=True)
class Axis:
    ticks: tuple[tuple[float, str], ...]  # (pixel position, label)


@dataclass(frozen=True)
class ChartLayout:
    bubbles: tuple[Bubble, ...]
    x_axis: Axis
    y_axis: Axis
    plot: tuple[float, float, float, float]  # left, top, right, bottom
    hidden: int  # points not drawn (not assessed)


DEFAULT_MARGIN_LEFT = 70.0


def _money_label(value: float) -> str:
    """A decade of revenue, short and the user's way: '10M' (en), '10 Mln' (it)."""
    return numbers.format_compact(value, numbers.current_locale())


def _revenue_range(shown: Sequence[ChartPoint]) -> tuple[float, float]:
    """The whole decades the revenue axis spans."""
    revenues = [max(p.revenue, 1.0) for p in shown] or [1_000.0, 1_000_000.0]
    lo = 10 ** math.floor(math.log10(min(revenues)))
    hi = 10 ** math.ceil(math.log10(max(revenues)))
    if hi <= lo:
        hi = lo * 10
    return lo, hi


def revenue_labels(points: Sequence[ChartPoint]) -> list[str]:
    """The revenue axis's labels, bottom to top, as ``layout`` makes them (so a widget can size
    its left margin before the one layout it needs)."""
    lo, hi = _revenue_range([p for p in points if p.score is not None])
    labels = []
    decade = lo
    while decade <= hi * 1.0001:
        labels.append(_money_label(decade))
        decade *= 10
    return labels


def layout(
    points: Sequence[ChartPoint],
    width: float,
    height: float,
    *,
    margin_left: float = DEFAULT_MARGIN_LEFT,
    margin_right: float = 24,
    margin_top: float = 20,
    margin_bottom: float = 44,
    min_radius: float = 3.5,
    max_radius: float = 22,
) -> ChartLayout:
    left, top = margin_left, margin_top
    right, bottom = max(left + 10, width - margin_right), max(top + 10, height - margin_bottom)
    shown = [p for p in points if p.score is not None]
    lo, hi = _revenue_range(shown)
    log_lo, log_hi = math.log10(lo), math.log10(hi)
    max_potential = max((p.potential for p in shown), default=1.0) or 1.0

    def px_x(score: float) -> float:
        return left + (right - left) * score / 100.0

    def px_y(revenue: float) -> float:
        value = math.log10(max(revenue, lo))
        return bottom - (bottom - top) * (value - log_lo) / (log_hi - log_lo)

    bubbles = []
    for p in shown:
        assert p.score is not None
        radius = min_radius + (max_radius - min_radius) * math.sqrt(max(p.potential, 0.0) / max_potential)
        bubbles.append(Bubble(p.id, p.name, p.status, px_x(p.score), px_y(max(p.revenue, 1.0)), radius))
    # draw big bubbles first so small ones stay clickable on top
    bubbles.sort(key=lambda b: -b.radius)
    x_ticks = tuple((px_x(s), str(s)) for s in range(0, 101, 20))
    y_ticks = []
    decade = lo
    while decade <= hi * 1.0001:
        y_ticks.append((px_y(decade), _money_label(decade)))
        decade *= 10
    return ChartLayout(
        tuple(bubbles),
        Axis(x_ticks),
        Axis(tuple(y_ticks)),
        (left, top, right, bottom),
        len(points) - len(shown),
    )


def hit_test(chart: ChartLayout, x: float, y: float) -> int | None:
    """The id of the top-most bubble under (x, y)."""
    for bubble in reversed(chart.bubbles):
        if (bubble.x - x) ** 2 + (bubble.y - y) ** 2 <= max(bubble.radius, 5) ** 2:
            return bubble.id
    return None
