"""Panels of the review phase: KPIs with measurements and a trend chart, the review form
(suggested health, findings, adjustments) and the plan's history of reviews."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import Health
from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.review_diff import summary
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services import clock
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.services import review as rv
from kam_desktop.ui.account.action_plan.panels import PlanPanel
from kam_desktop.ui.account.customer_share import ReviewShareDialog
from kam_desktop.ui.account.review.dialogs import AdjustmentActionDialog, KpiDialog, ObjectiveChangeDialog
from kam_desktop.ui.account.review.kpi_chart import STATUS_COLOURS, KpiChart
from kam_desktop.ui.account.shared.actions_common import (
    Column,
    DateField,
    RowTableModel,
    hint_label,
    make_table,
    select_id,
    selected_row,
)
from kam_desktop.ui.common import locale_format, theme, undo
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.errors import attempt
from kam_desktop.ui.common.locale_format import date_text
from kam_desktop.ui.common.undo_bar import UndoBar
from kam_desktop.ui.common.widgets import ErrorLabel

HEALTH_COLOURS = {Health.ON_TRACK: "good", Health.AT_RISK: "warn", Health.OFF_TRACK: "bad"}


def _num(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    return (locale_format.number_text(value) + (f" {unit}" if unit else "")).strip()


class KpiPanel(PlanPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowTableModel[rv.KpiView] = RowTableModel(
            [
                Column(
                    "name",
                    QT_TRANSLATE_NOOP("Column", "KPI"),
                    lambda k: k.name + (f" ({k.unit})" if k.unit else ""),
                    tooltip=lambda k: k.name,
                ),
                Column(
                    "baseline",
                    QT_TRANSLATE_NOOP("Column", "Baseline"),
                    lambda k: _num(k.baseline),
                    sort=lambda k: k.baseline or 0.0,
                    align_right=True,
                ),
                Column(
                    "target",
                    QT_TRANSLATE_NOOP("Column", "Target"),
                    lambda k: _num(k.target),
                    sort=lambda k: k.target or 0.0,
                    align_right=True,
                ),
                Column(
                    "latest",
                    QT_TRANSLATE_NOOP("Column", "Latest"),
                    lambda k: _num(k.latest),
                    sort=lambda k: k.latest or 0.0,
                    align_right=True,
                ),
                Column(
                    "progress",
                    QT_TRANSLATE_NOOP("Column", "Progress"),
                    lambda k: "—" if k.assessment.progress is None else f"{k.assessment.progress:.0f}%",
                    sort=lambda k: k.assessment.progress,
                    align_right=True,
                ),
                Column(
                    "status",
                    QT_TRANSLATE_NOOP("Column", "Status"),
                    lambda k: k.status.label,
                    foreground=lambda k: theme.color(STATUS_COLOURS[k.status]),
                ),
                Column(
                    "direction",
                    QT_TRANSLATE_NOOP("Column", "Better is"),
                    lambda k: (
                        translate("ReviewPanel", "higher")
                        if k.direction.value.startswith("higher")
                        else translate("ReviewPanel", "lower")
                    ),
                ),
            ],
            self,
        )
        self.table, self.proxy = make_table(
            self.model,
            "kpi_table",
            self,
            # The numbers come right after the name (visible without scrolling in a narrow pane);
            # "better is" is last.
            {"name": 140, "direction": 58, "baseline": 60, "target": 60, "latest": 60, "progress": 62},
        )
        self.table.doubleClicked.connect(self._on_edit)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.chart = KpiChart()
        self.measurements: RowTableModel[rv.MeasurementView] = RowTableModel(
            [
                Column(
                    "date",
                    QT_TRANSLATE_NOOP("Column", "Date"),
                    lambda m: date_text(m.measured_on),
                    sort=lambda m: m.measured_on,
                ),
                Column(
                    "value",
                    QT_TRANSLATE_NOOP("Column", "Value"),
                    lambda m: _num(m.value),
                    sort=lambda m: m.value,
                    align_right=True,
                ),
                Column("note", QT_TRANSLATE_NOOP("Column", "Note"), lambda m: m.note),
            ],
            self,
        )
        self.m_table, _p = make_table(self.measurements, "measurement_table", self, {"date": 90, "value": 80})
        self.m_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.m_date = DateField(clock.today())
        self.m_value = QLineEdit()
        self.m_value.setObjectName("measurement_value")
        self.m_value.setPlaceholderText(self.tr("value"))
        self.m_value.setMinimumWidth(
            self.m_value.fontMetrics().horizontalAdvance(self.m_value.placeholderText()) + 16
        )
        self.m_value.setMaximumWidth(max(90, self.m_value.minimumWidth()))
        self.m_note = QLineEdit()
        self.m_note.setPlaceholderText(self.tr("note (optional)"))
        self.m_note.setMinimumWidth(
            self.m_note.fontMetrics().horizontalAdvance(self.m_note.placeholderText()) + 16
        )
        self.m_add = QPushButton(self.tr("Add measurement"))
        self.m_add.setObjectName("btn_add_measurement")
        self.m_add.clicked.connect(self._on_add_measurement)
        self.m_value.returnPressed.connect(self._on_add_measurement)
        self.m_error = ErrorLabel()
        self.m_error.hide()
        m_delete = QPushButton(self.tr("Delete measurement"))
        m_delete.clicked.connect(self._on_delete_measurement)
        add = QPushButton(self.tr("New KPI…"))
        add.setObjectName("btn_new_kpi")
        add.clicked.connect(self._on_add)
        self.starting = QPushButton(self.tr("Add benchmark KPIs"))
        self.starting.setObjectName("btn_starting_kpis")
        self.starting.setToolTip(
            self.tr(
                "Revenue growth, profit growth and customer satisfaction: the outcomes where "
                "the best account teams outperform (3.1x, 3.4x and 4.5x more likely)."
            )
        )
        self.starting.clicked.connect(self._on_starting)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self._on_edit)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self._on_delete)
        self.undo_bar = UndoBar(ctx, self)
        self.undo_bar.undone.connect(self.after_change)
        self.empty = hint_label(
            self.tr(
                "No KPIs yet. Start with the benchmark outcomes (revenue growth, profit "
                "growth, customer satisfaction), give each a baseline and a target, then "
                "record dated measurements."
            )
        )
        self.kpi_buttons = (add, self.starting, edit, delete)
        buttons = QHBoxLayout()
        for w in self.kpi_buttons:
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_bar)
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(self.table, 1)
        lcol.addWidget(self.empty)
        lcol.addLayout(buttons)
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addWidget(self.chart, 3)
        entry = QHBoxLayout()
        for w in (self.m_date, self.m_value, self.m_note, self.m_add):
            entry.addWidget(w)
        rcol.addLayout(entry)
        rcol.addWidget(self.m_error)
        rcol.addWidget(self.m_table, 2)
        rcol.addWidget(m_delete, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([620, 520])
        self.measurement_side = right
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def show_only(self, *, kpis: bool, measurements: bool) -> None:
        """The wizard's two pages: defining KPIs (no measurement side), or recording measurements
        (the KPIs to pick from, without the buttons that define them)."""
        for w in self.kpi_buttons:
            w.setVisible(kpis)
        self.measurement_side.setVisible(measurements)

    def reload(self) -> None:
        current = selected_row(self.table)
        rows = rv.list_kpis(self.ctx.db, self.plan_id) if self.plan_id else ()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        have = {k.name.casefold() for k in rows}
        self.starting.setEnabled(not {"revenue growth", "profit growth", "customer satisfaction"} <= have)
        if rows and not (current and select_id(self.table, current.id)):
            self.table.selectRow(0)
        self._on_current()

    def current_kpi(self) -> rv.KpiView | None:
        row = selected_row(self.table)
        return row if isinstance(row, rv.KpiView) else None

    def _on_current(self, *_args: object) -> None:
        kpi = self.current_kpi()
        self.chart.set_kpi(kpi)
        self.measurements.set_rows(kpi.measurements if kpi else ())
        self.m_add.setEnabled(kpi is not None)

    def _on_add(self) -> None:
        created = KpiDialog.ask(self.ctx.db, self.plan_id, parent=self)
        if created:
            undo.added(self.ctx, "kpi", created)
            self.after_change()
            select_id(self.table, created.id)
            self._on_current()

    def _on_edit(self, *_args: object) -> None:
        kpi = self.current_kpi()
        if kpi is not None and undo.edited(
            self.ctx,
            "kpi",
            kpi.id,
            kpi.name,
            lambda: KpiDialog.ask(self.ctx.db, self.plan_id, kpi, parent=self),
        ):
            self.after_change()

    def _on_starting(self) -> None:
        added = attempt(self, rv.add_starting_kpis, self.ctx.db, self.plan_id)
        if added is not None:
            undo.added_many(self.ctx, "kpi", added, self.tr("Add the starting KPIs"))
            self.after_change()

    def _on_delete(self) -> None:
        kpi = self.current_kpi()
        if kpi is None:
            return
        question = (
            self.tr("Delete KPI"),
            fmt(self.tr("Move “%1” and its measurements to the trash? You can undo this."), kpi.name),
        )
        self.delete_with_undo(question, "kpi", kpi.id, kpi.name, lambda: rv.delete_kpi(self.ctx.db, kpi.id))

    def _on_add_measurement(self) -> None:
        kpi = self.current_kpi()
        if kpi is None:
            return
        before = undo.capture(self.ctx, "kpi", kpi.id)
        try:
            rv.add_measurement(
                self.ctx.db, kpi.id, self.m_date.value(), self.m_value.text(), self.m_note.text()
            )
        except DomainError as exc:
            self.m_error.setText(exc.message)
            self.m_error.show()
            return
        self.m_error.hide()
        self.m_value.clear()
        self.m_note.clear()
        undo.record_edit(self.ctx, before, fmt(self.tr("Add a measurement of “%1”"), undo.quoted(kpi.name)))
        self.after_change()
        select_id(self.table, kpi.id)
        self._on_current()

    def _on_delete_measurement(self) -> None:
        row = selected_row(self.m_table)
        kpi = self.current_kpi()
        if row is None or kpi is None:
            return
        before = undo.capture(self.ctx, "kpi", kpi.id)
        removed = attempt(self, rv.delete_measurement, self.ctx.db, row.id)
        if removed is not None:
            text = fmt(self.tr("Delete a measurement of “%1”"), undo.quoted(kpi.name))
            if undo.record_edit(self.ctx, before, text):
                self.undo_bar.offer(self.tr("Measurement deleted."))
            self.after_change()
            select_id(self.table, kpi.id)
            self._on_current()


class ReviewForm(PlanPanel):
    """Date, health (suggested from KPIs and overdue actions - the user decides), findings and
    adjustments; ``record()`` writes it all in one go."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.adjustments: list[rv.AdjustmentInput] = []
        self._dirty = False
        self.held_on = DateField(clock.today())
        self.held_on.setObjectName("review_date")
        self.health = QComboBox()
        self.health.setObjectName("review_health")
        for h in Health:
            self.health.addItem(h.label, h.value)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("health_suggestion")
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.findings = QPlainTextEdit()
        self.findings.setObjectName("review_findings")
        self.findings.setPlaceholderText(self.tr("What the KPIs and the last period tell you."))
        self.findings.setFixedHeight(70)
        self.adj_list = QListWidget()
        self.adj_list.setObjectName("adjustment_list")
        self.adj_list.setMaximumHeight(90)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Other adjustments in words (kept with the review)."))
        self.notes.setFixedHeight(44)
        add_action = QPushButton(self.tr("+ New action…"))
        add_action.setObjectName("btn_adjust_action")
        add_action.clicked.connect(self._on_add_action)
        change_obj = QPushButton(self.tr("+ Change an objective…"))
        change_obj.setObjectName("btn_adjust_objective")
        change_obj.clicked.connect(self._on_change_objective)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._on_remove)
        self.error = ErrorLabel()
        self.error.setObjectName("review_error")
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Held on")))
        top.addWidget(self.held_on)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Health")))
        top.addWidget(self.health)
        top.addStretch(1)
        adj_buttons = QHBoxLayout()
        for b in (add_action, change_obj, remove):
            adj_buttons.addWidget(b)
        adj_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.suggestion)
        layout.addWidget(QLabel(self.tr("Findings")))
        layout.addWidget(self.findings)
        layout.addWidget(QLabel(self.tr("Adjustments (each becomes an action or a change to an objective)")))
        layout.addWidget(self.adj_list)
        layout.addLayout(adj_buttons)
        layout.addWidget(self.notes)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for signal in (self.findings.textChanged, self.notes.textChanged, self.held_on.dateChanged):
            signal.connect(self._on_edited)
        self.health.currentIndexChanged.connect(self._on_edited)

    def _on_edited(self, *_args: object) -> None:
        self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty

    def reload(self) -> None:
        if not self.plan_id:
            return
        suggestion = rv.suggest_health(self.ctx.db, self.plan_id)
        colour = theme.hex_of(HEALTH_COLOURS[suggestion.health])
        reasons = "".join(f"<li>{escape(r)}</li>" for r in suggestion.reasons)
        self.suggestion.setText(
            (self.tr("Suggested")) + f": <b style='color:{colour}'>{escape(suggestion.health.label)}</b>"
            f"<ul style='margin:0'>{reasons}</ul>"
        )
        if not self._dirty:
            self.health.blockSignals(True)
            self.health.setCurrentIndex(self.health.findData(suggestion.health.value))
            self.health.blockSignals(False)

    def _on_add_action(self) -> None:
        adj = AdjustmentActionDialog.ask(self.ctx.db, self.plan_id, self.account_id, parent=self)
        if adj is not None:
            self.add_adjustment(adj)

    def _on_change_objective(self) -> None:
        adj = ObjectiveChangeDialog.ask(self.ctx.db, self.plan_id, parent=self)
        if adj is not None:
            self.add_adjustment(adj)

    def add_adjustment(self, adj: rv.AdjustmentInput) -> None:
        self.adjustments.append(adj)
        if adj.kind == "action":
            due = (" · " + (self.tr("due")) + f" {date_text(adj.due_date)}") if adj.due_date else ""
            text = fmt(self.tr("New action: %1"), adj.text) + due
        else:
            parts = []
            if adj.new_target:
                parts.append(fmt(self.tr("target → %1"), adj.new_target))
            if adj.new_due_date:
                due_date = adj.new_due_date
                shown = date_text(due_date) if isinstance(due_date, dt.date) else str(due_date)
                parts.append(fmt(self.tr("due → %1"), shown))
            text = fmt(self.tr("Change objective: %1"), "; ".join(parts) or self.tr("(review only)"))
            if adj.text.strip():
                text += f" ({adj.text.strip()})"  # the reason typed, as the saved review shows it
        self.adj_list.addItem(text)
        self._dirty = True

    def _on_remove(self) -> None:
        row = self.adj_list.currentRow()
        if 0 <= row < len(self.adjustments):
            del self.adjustments[row]
            self.adj_list.takeItem(row)

    def record(self) -> rv.ReviewView:
        cmd = rv.ReviewInput(
            held_on=self.held_on.value(),
            health=str(self.health.currentData()),
            findings=self.findings.toPlainText(),
            adjustments=tuple(self.adjustments),
            notes=self.notes.toPlainText(),
        )
        try:
            result = rv.record_review(self.ctx.db, self.plan_id, cmd)
        except DomainError as exc:
            self.error.setText(exc.message)
            self.error.show()
            raise
        self.error.hide()
        self.clear()
        return result

    def clear(self) -> None:
        self.adjustments.clear()
        self.adj_list.clear()
        self.findings.clear()
        self.notes.clear()
        self.held_on.set_date(clock.today())
        self._dirty = False
        self.reload()


