"""The org chart's layout without Qt: levels, slots, centring, cycles and unknown managers."""

from __future__ import annotations

from kam_desktop.domain.org_chart import OrgNode, PlacedNode, effective_parents, layout, would_create_cycle


def test_a_tree_is_placed_leaves_left_to_right_and_managers_centred() -> None:
    # 1 -> (2 -> (4, 5), 3); input order decides sibling order
    chart = layout([OrgNode(1), OrgNode(2, 1), OrgNode(3, 1), OrgNode(4, 2), OrgNode(5, 2)])
    assert chart.nodes == (
        PlacedNode(1, None, 0, 1.25),
        PlacedNode(2, 1, 1, 0.5),
        PlacedNode(4, 2, 2, 0.0),
        PlacedNode(5, 2, 2, 1.0),
        PlacedNode(3, 1, 1, 2.0),
    )
    assert (chart.width, chart.depth) == (3, 3)
    assert chart.edges == ((1, 2), (2, 4), (2, 5), (1, 3))
    assert [n.id for n in chart.level(1)] == [2, 3]
    assert chart.by_id()[5] == PlacedNode(5, 2, 2, 1.0)


def test_sibling_order_follows_the_input_not_the_ids() -> None:
    chart = layout([OrgNode(9), OrgNode(7, 9), OrgNode(3, 9)])
    assert [(n.id, n.x) for n in chart.level(1)] == [(7, 0.0), (3, 1.0)]
    assert chart.by_id()[9].x == 0.5


def test_several_roots_sit_side_by_side() -> None:
    chart = layout([OrgNode(1), OrgNode(2), OrgNode(3, 2)])
    assert [(n.id, n.level, n.x) for n in chart.nodes] == [(1, 0, 0.0), (2, 0, 1.0), (3, 1, 1.0)]
    assert (chart.width, chart.depth) == (2, 2)


def test_unknown_managers_self_links_and_cycles_are_drawn_as_roots() -> None:
    nodes = [OrgNode(1, 99), OrgNode(2, 2), OrgNode(3, 4), OrgNode(4, 5), OrgNode(5, 3)]
    parents = effective_parents(nodes)
    assert parents[1] is None and parents[2] is None
    assert sorted(parents.items()) == [
        (1, None),
        (2, None),
        (3, None),
        (4, 5),
        (5, 3),
    ]  # the loop is cut once
    chart = layout(nodes)
    assert {n.id: n.level for n in chart.nodes} == {1: 0, 2: 0, 3: 0, 5: 1, 4: 2}
    assert chart.depth == 3 and chart.width == 3


def test_a_long_chain_does_not_hit_the_recursion_limit() -> None:
    chain = [OrgNode(0)] + [OrgNode(i, i - 1) for i in range(1, 5000)]
    chart = layout(chain)
    assert (chart.width, chart.depth) == (1, 5000)
    assert chart.by_id()[4999] == PlacedNode(4999, 4998, 4999, 0.0)


def test_empty() -> None:
    chart = layout([])
    assert (chart.nodes, chart.width, chart.depth, chart.edges) == ((), 0, 0, ())


def test_would_create_cycle() -> None:
    links: dict[int, int | None] = {1: None, 2: 1, 3: 2}
    assert would_create_cycle(links, 1, 3)  # 1 -> 3 -> 2 -> 1
    assert would_create_cycle(links, 2, 2)
    assert not would_create_cycle(links, 3, 1)
    assert not would_create_cycle(links, 1, None)
    assert not would_create_cycle({1: 2, 2: 1}, 3, 1)  # an existing loop elsewhere does not hang
