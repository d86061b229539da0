"""Panels of execution: opportunities with the pipeline (by stage, by growth topic), the
interactions log with next steps -> actions, and competitor neutralisation."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import CounterStatus, OpportunityStage, ThreatLevel
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt
from kam_desktop.services import execution as ex
from kam_desktop.ui.account.action_plan.panels import PlanPanel
from kam_desktop.ui.account.execution.dialogs import (
    CounterDialog,
    InteractionDialog,
    NextStepDialog,
    OpportunityDialog,
)
from kam_desktop.ui.account.shared.actions_common import (
    Column,
    EnumCombo,
    RowTableModel,
    date_sort,
    date_text,
    hint_label,
    make_table,
    money_text,
    select_id,
    selected_row,
)
from kam_desktop.ui.common import theme, undo
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.errors import attempt
from kam_desktop.ui.common.undo_bar import UndoBar

STAGE_COLOURS = {
    "identified": "stage_identified",
    "qualified": "stage_qualified",
    "proposed": "stage_proposed",
    "won": "stage_won",
    "lost": "stage_lost",
}
TOPIC_COLOURS = {
    "penetration": "topic_penetration",
    "expansion": "topic_expansion",
    "protection": "topic_protection",
}


INTERACTION_TOPICS = (Topic.INTERACTIONS, Topic.PLAN)


class PipelineBars(QWidget):
    """Horizontal bars: value by stage, and live value by growth topic."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipeline_bars")
        self.pipeline: ex.Pipeline | None = None
        self.currency = ""
        self.setMinimumHeight(190)

    def sizeHint(self) -> QSize:
        return QSize(max(420, self.minimumSizeHint().width()), 200)

    def minimumSizeHint(self) -> QSize:
        """Room for every label, a short bar and every value: nothing is cut when squeezed."""
        titles = [title for title, _rows, _colours in self.groups()]
        bold = QFont(self.font())
        bold.setBold(True)
        title_w = max((QFontMetrics(bold).horizontalAdvance(t) + 8 for t in titles), default=0)
        return QSize(max(title_w, self.label_width() + 60 + self.value_width()), 190)

    def set_pipeline(self, pipeline: ex.Pipeline, currency: str) -> None:
        self.pipeline, self.currency = pipeline, currency
        self.updateGeometry()
        self.update()

    def value_text(self, row: ex.PipelineRow) -> str:
        return f"{money_text(row.value)} {self.currency}"

    def value_width(self) -> int:
        metrics = self.fontMetrics()
        values = [self.value_text(r) for _t, rows, _c in self.groups() for r in rows]
        return max([60, *(metrics.horizontalAdvance(text) + 6 for text in values)])

    def groups(self) -> tuple[tuple[str, tuple[ex.PipelineRow, ...], dict[str, str]], ...]:
        """The two groups drawn: (title, rows, colour of each row's key)."""
        if self.pipeline is None:
            return ()
        return (
            (self.tr("By stage"), self.pipeline.by_stage, STAGE_COLOURS),
            (self.tr("Live, by growth topic"), self.pipeline.by_topic, TOPIC_COLOURS),
        )

    @staticmethod
    def row_label(row: ex.PipelineRow) -> str:
        return f"{row.label} ({row.count})"

    def label_width(self) -> int:
        """The labels' column is as wide as its longest label ("Penetrazione (0)" is not cut)."""
        metrics = self.fontMetrics()
        labels = [self.row_label(r) for _t, rows, _c in self.groups() for r in rows]
        return max([100, *(metrics.horizontalAdvance(text) + 6 for text in labels)])

    def paintEvent(self, _event: object) -> None:
        if self.pipeline is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        groups = self.groups()
        width = self.width()
        label_w, value_w = self.label_width(), self.value_width()
        bar_w = max(40, width - label_w - value_w - 16)
        top = 4.0
        bold = QFont(self.font())
        bold.setBold(True)
        for title, rows, colours in groups:
            painter.setFont(bold)
            painter.setPen(theme.color("text"))
            painter.drawText(QRectF(4, top, width, 18), Qt.TextFlag.TextSingleLine, title)
            painter.setFont(self.font())
            top += 20
            peak = max((r.value for r in rows), default=Decimal(0)) or Decimal(1)
            for r in rows:
                painter.setPen(theme.color("text"))
                painter.drawText(
                    QRectF(8, top, label_w, 16), Qt.AlignmentFlag.AlignVCenter, self.row_label(r)
                )
                length = float(r.value / peak) * bar_w
                painter.fillRect(
                    QRectF(label_w + 8, top + 2, max(length, 1.0), 12),
                    theme.color(colours.get(r.key, "muted")),
                )
                painter.setPen(theme.color("text2"))
                painter.drawText(
                    QRectF(label_w + 12 + bar_w, top, value_w, 16),
                    Qt.AlignmentFlag.AlignVCenter,
                    self.value_text(r),
                )
                top += 17
            top += 6
        painter.end()


