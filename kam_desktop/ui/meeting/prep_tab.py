"""Meeting prep: pick an upcoming meeting (or a stakeholder) and read the brief.

Opened in one click from the portfolio's "next meeting" column: the accounts page opens this
tab and calls ``show_meeting(interaction_id)`` (0 = the next one).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from kam_desktop.domain.errors import DomainError, NotFoundError
from kam_desktop.services import meeting
from kam_desktop.services.action_plan import stakeholder_options
from kam_desktop.services.meeting_models import MeetingBrief
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.errors import show_error
from kam_desktop.ui.common.locale_format import date_text, time_text
from kam_desktop.ui.meeting.brief_html import STYLE, render_brief

ACCOUNT_BRIEF = -1  # the combo entry "account brief (no meeting)"


def meeting_label(m: meeting.UpcomingMeeting) -> str:
    """'08/12/2026 16:00 · Subject · Anna, Bo' in the locale's date and time (never ISO)."""
    when = " ".join(x for x in (date_text(m.on_date), time_text(m.start_time)) if x)
    who = ", ".join(m.attendees[:3]) + (" …" if len(m.attendees) > 3 else "")
    return f"{when} · {m.subject or m.kind.label}" + (f" · {who}" if who else "")


class Tab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.brief: MeetingBrief | None = None
        self._loading = False
        self.meetings = QComboBox()
        self.meetings.setObjectName("meeting_choice")
        self.meetings.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meetings.setMinimumContentsLength(28)
        self.meetings.currentIndexChanged.connect(self._on_meetings_current_index_changed)
        self.meetings.currentTextChanged.connect(self.meetings.setToolTip)  # elided: the tooltip has it all
        self.people = QComboBox()
        self.people.setObjectName("stakeholder_choice")
        self.people.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.people.setMinimumContentsLength(14)
        self.people.currentIndexChanged.connect(self._on_people_current_index_changed)
        self.people.currentTextChanged.connect(self.people.setToolTip)
        self.log_button = QPushButton(self.tr("New meeting…"))
        self.log_button.setToolTip(self.tr("Add an upcoming meeting with its attendees"))
        self.log_button.clicked.connect(self._on_log)
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setObjectName("btn_export_brief")
        self.export_button.setToolTip(self.tr("The one-page brief as a PDF, to read offline"))
        self.export_button.clicked.connect(self._on_export)
        self.calendar_button = QPushButton(self.tr("Add to calendar"))
        self.calendar_button.setObjectName("btn_add_to_calendar")
        self.calendar_button.setToolTip(self.tr("Open this meeting in your calendar app (an .ics file)"))
        self.calendar_button.clicked.connect(self._on_add_to_calendar)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("btn_print_brief")
        self.print_button.clicked.connect(self._on_print)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Meeting:")))
        top.addWidget(self.meetings, 2)
        top.addSpacing(10)
        top.addWidget(QLabel(self.tr("or:")))
        top.addWidget(self.people, 1)
        top.addWidget(self.log_button)
        top.addWidget(self.calendar_button)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        self.view = QTextBrowser()
        # The brief is a printable page: it stays paper-white in the dark scheme too.
        self.view.setStyleSheet("QTextBrowser { background: #ffffff; color: #222222; }")
        self.view.setObjectName("brief_view")
        self.view.setOpenLinks(False)
        self.view.document().setDefaultStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        QShortcut(QKeySequence("Ctrl+P"), self, self._on_print)

    # --- public API ------------------------------------------------------------------------

    def set_account(self, account_id: int) -> None:
        keep = self.brief.interaction_id if self.brief and self.account_id == account_id else None
        self.account_id = account_id
        self._fill_choices()
        self.show_meeting(keep or 0)

    def show_meeting(self, interaction_id: int) -> None:
        """Show the brief for this interaction of the current account (0 = the next upcoming)."""
        if self.account_id is None:
            return
        try:
            brief = meeting.build_brief(self.ctx.db, self.account_id, interaction_id or None)
        except NotFoundError:
            brief = meeting.build_brief(self.ctx.db, self.account_id)
        self._show(brief)
        self._select_combo(
            self.meetings, brief.interaction_id if brief.interaction_id is not None else ACCOUNT_BRIEF
        )
        self._select_combo(self.people, None)

    def show_stakeholder(self, stakeholder_id: int) -> None:
        try:
            brief = meeting.brief_for_stakeholder(self.ctx.db, stakeholder_id)
        except DomainError as exc:
            show_error(self, exc.message)
            return
        self._show(brief)
        self._select_combo(self.meetings, brief.interaction_id if brief.interaction_id is not None else None)
        self._select_combo(self.people, stakeholder_id)

    def brief_text(self) -> str:
        return self.view.toPlainText()

    # --- internals -------------------------------------------------------------------------

    def _show(self, brief: MeetingBrief) -> None:
        self.brief = brief
        self.calendar_button.setEnabled(bool(brief.interaction_id))
        self.view.setHtml(render_brief(brief))

    def _fill_choices(self) -> None:
        assert self.account_id is not None
        self._loading = True
        self.meetings.clear()
        upcoming = meeting.upcoming_meetings(self.ctx.db, self.account_id)
        for m in upcoming:
            self.meetings.addItem(meeting_label(m), m.id)
        self.meetings.addItem(self.tr("Account brief (no particular meeting)"), ACCOUNT_BRIEF)
        self.people.clear()
        self.people.addItem(self.tr("— choose someone —"), None)
        for p in stakeholder_options(self.ctx.db, self.account_id):
            self.people.addItem(f"{p.name}" + (f" · {p.detail}" if p.detail else ""), p.id)
        self._loading = False

    def _select_combo(self, combo: QComboBox, key: int | None) -> None:
        self._loading = True
        index = combo.findData(key) if key is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if combo is self.people else -1))
        self._loading = False

    def _on_meetings_current_index_changed(self, _index: int) -> None:
        if self._loading or self.account_id is None:
            return
        key = self.meetings.currentData()
        if key == ACCOUNT_BRIEF:
            self._show(self._account_brief())
            self._select_combo(self.people, None)
        elif key is not None:
            self.show_meeting(int(key))

    def _account_brief(self) -> MeetingBrief:
        assert self.account_id is not None
        from dataclasses import replace

        brief = meeting.build_brief(self.ctx.db, self.account_id)
        if brief.interaction_id is None:
            return brief
        # there is an upcoming meeting, but the user asked for the account-level view
        return replace(
            brief,
            interaction_id=None,
            meeting_date=None,
            meeting_time=None,
            kind=None,
            subject="",
            location="",
        )

    def _on_people_current_index_changed(self, _index: int) -> None:
        if self._loading:
            return
        key = self.people.currentData()
        if key is not None:
            self.show_stakeholder(int(key))

    def _on_log(self) -> None:
        if self.account_id is None:
            return
        from kam_desktop.ui.account.execution.dialogs import InteractionDialog

        created = InteractionDialog.ask(self.ctx.db, self.account_id, parent=self)
        if created is not None:
            self.ctx.notify(Topic.INTERACTIONS, Topic.PLAN)
            self._fill_choices()
            self.show_meeting(created.id)

    def _on_export(self) -> None:
        if self.account_id is None:
            return
        from kam_desktop.ui.export.export_dialog import open_brief_export

        self.export_run = open_brief_export(
            self.ctx, self.account_id, self.brief.interaction_id if self.brief else None, self
        )

    def _on_add_to_calendar(self) -> None:
        if self.brief is None or not self.brief.interaction_id:
            return
        from kam_desktop.ui.importing.calendar_dialog import add_meeting_to_calendar

        add_meeting_to_calendar(self.ctx, self.brief.interaction_id, self)

    def _on_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.view.document().print_(printer)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_F5:
            self.set_account(self.account_id or 0)
            return
        super().keyPressEvent(event)
