"""Portfolio rules: the key-account cap and the promotion/demotion suggestions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kam_desktop.domain.enums import AccountStatus
from kam_desktop.domain.numbers import current_locale, format_decimal
from kam_desktop.i18n import fmt, translate


@dataclass(frozen=True)
class CapState:
    key_count: int
    cap: int

    @property
    def over_cap(self) -> bool:
        return self.key_count > self.cap

    @property
    def at_or_over_cap(self) -> bool:
        return self.key_count >= self.cap

    @property
    def label(self) -> str:
        return f"{self.key_count} of {self.cap} key accounts"


@dataclass(frozen=True)
class Suggestion:
    account_id: int
    kind: str  # "promote" or "review_key"
    text: str


def suggestions(rows: Sequence[tuple[int, str, AccountStatus, float | None]], cap: int) -> list[Suggestion]:
    """rows = (id, name, status, score).

    - A non-key, active account whose score beats the weakest key account (or any scored
      account while key places are free) is suggested for promotion;
    - a key account whose score fell below the weakest scored non-key account is flagged for
      review (even the least attractive non-key account now beats it).
    """
    active = [r for r in rows if r[2] not in (AccountStatus.ARCHIVED, AccountStatus.DISQUALIFIED)]
    key = [r for r in active if r[2] is AccountStatus.KEY and r[3] is not None]
    other = [r for r in active if r[2] is not AccountStatus.KEY and r[3] is not None]
    rule = SuggestionRule(
        cap,
        sum(1 for r in active if r[2] is AccountStatus.KEY),
        min((r[3] for r in key if r[3] is not None), default=None),
        min((r[3] for r in other if r[3] is not None), default=None),
    )
    result: list[Suggestion] = []
    ranked_other = sorted(other, key=lambda r: -(r[3] or 0.0))
    for position, (aid, name, _status, value) in enumerate(ranked_other):
        assert value is not None
        if rule.promotes(value, position):
            result.append(Suggestion(aid, "promote", rule.promote_text(name, value)))
    for aid, name, _status, value in key:
        assert value is not None
        if rule.reviews(value):
            result.append(Suggestion(aid, "review_key", rule.review_text(name, value)))
    return result


def is_active(status: AccountStatus) -> bool:
    """Counts for the suggestions (archived and disqualified accounts do not)."""
    return status is not AccountStatus.ARCHIVED and status is not AccountStatus.DISQUALIFIED


class SuggestionRule:
    """What decides a suggestion, from four figures of the whole portfolio: the cap, the number
    of key accounts, and the weakest scores of the scored key and of the scored other active
    accounts. ``suggestions`` applies it to every account; the portfolio's first screen
    (``services.portfolio.build_first_screen``) to its leading rows, with the same figures."""

    def __init__(
        self, cap: int, key_count: int, weakest_key: float | None, weakest_other: float | None
    ) -> None:
        self.weakest_key = weakest_key
        self.weakest_other = weakest_other
        self.free = max(cap - key_count, 0)
        self._shown = _ScoreText(current_locale())
        self._promote = translate("Portfolio", "%1 scores %2: consider key status.")
        self._review = translate("Portfolio", "%1 scores %2, below every non-key account: review its status.")

    def promotes(self, value: float, position: int) -> bool:
        """A scored, active, non-key account with ``value``, ``position``-th (from 0) of them
        by score (best first; ties in the portfolio's order)."""
        return (self.weakest_key is not None and value > self.weakest_key) or position < self.free

    def reviews(self, value: float) -> bool:
        """A scored key account with ``value``."""
        return self.weakest_other is not None and value < self.weakest_other

    def promote_text(self, name: str, value: float) -> str:
        return fmt(self._promote, name, self._shown(value))

    def review_text(self, name: str, value: float) -> str:
        return fmt(self._review, name, self._shown(value))


class _ScoreText:
    """A score as the user's locale writes it, one decimal: '91.7' (en), '91,7' (it). Each value
    is formatted once: at 10,000 accounts some 3,500 are suggested for promotion, and formatting
    each through Babel cost ~0.1 s of the portfolio's start-up."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.done: dict[float, str] = {}

    def __call__(self, value: float) -> str:
        text = self.done.get(value)
        if text is None:
            text = self.done[value] = format_decimal(value, self.locale, 1)
        return text
