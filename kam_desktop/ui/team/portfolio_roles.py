"""Role coverage across the portfolio: key accounts x the 6 roles, counts per role (with the
method's usual gaps marked), and each team member's load so overload shows."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.coverage import USUAL_GAPS, Coverage, weakest_roles
from kam_desktop.i18n import fmt
from kam_desktop.services import team
from kam_desktop.services.team import PortfolioMatrix
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.tables import TableProxy
from kam_desktop.ui.common.widgets import EmptyState
from kam_desktop.ui.team import styles as st
from kam_desktop.ui.team.fluency import fit_height
from kam_desktop.ui.team.models import ACCOUNT_ID_ROLE, LoadModel, PortfolioMatrixModel

SECTION_STYLE = "font-size: 14px; font-weight: 600; margin-top: 8px;"


class PortfolioCoverage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: PortfolioMatrix | None = None
        self.summary = QLabel()
        self.summary.setObjectName("portfolio_coverage_summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 14px;")

        self.model = PortfolioMatrixModel(self)
        self.view = QTableView()
        self.view.setObjectName("portfolio_role_matrix")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.setStyleSheet(
            f"QTableView {{ gridline-color: {theme.hex_of('gridline')}; font-size: 13px; }}"
        )
        header = self.view.horizontalHeader()
        # widths from content (the translated role titles), the account names get the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumHeight(60)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        hint = QLabel(
            self.tr(
                "✔ Covered = a primary holder · ◐ Thin = backup only · ✖ Uncovered = nobody. "
                "★ = a role most companies leave open. Double-click an account to fix its team."
            )
        )
        hint.setStyleSheet(f"color: {theme.hex_of('text2')};")
        hint.setWordWrap(True)

        self.load_model = LoadModel(self)
        self.load_proxy = TableProxy(self)
        self.load_proxy.setSourceModel(self.load_model)
        self.load_view = QTableView()
        self.load_view.setObjectName("member_load")
        self.load_view.setModel(self.load_proxy)
        self.load_view.setSortingEnabled(True)
        self.load_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.load_view.verticalHeader().hide()
        self.load_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.load_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        load_header = self.load_view.horizontalHeader()
        load_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        load_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        load_header.resizeSection(0, 230)
        load_header.setStretchLastSection(True)
        self.load_summary = QLabel()
        self.load_summary.setObjectName("load_summary")
        self.load_summary.setTextFormat(Qt.TextFormat.RichText)
        self.load_summary.setWordWrap(True)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.view)
        column.addWidget(hint)
        title = QLabel(self.tr("Load per team member (key accounts)"))
        title.setStyleSheet(SECTION_STYLE)
        column.addWidget(title)
        column.addWidget(self.load_summary)
        column.addWidget(self.load_view, 1)
        self.empty = EmptyState(
            self.tr("No key accounts yet"),
            self.tr(
                "Role coverage is tracked for key accounts. Mark your most important customers as key "
                "in the Portfolio, then give their teams the 6 roles in each account's Team & roles tab."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def reload(self) -> None:
        data = team.portfolio_matrix(self.ctx.db)
        self.data = data
        self.model.set_matrix(data)
        self.load_model.set_rows(data.load)
        if not data.rows:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(0)
        fit_height(self.view, row_height=28)
        self.summary.setText(self._summary_html(data))
        self.load_summary.setText(self._load_html(data))

    def _summary_html(self, data: PortfolioMatrix) -> str:
        total = len(data.rows)
        missing = sum(r.gap_count for r in data.rows)
        uncovered = sum(1 for r in data.rows for c in r.roles if c.state is Coverage.UNCOVERED)
        head = fmt(
            self.tr("%1 key accounts: %2 role gaps (%3 uncovered)."), str(total), str(missing), str(uncovered)
        )
        usual = [
            fmt(
                self.tr("%1 lacks a primary on %2 of %3"),
                st.role_label(r),
                str(data.counts[r].gaps),
                str(total),
            )
            for r in USUAL_GAPS
            if data.counts[r].gaps
        ]
        lines = [f"<b>{escape(head)}</b>"]
        if usual:
            lines.append(
                f'<span style="color:{theme.hex_of("bad_chip")}">★ '
                + escape(self.tr("The usual gaps, as the method warns: "))
                + escape("; ".join(usual))
                + ".</span>"
            )
        worst = [r for r in weakest_roles(data.counts) if data.counts[r].gaps][:1]
        if worst:
            lines.append(escape(fmt(self.tr("Weakest role overall: %1."), st.role_label(worst[0]))))
        return "<br>".join(lines)

    def _load_html(self, data: PortfolioMatrix) -> str:
        over = [x for x in data.load if x.overloaded]
        free = [x for x in data.load if x.key_accounts == 0]
        parts = []
        if over:
            names = ", ".join(
                f"{escape(x.name)} ({x.key_accounts} " + (escape(self.tr("key accounts"))) + ", "
                f"{x.primary_roles} " + (escape(self.tr("primary roles"))) + ")"
                for x in over
            )
            parts.append(
                f'<span style="color:{theme.hex_of("bad")}"><b>⚠ '
                + (escape(self.tr("Overloaded:")))
                + f"</b> {names}</span>"
            )
        if free:
            names = ", ".join(escape(x.name) for x in free)
            parts.append((escape(self.tr("On no key account yet (free capacity):"))) + f" {names}")
        if not parts:
            parts.append(escape(self.tr("Nobody is overloaded.")))
        return "<br>".join(parts)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        account_id = index.data(ACCOUNT_ID_ROLE)
        if account_id is not None:
            self.ctx.open_account_requested.emit(int(account_id), "Team & roles")
