"""File > Restore from backup…: the backups (date, kind, size, accounts), and restoring one
after moving the current file aside. Also the offer made at start-up for a damaged file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import fmt, translate
from kam_desktop.services import backups
from kam_desktop.services.backups import BackupRow, RestoreResult
from kam_desktop.store.backup import backup_dir_for
from kam_desktop.ui.common import prompter
from kam_desktop.ui.common.context import ALL_TOPICS
from kam_desktop.ui.common.locale_format import date_text
from kam_desktop.ui.common.tables import Column, RowTableModel, TableProxy


def local_time(moment: dt.datetime) -> str:
    """A naive UTC time shown in the user's time zone."""
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    return f"{date_text(local.date())} {local:%H:%M}"


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def backup_model(parent: QWidget | None = None) -> RowTableModel[BackupRow]:
    return RowTableModel[BackupRow](
        [
            Column(
                "created",
                translate("RestoreDialog", "Date"),
                lambda r: local_time(r.created),
                sort=lambda r: r.created.isoformat(),
            ),
            Column(
                "kind",
                translate("RestoreDialog", "Kind"),
                lambda r: r.reason_label,
            ),
            Column(
                "size",
                translate("RestoreDialog", "Size"),
                lambda r: human_size(r.size),
                sort=lambda r: r.size,
                align_right=True,
            ),
            Column(
                "accounts",
                translate("RestoreDialog", "Accounts"),
                lambda r: "?" if r.accounts is None else str(r.accounts),
                sort=lambda r: -1 if r.accounts is None else r.accounts,
                align_right=True,
            ),
            Column(
                "file",
                translate("RestoreDialog", "File"),
                lambda r: r.path.name,
                tooltip=lambda r: str(r.path),
            ),
        ],
        parent,
    )


