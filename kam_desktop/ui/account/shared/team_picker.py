"""Pick the core account team (our people) from the team members who are not archived."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from kam_desktop.domain.errors import DomainError
from kam_desktop.services import research
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.widgets import EmptyState, ErrorLabel

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TeamPicker(QWidget):
    """Checkable list of our people. With ``auto_commit`` every tick is saved at once; otherwise
    the owner (a wizard page) calls ``commit()``."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, auto_commit: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.auto_commit = auto_commit
        self.account_id: int | None = None
        self._filling = False
        self.list = QListWidget()
        self.list.setObjectName("core_team_list")
        self.list.setSortingEnabled(True)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.hint = QLabel(
            self.tr(
                "Tick everyone on our side who works on this account. The roles they play "
                "are set in Team & roles."
            )
        )
        self.hint.setWordWrap(True)
        self.error = ErrorLabel()
        self.error.hide()
        self.empty = EmptyState(
            self.tr("No team members yet"),
            self.tr("Add your colleagues in the Team section first; then pick the core account team here."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)

    def set_account(self, account_id: int) -> None:
        self.account_id = account_id
        members = research.list_team_members(self.ctx.db)
        chosen = research.get_core_team(self.ctx.db, account_id)
        chosen_ids = {m.id for m in chosen}
        self._filling = True
        self.list.clear()
        for m in list(members) + [c for c in chosen if c.id not in {x.id for x in members}]:
            item = QListWidgetItem(f"{m.name} — {m.function}" if m.function else m.name)
            item.setData(ID_ROLE, m.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.id in chosen_ids else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._filling = False
        self.stack.setCurrentWidget(self.list if self.list.count() else self.empty)
        self.error.hide()

    def selected_ids(self) -> list[int]:
        return [
            int(self.list.item(i).data(ID_ROLE))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, member_id: int, checked: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(ID_ROLE) == member_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def commit(self) -> None:
        """Save the ticked members; raises DomainError."""
        if self.account_id is None:
            return
        research.set_core_team(self.ctx.db, self.account_id, self.selected_ids())
        self.changed.emit()

    def _on_list_item_changed(self, _item: QListWidgetItem) -> None:
        if self._filling or not self.auto_commit:
            return
        try:
            self.commit()
        except DomainError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.error.hide()
