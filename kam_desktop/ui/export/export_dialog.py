"""The export dialog (edition, paper, sections, where to save) and the two entry points.

``open_plan_export(ctx, account_id, parent)`` and ``open_brief_export(ctx, account_id,
interaction_id, parent)`` ask, then export in a worker thread with a progress dialog, and open
the finished PDF. They return the running ``ExportRun`` (None when the user cancelled).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import i18n
from kam_desktop.domain.errors import DomainError, ValidationError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.report.models import SECTION_TITLES, SECTIONS, Edition, Paper
from kam_desktop.services.export import (
    ExportResult,
    Progress,
    check_target,
    export_brief_pdf,
    export_plan_pdf,
    first_use_steps,
)
from kam_desktop.services.plans import account_plan_language
from kam_desktop.ui.common import settings, theme
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.errors import show_error
from kam_desktop.ui.common.widgets import ValidatedForm, fit_dialog_height
from kam_desktop.ui.export.worker import ExportRun, Job

_RUNNING: set[ExportRun] = set()  # keeps running exports alive when the caller drops them


@dataclass(frozen=True)
class ExportOptions:
    path: Path
    paper: Paper = Paper.A4
    edition: Edition = Edition.INTERNAL
    sections: tuple[str, ...] = SECTIONS
    open_when_done: bool = True
    language: str = "en"


def _safe_file_name(text: str) -> str:
    cleaned = re.sub(r'[\x00-\x1f<>:"/\\|?*]+', " ", text).strip(" .")
    return " ".join(cleaned.split())[:80] or "export"


def _default_folder() -> Path:
    remembered = settings.get(settings.LAST_EXPORT_DIR)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


# The section titles come from report.models; marked here so the interface can translate them.
_SECTION_TITLES_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("ExportDialog", "Executive summary"),
    QT_TRANSLATE_NOOP("ExportDialog", "Strategy"),
    QT_TRANSLATE_NOOP("ExportDialog", "Research"),
    QT_TRANSLATE_NOOP("ExportDialog", "Action plan"),
    QT_TRANSLATE_NOOP("ExportDialog", "Execution"),
    QT_TRANSLATE_NOOP("ExportDialog", "Review"),
    QT_TRANSLATE_NOOP("ExportDialog", "Team and role coverage"),
)


class ExportDialog(QDialog):
    """Options for one export; ``plan=False`` is the meeting brief (no edition, no sections)."""

    def __init__(
        self,
        account_name: str,
        *,
        plan: bool,
        parent: QWidget | None = None,
        joint_counts: Mapping[str, int] | None = None,
        language: str | None = None,
        meeting: str = "",
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._account = account_name
        self._path_edited = False
        self._first_use = iter(first_use_steps(plan=plan))  # see _prepare_next
        self.setWindowTitle(self.tr("Export account plan") if plan else self.tr("Export meeting brief"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Export the plan of %1 as a PDF.")
            if plan
            else self.tr("Export the meeting brief of %1 as a PDF.")
        )
        intro.setText(fmt(intro.text(), account_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.meeting_label = QLabel(meeting)  # the brief: which meeting it covers
        self.meeting_label.setObjectName("brief_meeting")
        self.meeting_label.setWordWrap(True)
        self.meeting_label.setVisible(bool(meeting))
        layout.addWidget(self.meeting_label)
        self.form = ValidatedForm()
        layout.addWidget(self.form)

        self.internal_radio = QRadioButton(self.tr("Internal edition - everything, for our team"))
        self.customer_radio = QRadioButton(
            self.tr("Customer edition - our joint plan, to hand to the customer")
        )
        self.customer_note = QLabel(
            self.tr(
                "Leaves out scores, our assessments of people and competitors, role gaps, fluency, "
                "revenue and opportunity figures, internal notes and everything marked internal."
            )
        )
        self.customer_note.setWordWrap(True)
        self.setMinimumWidth(max(520, self.customer_radio.sizeHint().width() + 260))  # + the form's labels
        self.customer_note.setStyleSheet(f"color: {theme.hex_of('muted')}; margin-left: 22px;")
        self.internal_radio.setChecked(True)
        self._edition_group = QButtonGroup(self)
        editions = QWidget()
        column = QVBoxLayout(editions)
        column.setContentsMargins(0, 0, 0, 0)
        for button in (self.internal_radio, self.customer_radio):
            self._edition_group.addButton(button)
            column.addWidget(button)
        column.addWidget(self.customer_note)
        # what the customer edition will hold: shared items per section, and what is still empty
        self.joint_summary = QLabel(_joint_summary(joint_counts) if joint_counts is not None else "")
        self.joint_summary.setObjectName("joint_summary")
        self.joint_summary.setWordWrap(True)
        self.joint_summary.setStyleSheet("margin-left: 22px;")
        self.joint_summary.setVisible(False)
        policy = self.joint_summary.sizePolicy()  # its room kept while hidden: picking an edition
        policy.setRetainSizeWhenHidden(True)  # never grows the dialog nor moves the radio buttons
        self.joint_summary.setSizePolicy(policy)
        column.addWidget(self.joint_summary)
        self.customer_radio.toggled.connect(self._on_edition_toggled)

        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("A4"), Paper.A4)
        self.paper_combo.addItem(self.tr("Letter"), Paper.LETTER)

        # the PDF's language, per export (an Italian manager can hand an English plan over)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("export_language")
        self.language_combo.addItem(self.tr("Italian"), "it")
        self.language_combo.addItem(self.tr("English"), "en")
        # the plan's own language first (an Italian plan exports in Italian from an English screen)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language or i18n.language())))
        # The plan's own texts are not translated: say so when the PDF's language is another one.
        self._content_language = language
        self.language_note = QLabel()
        self.language_note.setObjectName("export_language_note")
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet(f"color: {theme.hex_of('muted')};")
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)

        self.section_boxes: dict[str, QCheckBox] = {}
        sections = QWidget()
        grid = QGridLayout(sections)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, key in enumerate(SECTIONS):
            box = QCheckBox(translate("ExportDialog", SECTION_TITLES.source(key)))
            box.setChecked(True)
            self.section_boxes[key] = box
            grid.addWidget(box, index // 2, index % 2)

        self.path_edit = QLineEdit(str(_default_folder() / self._default_name()))
        self.path_edit.setObjectName("export_path")
        self.path_edit.setAccessibleName(self.tr("Save as"))
        self.path_edit.textEdited.connect(self._on_path_edit_text_edited)
        self.language_combo.currentIndexChanged.connect(self._offer_default_name)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        where = QWidget()
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)

        if plan:
            self.form.add_row("edition", self.tr("Edition"), editions)
        self.form.add_row("paper", self.tr("Paper size"), self.paper_combo)
        self.form.add_row("language", self.tr("Language of the PDF"), self.language_combo)
        self.form.form.addRow("", self.language_note)
        self._on_language_changed()
        if plan:
            self.form.add_row("sections", self.tr("Sections"), sections)
        self.form.add_row("out_path", self.tr("Save as"), where)
        self.open_check = QCheckBox(self.tr("Open the PDF when it is ready"))
        self.open_check.setChecked(True)
        self.form.form.addRow("", self.open_check)
        self.form.finish()
        self._restore_choices()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.options: ExportOptions | None = None

    def _restore_choices(self) -> None:
        """The edition and paper chosen last time (the folder is in the path already)."""
        if self._plan and settings.get(settings.EXPORT_EDITION) == Edition.CUSTOMER.value:
            self.customer_radio.setChecked(True)
        remembered = str(settings.get(settings.EXPORT_PAPER) or Paper.A4.value)
        if remembered in {p.value for p in Paper}:
            self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(Paper(remembered))))
        self.open_check.setChecked(settings.get(settings.EXPORT_OPEN_PDF) != "no")

    def _on_language_changed(self, *_args: object) -> None:
        chosen = self.language_combo.currentData()
        note = ""
        if self._content_language == "it" and chosen == "en":
            note = self.tr(
                "This plan's own texts are written in Italian and are not translated: the PDF puts "
                "English headings, dates and amounts around them."
            )
        elif self._content_language == "en" and chosen == "it":
            note = self.tr(
                "This plan's own texts are written in English and are not translated: the PDF puts "
                "Italian headings, dates and amounts around them."
            )
        self.language_note.setText(note)
        self.language_note.setVisible(bool(note))
        fit_dialog_height(self.language_note)  # the note's lines push the form down, nothing clipped

    def _default_name(self) -> str:
        """The file name offered, in the PDF's language: 'X - piano dell'account (cliente).pdf'."""
        account = _safe_file_name(self._account)
        with i18n.using_language(str(self.language_combo.currentData() or i18n.language())):
            if not self._plan:
                name = fmt(
                    translate("ExportDialog", "%1 - meeting brief %2.pdf"),
                    account,
                    f"{dt.date.today():%Y-%m-%d}",
                )
            elif self.customer_radio.isChecked():
                name = fmt(translate("ExportDialog", "%1 - account plan (customer).pdf"), account)
            else:
                name = fmt(translate("ExportDialog", "%1 - account plan (internal).pdf"), account)
        return name

    def _offer_default_name(self) -> None:
        """The suggested name follows the edition and the language, until the user types one."""
        if not self._path_edited:
            folder = Path(self.path_edit.text()).parent
            self.path_edit.setText(str(folder / self._default_name()))

    def _fit_height(self) -> None:
        """Tall enough for every wrapped note at the dialog's width (they wrap, never crush)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.sizeHint().height())
        if self.height() < needed:
            self.resize(self.width(), needed)
        self.setMinimumHeight(needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()
        QTimer.singleShot(60, self._prepare_next)  # after the dialog's first frame

    def _prepare_next(self) -> None:
        """While the user chooses, one step per turn of the event loop: load what the session's
        first export would load after Export is pressed (the report modules, ReportLab, the fonts),
        so that pressing Export starts the writing at once."""
        step = next(self._first_use, None)
        if step is not None and self.isVisible():
            step()
            QTimer.singleShot(0, self._prepare_next)

    def _on_edition_toggled(self, _checked: bool) -> None:
        customer = self.customer_radio.isChecked()
        self.joint_summary.setVisible(customer and bool(self.joint_summary.text()))
        self.setMinimumHeight(0)  # recomputed below, also when the notes get shorter
        self._fit_height()
        for box in self.section_boxes.values():  # the joint plan has its own sections
            box.setEnabled(not customer)
        self._offer_default_name()

    def _on_path_edit_text_edited(self, _text: str) -> None:
        self._path_edited = True

    def _on_browse_clicked(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path_edit.text(), self.tr("PDF documents (*.pdf)")
        )
        if chosen:
            if not chosen.lower().endswith(".pdf"):
                chosen += ".pdf"
            self.path_edit.setText(chosen)
            self._path_edited = True

    def collect(self) -> ExportOptions:
        """The options as entered; a ValidationError names the field at fault."""
        sections = (
            tuple(key for key, box in self.section_boxes.items() if box.isChecked())
            if self._plan
            else SECTIONS
        )
        if not sections:
            raise ValidationError(self.tr("Choose at least one section."), field="sections")
        text = self.path_edit.text().strip()
        if text and not text.lower().endswith(".pdf"):
            text += ".pdf"
        path = check_target(text)
        return ExportOptions(
            path=path,
            paper=Paper(self.paper_combo.currentData()),
            edition=Edition.CUSTOMER if self._plan and self.customer_radio.isChecked() else Edition.INTERNAL,
            sections=sections,
            open_when_done=self.open_check.isChecked(),
            language=str(self.language_combo.currentData()),
        )

    def _on_buttons_accepted(self) -> None:
        try:
            self.options = self.collect()
        except DomainError as exc:
            self.form.show_error(exc)
            return
        settings.put(settings.LAST_EXPORT_DIR, str(self.options.path.parent))
        if self._plan:
            settings.put(settings.EXPORT_EDITION, self.options.edition.value)
        settings.put(settings.EXPORT_PAPER, self.options.paper.value)
        settings.put(settings.EXPORT_OPEN_PDF, "yes" if self.options.open_when_done else "no")
        self.accept()

    @classmethod
    def ask(
        cls,
        account_name: str,
        *,
        plan: bool,
        parent: QWidget | None = None,
        joint_counts: Mapping[str, int] | None = None,
        language: str | None = None,
        meeting: str = "",
    ) -> ExportOptions | None:
        dialog = cls(
            account_name,
            plan=plan,
            parent=parent,
            joint_counts=joint_counts,
            language=language,
            meeting=meeting,
        )
        try:
            return dialog.options if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


Report = i18n.Context("Report")  # plural forms: lupdate takes the name before .tr as the context

PAST_DUE = "past_due"  # not a section: the shared actions past due, warned about before export


def _joint_counts(ctx: AppContext, account_id: int) -> dict[str, int] | None:
    from kam_desktop.services.plan_report_joint import build_joint_plan

    try:
        plan = build_joint_plan(ctx.db, account_id)
    except DomainError:
        return None
    return {**plan.section_counts(), PAST_DUE: len(plan.past_due)}


def _joint_summary(counts: Mapping[str, int]) -> str:
    """'Shared: Executive summary 2, Mutual action plan 5 ...' and a warning for what is empty."""
    from kam_desktop.i18n import fmt, translate
    from kam_desktop.report.models_joint import section_title

    shown = [
        fmt(translate("Report", "%1: %2"), section_title(k), n)
        for k, n in counts.items()
        if n and k != PAST_DUE
    ]
    text = (
        fmt(translate("Report", "Shared with the customer - %1."), "; ".join(shown))
        if shown
        else translate(
            "Report", "Nothing is shared with the customer yet: the customer edition will be its cover alone."
        )
    )
    missing = [section_title(k) for k in ("summary", "next_steps") if not counts.get(k)]
    if missing:
        text += "\n" + fmt(
            translate("Report", "Warning: %1 empty - a customer expects them (Customer plan tab)."),
            ", ".join(missing),
        )
    if counts.get(PAST_DUE):
        past_due = counts[PAST_DUE]
        text += "\n" + Report.tr(
            "Warning: %n shared action(s) past due - the customer would read a missed date "
            "(re-date or unshare them in the Customer plan tab).",
            "",
            past_due,
        )
    return text


def _account_name(ctx: AppContext, account_id: int, parent: QWidget | None) -> str | None:
    from kam_desktop.services.accounts import get_account

    try:
        return get_account(ctx.db, account_id).account.name
    except DomainError as exc:
        show_error(parent, exc.message)
        return None


def _finished(parent: QWidget | None, options: ExportOptions, what: str) -> Callable[[ExportResult], None]:
    def on_success(result: ExportResult) -> None:
        window = parent.window() if parent is not None else None
        status = getattr(window, "statusBar", None)
        if callable(status):
            if result.pages == 1:
                pages = translate("ExportDialog", "1 page")
            else:
                pages = fmt(translate("ExportDialog", "%1 pages"), result.pages)
            status().showMessage(
                fmt(translate("ExportDialog", "%1: %2 (%3)"), what, result.path, pages), 8000
            )
        if options.open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

    return on_success


def _on_error(parent: QWidget | None) -> Callable[[BaseException], None]:
    def show(exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            show_error(parent, exc.message)
        else:
            raise exc  # a bug: the crash reporter logs it and shows the details

    return show


def _start(job: Job, title: str, parent: QWidget | None, options: ExportOptions, what: str) -> ExportRun:
    run = ExportRun(job, title, parent, _finished(parent, options, what), _on_error(parent))
    _RUNNING.add(run)
    run.done.connect(lambda _result: _RUNNING.discard(run))
    run.start()
    return run


def open_plan_export(ctx: AppContext, account_id: int, parent: QWidget | None = None) -> ExportRun | None:
    """Ask for the options, then export the account plan PDF in the background."""
    name = _account_name(ctx, account_id, parent)
    if name is None:
        return None
    options = ExportDialog.ask(
        name,
        plan=True,
        parent=parent,
        joint_counts=_joint_counts(ctx, account_id),
        language=account_plan_language(ctx.db, account_id),
    )
    if options is None:
        return None
    db = ctx.db

    def job(progress: Progress) -> ExportResult:
        return export_plan_pdf(
            db,
            account_id,
            options.edition,
            options.paper,
            options.path,
            options.sections,
            progress,
            language=options.language,
        )

    if options.edition is Edition.CUSTOMER:
        title = fmt(translate("ExportDialog", "Exporting the plan of %1 (customer edition)…"), name)
    else:
        title = fmt(translate("ExportDialog", "Exporting the plan of %1 (internal edition)…"), name)
    return _start(job, title, parent, options, translate("ExportDialog", "Plan exported"))


def brief_meeting_text(ctx: AppContext, account_id: int, interaction_id: int | None) -> str:
    """Which meeting the brief covers, in the export dialog: its date, kind and subject (the
    next upcoming one when none is chosen), or that there is none."""
    from kam_desktop.services.meeting import build_brief
    from kam_desktop.ui.common.locale_format import date_text, time_text

    try:
        brief = build_brief(ctx.db, account_id, interaction_id)
    except DomainError:
        return ""
    if brief.meeting_date is None or brief.kind is None:
        return translate(
            "ExportDialog",
            "No upcoming meeting: the brief covers the account and its most influential people.",
        )
    when = date_text(brief.meeting_date) + (f" {time_text(brief.meeting_time)}" if brief.meeting_time else "")
    subject = brief.subject.strip() or translate("ExportDialog", "(no subject)")
    return fmt(translate("ExportDialog", "For the meeting of %1: %2 - %3"), when, brief.kind.label, subject)


def open_brief_export(
    ctx: AppContext, account_id: int, interaction_id: int | None = None, parent: QWidget | None = None
) -> ExportRun | None:
    """Ask where to save, then export the meeting brief PDF in the background."""
    name = _account_name(ctx, account_id, parent)
    if name is None:
        return None
    options = ExportDialog.ask(
        name,
        plan=False,
        parent=parent,
        language=account_plan_language(ctx.db, account_id),
        meeting=brief_meeting_text(ctx, account_id, interaction_id),
    )
    if options is None:
        return None
    db = ctx.db

    def job(progress: Progress) -> ExportResult:
        return export_brief_pdf(
            db,
            account_id,
            options.path,
            interaction_id or None,
            options.paper,
            progress,
            language=options.language,
        )

    title = fmt(translate("ExportDialog", "Exporting the meeting brief of %1…"), name)
    return _start(job, title, parent, options, translate("ExportDialog", "Brief exported"))


def export_for_open_account(window: QWidget, ctx: AppContext, brief: bool = False) -> ExportRun | None:
    """File menu entry: export the account open in the Accounts section (or say to open one)."""
    workspace = getattr(getattr(window, "accounts_page", None), "workspace", None)
    account_id = getattr(workspace, "account_id", None)
    if account_id is None:
        QMessageBox.information(
            window,
            translate("ExportDialog", "Export"),
            translate(
                "ExportDialog",
                "Open an account first: pick it in the Accounts section, then export its meeting brief.",
            )
            if brief
            else translate(
                "ExportDialog",
                "Open an account first: pick it in the Accounts section, then export its plan.",
            ),
        )
        return None
    if brief:
        return open_brief_export(ctx, int(account_id), None, window)
    return open_plan_export(ctx, int(account_id), window)
