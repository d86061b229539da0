"""Competitors at the account, trends affecting it, and its needs: sortable lists with dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from kam_desktop.domain.enums import ThreatLevel
from kam_desktop.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.services import stakeholders as sh
from kam_desktop.services.accounts import list_buying_centres
from kam_desktop.services.stakeholders import CompetitorInput, CompetitorView, NeedView, TrendView
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.record_list import RecordDialog, RecordListWidget
from kam_desktop.ui.common.table_model import Column

THREAT_ORDER = {t: i for i, t in enumerate(ThreatLevel)}
THREAT_COLOURS = {ThreatLevel.LOW: "good", ThreatLevel.MEDIUM: "warn", ThreatLevel.HIGH: "bad"}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _text_box(height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setFixedHeight(height)
    return box


# --- competitors ---------------------------------------------------------------------------------

COMPETITOR_COLUMNS: tuple[Column[CompetitorView], ...] = (
    Column(
        "name", QT_TRANSLATE_NOOP("Column", "Competitor"), lambda c: c.name, sort=lambda c: c.name.casefold()
    ),
    Column(
        "threat",
        QT_TRANSLATE_NOOP("Column", "Threat"),
        lambda c: c.threat_level.label,
        sort=lambda c: THREAT_ORDER[c.threat_level],
        foreground=lambda c: QBrush(theme.color(THREAT_COLOURS[c.threat_level])),
    ),
    Column(
        "presence",
        QT_TRANSLATE_NOOP("Column", "Presence here"),
        lambda c: _flat(c.presence),
        tooltip=lambda c: c.presence,
    ),
    Column(
        "strengths",
        QT_TRANSLATE_NOOP("Column", "Strengths"),
        lambda c: _flat(c.strengths),
        tooltip=lambda c: c.strengths,
    ),
    Column(
        "weaknesses",
        QT_TRANSLATE_NOOP("Column", "Weaknesses"),
        lambda c: _flat(c.weaknesses),
        tooltip=lambda c: c.weaknesses,
    ),
    Column(
        "counter",
        QT_TRANSLATE_NOOP("Column", "Counter-strategy"),
        lambda c: _flat(c.counter_strategy),
        tooltip=lambda c: c.counter_strategy,
    ),
)


class CompetitorDialog(RecordDialog):
    def __init__(
        self, ctx: AppContext, account_id: int, existing: CompetitorView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("MarketWidgets", "Edit competitor")
            if existing
            else QCoreApplication.translate("MarketWidgets", "New competitor"),
            parent,
        )
        self.ctx, self.account_id, self.existing = ctx, account_id, existing
        self.name = QLineEdit()
        self.name.setObjectName("competitor_name")
        self.threat = QComboBox()
        for t in ThreatLevel:
            self.threat.addItem(t.label, t)
        self.threat.setCurrentIndex(self.threat.findData(ThreatLevel.MEDIUM))
        self.presence = _text_box()
        self.presence.setPlaceholderText(self.tr("What they hold here: contracts, sites, people they know"))
        self.strengths, self.weaknesses, self.counter = _text_box(), _text_box(), _text_box()
        self.counter.setPlaceholderText(self.tr("How we keep them out or win their share"))
        f = self.form
        f.add_row("name", self.tr("Competitor"), self.name)
        f.add_row("threat_level", self.tr("Threat level"), self.threat)
        f.add_row("presence", self.tr("Presence at this account"), self.presence)
        f.add_row("strengths", self.tr("Strengths"), self.strengths)
        f.add_row("weaknesses", self.tr("Weaknesses"), self.weaknesses)
        f.add_row("counter_strategy", self.tr("Counter-strategy"), self.counter)
        f.finish()
        if existing is not None:
            self.name.setText(existing.name)
            self.threat.setCurrentIndex(self.threat.findData(existing.threat_level))
            self.presence.setPlainText(existing.presence)
            self.strengths.setPlainText(existing.strengths)
            self.weaknesses.setPlainText(existing.weaknesses)
            self.counter.setPlainText(existing.counter_strategy)

    def save_func(self) -> CompetitorView:
        cmd = CompetitorInput(
            self.name.text(),
            self.presence.toPlainText(),
            self.strengths.toPlainText(),
            self.weaknesses.toPlainText(),
            self.threat.currentData(),
            self.counter.toPlainText(),
        )
        return sh.save_competitor(
            self.ctx.db, self.account_id, cmd, self.existing.id if self.existing else None
        )


class CompetitorsWidget(RecordListWidget):
    kind = "competitor"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            COMPETITOR_COLUMNS,
            QCoreApplication.translate("MarketWidgets", "No competitors recorded"),
            QCoreApplication.translate(
                "MarketWidgets",
                "Who else sells to this account? Record each competitor's presence, strengths, "
                "the threat they pose and how you counter them.",
            ),
            parent,
        )

    def load_rows(self, account_id: int) -> tuple[Any, ...]:
        return sh.list_competitors(self.ctx.db, account_id)

    def open_dialog(self, account_id: int, existing: Any) -> Any:
        dialog = CompetitorDialog(self.ctx, account_id, existing, self)
        dialog.exec()
        return dialog.result_value


# --- trends --------------------------------------------------------------------------------------

TREND_COLUMNS: tuple[Column[TrendView], ...] = (
    Column(
        "description",
        QT_TRANSLATE_NOOP("Column", "Trend"),
        lambda t: _flat(t.description),
        sort=lambda t: t.description.casefold(),
        tooltip=lambda t: t.description,
    ),
    Column(
        "impact",
        QT_TRANSLATE_NOOP("Column", "Impact on the account"),
        lambda t: _flat(t.impact),
        sort=lambda t: t.impact.casefold(),
        tooltip=lambda t: t.impact,
    ),
)


class TrendDialog(RecordDialog):
    def __init__(
        self, ctx: AppContext, account_id: int, existing: TrendView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("MarketWidgets", "Edit trend")
            if existing
            else QCoreApplication.translate("MarketWidgets", "New trend"),
            parent,
        )
        self.ctx, self.account_id, self.existing = ctx, account_id, existing
        self.description = _text_box()
        self.description.setObjectName("trend_description")
        self.description.setPlaceholderText(self.tr("e.g. Pressure to cut CO₂ emissions 30% by 2030"))
        self.impact = _text_box()
        self.form.add_row("description", self.tr("Trend"), self.description)
        self.form.add_row("impact", self.tr("Impact"), self.impact)
        self.shared = QCheckBox(self.tr("Share with the customer (joint plan)"))
        self.form.add_row("shared", "", self.shared)
        self.shared.setChecked(existing is not None and sharing.is_shared(ctx.db, "trend", existing.id))
        self.form.finish()
        if existing is not None:
            self.description.setPlainText(existing.description)
            self.impact.setPlainText(existing.impact)

    def save_func(self) -> TrendView:
        view = sh.save_trend(
            self.ctx.db,
            self.account_id,
            self.description.toPlainText(),
            self.impact.toPlainText(),
            self.existing.id if self.existing else None,
        )
        sharing.set_shared(self.ctx.db, "trend", view.id, self.shared.isChecked())
        return view


class TrendsWidget(RecordListWidget):
    kind = "trend"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            TREND_COLUMNS,
            QCoreApplication.translate("MarketWidgets", "No trends yet"),
            QCoreApplication.translate(
                "MarketWidgets", "What is changing in this customer's market, regulation or technology?"
            ),
            parent,
        )

    def load_rows(self, account_id: int) -> tuple[Any, ...]:
        return sh.list_trends(self.ctx.db, account_id)

    def open_dialog(self, account_id: int, existing: Any) -> Any:
        dialog = TrendDialog(self.ctx, account_id, existing, self)
        dialog.exec()
        return dialog.result_value


# --- needs ---------------------------------------------------------------------------------------

NEED_COLUMNS: tuple[Column[NeedView], ...] = (
    Column(
        "description",
        QT_TRANSLATE_NOOP("Column", "Need"),
        lambda n: _flat(n.description),
        sort=lambda n: n.description.casefold(),
        tooltip=lambda n: n.description,
    ),
    Column(
        "priority",
        QT_TRANSLATE_NOOP("Column", "Priority"),
        lambda n: str(n.priority) if n.priority else "",
        sort=lambda n: n.priority,
        align_right=True,
    ),
    Column(
        "centre",
        QT_TRANSLATE_NOOP("Column", "Buying centre"),
        lambda n: n.buying_centre,
        sort=lambda n: n.buying_centre.casefold(),
    ),
    Column(
        "stakeholder",
        QT_TRANSLATE_NOOP("Column", "Whose need"),
        lambda n: n.stakeholder,
        sort=lambda n: n.stakeholder.casefold(),
    ),
)


class NeedDialog(RecordDialog):
    def __init__(
        self, ctx: AppContext, account_id: int, existing: NeedView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("MarketWidgets", "Edit need")
            if existing
            else QCoreApplication.translate("MarketWidgets", "New need"),
            parent,
        )
        self.ctx, self.account_id, self.existing = ctx, account_id, existing
        self.description = _text_box()
        self.description.setObjectName("need_description")
        self.priority = QComboBox()
        self.priority.addItem(self.tr("— not set —"), None)
        for p in range(1, 6):
            self.priority.addItem(str(p), p)
        self.centre = QComboBox()
        self.centre.addItem(self.tr("— whole account —"), None)
        for c in list_buying_centres(ctx.db, account_id):
            self.centre.addItem(c.name, c.id)
        self.person = QComboBox()
        self.person.addItem(self.tr("— nobody in particular —"), None)
        for p in sh.list_stakeholders(ctx.db, account_id):
            self.person.addItem(p.name, p.id)
        self.form.add_row("description", self.tr("Need"), self.description)
        self.form.add_row("priority", self.tr("Priority (5 = highest)"), self.priority)
        self.form.add_row("buying_centre", self.tr("Buying centre"), self.centre)
        self.form.add_row("stakeholder", self.tr("Whose need"), self.person)
        self.shared = QCheckBox(self.tr("Share with the customer (joint plan)"))
        self.form.add_row("shared", "", self.shared)
        self.shared.setChecked(existing is not None and sharing.is_shared(ctx.db, "need", existing.id))
        self.form.finish()
        if existing is not None:
            self.description.setPlainText(existing.description)
            self.priority.setCurrentIndex(max(0, self.priority.findData(existing.priority)))
            self.centre.setCurrentIndex(max(0, self.centre.findData(existing.buying_centre_id)))
            self.person.setCurrentIndex(max(0, self.person.findData(existing.stakeholder_id)))

    def save_func(self) -> NeedView:
        view = sh.save_need(
            self.ctx.db,
            self.account_id,
            self.description.toPlainText(),
            self.priority.currentData(),
            self.centre.currentData(),
            self.person.currentData(),
            self.existing.id if self.existing else None,
        )
        sharing.set_shared(self.ctx.db, "need", view.id, self.shared.isChecked())
        return view


class NeedsWidget(RecordListWidget):
    kind = "need"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            NEED_COLUMNS,
            QCoreApplication.translate("MarketWidgets", "No needs yet"),
            QCoreApplication.translate(
                "MarketWidgets", "What problems does this customer need solved, and for whom?"
            ),
            parent,
        )

    def load_rows(self, account_id: int) -> tuple[Any, ...]:
        return sh.list_needs(self.ctx.db, account_id)

    def open_dialog(self, account_id: int, existing: Any) -> Any:
        dialog = NeedDialog(self.ctx, account_id, existing, self)
        dialog.exec()
        return dialog.result_value
