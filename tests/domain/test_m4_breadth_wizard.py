"""Wizard flows (fourth mutation measurement, issue 12): the stored position of every page at
every rigour - the index among the pages that rigour shows, the same index ``resume_key`` turns
back into that page."""

from __future__ import annotations

import pytest

from kam_desktop.domain.enums import Phase, Rigour
from kam_desktop.domain.wizard import FLOWS


def test_the_position_of_each_strategy_page_counts_only_the_pages_the_rigour_shows() -> None:
    flow = FLOWS[Phase.STRATEGY]
    assert [flow.position(Rigour.LIGHT, k) for k in flow.keys_for(Rigour.LIGHT)] == [0, 1, 2, 3, 4]
    assert flow.position(Rigour.LIGHT, "strategy.objectives") == 3
    assert flow.position(Rigour.LIGHT, "strategy.finish") == 4  # the revenue page is not counted
    assert flow.position(Rigour.STANDARD, "strategy.revenue") == 4
    assert flow.position(Rigour.STANDARD, "strategy.finish") == 5
    assert flow.position(Rigour.DEEP, "strategy.statement") == 1


@pytest.mark.parametrize("rigour", list(Rigour))
@pytest.mark.parametrize("phase", list(Phase))
def test_resuming_at_a_pages_stored_position_reopens_that_page(phase: Phase, rigour: Rigour) -> None:
    flow = FLOWS[phase]
    keys = flow.keys_for(rigour)
    assert [flow.position(rigour, k) for k in keys] == list(range(len(keys)))
    assert [flow.resume_key(rigour, flow.position(rigour, k), done=False) for k in keys] == list(keys)
