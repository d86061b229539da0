"""Add or edit a stakeholder: every field of the design, checked by the service, errors inline."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import Attitude, DecisionRole
from kam_desktop.domain.errors import DomainError
from kam_desktop.services import research
from kam_desktop.services import stakeholders as sh
from kam_desktop.services.accounts import list_buying_centres
from kam_desktop.services.stakeholders import StakeholderInput, StakeholderView
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.date_edit import DateEdit
from kam_desktop.ui.common.widgets import ValidatedForm


def _rating_combo(none_text: str, labels: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, None)
    for value, label in enumerate(labels, start=1):
        combo.addItem(f"{value} – {label}", value)
    return combo


class StakeholderDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        account_id: int,
        existing: StakeholderView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.account_id, self.existing = ctx, account_id, existing
        self.result_view: StakeholderView | None = None
        self.setWindowTitle(self.tr("Edit stakeholder") if existing else self.tr("New stakeholder"))
        self.setMinimumWidth(620)
        self.form = ValidatedForm()
        self.name = QLineEdit()
        self.name.setObjectName("stakeholder_name")
        self.title_edit = QLineEdit()
        self.centre = QComboBox()
        self.centre.addItem(self.tr("— none —"), None)
        for c in list_buying_centres(ctx.db, account_id):
            self.centre.addItem(c.name, c.id)
        self.reports_to = QComboBox()
        self.reports_to.setObjectName("stakeholder_reports_to")
        self.reports_to.addItem(self.tr("— nobody we know —"), None)
        for p in sh.list_stakeholders(ctx.db, account_id):
            if existing is None or p.id != existing.id:
                self.reports_to.addItem(f"{p.name} ({p.title})" if p.title else p.name, p.id)
        self.role = QComboBox()
        self.role.addItem(self.tr("— unknown —"), None)
        for r in DecisionRole:
            self.role.addItem(r.label, r)
        self.influence = _rating_combo(
            self.tr("— unknown —"),
            (self.tr("very low"), self.tr("low"), self.tr("medium"), self.tr("high"), self.tr("very high")),
        )
        self.influence.setObjectName("stakeholder_influence")
        self.attitude = QComboBox()
        self.attitude.setObjectName("stakeholder_attitude")
        self.attitude.addItem(self.tr("— unknown —"), None)
        for a in Attitude:
            self.attitude.addItem(a.label, a)
        self.strength = _rating_combo(
            self.tr("— unknown —"),
            (self.tr("none"), self.tr("weak"), self.tr("workable"), self.tr("good"), self.tr("trusted")),
        )
        self.owner = QComboBox()
        self.owner.addItem(self.tr("— nobody —"), None)
        for m in research.list_team_members(ctx.db):
            self.owner.addItem(m.name, m.id)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        contact = QWidget()
        row = QHBoxLayout(contact)
        row.setContentsMargins(0, 0, 0, 0)
        self.email.setPlaceholderText(self.tr("email"))
        self.phone.setPlaceholderText(self.tr("phone"))
        row.addWidget(self.email, 2)
        row.addWidget(self.phone, 1)
        self.last_contact = DateEdit()
        self.cares = QPlainTextEdit()
        self.cares.setFixedHeight(60)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        f = self.form
        f.add_row("name", self.tr("Name"), self.name)
        f.add_row("title", self.tr("Title"), self.title_edit)
        f.add_row("buying_centre", self.tr("Buying centre"), self.centre)
        f.add_row("reports_to", self.tr("Reports to"), self.reports_to)
        f.add_row("decision_role", self.tr("Decision role"), self.role)
        f.add_row("influence", self.tr("Influence"), self.influence)
        f.add_row("attitude", self.tr("Attitude to us"), self.attitude)
        f.add_row("relationship_strength", self.tr("Relationship strength"), self.strength)
        f.add_row("owner", self.tr("Our owner"), self.owner)
        f.add_row("email", self.tr("Contact"), contact)
        f.add_row("last_contact", self.tr("Last contact"), self.last_contact)
        f.add_row("cares_about", self.tr("What they care about"), self.cares)
        f.add_row("notes", self.tr("Notes (internal)"), self.notes)
        f.finish()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        if existing is not None:
            self._fill(existing)

    def _select(self, combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _fill(self, p: StakeholderView) -> None:
        self.name.setText(p.name)
        self.title_edit.setText(p.title)
        self._select(self.centre, p.buying_centre_id)
        self._select(self.reports_to, p.reports_to_id)
        self._select(self.role, p.decision_role)
        self._select(self.influence, p.influence)
        self._select(self.attitude, p.attitude)
        self._select(self.strength, p.relationship_strength)
        if p.owner_id is not None and self.owner.findData(p.owner_id) < 0:
            self.owner.addItem(p.owner, p.owner_id)
        self._select(self.owner, p.owner_id)
        self.email.setText(p.email)
        self.phone.setText(p.phone)
        self.last_contact.set_date(p.last_contact)
        self.cares.setPlainText(p.cares_about)
        self.notes.setPlainText(p.notes)

    def command(self) -> StakeholderInput:
        return StakeholderInput(
            name=self.name.text(),
            title=self.title_edit.text(),
            buying_centre_id=self.centre.currentData(),
            reports_to_id=self.reports_to.currentData(),
            decision_role=self.role.currentData(),
            influence=self.influence.currentData(),
            attitude=self.attitude.currentData(),
            relationship_strength=self.strength.currentData(),
            owner_id=self.owner.currentData(),
            email=self.email.text(),
            phone=self.phone.text(),
            last_contact=self.last_contact.value(),
            cares_about=self.cares.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        try:
            self.result_view = sh.save_stakeholder(
                self.ctx.db, self.account_id, self.command(), self.existing.id if self.existing else None
            )
        except DomainError as exc:
            self.form.show_error(exc)
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        ctx: AppContext,
        account_id: int,
        existing: StakeholderView | None = None,
        parent: QWidget | None = None,
    ) -> StakeholderView | None:
        dialog = cls(ctx, account_id, existing, parent)
        dialog.exec()
        return dialog.result_view
