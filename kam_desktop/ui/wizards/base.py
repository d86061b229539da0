"""The wizard framework shared by the 5 phases.

- Page order and rigour filtering come from ``kam_desktop.domain.wizard.FLOWS`` (no Qt).
- Every page is a ``PlanPage``: ``load()`` fills the widgets from the database, ``save()``
  writes them through a service and raises DomainError for bad input. Next checks the fields
  marked * (``check_required``) and calls ``save()`` - so each page is committed as the user
  leaves it - and shows the message next to the field instead of moving on; nothing is written.
- Cancel discards the current page's changes (after asking, when there are any); what was saved
  on earlier pages stays. Back keeps the page's changes when they are valid.
- Re-entrant: reopening loads what is stored; the wizard starts where the user left off, with
  the earlier pages in its history so that Back works. The navigation itself is
  ``kam_desktop.domain.wizard`` (no Qt); the plan is read and written through ``services.plans``.
- Page classes register with ``@register_page("strategy.period")`` in the phase modules
  (``strategy.py``, ``research.py``, ``action_plan.py``, ``execution.py``, ``review.py``).
- The finish page shows the phase's rule and what is missing; the user marks it done.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kam_desktop.domain.enums import Phase, PhaseStatus, Rigour
from kam_desktop.domain.errors import DomainError, ValidationError
from kam_desktop.domain.wizard import FLOWS, PageSpec
from kam_desktop.i18n import fmt, translate
from kam_desktop.services import plans
from kam_desktop.ui.common import theme, undo
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.prompter import confirm
from kam_desktop.ui.common.widgets import ErrorLabel

log = logging.getLogger(__name__)
PAGE_CLASSES: dict[str, type[PlanPage]] = {}
PHASE_MODULES = {
    Phase.STRATEGY: "kam_desktop.ui.account.strategy.wizard",
    Phase.RESEARCH: "kam_desktop.ui.account.research.wizard",
    Phase.ACTION_PLAN: "kam_desktop.ui.account.action_plan.wizard",
    Phase.EXECUTION: "kam_desktop.ui.account.execution.wizard",
    Phase.REVIEW: "kam_desktop.ui.account.review.wizard",
}


def register_page(key: str) -> Callable[[type[PlanPage]], type[PlanPage]]:
    def wrap(cls: type[PlanPage]) -> type[PlanPage]:
        PAGE_CLASSES[key] = cls
        return cls

    return wrap


class PlanPage(QWizardPage):
    """Base class of every wizard page. Subclasses build widgets in __init__ (into
    ``self.body``), fill them in ``load``, write them in ``save`` and describe what the user can
    change in ``state`` (compared with what ``load`` showed, to know whether Cancel discards
    anything)."""

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__()
        self.phase_wizard = wizard
        self.spec = spec
        self.ctx = wizard.ctx
        self.setTitle(translate("WizardFlows", spec.title))
        self.setSubTitle(translate("WizardFlows", spec.subtitle))
        # Finish is enabled on every page (HaveFinishButtonOnEarlyPages shows it, but Qt enables it
        # only on "final" pages): finishing early commits the current page and closes the wizard.
        self.setFinalPage(True)
        outer = QVBoxLayout(self)
        self.body = QVBoxLayout()
        outer.addLayout(self.body, 1)
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("page_error")
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self._loaded_state: object = None

    @property
    def account_id(self) -> int:
        return self.phase_wizard.account_id

    @property
    def plan_id(self) -> int:
        return self.phase_wizard.plan_id

    # subclasses override these
    def load(self) -> None:
        """Fill the widgets from the database."""

    def save(self) -> None:
        """Write the widgets through services; raise DomainError on invalid input."""

    def state(self) -> object:
        """What the user can change on this page (None: nothing; edits are saved as they happen)."""
        return None

    def check_required(self) -> None:
        """Raise a ValidationError (with the field) for an empty field marked *."""

    def is_dirty(self) -> bool:
        return self.state() != self._loaded_state

    def show_error(self, exc: DomainError) -> None:
        self.error_label.setText(exc.message)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.hide()
        self.error_label.clear()

    def reload(self) -> None:
        self.clear_error()
        self.load()
        self._loaded_state = self.state()

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.reload()

    def commit(self) -> bool:
        """Check the fields marked *, then save this page; on a DomainError show it next to its
        field and return False (nothing is written)."""
        try:
            self.check_required()
            self.save()
        except DomainError as exc:
            self.show_error(exc)
            return False
        self.clear_error()
        self._loaded_state = self.state()
        self.phase_wizard.saved_any = True
        return True

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        if self.phase_wizard.replaying:
            return True  # rebuilding the history of a resumed wizard: nothing was typed
        if not self.commit():
            return False
        self.phase_wizard.record_progress(self.spec.key)
        return True

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        return self.phase_wizard.next_page_id(self.spec.key)


def required_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    raise TypeError(type(widget).__name__)


def refuse_if_blank(widget: QWidget, field: str, label: str) -> None:
    """The check of a field marked *: blank (or only spaces) is refused before anything is saved."""
    if not required_text(widget).strip():
        raise ValidationError(
            fmt(translate("PlanPage", "%1 is required: fill it in before moving on."), label), field=field
        )


class MissingPage(PlanPage):
    """Shown for a page key whose class has not been written: explains and moves on."""

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        label = QLabel(self.tr("This step is not available in this version yet."))
        label.setWordWrap(True)
        self.body.addWidget(label)


class FinishPage(PlanPage):
    """Shows the phase's rule, what is still missing, and lets the user mark the phase done."""

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet(f"color: {theme.hex_of('text2')};")
        self.status = QLabel()
        self.status.setObjectName("finish_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.done_box = QCheckBox()
        self.done_box.setObjectName("mark_done")
        self.body.addWidget(self.rule)
        self.body.addWidget(self.status)
        self.body.addWidget(self.done_box)
        self.body.addStretch(1)
        self.setFinalPage(True)

    def load(self) -> None:
        plan = plans.get_plan(self.ctx.db, self.account_id)
        assert plan is not None
        phase_view = plan.phase(self.phase_wizard.phase)
        self.rule.setText(phase_view.rule)
        if phase_view.missing:
            items = "".join(f"<li>{_html(m)}</li>" for m in phase_view.missing)
            heading = _html(self.tr("Still missing:"))
            later = _html(self.tr("You can finish now and come back later."))
            self.status.setText(f"<b>{heading}</b><ul>{items}</ul>{later}")
        else:
            in_place = _html(self.tr("Everything this phase needs is in place."))
            self.status.setText(f"<b style='color:{theme.hex_of('good')}'>✔ {in_place}</b>")
        self.done_box.setText(fmt(self.tr("Mark %1 as done"), self.phase_wizard.phase.label))
        self.done_box.setEnabled(phase_view.rule_holds)
        self.done_box.setChecked(phase_view.status is PhaseStatus.DONE)

    def state(self) -> object:
        return self.done_box.isChecked()

    def save(self) -> None:
        plan = plans.get_plan(self.ctx.db, self.account_id)
        assert plan is not None
        current = plan.phase(self.phase_wizard.phase).status
        if self.done_box.isChecked() and current is not PhaseStatus.DONE:
            plans.set_phase_status(self.ctx.db, self.plan_id, self.phase_wizard.phase, PhaseStatus.DONE)
        elif not self.done_box.isChecked() and current is PhaseStatus.DONE:
            plans.set_phase_status(
                self.ctx.db, self.plan_id, self.phase_wizard.phase, PhaseStatus.IN_PROGRESS
            )


def _html(text: str) -> str:
    from html import escape

    return escape(text)


class PhaseWizard(QWizard):
    """One phase's wizard over the account's current plan (created if missing). Navigation (page
    order, skipped pages, where to resume) comes from ``domain.wizard``; the plan is read and
    written only through services."""

    def __init__(self, ctx: AppContext, account_id: int, phase: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id = account_id
        self.phase = phase
        self.saved_any = False
        self.replaying = False
        plan = plans.ensure_plan(ctx.db, account_id)
        self.plan_id = plan.id
        self.rigour: Rigour = plan.rigour
        self.flow = FLOWS[phase]
        importlib.import_module(PHASE_MODULES[phase])  # registers the phase's page classes
        self.setWindowTitle(translate("WizardFlows", self.flow.title))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        # The buttons' words are ours (not Qt's own catalogue), so page texts that name a button
        # ("when you press Next") are translated together with it.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.resize(900, 680)
        self._ids: dict[str, int] = {}
        self.pages: dict[str, PlanPage] = {}
        for index, spec in enumerate(self.flow.pages):
            cls = PAGE_CLASSES.get(spec.key)
            if cls is None:
                cls = FinishPage if self.flow.is_finish(spec.key) else MissingPage
            page = cls(self, spec)
            # No keyboard trap on any page: Tab leaves a table (arrows move between its cells).
            for view in page.findChildren(QAbstractItemView):
                view.setTabKeyNavigation(False)
            for box in page.findChildren(QPlainTextEdit):  # Tab moves on; it types no tab
                box.setTabChangesFocus(True)
            self.setPage(index, page)
            self._ids[spec.key] = index
            self.pages[spec.key] = page
        self.setStartId(self._ids[self.flow.keys_for(self.rigour)[0]])
        # Back keeps what was typed on the page when it is valid (the button is ours, not Qt's slot).
        back = self.button(QWizard.WizardButton.BackButton)
        back.clicked.disconnect()
        back.clicked.connect(self.go_back)
        phase_view = plan.phase(phase)
        self.go_to(
            self.flow.resume_key(self.rigour, phase_view.wizard_page, phase_view.status is PhaseStatus.DONE)
        )
        self.finished.connect(self._on_finished)

    def page_for(self, key: str) -> PlanPage:
        return self.pages[key]

    def current_key(self) -> str:
        page = self.currentPage()
        return page.spec.key if isinstance(page, PlanPage) else ""

    def go_to(self, key: str) -> None:
        """Show page ``key`` with the pages before it in the history, so Back works after resuming
        (the pages on the way are loaded, not saved)."""
        self.replaying = True
        try:
            self.restart()
            for _ in self.flow.path_to(self.rigour, key)[1:]:
                self.next()
        finally:
            self.replaying = False

    def set_rigour(self, rigour: Rigour) -> None:
        """Pages for the new rigour appear/disappear from the next step on."""
        self.rigour = rigour

    def next_page_id(self, key: str) -> int:
        following = self.flow.next_key(self.rigour, key)
        return self._ids[following] if following else -1

    def record_progress(self, key: str) -> None:
        plans.record_wizard_progress(
            self.ctx.db, self.plan_id, self.phase, self.flow.progress_after_leaving(self.rigour, key)
        )

    def go_back(self) -> None:
        """Back: what was typed on this page is kept if it is valid; a problem is shown and the
        page stays (Cancel discards it)."""
        page = self.currentPage()
        if isinstance(page, PlanPage) and page.is_dirty() and not page.commit():
            return
        self.back()

    def reject(self) -> None:
        """Cancel (or Esc, or closing the window) discards the current page's changes; what was
        saved on earlier pages stays. When there is something to discard, ask first."""
        page = self.currentPage()
        if isinstance(page, PlanPage) and page.is_dirty():
            if not confirm(
                self,
                self.tr("Discard this page's changes?"),
                self.tr(
                    "What you changed on this page will not be saved. What you saved on earlier "
                    "pages stays saved. Close the wizard?"
                ),
            ):
                return
        super().reject()

    def _on_finished(self, _result: int) -> None:
        self.ctx.notify(Topic.PLAN, Topic.ACCOUNTS)


def open_phase_wizard(
    ctx: AppContext, account_id: int, phase: Phase, parent: QWidget | None = None
) -> PhaseWizard:
    wizard = PhaseWizard(ctx, account_id, phase, parent)
    undo.track_wizard(ctx, wizard, wizard.plan_id, phase.label)  # one Undo for the plan's fields
    wizard.open()
    return wizard
