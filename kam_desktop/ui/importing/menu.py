"""The import and calendar entries of the main window: File > Import accounts…, Import
contacts…, Undo last import, Export calendar…. Each dialog is imported when first used.

The last import stays undoable after its dialog is closed: the dialogs emit ``imported`` with
their result, and File > Undo last import takes it back (once)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import fmt, translate
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.errors import show_error


class LastImport:
    """The undo of the newest import, shared by the dialogs and File > Undo last import."""

    def __init__(self, action: QAction) -> None:
        self.action = action
        self._undo: Callable[[], object] | None = None
        self.description = ""
        action.setEnabled(False)

    def remember(self, undo: Callable[[], object], description: str) -> None:
        self._undo = undo
        self.description = description
        self.action.setEnabled(True)

    def forget(self) -> None:
        self._undo = None
        self.action.setEnabled(False)

    def undo(self) -> bool:
        if self._undo is None:
            return False
        undo, self._undo = self._undo, None
        self.action.setEnabled(False)
        undo()
        return True


def _remember_accounts(ctx: AppContext, last: LastImport, result: object) -> None:
    from kam_desktop.services.importers.accounts import AccountImportResult, undo_account_import

    assert isinstance(result, AccountImportResult)
    last.remember(lambda: undo_account_import(ctx.db, result.undo), result.summary())


def _remember_contacts(ctx: AppContext, last: LastImport, result: object) -> None:
    from kam_desktop.services.importers.contacts import ContactImportResult, undo_contact_import

    assert isinstance(result, ContactImportResult)
    last.remember(lambda: undo_contact_import(ctx.db, result.undo), result.summary())


def import_accounts(ctx: AppContext, window: QMainWindow, last: LastImport | None = None) -> None:
    from kam_desktop.ui.importing.accounts_dialog import open_import_accounts

    dialog = open_import_accounts(ctx, window)
    if last is not None:
        dialog.imported.connect(lambda result: _remember_accounts(ctx, last, result))
        dialog.undone.connect(last.forget)


def import_contacts(ctx: AppContext, window: QMainWindow, last: LastImport | None = None) -> None:
    from kam_desktop.ui.importing.contacts_dialog import open_import_contacts

    dialog = open_import_contacts(ctx, window)
    if last is not None:
        dialog.imported.connect(lambda result: _remember_contacts(ctx, last, result))
        dialog.undone.connect(last.forget)


def undo_last_import(ctx: AppContext, window: QMainWindow, last: LastImport) -> None:
    description = last.description
    try:
        done = last.undo()
    except DomainError as exc:
        show_error(window, exc.message)
        return
    if done:
        ctx.notify(Topic.ACCOUNTS, Topic.PLAN)
        window.statusBar().showMessage(fmt(translate("ImportMenu", "Import undone (%1)"), description), 15000)


def export_calendar(ctx: AppContext, window: QMainWindow) -> None:
    from kam_desktop.ui.importing.calendar_dialog import export_calendar as run

    run(ctx, window)


def add_file_actions(window: QMainWindow, ctx: AppContext, menu: QMenu) -> list[QAction]:
    undo = QAction(translate("ImportMenu", "&Undo last import"), window)
    undo.setObjectName("action_undo_import")
    last = LastImport(undo)
    undo.triggered.connect(lambda _checked=False: undo_last_import(ctx, window, last))
    accounts = QAction(translate("ImportMenu", "&Import accounts…"), window)
    accounts.setObjectName("action_import_accounts")
    accounts.setEnabled(not ctx.read_only)
    accounts.triggered.connect(lambda _checked=False: import_accounts(ctx, window, last))
    contacts = QAction(translate("ImportMenu", "Import &contacts…"), window)
    contacts.setObjectName("action_import_contacts")
    contacts.setEnabled(not ctx.read_only)
    contacts.triggered.connect(lambda _checked=False: import_contacts(ctx, window, last))
    calendar = QAction(translate("ImportMenu", "Export &calendar…"), window)
    calendar.setObjectName("action_export_calendar")
    calendar.triggered.connect(lambda _checked=False: export_calendar(ctx, window))
    for action in (accounts, contacts, undo, calendar):
        menu.addAction(action)
    return [accounts, contacts, undo, calendar]
