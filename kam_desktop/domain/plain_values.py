"""The account statuses and the identification factors as plain strings, for code that runs
before the domain's enums are imported: the portfolio's SQL read at start-up (in a thread, beside
Qt's start, where every Python import competes with the main thread's) and the main window's
first frame. ``domain.enums`` (AccountStatus, Factor: string enums with these values, so their
members find these strings in sets and dicts) and ``domain.scoring`` say the same; scoring builds
its weights from these, and a test compares the enums' orders with these."""

from __future__ import annotations

# AccountStatus's values, in its order
CANDIDATE, KEY, STANDARD, DISQUALIFIED, ARCHIVED = STATUSES = (
    "candidate",
    "key",
    "standard",
    "disqualified",
    "archived",
)

# Factor's values (the identification_assessment's columns), in method.md's order
FACTORS = (
    "current_revenue",
    "growth_potential",
    "renewal_likelihood",
    "win_now_grow_later",
    "relative_effort",
    "relationship_strength",
    "fit",
    "logo_attractiveness",
)
DEFAULT_WEIGHTS: dict[str, float] = {
    "current_revenue": 20.0,
    "growth_potential": 20.0,
    "renewal_likelihood": 10.0,
    "win_now_grow_later": 10.0,
    "relative_effort": 10.0,
    "relationship_strength": 10.0,
    "fit": 10.0,
    "logo_attractiveness": 10.0,
}
INVERTED = frozenset({"relative_effort"})  # more effort = less attractive: points from 5 - rating