class RestoreDialog(QDialog):
    """Lists the backups of ``db_path``; ``restored`` holds the result after a restore."""

    def __init__(
        self, db_path: Path, parent: QWidget | None = None, *, aside_reason: str = "replaced"
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.aside_reason = aside_reason
        self.restored: RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(820, 440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fmt(
                self.tr(
                    "Pick a backup to put in place of the current database. The current file is not "
                    "deleted: it is moved to the backup folder, so you can go back to it.\nBackups are in %1"
                ),
                str(backup_dir_for(self.db_path)),
            )
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.model = backup_model(self)
        self.proxy = TableProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("backup_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(
            self.tr(
                "No backups yet. KAM Desktop makes one when you close it after changes; "
                "File > Back up now makes one at once."
            )
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.restore_button.setObjectName("restore_button")
        self.other_button = QPushButton(self.tr("Other &file…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button.clicked.connect(self._on_other_button_clicked)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(backups.list_backups(self.db_path))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.resizeColumnsToContents()
        has_rows = self.model.rowCount() > 0
        self.empty_label.setVisible(not has_rows)
        self.restore_button.setEnabled(has_rows)
        if has_rows:
            self.table.selectRow(0)

    def selected(self) -> BackupRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.proxy.mapToSource(rows[0]).row()
        return self.model.row_at(row)

    def confirm(self, text: str) -> bool:
        """Ask before replacing the database (through the application's prompter)."""
        return prompter.confirm(self, self.tr("Restore from backup"), text)

    def choose_file(self) -> Path | None:
        """Pick a backup file elsewhere (tests replace this)."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(backup_dir_for(self.db_path)),
            self.tr("Databases (*.sqlite *.db)"),
        )
        return Path(name) if name else None

    def restore_selected(self) -> None:
        row = self.selected()
        if row is not None:
            accounts = "?" if row.accounts is None else str(row.accounts)
            self.restore_from(
                row.path,
                fmt(self.tr("the backup of %1 (%2 accounts)"), local_time(row.created), accounts),
            )

    def _on_other_button_clicked(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.restore_from(path, str(path))

    def restore_from(self, path: Path, label: str) -> None:
        question = fmt(
            self.tr(
                "Replace the current database with %1?\n\nThe current file is kept in the backup folder; "
                "nothing is deleted."
            ),
            label,
        )
        if not self.confirm(question):
            return
        try:
            self.restored = backups.restore(
                self.db_path, path, check_lock=False, aside_reason=self.aside_reason
            )
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Restore from backup"), exc.message)
            return
        self.accept()


def open_restore_dialog(ctx, parent: QWidget, on_restored: Callable[[], None] | None = None) -> None:  # type: ignore[no-untyped-def]
    """Show the dialog for the open database; refresh every screen after a restore."""
    dialog = RestoreDialog(ctx.db.path, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None:
        _restored_in_place(ctx, on_restored)
        moved = dialog.restored.moved_aside
        QMessageBox.information(
            parent,
            translate("RestoreDialog", "Restore from backup"),
            translate("RestoreDialog", "The backup was restored.")
            + (
                "\n\n" + fmt(translate("RestoreDialog", "The previous file was kept as %1"), str(moved))
                if moved
                else ""
            ),
        )


def _restored_in_place(ctx, on_restored: Callable[[], None] | None) -> None:  # type: ignore[no-untyped-def]
    """A backup replaced the open database: a damage latch is lifted, every screen refreshed."""
    clear = getattr(ctx.db, "clear_damage", None)
    if callable(clear):
        clear()
    ctx.undo_stack.clear()  # its commands describe the database that was just replaced
    ctx.notify(*ALL_TOPICS)
    if on_restored is not None:
        on_restored()


def _run_box(box: QMessageBox) -> None:
    """Show a modal box (tests replace this to click a button)."""
    box.exec()


def offer_restore_for_damaged(
    db_path: Path,
    message: str,
    good: BackupRow | None,
    *,
    parent: QWidget | None = None,
    running: bool = False,
) -> bool:
    """At start-up, for a damaged file: say what is wrong and offer the newest good backup.
    Returns True once a backup is in place (the damaged file is kept in the backup folder).
    ``running``: the file is open in the window (damage found while working): the box does not
    quit the app but leaves the file open with every change refused."""
    box = QMessageBox(parent)
    box.setObjectName("damage_offer")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("RestoreDialog", "KAM Desktop - the database is damaged"))
    box.setText(message)
    restore_button = None
    if good is not None:
        box.setInformativeText(
            fmt(
                translate(
                    "RestoreDialog",
                    "Restore the newest good backup, from %1 (%2 accounts)? The damaged file is kept.",
                ),
                local_time(good.created),
                "?" if good.accounts is None else str(good.accounts),
            )
        )
        restore_button = box.addButton(
            translate("RestoreDialog", "Restore backup"), QMessageBox.ButtonRole.AcceptRole
        )
    choose_button = box.addButton(
        translate("RestoreDialog", "Choose a backup…"), QMessageBox.ButtonRole.ActionRole
    )
    if running:
        box.addButton(
            translate("RestoreDialog", "Not now (changes are refused)"), QMessageBox.ButtonRole.RejectRole
        )
    else:
        box.addButton(translate("RestoreDialog", "Quit"), QMessageBox.ButtonRole.RejectRole)
    _run_box(box)
    clicked = box.clickedButton()
    source: Path | None = None
    if restore_button is not None and clicked is restore_button:
        source = good.path if good is not None else None
    elif clicked is choose_button:
        dialog = RestoreDialog(db_path, parent, aside_reason="damaged")
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None
    if source is None:
        return False
    try:
        backups.restore(db_path, source, check_lock=False, aside_reason="damaged")
    except DomainError as exc:
        QMessageBox.warning(parent, translate("RestoreDialog", "KAM Desktop"), exc.message)
        return False
    return True


def offer_restore_while_open(
    ctx, parent: QWidget, message: str, on_restored: Callable[[], None] | None = None
) -> bool:  # type: ignore[no-untyped-def]
    """Damage found in the file the window shows (the background check of a large file, an
    error while reading or writing): the same offer as on a damaged start; after a restore
    the latch is lifted and every screen shows the restored data. True once restored."""
    good = backups.newest_good_backup(ctx.db.path)
    if not offer_restore_for_damaged(ctx.db.path, message, good, parent=parent, running=True):
        return False
    _restored_in_place(ctx, on_restored)
    return True