class HistoryPanel(PlanPanel):
    """Reviews, newest first; each shows what changed since the one before."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowTableModel[rv.ReviewView] = RowTableModel(
            [
                Column(
                    "date",
                    QT_TRANSLATE_NOOP("Column", "Review"),
                    lambda r: date_text(r.held_on),
                    sort=lambda r: r.held_on,
                ),
                Column(
                    "health",
                    QT_TRANSLATE_NOOP("Column", "Health"),
                    lambda r: r.health.label,
                    foreground=lambda r: theme.color(HEALTH_COLOURS[r.health]),
                ),
                Column(
                    "changes",
                    QT_TRANSLATE_NOOP("Column", "Since previous"),
                    lambda r: (
                        summary(r.changes)
                        if r.comparable and r.previous_on
                        else (
                            translate("ReviewPanel", "first review")
                            if r.previous_on is None
                            else translate("ReviewPanel", "no snapshot to compare")
                        )
                    ),
                ),
                Column(
                    "actions",
                    QT_TRANSLATE_NOOP("Column", "Actions created"),
                    lambda r: str(len(r.actions)),
                    sort=lambda r: len(r.actions),
                    align_right=True,
                ),
            ],
            self,
        )
        self.table, self.proxy = make_table(
            self.model, "review_table", self, {"date": 90, "health": 80, "changes": 260}
        )
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.detail = QTextBrowser()
        self.detail.setObjectName("review_detail")
        self.since = QLabel()
        self.since.setObjectName("since_last_review")
        self.since.setWordWrap(True)
        self.since.setTextFormat(Qt.TextFormat.RichText)
        self.share_button = QPushButton(self.tr("Share with the customer…"))
        self.share_button.setObjectName("btn_share_review")
        self.share_button.setToolTip(
            self.tr("The review's summary for the customer, and whether it is shared")
        )
        self.share_button.clicked.connect(self._on_share)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.since)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.detail, 2)

    def _on_share(self) -> None:
        row = selected_row(self.table)
        if row is not None and ReviewShareDialog.ask(self.ctx.db, row.id, row.held_on, parent=self):
            self.after_change(Topic.PLAN, Topic.SHARING)

    def reload(self) -> None:
        if not self.plan_id:
            return
        rows = rv.list_reviews(self.ctx.db, self.plan_id)
        self.model.set_rows(rows)
        since = rv.changes_since_last_review(self.ctx.db, self.plan_id)
        if since.last_review_on is None:
            self.since.setText(
                self.tr(
                    "No review recorded yet. The first review stores a snapshot of the plan; "
                    "later reviews show what changed."
                )
            )
        elif not since.comparable:
            self.since.setText(
                fmt(
                    self.tr(
                        "Last review %1 (recorded without a snapshot: changes since then cannot be listed)."
                    ),
                    date_text(since.last_review_on),
                )
            )
        else:
            items = "".join(f"<li>{escape(c.text)}</li>" for c in since.changes[:12])
            more = len(since.changes) - 12
            self.since.setText(
                (
                    "<b>"
                    + (escape(fmt(self.tr("Since the last review (%1)"), date_text(since.last_review_on))))
                    + ":</b> "
                )
                + (f"<ul style='margin:0'>{items}</ul>" if items else escape(self.tr("no changes.")))
                + (f"… {more} more" if more > 0 else "")
            )
        if rows:
            self.table.selectRow(0)
        self._on_current()

    def _on_current(self, *_args: object) -> None:
        row = selected_row(self.table)
        self.share_button.setEnabled(row is not None and not self.ctx.read_only)
        if row is None:
            self.detail.setHtml(
                escape(self.tr("Select a review to see its findings, adjustments and what changed."))
            )
            return
        shared, for_customer = sharing.review_share(self.ctx.db, row.id)
        customer = (
            "<p><b>"
            + escape(
                self.tr("Shared with the customer") if shared else self.tr("Not shared with the customer")
            )
            + "</b><br>"
            + (escape(for_customer).replace(chr(10), "<br>") or "—")
            + "</p>"
        )
        changes = "".join(f"<li>{escape(c.text)}</li>" for c in row.changes)
        if row.previous_on is None:
            changed = escape(self.tr("First review: the plan's starting point."))
        elif not row.comparable:
            changed = escape(self.tr("No snapshot stored for one of the two reviews."))
        else:
            changed = f"<ul>{changes}</ul>" if changes else escape(self.tr("Nothing changed."))
        self.detail.setHtml(
            f"<h3>{escape(date_text(row.held_on))} · <span style='color:{theme.hex_of(HEALTH_COLOURS[row.health])}'>"
            f"{escape(row.health.label)}</span></h3>"
            "<p><b>"
            + (escape(self.tr("Findings")))
            + f"</b><br>{escape(row.findings).replace(chr(10), '<br>') or '—'}</p>"
            "<p><b>"
            + (escape(self.tr("Adjustments")))
            + f"</b><br>{escape(row.adjustments).replace(chr(10), '<br>') or '—'}</p>"
            "<p><b>"
            + (escape(self.tr("What changed since the previous review")))
            + "</b>"
            + (f" ({escape(date_text(row.previous_on))})" if row.previous_on else "")
            + f"</p>{changed}"
            + customer
        )
