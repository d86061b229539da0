"""Portfolio chart geometry: where each bubble sits, how big it is, the axes, what is hidden, the hit test."""

from __future__ import annotations

import pytest

from kam_desktop.domain.chart import Bubble, ChartPoint, hit_test, layout

# plot area with the default margins on a 570 x 364 canvas: left 70, top 20, right 546, bottom 320
W, H = 570.0, 364.0


def _p(id_: int, score: float | None, revenue: float, potential: float, status: str = "key") -> ChartPoint:
    return ChartPoint(id_, f"A{id_}", score, revenue, potential, status)


def test_bubbles_are_placed_by_score_and_log_revenue_and_sized_by_potential() -> None:
    chart = layout([_p(1, 0, 1_000, 100), _p(2, 100, 100_000, 400), _p(3, 50, 10_000, 0)], W, H)
    assert chart.plot == (70, 20, 546, 320)
    assert chart.hidden == 0
    by_id = {b.id: b for b in chart.bubbles}
    # revenue axis: 1k .. 100k (whole decades), bottom to top
    assert (by_id[1].x, by_id[1].y) == (70.0, 320.0)
    assert (by_id[2].x, by_id[2].y) == (546.0, 20.0)
    assert (by_id[3].x, by_id[3].y) == (308.0, 170.0)
    # radius: 3.5 + 18.5 x sqrt(potential / largest potential)
    assert by_id[2].radius == 22.0
    assert by_id[1].radius == pytest.approx(3.5 + 18.5 * 0.5)
    assert by_id[3].radius == 3.5
    # biggest first, so small bubbles are drawn on top and stay clickable
    assert [b.id for b in chart.bubbles] == [2, 1, 3]
    assert chart.bubbles[0] == Bubble(2, "A2", "key", 546.0, 20.0, 22.0)


def test_axes_ticks_and_labels() -> None:
    chart = layout([_p(1, 10, 2_500, 1), _p(2, 90, 3_400_000, 1)], W, H)
    assert [label for _, label in chart.x_axis.ticks] == ["0", "20", "40", "60", "80", "100"]
    assert [x for x, _ in chart.x_axis.ticks] == pytest.approx([70, 165.2, 260.4, 355.6, 450.8, 546])
    assert [label for _, label in chart.y_axis.ticks] == ["1K", "10K", "100K", "1M", "10M"]
    ys = [y for y, _ in chart.y_axis.ticks]
    assert ys[0] == 320.0 and ys[-1] == pytest.approx(20.0)
    assert ys == pytest.approx([320, 245, 170, 95, 20])


def test_small_revenues_and_labels_below_a_thousand() -> None:
    chart = layout([_p(1, 50, 0, 5), _p(2, 50, 50, 5)], W, H)
    assert [label for _, label in chart.y_axis.ticks] == ["1", "10", "100"]
    assert {b.id: b.y for b in chart.bubbles}[1] == 320.0  # no revenue sits on the axis floor


def test_one_revenue_gets_a_decade_of_room() -> None:
    chart = layout([_p(1, 50, 1_000, 5)], W, H)
    assert [label for _, label in chart.y_axis.ticks] == ["1K", "10K"]
    assert chart.bubbles[0].y == 320.0


def test_unassessed_points_are_counted_not_drawn() -> None:
    chart = layout([_p(1, None, 5_000, 1), _p(2, 40, 5_000, 1), _p(3, None, 1, 1)], W, H)
    assert [b.id for b in chart.bubbles] == [2]
    assert chart.hidden == 2


def test_an_empty_chart_still_has_axes() -> None:
    chart = layout([], W, H)
    assert chart.bubbles == () and chart.hidden == 0
    assert [label for _, label in chart.y_axis.ticks] == ["1K", "10K", "100K", "1M"]


def test_zero_potential_everywhere_gives_the_smallest_bubbles() -> None:
    chart = layout([_p(1, 10, 100, 0), _p(2, 20, 100, 0)], W, H)
    assert [b.radius for b in chart.bubbles] == [3.5, 3.5]


def test_a_tiny_canvas_keeps_a_plot_area() -> None:
    chart = layout([_p(1, 100, 10, 1)], 50, 40)
    assert chart.plot == (70, 20, 80, 30)


def test_hit_test_finds_the_top_most_bubble_and_a_minimum_target() -> None:
    chart = layout([_p(1, 50, 10_000, 400), _p(2, 52, 10_000, 1)], W, H)
    big, small = chart.bubbles  # big first, small on top
    assert (big.id, small.id) == (1, 2)
    assert hit_test(chart, small.x, small.y) == 2  # both overlap here: the one on top wins
    assert hit_test(chart, big.x - big.radius + 0.5, big.y) == 1
    assert hit_test(chart, big.x - big.radius - 0.5, big.y) is None
    lonely = layout([_p(3, 50, 10_000, 0), _p(4, 0, 1_000, 100)], W, H)
    tiny = next(b for b in lonely.bubbles if b.id == 3)
    assert tiny.radius == 3.5
    assert hit_test(lonely, tiny.x + 4.9, tiny.y) == 3  # at least a 5-pixel target
    assert hit_test(lonely, tiny.x + 5.1, tiny.y) is None
