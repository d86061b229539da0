"""Review tab: KPIs with measurements and trends, recording a review, and the plan's history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import Phase
from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt
from kam_desktop.ui.account.review.panels import HistoryPanel, KpiPanel, ReviewForm
from kam_desktop.ui.account.shared.actions_common import hint_label
from kam_desktop.ui.account.shared.phase_tab import PhaseTab
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.locale_format import date_text


class Tab(PhaseTab):
    phase = Phase.REVIEW
    wizard_label = QT_TRANSLATE_NOOP("PhaseTab", "Review wizard…")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kpis = KpiPanel(ctx)
        self.form = ReviewForm(ctx)
        self.history = HistoryPanel(ctx)
        self.record_button = QPushButton(self.tr("Record this review"))
        self.record_button.setObjectName("btn_record_review")
        self.record_button.clicked.connect(self.record)
        self.recorded = hint_label()
        record_page = QWidget()
        col = QVBoxLayout(record_page)
        col.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addWidget(self.recorded, 1)
        col.addLayout(row)
        col.addStretch(1)
        self.inner = QTabWidget()
        self.inner.setObjectName("review_inner")
        self.inner.addTab(self.history, self.tr("History"))
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(record_page)
        self.inner.addTab(scroller, self.tr("Record a review"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.kpis)
        split.addWidget(self.inner)
        split.setSizes([330, 420])
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.kpis.changed.connect(self.refresh)

    def load(self, account_id: int, plan_id: int) -> None:
        for panel in (self.kpis, self.form, self.history):
            panel.set_plan(account_id, plan_id)

    def record(self) -> None:
        try:
            review = self.form.record()
        except DomainError:
            return
        self.recorded.setText(
            fmt(
                self.tr("Recorded the review of %1 (%n new action(s)).", "", len(review.actions)),
                date_text(review.held_on),
            )
        )
        self.refresh()
        self.inner.setCurrentWidget(self.history)
        self.ctx.notify(Topic.PLAN, Topic.ACCOUNTS)
