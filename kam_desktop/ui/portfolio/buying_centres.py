"""Buying centres of an account: the divisions, business units or sites we sell into."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import fmt
from kam_desktop.services import accounts as account_service
from kam_desktop.store.database import Database
from kam_desktop.ui.common.widgets import ErrorLabel

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class BuyingCentresDialog(QDialog):
    """Add, rename and remove buying centres; a removal can be undone while the dialog is open."""

    def __init__(self, db: Database, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.account_id = account_id
        self.changed = False
        self._removed: list[int] = []
        name = account_service.get_account(db, account_id).account.name
        self.setWindowTitle(fmt(self.tr("Buying centres of %1"), name))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "Divisions, business units or sites of the account. Penetration means "
                "winning more of them; the whitespace grid crosses them with our offerings."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("buying_centre_list")
        self.list.setSortingEnabled(True)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.name = QLineEdit()
        self.name.setObjectName("buying_centre_name")
        self.name.setPlaceholderText(self.tr("e.g. Plant Gdańsk"))
        self.kind = QLineEdit()
        self.kind.setPlaceholderText(self.tr("division, business unit, site…"))
        self.error = ErrorLabel()
        self.error.hide()
        add = QPushButton(self.tr("Add"))
        add.setObjectName("btn_add_centre")
        add.clicked.connect(self.add)
        rename = QPushButton(self.tr("Save changes"))
        rename.clicked.connect(self.rename)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove)
        self.undo_button = QPushButton(self.tr("Undo remove"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_remove)
        row = QHBoxLayout()
        row.addWidget(self.name, 2)
        row.addWidget(self.kind, 1)
        buttons = QHBoxLayout()
        for button in (add, rename, remove, self.undo_button):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        centres = account_service.list_buying_centres(self.db, self.account_id)
        for centre in centres:
            item = QListWidgetItem(f"{centre.name}  ({centre.kind})" if centre.kind else centre.name)
            item.setData(ID_ROLE, centre.id)
            item.setData(ID_ROLE + 1, (centre.name, centre.kind))
            self.list.addItem(item)
        if not centres:
            placeholder = QListWidgetItem(self.tr("No buying centres yet: add the first one below."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)

    def names(self) -> list[str]:
        return [
            self.list.item(i).data(ID_ROLE + 1)[0]
            for i in range(self.list.count())
            if self.list.item(i).data(ID_ROLE) is not None
        ]

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None and current.data(ID_ROLE) is not None:
            name, kind = current.data(ID_ROLE + 1)
            self.name.setText(name)
            self.kind.setText(kind)

    def _save(self, centre_id: int | None) -> None:
        self.error.hide()
        try:
            account_service.save_buying_centre(
                self.db, self.account_id, self.name.text(), self.kind.text(), centre_id=centre_id
            )
        except DomainError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.changed = True
        self.name.clear()
        self.kind.clear()
        self.reload()

    def add(self) -> None:
        self._save(None)

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(ID_ROLE) is not None:
            self._save(int(item.data(ID_ROLE)))

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None or item.data(ID_ROLE) is None:
            return
        centre_id = int(item.data(ID_ROLE))
        account_service.delete_buying_centre(self.db, centre_id)
        self._removed.append(centre_id)
        self.undo_button.setEnabled(True)
        self.changed = True
        self.reload()

    def undo_remove(self) -> None:
        if self._removed:
            account_service.restore_buying_centre(self.db, self._removed.pop())
            self.undo_button.setEnabled(bool(self._removed))
            self.reload()

    @classmethod
    def ask(cls, db: Database, account_id: int, parent: QWidget | None = None) -> bool:
        dialog = cls(db, account_id, parent)
        dialog.exec()
        return dialog.changed
