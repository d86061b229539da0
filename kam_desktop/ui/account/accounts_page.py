"""Accounts section: a filterable list of accounts on the left, the workspace on the right."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QListView, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from kam_desktop.services.accounts import list_accounts
from kam_desktop.ui.account.workspace import AccountWorkspace
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.widgets import EmptyState

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AccountsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter accounts…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setToolTip(self.filter.placeholderText())  # elided in a narrow list: the tooltip says it
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setObjectName("account_list")
        self.list.setAccessibleName(self.tr("Accounts"))
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(6, 6, 0, 6)
        column.addWidget(self.filter)
        column.addWidget(self.list)
        self.workspace = AccountWorkspace(ctx)
        self.empty = EmptyState(
            self.tr("No account open"),
            self.tr(
                "Pick an account on the left, or double-click one in the Portfolio. "
                "No accounts yet? Create one with File ▸ New account (Ctrl+N)."
            ),
        )
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.workspace)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setSizes([230, 1000])
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._dirty = True
        self._reloading = False
        self._selecting = False  # (setting the list's current row from open_account)
        ctx.changed.connect(self._on_changed)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._dirty:
            self.reload()
        super().showEvent(event)

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if Topic.ACCOUNTS in topics:
            self._dirty = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        """Refill the list, keeping the open account open: while the rows are replaced the view
        moves its current row on its own (to the last row appended when it has the focus), and
        that must not open another account."""
        self._dirty = False
        current = self.workspace.account_id
        self._reloading = True
        try:
            self.model.clear()
            for row in list_accounts(self.ctx.db):
                item = QStandardItem(row.name)
                item.setData(row.id, ID_ROLE)
                item.setToolTip(f"{row.status.label} · {row.industry}")
                self.model.appendRow(item)
            self.proxy.sort(0)
        finally:
            self._reloading = False
        if current is not None:
            self._select(current)

    def _select(self, account_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ID_ROLE) == account_id:
                # (not with the selection model's signals blocked: the list would not repaint,
                # and kept showing the account opened before)
                self._selecting = True
                try:
                    self.list.setCurrentIndex(index)
                finally:
                    self._selecting = False
                self.list.scrollTo(index)
                return

    def _on_list_current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if current.isValid() and not self._reloading and not self._selecting:
            self.open_account(int(current.data(ID_ROLE)))

    def open_account(self, account_id: int, tab: str = "") -> None:
        if self._dirty:
            self.reload()
        self.right.setCurrentWidget(self.workspace)
        self.workspace.set_account(account_id, tab)
        self._select(account_id)

    def open_meeting(self, account_id: int, interaction_id: int) -> None:
        self.open_account(account_id, "Meeting prep")
        prep = self.workspace.tab("Meeting prep")
        show = getattr(prep, "show_meeting", None)
        if show is not None:
            show(interaction_id)
