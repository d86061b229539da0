"""Gap advice does not depend on where an archived member's assignment sits in the list."""

from __future__ import annotations

from kam_desktop.domain import coverage as cov
from tests.domain.test_coverage import INN, PM, RL, B, P, a


def test_an_archived_assignment_first_does_not_hide_the_others() -> None:
    names = {1: "Ann", 2: "Bob", 3: "Cy", 5: "Eve"}
    everywhere = [
        a(2, 5, INN, P, archived=True),  # Eve is archived - and comes first
        a(1, 1, RL, P),
        a(1, 3, PM, B),
        a(2, 2, PM, P),
        a(3, 2, PM, P),
        a(2, 1, PM, B),
    ]
    cover = cov.coverage([x for x in everywhere if x.account_id == 1])
    tips = {t.role: t for t in cov.advice(1, cover, team=[1, 2, 3], assignments=everywhere, names=names)}
    assert [c.name for c in tips[PM].candidates] == ["Cy", "Bob", "Ann"]
    assert (tips[INN].candidates, tips[INN].outside) == ((), ())
