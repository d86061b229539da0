"""File > Export program report…: ask where to save, then write the program report PDF in the
background (the same worker as the plan and brief exports)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import fmt, translate
from kam_desktop.services.export import ExportResult, Progress
from kam_desktop.services.program_report import export_program_pdf
from kam_desktop.ui.common import settings
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.export.worker import ExportRun

_RUNNING: set[ExportRun] = set()


def _default_path() -> Path:
    remembered = settings.get(settings.LAST_EXPORT_DIR)
    if remembered and Path(remembered).is_dir():
        folder = Path(remembered)
    else:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return folder / "KAM program report.pdf"


def ask_path(parent: QWidget | None) -> Path | None:
    """The file to write, or None when the user cancels (tests replace this function)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("Program", "Export program report"),
        str(_default_path()),
        "PDF (*.pdf)",
    )
    return Path(chosen) if chosen else None


def open_program_export(
    ctx: AppContext, parent: QWidget | None = None, *, open_when_done: bool = True
) -> ExportRun | None:
    path = ask_path(parent)
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    settings.put(settings.LAST_EXPORT_DIR, str(path.parent))
    db = ctx.db

    def job(progress: Progress) -> ExportResult:
        return export_program_pdf(db, path, progress)

    def on_success(result: ExportResult) -> None:
        window = parent.window() if parent is not None else None
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(
                fmt(
                    translate("Program", "Program report exported: %1 (%2 pages)"), result.path, result.pages
                ),
                8000,
            )
        if open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

    def on_error(exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            QMessageBox.warning(parent, translate("Program", "Export"), exc.message)
        else:
            raise exc

    title = translate("Program", "Exporting the program report…")
    run = ExportRun(job, title, parent, on_success, on_error)
    _RUNNING.add(run)
    run.done.connect(lambda _result: _RUNNING.discard(run))
    run.start()
    return run
