"""File > Export calendar… (all upcoming meetings and due dates, or one account's) and "Add to
calendar" for one meeting: an .ics file, then opened with the system's calendar handler."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import fmt, translate
from kam_desktop.services.accounts import list_accounts
from kam_desktop.services.importers import calendar as svc
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.dialogs import SubmitDialog
from kam_desktop.ui.common.errors import show_error


def open_with_system(path: Path) -> bool:
    """Hand the file to the system's handler (the calendar app for .ics)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class CalendarExportDialog(SubmitDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, account: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_export_dialog")
        self.setWindowTitle(self.tr("Export calendar"))
        self.ctx = ctx
        self.account_box = QComboBox()
        self.account_box.setObjectName("account_box")
        self.account_box.addItem(self.tr("All accounts"), "")
        for item in list_accounts(ctx.db):
            self.account_box.addItem(item.name, item.name)
        if account:
            self.account_box.setCurrentIndex(max(0, self.account_box.findData(account)))
        self.path_edit = QLineEdit(str(Path.home() / "kam-calendar.ics"))
        self.path_edit.setObjectName("path_edit")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.notes_box = QCheckBox(self.tr("Include meeting summaries and next steps (internal notes)"))
        self.notes_box.setObjectName("notes_box")
        self.open_box = QCheckBox(self.tr("Open it in my calendar afterwards"))
        self.open_box.setObjectName("open_box")
        self.open_box.setChecked(True)
        self.zone_label = QLabel(
            fmt(self.tr("Times in %1 (this computer's time zone)."), svc.local_time_zone())
        )
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(f"color: {theme.hex_of('bad')}")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Meetings of"), self.account_box)
        form.addRow(self.tr("Save as"), path_row)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Upcoming meetings with their time, place and attendees, and the due dates of open "
                "actions as all-day items. Exporting again updates the same events in your calendar."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export"))
        layout.addLayout(form)
        layout.addWidget(self.zone_label)
        layout.addWidget(self.notes_box)
        layout.addWidget(self.open_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, 260)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), self.path_edit.text(), self.tr("Calendar (*.ics)")
        )
        if path:
            self.path_edit.setText(path if path.lower().endswith(".ics") else path + ".ics")

    def submit(self) -> svc.CalendarSummary:
        summary = svc.export_ics(
            self.ctx.db,
            Path(self.path_edit.text()),
            self.account_box.currentData() or None,
            include_notes=self.notes_box.isChecked(),
        )
        if self.open_box.isChecked():
            open_with_system(summary.path)
        return summary

    def show_error(self, exc: DomainError) -> None:
        self.error_label.setText(exc.message)


def export_calendar(ctx: AppContext, parent: QWidget | None, account: str | None = None) -> None:
    dialog = CalendarExportDialog(ctx, parent, account)
    summary = dialog.run()
    if summary is not None and parent is not None and hasattr(parent, "statusBar"):
        parent.statusBar().showMessage(
            fmt(
                translate("CalendarDialog", "Wrote %1 meetings and %2 due dates to %3"),
                summary.meetings,
                summary.due_items,
                str(summary.path),
            ),
            15000,
        )


def add_meeting_to_calendar(ctx: AppContext, interaction_id: int, parent: QWidget | None) -> Path | None:
    """Write one meeting as an .ics file in the temporary folder and open it in the calendar."""
    folder = Path(tempfile.gettempdir())
    target = folder / f"kam-meeting-{interaction_id}.ics"
    try:
        svc.export_ics(ctx.db, target, interaction_id=interaction_id)
    except DomainError as exc:
        show_error(parent, exc.message)
        return None
    open_with_system(target)
    return target
