"""Wizard flows of the 5 phases and their navigation, without Qt.

- Page order and which rigour shows which page: ``FLOWS[phase].pages_for(rigour)``.
- Navigation: ``next_key`` / ``previous_key`` (pages a rigour hides are skipped), ``path_to``
  (the pages before a page, so that Back works after resuming on a later page), ``resume_key``
  (where a reopened wizard starts: where the user left off, or the first page once the phase is
  done), ``position`` (what the plan stores as progress) and ``is_finish``.
Titles and subtitles are marked for translation (context "WizardFlows"); the UI shows them with
``translate("WizardFlows", ...)``. The UI builds one QWizard per phase from these; each page key maps to a QWizardPage class
registered in ``kam_desktop.ui.wizards``.
"""

from __future__ import annotations

from dataclasses import dataclass

from kam_desktop.domain.enums import Phase, Rigour
from kam_desktop.i18n import QT_TRANSLATE_NOOP

ALL = frozenset(Rigour)
STANDARD_UP = frozenset({Rigour.STANDARD, Rigour.DEEP})
DEEP_ONLY = frozenset({Rigour.DEEP})


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    subtitle: str
    rigours: frozenset[Rigour] = ALL


@dataclass(frozen=True)
class WizardFlow:
    phase: Phase
    title: str
    pages: tuple[PageSpec, ...]

    def pages_for(self, rigour: Rigour) -> tuple[PageSpec, ...]:
        return tuple(p for p in self.pages if rigour in p.rigours)

    def keys_for(self, rigour: Rigour) -> tuple[str, ...]:
        return tuple(p.key for p in self.pages_for(rigour))

    def next_key(self, rigour: Rigour, current: str) -> str | None:
        """The page after ``current`` at this rigour (None after the last one, or when the rigour
        does not show ``current``: the wizard then ends)."""
        keys = self.keys_for(rigour)
        if current not in keys:
            return None
        index = keys.index(current)
        return keys[index + 1] if index + 1 < len(keys) else None

    def previous_key(self, rigour: Rigour, current: str) -> str | None:
        keys = self.keys_for(rigour)
        if current not in keys:
            return None
        index = keys.index(current)
        return keys[index - 1] if index > 0 else None

    def position(self, rigour: Rigour, key: str) -> int:
        """The page's index at this rigour, as stored in the plan's progress (0 if not shown)."""
        keys = self.keys_for(rigour)
        return keys.index(key) if key in keys else 0

    def resume_key(self, rigour: Rigour, stored_position: int, done: bool) -> str:
        """Where a reopened wizard starts: on the page the user last left (clamped to the pages
        this rigour shows), or on the first page when the phase is already done."""
        keys = self.keys_for(rigour)
        if done or stored_position <= 0:
            return keys[0]
        return keys[min(stored_position, len(keys) - 1)]

    def path_to(self, rigour: Rigour, key: str) -> tuple[str, ...]:
        """The pages from the first up to and including ``key``: the history a resumed wizard
        rebuilds so that Back goes where it would have gone."""
        keys = self.keys_for(rigour)
        if key not in keys:
            return keys[:1]
        return keys[: keys.index(key) + 1]

    @property
    def finish_key(self) -> str:
        return self.pages[-1].key

    def is_finish(self, key: str) -> bool:
        return key == self.finish_key

    def progress_after_leaving(self, rigour: Rigour, key: str) -> int:
        """The progress stored when the user saves ``key`` and moves on: the next page's
        position, so that reopening starts where the user was going (the last page stays)."""
        keys = self.keys_for(rigour)
        if key not in keys:
            return 0
        return min(keys.index(key) + 1, len(keys) - 1)


