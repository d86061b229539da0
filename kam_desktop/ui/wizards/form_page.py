"""A wizard page built around a ValidatedForm: a refused value shows next to its field."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QWidget

from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.wizard import PageSpec
from kam_desktop.ui.common.widgets import ValidatedForm
from kam_desktop.ui.wizards.base import PhaseWizard, PlanPage, refuse_if_blank


class FormPage(PlanPage):
    """A page whose errors show next to the field (ValidatedForm) as well as at the bottom.
    ``add_required_row`` marks a field with * and refuses it blank at Next."""

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.form = ValidatedForm()
        # The form never takes the page's spare height: its rows stay together at the top.
        self.form.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.body.addWidget(self.form)
        self._required: list[tuple[str, QWidget, str]] = []

    def add_required_row(self, key: str, label: str, widget: QWidget) -> QWidget:
        """A row labelled "label *" whose field must not be blank when the user presses Next."""
        self._required.append((key, widget, label))
        return self.form.add_row(key, label + " *", widget)

    def check_required(self) -> None:
        for key, widget, label in self._required:
            refuse_if_blank(widget, key, label)

    def show_error(self, exc: DomainError) -> None:
        super().show_error(exc)  # keeps the text for the close-anyway question
        self.form.show_error(exc)
        if self.form.error_text(exc.field or ""):
            self.error_label.hide()  # shown next to its field instead

    def clear_error(self) -> None:
        super().clear_error()
        if hasattr(self, "form"):
            self.form.clear_errors()
