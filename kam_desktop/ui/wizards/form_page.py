"""A wizard page built around a ValidatedForm: a refused value shows next to its field."""

from __future__ import annotations

from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.wizard import PageSpec
from kam_desktop.ui.common.widgets import ValidatedForm
from kam_desktop.ui.wizards.base import PhaseWizard, PlanPage


class FormPage(PlanPage):
    """A page whose errors show next to the field (ValidatedForm) as well as at the bottom."""

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.form = ValidatedForm()
        self.body.addWidget(self.form)

    def show_error(self, exc: DomainError) -> None:
        super().show_error(exc)  # keeps the text for the close-anyway question
        self.form.show_error(exc)
        if self.form.error_text(exc.field or ""):
            self.error_label.hide()  # shown next to its field instead

    def clear_error(self) -> None:
        super().clear_error()
        if hasattr(self, "form"):
            self.form.clear_errors()
