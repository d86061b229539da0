"""The import and calendar entries of the main window: File > Import accounts…, Import
contacts…, Export calendar…. Each dialog is imported when first used."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from kam_desktop.ui.common.context import AppContext


def import_accounts(ctx: AppContext, window: QMainWindow) -> None:
    from kam_desktop.ui.importing.accounts_dialog import open_import_accounts

    open_import_accounts(ctx, window)


def import_contacts(ctx: AppContext, window: QMainWindow) -> None:
    from kam_desktop.ui.importing.contacts_dialog import open_import_contacts

    open_import_contacts(ctx, window)


def export_calendar(ctx: AppContext, window: QMainWindow) -> None:
    from kam_desktop.ui.importing.calendar_dialog import export_calendar as run

    run(ctx, window)


def add_file_actions(window: QMainWindow, ctx: AppContext, menu: QMenu) -> list[QAction]:
    accounts = QAction(window.tr("&Import accounts…"), window)
    accounts.setObjectName("action_import_accounts")
    accounts.setEnabled(not ctx.read_only)
    accounts.triggered.connect(lambda _checked=False: import_accounts(ctx, window))
    contacts = QAction(window.tr("Import &contacts…"), window)
    contacts.setObjectName("action_import_contacts")
    contacts.setEnabled(not ctx.read_only)
    contacts.triggered.connect(lambda _checked=False: import_contacts(ctx, window))
    menu.addAction(accounts)
    calendar = QAction(window.tr("Export &calendar…"), window)
    calendar.setObjectName("action_export_calendar")
    calendar.triggered.connect(lambda _checked=False: export_calendar(ctx, window))
    menu.addAction(contacts)
    menu.addAction(calendar)
    return [accounts, contacts, calendar]
