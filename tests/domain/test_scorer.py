"""The portfolio's Scorer gives exactly what score() gives, for every rating pattern tried."""

from __future__ import annotations

import itertools
import random

import pytest

from kam_desktop.domain.enums import Factor
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.scoring import DEFAULT_WEIGHTS, Scorer, score

WEIGHTS = (
    DEFAULT_WEIGHTS,
    {f: float(i * 7 % 13) for i, f in enumerate(Factor)},
    {Factor.FIT: 100.0},
)


@pytest.mark.parametrize("weights", WEIGHTS)
def test_scorer_equals_score(weights: dict[Factor, float]) -> None:
    scorer = Scorer(weights)
    rng = random.Random(5)
    patterns = [tuple(rng.choice((None, 1, 2, 3, 4, 5)) for _ in Factor) for _ in range(3000)]
    patterns += [(None,) * 8, (1,) * 8, (5,) * 8]
    patterns += [tuple(p) for p in itertools.product((None, 3), repeat=8)]
    for ratings in patterns:
        expected = score(dict(zip(Factor, ratings, strict=True)), weights)
        assert scorer(ratings) == expected, ratings
        assert scorer(ratings) == expected  # the cached answer too


def test_scorer_refuses_a_rating_out_of_range_like_score() -> None:
    with pytest.raises(ValidationError):
        Scorer(DEFAULT_WEIGHTS)((6, None, None, None, None, None, None, None))
