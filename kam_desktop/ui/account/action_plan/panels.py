"""Panels of the action plan, shared by the tab and the wizards: the compelling case, the
actions table, research/objectives -> actions, and the action board with quick status changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.dates import Bucket, relative_due
from kam_desktop.domain.enums import ActionStatus
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services import action_plan as ap
from kam_desktop.services import clock
from kam_desktop.ui.account.action_plan.dialogs import ActionDialog, ValuePropositionDialog
from kam_desktop.ui.account.shared.actions_common import (
    Column,
    RowTableModel,
    date_sort,
    date_text,
    hint_label,
    make_table,
    select_id,
    selected_row,
    status_colour,
)
from kam_desktop.ui.common import prompter, theme, undo
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.errors import attempt
from kam_desktop.ui.common.undo_bar import UndoBar


class PlanPanel(QWidget):
    """A panel over one plan; ``changed`` fires after it wrote something."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id = 0
        self.plan_id = 0

    def set_plan(self, account_id: int, plan_id: int) -> None:
        self.account_id, self.plan_id = account_id, plan_id
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def after_change(self, *topics: Topic) -> None:
        self.reload()
        self.changed.emit()
        self.ctx.notify(*(topics or (Topic.PLAN,)))

    def delete_with_undo(
        self,
        question: tuple[str, str],
        kind: str,
        item_id: int,
        name: str,
        do: Callable[[], Any],
        *topics: Topic,
    ) -> bool:
        """Ask ``question`` (title, text); run the delete; when it succeeded, offer its undo in the
        panel's UndoBar and on Edit > Undo. A refused delete is shown and leaves nothing to undo."""
        if not prompter.confirm(self, *question):
            return False
        text = undo.delete_text(kind, name)
        if not undo.delete(self.ctx, self, kind, item_id, text, topics or (Topic.PLAN,), do=do):
            return False
        bar = getattr(self, "undo_bar", None)
        if isinstance(bar, UndoBar):
            bar.offer(undo.deleted_text(kind, name))
        self.after_change(*topics)
        return True


def action_columns(with_objective: bool = True) -> list[Column[ap.ActionView]]:
    cols: list[Column[ap.ActionView]] = [
        Column("title", QT_TRANSLATE_NOOP("Column", "Action"), lambda a: a.title, tooltip=lambda a: a.title),
        Column(
            "owner",
            QT_TRANSLATE_NOOP("Column", "Owner"),
            lambda a: a.owner or "—",
            foreground=lambda a: None if a.owner else status_colour(ActionStatus.BLOCKED),
        ),
        Column(
            "due",
            QT_TRANSLATE_NOOP("Column", "Due"),
            lambda a: date_text(a.due_date) or "—",
            sort=lambda a: date_sort(a.due_date),
            tooltip=lambda a: relative_due(a.due_date, clock.today()),
            foreground=lambda a: (
                status_colour(ActionStatus.BLOCKED) if a.overdue or (a.is_open and not a.due_date) else None
            ),
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("Column", "Status"),
            lambda a: a.status.label,
            foreground=lambda a: status_colour(a.status),
        ),
    ]
    if with_objective:
        cols.insert(
            1,
            Column(
                "objective",
                QT_TRANSLATE_NOOP("Column", "Objective"),
                lambda a: a.objective or "—",
                tooltip=lambda a: a.objective,
            ),
        )
        cols.append(Column("stakeholder", QT_TRANSLATE_NOOP("Column", "Involves"), lambda a: a.stakeholder))
        cols.append(Column("source", QT_TRANSLATE_NOOP("Column", "From"), lambda a: a.source))
        cols.append(
            Column(
                "resources",
                QT_TRANSLATE_NOOP("Column", "Resources needed"),
                lambda a: " ".join(a.resources_needed.split()),
            )
        )
    return cols


