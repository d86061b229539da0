"""The account's stakeholders: a sortable table, the org chart and the stakeholder map, with
add / edit / delete (to the trash, undoable)."""

from __future__ import annotations

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QTabWidget,
    QWidget,
)

from kam_desktop.domain.enums import Attitude, DecisionRole
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt
from kam_desktop.services import clock
from kam_desktop.services import stakeholders as sh
from kam_desktop.services.stakeholders import StakeholderView
from kam_desktop.ui.account.research.org_chart_view import OrgChartView, StakeholderMapView
from kam_desktop.ui.account.research.stakeholder_dialog import StakeholderDialog
from kam_desktop.ui.account.shared.plan_common import (
    ATTITUDE_COLOURS,
    fmt_date,
)
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.record_list import RecordListWidget
from kam_desktop.ui.common.table_model import Column, RowTableModel

ROLE_ORDER = {r: i for i, r in enumerate(DecisionRole)}


def _attitude_bg(p: StakeholderView) -> QBrush | None:
    if p.attitude is None:
        return None
    colour = theme.color(ATTITUDE_COLOURS[p.attitude.value])
    colour.setAlpha(90)
    return QBrush(colour)


def _stars(value: int | None) -> str:
    return "●" * value + "○" * (5 - value) if value else ""


COLUMNS: tuple[Column[StakeholderView], ...] = (
    Column(
        "name",
        QT_TRANSLATE_NOOP("Column", "Name"),
        lambda p: p.name,
        sort=lambda p: p.name.casefold(),
        tooltip=lambda p: p.name,
    ),
    Column(
        "title", QT_TRANSLATE_NOOP("Column", "Title"), lambda p: p.title, sort=lambda p: p.title.casefold()
    ),
    Column(
        "centre",
        QT_TRANSLATE_NOOP("Column", "Buying centre"),
        lambda p: p.buying_centre,
        sort=lambda p: p.buying_centre.casefold(),
    ),
    Column(
        "reports_to",
        QT_TRANSLATE_NOOP("Column", "Reports to"),
        lambda p: p.reports_to,
        sort=lambda p: p.reports_to.casefold(),
    ),
    Column(
        "role",
        QT_TRANSLATE_NOOP("Column", "Decision role"),
        lambda p: p.decision_role.label if p.decision_role else "",
        sort=lambda p: ROLE_ORDER[p.decision_role] if p.decision_role else None,
    ),
    Column(
        "influence",
        QT_TRANSLATE_NOOP("Column", "Influence"),
        lambda p: _stars(p.influence),
        sort=lambda p: p.influence,
    ),
    Column(
        "attitude",
        QT_TRANSLATE_NOOP("Column", "Attitude"),
        lambda p: p.attitude.label if p.attitude else "",
        sort=lambda p: -p.attitude.score if p.attitude else None,
        background=_attitude_bg,
    ),
    Column(
        "strength",
        QT_TRANSLATE_NOOP("Column", "Relationship"),
        lambda p: _stars(p.relationship_strength),
        sort=lambda p: p.relationship_strength,
    ),
    Column(
        "owner",
        QT_TRANSLATE_NOOP("Column", "Our owner"),
        lambda p: p.owner,
        sort=lambda p: p.owner.casefold(),
    ),
    Column(
        "last_contact",
        QT_TRANSLATE_NOOP("Column", "Last contact"),
        lambda p: fmt_date(p.last_contact),
        sort=lambda p: p.last_contact,
        foreground=lambda p: (
            QBrush(theme.color("bad"))
            if p.last_contact and (clock.today() - p.last_contact).days > 90
            else None
        ),
    ),
    Column(
        "cares",
        QT_TRANSLATE_NOOP("Column", "Cares about"),
        lambda p: " ".join(p.cares_about.split()),
        sort=lambda p: p.cares_about.casefold(),
        tooltip=lambda p: p.cares_about,
    ),
)


STAKEHOLDER_TOPICS = (Topic.PLAN, Topic.INTERACTIONS)  # attendees, the org chart, the brief


class StakeholdersModel(RowTableModel[StakeholderView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(COLUMNS, parent)


class StakeholdersWidget(RecordListWidget):
    """The account's people as a list, an org chart and a stakeholder map."""

    kind = "stakeholder"
    topics = STAKEHOLDER_TOPICS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            StakeholdersModel(),
            self.tr("No stakeholders yet"),
            self.tr(
                "Add the people you know at this account, starting with the most senior one; then say "
                "who reports to whom to see the org chart."
            ),
            parent,
            add_text=self.tr("Add stakeholder…"),
            empty_action=self.tr("Add stakeholder"),
        )
        self.table.setObjectName("stakeholders_table")
        self.views = self.content
        self._chart: sh.OrgChart | None = None

    def make_content(self) -> QWidget:
        self.org_chart = OrgChartView()
        self.org_chart.person_activated.connect(self.edit_person)
        self.map = StakeholderMapView()
        self.map.person_activated.connect(self.edit_person)
        views = QTabWidget()
        views.setObjectName("stakeholder_views")
        views.addTab(self.table, self.tr("List"))
        views.addTab(self.org_chart, self.tr("Org chart"))
        views.addTab(self.map, self.tr("Stakeholder map"))
        return views

    def load_rows(self, owner_id: int) -> tuple[StakeholderView, ...]:
        self._chart = sh.org_chart(self.ctx.db, owner_id)
        return tuple(self._chart.people)

    def fit_columns(self) -> None:
        if self._chart is not None:
            self.org_chart.set_chart(self._chart)
            self.map.set_people(self._chart.people)
        self.table.resizeColumnsToContents()
        for col in (1, 10):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 220))

    def open_dialog(self, owner_id: int, existing: StakeholderView | None) -> StakeholderView | None:
        return StakeholderDialog.ask(self.ctx, owner_id, existing, self)

    def describe(self, row: StakeholderView) -> str:
        return row.name

    def delete_row(self, row: StakeholderView) -> None:
        sh.delete_stakeholder(self.ctx.db, row.id)

    def confirm_texts(self, row: StakeholderView) -> tuple[str, str]:
        question = fmt(
            self.tr(
                "Move %1 to the trash? People who report to them move to the top of the org "
                "chart until you undo."
            ),
            row.name,
        )
        return self.tr("Delete stakeholder"), question

    def edit_person(self, stakeholder_id: int) -> None:
        person = next((p for p in self.model.rows() if p.id == stakeholder_id), None)
        if person is not None:
            self.edit_row(person)


__all__ = ["Attitude", "StakeholdersModel", "StakeholdersWidget"]
