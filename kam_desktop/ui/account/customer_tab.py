"""The Customer plan tab: see before you send.

Left: the joint plan's own texts (executive summary with a guided prompt, joint ambition,
governance, next steps) and everything that can be shared, each with its share checkbox.
Right: the customer edition exactly as it will be exported, rendered page by page with QtPdf.
"""

from __future__ import annotations

import datetime as dt
import io

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import translate, using_language
from kam_desktop.report.models import Paper
from kam_desktop.report.models_joint import JointPlan, section_title
from kam_desktop.services import clock
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.services.plan_report_joint import build_joint_plan
from kam_desktop.services.plans import account_plan_language
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.date_edit import DateEdit

ROLE_KEY = Qt.ItemDataRole.UserRole
ROLE_LABEL = Qt.ItemDataRole.UserRole + 1  # the item's first line: what the customer reads


def render_preview(plan: JointPlan, paper: Paper = Paper.A4) -> bytes:
    """The customer edition's PDF bytes: the very renderer the export uses."""
    from kam_desktop.report.plan_pdf import render_plan

    buffer = io.BytesIO()
    render_plan(plan, buffer, paper)
    return buffer.getvalue()


class Tab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.account_id: int | None = None
        self._loading = False
        self.plan: JointPlan | None = None

        # -- the joint plan's own texts ------------------------------------------------------------
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(translate("Report", sharing.SUMMARY_PROMPT))
        self.prompt_button = QPushButton(self.tr("Start from the guided prompt"))
        self.prompt_button.clicked.connect(self._on_prompt_button_clicked)
        self.ambition_edit = QLineEdit()
        self.next_steps_edit = QPlainTextEdit()
        self.next_steps_edit.setPlaceholderText(self.tr("1. What we do next, who, by when"))
        self.cadence_edit = QLineEdit()
        self.escalation_edit = QLineEdit()
        self.review_date = DateEdit(None, optional=True)  # the locale's order; Delete clears it
        self.their_sponsor = QComboBox()
        self.our_sponsor = QComboBox()
        self.version_spin = QSpinBox()
        self.version_spin.setRange(1, 999)
        self.save_button = QPushButton(self.tr("Save and refresh the preview"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.hex_of('bad')}")
        self.summary_edit.setMinimumHeight(150)
        form = QFormLayout()
        summary_box = QVBoxLayout()
        summary_box.addWidget(self.summary_edit)
        summary_box.addWidget(self.prompt_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Executive summary"), summary_box)
        form.addRow(self.tr("Our joint ambition"), self.ambition_edit)
        form.addRow(self.tr("Next steps"), self.next_steps_edit)
        form.addRow(self.tr("Their sponsor"), self.their_sponsor)
        form.addRow(self.tr("Our sponsor"), self.our_sponsor)
        form.addRow(self.tr("How often we meet"), self.cadence_edit)
        form.addRow(self.tr("Next joint review"), self.review_date)
        form.addRow(self.tr("Escalation path"), self.escalation_edit)
        form.addRow(self.tr("Version"), self.version_spin)

        # -- what is shared -------------------------------------------------------------------------
        self.items = QTreeWidget()
        self.items.setHeaderLabels([self.tr("Shared with the customer"), self.tr("Note")])
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.itemChanged.connect(self._on_items_item_changed)
        self.items.itemDoubleClicked.connect(self._on_items_item_double_clicked)
        self.unshare_button = QPushButton(self.tr("Unshare"))
        self.unshare_button.clicked.connect(self._on_unshare_button_clicked)
        self.wording_button = QPushButton(self.tr("Customer wording…"))
        self.wording_button.clicked.connect(self._on_wording_button_clicked)
        self.risk_button = QPushButton(self.tr("Add a joint risk…"))
        self.risk_button.clicked.connect(self._on_risk_button_clicked)
        self.remove_risk_button = QPushButton(self.tr("Move risk to trash"))
        self.remove_risk_button.clicked.connect(self._on_remove_risk_button_clicked)
        self.redate_button = QPushButton(self.tr("Change due date…"))
        self.redate_button.clicked.connect(self._on_redate_button_clicked)
        self.items.currentItemChanged.connect(self._on_items_current_item_changed)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.past_due = QLabel()
        self.past_due.setObjectName("past_due_warning")
        self.past_due.setWordWrap(True)
        self.past_due.setStyleSheet(f"color: {theme.hex_of('bad')}")
        self.past_due.hide()
        buttons = QGridLayout()  # two rows: one row of five is wider than a 1280-px screen allows
        for n, b in enumerate(
            (
                self.unshare_button,
                self.redate_button,
                self.wording_button,
                self.risk_button,
                self.remove_risk_button,
            )
        ):
            buttons.addWidget(b, n // 3, n % 3)
        buttons.setColumnStretch(3, 1)

        # each item on two lines, what the customer reads over what tells it apart (date, owner,
        # kind): nothing is cut, and two same-named items never look alike
        self.items.setUniformRowHeights(False)
        header = self.items.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        shared_page = QWidget()
        shared_box = QVBoxLayout(shared_page)
        intro = QLabel(
            self.tr("Nothing reaches the customer unless it is ticked here. Items marked internal never do.")
        )
        intro.setWordWrap(True)
        shared_box.addWidget(intro)
        shared_box.addWidget(self.past_due)
        shared_box.addWidget(self.items, 1)
        shared_box.addLayout(buttons)
        texts_page = QWidget()
        texts_box = QVBoxLayout(texts_page)
        texts_box.addLayout(form)
        texts_box.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        texts_box.addWidget(self.message)
        texts_box.addStretch(1)
        self.pages = QTabWidget()
        self.pages.addTab(shared_page, self.tr("What is shared"))
        self.pages.addTab(texts_page, self.tr("Summary, governance, next steps"))
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.addWidget(self.pages, 1)
        left_box.addWidget(self.counts)

        # -- the preview ----------------------------------------------------------------------------
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel()
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.addWidget(self.pages_label)
        right_box.addWidget(self.view, 1)
        self._buffer: QBuffer | None = None
        self.pdf_bytes = b""

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)  # the list needs the room; the preview fits any width
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 380])
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)
        ctx.changed.connect(self._on_ctx_changed)

    # -- loading ------------------------------------------------------------------------------------

    def set_account(self, account_id: int) -> None:
        self.account_id = account_id
        self.refresh()

    def refresh(self) -> None:
        if self.account_id is None:
            return
        self._loading = True
        try:
            self._load_fields()
            self._load_items()
        finally:
            self._loading = False
        self.refresh_preview()

    def _on_ctx_changed(self, topics: frozenset[Topic]) -> None:
        if self.isVisible() and topics and Topic.SHARING not in topics:
            self.refresh()

    def _load_fields(self) -> None:
        assert self.account_id is not None
        people, team = sharing.people_and_team(self.ctx.db, self.account_id)
        try:
            fields = sharing.load_joint_fields(self.ctx.db, self.account_id)
        except DomainError:
            fields = sharing.JointFields()
            self.setEnabled(False)
        for combo, pairs, chosen in (
            (self.their_sponsor, people, fields.customer_sponsor_id),
            (self.our_sponsor, team, fields.our_sponsor_id),
        ):
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for pid, name in pairs:
                combo.addItem(name, pid)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        self.summary_edit.setPlainText(fields.executive_summary)
        self.ambition_edit.setText(fields.joint_ambition)
        self.next_steps_edit.setPlainText(fields.next_steps)
        self.cadence_edit.setText(fields.meeting_cadence)
        self.escalation_edit.setText(fields.escalation_path)
        when = fields.next_review_on
        self.review_date.set_date(when)
        for line in (self.ambition_edit, self.cadence_edit, self.escalation_edit):
            line.setCursorPosition(0)  # show a long text from its start, not its end
        self.version_spin.setValue(fields.version)

    def _load_items(self) -> None:
        assert self.account_id is not None
        self.items.clear()
        sections: dict[str, QTreeWidgetItem] = {}
        flags_text = {
            "internal": self.tr("Internal"),
            "no_wording": self.tr("No wording yet"),
            "our_figure": self.tr("Our figure"),
            "past_meeting": self.tr("Past meeting"),
            "past_due": self.tr("Past due"),
        }
        warn = theme.color("bad")
        listed = sharing.share_items(self.ctx.db, self.account_id)
        for item in listed:
            parent = sections.get(item.section)
            if parent is None:
                parent = QTreeWidgetItem([section_title(item.section)])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                sections[item.section] = parent
                self.items.addTopLevelItem(parent)
            label = " ".join(item.label.split()) or self.tr("(no customer wording yet)")
            if item.kind == "objective" and not item.label.strip():
                label += " — " + " ".join(item.ours.split())  # which objective: our own words, app only
            row = QTreeWidgetItem([label + "\n" + item.details, flags_text.get(item.flag, "")])
            row.setToolTip(0, label + "\n" + item.details)
            row.setToolTip(1, item.note)
            if item.past_due:
                row.setForeground(1, warn)
                if item.shared:
                    row.setForeground(0, warn)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            if item.can_share and not self.ctx.read_only:
                flags |= Qt.ItemFlag.ItemIsEnabled
            row.setFlags(flags)
            row.setCheckState(0, Qt.CheckState.Checked if item.shared else Qt.CheckState.Unchecked)
            row.setData(0, ROLE_KEY, (item.kind, item.id))
            row.setData(0, ROLE_LABEL, label)
            row.setData(1, ROLE_KEY, item.due_date)
            parent.addChild(row)
        self.items.expandAll()
        self._show_past_due(sharing.past_due_shared(listed))
        self._on_items_current_item_changed()

    def _show_past_due(self, late: tuple[sharing.ShareItem, ...]) -> None:
        """The warning above the list: shared actions the customer would read as missed."""
        if not late:
            self.past_due.hide()
            return
        self.past_due.setText(
            self.tr(
                "%n shared action(s) past due: the customer would read a missed date. Select one and "
                "change its due date, or unshare it, before you export.",
                "",
                len(late),
            )
        )
        self.past_due.show()

    def shared_rows(self) -> list[QTreeWidgetItem]:
        """The list's rows that are shared now (what the preview prints)."""
        out = []
        for i in range(self.items.topLevelItemCount()):
            parent = self.items.topLevelItem(i)
            for k in range(parent.childCount()):
                row = parent.child(k)
                if row.checkState(0) == Qt.CheckState.Checked:
                    out.append(row)
        return out

    def refresh_preview(self) -> None:
        if self.account_id is None:
            return
        try:
            self.plan = build_joint_plan(self.ctx.db, self.account_id)
        except DomainError as exc:
            self.pages_label.setText(str(exc))
            return
        with using_language(account_plan_language(self.ctx.db, self.account_id)):  # as the export
            self.pdf_bytes = render_preview(self.plan)
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.pdf_bytes))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        counts = self.plan.section_counts()
        self.pages_label.setText(
            self.tr("Customer edition, as it will be exported: %n page(s)", "", self.document.pageCount())
        )
        shown = [f"{section_title(k)}: {n}" for k, n in counts.items() if n]
        missing = [section_title(k) for k in ("summary", "next_steps") if not counts[k]]
        text = "; ".join(shown) or self.tr("Nothing is shared yet.")
        if missing:
            text += "\n" + self.tr("Still empty: ") + ", ".join(missing)
        self.counts.setText(text)

    # -- actions --------------------------------------------------------------------------------------

    def _on_prompt_button_clicked(self) -> None:
        if not self.summary_edit.toPlainText().strip():
            self.summary_edit.setPlainText(translate("Report", sharing.SUMMARY_PROMPT))

    def _on_save_button_clicked(self) -> None:
        if self.account_id is None:
            return
        review = self.review_date.date_value()
        fields = sharing.JointFields(
            executive_summary=self.summary_edit.toPlainText(),
            joint_ambition=self.ambition_edit.text(),
            next_steps=self.next_steps_edit.toPlainText(),
            meeting_cadence=self.cadence_edit.text(),
            escalation_path=self.escalation_edit.text(),
            next_review_on=review,
            customer_sponsor_id=self.their_sponsor.currentData(),
            our_sponsor_id=self.our_sponsor.currentData(),
            version=self.version_spin.value(),
        )
        try:
            sharing.save_joint_fields(self.ctx.db, self.account_id, fields)
        except DomainError as exc:
            self.message.setText(str(exc))
            return
        self.message.clear()
        self.ctx.notify(Topic.PLAN, Topic.SHARING)
        self.refresh_preview()

    def _on_items_item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        # Only the database and the preview change here: rebuilding the list would delete the
        # very item whose signal is being delivered (a crash in Qt).
        if self._loading or column != 0 or row.data(0, ROLE_KEY) is None:
            return
        kind, item_id = row.data(0, ROLE_KEY)
        shared = row.checkState(0) == Qt.CheckState.Checked
        try:
            sharing.set_shared(self.ctx.db, kind, item_id, shared)
        except DomainError as exc:
            self._loading = True
            try:
                row.setCheckState(0, Qt.CheckState.Unchecked if shared else Qt.CheckState.Checked)
            finally:
                self._loading = False
            QMessageBox.warning(self, self.tr("Share with the customer"), str(exc))
            return
        self.ctx.notify(Topic.PLAN, Topic.SHARING)
        self.refresh_preview()

    def _on_items_current_item_changed(self, *_args: object) -> None:
        row = self.items.currentItem()
        data = row.data(0, ROLE_KEY) if row is not None else None
        self.redate_button.setEnabled(data is not None and data[0] == "action" and not self.ctx.read_only)

    def _on_redate_button_clicked(self) -> None:
        row = self.items.currentItem()
        data = row.data(0, ROLE_KEY) if row is not None else None
        if row is None or data is None or data[0] != "action":
            return
        when = RedateDialog.ask(self, row.data(0, ROLE_LABEL), row.data(1, ROLE_KEY))
        if when is None:
            return
        try:
            sharing.redate_action(self.ctx.db, data[1], when)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Change due date"), str(exc))
            return
        self.ctx.notify(Topic.PLAN, Topic.SHARING)
        self.refresh()

    def _on_unshare_button_clicked(self) -> None:
        row = self.items.currentItem()
        if row is not None and row.data(0, ROLE_KEY) is not None:
            row.setCheckState(0, Qt.CheckState.Unchecked)  # itemChanged does the rest

    def _on_items_item_double_clicked(self, row: QTreeWidgetItem, _column: int) -> None:
        self._edit_wording(row)

    def _on_wording_button_clicked(self) -> None:
        row = self.items.currentItem()
        if row is not None:
            self._edit_wording(row)

    def _edit_wording(self, row: QTreeWidgetItem) -> None:
        data = row.data(0, ROLE_KEY)
        if data is None or data[0] not in ("objective", "review"):
            return
        kind, item_id = data
        title = (
            self.tr("The objective as the customer reads it")
            if kind == "objective"
            else self.tr("The review's summary for the customer")
        )
        label = row.data(0, ROLE_LABEL) or ""
        current = "" if label.startswith("(") else label
        text, ok = QInputDialog.getMultiLineText(self, title, title, current)
        if not ok:
            return
        try:
            sharing.set_customer_wording(self.ctx.db, kind, item_id, text)
        except DomainError as exc:
            QMessageBox.warning(self, title, str(exc))
            return
        self.ctx.notify(Topic.PLAN, Topic.SHARING)
        self.refresh()

    def _on_risk_button_clicked(self) -> None:
        if self.account_id is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Joint risk"), self.tr("Risk or dependency"))
        if not ok or not text.strip():
            return
        how, _ok = QInputDialog.getText(self, self.tr("Joint risk"), self.tr("How we address it"))
        try:
            sharing.add_risk(self.ctx.db, self.account_id, text, how, "joint")
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Joint risk"), str(exc))
            return
        self.ctx.notify(Topic.PLAN, Topic.SHARING)
        self.refresh()

    def _on_remove_risk_button_clicked(self) -> None:
        from kam_desktop.services import trash

        row = self.items.currentItem()
        data = row.data(0, ROLE_KEY) if row is not None else None
        if data is None or data[0] != "risk":
            QMessageBox.information(
                self, self.tr("Joint risk"), self.tr("Select a joint risk in the list first.")
            )
            return
        try:
            trash.move_to_trash(self.ctx.db, "risk", data[1])  # Edit > Trash restores it
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Joint risk"), str(exc))
            return
        self.ctx.notify(Topic.PLAN, Topic.SHARING)
        self.refresh()


class RedateDialog(QDialog):
    """A new due date for an action in the share list (today or later)."""

    def __init__(self, parent: QWidget | None, title: str, due: dt.date | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change due date"))
        today = clock.today()
        self.date = DateEdit(max(due or today, today), self, optional=False)
        self.date.setMinimumDate(QDate(today.year, today.month, today.day))
        label = QLabel(title)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Action"), label)
        form.addRow(self.tr("New due date"), self.date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, due: dt.date | None) -> dt.date | None:
        dialog = cls(parent, title, due)
        try:
            return dialog.date.date_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
