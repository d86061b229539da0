"""The question bank of one plan: completeness per category, the questions (filtered by category
and status, sortable), and an editor for the selected question's answer, status, owner, due
date and source. The answer is committed when the user moves to another question, presses
Save (Ctrl+S) or Save and next (Ctrl+Enter), or leaves the wizard page with Next.

The editor's layout does not move with the question: the full question text (word-wrapped)
sits in a box of fixed height that scrolls when a question is long, so the large answer box
below it is always in the same place."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import ResearchStatus
from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.question_bank import load_question_bank
from kam_desktop.i18n import fmt
from kam_desktop.services import research
from kam_desktop.services.research import AnswerInput, QuestionRow
from kam_desktop.ui.account.research.questions_models import (
    CategoryModel,
    CustomQuestionDialog,
    QuestionsModel,
)
from kam_desktop.ui.account.shared.plan_common import make_table, selected_row
from kam_desktop.ui.common import prompter, theme, undo
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.date_edit import DateEdit
from kam_desktop.ui.common.table_model import ROW_ROLE
from kam_desktop.ui.common.undo_bar import UndoBar
from kam_desktop.ui.common.widgets import ValidatedForm

ALL = 0
QUESTION_AREA_LINES = 6  # the question box's fixed height, in lines of text
ANSWER_LINES = 7  # the answer box shows at least this many lines


class AnswerEditor(QWidget):
    """Edits one question's answer; ``dirty`` once the user changed something."""

    edited = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row: QuestionRow | None = None
        self.dirty = False
        self._filling = False
        self.question = QLabel(self.tr("Pick a question on the left."))
        self.question.setObjectName("question_text")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question.setStyleSheet("font-weight: 600; font-size: 13px;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet(f"color: {theme.hex_of('text2')};")
        # The question and its hint scroll inside a box of fixed height: a long question never
        # pushes the answer box down (a scripted run once typed into the wrong place).
        text_holder = QWidget()
        text_column = QVBoxLayout(text_holder)
        text_column.setContentsMargins(0, 0, 4, 0)
        text_column.addWidget(self.question)
        text_column.addWidget(self.hint)
        text_column.addStretch(1)
        self.question_area = QScrollArea()
        self.question_area.setObjectName("question_area")
        self.question_area.setWidget(text_holder)
        self.question_area.setWidgetResizable(True)
        self.question_area.setFrameShape(QFrame.Shape.NoFrame)
        self.question_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.question_area.setFixedHeight(QUESTION_AREA_LINES * self.fontMetrics().lineSpacing() + 8)
        self.form = ValidatedForm()
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("answer_edit")
        self.answer.setPlaceholderText(self.tr("What you know. Typing here marks the question answered."))
        self.answer.setTabChangesFocus(True)
        self.answer.setMinimumHeight(ANSWER_LINES * self.fontMetrics().lineSpacing() + 12)
        self.answer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.status = QComboBox()
        self.status.setObjectName("answer_status")
        for s in ResearchStatus:
            self.status.addItem(s.label, s)
        self.owner = QComboBox()
        self.owner.setObjectName("answer_owner")
        self.due = DateEdit()
        self.due.setObjectName("answer_due")
        self.source = QLineEdit()
        self.source.setObjectName("answer_source")
        self.source.setPlaceholderText(self.tr("Where it comes from: annual report, a conversation…"))
        self.source.setToolTip(self.source.placeholderText())
        self.form.add_row("answer", self.tr("Answer"), self.answer)
        self.form.add_row("status", self.tr("Status"), self.status)
        self.form.add_row("owner", self.tr("Owner"), self.owner)
        self.form.add_row("due_date", self.tr("Due date"), self.due)
        self.form.add_row("source", self.tr("Source"), self.source)
        self.form.finish()
        self.save_button = QPushButton(self.tr("Save answer"))
        self.save_button.setObjectName("save_answer")
        self.save_button.setToolTip(self.tr("Ctrl+S. Moving to another question saves too."))
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setObjectName("previous_question")
        self.previous_button.setToolTip(
            self.tr("The previous question (Ctrl+Page Up). Saves this answer first.")
        )
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setObjectName("next_question")
        self.next_button.setToolTip(self.tr("The next question (Ctrl+Page Down). Saves this answer first."))
        self.save_next_button = QPushButton(self.tr("Save and next"))
        self.save_next_button.setObjectName("save_and_next")
        self.save_next_button.setToolTip(self.tr("Ctrl+Enter: save this answer and go to the next question."))
        # moving on one line, saving on the next: four buttons side by side did not fit the
        # panel with longer (translated) texts
        buttons = QVBoxLayout()
        moving = QHBoxLayout()
        moving.addWidget(self.previous_button)
        moving.addWidget(self.next_button)
        moving.addStretch(1)
        saving = QHBoxLayout()
        saving.addStretch(1)
        saving.addWidget(self.save_button)
        saving.addWidget(self.save_next_button)
        buttons.addLayout(moving)
        buttons.addLayout(saving)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.question_area)
        layout.addWidget(self.form, 1)
        layout.addLayout(buttons)
        self.answer.textChanged.connect(self._on_answer_text_changed)
        for signal in (
            self.status.currentIndexChanged,
            self.owner.currentIndexChanged,
            self.due.dateChanged,
            self.source.textEdited,
        ):
            signal.connect(self._on_field_edited)
        self.set_row(None)

    def set_team(self, members: tuple[research.TeamMemberOption, ...]) -> None:
        self._filling = True
        current = self.owner.currentData()
        self.owner.clear()
        self.owner.addItem(self.tr("— nobody —"), None)
        for m in members:
            self.owner.addItem(m.name, m.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        self._filling = False

    def set_row(self, row: QuestionRow | None) -> None:
        self._filling = True
        self.row = row
        self.dirty = False
        self.form.clear_errors()
        enabled = row is not None
        for w in (
            self.answer,
            self.status,
            self.owner,
            self.due,
            self.source,
            self.save_button,
            self.save_next_button,
        ):
            w.setEnabled(enabled)
        if row is None:
            self.question.setText(self.tr("Pick a question on the left."))
            self.hint.clear()
            self.answer.clear()
            self.due.set_date(None)
            self.source.clear()
        else:
            prefix = self.tr("Your question") if row.custom else row.question_id
            self.question.setText(f"{prefix} · {row.category_title}\n{row.text}")
            self.hint.setText(row.hint)
            self.question_area.verticalScrollBar().setValue(0)
            self.answer.setPlainText(row.answer)
            self.status.setCurrentIndex(self.status.findData(row.status))
            if row.owner_id is not None and self.owner.findData(row.owner_id) < 0:
                self.owner.addItem(row.owner_name, row.owner_id)  # an archived member still owning it
            self.owner.setCurrentIndex(max(0, self.owner.findData(row.owner_id)))
            self.due.set_date(row.due_date)
            self.source.setText(row.source)
        self._filling = False

    def command(self) -> AnswerInput:
        return AnswerInput(
            self.answer.toPlainText(),
            self.status.currentData(),
            self.owner.currentData(),
            self.due.value(),
            self.source.text(),
        )

    def _on_answer_text_changed(self) -> None:
        if self._filling:
            return
        if self.status.currentData() == ResearchStatus.UNANSWERED and self.answer.toPlainText().strip():
            self._filling = True
            self.status.setCurrentIndex(self.status.findData(ResearchStatus.ANSWERED))
            self._filling = False
        self._on_field_edited()

    def _on_field_edited(self, *_args: object) -> None:
        if not self._filling:
            self.dirty = True
            self.edited.emit()


class QuestionsWidget(QWidget):
    """Categories with completeness on top, questions below-left, the answer editor on the right."""

    changed = Signal()  # something was committed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id: int | None = None
        self._current_key: str | None = None
        self._reloading = False
        self.saves_on_hide = not compact  # the tab saves when left; a wizard page decides itself
        self.categories = CategoryModel(self)
        self.category_table, self.category_proxy = make_table(self.categories, "category_table", self)
        self.compact = compact
        self.category_table.setMaximumHeight(124 if compact else 226)
        self.category_table.clicked.connect(self._on_category_table_clicked)
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("category_filter")
        self.category_filter.addItem(self.tr("All categories"), ALL)
        for c in load_question_bank().categories:
            self.category_filter.addItem(f"{c.id}. {c.title}", c.id)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("Any status"), None)
        for s in ResearchStatus:
            self.status_filter.addItem(s.label, s)
        # The filters shrink with the pane (long category names are elided, not a minimum
        # width that widens the wizard).
        for combo in (self.category_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.category_filter.currentIndexChanged.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.add_button = QPushButton(self.tr("Add your own question…"))
        self.add_button.setObjectName("add_question")
        self.add_button.clicked.connect(self.add_question)
        self.delete_button = QPushButton(self.tr("Delete question"))
        self.delete_button.setToolTip(
            self.tr("Only your own questions can be deleted; mark bank questions not relevant.")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.summary = QLabel()
        self.summary.setObjectName("questions_summary")
        self.summary.setWordWrap(True)
        self.model = QuestionsModel(self)
        self.table, self.proxy = make_table(self.model, "questions_table", self)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.editor = AnswerEditor(ctx, self)
        self.editor.save_button.clicked.connect(self.commit_current)
        self.editor.save_next_button.clicked.connect(self.save_and_next)
        self.editor.next_button.clicked.connect(lambda: self.step(1))
        self.editor.previous_button.clicked.connect(lambda: self.step(-1))
        QShortcut(QKeySequence.StandardKey.Save, self, self.commit_current)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self, self.save_and_next)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self, lambda s=step: self.step(s))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_bar = UndoBar(ctx, self)
        self.undo_bar.undone.connect(self.reload)
        filters = QHBoxLayout()
        filters.addWidget(self.category_filter, 2)
        filters.addWidget(self.status_filter, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addLayout(actions)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.category_table)
        layout.addWidget(self.undo_bar)
        layout.addWidget(split, 1)

    # --- data ------------------------------------------------------------------------------

    def set_plan(self, plan_id: int) -> None:
        if self.plan_id is not None and plan_id != self.plan_id:
            self.commit_current()  # an answer typed for the account being left is saved, not dropped
        if plan_id != self.plan_id:
            self._current_key = None
        self.plan_id = plan_id
        self.editor.set_team(research.list_team_members(self.ctx.db))
        if self._current_key is None:  # start on the first question still open
            rows = research.list_questions(self.ctx.db, plan_id)
            first = next(
                (r for r in rows if r.status is ResearchStatus.UNANSWERED), rows[0] if rows else None
            )
            self._current_key = first.key if first else None
        self.reload()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # In the tab: another tab, another section or closing the window saves what was typed.
        # In a wizard page, leaving by Next saves and Cancel discards (the wizard decides).
        if self.saves_on_hide and self.editor.dirty and self.plan_id is not None:
            self.commit_current()
        super().hideEvent(event)

    def reload(self) -> None:
        if self.plan_id is None:
            return
        rows = research.list_questions(self.ctx.db, self.plan_id)
        progress = research.summarise(rows)
        self._reloading = True
        self.model.set_rows(rows)
        self.categories.set_rows(progress)
        self._reloading = False
        total = sum(c.total for c in progress)
        addressed = sum(c.addressed for c in progress)
        self.summary.setText(
            fmt(
                self.tr(
                    "%1 of %2 questions addressed (answered, not relevant, or research assigned "
                    "with an owner and a due date)."
                ),
                str(addressed),
                str(total),
            )
        )
        self.category_table.resizeColumnsToContents()
        self.table.setColumnWidth(
            0, max(44, self.table.horizontalHeader().sectionSizeFromContents(0).width())
        )
        self.table.setColumnWidth(1, 250 if self.compact else 330)  # the status stays readable
        self.table.setColumnWidth(2, 110)
        self._reselect()

    def _reselect(self) -> None:
        key = self._current_key
        self._reloading = True
        try:
            for r in range(self.proxy.rowCount()):
                index = self.proxy.index(r, 0)
                row = index.data(ROW_ROLE)
                if row is not None and row.key == key:
                    self.table.selectRow(r)
                    if not (self.editor.dirty and self.editor.row is not None and self.editor.row.key == key):
                        self.editor.set_row(row)  # never throw away what the user is typing
                    return
            self.table.clearSelection()
            self.editor.set_row(None)
            self._current_key = None
        finally:
            self._reloading = False

    def rows(self) -> tuple[QuestionRow, ...]:
        return self.model.rows()

    def progress(self) -> dict[int, research.CategoryProgress]:
        return {c.category: c for c in self.categories.rows()}

    # --- selection and committing -------------------------------------------------------------

    def select_key(self, key: str) -> None:
        """Select a question by key ('Q07' / 'C12'), committing the current one first."""
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(ROW_ROLE).key == key:
                self.table.selectRow(r)
                return

    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._reloading:
            return
        row = selected_row(self.table)
        new_key = row.key if row is not None else None
        if new_key == self._current_key:
            return
        if self.editor.dirty:
            if not self._save_editor():
                QTimer.singleShot(0, self._reselect)  # stay on the question with the problem
                return
            self._current_key = new_key
            self.reload()
            self.changed.emit()
            return
        self._current_key = new_key
        latest = next((r for r in self.model.rows() if r.key == new_key), None)
        self.editor.set_row(latest)

    def _save_editor(self) -> bool:
        if self.plan_id is None or self.editor.row is None or not self.editor.dirty:
            return True
        row = self.editor.row
        before = (
            undo.capture(self.ctx, "research_answer", row.answer_id) if row.answer_id is not None else None
        )
        try:
            saved = research.save_answer(self.ctx.db, self.plan_id, row.key, self.editor.command())
        except DomainError as exc:
            self.editor.form.show_error(exc)
            return False
        self.editor.dirty = False
        self.editor.form.clear_errors()
        text = fmt(self.tr("Answer “%1”"), undo.quoted(row.text))
        if before is not None:
            undo.record_edit(self.ctx, before, text)
        elif saved.answer_id is not None:
            undo.record_add(self.ctx, "research_answer", saved.answer_id, text)
        return True

    def commit_current(self) -> bool:
        """Save the editor if it changed; on invalid input show it next to the field, return False."""
        if not self.editor.dirty:
            return True
        if not self._save_editor():
            return False
        self.reload()
        self.changed.emit()
        return True

    def _current_proxy_row(self) -> int:
        for r in range(self.proxy.rowCount()):
            row = self.proxy.index(r, 0).data(ROW_ROLE)
            if row is not None and row.key == self._current_key:
                return r
        return -1

    def step(self, delta: int) -> bool:
        """Go to the previous (-1) or next (+1) question in the table's order, saving the answer
        first; False (and the message next to the field) when it cannot be saved, or at either end."""
        if not self.commit_current():
            self.editor.answer.setFocus()
            return False
        target = self._current_proxy_row() + delta
        if not 0 <= target < self.proxy.rowCount():
            return False
        self.table.selectRow(target)
        self.editor.answer.setFocus()
        return True

    def save_and_next(self) -> bool:
        """Ctrl+Enter: save this answer and move to the next question, the cursor in its answer box."""
        if self.editor.row is None:
            return False
        if not self.commit_current():
            self.editor.answer.setFocus()
            return False
        moved = self.step(1)
        self.editor.answer.setFocus()
        return moved

    def _apply_filter(self) -> None:
        category = self.category_filter.currentData()
        raw_status = self.status_filter.currentData()  # combo data comes back as plain str
        status = ResearchStatus(raw_status) if raw_status else None

        def accept(row: QuestionRow) -> bool:
            return (category == ALL or row.category == category) and (status is None or row.status is status)

        self.proxy.set_row_filter(accept)
        self._reselect()

    def _on_category_table_clicked(self, index: object) -> None:
        row = selected_row(self.category_table)
        if row is not None:
            self.category_filter.setCurrentIndex(self.category_filter.findData(row.category))

    # --- custom questions -----------------------------------------------------------------------

    def add_question(self) -> None:
        if self.plan_id is None or not self.commit_current():
            return
        category = self.category_filter.currentData()
        row = CustomQuestionDialog.ask(self.ctx, self.plan_id, category or None, self)
        if row is not None:
            if row.answer_id is not None:
                undo.record_add(
                    self.ctx, "research_answer", row.answer_id, undo.add_text("research_answer", row.text)
                )
            self._current_key = row.key
            self.reload()
            self.changed.emit()

    def delete_selected(self) -> None:
        row = selected_row(self.table)
        if row is None or not row.custom or row.answer_id is None:
            return
        if not prompter.confirm(
            self, self.tr("Delete question"), self.tr("Move your question and its answer to the trash?")
        ):
            return
        answer_id = row.answer_id
        if not undo.delete(
            self.ctx,
            self,
            "research_answer",
            answer_id,
            undo.delete_text("research_answer", row.text),
            do=lambda: research.delete_custom_question(self.ctx.db, answer_id),
        ):
            return
        self.editor.dirty = False
        self._current_key = None
        self.undo_bar.offer(self.tr("Question moved to the trash."))
        self.reload()
        self.changed.emit()
