"""New / edit team member dialog with inline validation; ``ask()`` returns the saved member or None."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import DomainError
from kam_desktop.services import team
from kam_desktop.services.team import MemberInput, MemberView
from kam_desktop.store.database import Database
from kam_desktop.ui.common.widgets import ValidatedForm


class MemberDialog(QDialog):
    def __init__(self, db: Database, member: MemberView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.member = member
        self.result_member: MemberView | None = None
        self.setWindowTitle(self.tr("Edit team member") if member else self.tr("New team member"))
        self.form = ValidatedForm()
        self.name = self.form.add_row("name", self.tr("Name"), QLineEdit())
        self.function = self.form.add_row("function", self.tr("Function"), QLineEdit())
        self.email = self.form.add_row("email", self.tr("Email"), QLineEdit())
        self.notes = self.form.add_row("notes", self.tr("Notes"), QPlainTextEdit())
        self.form.finish()
        assert isinstance(self.name, QLineEdit) and isinstance(self.function, QLineEdit)
        assert isinstance(self.email, QLineEdit) and isinstance(self.notes, QPlainTextEdit)
        self.name.setPlaceholderText(self.tr("e.g. Erik Lindqvist"))
        self.function.setPlaceholderText(self.tr("e.g. Project Manager, Solutions Engineer"))
        self.email.setPlaceholderText(self.tr("name@ourco.example"))
        self.notes.setFixedHeight(90)
        if member is not None:
            self.name.setText(member.name)
            self.function.setText(member.function)
            self.email.setText(member.email)
            self.notes.setPlainText(member.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(460, 320)

    def command(self) -> MemberInput:
        return MemberInput(
            self.name.text(), self.function.text(), self.email.text(), self.notes.toPlainText()
        )

    def save(self) -> None:
        """Write through the service; a refusal is shown next to its field and the dialog stays open."""
        try:
            if self.member is None:
                self.result_member = team.create_member(self.db, self.command())
            else:
                self.result_member = team.update_member(self.db, self.member.id, self.command())
        except DomainError as exc:
            self.form.show_error(exc)
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        db: Database,
        member: MemberView | None = None,
        parent: QWidget | None = None,
        prepare: Callable[[MemberDialog], None] | None = None,
    ) -> MemberView | None:
        dialog = cls(db, member, parent)
        if prepare is not None:
            prepare(dialog)
        return dialog.result_member if dialog.exec() == QDialog.DialogCode.Accepted else None
