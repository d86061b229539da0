"""Key-account identification score: the weighted mean of the 8 factor ratings, 0-100.

Formula (shown to users verbatim by ``FORMULA``):
    each rated factor r (1-5) becomes a points value p = (r - 1) / 4 x 100,
    except Relative effort, where more effort is less attractive: p = (5 - r) / 4 x 100;
    score = sum(weight x p) / sum(weight), over the rated factors only.
Unrated factors are missing, not zero: the score says how many factors it rests on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from kam_desktop.domain import numbers, plain_values
from kam_desktop.domain.enums import Factor
from kam_desktop.domain.errors import ValidationError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, language, translate

FORMULA = QT_TRANSLATE_NOOP(  # shown with translate("Scoring", FORMULA)
    "Scoring",
    "score = Σ(weight × points) ÷ Σ(weight), over rated factors only; "
    "points = (rating − 1) ÷ 4 × 100, and for Relative effort (5 − rating) ÷ 4 × 100",
)
INVERTED: frozenset[Factor] = frozenset(Factor(value) for value in plain_values.INVERTED)

DEFAULT_WEIGHTS: dict[Factor, float] = {
    Factor(value): weight for value, weight in plain_values.DEFAULT_WEIGHTS.items()
}

# the two ends of each factor's 1-5 scale; translate("Scoring", text) where shown
FACTOR_HINTS: dict[Factor, tuple[str, str]] = {
    Factor.CURRENT_REVENUE: (
        QT_TRANSLATE_NOOP("Scoring", "A small customer for us today"),
        QT_TRANSLATE_NOOP("Scoring", "One of our largest customers today"),
    ),
    Factor.GROWTH_POTENTIAL: (
        QT_TRANSLATE_NOOP("Scoring", "Little more to win here"),
        QT_TRANSLATE_NOOP("Scoring", "Several times today's business is within reach"),
    ),
    Factor.RENEWAL_LIKELIHOOD: (
        QT_TRANSLATE_NOOP("Scoring", "Contracts at real risk of not renewing"),
        QT_TRANSLATE_NOOP("Scoring", "Renewals are all but certain"),
    ),
    Factor.WIN_NOW_GROW_LATER: (
        QT_TRANSLATE_NOOP("Scoring", "Hard to win anything soon"),
        QT_TRANSLATE_NOOP("Scoring", "A quick win now opens a long road of growth"),
    ),
    Factor.RELATIVE_EFFORT: (
        QT_TRANSLATE_NOOP("Scoring", "Progress comes easily"),
        QT_TRANSLATE_NOOP("Scoring", "Every step takes heavy effort and resources"),
    ),
    Factor.RELATIONSHIP_STRENGTH: (
        QT_TRANSLATE_NOOP("Scoring", "We hardly know anyone there"),
        QT_TRANSLATE_NOOP("Scoring", "Trusted at senior level across the account"),
    ),
    Factor.FIT: (
        QT_TRANSLATE_NOOP("Scoring", "Poor fit of offering, culture or industry"),
        QT_TRANSLATE_NOOP("Scoring", "Ideal fit with what we do and how we work"),
    ),
    Factor.LOGO_ATTRACTIVENESS: (
        QT_TRANSLATE_NOOP("Scoring", "Unknown name, no reference value"),
        QT_TRANSLATE_NOOP("Scoring", "A name that opens doors everywhere"),
    ),
}


@dataclass(frozen=True)
class Score:
    value: float | None  # 0-100, one decimal; None when no factor is rated
    rated: int  # how many of the 8 factors the score rests on

    @property
    def label(self) -> str:
        if self.value is None:
            return translate("Scoring", "not assessed")
        shown = numbers.format_decimal(
            Decimal(str(round(self.value, 1))), numbers.locale_for_language(language()), decimals=1
        )
        if self.rated == len(Factor):
            return shown
        return fmt(translate("Scoring", "%1 (on %2 of %3 factors)"), shown, self.rated, len(Factor))


def points(factor: Factor, rating: int) -> float:
    if not 1 <= rating <= 5:
        raise ValidationError(
            fmt(translate("Scoring", "%1 must be rated 1 to 5."), factor.label), field=factor.value
        )
    raw = (5 - rating) if factor in INVERTED else (rating - 1)
    return raw / 4 * 100


def validate_weights(weights: Mapping[Factor, float]) -> dict[Factor, float]:
    cleaned: dict[Factor, float] = {}
    for factor in Factor:
        weight = weights.get(factor, 0.0)
        if not isinstance(weight, int | float) or isinstance(weight, bool) or weight != weight:
            raise ValidationError(
                fmt(translate("Errors", "The weight of %1 must be a number."), factor.label),
                field=factor.value,
            )
        if not 0 <= weight <= 100:
            raise ValidationError(
                fmt(translate("Errors", "The weight of %1 must be from 0 to 100."), factor.label),
                field=factor.value,
            )
        cleaned[factor] = float(weight)
    if sum(cleaned.values()) <= 0:
        raise ValidationError(
            translate("Errors", "At least one factor needs a weight above zero."), field="weights"
        )
    return cleaned


def score(ratings: Mapping[Factor, int | None], weights: Mapping[Factor, float]) -> Score:
    total_weight = 0.0
    total = 0.0
    rated = 0
    for factor in Factor:
        rating = ratings.get(factor)
        if rating is None:
            continue
        rated += 1
        weight = weights.get(factor, 0.0)
        total_weight += weight
        total += weight * points(factor, rating)
    if rated == 0 or total_weight == 0:
        return Score(None, rated)
    value = Decimal(total / total_weight).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return Score(float(value), rated)


class Scorer:
    """``score`` for many accounts under one set of weights: each factor's weighted points come
    from a table made once, each combination of ratings is scored once, and each resulting
    (sum, weight, count) is rounded once. Same results as ``score`` (the same sums in the same
    order)."""

    def __init__(self, weights: Mapping[Factor, float]) -> None:
        self._table = [
            (f, weights.get(f, 0.0), {r: weights.get(f, 0.0) * points(f, r) for r in range(1, 6)})
            for f in Factor
        ]
        self._cache: dict[tuple[int | None, ...], Score] = {}
        self._rounded: dict[tuple[float, float, int], Score] = {}

    def __call__(self, ratings: tuple[int | None, ...]) -> Score:
        """``ratings`` in ``Factor`` order."""
        found = self._cache.get(ratings)
        if found is None:
            found = self._cache[ratings] = self._score(ratings)
        return found

    def _score(self, ratings: tuple[int | None, ...]) -> Score:
        total_weight = 0.0
        total = 0.0
        rated = 0
        for (factor, weight, weighted_points), rating in zip(self._table, ratings, strict=True):
            if rating is None:
                continue
            rated += 1
            total_weight += weight
            found = weighted_points.get(rating)
            total += found if found is not None else weight * points(factor, rating)
        if rated == 0 or total_weight == 0:
            return Score(None, rated)
        key = (total, total_weight, rated)
        result = self._rounded.get(key)
        if result is None:
            value = Decimal(total / total_weight).quantize(_TENTH, rounding=ROUND_HALF_UP)
            result = self._rounded[key] = Score(float(value), rated)
        return result


_TENTH = Decimal("0.1")


def rank_preview(
    assessments: Mapping[int, Mapping[Factor, int | None]], weights: Mapping[Factor, float]
) -> list[tuple[int, Score]]:
    """Account ids ordered by score under ``weights`` (best first; unassessed last)."""
    scored = [(account_id, score(r, weights)) for account_id, r in assessments.items()]
    scored.sort(key=lambda item: (item[1].value is None, -(item[1].value or 0.0), item[0]))
    return scored
