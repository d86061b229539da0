"""The portfolio table: one PortfolioRow per account; a proxy filters by text and status
over the loaded rows (no query per keystroke); the model itself sorts by each column's key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QBrush

from kam_desktop.domain.plain_values import ARCHIVED, CANDIDATE, DISQUALIFIED, KEY, STANDARD, STATUSES
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.ui.common import locale_format, theme
from kam_desktop.ui.common.locale_format import date_text
from kam_desktop.ui.common.tables import Column, RowTableModel, TableProxy

if TYPE_CHECKING:  # (the rows' module is imported with the first rows, after the first frame)
    from decimal import Decimal

    from kam_desktop.services.portfolio_rows import PortfolioRow

# The account statuses by their values (``domain.enums.AccountStatus`` is a string enum, so its
# members find these keys): the first frame's modules do not import the domain's enums - 22
# classes, ~4 ms - nor anything else it does not show.
STATUS_COLOURS: dict[str, str] = {
    KEY: "accent",  # theme roles (ui/common/theme.py)
    CANDIDATE: "status_candidate",
    STANDARD: "muted",
    DISQUALIFIED: "bad",
    ARCHIVED: "status_archived",
}


def money(value: Decimal, currency: str = "") -> str:
    return locale_format.short_money(value, currency)


def _status_text(r: PortfolioRow) -> str:
    if r.over_cap:
        return fmt(translate("PortfolioModel", "%1 (over the cap)"), r.status.label)
    return r.status.label


def _status_fg(r: PortfolioRow) -> QBrush:
    return QBrush(theme.color("bad" if r.over_cap else STATUS_COLOURS[r.status]))


def _name_tip(r: PortfolioRow) -> str:
    parts = [r.name, f"{r.industry} · {r.region}".strip(" ·")]
    if r.suggestion:
        parts.append("★ " + r.suggestion)
    return "\n".join(p for p in parts if p)


def _meeting_tip(r: PortfolioRow) -> str:
    if r.next_meeting:
        return translate("PortfolioModel", "Double-click to prepare this meeting")
    return translate("PortfolioModel", "No upcoming meeting")


def _gap_tip(r: PortfolioRow) -> str:
    gap = translate("PortfolioModel", "Potential minus current revenue: %1")
    return fmt(gap, locale_format.money_text(r.revenue_gap, r.currency))


_STATUS_RANK = {status: rank for rank, status in enumerate(STATUSES)}  # the enum's declaration order


def _score_sort(r: PortfolioRow) -> float | None:
    return r.score.value  # None (not rated) sorts last either way


COLUMNS: tuple[Column[PortfolioRow], ...] = (
    Column(
        "name",
        QT_TRANSLATE_NOOP("Column", "Account"),
        lambda r: ("★ " if r.suggestion else "") + r.name,
        sort=lambda r: r.name.casefold(),
        tooltip=_name_tip,
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("Column", "Status"),
        _status_text,
        sort=lambda r: (_STATUS_RANK[r.status], r.over_cap),
        foreground=_status_fg,
    ),
    Column(
        "score",
        QT_TRANSLATE_NOOP("Column", "Score"),
        lambda r: locale_format.score_text(r.score.value),
        sort=_score_sort,
        value=_score_sort,
        align_right=True,
        tooltip=lambda r: fmt(
            translate("Column", "Score %1; rests on %2 of 8 factors"),
            locale_format.score_text(r.score.value),
            r.score.rated,
        ),
    ),
    Column(
        "industry",
        QT_TRANSLATE_NOOP("Column", "Industry"),
        lambda r: r.industry,
        sort=lambda r: r.industry.casefold(),
    ),
    Column(
        "region",
        QT_TRANSLATE_NOOP("Column", "Region"),
        lambda r: r.region,
        sort=lambda r: r.region.casefold(),
    ),
    Column(
        "revenue",
        QT_TRANSLATE_NOOP("Column", "Revenue"),
        lambda r: money(r.current_revenue),
        sort=lambda r: float(r.current_revenue),
        align_right=True,
        tooltip=lambda r: locale_format.money_text(r.current_revenue, r.currency),
    ),
    Column(
        "potential",
        QT_TRANSLATE_NOOP("Column", "Potential"),
        lambda r: money(r.potential_revenue),
        sort=lambda r: float(r.potential_revenue),
        align_right=True,
        tooltip=lambda r: locale_format.money_text(r.potential_revenue, r.currency),
    ),
    Column(
        "gap",
        QT_TRANSLATE_NOOP("Column", "Revenue gap"),
        lambda r: money(r.revenue_gap),
        sort=lambda r: float(r.revenue_gap),
        align_right=True,
        tooltip=_gap_tip,
    ),
    Column(
        "phase",
        QT_TRANSLATE_NOOP("Column", "Plan phase"),
        lambda r: r.plan_phase,
        sort=lambda r: r.plan_phase_index,
    ),
    Column(
        "meeting",
        QT_TRANSLATE_NOOP("Column", "Next meeting"),
        lambda r: date_text(r.next_meeting) if r.next_meeting else "—",
        sort=lambda r: r.next_meeting,
        tooltip=_meeting_tip,
    ),
    Column(
        "overdue",
        QT_TRANSLATE_NOOP("Column", "Overdue actions"),
        lambda r: str(r.overdue_actions) if r.overdue_actions else "—",
        sort=lambda r: r.overdue_actions,
        align_right=True,
        foreground=lambda r: QBrush(theme.color("bad")) if r.overdue_actions else None,
    ),
    Column(
        "gaps",
        QT_TRANSLATE_NOOP("Column", "Role gaps"),
        lambda r: str(r.role_gaps) if r.status == KEY else "",
        sort=lambda r: r.role_gaps,
        align_right=True,
        tooltip=lambda r: (
            fmt(translate("Column", "%1 of the 6 roles have no primary holder"), r.role_gaps)
            if r.status == KEY
            else ""
        ),
        foreground=lambda r: QBrush(theme.color("bad")) if r.role_gaps >= 3 else None,
    ),
)


class PortfolioModel(RowTableModel["PortfolioRow"]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)


def _haystack(r: PortfolioRow) -> str:
    return f"{r.name}\n{r.industry}\n{r.region}"


class PortfolioFilterProxy(TableProxy):
    """Case-insensitive text filter on name, industry and region, plus a status filter. The
    source model sorts; this proxy only filters (flags computed once per change)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, haystack=_haystack)
        self._statuses: frozenset[str] | None = None

    def set_statuses(self, statuses: frozenset[str] | None) -> None:
        """Only rows of these statuses (AccountStatus values; None: every row)."""
        self._statuses = statuses
        self.set_row_filter(None if statuses is None else (lambda r: r.status in statuses))
