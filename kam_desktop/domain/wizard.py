"""Wizard flows of the 5 phases: page order and which rigour shows which page. No Qt.

The UI builds one QWizard per phase from ``FLOWS[phase].pages_for(rigour)``; each page key
maps to a QWizardPage class registered in ``kam_desktop.ui.wizards``.
"""

from __future__ import annotations

from dataclasses import dataclass

from kam_desktop.domain.enums import Phase, Rigour

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
        keys = self.keys_for(rigour)
        index = keys.index(current)
        return keys[index + 1] if index + 1 < len(keys) else None


FLOWS: dict[Phase, WizardFlow] = {
    Phase.STRATEGY: WizardFlow(
        Phase.STRATEGY,
        "Strategy: what, with whom, and why",
        (
            PageSpec(
                "strategy.period", "Plan period and rigour", "How long this plan runs and how deep you go."
            ),
            PageSpec(
                "strategy.statement", "Strategy statement", "What you intend to do, with whom, and why."
            ),
            PageSpec(
                "strategy.topics",
                "Growth topics",
                "Penetration, expansion, protection: a focus or not this period.",
            ),
            PageSpec(
                "strategy.objectives",
                "Objectives",
                "Measurable objectives, each tagged with its growth topic.",
            ),
            PageSpec(
                "strategy.revenue",
                "Revenue target",
                "Where revenue should be at the end of the period.",
                STANDARD_UP,
            ),
            PageSpec("strategy.finish", "Check and finish", "What is complete and what is still missing."),
        ),
    ),
    Phase.RESEARCH: WizardFlow(
        Phase.RESEARCH,
        "Research: the team and the facts",
        (
            PageSpec("research.team", "Core account team", "Who on our side works on this account."),
            PageSpec(
                "research.questions", "Question bank", "Answer what matters; assign what needs research."
            ),
            PageSpec(
                "research.stakeholders", "Stakeholders", "The people at the account and how they relate."
            ),
            PageSpec(
                "research.competitors",
                "Competitors",
                "Who else is there and how we counter them.",
                STANDARD_UP,
            ),
            PageSpec(
                "research.trends_needs",
                "Trends and needs",
                "What is changing for them, and what they need.",
                STANDARD_UP,
            ),
            PageSpec(
                "research.qualify", "Qualification decision", "Does the account still deserve key status?"
            ),
            PageSpec("research.finish", "Check and finish", "What is complete and what is still missing."),
        ),
    ),
    Phase.ACTION_PLAN: WizardFlow(
        Phase.ACTION_PLAN,
        "Action plan: the compelling case and the actions",
        (
            PageSpec(
                "action.case",
                "Compelling case",
                "The customer's problem, our solution, the value, the proof.",
            ),
            PageSpec(
                "action.from_research",
                "From research to action",
                "Turn open questions and objectives into actions.",
            ),
            PageSpec("action.actions", "Actions", "Owner, due date, resources and status for every action."),
            PageSpec(
                "action.whitespace", "Whitespace", "Buying centres x offerings: where to grow.", STANDARD_UP
            ),
            PageSpec("action.finish", "Check and finish", "What is complete and what is still missing."),
        ),
    ),
    Phase.EXECUTION: WizardFlow(
        Phase.EXECUTION,
        "Execution: opportunities, interactions, competitors",
        (
            PageSpec("execution.opportunities", "Opportunities", "Create, expand and capture opportunities."),
            PageSpec(
                "execution.interactions", "Interactions", "Meetings, calls and reviews, with next steps."
            ),
            PageSpec(
                "execution.competitors",
                "Neutralise competitors",
                "Status of each counter-strategy.",
                STANDARD_UP,
            ),
            PageSpec("execution.board", "Action board", "Overdue, due this week, done."),
            PageSpec("execution.finish", "Check and finish", "What is complete and what is still missing."),
        ),
    ),
    Phase.REVIEW: WizardFlow(
        Phase.REVIEW,
        "Review: KPIs and adjustments",
        (
            PageSpec("review.kpis", "KPIs", "What you measure, from where to where."),
            PageSpec("review.measurements", "Measurements", "Dated values for each KPI."),
            PageSpec("review.record", "Review", "Health, findings and adjustments (which become actions)."),
            PageSpec("review.finish", "Check and finish", "What changed since the last review."),
        ),
    ),
}
