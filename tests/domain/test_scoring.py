from __future__ import annotations

import pytest

from kam_desktop.domain.enums import AccountStatus, Factor
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.portfolio import suggestions
from kam_desktop.domain.scoring import DEFAULT_WEIGHTS, points, rank_preview, score, validate_weights

ALL_FIVE = {f: 5 for f in Factor}


def test_known_assessment_gives_a_known_score() -> None:
    ratings = {
        Factor.CURRENT_REVENUE: 4,  # 75 x 20
        Factor.GROWTH_POTENTIAL: 5,  # 100 x 20
        Factor.RENEWAL_LIKELIHOOD: 3,  # 50 x 10
        Factor.WIN_NOW_GROW_LATER: 2,  # 25 x 10
        Factor.RELATIVE_EFFORT: 2,  # inverted: 75 x 10
        Factor.RELATIONSHIP_STRENGTH: 4,  # 75 x 10
        Factor.FIT: 5,  # 100 x 10
        Factor.LOGO_ATTRACTIVENESS: 1,  # 0 x 10
    }
    # (1500 + 2000 + 500 + 250 + 750 + 750 + 1000 + 0) / 100 = 67.5
    result = score(ratings, DEFAULT_WEIGHTS)
    assert result.value == 67.5
    assert result.rated == 8
    assert result.label == "67.5"


def test_effort_counts_inversely() -> None:
    assert points(Factor.RELATIVE_EFFORT, 5) == 0
    assert points(Factor.RELATIVE_EFFORT, 1) == 100
    assert points(Factor.FIT, 5) == 100
    assert score({Factor.RELATIVE_EFFORT: 5}, DEFAULT_WEIGHTS).value == 0.0
    assert score({**ALL_FIVE, Factor.RELATIVE_EFFORT: 1}, DEFAULT_WEIGHTS).value == 100.0


def test_missing_factors_are_left_out_not_zero() -> None:
    result = score({Factor.FIT: 5, Factor.LOGO_ATTRACTIVENESS: 3}, DEFAULT_WEIGHTS)
    assert result.value == 75.0  # (100 x 10 + 50 x 10) / 20, not / 100
    assert result.rated == 2
    assert result.label == "75.0 (on 2 of 8 factors)"
    empty = score({}, DEFAULT_WEIGHTS)
    assert empty.value is None and empty.label == "not assessed"


def test_weights_change_the_score_and_rounding_is_half_up() -> None:
    ratings = {Factor.CURRENT_REVENUE: 2, Factor.FIT: 3, Factor.LOGO_ATTRACTIVENESS: 4}
    weights = {
        **DEFAULT_WEIGHTS,
        Factor.CURRENT_REVENUE: 1.0,
        Factor.FIT: 1.0,
        Factor.LOGO_ATTRACTIVENESS: 1.0,
    }
    assert score(ratings, weights).value == 50.0
    # 25 x 3 + 50 x 1 over 4 = 31.25 -> 31.3 (half up)
    assert (
        score(ratings, {**weights, Factor.CURRENT_REVENUE: 3.0, Factor.LOGO_ATTRACTIVENESS: 0.0}).value
        == 31.3
    )


def test_weights_are_validated() -> None:
    with pytest.raises(ValidationError, match="above zero"):
        validate_weights({f: 0.0 for f in Factor})
    with pytest.raises(ValidationError, match="from 0 to 100"):
        validate_weights({**DEFAULT_WEIGHTS, Factor.FIT: 101.0})
    with pytest.raises(ValidationError, match="must be a number"):
        validate_weights({**DEFAULT_WEIGHTS, Factor.FIT: float("nan")})


def test_rank_preview_orders_best_first_and_unassessed_last() -> None:
    ranked = rank_preview({1: {Factor.FIT: 2}, 2: {Factor.FIT: 5}, 3: {}}, DEFAULT_WEIGHTS)
    assert [aid for aid, _ in ranked] == [2, 1, 3]


def test_suggestions_flag_promotion_and_weak_key_accounts() -> None:
    rows = [
        (1, "Strong key", AccountStatus.KEY, 80.0),
        (2, "Weak key", AccountStatus.KEY, 20.0),
        (3, "Great candidate", AccountStatus.CANDIDATE, 90.0),
        (4, "Poor candidate", AccountStatus.CANDIDATE, 30.0),
        (5, "Archived", AccountStatus.ARCHIVED, 99.0),
    ]
    tips = {(s.account_id, s.kind) for s in suggestions(rows, cap=2)}
    assert (3, "promote") in tips and (4, "promote") in tips  # both beat the weakest key account
    assert (2, "review_key") in tips  # below even the weakest non-key account
    assert (1, "review_key") not in tips
    assert all(aid != 5 for aid, _ in tips)
