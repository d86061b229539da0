"""The portfolio's SQL and its raw read, free of SQLAlchemy, and the read begun early.

``read_raw`` runs the portfolio's statements on a DB-API cursor: the key-account cap and the
factor weights (plain SQL, so the ORM models are not needed for a load) and one row per live
account. ``services.portfolio.load_portfolio`` builds the read model from that.

The read begun early: at process start, beside SQLite's start-up check and before Qt is
imported, the app starts ``start_early_read(path)`` in a thread; SQLite's own work holds no
Python lock, so it runs beside Qt's start. ``take_early_read`` hands the result over only if it
is the plain case and nothing changed: the file had no ``-wal`` and no ``-journal`` when the
read began and still has none (any write, ours included, goes through a ``-wal``), it is the
same file with the same size and modification time, its schema is the one this version opens,
and the day is the same. Its taker is ``services.portfolio_early`` (the rows shown before the
store is opened) or else the first load through the store; otherwise the load reads again
through the store, as it always did.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kam_desktop.domain import plain_values
from kam_desktop.store import busy, integrity
from kam_desktop.store.schema_version import HEAD_REVISION

_FACTOR_COLUMNS = ", ".join(f"la.{column}" for column in plain_values.FACTORS)  # (Factor's values)

# One row per live account. Each per-account figure is a correlated subquery answered from an
# index (latest assessment and latest plan by (account_id, date) then id, the next meeting by
# (account_id, on_date), ...): no CTE is materialised and no automatic index is built per run.
PORTFOLIO_SQL = f"""
SELECT a.id, a.name, a.industry, a.region, a.status, a.current_revenue_cents,
       a.potential_revenue_cents, a.currency,
       {_FACTOR_COLUMNS},
       CASE WHEN lp.id IS NOT NULL THEN 1 END AS has_plan,
       (SELECT GROUP_CONCAT(pp.phase || ':' || pp.status) FROM plan_phase pp
         WHERE pp.plan_id = lp.id) AS phases,
       (SELECT MIN(i.on_date || printf('%010d', i.id)) FROM interaction i
         WHERE i.account_id = a.id AND i.on_date >= :today AND i.deleted_at IS NULL) AS next_meeting_key,
       (SELECT COUNT(*) FROM account_plan p JOIN action x ON x.plan_id = p.id
         WHERE p.account_id = a.id AND x.status IN ('planned', 'in_progress', 'blocked')
           AND x.due_date < :today AND x.deleted_at IS NULL) AS overdue,
       (SELECT COUNT(DISTINCT ra.role) FROM role_assignment ra JOIN team_member tm ON tm.id = ra.team_member_id
         WHERE ra.account_id = a.id AND ra.strength = 'primary' AND tm.archived_at IS NULL) AS primary_roles,
       (SELECT MAX(c.changed_at) FROM account_status_change c
         WHERE c.account_id = a.id AND c.to_status = 'key') AS promoted_at
FROM account a
LEFT JOIN identification_assessment la ON la.id = (
    SELECT ia.id FROM identification_assessment ia WHERE ia.account_id = a.id
    ORDER BY ia.assessed_on DESC, ia.id DESC LIMIT 1)
LEFT JOIN account_plan lp ON lp.id = (
    SELECT p.id FROM account_plan p WHERE p.account_id = a.id
    ORDER BY p.period_start DESC, p.id DESC LIMIT 1)
