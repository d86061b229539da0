"""Research wizard pages: core team, question bank, stakeholders, competitors, trends and needs,
the qualification decision. The finish page is the framework's FinishPage."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import AccountStatus
from kam_desktop.domain.wizard import PageSpec
from kam_desktop.i18n import fmt
from kam_desktop.services import strategy
from kam_desktop.ui.account.research.market import CompetitorsWidget, NeedsWidget, TrendsWidget
from kam_desktop.ui.account.research.questions import QuestionsWidget
from kam_desktop.ui.account.research.stakeholders import StakeholdersWidget
from kam_desktop.ui.account.shared.team_picker import TeamPicker
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import Topic
from kam_desktop.ui.common.widgets import EmptyState
from kam_desktop.ui.team.member_dialog import MemberDialog
from kam_desktop.ui.wizards.base import PhaseWizard, PlanPage, register_page
from kam_desktop.ui.wizards.form_page import FormPage


@register_page("research.team")
class TeamPage(PlanPage):
    """Tick our people; a colleague not in the team yet is added from here (no dead end)."""

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.picker = TeamPicker(self.ctx, self)
        # No dead end: with nobody in the team yet, the empty state says how to add someone here.
        empty = EmptyState(
            self.tr("No team members yet"),
            self.tr(
                "Add the colleagues who work on this account: each is saved to the team and ticked here."
            ),
        )
        self.picker.stack.removeWidget(self.picker.empty)
        self.picker.empty.deleteLater()
        self.picker.empty = empty
        self.picker.stack.insertWidget(0, empty)
        self.add_member_button = QPushButton(self.tr("&Add a team member…"))
        self.add_member_button.setObjectName("wizard_add_member")
        self.add_member_button.setToolTip(
            self.tr("A colleague who works on this account: saved to the team and ticked here.")
        )
        self.add_member_button.clicked.connect(self.add_member)
        self.body.addWidget(self.picker, 1)
        self.body.addWidget(self.add_member_button, 0, Qt.AlignmentFlag.AlignLeft)

    def load(self) -> None:
        self.picker.set_account(self.account_id)

    def state(self) -> object:
        return sorted(self.picker.selected_ids())

    def save(self) -> None:
        self.picker.commit()

    def add_member(self) -> None:
        """Create a team member through the team service and tick them (ticks so far are kept)."""
        member = MemberDialog.ask(self.ctx.db, parent=self)
        if member is None:
            return
        ticked = self.picker.selected_ids()
        self.picker.set_account(self.account_id)
        for member_id in [*ticked, member.id]:
            self.picker.set_checked(member_id)
        self.ctx.notify(Topic.TEAM)
        self.picker.list.setFocus()


@register_page("research.questions")
class QuestionsPage(PlanPage):
    """Answers are saved when the user moves between questions, and when leaving the page."""

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        intro = QLabel(
            self.tr(
                "Answering all of them is not the goal: answer what matters, mark the rest not "
                "relevant, and give what you must find out an owner and a due date."
            )
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.questions = QuestionsWidget(self.ctx, self, compact=True)
        self.body.addWidget(self.questions, 1)

    def load(self) -> None:
        self.questions.set_plan(self.plan_id)

    def is_dirty(self) -> bool:
        return self.questions.editor.dirty

    def save(self) -> None:
        if not self.questions.commit_current():
            from kam_desktop.domain.errors import ValidationError

            raise ValidationError(
                self.tr("The answer being edited has a problem: see the message next to it."), field="answer"
            )


@register_page("research.stakeholders")
class StakeholdersPage(PlanPage):
    """Every stakeholder is saved in their dialog; the page shows list, org chart and map."""

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.stakeholders = StakeholdersWidget(self.ctx, self)
        self.body.addWidget(self.stakeholders, 1)

    def load(self) -> None:
        self.stakeholders.set_account(self.account_id)


@register_page("research.competitors")
class CompetitorsPage(PlanPage):
    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.competitors = CompetitorsWidget(self.ctx, self)
        self.body.addWidget(self.competitors, 1)

    def load(self) -> None:
        self.competitors.set_account(self.account_id)


@register_page("research.trends_needs")
class TrendsNeedsPage(PlanPage):
    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.trends = TrendsWidget(self.ctx, self)
        self.needs = NeedsWidget(self.ctx, self)
        split = QSplitter(Qt.Orientation.Vertical)
        for title, widget in (
            (self.tr("Trends affecting the account"), self.trends),
            (self.tr("Their needs"), self.needs),
        ):
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(f"<b>{title}</b>")
            column.addWidget(heading)
            column.addWidget(widget, 1)
            split.addWidget(holder)
        self.body.addWidget(split, 1)

    def load(self) -> None:
        self.trends.set_account(self.account_id)
        self.needs.set_account(self.account_id)


@register_page("research.qualify")
class QualifyPage(FormPage):
    """Does the account still deserve key status? 'No' demotes it, with the reason recorded."""

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.yes = QRadioButton(
            self.tr("Yes: it deserves key-account status and the investment that goes with it")
        )
        self.yes.setObjectName("qualify_yes")
        self.no = QRadioButton(self.tr("No: what we learned says it is not a key account"))
        self.no.setObjectName("qualify_no")
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.note = QPlainTextEdit()
        self.note.setObjectName("qualification_note")
        self.note.setFixedHeight(80)
        self.note.setPlaceholderText(self.tr("Why: required for 'no', recorded with the status change."))
        self.demote_to = QComboBox()
        self.demote_to.setObjectName("demote_to")
        for status in strategy.DEMOTION_TARGETS:
            self.demote_to.addItem(status.label, status)
        self.warning = QLabel()
        self.warning.setObjectName("demotion_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {theme.hex_of('warn')};")
        self.body.insertWidget(0, self.intro)
        self.body.insertWidget(1, self.yes)
        self.body.insertWidget(2, self.no)
        self.form.add_row("qualification_note", self.tr("Reason"), self.note)
        self.form.add_row("demote_to", self.tr("New status if 'no'"), self.demote_to)
        self.form.finish()
        self.body.addWidget(self.warning)
        self.body.addStretch(1)
        self._status = AccountStatus.CANDIDATE
        for w in (self.yes, self.no):
            w.toggled.connect(self._update_warning)
        self.demote_to.currentIndexChanged.connect(self._update_warning)

    def load(self) -> None:
        view = strategy.get_strategy(self.ctx.db, self.account_id)
        self._status = view.account_status
        self.intro.setText(
            fmt(
                self.tr(
                    "Research may show that %1 is not a good key-account candidate after all. That is a valid outcome, "
                    "better found now than after a year of investment. Its status today: %2."
                ),
                view.account_name,
                view.account_status.label.lower(),
            )
        )
        self.group.setExclusive(False)
        self.yes.setChecked(view.still_key is True)
        self.no.setChecked(view.still_key is False)
        self.group.setExclusive(True)
        self.note.setPlainText(view.qualification_note)
        self._update_warning()

    def _update_warning(self, *_args: object) -> None:
        demoting = self.no.isChecked() and self._status is AccountStatus.KEY
        self.demote_to.setEnabled(demoting)
        if demoting:
            self.warning.setText(
                fmt(
                    self.tr(
                        "Leaving this page with 'No' makes the account %1 (undo it from the "
                        "portfolio; the reason is kept in its history)."
                    ),
                    self._demote_to().label.lower(),
                )
            )
        elif self.no.isChecked():
            self.warning.setText(self.tr("The account is not a key account now; its status stays as it is."))
        else:
            self.warning.clear()

    def state(self) -> object:
        return (
            self.yes.isChecked(),
            self.no.isChecked(),
            self.note.toPlainText(),
            self.demote_to.currentIndex(),
        )

    def _demote_to(self) -> AccountStatus:
        return AccountStatus(self.demote_to.currentData())  # combo data comes back as plain str

    def save(self) -> None:
        if not (self.yes.isChecked() or self.no.isChecked()):
            return  # undecided: nothing to store; the finish page lists it as missing
        strategy.decide_qualification(
            self.ctx.db, self.plan_id, self.yes.isChecked(), self.note.toPlainText(), self._demote_to()
        )
        self._status = strategy.get_strategy(self.ctx.db, self.account_id).account_status
        self._update_warning()
