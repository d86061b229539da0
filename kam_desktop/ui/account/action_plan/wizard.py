"""Action plan wizard pages: the compelling case, research/objectives -> actions, the actions
(owner, date, resources, status) with the completeness check, and the whitespace grid."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kam_desktop.domain.enums import TopicDecision
from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.wizard import PageSpec
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services import action_plan as ap
from kam_desktop.services import research, strategy
from kam_desktop.ui.account.action_plan.dialogs import ValuePropositionForm
from kam_desktop.ui.account.action_plan.panels import ActionsPanel, PlanPanel, SourcesPanel
from kam_desktop.ui.account.action_plan.whitespace_panel import WhitespacePanel
from kam_desktop.ui.account.shared.actions_common import hint_label
from kam_desktop.ui.account.strategy.objectives import ObjectiveDialog
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import Topic
from kam_desktop.ui.team.member_dialog import MemberDialog
from kam_desktop.ui.wizards.base import PhaseWizard, PlanPage, register_page
from kam_desktop.ui.wizards.dead_end import DeadEnd


@register_page("action.case")
class CasePage(PlanPage):
    """The main value proposition, edited in place (more can be added in the Action plan tab)."""

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.form = ValuePropositionForm()
        self.others = hint_label()
        self.body.addWidget(
            hint_label(
                self.tr(
                    "A compelling case guides everything that follows: the customer's problem in their words, how we "
                    "solve it, what it is worth to them (in numbers where you can), and why they should believe it."
                )
            )
        )
        self.body.addWidget(self.form)
        self.body.addWidget(self.others)
        self.body.addStretch(1)
        self.proposition_id: int | None = None

    def load(self) -> None:
        existing = ap.list_value_propositions(self.ctx.db, self.plan_id)
        main = existing[0] if existing else None
        self.proposition_id = main.id if main else None
        self.form.set_value(main)
        self.form.clear_errors()
        more = len(existing) - 1
        self.others.setText(
            self.tr("%n more value proposition(s) in the Action plan tab.", "", more) if more > 0 else ""
        )

    def state(self) -> object:
        return self.form.values()

    def save(self) -> None:
        # The fields marked * are required at Next, also when nothing was typed: the service
        # refuses a blank title, problem or solution next to its field and writes nothing.
        saved = ap.save_value_proposition(self.ctx.db, self.plan_id, self.form.values(), self.proposition_id)
        self.proposition_id = saved.id
        self.ctx.notify(Topic.PLAN)

    def show_error(self, exc: DomainError) -> None:
        super().show_error(exc)
        self.form.show_error(exc)


class PanelPage(PlanPage):
    """A page showing one of the tab panels; every edit there is saved the moment it is made."""

    panel_class: type[PlanPanel] = PlanPanel
    intro = QT_TRANSLATE_NOOP("PanelPage", "")

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.intro_label = hint_label(translate("PanelPage", self.intro))
        self.intro_label.setObjectName("panel_page_intro")
        if self.intro:
            self.body.addWidget(self.intro_label)
        self.panel = self.panel_class(self.ctx)
        self.body.addWidget(self.panel, 1)
        self.panel.changed.connect(self.on_panel_changed)

    def load(self) -> None:
        self.panel.set_plan(self.account_id, self.plan_id)
        self.on_panel_changed()

    def on_panel_changed(self) -> None:
        """Subclasses refresh their summary here."""


@register_page("action.from_research")
class FromResearchPage(PanelPage):
    panel_class = SourcesPanel
    intro = QT_TRANSLATE_NOOP(
        "PanelPage",
        "Every question marked 'needs research' and every objective can become an action. Select rows and create actions; a question's owner and due date carry over to its action.",
    )

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.no_objectives = DeadEnd(
            "objectives",
            self.tr("The plan has no objectives yet, and every action should serve one."),
            self.tr("Add an objective…"),
            self.add_objective,
        )
        self.body.insertWidget(1, self.no_objectives)

    def on_panel_changed(self) -> None:
        if self.plan_id:
            self.no_objectives.setVisible(not strategy.list_objectives(self.ctx.db, self.plan_id))

    def add_objective(self) -> bool:
        """The Strategy phase's objective dialog, from here; it starts on the first focus topic."""
        view = strategy.get_strategy(self.ctx.db, self.account_id)
        focus = next((f for f, d in view.topics.items() if d is TopicDecision.FOCUS), None)
        if ObjectiveDialog.ask(self.ctx, self.plan_id, None, self, focus=focus) is None:
            return False
        self.panel.reload()
        self.on_panel_changed()
        self.ctx.notify(Topic.PLAN)
        self.panel.setFocus()
        return True


@register_page("action.actions")
class ActionsPage(PanelPage):
    panel_class = ActionsPanel

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.check = QLabel()
        self.check.setObjectName("wizard_action_check")
        self.check.setTextFormat(Qt.TextFormat.RichText)
        self.check.setWordWrap(True)
        self.body.insertWidget(0, self.check)
        self.no_team = DeadEnd(
            "team",
            self.tr("Nobody on our side can own an action yet: the team has no members."),
            self.tr("Add a team member…"),
            self.add_member,
        )
        self.body.insertWidget(1, self.no_team)
        self.panel.filter.setCurrentIndex(self.panel.filter.findData("all"))

    def add_member(self) -> bool:
        member = MemberDialog.ask(self.ctx.db, parent=self)
        if member is None:
            return False
        self.ctx.notify(Topic.TEAM)
        self.on_panel_changed()
        self.panel.new_button.setFocus()
        return True

    def on_panel_changed(self) -> None:
        if not self.plan_id:
            return
        self.no_team.setVisible(not research.list_team_members(self.ctx.db))
        check = ap.action_plan_check(self.ctx.db, self.plan_id)
        problems = [
            fmt(self.tr("Objective without an action: %1"), t) for t in check.objectives_without_action
        ]
        problems += [fmt(self.tr("No owner: %1"), t) for t in check.actions_without_owner]
        problems += [fmt(self.tr("No due date: %1"), t) for t in check.actions_without_date]
        if not problems and not strategy.list_objectives(self.ctx.db, self.plan_id):
            no_objectives = escape(
                self.tr("The plan has no objectives yet: add one on the previous page (Back).")
            )
            self.check.setText(f"<b style='color:{theme.hex_of('warn')}'>{no_objectives}</b>")
        elif problems:
            items = "".join(f"<li>{escape(p)}</li>" for p in problems[:6])
            more = f"<li>… {len(problems) - 6} more</li>" if len(problems) > 6 else ""
            self.check.setText(
                f"<b style='color:{theme.hex_of('bad')}'>"
                + (escape(self.tr("To fix")))
                + ":</b><ul style='margin:0'>"
                f"{items}{more}</ul>"
            )
        else:
            self.check.setText(
                f"<b style='color:{theme.hex_of('good')}'>✔ "
                + (
                    escape(
                        self.tr(
                            "Every objective has an action, and every open action has an owner and a due date."
                        )
                    )
                )
                + "</b>"
            )


@register_page("action.whitespace")
class WhitespacePage(PanelPage):
    panel_class = WhitespacePanel
    intro = QT_TRANSLATE_NOOP(
        "PanelPage",
        "Mark where we sell (sold), where we could (opportunity), where a competitor holds the ground, and what is not relevant. Double-click a cell to create an opportunity for it.",
    )
