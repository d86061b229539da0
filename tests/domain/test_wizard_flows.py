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


def test_a_page_hidden_at_a_rigour_has_no_next_and_no_previous() -> None:
    flow = FLOWS[Phase.STRATEGY]
    assert flow.next_key(Rigour.LIGHT, "strategy.revenue") is None
    assert flow.previous_key(Rigour.LIGHT, "strategy.revenue") is None
    assert flow.position(Rigour.LIGHT, "strategy.revenue") == 0


def test_light_rigour_skips_the_revenue_page_both_ways() -> None:
    flow = FLOWS[Phase.STRATEGY]
    assert flow.next_key(Rigour.LIGHT, "strategy.objectives") == "strategy.finish"
    assert flow.previous_key(Rigour.LIGHT, "strategy.finish") == "strategy.objectives"
    assert flow.next_key(Rigour.STANDARD, "strategy.objectives") == "strategy.revenue"
    assert flow.previous_key(Rigour.STANDARD, "strategy.finish") == "strategy.revenue"
    assert flow.previous_key(Rigour.STANDARD, "strategy.period") is None


def test_resume_goes_where_the_user_left_off_clamped_and_from_the_start_once_done() -> None:
    flow = FLOWS[Phase.RESEARCH]
    assert flow.resume_key(Rigour.STANDARD, 0, done=False) == "research.team"
    assert flow.resume_key(Rigour.STANDARD, 1, done=False) == "research.questions"
    assert flow.resume_key(Rigour.STANDARD, 4, done=False) == "research.trends_needs"
    # light shows 5 pages: position 4 is its finish page; a larger stored position is clamped
    assert flow.resume_key(Rigour.LIGHT, 4, done=False) == "research.finish"
    assert flow.resume_key(Rigour.LIGHT, 6, done=False) == "research.finish"
    assert flow.resume_key(Rigour.STANDARD, -3, done=False) == "research.team"
    assert flow.resume_key(Rigour.STANDARD, 3, done=True) == "research.team"


def test_the_path_to_a_page_is_the_history_back_walks() -> None:
    flow = FLOWS[Phase.RESEARCH]
    assert flow.path_to(Rigour.LIGHT, "research.qualify") == (
        "research.team",
        "research.questions",
        "research.stakeholders",
        "research.qualify",
    )
    assert flow.path_to(Rigour.DEEP, "research.team") == ("research.team",)
    assert flow.path_to(Rigour.LIGHT, "research.competitors") == ("research.team",)


def test_progress_stored_after_leaving_a_page_is_the_next_one_and_stops_at_finish() -> None:
    flow = FLOWS[Phase.ACTION_PLAN]
    assert flow.progress_after_leaving(Rigour.STANDARD, "action.case") == 1
    assert flow.progress_after_leaving(Rigour.STANDARD, "action.whitespace") == 4
    assert flow.progress_after_leaving(Rigour.STANDARD, "action.finish") == 4
    assert flow.progress_after_leaving(Rigour.LIGHT, "action.actions") == 3
    assert flow.progress_after_leaving(Rigour.LIGHT, "action.whitespace") == 0
    assert flow.resume_key(Rigour.STANDARD, 1, done=False) == "action.from_research"
    assert flow.finish_key == "action.finish"
    assert flow.is_finish("action.finish") and not flow.is_finish("action.case")
