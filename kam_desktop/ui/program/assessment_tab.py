"""Self-assessment on the 9 success factors: rate each 1-5 against its rubric, with notes and
your own evidence; the app's evidence from your data beside the measurable factors; advice
for weak factors linking to the screen that improves them; the dated history and its trend."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain import program as d
from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.program_method import SUCCESS_FACTORS, text
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt
from kam_desktop.services import program_checklist as pc
from kam_desktop.services import program_evidence as pe
from kam_desktop.ui.common import locale_format, theme
from kam_desktop.ui.common.background_call import BackgroundCall
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.date_edit import DateEdit
from kam_desktop.ui.common.locale_format import date_text
from kam_desktop.ui.common.table_model import Column, RowTableModel
from kam_desktop.ui.common.widgets import ErrorLabel
from kam_desktop.ui.program.trend_chart import TrendChart


def _rating(a: d.SelfAssessment, n: int) -> str:
    r = a.rating(n)
    return "–" if r is None else str(r)


def _history_columns() -> list[Column[d.SelfAssessment]]:
    cols: list[Column[d.SelfAssessment]] = [
        Column(
            "date",
            QT_TRANSLATE_NOOP("Column", "Date"),
            lambda a: date_text(a.assessed_on),
            lambda a: a.assessed_on,
        ),
        Column(
            "overall",
            QT_TRANSLATE_NOOP("Column", "Overall"),
            lambda a: "–" if a.overall is None else locale_format.score_text(a.overall),
            lambda a: a.overall or 0.0,
            align_right=True,
        ),
    ]
    for n in range(1, 10):
        cols.append(
            Column(f"f{n}", str(n), lambda a, n=n: _rating(a, n), lambda a, n=n: a.rating(n) or 0, True)
        )
    cols.append(Column("note", QT_TRANSLATE_NOOP("Column", "Note"), lambda a: a.note))
    return cols


class FactorRow:
    """The widgets of one factor in the form."""

    def __init__(self, number: int) -> None:
        f = SUCCESS_FACTORS[number - 1]
        self.number = number
        self.title = QLabel(f"<b>{number}. {text(f.title)}</b>")
        self.title.setWordWrap(True)
        self.rating = QComboBox()
        self.rating.setObjectName(f"rating_{number}")
        self.rating.addItem("–", None)
        for level in range(1, 6):
            self.rating.addItem(f"{level}", level)
        self.rubric = QLabel()
        self.rubric.setObjectName(f"rubric_{number}")
        self.rubric.setWordWrap(True)
        self.rubric.setStyleSheet(f"color: {theme.hex_of('text2')};")
        self.notes = QLineEdit()
        self.notes.setObjectName(f"notes_{number}")
        self.evidence = QLineEdit()
        self.evidence.setObjectName(f"evidence_{number}")
        self.measured = QLabel()
        self.measured.setObjectName(f"measured_{number}")
        self.measured.setWordWrap(True)
        self.measured.setStyleSheet(
            f"color: {theme.hex_of('heading')}; background: {theme.hex_of('info_soft_bg')}; padding: 3px;"
        )
        self.error = ErrorLabel()
        self.error.hide()
        self.rating.currentIndexChanged.connect(self._on_rating_current_index_changed)
        self._on_rating_current_index_changed(0)

    def _on_rating_current_index_changed(self, _index: int) -> None:
        f = SUCCESS_FACTORS[self.number - 1]
        level = self.rating.currentData()
        if level is None:
            lines = [f"1: {text(f.rubric[0])}", f"5: {text(f.rubric[4])}"]
        else:
            lines = [f"{level}: {text(f.rubric[level - 1])}"]
        self.rubric.setText("\n".join(lines))

    def value(self) -> d.FactorRatingInput:
        return d.FactorRatingInput(
            self.number, self.rating.currentData(), self.notes.text(), self.evidence.text()
        )

    def clear(self) -> None:
        self.rating.setCurrentIndex(0)
        self.notes.clear()
        self.evidence.clear()
        self.error.hide()


class AssessmentTab(QWidget):
    """The evidence from the user's data reads the whole portfolio (about a second on 10,000
    accounts), so ``load`` computes it in a worker thread; ``evidence_ready`` says when the
    measured texts are shown (or the measure's error)."""

    navigate = Signal(str)  # a screen name from the method's advice
    evidence_ready = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.evidence: dict[int, d.FactorEvidence] = {}
        self._evidence_current = False  # self.evidence reflects the last load
        self._measuring = False
        self._measure_again = False
        self._measure = BackgroundCall(self, "program-evidence")
        self._measure.finished.connect(self._on_evidence)
        self.advice_buttons: dict[int, QPushButton] = {}
        intro = QLabel(
            self.tr(
                "Rate the program on each of the nine things successful account teams have in common. "
                "The rubric says what the level you pick looks like; beside the measurable factors is "
                "what your own data shows. Save as often as you like: every assessment is dated and kept."
            )
        )
        intro.setWordWrap(True)
        self.date = DateEdit(optional=False)  # the locale's order (29/11/2026), calendar pop-up
        self.date.setObjectName("assessed_on")
        self.note = QLineEdit()
        self.note.setObjectName("assessment_note")
        self.note.setPlaceholderText(self.tr("What prompted this assessment (optional)"))
        self.save_button = QPushButton(self.tr("Save self-assessment"))
        self.save_button.setObjectName("btn_save_assessment")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.error = ErrorLabel()
        self.error.setObjectName("assessment_error")
        self.error.hide()
        self.saved = QLabel()
        self.saved.setStyleSheet(f"color: {theme.hex_of('good')};")
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Date")))
        head.addWidget(self.date)
        head.addWidget(self.note, 1)
        head.addWidget(self.save_button)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 4)
        grid.setColumnStretch(3, 4)
        for col, title in enumerate(
            (
                self.tr("Success factor"),
                self.tr("Rating"),
                self.tr("What this level looks like"),
                self.tr("Evidence from your data"),
            )
        ):
            label = QLabel(f"<i>{title}</i>")
            grid.addWidget(label, 0, col)
        self.rows: list[FactorRow] = []
        for n in range(1, 10):
            row = FactorRow(n)
            self.rows.append(row)
            base = 1 + (n - 1) * 2
            grid.addWidget(row.title, base, 0)
            grid.addWidget(row.rating, base, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(row.rubric, base, 2)
            grid.addWidget(row.measured, base, 3, 2, 1)
            fields = QHBoxLayout()
            row.notes.setPlaceholderText(self.tr("Notes"))
            row.evidence.setPlaceholderText(self.tr("Your evidence"))
            fields.addWidget(row.notes)
            fields.addWidget(row.evidence)
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 6)
            holder_layout.addLayout(fields)
            holder_layout.addWidget(row.error)
            grid.addWidget(holder, base + 1, 0, 1, 3)

        self.advice_box = QGroupBox(self.tr("Advice for weak factors"))
        self.advice_layout = QVBoxLayout(self.advice_box)
        self.chart = TrendChart()
        self.history_model: RowTableModel[d.SelfAssessment] = RowTableModel(_history_columns(), self)
        self.history = QTableView()
        self.history.setObjectName("assessment_history")
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        self.history.setMinimumHeight(120)
        self.history.horizontalHeader().setStretchLastSection(True)
        history_box = QGroupBox(self.tr("History and trend"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.chart)
        history_layout.addWidget(self.history)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(intro)
        layout.addLayout(head)
        layout.addWidget(self.error)
        layout.addWidget(self.saved)
        layout.addWidget(grid_host)
        layout.addWidget(self.advice_box)
        layout.addWidget(history_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll = scroll
        scroll.setAccessibleName(self.tr("Self-assessment"))
        self.note.setAccessibleName(self.tr("What prompted this assessment"))
        self.history.setAccessibleName(self.tr("History of self-assessments"))
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Top to bottom as read: date, note, then each factor's rating, notes and evidence;
        after the last factor Tab goes to Save (not round to the date), then the advice and the
        history, which Tab leaves instead of walking its cells."""
        chain: list[QWidget] = [self.date, self.note]
        for row in self.rows:
            chain += [row.rating, row.notes, row.evidence]
        chain += [self.save_button, self.history]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.history.setTabKeyNavigation(False)
        self.date.setAccessibleName(self.tr("Date of the assessment"))
        for row in self.rows:
            title = text(SUCCESS_FACTORS[row.number - 1].title)
            row.rating.setAccessibleName(fmt(self.tr("Rating of %1"), title))
            row.notes.setAccessibleName(fmt(self.tr("Notes on %1"), title))
            row.evidence.setAccessibleName(fmt(self.tr("Your evidence for %1"), title))

    # --- data --------------------------------------------------------------------------

    def load(self) -> None:
        self._start_measuring()
        history = pc.list_assessments(self.ctx.db)
        latest = history[-1] if history else None
        for row in self.rows:
            if latest is not None and row.rating.currentIndex() == 0 and not row.notes.text():
                # start from the latest ratings, so a new assessment edits the last one
                level = latest.rating(row.number)
                row.rating.setCurrentIndex(0 if level is None else level)
        self.history_model.set_rows(tuple(reversed(history)))
        self.history.resizeColumnsToContents()
        self.chart.set_assessments(history)
        self._show_advice(latest)
        self.save_button.setEnabled(not self.ctx.read_only)

    def _start_measuring(self) -> None:
        self._evidence_current = False
        if self._measuring:
            self._measure_again = True  # the data changed while the last measure ran
            return
        self._measuring = True
        self._measure.start(pe.program_evidence, self.ctx.db)

    def is_measuring(self) -> bool:
        return self._measuring

    def _on_evidence(self, result: object) -> None:
        self._measuring = False
        if self._measure_again:
            self._measure_again = False
            self._start_measuring()
            return
        if isinstance(result, DomainError):
            self.error.setText(result.message)
            self.error.show()
            self.evidence_ready.emit()
            return
        if isinstance(result, BaseException):
            self.evidence_ready.emit()
            raise result  # a bug: to the crash reporter, as on the GUI thread
        if isinstance(result, dict):
            self._show_evidence(result)

    def _show_evidence(self, evidence: dict[int, d.FactorEvidence]) -> None:
        self.evidence = evidence
        self._evidence_current = True
        for row in self.rows:
            ev = self.evidence.get(row.number)
            row.measured.setText(ev.as_text() if ev is not None else text(d.NOT_MEASURED))
        self.evidence_ready.emit()

    def _show_advice(self, latest: d.SelfAssessment | None) -> None:
        while self.advice_layout.count():
            item = self.advice_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.advice_buttons: dict[int, QPushButton] = {}
        advice = d.advice_for(latest)
        if not advice:
            self.advice_layout.addWidget(
                QLabel(self.tr("No factor is rated 2 or lower in the latest assessment."))
            )
            return
        for item in advice:
            f = SUCCESS_FACTORS[item.factor - 1]
            line = QHBoxLayout()
            rating = "–" if item.rating is None else f"{item.rating}/5"
            label = QLabel(f"<b>{item.factor}. {text(f.title)}</b> ({rating}): {text(item.text)}")
            label.setWordWrap(True)
            button = QPushButton(text(item.screen_label))
            button.setObjectName(f"advice_{item.factor}")
            button.clicked.connect(lambda _=False, screen=item.screen: self.navigate.emit(screen))
            self.advice_buttons[item.factor] = button
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(label, 1)
            line.addWidget(button)
            self.advice_layout.addWidget(holder)

    def _on_save_button_clicked(self) -> None:
        self.error.hide()
        self.saved.clear()
        for row in self.rows:
            row.error.hide()
        cmd = d.AssessmentInput(
            self.date.date().toString("yyyy-MM-dd"), [row.value() for row in self.rows], self.note.text()
        )
        if not self._evidence_current:  # saved before the worker finished: measure now
            self._show_evidence(pe.program_evidence(self.ctx.db))
        measured = {n: ev.as_text() for n, ev in self.evidence.items()}
        try:
            pc.record_assessment(self.ctx.db, cmd, measured)
        except DomainError as exc:
            field = exc.field or ""
            target = next((r.error for r in self.rows if field == f"factor_{r.number}"), self.error)
            target.setText(exc.message)
            target.show()
            return
        self.saved.setText(self.tr("Saved. The history below shows it."))
        self.note.clear()
        for row in self.rows:  # ratings stay (the next assessment starts from them); texts were saved
            row.notes.clear()
            row.evidence.clear()
        self.load()  # history, trend and advice; no other screen shows self-assessments