WHERE a.deleted_at IS NULL
ORDER BY a.name
"""


@dataclass(frozen=True)
class RawPortfolio:
    """What the statements returned: the cap (None: the settings row is missing), the stored
    factor weights as (factor, weight) pairs, and the account rows (see PORTFOLIO_SQL)."""

    cap: int | None
    weights: tuple[tuple[str, float], ...]
    rows: list[Any]


def read_settings(cursor: Any) -> tuple[int | None, tuple[tuple[str, float], ...]]:
    """The key-account cap (None: the settings row is missing) and the stored factor weights."""
    found = cursor.execute("SELECT key_account_cap FROM program_settings WHERE id = 1").fetchone()
    weights = tuple(cursor.execute("SELECT factor, weight FROM factor_weight").fetchall())
    return (None if found is None else int(found[0])), weights


def read_raw(cursor: Any, today: str) -> RawPortfolio:
    cap, weights = read_settings(cursor)
    rows = cursor.execute(PORTFOLIO_SQL, {"today": today}).fetchall()
    return RawPortfolio(cap, weights, rows)


# --- the read begun early ---------------------------------------------------------------------


# The first screen: this many rows (more than the tallest screen shows) of the portfolio in the
# order it first appears in, best score first, are shown before the rest are fetched and made.
FIRST_SCREEN = 150


@dataclass(frozen=True)
class FirstScreen:
    """What the early read's thread found for the portfolio's first screen (see
    ``_first_screen``), all from the statement's rows: ``rows``, every row whose score rounds to
    at least the ``n``-th best one's (and a few just below that: the taker scores them exactly
    and drops those), in the statement's order, each with its position in it
    (``positions``); ``total`` rows in all; the key accounts' positions and promotion moments
    (the cap's order); and the ratings of every row whose score could be the weakest of the key
    accounts or of the other active ones (the suggestions' thresholds, scored by the taker)."""

    n: int  # the screen's rows (FIRST_SCREEN when read)
    least: float  # every row scoring at least this before rounding is in ``rows``
    rows: list[Any]
    positions: list[int]
    total: int
    keys: list[tuple[int, Any]]
    lowest: list[Any]


@dataclass(frozen=True)
class _Found:
    """The first screen as the early read's thread left it: its figures, its rows still in
    temporary tables of the connection (``early_first``, ``early_keys``, ``early_lowest``)."""

    n: int
    least: float
    total: int


@dataclass
class Prepared:
    """What the early read's thread prepared: the cap, the weights, the rows waiting in a
    temporary table of its connection (fetched by ``fetch``, on the thread that takes them) and
    the first screen's (fetched by ``first_screen``, likewise; ``found`` None: fewer scored rows
    than a screen, or not found)."""

    conn: sqlite3.Connection
    cap: int | None
    weights: tuple[tuple[str, float], ...]
    found: _Found | None = None

    def first_screen(self) -> FirstScreen | None:
        """The first screen's rows, fetched now (a few hundred rows: fetched by the thread,
        beside Qt's start, they handed Python's lock back and forth once per row, and the
        thread finished up to 50 ms later at 10,000 accounts)."""
        found = self.found
        if found is None:
            return None
        rows = self.conn.execute("SELECT * FROM temp.early_first ORDER BY pos").fetchall()
        keys = self.conn.execute("SELECT pos, promoted_at FROM temp.early_keys ORDER BY pos").fetchall()
        lowest = self.conn.execute("SELECT * FROM temp.early_lowest ORDER BY rowid").fetchall()
        return FirstScreen(
            found.n,
            found.least,
            [row[1:] for row in rows],
            [row[0] - 1 for row in rows],
            found.total,
            [(pos - 1, promoted) for pos, promoted in keys],
            lowest,
        )

    def fetch(self) -> RawPortfolio:
        """Every row (the connection is closed after)."""
        try:
            rows = self.conn.execute("SELECT * FROM temp.early_rows ORDER BY rowid").fetchall()
        finally:
            self.conn.close()
        return RawPortfolio(self.cap, self.weights, rows)

    def drop(self) -> None:
        self.conn.close()


@dataclass
class _EarlyRead:
    signature: tuple[int, ...]
    today: str
    thread: threading.Thread
    result: list[Prepared] = field(default_factory=list)


_EARLY: dict[tuple[int, int], _EarlyRead] = {}
_LOCK = threading.Lock()


def _read_file(path: Path, today: str) -> Prepared | None:
    """The portfolio's statements on ``path`` (read-only, immutable), their rows left in a
    temporary table (in memory): SQLite makes them in one step, without Python's lock. Fetched
    here row by row, beside Qt's start, the rows passed that lock back and forth once per row
    (SQLite steps without it, each tuple is made with it): at 10,000 accounts that delayed the
    main window's first frame by ~0.1 s. They are fetched when taken, after that frame, in
    ~40 ms at 10,000 with no other thread waiting for the lock."""
    conn = sqlite3.connect(
        integrity.read_only_uri(path), uri=True, timeout=busy.busy_seconds(), check_same_thread=False
    )
    try:
        found = conn.execute(
            "SELECT version_num FROM alembic_version WHERE version_num = ?", (HEAD_REVISION,)
        ).fetchone()
        if found is None:  # not (yet) the schema this version reads: the store migrates first
            conn.close()
            return None
        cap, weights = read_settings(conn.cursor())
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"CREATE TEMP TABLE early_rows AS {PORTFOLIO_SQL}", {"today": today})
        found = _first_screen(conn, weights, FIRST_SCREEN)
    except BaseException:
        conn.close()
        raise
    return Prepared(conn, cap, weights, found)


def _score_sql(weights: tuple[tuple[str, float], ...]) -> tuple[str, dict[str, float]]:
    """An SQL expression of a row's score before rounding (NULL: not scored), as
    ``domain.scoring.Scorer`` sums it (the same weighted points, in the factors' order), and its
    parameters. Only used to find the first screen's rows: the taker scores them in Python.
    (From the plain values: importing the scorer here - Babel, the enums - competed with Qt's
    start for Python's lock and held this read back by 30-45 ms.)"""
    stored = dict(weights)
    total: list[str] = []
    weight: list[str] = []
    params: dict[str, float] = {}
    for i, column in enumerate(plain_values.FACTORS):
        params[f"w{i}"] = float(stored.get(column, plain_values.DEFAULT_WEIGHTS[column]))
        raw = f"(5 - {column})" if column in plain_values.INVERTED else f"({column} - 1)"
        total.append(f"CASE WHEN {column} IS NULL THEN 0.0 ELSE :w{i} * ({raw} / 4.0 * 100.0) END")
        weight.append(f"CASE WHEN {column} IS NULL THEN 0.0 ELSE :w{i} END")
    return f"(({' + '.join(total)}) / NULLIF({' + '.join(weight)}, 0.0))", params


def _first_screen(conn: sqlite3.Connection, weights: tuple[tuple[str, float], ...], n: int) -> _Found | None:
    """The rows of the portfolio's first screen, found by SQLite beside Qt's start: the
    portfolio opens ordered by score (best first, ties in the statement's order), so they are
    every row whose score rounds to at least the ``n``-th best one's. A score rounds up from
    half a tenth below, so every row scoring at least that much less a margin is taken (the
    margin covers the last bits of the floating-point sums); the taker scores them exactly and
    keeps those that round to at least the ``n``-th's. None when fewer than ``n`` rows are
    scored (the unscored ones, last in that order, would be on it). The rows are left in
    temporary tables for the taker (``Prepared.first_screen``)."""
    from decimal import ROUND_HALF_UP, Decimal

    score, params = _score_sql(weights)
    conn.execute(
        f"CREATE TEMP TABLE early_scores AS SELECT rowid AS pos, {score} AS u, status, promoted_at FROM temp.early_rows",
        params,
    )
    found = conn.execute(
        "SELECT u FROM temp.early_scores WHERE u IS NOT NULL ORDER BY u DESC LIMIT 1 OFFSET ?", (n - 1,)
    ).fetchone()
    if found is None:
        return None
    nth = Decimal(found[0]).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    least = float(nth) - 0.05 - 1e-6
    key, out = plain_values.KEY, (plain_values.ARCHIVED, plain_values.DISQUALIFIED)
    total, weakest_key, weakest_other = conn.execute(
        "SELECT COUNT(*), MIN(CASE WHEN status = ? THEN u END), "
        "MIN(CASE WHEN status NOT IN (?, ?, ?) THEN u END) FROM temp.early_scores",
        (key, key, *out),
    ).fetchone()
    conn.execute(  # (the rows are left in temporary tables: fetched by the taker, Prepared.first_screen)
        "CREATE TEMP TABLE early_first AS SELECT s.pos, r.* FROM temp.early_rows r "
        "JOIN temp.early_scores s ON s.pos = r.rowid WHERE s.u >= ?",
        (least,),
    )
    conn.execute(
        "CREATE TEMP TABLE early_keys AS SELECT pos, promoted_at FROM temp.early_scores WHERE status = ?",
        (key,),
    )
    conn.execute(
        "CREATE TEMP TABLE early_lowest AS SELECT r.* FROM temp.early_rows r JOIN temp.early_scores s "
        "ON s.pos = r.rowid WHERE (s.status = ? AND s.u <= ?) OR (s.status NOT IN (?, ?, ?) AND s.u <= ?) "
        "ORDER BY s.pos",
        (key, _above(weakest_key), key, *out, _above(weakest_other)),
    )
    return _Found(n, least, int(total))


def _above(weakest: float | None) -> float:
    """A bound just above the weakest score before rounding (-1: none), with the same margin."""
    return -1.0 if weakest is None else weakest + 1e-6


def start_early_read(path: Path, today: str) -> None:
    """Begin reading the portfolio of ``path`` as it is on ``today`` (ISO date) in a thread;
    nothing unless it is the plain case (see the module's text)."""
    signature = integrity.plain_signature(path)
    if signature is None:
        return
    result: list[Prepared] = []

    def run() -> None:
        # Only SQLite's work here, which holds no Python lock; the rows are fetched and the read
        # model made by the taker, after the first frame (made here, it slowed Qt's start).
        with contextlib.suppress(Exception):  # (any failure: the load reads through the store)
            prepared = _read_file(path, today)
            if prepared is not None:
                result.append(prepared)

    early = _EarlyRead(signature, today, threading.Thread(target=run, name="early-read", daemon=True), result)
    with _LOCK:
        _EARLY[(signature[0], signature[1])] = early
    early.thread.start()


def take_early_read(path: Path, today: str) -> RawPortfolio | None:
    """The early read of ``path`` if there is one for this very file, unchanged, and ``today``;
    else None (and it is dropped either way: only the first load can use it)."""
    prepared = take_early(path, today)
    if prepared is None:
        return None
    try:
        return prepared.fetch()
    except sqlite3.Error:  # (the load reads through the store)
        return None


def take_early(path: Path, today: str) -> Prepared | None:
    """``take_early_read`` before the rows are fetched: its first screen can be shown first
    (``fetch`` then gives every row, or raises sqlite3.Error; ``drop`` if not wanted)."""
    signature = integrity.plain_signature(path)
    if signature is None:
        return None
    with _LOCK:
        early = _EARLY.pop((signature[0], signature[1]), None)
    if early is None or early.signature != signature or early.today != today:
        return None  # (its connection, read-only, is closed when the thread's result is freed)
    early.thread.join()
    if integrity.plain_signature(path) != early.signature:
        for prepared in early.result:
            prepared.drop()
        return None
    if not early.result:
        return None
    return early.result[0]
