"""The wizard framework shared by the 5 phases.

- Page order and rigour filtering come from ``kam_desktop.domain.wizard.FLOWS`` (no Qt).
- Every page is a ``PlanPage``: ``load()`` fills the widgets from the database, ``save()``
  writes them through a service and raises DomainError for bad input. ``validatePage`` calls
  ``save()`` - so each page is committed as the user leaves it - and shows the message
  inline instead of moving on. Closing the wizard saves the current page too: nothing is lost.
- Re-entrant: reopening loads what is stored; the wizard starts where the user left off.
- Page classes register with ``@register_page("strategy.period")`` in the phase modules
  (``strategy.py``, ``research.py``, ``action_plan.py``, ``execution.py``, ``review.py``).
- The finish page shows the phase's rule and what is missing; the user marks it done.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from kam_desktop.domain.enums import Phase, PhaseStatus, Rigour
from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.wizard import FLOWS, PageSpec
from kam_desktop.i18n import fmt
from kam_desktop.services import plans
from kam_desktop.ui.common import theme, undo
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.widgets import ERROR_STYLE

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
    ``self.body``), fill them in ``load`` and write them in ``save``."""

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__()
        self.phase_wizard = wizard
        self.spec = spec
        self.ctx = wizard.ctx
        self.setTitle(spec.title)
        self.setSubTitle(spec.subtitle)
        # Finish is enabled on every page (HaveFinishButtonOnEarlyPages shows it, but Qt enables it
        # only on "final" pages): finishing early commits the current page and closes the wizard.
        self.setFinalPage(True)
        outer = QVBoxLayout(self)
        self.body = QVBoxLayout()
        outer.addLayout(self.body, 1)
        self.error_label = QLabel()
        self.error_label.setObjectName("page_error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        outer.addWidget(self.error_label)

    @property
    def account_id(self) -> int:
        return self.phase_wizard.account_id

    @property
    def plan_id(self) -> int:
        return self.phase_wizard.plan_id

    # subclasses override these two
    def load(self) -> None:
        """Fill the widgets from the database."""

    def save(self) -> None:
        """Write the widgets through services; raise DomainError on invalid input."""

    def show_error(self, exc: DomainError) -> None:
        self.error_label.setText(exc.message)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.hide()
        self.error_label.clear()

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.clear_error()
        self.load()

    def commit(self) -> bool:
        """Save this page; on a DomainError show it inline and return False."""
        try:
            self.save()
            self.phase_wizard.record_progress(self.spec.key)
        except DomainError as exc:
            self.show_error(exc)
            return False
        self.clear_error()
        self.phase_wizard.saved_any = True
        return True

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        return self.commit()

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        return self.phase_wizard.next_page_id(self.spec.key)


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
            self.status.setText(
                f"<b>Still missing:</b><ul>{items}</ul>You can finish now and come back later."
            )
        else:
            self.status.setText(
                f"<b style='color:{theme.hex_of('good')}'>✔ Everything this phase needs is in place.</b>"
            )
        self.done_box.setText(fmt(self.tr("Mark %1 as done"), self.phase_wizard.phase.label))
        self.done_box.setEnabled(phase_view.rule_holds)
        self.done_box.setChecked(phase_view.status is PhaseStatus.DONE)

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
    """One phase's wizard over the account's current plan (created if missing)."""

    def __init__(self, ctx: AppContext, account_id: int, phase: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id = account_id
        self.phase = phase
        self.saved_any = False
        plan = plans.ensure_plan(ctx.db, account_id)
        self.plan_id = plan.id
        self.rigour: Rigour = plan.rigour
        self.flow = FLOWS[phase]
        importlib.import_module(PHASE_MODULES[phase])  # registers the phase's page classes
        self.setWindowTitle(self.flow.title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.resize(900, 680)
        self._ids: dict[str, int] = {}
        self.pages: dict[str, PlanPage] = {}
        for index, spec in enumerate(self.flow.pages):
            cls = PAGE_CLASSES.get(spec.key)
            if cls is None:
                cls = FinishPage if spec.key.endswith(".finish") else MissingPage
            page = cls(self, spec)
            self.setPage(index, page)
            self._ids[spec.key] = index
            self.pages[spec.key] = page
        keys = self.flow.keys_for(self.rigour)
        resume = min(plan.phase(phase).wizard_page, len(keys) - 1)
        self.setStartId(self._ids[keys[resume]] if plan.phase(phase).status is not PhaseStatus.DONE else 0)
        self.finished.connect(self._on_finished)

    def page_for(self, key: str) -> PlanPage:
        return self.pages[key]

    def set_rigour(self, rigour: Rigour) -> None:
        """Pages for the new rigour appear/disappear from the next step on."""
        self.rigour = rigour

    def next_page_id(self, key: str) -> int:
        keys = self.flow.keys_for(self.rigour)
        if key not in keys:
            return -1
        following = self.flow.next_key(self.rigour, key)
        return self._ids[following] if following else -1

    def record_progress(self, key: str) -> None:
        keys = self.flow.keys_for(self.rigour)
        position = keys.index(key) if key in keys else 0
        from kam_desktop.store.models import PlanPhase  # noqa: F401  (ensures mapper import order)

        with self.ctx.db.session() as session:
            plans.touch_phase(session, self.plan_id, self.phase, wizard_page=position)

    def reject(self) -> None:
        """Closing mid-way keeps what was typed on the current page (if it is valid)."""
        page = self.currentPage()
        if isinstance(page, PlanPage) and not isinstance(page, FinishPage | MissingPage):
            if not page.commit():
                from PySide6.QtWidgets import QMessageBox

                answer = QMessageBox.question(
                    self,
                    self.tr("Close the wizard?"),
                    fmt(
                        self.tr(
                            "This page has a problem and cannot be saved:\n\n%1\n\nClose anyway and lose "
                            "this page's changes? Earlier pages are already saved."
                        ),
                        page.error_label.text(),
                    ),
                )
                if answer != QMessageBox.StandardButton.Yes:
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
