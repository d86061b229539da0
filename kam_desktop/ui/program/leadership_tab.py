"""Leadership support (success factor 9): the three questions leadership must answer, answered
per review cycle, with the budget and resources asked for and granted."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain import program as d
from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.program_method import LEADERSHIP_QUESTIONS, text
from kam_desktop.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services import program_checklist as pc
from kam_desktop.services.program import get_program
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.date_edit import DateEdit
from kam_desktop.ui.common.locale_format import date_text
from kam_desktop.ui.common.table_model import Column, RowTableModel
from kam_desktop.ui.common.tables import fit_titles
from kam_desktop.ui.common.widgets import ValidatedForm


def _money(value: object) -> str:
    return "–" if value is None else f"{value:,.2f}"


CYCLE_COLUMNS: list[Column[d.LeadershipCycle]] = [
    Column(
        "cycle",
        QT_TRANSLATE_NOOP("Column", "Review cycle"),
        lambda c: date_text(c.cycle_on),
        lambda c: c.cycle_on,
    ),
    Column("opportunities", QT_TRANSLATE_NOOP("Column", "Growth opportunities?"), lambda c: c.answers[0]),
    Column("willing", QT_TRANSLATE_NOOP("Column", "Willing?"), lambda c: c.answers[2]),
    Column(
        "asked",
        QT_TRANSLATE_NOOP("Column", "Budget asked"),
        lambda c: _money(c.budget_asked),
        align_right=True,
    ),
    Column(
        "granted",
        QT_TRANSLATE_NOOP("Column", "Budget granted"),
        lambda c: _money(c.budget_granted),
        align_right=True,
    ),
]


class LeadershipTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.cycle_id: int | None = None
        intro = QLabel(
            self.tr(
                "Account management needs leadership's backing. Put these three questions to your "
                "leadership every review cycle, and record what you asked for and what was granted."
            )
        )
        intro.setWordWrap(True)
        self.form = ValidatedForm()
        self.cycle_on = DateEdit(optional=False)  # the locale's order (29/11/2026), calendar pop-up
        self.cycle_on.setObjectName("cycle_on")
        self.form.add_row("cycle_on", self.tr("Review cycle"), self.cycle_on)
        self.answers: list[QPlainTextEdit] = []
        for i, question in enumerate(LEADERSHIP_QUESTIONS, start=1):
            answer = QPlainTextEdit()
            answer.setObjectName(f"answer_{i}")
            answer.setFixedHeight(46)
            self.form.add_row(f"answer_{i}", text(question), answer)
            self.answers.append(answer)
        self.budget_asked = QLineEdit()
        self.budget_asked.setObjectName("budget_asked")
        self.budget_granted = QLineEdit()
        self.budget_granted.setObjectName("budget_granted")
        self.form.add_row("budget_asked", self.tr("Budget asked for"), self.budget_asked)
        self.form.add_row("budget_granted", self.tr("Budget granted"), self.budget_granted)
        self.resources_asked = QLineEdit()
        self.resources_asked.setObjectName("resources_asked")
        self.resources_granted = QLineEdit()
        self.resources_granted.setObjectName("resources_granted")
        self.form.add_row("resources_asked", self.tr("People and resources asked for"), self.resources_asked)
        self.form.add_row(
            "resources_granted", self.tr("People and resources granted"), self.resources_granted
        )
        self.form.finish()
        self.save_button = QPushButton(self.tr("Save cycle"))
        self.save_button.setObjectName("btn_save_leadership")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.new_button = QPushButton(self.tr("New cycle"))
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.saved = QLabel()
        self.saved.setStyleSheet(f"color: {theme.hex_of('good')};")
        box = QGroupBox(self.tr("This review cycle"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.saved, 1)
        box_layout.addLayout(buttons)
        self.model: RowTableModel[d.LeadershipCycle] = RowTableModel(CYCLE_COLUMNS, self)
        self.view = QTableView()
        self.view.setObjectName("leadership_cycles")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        fit_titles(self.view)
        self.view.setMinimumHeight(110)
        self.view.clicked.connect(self._on_view_clicked)
        history = QGroupBox(self.tr("Earlier cycles (click one to edit it)"))
        QVBoxLayout(history).addWidget(self.view)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(history)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def load(self) -> None:
        currency = get_program(self.ctx.db).currency
        for field in (self.budget_asked, self.budget_granted):
            field.setPlaceholderText(currency)
        self.model.set_rows(pc.list_leadership(self.ctx.db))
        self.view.resizeColumnsToContents()
        writable = not self.ctx.read_only
        self.save_button.setEnabled(writable)

    def _show(self, cycle: d.LeadershipCycle | None) -> None:
        self.cycle_id = cycle.id if cycle else None
        on = cycle.cycle_on if cycle else None
        self.cycle_on.setDate(QDate(on.year, on.month, on.day) if on else QDate.currentDate())
        for view, value in zip(self.answers, cycle.answers if cycle else ("", "", ""), strict=True):
            view.setPlainText(value)
        self.budget_asked.setText("" if not cycle or cycle.budget_asked is None else str(cycle.budget_asked))
        self.budget_granted.setText(
            "" if not cycle or cycle.budget_granted is None else str(cycle.budget_granted)
        )
        self.resources_asked.setText(cycle.resources_asked if cycle else "")
        self.resources_granted.setText(cycle.resources_granted if cycle else "")
        self.form.clear_errors()
        self.saved.clear()

    def _on_view_clicked(self, index: object) -> None:
        row = getattr(index, "row", lambda: -1)()
        if 0 <= row < self.model.rowCount():
            self._show(self.model.row_at(row))

    def _on_new_button_clicked(self) -> None:
        self._show(None)

    def _on_save_button_clicked(self) -> None:
        self.form.clear_errors()
        self.saved.clear()
        try:
            saved = pc.save_leadership(
                self.ctx.db,
                self.cycle_on.date().toString("yyyy-MM-dd"),
                [a.toPlainText() for a in self.answers],
                self.budget_asked.text(),
                self.budget_granted.text(),
                self.resources_asked.text(),
                self.resources_granted.text(),
                self.cycle_id,
            )
        except DomainError as exc:
            self.form.show_error(exc)
            return
        self.cycle_id = saved.id
        self.saved.setText(self.tr("Saved."))
        self.load()
