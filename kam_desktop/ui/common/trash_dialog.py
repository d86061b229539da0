"""Edit > Trash…: everything deleted, with restore and delete permanently (after asking)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services import trash
from kam_desktop.services.trash import TrashItem
from kam_desktop.ui.common import prompter
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.restore_dialog import local_time
from kam_desktop.ui.common.tables import Column, RowTableModel, TableProxy

TOPICS_BY_KIND = {
    "account": (Topic.ACCOUNTS, Topic.PLAN, Topic.ROLES, Topic.INTERACTIONS),
    "stakeholder": (Topic.PLAN, Topic.INTERACTIONS),
    "interaction": (Topic.INTERACTIONS, Topic.PLAN),
}


# The kinds come from services.trash; marked here so the interface can translate them.
_KIND_LABELS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("TrashDialog", "Account"),
    QT_TRANSLATE_NOOP("TrashDialog", "Buying centre"),
    QT_TRANSLATE_NOOP("TrashDialog", "Stakeholder"),
    QT_TRANSLATE_NOOP("TrashDialog", "Trend"),
    QT_TRANSLATE_NOOP("TrashDialog", "Need"),
    QT_TRANSLATE_NOOP("TrashDialog", "Competitor"),
    QT_TRANSLATE_NOOP("TrashDialog", "Interaction"),
    QT_TRANSLATE_NOOP("TrashDialog", "Opportunity"),
    QT_TRANSLATE_NOOP("TrashDialog", "Objective"),
    QT_TRANSLATE_NOOP("TrashDialog", "Research answer"),
    QT_TRANSLATE_NOOP("TrashDialog", "Value proposition"),
    QT_TRANSLATE_NOOP("TrashDialog", "Action"),
    QT_TRANSLATE_NOOP("TrashDialog", "KPI"),
)


def trash_model(parent: QWidget | None = None) -> RowTableModel[TrashItem]:
    return RowTableModel[TrashItem](
        [
            Column(
                "kind", translate("TrashDialog", "Kind"), lambda i: translate("TrashDialog", i.kind_label)
            ),
            Column(
                "title",
                translate("TrashDialog", "Name"),
                lambda i: i.title,
                tooltip=lambda i: (
                    i.contents and fmt(translate("TrashDialog", "Comes back with: %1"), i.contents)
                ),
            ),
            Column(
                "account",
                translate("TrashDialog", "Account"),
                lambda i: i.account_name if i.kind != "account" else "",
            ),
            Column("contents", translate("TrashDialog", "Comes back with"), lambda i: i.contents),
            Column(
                "deleted",
                translate("TrashDialog", "Deleted"),
                lambda i: local_time(i.deleted_at),
                sort=lambda i: i.deleted_at.isoformat(),
            ),
        ],
        parent,
    )


class TrashDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Trash"))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setObjectName("trash_filter")
        self.filter.setPlaceholderText(self.tr("Filter by name or account…"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.model = trash_model(self)
        self.proxy = TableProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("trash_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(
            self.tr(
                "The trash is empty. Deleted accounts, stakeholders, actions and plan items wait "
                "here until you restore them or delete them permanently."
            )
        )
        self.empty_label.setObjectName("trash_empty")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("trash_restore")
        self.delete_button = QPushButton(self.tr("&Delete permanently…"))
        self.delete_button.setObjectName("trash_delete")
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        self.empty_button.setObjectName("trash_empty_all")
        for button in (self.restore_button, self.delete_button, self.empty_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_button.clicked.connect(self.empty_all)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_selected)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(trash.list_trash(self.ctx.db))
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.selected())
        writable = not self.ctx.read_only
        self.restore_button.setEnabled(chosen and writable)
        self.delete_button.setEnabled(chosen and writable)
        self.empty_button.setEnabled(self.model.rowCount() > 0 and writable)

    def selected(self) -> list[TrashItem]:
        return [
            self.model.row_at(self.proxy.mapToSource(index).row())
            for index in self.table.selectionModel().selectedRows()
        ]

    def select_item(self, kind: str, item_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            item = self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if item.kind == kind and item.id == item_id:
                self.table.selectRow(row)
                return

    def confirm(self, text: str) -> bool:
        """Ask before deleting for good (through the application's prompter)."""
        return prompter.confirm(self, self.tr("Delete permanently"), text)

    def _notify(self, items: list[TrashItem]) -> None:
        topics: set[Topic] = set()
        for item in items:
            topics.update(TOPICS_BY_KIND.get(item.kind, (Topic.PLAN,)))
        self.ctx.notify(*topics)

    def _run(self, items: list[TrashItem], action: str) -> list[TrashItem]:
        done: list[TrashItem] = []
        for item in items:
            try:
                if action == "restore":
                    trash.restore(self.ctx.db, item.kind, item.id)
                else:
                    trash.delete_permanently(self.ctx.db, item.kind, item.id)
            except DomainError as exc:
                QMessageBox.warning(self, self.tr("Trash"), exc.message)
                break
            done.append(item)
        if done:
            self._notify(done)
        self.reload()
        return done

    def restore_selected(self) -> None:
        items = self.selected()
        accounts_first = sorted(items, key=lambda i: i.kind != "account")
        self._run(accounts_first, "restore")

    def delete_selected(self) -> None:
        items = self.selected()
        if not items or self.ctx.read_only:
            return
        if len(items) == 1:
            item = items[0]
            what = f"{translate('TrashDialog', item.kind_label)} “{item.title}”"
            extra = fmt(self.tr(" with everything under it (%1)"), item.contents) if item.contents else ""
            text = fmt(self.tr("Delete %1%2 permanently? This cannot be undone."), what, extra)
        else:
            text = fmt(self.tr("Delete %1 items permanently? This cannot be undone."), str(len(items)))
        if self.confirm(text):
            self._run(items, "delete")

    def empty_all(self) -> None:
        count = self.model.rowCount()
        if not count:
            return
        text = fmt(
            self.tr("Delete all %1 items in the trash permanently? This cannot be undone."), str(count)
        )
        if self.confirm(text):
            self._run(list(self.model.rows()), "delete")


def open_trash_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    TrashDialog(ctx, parent).exec()
