"""The research to-do list: every 'needs research' question with its owner and due date."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from kam_desktop.i18n import fmt
from kam_desktop.services import research
from kam_desktop.services.research import QuestionRow
from kam_desktop.ui.account.research.questions_models import TodoModel
from kam_desktop.ui.account.shared.plan_common import make_table, selected_row
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.widgets import EmptyState


class ResearchTodoWidget(QWidget):
    """Double-clicking an item asks to open it in the question editor (``open_question``)."""

    open_question = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = TodoModel(self)
        self.table, self.proxy = make_table(self.model, "todo_table", self)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.summary = QLabel()
        self.empty = EmptyState(
            self.tr("Nothing to research"),
            self.tr(
                "Mark a question 'needs research' and give it an owner and a due date: it shows up here "
                "as a to-do."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)

    def set_plan(self, plan_id: int) -> None:
        rows = research.research_todo(self.ctx.db, plan_id)
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        missing = sum(1 for r in rows if r.owner_id is None or r.due_date is None)
        text = self.tr("%n item(s) to research.", "", len(rows))
        if missing:
            text += " " + fmt(self.tr("%1 still need an owner and a due date."), str(missing))
        self.summary.setText(text)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 520))

    def rows(self) -> tuple[QuestionRow, ...]:
        return self.model.rows()

    def _on_table_double_clicked(self, _index: object) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.open_question.emit(row.key)