class CasePanel(PlanPanel):
    """The compelling case: one or more value propositions, each problem / solution / value / proof."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowTableModel[ap.ValuePropositionView] = RowTableModel(
            [
                Column("title", QT_TRANSLATE_NOOP("Column", "Value proposition"), lambda v: v.title),
                Column(
                    "problem",
                    QT_TRANSLATE_NOOP("Column", "Customer's problem"),
                    lambda v: " ".join(v.problem.split()),
                    tooltip=lambda v: v.problem,
                ),
                Column(
                    "solution",
                    QT_TRANSLATE_NOOP("Column", "Our solution"),
                    lambda v: " ".join(v.solution.split()),
                    tooltip=lambda v: v.solution,
                ),
                Column(
                    "value", QT_TRANSLATE_NOOP("Column", "Quantified value"), lambda v: v.quantified_value
                ),
                Column(
                    "proof",
                    QT_TRANSLATE_NOOP("Column", "Proof"),
                    lambda v: " ".join(v.proof.split()),
                    tooltip=lambda v: v.proof,
                ),
            ],
            self,
        )
        self.table, self.proxy = make_table(
            self.model, "case_table", self, {"title": 170, "problem": 220, "solution": 220, "value": 170}
        )
        self.table.setMaximumHeight(130)
        self.table.doubleClicked.connect(self._on_edit)
        self.empty = hint_label(
            self.tr(
                "No compelling case yet. Start with the customer's problem in their words, "
                "then our solution, the value in numbers, and the proof."
            )
        )
        add = QPushButton(self.tr("New value proposition…"))
        add.setObjectName("btn_new_case")
        add.clicked.connect(self._on_add)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self._on_edit)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self._on_delete)
        self.undo_bar = UndoBar(ctx, self)
        self.undo_bar.undone.connect(self.after_change)
        buttons = QHBoxLayout()
        for b in (add, edit, delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def reload(self) -> None:
        rows = ap.list_value_propositions(self.ctx.db, self.plan_id) if self.plan_id else ()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))

    def _on_add(self) -> None:
        created = ValuePropositionDialog.ask(self.ctx.db, self.plan_id, parent=self)
        if created:
            undo.added(self.ctx, "value_proposition", created)
            self.after_change()

    def _on_edit(self, *_args: object) -> None:
        row = selected_row(self.table)
        if row is not None and undo.edited(
            self.ctx,
            "value_proposition",
            row.id,
            row.title,
            lambda: ValuePropositionDialog.ask(self.ctx.db, self.plan_id, row, parent=self),
        ):
            self.after_change()

    def _on_delete(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        question = (
            self.tr("Delete value proposition"),
            fmt(self.tr("Move “%1” to the trash? You can undo this."), row.title),
        )
        self.delete_with_undo(
            question,
            "value_proposition",
            row.id,
            row.title,
            lambda: ap.delete_value_proposition(self.ctx.db, row.id),
        )


class ActionsPanel(PlanPanel):
    """Every action of the plan: filter, create, edit, mark done, delete (with undo)."""

    FILTERS = (
        ("open", QT_TRANSLATE_NOOP("ActionsPanel", "Open actions")),
        ("overdue", QT_TRANSLATE_NOOP("ActionsPanel", "Overdue")),
        ("unassigned", QT_TRANSLATE_NOOP("ActionsPanel", "Missing owner or date")),
        ("all", QT_TRANSLATE_NOOP("ActionsPanel", "All actions")),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowTableModel[ap.ActionView] = RowTableModel(action_columns(), self)
        self.table, self.proxy = make_table(
            self.model,
            "actions_table",
            self,
            {
                "title": 260,
                "objective": 200,
                "owner": 120,
                "due": 90,
                "status": 90,
                "stakeholder": 120,
                "source": 90,
            },
        )
        self.table.sortByColumn(self.model.column_index("due"), Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._on_edit)
        self.filter = QComboBox()
        self.filter.setObjectName("actions_filter")
        for key, label in self.FILTERS:
            self.filter.addItem(translate("ActionsPanel", label), key)
        self.filter.currentIndexChanged.connect(self.reload)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search actions…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button = QPushButton(self.tr("New action…"))
        self.new_button.setObjectName("btn_new_action")
        self.new_button.clicked.connect(self._on_new)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self._on_edit)
        done = QPushButton(self.tr("Mark done"))
        done.setObjectName("btn_action_done")
        done.setToolTip(self.tr("Mark the selected action done (Ctrl+D)"))
        done.clicked.connect(self._on_done)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self._on_delete)
        self.undo_bar = UndoBar(ctx, self)
        self.undo_bar.undone.connect(self.after_change)
        self.count = QLabel()
        self.count.setStyleSheet(f"color: {theme.hex_of('text2')};")
        QShortcut(QKeySequence("Ctrl+D"), self.table, self._on_done)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._on_delete)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._on_edit)
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.new_button, edit, done, delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_bar)
        self.empty = hint_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

    def reload(self) -> None:
        rows = ap.list_actions(self.ctx.db, self.plan_id) if self.plan_id else ()
        key = self.filter.currentData()
        shown = [
            a
            for a in rows
            if key == "all"
            or (key == "open" and a.is_open)
            or (key == "overdue" and a.overdue)
            or (key == "unassigned" and a.is_open and (a.owner_id is None or a.due_date is None))
        ]
        self.model.set_rows(shown)
        self.count.setText(fmt(self.tr("%1 of %2"), str(len(shown)), str(len(rows))))
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr(
                "No actions yet. Turn each objective and each open research question into "
                "actions with an owner and a due date: “New action…”, or use the list above."
            )
        )

    def _on_new(self) -> None:
        created = ActionDialog.ask(self.ctx.db, self.plan_id, self.account_id, parent=self)
        if created:
            undo.added(self.ctx, "action", created)
            self.after_change()
            select_id(self.table, created.id)

    def _on_edit(self, *_args: object) -> None:
        row = selected_row(self.table)
        if row is not None and undo.edited(
            self.ctx,
            "action",
            row.id,
            row.title,
            lambda: ActionDialog.ask(self.ctx.db, self.plan_id, self.account_id, row, parent=self),
        ):
            self.after_change()
            select_id(self.table, row.id)

    def _on_done(self) -> None:
        row = selected_row(self.table)
        if row is not None and undo.edited(
            self.ctx,
            "action",
            row.id,
            row.title,
            lambda: attempt(self, ap.set_action_status, self.ctx.db, row.id, ActionStatus.DONE),
        ):
            self.after_change()

    def _on_delete(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        question = (
            self.tr("Delete action"),
            fmt(self.tr("Move “%1” to the trash? You can undo this."), row.title),
        )
        self.delete_with_undo(
            question, "action", row.id, row.title, lambda: ap.delete_action(self.ctx.db, row.id)
        )


class SourcesPanel(PlanPanel):
    """Open research questions and objectives, each with its number of actions; one click turns
    the selected ones into actions."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowTableModel[ap.ActionSource] = RowTableModel(
            [
                Column(
                    "kind",
                    QT_TRANSLATE_NOOP("Column", "From"),
                    lambda s: (
                        translate("ActionSources", "Needs research")
                        if s.kind == "research"
                        else translate("ActionSources", "Objective")
                    ),
                ),
                Column(
                    "text",
                    QT_TRANSLATE_NOOP("Column", "Question or objective"),
                    lambda s: s.text,
                    tooltip=lambda s: s.text,
                ),
                Column("detail", QT_TRANSLATE_NOOP("Column", "Category / topic"), lambda s: s.detail),
                Column(
                    "actions",
                    QT_TRANSLATE_NOOP("Column", "Actions"),
                    lambda s: str(s.actions) if s.actions else translate("ActionSources", "none yet"),
                    sort=lambda s: s.actions,
                    align_right=True,
                    foreground=lambda s: None if s.actions else status_colour(ActionStatus.BLOCKED),
                ),
            ],
            self,
        )
        self.table, self.proxy = make_table(
            self.model, "sources_table", self, {"kind": 110, "text": 420, "detail": 200}
        )
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(self._on_create)
        self.create_button = QPushButton(self.tr("Create action(s) for the selection"))
        self.create_button.setObjectName("btn_spawn_actions")
        self.create_button.clicked.connect(self._on_create)
        self.all_research = QPushButton(self.tr("One action for every open question"))
        self.all_research.setObjectName("btn_spawn_all_research")
        self.all_research.clicked.connect(self._on_all_research)
        self.summary = hint_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.all_research)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        rows = ap.action_sources(self.ctx.db, self.plan_id) if self.plan_id else ()
        self.model.set_rows(rows)
        research = [s for s in rows if s.kind == "research"]
        objectives = [s for s in rows if s.kind == "objective"]
        self.summary.setText(
            fmt(
                self.tr("%n question(s) need research (%1 without an action);", "", len(research)),
                str(sum(1 for s in research if not s.actions)),
            )
            + " "
            + fmt(
                self.tr("%n objective(s) (%1 without an action).", "", len(objectives)),
                str(sum(1 for s in objectives if not s.actions)),
            )
            + " "
            + self.tr("Select rows and create actions; a question's owner and due date carry over.")
        )
        self.all_research.setEnabled(any(not s.actions for s in research))

    def selected_sources(self) -> list[ap.ActionSource]:
        rows = self.table.selectionModel().selectedRows()
        return [r.data(Qt.ItemDataRole.UserRole + 11) for r in rows]

    def _on_create(self, *_args: object) -> None:
        chosen = self.selected_sources()
        research = [s.id for s in chosen if s.kind == "research"]
        wrote = False
        spawned = (
            attempt(self, ap.spawn_from_research, self.ctx.db, self.plan_id, research) if research else None
        )
        if spawned is not None:
            undo.added_many(self.ctx, "action", spawned, self.tr("Create actions from research questions"))
            wrote = True
        for source in (s for s in chosen if s.kind == "objective"):
            preset = ap.ActionInput(
                title=ap.objective_action_title(self.ctx.db, self.plan_id, source.text),
                objective_id=source.id,
                due_date=source.due_date,
            )
            created = ActionDialog.ask(self.ctx.db, self.plan_id, self.account_id, preset=preset, parent=self)
            if created:
                undo.added(self.ctx, "action", created)
                wrote = True
        if wrote:
            self.after_change()

    def _on_all_research(self) -> None:
        ids = [s.id for s in self.model.rows() if s.kind == "research" and not s.actions]
        spawned = attempt(self, ap.spawn_from_research, self.ctx.db, self.plan_id, ids) if ids else None
        if spawned is not None:
            undo.added_many(self.ctx, "action", spawned, self.tr("Create actions from research questions"))
            self.after_change()


