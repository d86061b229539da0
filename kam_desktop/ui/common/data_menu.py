"""The data-safety menu entries of the main window: File > Back up now / Restore from
backup…, Edit > Trash…, Help > Check database. Each installer adds its actions to a menu the
main window built and returns them (the dialogs are imported when first used)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from kam_desktop.i18n import fmt, translate
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.errors import attempt


def _go_home(window: QMainWindow) -> None:
    show_section = getattr(window, "show_section", None)
    if callable(show_section):
        show_section(0)


def back_up_now(ctx: AppContext, window: QMainWindow) -> None:
    from kam_desktop.services.backups import back_up

    made = attempt(window, back_up, ctx.db, reason="manual")
    if made is not None:
        window.statusBar().showMessage(fmt(translate("DataMenu", "Backed up to %1"), str(made)), 15000)


def restore_from_backup(ctx: AppContext, window: QMainWindow) -> None:
    from kam_desktop.ui.common.restore_dialog import open_restore_dialog

    open_restore_dialog(ctx, window, on_restored=lambda: _go_home(window))


def show_trash(ctx: AppContext, window: QMainWindow) -> None:
    from kam_desktop.ui.common.trash_dialog import open_trash_dialog

    open_trash_dialog(ctx, window)


def check_database(ctx: AppContext, window: QMainWindow) -> None:
    from kam_desktop.ui.common.check_dialog import open_check_dialog

    open_check_dialog(ctx, window, on_restore=lambda: restore_from_backup(ctx, window))


def add_file_actions(window: QMainWindow, ctx: AppContext, menu: QMenu) -> list[QAction]:
    backup = QAction(translate("DataMenu", "&Back up now"), window)
    backup.setObjectName("action_back_up_now")
    backup.setShortcut(QKeySequence("Ctrl+Shift+B"))
    backup.triggered.connect(lambda _checked=False: back_up_now(ctx, window))
    restore = QAction(translate("DataMenu", "&Restore from backup…"), window)
    restore.setObjectName("action_restore")
    restore.setEnabled(not ctx.read_only)
    restore.triggered.connect(lambda _checked=False: restore_from_backup(ctx, window))
    menu.addAction(backup)
    menu.addAction(restore)
    return [backup, restore]


def add_edit_actions(window: QMainWindow, ctx: AppContext, menu: QMenu) -> list[QAction]:
    trash_action = QAction(translate("DataMenu", "&Trash…"), window)
    trash_action.setObjectName("action_trash")
    trash_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
    trash_action.setEnabled(not ctx.read_only)  # restoring or deleting needs to write
    trash_action.triggered.connect(lambda _checked=False: show_trash(ctx, window))
    menu.addAction(trash_action)
    return [trash_action]


def add_help_actions(window: QMainWindow, ctx: AppContext, menu: QMenu) -> list[QAction]:
    check = QAction(translate("DataMenu", "&Check database"), window)
    check.setObjectName("action_check_database")
    check.triggered.connect(lambda _checked=False: check_database(ctx, window))
    menu.addAction(check)
    return [check]