class OpportunitiesPanel(PlanPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.currency = ""
        self.model: RowTableModel[ex.OpportunityView] = RowTableModel(
            [
                Column(
                    "title",
                    QT_TRANSLATE_NOOP("Column", "Opportunity"),
                    lambda o: o.title,
                    tooltip=lambda o: o.notes or o.title,
                ),
                Column(
                    "centre", QT_TRANSLATE_NOOP("Column", "Buying centre"), lambda o: o.buying_centre or "—"
                ),
                Column("offering", QT_TRANSLATE_NOOP("Column", "Offering"), lambda o: o.offering or "—"),
                Column("topic", QT_TRANSLATE_NOOP("Column", "Growth topic"), lambda o: o.growth_focus.label),
                Column(
                    "stage",
                    QT_TRANSLATE_NOOP("Column", "Stage"),
                    lambda o: o.stage.label,
                    sort=lambda o: list(OpportunityStage).index(o.stage),
                    foreground=lambda o: theme.color(STAGE_COLOURS[o.stage.value]),
                ),
                Column(
                    "value",
                    QT_TRANSLATE_NOOP("Column", "Value"),
                    lambda o: money_text(o.value),
                    sort=lambda o: float(o.value),
                    align_right=True,
                ),
                Column(
                    "probability",
                    QT_TRANSLATE_NOOP("Column", "Prob."),
                    lambda o: f"{o.probability}%",
                    sort=lambda o: o.probability,
                    align_right=True,
                ),
                Column(
                    "weighted",
                    QT_TRANSLATE_NOOP("Column", "Weighted"),
                    lambda o: money_text(o.weighted),
                    sort=lambda o: float(o.weighted),
                    align_right=True,
                ),
                Column(
                    "close",
                    QT_TRANSLATE_NOOP("Column", "Expected close"),
                    lambda o: date_text(o.expected_close) or "—",
                    sort=lambda o: date_sort(o.expected_close),
                    foreground=lambda o: (
                        theme.color("bad") if o.is_live and o.expected_close is None else None
                    ),
                ),
            ],
            self,
        )
        self.table, self.proxy = make_table(
            self.model,
            "opportunities_table",
            self,
            {
                "title": 200,
                "centre": 100,
                "offering": 120,
                "topic": 85,
                "stage": 75,
                "value": 75,
                "probability": 45,
                "weighted": 75,
            },
        )
        self.table.doubleClicked.connect(self._on_edit)
        self.bars = PipelineBars()
        self.totals = QLabel()
        self.totals.setObjectName("pipeline_totals")
        self.totals.setStyleSheet("font-weight: 600;")
        add = QPushButton(self.tr("New opportunity…"))
        add.setObjectName("btn_new_opportunity")
        add.clicked.connect(self._on_add)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self._on_edit)
        self.stage = EnumCombo(OpportunityStage)
        self.stage.setObjectName("opportunity_stage")
        self.stage.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.stage.setMinimumWidth(self.stage.sizeHint().width() + 4)
        move = QPushButton(self.tr("Move to stage"))
        move.clicked.connect(self._on_move)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self._on_delete)
        self.undo_bar = UndoBar(ctx, self)
        self.undo_bar.undone.connect(self.after_change)
        buttons = QHBoxLayout()
        for w in (add, edit, self.stage, move, delete):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_bar)
        self.empty = hint_label(
            self.tr(
                "No opportunities yet. Create them here, or from a whitespace cell "
                "(Whitespace tab: a buying centre x offering marked as an opportunity)."
            )
        )
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.table, 1)
        col.addWidget(self.empty)
        col.addLayout(buttons)
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addWidget(self.totals)
        rcol.addWidget(self.bars)
        rcol.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([780, 380])
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        right.setMaximumWidth(420)
        self.totals.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def reload(self) -> None:
        if not self.account_id:
            return
        from kam_desktop.services.accounts import get_account

        self.currency = get_account(self.ctx.db, self.account_id).account.currency
        rows = ex.list_opportunities(self.ctx.db, self.account_id)
        self.model.set_rows(rows)
        pipe = ex.pipeline_of(rows)
        self.bars.set_pipeline(pipe, self.currency)
        self.totals.setText(
            fmt(
                self.tr("Live pipeline %1 · weighted %2 · won %3"),
                f"{money_text(pipe.live_value)} {self.currency}",
                f"{money_text(pipe.weighted_value)} {self.currency}",
                f"{money_text(pipe.won_value)} {self.currency}",
            )
        )
        self.empty.setVisible(not rows)

    def _on_add(self) -> None:
        created = OpportunityDialog.ask(self.ctx.db, self.account_id, parent=self)
        if created:
            undo.added(self.ctx, "opportunity", created)
            self.after_change(Topic.PLAN)
            select_id(self.table, created)

    def _on_edit(self, *_args: object) -> None:
        row = selected_row(self.table)
        if row is not None and undo.edited(
            self.ctx,
            "opportunity",
            row.id,
            row.title,
            lambda: OpportunityDialog.ask(self.ctx.db, self.account_id, row, parent=self),
        ):
            self.after_change(Topic.PLAN)

    def _on_move(self) -> None:
        row = selected_row(self.table)
        if row is not None and undo.edited(
            self.ctx,
            "opportunity",
            row.id,
            row.title,
            lambda: attempt(self, ex.set_stage, self.ctx.db, row.id, self.stage.value()),
        ):
            self.after_change(Topic.PLAN)
            select_id(self.table, row.id)

    def _on_delete(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        question = (
            self.tr("Delete opportunity"),
            fmt(self.tr("Move “%1” to the trash? You can undo this."), row.title),
        )
        self.delete_with_undo(
            question,
            "opportunity",
            row.id,
            row.title,
            lambda: ex.delete_opportunity(self.ctx.db, row.id),
            Topic.PLAN,
        )


def _who(i: ex.InteractionView) -> str:
    return ", ".join(a.name for a in i.attendees if a.is_stakeholder)


class InteractionsPanel(PlanPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowTableModel[ex.InteractionView] = RowTableModel(
            [
                Column(
                    "date",
                    QT_TRANSLATE_NOOP("Column", "Date"),
                    lambda i: date_text(i.on_date) + (" ▸" if i.upcoming else ""),
                    sort=lambda i: i.on_date.isoformat() + (i.start_time.isoformat() if i.start_time else ""),
                    tooltip=lambda i: "Upcoming" if i.upcoming else "",
                    foreground=lambda i: theme.color("info") if i.upcoming else None,
                ),
                Column("kind", QT_TRANSLATE_NOOP("Column", "Kind"), lambda i: i.kind.label),
                Column("subject", QT_TRANSLATE_NOOP("Column", "Subject"), lambda i: i.subject),
                Column("who", QT_TRANSLATE_NOOP("Column", "Their attendees"), _who, tooltip=_who),
                Column(
                    "ours",
                    QT_TRANSLATE_NOOP("Column", "Ours"),
                    lambda i: ", ".join(a.name for a in i.attendees if not a.is_stakeholder),
                ),
                Column(
                    "next",
                    QT_TRANSLATE_NOOP("Column", "Next steps"),
                    lambda i: " · ".join(ex.next_step_lines(i.next_steps)),
                    tooltip=lambda i: i.next_steps,
                ),
                Column(
                    "actions",
                    QT_TRANSLATE_NOOP("Column", "Actions"),
                    lambda i: str(i.actions) if i.actions else "",
                    sort=lambda i: i.actions,
                    align_right=True,
                ),
            ],
            self,
        )
        self.table, self.proxy = make_table(
            self.model,
            "interactions_table",
            self,
            {"date": 100, "kind": 105, "subject": 190, "who": 220, "ours": 120, "next": 200},
        )
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._on_edit)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.selectionModel().selectionChanged.connect(self._on_current)
        self.detail = QTextBrowser()
        self.detail.setObjectName("interaction_detail")
        self.detail.setMaximumHeight(130)
        add = QPushButton(self.tr("Log interaction…"))
        add.setObjectName("btn_new_interaction")
        add.clicked.connect(self._on_add)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self._on_edit)
        self.step_button = QPushButton(self.tr("Next step → action…"))
        self.step_button.setObjectName("btn_next_step")
        self.step_button.clicked.connect(self._on_step)
        self.prep_button = QPushButton(self.tr("Prepare this meeting"))
        self.prep_button.setObjectName("btn_prepare")
        self.prep_button.clicked.connect(self._on_prepare)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self._on_delete)
        self.undo_bar = UndoBar(ctx, self)
        self.undo_bar.undone.connect(self.after_change)
        QShortcut(QKeySequence("Ctrl+L"), self, self._on_add)
        buttons = QHBoxLayout()
        for w in (add, edit, self.step_button, self.prep_button, delete):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_bar)
        self.empty = hint_label(
            self.tr(
                "No interactions logged. Log meetings, calls, emails, workshops and "
                "business reviews with who attended; future-dated ones are your upcoming "
                "meetings (Ctrl+L)."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)

    def reload(self) -> None:
        if not self.account_id:
            return
        rows = ex.list_interactions(self.ctx.db, self.account_id)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self._on_current()

    def _on_current(self, *_args: object) -> None:
        row = selected_row(self.table)
        self.step_button.setEnabled(bool(row and ex.next_step_lines(row.next_steps)))
        self.prep_button.setEnabled(bool(row and row.upcoming))
        if row is None:
            self.detail.setPlainText(self.tr("Select an interaction to see its summary and next steps."))
            return
        from html import escape

        people = "; ".join(
            f"{escape(a.name)}" + (f" ({escape(a.detail)})" if a.detail else "") for a in row.attendees
        )
        self.detail.setHtml(
            f"<b>{escape(date_text(row.on_date))} · {escape(row.kind.label)} · {escape(row.title)}</b>"
            f"<br><i>{people or '—'}</i><br>{escape(row.summary).replace(chr(10), '<br>') or '—'}"
            + (
                (
                    "<br><b>"
                    + (self.tr("Next steps"))
                    + f":</b> {escape(row.next_steps).replace(chr(10), '<br>')}"
                )
                if row.next_steps.strip()
                else ""
            )
        )

    def _on_add(self) -> None:
        created = InteractionDialog.ask(self.ctx.db, self.account_id, parent=self)
        if created:
            undo.added(self.ctx, "interaction", created, topics=INTERACTION_TOPICS)
            self.after_change(Topic.INTERACTIONS, Topic.PLAN)
            select_id(self.table, created.id)

    def _on_edit(self, *_args: object) -> None:
        row = selected_row(self.table)
        if row is not None and undo.edited(
            self.ctx,
            "interaction",
            row.id,
            row.subject,
            lambda: InteractionDialog.ask(self.ctx.db, self.account_id, row, parent=self),
            INTERACTION_TOPICS,
        ):
            self.after_change(Topic.INTERACTIONS, Topic.PLAN)
            select_id(self.table, row.id)

    def _on_step(self) -> None:
        row = selected_row(self.table)
        created = NextStepDialog.ask(self.ctx.db, row, parent=self) if row is not None else None
        if row is not None and created is not None:
            undo.added(self.ctx, "action", created)
            self.after_change(Topic.INTERACTIONS, Topic.PLAN)
            select_id(self.table, row.id)

    def _on_prepare(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.ctx.open_meeting_requested.emit(self.account_id, row.id)

    def _on_delete(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        question = (
            self.tr("Delete interaction"),
            self.tr("Move this interaction to the trash? You can undo this."),
        )
        self.delete_with_undo(
            question,
            "interaction",
            row.id,
            row.subject,
            lambda: ex.delete_interaction(self.ctx.db, row.id),
            Topic.INTERACTIONS,
            Topic.PLAN,
        )


COUNTER_COLOURS = {
    CounterStatus.NOT_STARTED: "text2",
    CounterStatus.IN_PROGRESS: "info",
    CounterStatus.NEUTRALISED: "good",
    CounterStatus.LOSING_GROUND: "bad",
}


class CompetitorsPanel(PlanPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowTableModel[ex.CounterView] = RowTableModel(
            [
                Column("name", QT_TRANSLATE_NOOP("Column", "Competitor"), lambda c: c.name),
                Column(
                    "threat",
                    QT_TRANSLATE_NOOP("Column", "Threat"),
                    lambda c: c.threat_level.label,
                    sort=lambda c: list(ThreatLevel).index(c.threat_level),
                    foreground=lambda c: theme.color("bad") if c.threat_level is ThreatLevel.HIGH else None,
                ),
                Column(
                    "presence",
                    QT_TRANSLATE_NOOP("Column", "Presence"),
                    lambda c: c.presence,
                    tooltip=lambda c: c.presence,
                ),
                Column(
                    "strategy",
                    QT_TRANSLATE_NOOP("Column", "Counter-strategy"),
                    lambda c: " ".join(c.counter_strategy.split()),
                    tooltip=lambda c: c.counter_strategy,
                ),
                Column(
                    "status",
                    QT_TRANSLATE_NOOP("Column", "Status"),
                    lambda c: c.counter_status.label,
                    foreground=lambda c: theme.color(COUNTER_COLOURS[c.counter_status]),
                ),
            ],
            self,
        )
        self.table, self.proxy = make_table(
            self.model,
            "competitors_table",
            self,
            {"name": 150, "threat": 70, "presence": 220, "strategy": 300},
        )
        self.table.doubleClicked.connect(self._on_edit)
        self.status = EnumCombo(CounterStatus)
        self.status.setObjectName("counter_status")
        quick = QPushButton(self.tr("Set status"))
        quick.setObjectName("btn_set_counter_status")
        quick.clicked.connect(self._on_quick)
        edit = QPushButton(self.tr("Edit counter-strategy…"))
        edit.clicked.connect(self._on_edit)
        buttons = QHBoxLayout()
        for w in (self.status, quick, edit):
            buttons.addWidget(w)
        buttons.addStretch(1)
        self.empty = hint_label(
            self.tr(
                "No competitors recorded at this account. Add them in Research "
                "(who else is there, their strengths, your counter-strategy)."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

    def reload(self) -> None:
        if not self.account_id:
            return
        rows = ex.list_counter_strategies(self.ctx.db, self.account_id)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)

    def _on_quick(self) -> None:
        row = selected_row(self.table)
        if row is not None and undo.edited(
            self.ctx,
            "competitor",
            row.id,
            row.name,
            lambda: attempt(self, ex.set_counter_status, self.ctx.db, row.id, self.status.value()),
        ):
            self.after_change(Topic.PLAN)
            select_id(self.table, row.id)

    def _on_edit(self, *_args: object) -> None:
        row = selected_row(self.table)
        if row is not None and undo.edited(
            self.ctx, "competitor", row.id, row.name, lambda: CounterDialog.ask(self.ctx.db, row, parent=self)
        ):
            self.after_change(Topic.PLAN)
