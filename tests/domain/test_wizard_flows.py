"""Wizard flows without Qt: which pages each rigour shows, in which order, and what comes next."""

from __future__ import annotations

import pytest

from kam_desktop.domain.enums import Phase, Rigour
from kam_desktop.domain.wizard import FLOWS


def test_every_phase_has_a_flow_with_its_title() -> None:
    assert list(FLOWS) == list(Phase)
    assert [FLOWS[p].phase for p in Phase] == list(Phase)
    assert [FLOWS[p].title for p in Phase] == [
        "Strategy: what, with whom, and why",
        "Research: the team and the facts",
        "Action plan: the compelling case and the actions",
        "Execution: opportunities, interactions, competitors",
        "Review: KPIs and adjustments",
    ]


@pytest.mark.parametrize("phase", list(Phase))
def test_lighter_rigour_shows_a_subset_in_the_same_order(phase: Phase) -> None:
    flow = FLOWS[phase]
    light, standard, deep = (flow.keys_for(r) for r in (Rigour.LIGHT, Rigour.STANDARD, Rigour.DEEP))
    assert deep == tuple(p.key for p in flow.pages)  # deep shows every page
    assert set(light) <= set(standard) <= set(deep)
    assert [k for k in deep if k in standard] == list(standard)
    assert [k for k in deep if k in light] == list(light)
    assert light[-1] == standard[-1] == deep[-1]  # the check-and-finish page ends every flow
    assert len(set(deep)) == len(deep)


@pytest.mark.parametrize("rigour", list(Rigour))
@pytest.mark.parametrize("phase", list(Phase))
def test_next_key_walks_the_pages_and_stops_at_the_end(phase: Phase, rigour: Rigour) -> None:
    flow = FLOWS[phase]
    keys = flow.keys_for(rigour)
    walked = [keys[0]]
    while (following := flow.next_key(rigour, walked[-1])) is not None:
        walked.append(following)
    assert tuple(walked) == keys
    assert [p.key for p in flow.pages_for(rigour)] == list(keys)


def test_light_rigour_leaves_out_exactly_these_pages() -> None:
    counts = {p: tuple(len(FLOWS[p].keys_for(r)) for r in Rigour) for p in Phase}
    assert counts == {
        Phase.STRATEGY: (5, 6, 6),
        Phase.RESEARCH: (5, 7, 7),
        Phase.ACTION_PLAN: (4, 5, 5),
        Phase.EXECUTION: (4, 5, 5),
        Phase.REVIEW: (4, 4, 4),
    }
    hidden = [page.key for p in Phase for page in FLOWS[p].pages if Rigour.LIGHT not in page.rigours]
    assert hidden == [
        "strategy.revenue",
        "research.competitors",
        "research.trends_needs",
        "action.whitespace",
        "execution.competitors",
    ]


def test_a_page_hidden_at_a_rigour_has_no_next() -> None:
    with pytest.raises(ValueError):
        FLOWS[Phase.STRATEGY].next_key(Rigour.LIGHT, "strategy.revenue")
