"""The fluency matrix: team members x the 5 areas they must be able to talk about (latest rating),
weak areas highlighted; an edit records a NEW dated rating, and the history is shown beside it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.coverage import WEAK_RATING, team_unrated_areas, team_weak_areas
from kam_desktop.domain.enums import FluencyArea
from kam_desktop.i18n import fmt
from kam_desktop.services import team
from kam_desktop.services.team import FluencyRow
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.errors import attempt
from kam_desktop.ui.common.table_model import SORT_ROLE
from kam_desktop.ui.common.tables import TableProxy
from kam_desktop.ui.team.models import MEMBER_ID_ROLE, FluencyModel, HistoryModel

Index = QModelIndex | QPersistentModelIndex


class RatingDelegate(QStyledItemDelegate):
    """A 1-5 spin box editor."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(1, 5)
        box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return box


def fit_height(view: QTableView, row_height: int = 28, min_rows: int = 1) -> None:
    """Make a short table exactly as tall as its rows, so a matrix never scrolls inside itself."""
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.verticalHeader().setMinimumSectionSize(row_height)
    rows = max(view.model().rowCount() if view.model() is not None else 0, min_rows)
    hh = view.horizontalHeader()
    header = max(hh.sizeHint().height(), hh.minimumHeight())
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFixedHeight(header + rows * row_height + 2 * view.frameWidth() + 2)


class FluencyPanel(QWidget):
    """Used in the Team section (everyone, with history) and in an account's Team & roles tab."""

    rated = Signal()

    def __init__(
        self,
        ctx: AppContext,
        *,
        with_history: bool = False,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.compact = compact
        self.model = FluencyModel(self)
        self.model.rating_entered.connect(self._on_model_rating_entered)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setObjectName("fluency_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setItemDelegate(RatingDelegate(self.view))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # widths from content: the (two-line, translated) area titles and the names set them
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = QLabel()
        self.summary.setObjectName("fluency_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)  # below: its changing height never moves the table's rows
        self.history_model: HistoryModel | None = None
        self.history_title = QLabel()
        self.history_title.setTextFormat(Qt.TextFormat.PlainText)
        if with_history:
            self.history_model = HistoryModel(self)
            history_proxy = TableProxy(self)
            history_proxy.setSourceModel(self.history_model)
            self.history_view = QTableView()
            self.history_view.setObjectName("fluency_history")
            self.history_view.setModel(history_proxy)
            self.history_view.setSortingEnabled(True)
            self.history_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
            self.history_view.verticalHeader().hide()
            history_header = self.history_view.horizontalHeader()
            history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            history_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            layout.addWidget(self.history_title)
            layout.addWidget(self.history_view, 1)
            self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
            self.history_title.setText(self.tr("Select a team member to see every rating they were given."))

    def set_rows(self, rows: tuple[FluencyRow, ...]) -> None:
        current = self._current_member()
        self.model.set_rows(rows)
        if self.compact:
            fit_height(self.view, row_height=28, min_rows=1)
        latest = [r.latest for r in rows]
        weak, unrated = team_weak_areas(latest), team_unrated_areas(latest)
        parts = []
        if weak:
            names = ", ".join(f"<b>{escape(a.label)}</b>" for a in weak)
            parts.append(
                fmt(
                    self.tr(
                        '<span style="color:%3">⚠ Weak areas for this team</span> (nobody rated above %1): %2'
                    ),
                    str(WEAK_RATING),
                    names,
                    theme.hex_of("bad"),
                )
            )
        if unrated:
            names = ", ".join(f"<b>{escape(a.label)}</b>" for a in unrated)
            parts.append(
                fmt(
                    self.tr('<span style="color:%2">Not rated yet</span> (nobody on the team): %1'),
                    names,
                    theme.hex_of("text2"),
                )
            )
        if not rows:
            self.summary.setText(self.tr("No team members to rate yet."))
        elif parts:
            self.summary.setText("<br>".join(parts))
        else:
            self.summary.setText(
                fmt(
                    self.tr(
                        "✔ Someone on the team is fluent (above %1) in every area. Cells marked ⚠ are weak "
                        "for that person."
                    ),
                    str(WEAK_RATING),
                )
            )
        if current is not None:
            self.select_member(current)

    def _current_member(self) -> int | None:
        index = self.view.currentIndex()
        value = index.data(MEMBER_ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def select_member(self, member_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(MEMBER_ID_ROLE) == member_id:
                self.view.setCurrentIndex(index)
                self._show_history(member_id)
                return

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(MEMBER_ID_ROLE) if current.isValid() else None
        if value is not None:
            self._show_history(int(value))

    def _show_history(self, member_id: int) -> None:
        if self.history_model is None:
            return
        history = attempt(self, team.fluency_history, self.ctx.db, member_id) or ()
        self.history_model.set_rows(history)
        name = next((r.name for r in self.model.rows if r.member_id == member_id), "")
        self.history_title.setText(
            fmt(
                self.tr("Rating history of %1 (%2 ratings; the newest per area counts)"),
                name,
                str(len(history)),
            )
        )

    def _on_model_rating_entered(self, member_id: int, area: str, rating: int) -> None:
        if attempt(self, team.rate_fluency, self.ctx.db, member_id, {FluencyArea(area): rating}) is not None:
            self.rated.emit()
            self.ctx.notify(Topic.TEAM)
