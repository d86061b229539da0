"""The portfolio shown before the store is opened, when that is safe (no SQLAlchemy here).

At start-up the app begins two reads in threads before Qt is even imported: SQLite's start-up
check (``store.integrity.start_check_before_open``) and the portfolio's statements
(``services.portfolio_sql.start_early_read``). Once the main window's first frame is painted,
``early_view`` makes the read model from that read - and the window shows it - only in the
plain case, the one in which opening the store would open the file as it is and load the very
same rows:

- the file is a regular, non-empty file with no ``-wal`` and no ``-journal`` (so there is no
  unclean shutdown to check thoroughly, no foreign ``-wal``, no journal to roll back, and no
  interrupted restore to finish: that is only finished where the database file is missing);
- the start-up check ran on this very file state and passed;
- what the open decides from the file's facts (``store.opening.decide``) is to open it as it
  is: its schema is the one this version reads (no migration, hence no pre-migration backup
  to make first), it is KAM Desktop's, not newer, not in use;
- the early read ran on this very file state (same file, size and times before and after)
  and the settings row is there;
- the file is still exactly as it was when all that began.

The portfolio opens ordered by score, best first. When it has more scored accounts than a
screen shows (``portfolio_sql.FIRST_SCREEN``), the early read's thread also finds the rows that
lead that order (SQLite's work, beside Qt's start), and ``early_view`` makes only those first
(``services.portfolio.build_first_screen``: each row as the whole read model has it), so the
window shows them as soon as it can; ``EarlyView.rest`` then fetches and makes every row, which
replace them a moment later with the same rows at the top. At 10,000 accounts that is most of
the start-up's Python work (fetching 10,000 rows, scoring them, their suggestions, their row
objects), done after the first rows are on screen rather than before.

Otherwise nothing is shown early and start-up goes on as before (the store is opened, then
the rows are read through it). After the store is opened, ``still_current`` says whether the
rows shown are those of the file as opened; if not, they are read again through the store. If
the opening fails (the file was locked or damaged meanwhile), the app withdraws the rows
before it reports why.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kam_desktop.services.portfolio import build_first_screen, build_portfolio
from kam_desktop.services.portfolio_rows import Portfolio
from kam_desktop.services.portfolio_sql import take_early
from kam_desktop.store import integrity, opening


@dataclass(frozen=True)
class EarlyView:
    """``portfolio``: every row, or only the first screen (``Portfolio.first_screen_of``), in
    which case ``rest()`` gives every row (None: they could not be read; the store reads them)."""

    portfolio: Portfolio
    signature: tuple[int, ...]  # the file's state the rows were read from (plain_signature)
    today: str
    rest: Callable[[], Portfolio | None] | None = None


def early_view(path: Path, today: str) -> EarlyView | None:
    """The portfolio of ``path`` from the read begun at start-up, if it is the plain case (see
    the module's text); else None. Waits for the early check and read if still running."""
    path = Path(path).expanduser().resolve()
    signature = integrity.plain_signature(path)
    if signature is None:
        return None
    check = integrity.early_check(path)
    if check is None or not check.ok:
        return None  # damage is found and reported by the open, as before
    facts = opening.inspect(path, check=False)  # (the check's result is the one above)
    if opening.decide(facts) not in (opening.Verdict.OPEN, opening.Verdict.OPEN_READ_ONLY):
        return None
    prepared = take_early(path, today)
    if prepared is None:
        return None
    cap = prepared.cap
    if cap is None or integrity.plain_signature(path) != signature:
        prepared.drop()
        return None
    try:
        screen = prepared.first_screen()
    except sqlite3.Error:  # (the load reads through the store)
        prepared.drop()
        return None
    first = None if screen is None else build_first_screen(screen, cap, prepared.weights)
    if first is not None:  # the first screen now, every row after it is painted

        def rest() -> Portfolio | None:
            try:
                return build_portfolio(prepared.fetch(), cap)
            except sqlite3.Error:
                return None

        return EarlyView(first, signature, today, rest)
    try:
        raw = prepared.fetch()
    except sqlite3.Error:  # (the load reads through the store)
        return None
    return EarlyView(build_portfolio(raw, cap), signature, today)


def still_current(view: EarlyView, path: Path, today: str) -> bool:
    """Are the rows of ``view`` those of ``path`` as it is now (just opened), on ``today``?
    Opening the store writes nothing to the file itself (the session record is a file of its
    own), so in the plain case its state is still the one that was read; the -wal that the
    store's connections (and a large file's background check) make is empty until something
    is written. (Compared with the plain signature, that -wal withdrew the rows of every file
    above 32 MiB and read them again: the table emptied for half a second at 10,000.)"""
    return view.today == today and integrity.plain_signature(Path(path), empty_wal_ok=True) == view.signature