def _card_text(a: ap.ActionView) -> str:
    when = (
        relative_due(a.due_date, clock.today())
        if a.status.is_open
        else (
            fmt(translate("BoardPanel", "done %1"), date_text(a.completed_on))
            if a.completed_on
            else a.status.label
        )
    )
    status = f" · {a.status.label}" if a.status in (ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED) else ""
    owner = a.owner or translate("BoardPanel", "no owner")
    return f"{a.title}\n{owner} · {when}{status}"


def _card_column(bucket: Bucket) -> Column[ap.ActionView]:
    def sort(a: ap.ActionView) -> tuple[bool, dt.date, str]:
        day = a.completed_on if bucket is Bucket.DONE else a.due_date
        return (day is None, day or dt.date.max, a.title.casefold())

    def colour(a: ap.ActionView) -> object:
        if a.status is ActionStatus.BLOCKED or a.overdue:
            return status_colour(ActionStatus.BLOCKED)
        return None

    return Column(
        "card",
        QT_TRANSLATE_NOOP("Column", "Action"),
        _card_text,
        sort=sort,
        tooltip=lambda a: f"{a.title}\n{a.objective}",
        foreground=colour,
    )


BOARD_COLUMNS = (
    (Bucket.OVERDUE, QT_TRANSLATE_NOOP("BoardPanel", "Overdue")),
    (Bucket.THIS_WEEK, QT_TRANSLATE_NOOP("BoardPanel", "Due this week")),
    (Bucket.LATER, QT_TRANSLATE_NOOP("BoardPanel", "Later / no date")),
    (Bucket.DONE, QT_TRANSLATE_NOOP("BoardPanel", "Done (last 2 weeks)")),
)


