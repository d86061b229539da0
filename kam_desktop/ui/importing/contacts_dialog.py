"""File > Import contacts…: a vCard or CSV file previewed person by person (account, manager,
errors with their row or card number), matched by organisation or put into one account;
one transaction, then Undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services.accounts import list_accounts
from kam_desktop.services.importers import contacts as svc
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.table_model import Column, RowTableModel

_LABELS = {
    svc.ADD: QT_TRANSLATE_NOOP("ImportContactsDialog", "New"),
    svc.EXISTS: QT_TRANSLATE_NOOP("ImportContactsDialog", "Already there"),
    svc.DUPLICATE: QT_TRANSLATE_NOOP("ImportContactsDialog", "Duplicate in file"),
    svc.INVALID: QT_TRANSLATE_NOOP("ImportContactsDialog", "Error"),
}
_ROLES = {svc.INVALID: "bad", svc.EXISTS: "warn", svc.DUPLICATE: "warn"}


def _columns() -> list[Column[svc.ContactOutcome]]:
    return [
        Column("row", "Row", lambda o: str(o.row), sort=lambda o: o.row, align_right=True),
        Column(
            "action",
            "Result",
            lambda o: translate("ImportContactsDialog", _LABELS[o.action]),
            foreground=lambda o: QBrush(theme.color(_ROLES[o.action])) if o.action in _ROLES else None,
        ),
        Column("message", "Reason", lambda o: o.message, tooltip=lambda o: o.message),
        Column("name", "Name", lambda o: o.name),
        Column("title", "Title", lambda o: o.contact.title if o.contact else ""),
        Column("account", "Account", lambda o: o.account),
        Column("manager", "Reports to", lambda o: o.manager),
        Column("email", "Email", lambda o: o.contact.email if o.contact else ""),
        Column("phone", "Phone", lambda o: o.contact.phone if o.contact else ""),
    ]


class ContactImportDialog(QDialog):
    imported = Signal(object)  # svc.ContactImportResult
    undone = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_contacts_dialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(1000, 560)
        self._data: bytes | None = None
        self._plan: svc.ContactImportPlan | None = None
        self.last_result: svc.ContactImportResult | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(
            self.tr("No file chosen (vCard .vcf, or CSV from a CRM, Outlook or Google).")
        )
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._on_choose_clicked)
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        layout.addLayout(top)

        target = QHBoxLayout()
        target.addWidget(QLabel(self.tr("Put each contact into")))
        self.account_box = QComboBox()
        self.account_box.setObjectName("account_box")
        self.account_box.addItem(self.tr("the account named by their organisation"), "")
        for account in list_accounts(ctx.db):
            self.account_box.addItem(account.name, account.name)
        self.account_box.currentIndexChanged.connect(self._on_account_changed)
        target.addWidget(self.account_box, 1)
        layout.addLayout(target)

        self.model: RowTableModel[svc.ContactOutcome] = RowTableModel(_columns(), self)
        self.table = QTableView()
        self.table.setObjectName("contacts_preview")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        bottom = QHBoxLayout()
        self.skip_invalid_box = QCheckBox(self.tr("Import the valid contacts and skip the ones with errors"))
        self.skip_invalid_box.toggled.connect(self._update_buttons)
        bottom.addWidget(self.skip_invalid_box, 1)
        self.undo_button = QPushButton(self.tr("Undo import"))
        self.undo_button.setObjectName("undo_button")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self._on_undo_clicked)
        bottom.addWidget(self.undo_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import_clicked)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    def _on_choose_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            "",
            self.tr("Contacts (*.vcf *.vcard *.csv *.txt);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        try:
            data = svc.read_contacts_file(path)
        except DomainError as exc:
            self.summary_label.setText(exc.message)
            return False
        self._data = data
        self.file_label.setText(path.name)
        self.last_result = None
        self.undo_button.setEnabled(False)
        self._refresh()
        return True

    def _account(self) -> str | None:
        return self.account_box.currentData() or None

    def _on_account_changed(self, _index: int) -> None:
        self._refresh()

    def _refresh(self) -> None:
        if self._data is None:
            return
        try:
            plan = svc.preview_contacts(self.ctx.db, self._data, self._account())
        except DomainError as exc:
            self._plan = None
            self.model.set_rows([])
            self.summary_label.setText(exc.message)
            self._update_buttons()
            return
        self._plan = plan
        self.model.set_rows(plan.outcomes)
        self.summary_label.setText(
            fmt(
                self.tr("%1 contacts: %2 new (%3 with a manager), %4 skipped, %5 with errors."),
                len(plan.outcomes),
                plan.count(svc.ADD),
                plan.links,
                plan.count(svc.EXISTS, svc.DUPLICATE),
                plan.count(svc.INVALID),
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self._plan
        ok = (
            plan is not None
            and not self.ctx.read_only
            and plan.count(svc.ADD) > 0
            and (plan.count(svc.INVALID) == 0 or self.skip_invalid_box.isChecked())
        )
        self.import_button.setEnabled(bool(ok))

    def _on_import_clicked(self) -> None:
        if self._data is None:
            return
        try:
            result = svc.import_contacts(
                self.ctx.db, self._data, self._account(), skip_invalid=self.skip_invalid_box.isChecked()
            )
        except DomainError as exc:
            self.summary_label.setText(exc.message)
            return
        if not result.written:
            self.summary_label.setText(self.tr("Nothing was imported: some contacts have errors."))
            return
        self.last_result = result
        self.undo_button.setEnabled(True)
        self.ctx.notify(Topic.ACCOUNTS, Topic.PLAN)
        self.imported.emit(result)
        self._refresh()
        self.summary_label.setText(result.summary() + " " + self.summary_label.text())

    def _on_undo_clicked(self) -> None:
        if self.last_result is None:
            return
        try:
            svc.undo_contact_import(self.ctx.db, self.last_result.undo)
        except DomainError as exc:
            self.summary_label.setText(exc.message)
            return
        self.last_result = None
        self.undo_button.setEnabled(False)
        self.undone.emit()
        self.ctx.notify(Topic.ACCOUNTS, Topic.PLAN)
        self._refresh()
        self.summary_label.setText(self.tr("The import was undone.") + " " + self.summary_label.text())


def open_import_contacts(ctx: AppContext, parent: QWidget | None) -> ContactImportDialog:
    dialog = ContactImportDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog._on_choose_clicked()
    return dialog