FLOWS: dict[Phase, WizardFlow] = {
    Phase.STRATEGY: WizardFlow(
        Phase.STRATEGY,
        QT_TRANSLATE_NOOP("WizardFlows", "Strategy: what, with whom, and why"),
        (
            PageSpec(
                "strategy.period",
                QT_TRANSLATE_NOOP("WizardFlows", "Plan period and rigour"),
                QT_TRANSLATE_NOOP("WizardFlows", "How long this plan runs and how deep you go."),
            ),
            PageSpec(
                "strategy.statement",
                QT_TRANSLATE_NOOP("WizardFlows", "Strategy statement"),
                QT_TRANSLATE_NOOP("WizardFlows", "What you intend to do, with whom, and why."),
            ),
            PageSpec(
                "strategy.topics",
                QT_TRANSLATE_NOOP("WizardFlows", "Growth topics"),
                QT_TRANSLATE_NOOP(
                    "WizardFlows", "Penetration, expansion, protection: a focus or not this period."
                ),
            ),
            PageSpec(
                "strategy.objectives",
                QT_TRANSLATE_NOOP("WizardFlows", "Objectives"),
                QT_TRANSLATE_NOOP("WizardFlows", "Measurable objectives, each tagged with its growth topic."),
            ),
            PageSpec(
                "strategy.revenue",
                QT_TRANSLATE_NOOP("WizardFlows", "Revenue target"),
                QT_TRANSLATE_NOOP("WizardFlows", "Where revenue should be at the end of the period."),
                STANDARD_UP,
            ),
            PageSpec(
                "strategy.finish",
                QT_TRANSLATE_NOOP("WizardFlows", "Check and finish"),
                QT_TRANSLATE_NOOP("WizardFlows", "What is complete and what is still missing."),
            ),
        ),
    ),
    Phase.RESEARCH: WizardFlow(
        Phase.RESEARCH,
        QT_TRANSLATE_NOOP("WizardFlows", "Research: the team and the facts"),
        (
            PageSpec(
                "research.team",
                QT_TRANSLATE_NOOP("WizardFlows", "Core account team"),
                QT_TRANSLATE_NOOP("WizardFlows", "Who on our side works on this account."),
            ),
            PageSpec(
                "research.questions",
                QT_TRANSLATE_NOOP("WizardFlows", "Question bank"),
                QT_TRANSLATE_NOOP("WizardFlows", "Answer what matters; assign what needs research."),
            ),
            PageSpec(
                "research.stakeholders",
                QT_TRANSLATE_NOOP("WizardFlows", "Stakeholders"),
                QT_TRANSLATE_NOOP("WizardFlows", "The people at the account and how they relate."),
            ),
            PageSpec(
                "research.competitors",
                QT_TRANSLATE_NOOP("WizardFlows", "Competitors"),
                QT_TRANSLATE_NOOP("WizardFlows", "Who else is there and how we counter them."),
                STANDARD_UP,
            ),
            PageSpec(
                "research.trends_needs",
                QT_TRANSLATE_NOOP("WizardFlows", "Trends and needs"),
                QT_TRANSLATE_NOOP("WizardFlows", "What is changing for them, and what they need."),
                STANDARD_UP,
            ),
            PageSpec(
                "research.qualify",
                QT_TRANSLATE_NOOP("WizardFlows", "Qualification decision"),
                QT_TRANSLATE_NOOP("WizardFlows", "Does the account still deserve key status?"),
            ),
            PageSpec(
                "research.finish",
                QT_TRANSLATE_NOOP("WizardFlows", "Check and finish"),
                QT_TRANSLATE_NOOP("WizardFlows", "What is complete and what is still missing."),
            ),
        ),
    ),
    Phase.ACTION_PLAN: WizardFlow(
        Phase.ACTION_PLAN,
        QT_TRANSLATE_NOOP("WizardFlows", "Action plan: the compelling case and the actions"),
        (
            PageSpec(
                "action.case",
                QT_TRANSLATE_NOOP("WizardFlows", "Compelling case"),
                QT_TRANSLATE_NOOP(
                    "WizardFlows", "The customer's problem, our solution, the value, the proof."
                ),
            ),
            PageSpec(
                "action.from_research",
                QT_TRANSLATE_NOOP("WizardFlows", "From research to action"),
                QT_TRANSLATE_NOOP("WizardFlows", "Turn open questions and objectives into actions."),
            ),
            PageSpec(
                "action.actions",
                QT_TRANSLATE_NOOP("WizardFlows", "Actions"),
                QT_TRANSLATE_NOOP("WizardFlows", "Owner, due date, resources and status for every action."),
            ),
            PageSpec(
                "action.whitespace",
                QT_TRANSLATE_NOOP("WizardFlows", "Whitespace"),
                QT_TRANSLATE_NOOP("WizardFlows", "Buying centres x offerings: where to grow."),
                STANDARD_UP,
            ),
            PageSpec(
                "action.finish",
                QT_TRANSLATE_NOOP("WizardFlows", "Check and finish"),
                QT_TRANSLATE_NOOP("WizardFlows", "What is complete and what is still missing."),
            ),
        ),
    ),
    Phase.EXECUTION: WizardFlow(
        Phase.EXECUTION,
        QT_TRANSLATE_NOOP("WizardFlows", "Execution: opportunities, interactions, competitors"),
        (
            PageSpec(
                "execution.opportunities",
                QT_TRANSLATE_NOOP("WizardFlows", "Opportunities"),
                QT_TRANSLATE_NOOP("WizardFlows", "Create, expand and capture opportunities."),
            ),
            PageSpec(
                "execution.interactions",
                QT_TRANSLATE_NOOP("WizardFlows", "Interactions"),
                QT_TRANSLATE_NOOP("WizardFlows", "Meetings, calls and reviews, with next steps."),
            ),
            PageSpec(
                "execution.competitors",
                QT_TRANSLATE_NOOP("WizardFlows", "Neutralise competitors"),
                QT_TRANSLATE_NOOP("WizardFlows", "Status of each counter-strategy."),
                STANDARD_UP,
            ),
            PageSpec(
                "execution.board",
                QT_TRANSLATE_NOOP("WizardFlows", "Action board"),
                QT_TRANSLATE_NOOP("WizardFlows", "Overdue, due this week, done."),
            ),
            PageSpec(
                "execution.finish",
                QT_TRANSLATE_NOOP("WizardFlows", "Check and finish"),
                QT_TRANSLATE_NOOP("WizardFlows", "What is complete and what is still missing."),
            ),
        ),
    ),
    Phase.REVIEW: WizardFlow(
        Phase.REVIEW,
        QT_TRANSLATE_NOOP("WizardFlows", "Review: KPIs and adjustments"),
        (
            PageSpec(
                "review.kpis",
                QT_TRANSLATE_NOOP("WizardFlows", "KPIs"),
                QT_TRANSLATE_NOOP("WizardFlows", "What you measure, from where to where."),
            ),
            PageSpec(
                "review.measurements",
                QT_TRANSLATE_NOOP("WizardFlows", "Measurements"),
                QT_TRANSLATE_NOOP("WizardFlows", "Dated values for each KPI."),
            ),
            PageSpec(
                "review.record",
                QT_TRANSLATE_NOOP("WizardFlows", "Review"),
                QT_TRANSLATE_NOOP("WizardFlows", "Health, findings and adjustments (which become actions)."),
            ),
            PageSpec(
                "review.finish",
                QT_TRANSLATE_NOOP("WizardFlows", "Check and finish"),
                QT_TRANSLATE_NOOP("WizardFlows", "What changed since the last review."),
            ),
        ),
    ),
}
