"""Layout of an org chart (the reports-to tree of an account's stakeholders). No Qt.

``layout(nodes)`` places every person on a level (0 = top, the people who report to nobody
we know) and an x position in "slots": leaves take consecutive slots from left to right and
a manager sits centred above their direct reports, so lines never cross. The input order
decides the order of siblings. Links to unknown people and links that would close a cycle
are ignored (the person becomes a root), so any data can be drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class OrgNode:
    """One person as the layout needs them: an id and the id of who they report to."""

    id: int
    reports_to: int | None = None


@dataclass(frozen=True)
class PlacedNode:
    id: int
    parent: int | None  # the manager as drawn (None for a root)
    level: int
    x: float


@dataclass(frozen=True)
class OrgLayout:
    nodes: tuple[PlacedNode, ...]  # in drawing order: depth first, left to right
    width: int  # number of leaf slots used
    depth: int  # number of levels

    def by_id(self) -> dict[int, PlacedNode]:
        return {n.id: n for n in self.nodes}

    def level(self, level: int) -> tuple[PlacedNode, ...]:
        """The people on one level, left to right."""
        return tuple(sorted((n for n in self.nodes if n.level == level), key=lambda n: n.x))

    @property
    def edges(self) -> tuple[tuple[int, int], ...]:
        """(manager, report) pairs as drawn."""
        return tuple((n.parent, n.id) for n in self.nodes if n.parent is not None)


def effective_parents(nodes: Sequence[OrgNode]) -> dict[int, int | None]:
    """Each node's manager as drawn: unknown managers and cycle-closing links become None."""
    known = {n.id for n in nodes}
    parent: dict[int, int | None] = {
        n.id: (n.reports_to if n.reports_to in known and n.reports_to != n.id else None) for n in nodes
    }
    # break cycles in one pass: walk up from each node, marking the path; meeting a node of the
    # current path again means a loop, which is cut at that node's link upwards
    state: dict[int, int] = {}  # 1 = on the current path, 2 = finished
    for node in nodes:
        path: list[int] = []
        current: int | None = node.id
        while current is not None and current not in state:
            state[current] = 1
            path.append(current)
            current = parent[current]
        if current is not None and state[current] == 1:
            parent[current] = None
        for visited in path:
            state[visited] = 2
    return parent


def layout(nodes: Sequence[OrgNode]) -> OrgLayout:
    parent = effective_parents(nodes)
    order = {n.id: i for i, n in enumerate(nodes)}
    children: dict[int, list[int]] = {n.id: [] for n in nodes}
    roots: list[int] = []
    for node in nodes:
        manager = parent[node.id]
        if manager is None:
            roots.append(node.id)
        else:
            children[manager].append(node.id)
    for kids in children.values():
        kids.sort(key=order.__getitem__)

    placed: list[PlacedNode] = []
    xs: dict[int, float] = {}
    next_slot = 0.0
    # iterative depth-first walk (a long reporting chain must not hit the recursion limit)
    for root in roots:
        stack: list[tuple[int, int, bool]] = [(root, 0, False)]
        while stack:
            node_id, level, expanded = stack.pop()
            kids = children[node_id]
            if expanded:
                xs[node_id] = (xs[kids[0]] + xs[kids[-1]]) / 2
                continue
            placed.append(PlacedNode(node_id, parent[node_id], level, 0.0))
            if kids:
                stack.append((node_id, level, True))
                stack.extend((kid, level + 1, False) for kid in reversed(kids))
            else:
                xs[node_id] = next_slot
                next_slot += 1
    placed = [PlacedNode(n.id, n.parent, n.level, xs[n.id]) for n in placed]
    depth = max((n.level + 1 for n in placed), default=0)
    return OrgLayout(tuple(placed), int(next_slot), depth)


def would_create_cycle(links: dict[int, int | None], person: int, new_manager: int | None) -> bool:
    """True if ``person`` reporting to ``new_manager`` closes a loop in ``links`` (id -> manager)."""
    current = new_manager
    seen: set[int] = set()
    while current is not None and current not in seen:
        if current == person:
            return True
        seen.add(current)
        current = links.get(current)
    return False
