"""The Team section: our people (reusable across accounts; archived, never deleted while in
use), role coverage across the key accounts, and the team's fluency with its history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import ConflictError, DomainError
from kam_desktop.i18n import fmt
from kam_desktop.services import team
from kam_desktop.services.team import DeletedMember, MemberView
from kam_desktop.ui.common import prompter
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.errors import attempt, show_error
from kam_desktop.ui.common.table_model import ROW_ROLE
from kam_desktop.ui.common.tables import TableProxy
from kam_desktop.ui.common.widgets import EmptyState
from kam_desktop.ui.team.fluency import FluencyPanel
from kam_desktop.ui.team.member_dialog import MemberDialog
from kam_desktop.ui.team.models import MemberTableModel
from kam_desktop.ui.team.portfolio_roles import PortfolioCoverage

TOPICS = frozenset({Topic.TEAM, Topic.ROLES, Topic.ACCOUNTS})


class MemberFilter(TableProxy):
    """Hides archived members unless asked; filters by name, function or email."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, haystack=lambda m: f"{m.name}\n{m.function}\n{m.email}")
        self.show_archived = False

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        self.set_show_archived(self.show_archived)

    def set_show_archived(self, value: bool) -> None:
        self.show_archived = value
        if self.sourceModel() is not None:
            self.set_row_filter(None if value else (lambda m: not m.archived))


class PeopleTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._deleted: DeletedMember | None = None
        self.model = MemberTableModel(self)
        self.proxy = MemberFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("team_table")
        self.view.setAccessibleName(self.tr("Team members"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.edit_member())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())

        self.new_button = QPushButton(self.tr("New member…"))
        self.new_button.setObjectName("new_member")
        self.new_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.new_button.clicked.connect(self.new_member)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_member)
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setObjectName("archive_member")
        self.archive_button.setToolTip(self.tr("Keep their history; they cover no role and get no new work."))
        self.archive_button.clicked.connect(self.toggle_archive)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Only for someone never used; otherwise archive."))
        self.delete_button.clicked.connect(self.delete_member)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name, function, email…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setObjectName("show_archived")
        self.show_archived.toggled.connect(self.proxy.set_show_archived)
        bar = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.archive_button, self.delete_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.show_archived)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.undo_button)
        self.message.hide()
        self.undo_button.hide()

        self.empty = EmptyState(
            self.tr("No team members yet"),
            self.tr(
                "Add the people on our side who work on your key accounts - engineers, project "
                "managers, specialists. You then give them the 6 roles account by account."
            ),
            self.tr("Add the first team member…"),
        )
        self.empty.action_clicked.connect(self.new_member)
        table = QWidget()
        column = QVBoxLayout(table)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addLayout(message_row)
        column.addWidget(self.view, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.new_member)

    def reload(self) -> None:
        selected = self.selected()
        members = team.list_members(self.ctx.db)
        self.model.set_rows(members)
        self.stack.setCurrentIndex(0 if members else 1)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self) -> MemberView | None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, MemberView) else None

    def select(self, member_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            row = index.data(ROW_ROLE)
            if isinstance(row, MemberView) and row.id == member_id:
                self.view.setCurrentIndex(index)
                return

    def _update_buttons(self) -> None:
        member = self.selected()
        writable = not self.ctx.read_only
        self.new_button.setEnabled(writable)
        for button in (self.edit_button, self.archive_button, self.delete_button):
            button.setEnabled(member is not None and writable)
        self.archive_button.setText(
            self.tr("Unarchive") if member and member.archived else self.tr("Archive")
        )

    def _say(self, text: str, undo: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.undo_button.setVisible(undo)

    def new_member(self) -> None:
        if self.ctx.read_only:
            return
        created = MemberDialog.ask(self.ctx.db, None, self)
        if created is not None:
            self._changed(created.id)

    def edit_member(self) -> None:
        member = self.selected()
        if member is None or self.ctx.read_only:
            return
        saved = MemberDialog.ask(self.ctx.db, member, self)
        if saved is not None:
            self._changed(saved.id)

    def toggle_archive(self) -> None:
        member = self.selected()
        if member is None:
            return
        if member.archived:
            attempt(self, team.unarchive_member, self.ctx.db, member.id)
            self._say(fmt(self.tr("%1 is active again."), member.name))
        else:
            attempt(self, team.archive_member, self.ctx.db, member.id)
            self._say(
                fmt(
                    self.tr(
                        "%1 is archived: their history stays, they cover no role and get no new "
                        "assignments. Tick “Show archived” to see them."
                    ),
                    member.name,
                )
            )
        self._changed(member.id)

    def delete_member(self) -> None:
        member = self.selected()
        if member is None:
            return
        if not prompter.confirm(
            self,
            self.tr("Delete team member"),
            fmt(
                self.tr("Delete %1? This is only possible for someone never used on an account."), member.name
            ),
        ):
            return
        try:
            self._deleted = team.delete_member(self.ctx.db, member.id)
        except ConflictError as exc:
            if not member.archived and prompter.confirm(
                self,
                self.tr("Archive instead?"),
                exc.message + "\n\n" + fmt(self.tr("Archive %1 now?"), member.name),
            ):
                self.toggle_archive()
            return
        except DomainError as exc:
            show_error(self, exc.message)
            return
        self._say(fmt(self.tr("%1 was deleted."), member.name), undo=True)
        self._changed(None)

    def _on_undo_button_clicked(self) -> None:
        if self._deleted is None:
            return
        restored = attempt(self, team.restore_member, self.ctx.db, self._deleted)
        self._deleted = None
        self._say("")
        self._changed(restored.id if restored else None)

    def _changed(self, member_id: int | None) -> None:
        self.ctx.notify(Topic.TEAM)
        if member_id is not None:
            self.select(member_id)
        self._update_buttons()


class TeamPage(QWidget):
    """Tabs: People, Role coverage (key accounts), Fluency."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        heading = QLabel(self.tr("Team"))
        heading.setStyleSheet("font-size: 20px; font-weight: 600; padding: 6px 2px;")
        self.people = PeopleTab(ctx)
        self.coverage = PortfolioCoverage(ctx)
        self.fluency = FluencyPanel(ctx, with_history=True)
        self.fluency_archived = QCheckBox(self.tr("Include archived members"))
        self.fluency_archived.toggled.connect(lambda _on: self.reload())
        fluency_tab = QWidget()
        fluency_layout = QVBoxLayout(fluency_tab)
        intro = QLabel(
            self.tr(
                "Every team member should be fluent in five areas. Double-click a cell (or type "
                "1-5) to record today's rating; earlier ratings stay in the history."
            )
        )
        intro.setWordWrap(True)
        fluency_layout.addWidget(intro)
        fluency_layout.addWidget(self.fluency_archived)
        fluency_layout.addWidget(self.fluency, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("team_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.coverage, self.tr("Role coverage (key accounts)"))
        self.tabs.addTab(fluency_tab, self.tr("Fluency"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        ctx.changed.connect(self._on_changed)

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.reload()
        super().showEvent(event)

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if topics & TOPICS:
            self._dirty = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        self._dirty = False
        self.people.reload()
        self.coverage.reload()
        self.fluency.set_rows(
            team.fluency_table(self.ctx.db, include_archived=self.fluency_archived.isChecked())
        )

    def show_coverage(self) -> None:
        self.tabs.setCurrentWidget(self.coverage)
        if self._dirty:
            self.reload()
