"""The account's stakeholders: a sortable table, the org chart and the stakeholder map, with
add / edit / delete (to the trash, undoable)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import Attitude, DecisionRole
from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt
from kam_desktop.services import clock
from kam_desktop.services import stakeholders as sh
from kam_desktop.services.stakeholders import StakeholderView
from kam_desktop.ui.account.research.org_chart_view import OrgChartView, StakeholderMapView
from kam_desktop.ui.account.research.stakeholder_dialog import StakeholderDialog
from kam_desktop.ui.account.shared.plan_common import (
    ATTITUDE_COLOURS,
    UndoBar,
    confirm,
    fmt_date,
    make_table,
    select_id,
    selected_row,
)
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.table_model import Column, RowTableModel
from kam_desktop.ui.common.widgets import EmptyState

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


class StakeholdersModel(RowTableModel[StakeholderView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(COLUMNS, parent)


class StakeholdersWidget(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.model = StakeholdersModel(self)
        self.table, self.proxy = make_table(self.model, "stakeholders_table", self)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.org_chart = OrgChartView()
        self.org_chart.person_activated.connect(self.edit_person)
        self.map = StakeholderMapView()
        self.map.person_activated.connect(self.edit_person)
        self.views = QTabWidget()
        self.views.setObjectName("stakeholder_views")
        self.views.addTab(self.table, self.tr("List"))
        self.views.addTab(self.org_chart, self.tr("Org chart"))
        self.views.addTab(self.map, self.tr("Stakeholder map"))
        self.empty = EmptyState(
            self.tr("No stakeholders yet"),
            self.tr(
                "Add the people you know at this account, starting with the most senior one; then say "
                "who reports to whom to see the org chart."
            ),
            self.tr("Add stakeholder"),
        )
        self.empty.action_clicked.connect(self.add)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.views)
        self.add_button = QPushButton(self.tr("Add stakeholder…"))
        self.add_button.setObjectName("add_stakeholder")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_bar = UndoBar(self)
        self.undo_bar.undone.connect(self._after_change)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.stack, 1)

    def set_account(self, account_id: int) -> None:
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        if self.account_id is None:
            return
        chart = sh.org_chart(self.ctx.db, self.account_id)
        self.model.set_rows(chart.people)
        self.org_chart.set_chart(chart)
        self.map.set_people(chart.people)
        self.stack.setCurrentWidget(self.views if chart.people else self.empty)
        self.table.resizeColumnsToContents()
        for col in (1, 10):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 220))

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()  # the owner tells the other screens (ctx.notify)

    def add(self) -> None:
        if self.account_id is None:
            return
        saved = StakeholderDialog.ask(self.ctx, self.account_id, None, self)
        if saved is not None:
            self._after_change()
            select_id(self.table, saved.id)

    def edit_person(self, stakeholder_id: int) -> None:
        person = next((p for p in self.model.rows() if p.id == stakeholder_id), None)
        if (
            person is not None
            and self.account_id is not None
            and StakeholderDialog.ask(self.ctx, self.account_id, person, self) is not None
        ):
            self._after_change()

    def edit_selected(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.edit_person(row.id)

    def _on_table_double_clicked(self, _index: object) -> None:
        self.edit_selected()

    def delete_selected(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        if not confirm(
            self,
            self.tr("Delete stakeholder"),
            fmt(
                self.tr(
                    "Move %1 to the trash? People who report to them move to the top of the org "
                    "chart until you undo."
                ),
                row.name,
            ),
        ):
            return
        try:
            sh.delete_stakeholder(self.ctx.db, row.id)
        except DomainError as exc:
            self.undo_bar.offer(exc.message, lambda: None)
            return
        person_id = row.id
        self.undo_bar.offer(
            fmt(self.tr("%1 moved to the trash."), row.name),
            lambda: sh.restore_stakeholder(self.ctx.db, person_id),
        )
        self._after_change()


__all__ = ["Attitude", "StakeholdersModel", "StakeholdersWidget"]
