"""Table models of the research questions, their categories' completeness and the to-do list;
the dialog that adds a question of the user's own."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import ResearchStatus
from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.question_bank import load_question_bank
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services import clock, research
from kam_desktop.services.research import CategoryProgress, QuestionRow
from kam_desktop.ui.account.shared.plan_common import fmt_date
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.table_model import Column, RowTableModel
from kam_desktop.ui.common.widgets import ValidatedForm

STATUS_ORDER = {s: i for i, s in enumerate(ResearchStatus)}
STATUS_COLOURS = {
    ResearchStatus.UNANSWERED: "muted",
    ResearchStatus.ANSWERED: "good",
    ResearchStatus.NEEDS_RESEARCH: "warn",
    ResearchStatus.NOT_RELEVANT: "muted",
}


def _overdue(r: QuestionRow) -> bool:
    return r.status is ResearchStatus.NEEDS_RESEARCH and r.due_date is not None and r.due_date < clock.today()


def _one_line(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _question_label(r: QuestionRow) -> str:
    return r.question_id or "✎"


QUESTION_COLUMNS: tuple[Column[QuestionRow], ...] = (
    Column(
        "id",
        QT_TRANSLATE_NOOP("Column", "#"),
        _question_label,
        sort=lambda r: (r.category, r.custom, r.question_id or "", r.answer_id or 0),
        tooltip=lambda r: (
            "Your own question"
            if r.custom
            else ("Outside this plan's rigour" if not r.in_scope else "From the question bank")
        ),
    ),
    Column(
        "question",
        QT_TRANSLATE_NOOP("Column", "Question"),
        lambda r: _one_line(r.text),
        sort=lambda r: r.text.casefold(),
        tooltip=lambda r: r.text + (f"\n\n{r.hint}" if r.hint else ""),
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("Column", "Status"),
        lambda r: r.status.label,
        sort=lambda r: STATUS_ORDER[r.status],
        foreground=lambda r: QBrush(theme.color(STATUS_COLOURS[r.status])),
    ),
    Column(
        "owner",
        QT_TRANSLATE_NOOP("Column", "Owner"),
        lambda r: r.owner_name,
        sort=lambda r: r.owner_name.casefold(),
    ),
    Column(
        "due",
        QT_TRANSLATE_NOOP("Column", "Due"),
        lambda r: fmt_date(r.due_date),
        sort=lambda r: r.due_date,
        foreground=lambda r: QBrush(theme.color("bad")) if _overdue(r) else None,
    ),
    Column(
        "answer",
        QT_TRANSLATE_NOOP("Column", "Answer"),
        lambda r: _one_line(r.answer, 80),
        sort=lambda r: r.answer.casefold(),
        tooltip=lambda r: r.answer,
    ),
)

CATEGORY_COLUMNS: tuple[Column[CategoryProgress], ...] = (
    Column(
        "category",
        QT_TRANSLATE_NOOP("Column", "Category"),
        lambda c: f"{c.category}. {c.title}",
        sort=lambda c: c.category,
    ),
    Column(
        "addressed",
        QT_TRANSLATE_NOOP("Column", "Addressed"),
        lambda c: fmt(translate("Column", "%1 of %2"), c.addressed, c.total),
        sort=lambda c: c.addressed,
        align_right=True,
    ),
    Column(
        "percent",
        QT_TRANSLATE_NOOP("Column", "%"),
        lambda c: f"{c.percent}%",
        sort=lambda c: c.percent,
        align_right=True,
        foreground=lambda c: QBrush(
            theme.color("good" if c.percent >= 50 else "warn" if c.addressed else "bad")
        ),
    ),
    Column(
        "needs",
        QT_TRANSLATE_NOOP("Column", "Needs research"),
        lambda c: str(c.needs_research) if c.needs_research else "",
        sort=lambda c: c.needs_research,
        align_right=True,
    ),
)

TODO_COLUMNS: tuple[Column[QuestionRow], ...] = (
    Column(
        "due",
        QT_TRANSLATE_NOOP("Column", "Due"),
        lambda r: fmt_date(r.due_date) or "no date",
        sort=lambda r: r.due_date or dt.date.max,
        foreground=lambda r: QBrush(theme.color("bad")) if _overdue(r) or r.due_date is None else None,
    ),
    Column(
        "owner",
        QT_TRANSLATE_NOOP("Column", "Owner"),
        lambda r: r.owner_name or "nobody",
        sort=lambda r: r.owner_name.casefold(),
        foreground=lambda r: QBrush(theme.color("bad")) if r.owner_id is None else None,
    ),
    Column(
        "question",
        QT_TRANSLATE_NOOP("Column", "What to find out"),
        lambda r: _one_line(r.text),
        sort=lambda r: r.text.casefold(),
        tooltip=lambda r: r.text,
    ),
    Column(
        "category",
        QT_TRANSLATE_NOOP("Column", "Category"),
        lambda r: r.category_title,
        sort=lambda r: r.category,
    ),
)


class QuestionsModel(RowTableModel[QuestionRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QUESTION_COLUMNS, parent)


class CategoryModel(RowTableModel[CategoryProgress]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CATEGORY_COLUMNS, parent)


class TodoModel(RowTableModel[QuestionRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TODO_COLUMNS, parent)


class CustomQuestionDialog(QDialog):
    """Add a question of the user's own to the plan, in one of the 8 categories."""

    def __init__(
        self, ctx: AppContext, plan_id: int, category: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.plan_id = ctx, plan_id
        self.result_row: QuestionRow | None = None
        self.setWindowTitle(self.tr("Add your own question"))
        self.form = ValidatedForm()
        self.category = QComboBox()
        for c in load_question_bank().categories:
            self.category.addItem(f"{c.id}. {c.title}", c.id)
        if category is not None:
            self.category.setCurrentIndex(self.category.findData(category))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("e.g. Who signed off the last framework agreement?"))
        self.text.setFixedHeight(80)
        self.form.add_row("category", self.tr("Category"), self.category)
        self.form.add_row("question", self.tr("Question"), self.text)
        self.form.finish()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.result_row = research.add_custom_question(
                self.ctx.db, self.plan_id, int(self.category.currentData()), self.text.toPlainText()
            )
        except DomainError as exc:
            self.form.show_error(exc)
            return
        self.accept()

    @classmethod
    def ask(
        cls, ctx: AppContext, plan_id: int, category: int | None = None, parent: QWidget | None = None
    ) -> QuestionRow | None:
        dialog = cls(ctx, plan_id, category, parent)
        dialog.exec()
        return dialog.result_row
