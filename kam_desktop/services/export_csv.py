"""CSV exports of the portfolio and of the actions, safe to open in a spreadsheet.

UTF-8 with a byte-order mark (so Excel reads accents right), comma-separated, CRLF line
ends, RFC 4180 quoting. Any text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is prefixed with ``'``: a spreadsheet would otherwise run it as a formula
(CSV injection, OWASP). Numbers are written plainly, with a dot as decimal separator.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import aliased

from kam_desktop.domain.enums import ActionStatus
from kam_desktop.domain.errors import ValidationError
from kam_desktop.i18n import fmt, translate
from kam_desktop.services import clock
from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from kam_desktop.store.output import check_output, write_output

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
WHAT = ("portfolio", "actions")


@dataclass(frozen=True)
class CsvSummary:
    path: Path
    rows: int


def neutralise(value: object) -> str:
    """A cell's text, with formula starters defused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float, Decimal)):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _write(
    out: Path, header: Sequence[str], rows: Iterable[Sequence[object]], protect: Iterable[Path] = ()
) -> tuple[Path, int]:
    """Through the guarded writer (temp file beside ``out``, then rename; owner-only)."""

    def write(fh: IO[str]) -> int:
        count = 0
        writer = csv.writer(fh, dialect="excel")
        writer.writerow(header)
        for row in rows:
            writer.writerow([neutralise(v) for v in row])
            count += 1
        return count

    return write_output(out, write, protect=protect, text=True, encoding="utf-8-sig", newline="")


PORTFOLIO_HEADER = (
    "Account",
    "Status",
    "Score",
    "Factors rated",
    "Industry",
    "Region",
    "Currency",
    "Current revenue",
    "Potential revenue",
    "Plan phase",
    "Next meeting",
    "Overdue actions",
    "Role gaps",
    "Beyond the cap",
)


def export_portfolio(db: Database, out: Path) -> CsvSummary:
    portfolio = load_portfolio(db)
    rows = (
        (
            r.name,
            r.status.label,
            r.score.value,
            r.score.rated,
            r.industry,
            r.region,
            r.currency,
            r.current_revenue,
            r.potential_revenue,
            r.plan_phase,
            r.next_meeting,
            r.overdue_actions,
            r.role_gaps,
            r.over_cap,
        )
        for r in portfolio.rows
    )
    return CsvSummary(*_write(Path(out), PORTFOLIO_HEADER, rows, [db.path]))


ACTIONS_HEADER = (
    "Account",
    "Action",
    "Status",
    "Owner",
    "Due",
    "Completed",
    "Overdue",
    "Objective",
    "Resources needed",
    "Internal",
)


def export_actions(db: Database, out: Path) -> CsvSummary:
    today = clock.today()
    owner = aliased(m.TeamMember)
    objective = aliased(m.Objective)
    stmt = (
        select(m.Account.name, m.Action, owner.name, objective.description)
        .join(m.AccountPlan, m.AccountPlan.id == m.Action.plan_id)
        .join(m.Account, m.Account.id == m.AccountPlan.account_id)
        .outerjoin(owner, owner.id == m.Action.owner_id)
        .outerjoin(objective, objective.id == m.Action.objective_id)
        .where(m.Action.deleted_at.is_(None), m.Account.deleted_at.is_(None))
        .order_by(m.Account.name, m.Action.due_date.is_(None), m.Action.due_date, m.Action.id)
    )
    with db.reading() as session:
        result = session.execute(stmt).all()
        rows = []
        for account_name, action, owner_name, objective_text in result:
            status = ActionStatus(action.status)
            overdue = bool(status.is_open and action.due_date is not None and action.due_date < today)
            rows.append(
                (
                    account_name,
                    action.title,
                    status.label,
                    owner_name or "",
                    action.due_date,
                    action.completed_on,
                    overdue,
                    objective_text or "",
                    action.resources_needed,
                    action.internal,
                )
            )
    return CsvSummary(*_write(Path(out), ACTIONS_HEADER, rows, [db.path]))


def export_csv(db: Database, what: str, out: Path) -> CsvSummary:
    check_output(out, protect=[db.path])  # refused before any work
    if what == "portfolio":
        return export_portfolio(db, out)
    if what == "actions":
        return export_actions(db, out)
    raise ValidationError(fmt(translate("Errors", "Choose what to export: %1 or %2."), *WHAT), field="what")
