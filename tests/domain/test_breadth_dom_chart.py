"""Breadth (issue 12): the portfolio chart's revenue axis and what a click hits, exactly."""

from __future__ import annotations

import pytest

from kam_desktop.domain import chart
from kam_desktop.domain.chart import ChartPoint, hit_test, layout, revenue_labels

POINTS = [
    ChartPoint(1, "Acme", 50.0, 50_000, 100.0, "key"),
    ChartPoint(2, "Beta", 20.0, 2_000_000, 25.0, "key"),
    ChartPoint(3, "Gamma", None, 10, 1.0, "candidate"),  # not assessed: not drawn, not on the axis
]


def test_revenue_labels_are_the_whole_decades_bottom_to_top() -> None:
    assert revenue_labels(POINTS) == ["10K", "100K", "1M", "10M"]
    assert revenue_labels([ChartPoint(1, "A", 10.0, 1_000, 1.0, "k")]) == ["1K", "10K"]
    assert revenue_labels([]) == ["1K", "10K", "100K", "1M"]


def test_layout_y_ticks_match_the_labels() -> None:
    c = layout(POINTS, 600, 400)
    assert [label for _, label in c.y_axis.ticks] == ["10K", "100K", "1M", "10M"]
    assert [round(y, 6) for y, _ in c.y_axis.ticks] == [356.0, 244.0, 132.0, 20.0]
    assert c.hidden == 1
    assert [(b.id, b.x, round(b.y, 3), b.radius) for b in c.bubbles] == [
        (1, 323.0, 277.715, 22.0),
        (2, 171.2, 98.285, 12.75),
    ]


def test_revenue_axis_stops_at_the_top_decade_near_the_float_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # a plain label, so that only the loop's bound is tested (the app's compact format refuses
    # such sizes); the decade after 1e308 cannot be made a float, so one more label would raise
    monkeypatch.setattr(chart, "_money_label", lambda value: f"{value:.0e}")
    assert revenue_labels([ChartPoint(1, "Huge", 50.0, 5e307, 1.0, "k")]) == ["1e+307", "1e+308"]


def test_hit_test_inside_on_and_outside_the_bubble_in_every_direction() -> None:
    c = layout(POINTS, 600, 400)
    acme = next(b for b in c.bubbles if b.id == 1)  # radius 22
    assert hit_test(c, acme.x, acme.y) == 1
    assert hit_test(c, acme.x, acme.y + 22) == 1
    assert hit_test(c, acme.x, acme.y - 22) == 1
    assert hit_test(c, acme.x + 22, acme.y) == 1
    assert hit_test(c, acme.x - 22, acme.y) == 1
    assert hit_test(c, acme.x, acme.y + 30) is None
    assert hit_test(c, acme.x, acme.y - 30) is None
    assert hit_test(c, acme.x + 30, acme.y) is None
    assert hit_test(c, acme.x - 30, acme.y) is None
    assert hit_test(c, acme.x + 16, acme.y + 16) is None  # 22.6 px away on the diagonal


def test_a_small_bubble_is_hit_within_5_pixels() -> None:
    tiny = layout([ChartPoint(7, "T", 50.0, 1_000, 0.0, "k")], 600, 400, min_radius=2.0)
    (b,) = tiny.bubbles
    assert b.radius == 2.0
    assert hit_test(tiny, b.x, b.y + 5) == 7
    assert hit_test(tiny, b.x, b.y - 5) == 7
    assert hit_test(tiny, b.x, b.y + 5.5) is None


def test_the_smaller_bubble_on_top_wins() -> None:
    points = [ChartPoint(1, "Big", 50.0, 10_000, 100.0, "k"), ChartPoint(2, "Small", 50.0, 10_000, 1.0, "k")]
    c = layout(points, 600, 400)
    big = next(b for b in c.bubbles if b.id == 1)
    assert hit_test(c, big.x, big.y) == 2
    assert hit_test(c, big.x, big.y + 15) == 1
