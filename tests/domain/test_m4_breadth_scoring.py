"""Scoring (fourth mutation measurement, issue 12): a rating outside 1-5 is refused naming the
factor, next to the factor's field, in English and Italian."""

from __future__ import annotations

import pytest

from kam_desktop.domain.enums import Factor
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.scoring import DEFAULT_WEIGHTS, points, score


def _refused(call, *args) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        call(*args)
    return info.value.message, info.value.field


def test_a_rating_outside_one_to_five_is_refused_naming_the_factor() -> None:
    assert _refused(points, Factor.FIT, 6) == (
        "Fit (offerings, culture, industry focus) must be rated 1 to 5.",
        "fit",
    )
    assert _refused(points, Factor.RELATIVE_EFFORT, 0) == (
        "Relative effort needed (more effort = less attractive) must be rated 1 to 5.",
        "relative_effort",
    )
    assert _refused(score, {Factor.LOGO_ATTRACTIVENESS: 7}, DEFAULT_WEIGHTS) == (
        "Logo attractiveness must be rated 1 to 5.",
        "logo_attractiveness",
    )
    assert (points(Factor.FIT, 1), points(Factor.FIT, 5)) == (0.0, 100.0)


@pytest.mark.usefixtures("italian")
def test_a_rating_outside_one_to_five_is_refused_in_italian() -> None:
    assert _refused(points, Factor.FIT, 6) == (
        "Affinità (offerte, cultura, settore) va valutato da 1 a 5.",
        "fit",
    )
    assert _refused(score, {Factor.LOGO_ATTRACTIVENESS: 7}, DEFAULT_WEIGHTS) == (
        "Attrattiva del marchio va valutato da 1 a 5.",
        "logo_attractiveness",
    )
