"""Review wizard pages: KPIs (with the benchmark outcomes as a start), measurements with trend
charts, the review record (suggested health, findings, adjustments -> actions), and a finish
page that shows what changed since the previous review."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QSplitter, QTextBrowser

from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.wizard import PageSpec
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt
from kam_desktop.services import review as rv
from kam_desktop.ui.account.action_plan.wizard import PanelPage
from kam_desktop.ui.account.review.panels import KpiPanel, ReviewForm
from kam_desktop.ui.account.shared.actions_common import hint_label
from kam_desktop.ui.common.context import Topic
from kam_desktop.ui.common.locale_format import date_text
from kam_desktop.ui.wizards.base import FinishPage, PhaseWizard, register_page


@register_page("review.kpis")
class KpisPage(PanelPage):
    """Defining the KPIs: the list and its buttons, no measurements yet."""

    panel_class = KpiPanel
    intro = QT_TRANSLATE_NOOP(
        "PanelPage",
        "What you measure, from where (baseline) to where (target), and whether higher or lower is better. The benchmark outcomes - revenue growth, profit growth, customer satisfaction - are a good start.",
    )

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.kpis.show_only(kpis=True, measurements=False)

    @property
    def kpis(self) -> KpiPanel:
        assert isinstance(self.panel, KpiPanel)
        return self.panel


@register_page("review.measurements")
class MeasurementsPage(KpisPage):
    """Recording dated values: pick a KPI, see its trend, add a measurement (no KPI editing)."""

    intro = QT_TRANSLATE_NOOP(
        "PanelPage",
        "Record dated values for each KPI: select a KPI, type the date and the value, and add it.",
    )

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.kpis.show_only(kpis=False, measurements=True)
        split = self.kpis.measurement_side.parentWidget()
        if isinstance(split, QSplitter):  # the KPI list only picks; the entry row gets the room
            split.setSizes([440, 500])
        # Return in the value field adds the measurement; it must not also press Next.
        self.kpis.m_value.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # The page's base filters events of its own widgets from before this page's panel
        # exists (under load a paint or focus event arrives in between): look the panel up safely.
        panel = getattr(self, "panel", None)
        if (
            isinstance(panel, KpiPanel)
            and watched is panel.m_value
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.kpis.m_value.returnPressed.emit()
            return True
        return super().eventFilter(watched, event)


@register_page("review.record")
class RecordPage(PanelPage):
    """Recorded when the user moves on - only if something was entered on this page."""

    panel_class = ReviewForm
    intro = QT_TRANSLATE_NOOP(
        "PanelPage",
        "The suggested health comes from the KPI statuses and the overdue actions; you decide. Each adjustment becomes an action or a change to an objective when you press Next.",
    )

    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.recorded = hint_label()
        self.body.addWidget(self.recorded)
        self.last_review: rv.ReviewView | None = None

    @property
    def form(self) -> ReviewForm:
        assert isinstance(self.panel, ReviewForm)
        return self.panel

    def is_dirty(self) -> bool:
        return bool(self.form.dirty)

    def save(self) -> None:
        if not self.form.dirty:
            return
        self.last_review = self.form.record()
        self.recorded.setText(
            fmt(
                self.tr(
                    "Recorded the review of %1 with %n new action(s).", "", len(self.last_review.actions)
                ),
                date_text(self.last_review.held_on),
            )
        )
        self.ctx.notify(Topic.PLAN, Topic.ACCOUNTS)

    def show_error(self, exc: DomainError) -> None:
        super().show_error(exc)


@register_page("review.finish")
class ReviewFinishPage(FinishPage):
    def __init__(self, wizard: PhaseWizard, spec: PageSpec) -> None:
        super().__init__(wizard, spec)
        self.history = QTextBrowser()
        self.history.setObjectName("review_changes")
        self.body.insertWidget(0, self.history, 1)

    def load(self) -> None:
        super().load()
        reviews = rv.list_reviews(self.ctx.db, self.plan_id)
        if not reviews:
            self.history.setHtml(escape(self.tr("No review recorded yet: go back one step to record one.")))
            return
        latest = reviews[0]
        findings_title = escape(self.tr("Findings"))
        adjustments_title = escape(self.tr("Adjustments"))
        none_recorded = escape(self.tr("none recorded"))
        findings = _lines(latest.findings) or f"<i>{none_recorded}</i>"
        adjustments = _lines(latest.adjustments) or f"<i>{none_recorded}</i>"
        head = (
            "<b>"
            + (escape(self.tr("Latest review")))
            + f": {date_text(latest.held_on)} · {escape(latest.health.label)}</b>"
            f"<p><b>{findings_title}</b><br>{findings}</p>"
            f"<p><b>{adjustments_title}</b><br>{adjustments}</p>"
        )
        if latest.previous_on is None:
            changes = escape(self.tr("This is the first review: it records the plan's starting point."))
        elif not latest.comparable:
            changes = escape(self.tr("The previous review has no snapshot, so changes cannot be listed."))
        elif not latest.changes:
            changes = escape(self.tr("Nothing changed since the previous review."))
        else:
            changes = "<ul>" + "".join(f"<li>{escape(c.text)}</li>" for c in latest.changes) + "</ul>"
        prev = f" ({date_text(latest.previous_on)})" if latest.previous_on else ""
        self.history.setHtml(
            f"{head}<p><b>"
            + (escape(self.tr("What changed since the previous review")))
            + f"{prev}</b></p>{changes}"
        )


def _lines(text: str) -> str:
    return escape(text.strip()).replace(chr(10), "<br>")