class BoardPanel(PlanPanel):
    """Overdue, due this week, later, done - select a card and change its status in one click."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.models: dict[Bucket, RowTableModel[ap.ActionView]] = {}
        self.tables: dict[Bucket, QTableView] = {}
        self.headers: dict[Bucket, QLabel] = {}
        self._focus: QTableView | None = None
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        for column, (bucket, title) in enumerate(BOARD_COLUMNS):
            model: RowTableModel[ap.ActionView] = RowTableModel([_card_column(bucket)], self)
            table, _proxy = make_table(model, f"board_{bucket.value}", self)
            table.horizontalHeader().hide()
            table.setWordWrap(True)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.sortByColumn(
                0, Qt.SortOrder.DescendingOrder if bucket is Bucket.DONE else Qt.SortOrder.AscendingOrder
            )
            table.clicked.connect(lambda _i, t=table: self._on_focus(t))
            table.doubleClicked.connect(self._on_edit)
            header = QLabel(title)
            colour = theme.hex_of(
                {"overdue": "bad", "this_week": "warn", "done": "good"}.get(bucket.value, "text")
            )
            header.setStyleSheet(f"font-weight: 600; color: {colour};")
            grid.addWidget(header, 0, column)
            grid.addWidget(table, 1, column)
            self.models[bucket], self.tables[bucket], self.headers[bucket] = model, table, header
        self.status_buttons: dict[ActionStatus, QPushButton] = {}
        buttons = QHBoxLayout()
        self.selected_label = QLabel(self.tr("Select an action, then:"))
        self.selected_label.setStyleSheet(f"color: {theme.hex_of('text2')};")
        buttons.addWidget(self.selected_label)
        for status, label, key in (
            (ActionStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("BoardPanel", "Start"), "Ctrl+Shift+S"),
            (ActionStatus.DONE, QT_TRANSLATE_NOOP("BoardPanel", "Done"), "Ctrl+D"),
            (ActionStatus.BLOCKED, QT_TRANSLATE_NOOP("BoardPanel", "Blocked"), "Ctrl+Shift+B"),
            (ActionStatus.PLANNED, QT_TRANSLATE_NOOP("BoardPanel", "Reopen"), "Ctrl+Shift+R"),
            (ActionStatus.CANCELLED, QT_TRANSLATE_NOOP("BoardPanel", "Cancel action"), ""),
        ):
            button = QPushButton(translate("BoardPanel", label))
            button.setObjectName(f"board_{status.value}")
            if key:
                button.setShortcut(QKeySequence(key))
                button.setToolTip(key)
            button.clicked.connect(lambda _c=False, s=status: self.set_status(s))
            buttons.addWidget(button)
            self.status_buttons[status] = button
        buttons.addStretch(1)
        add = QPushButton(self.tr("New action…"))
        add.clicked.connect(self._on_new)
        buttons.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        board = ap.action_board(self.ctx.db, self.plan_id) if self.plan_id else None
        for bucket, title in BOARD_COLUMNS:
            rows: tuple[ap.ActionView, ...] = ()
            if board is not None:
                rows = board.later + board.no_date if bucket is Bucket.LATER else board.column(bucket)
            self.models[bucket].set_rows(rows)
            self.headers[bucket].setText(f"{translate('BoardPanel', title)} ({len(rows)})")

    def _on_focus(self, table: QTableView) -> None:
        self._focus = table
        for other in self.tables.values():
            if other is not table:
                other.clearSelection()

    def selected(self) -> ap.ActionView | None:
        if self._focus is not None:
            row = selected_row(self._focus)
            if row is not None:
                return row  # type: ignore[no-any-return]
        for table in self.tables.values():
            row = selected_row(table)
            if row is not None:
                return row  # type: ignore[no-any-return]
        return None

    def select_action(self, action_id: int) -> bool:
        for table in self.tables.values():
            if select_id(table, action_id):
                self._on_focus(table)
                return True
        return False

    def set_status(self, status: ActionStatus) -> None:
        row = self.selected()
        if row is None:
            return
        if undo.edited(
            self.ctx,
            "action",
            row.id,
            row.title,
            lambda: attempt(self, ap.set_action_status, self.ctx.db, row.id, status),
        ):
            self.after_change()
            self.select_action(row.id)

    def _on_edit(self, *_args: object) -> None:
        row = self.selected()
        if row is not None and undo.edited(
            self.ctx,
            "action",
            row.id,
            row.title,
            lambda: ActionDialog.ask(self.ctx.db, self.plan_id, self.account_id, row, parent=self),
        ):
            self.after_change()

    def _on_new(self) -> None:
        created = ActionDialog.ask(self.ctx.db, self.plan_id, self.account_id, parent=self)
        if created:
            undo.added(self.ctx, "action", created)
            self.after_change()
