"""The whitespace grid: buying centres (rows) x offerings (columns), each cell sold, an
opportunity, held by a competitor, not relevant or unknown; opportunities are created from cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import WhitespaceState
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services import accounts
from kam_desktop.services import action_plan as ap
from kam_desktop.ui.account.action_plan.panels import PlanPanel
from kam_desktop.ui.account.execution.dialogs import OpportunityDialog
from kam_desktop.ui.account.shared.actions_common import hint_label
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.errors import attempt
from kam_desktop.ui.common.locale_format import number_text

Index = QModelIndex | QPersistentModelIndex
STATE_ROLE = Qt.ItemDataRole.UserRole + 20
STATE_COLOURS = {
    WhitespaceState.SOLD: "ws_sold",
    WhitespaceState.OPPORTUNITY: "ws_opportunity",
    WhitespaceState.COMPETITOR: "ws_competitor",
    WhitespaceState.NOT_RELEVANT: "ws_not_relevant",
    WhitespaceState.UNKNOWN: "ws_unknown",
}
# Each state's key is the first letter of its name, translated with it (Italian: Venduto = V,
# Sconosciuto = S); state_key() gives the letter in the interface's language.
STATE_KEYS = {
    WhitespaceState.SOLD: QT_TRANSLATE_NOOP("WhitespaceKeys", "S"),
    WhitespaceState.OPPORTUNITY: QT_TRANSLATE_NOOP("WhitespaceKeys", "O"),
    WhitespaceState.COMPETITOR: QT_TRANSLATE_NOOP("WhitespaceKeys", "C"),
    WhitespaceState.NOT_RELEVANT: QT_TRANSLATE_NOOP("WhitespaceKeys", "N"),
    WhitespaceState.UNKNOWN: QT_TRANSLATE_NOOP("WhitespaceKeys", "U"),
}


def state_key(state: WhitespaceState) -> str:
    """The shortcut letter of a state, in the interface's language."""
    return translate("WhitespaceKeys", STATE_KEYS[state])


class WhitespaceModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: ap.WhitespaceGrid | None = None

    def set_grid(self, grid: ap.WhitespaceGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.centres)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.offerings)

    def cell_at(self, index: Index) -> ap.CellView | None:
        if self.grid is None or not index.isValid():
            return None
        if not (0 <= index.row() < len(self.grid.centres) and 0 <= index.column() < len(self.grid.offerings)):
            return None
        return self.grid.cell(self.grid.centres[index.row()].id, self.grid.offerings[index.column()].id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell_at(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            extra = fmt(self.tr(" · %1 opp."), number_text(cell.opportunities)) if cell.opportunities else ""
            return ("" if cell.state is WhitespaceState.UNKNOWN else cell.state.label) + extra
        if role == Qt.ItemDataRole.BackgroundRole:
            return theme.color(STATE_COLOURS[cell.state])
        if role == Qt.ItemDataRole.ToolTipRole:
            assert self.grid is not None
            centre = self.grid.centres[index.row()].name
            offering = self.grid.offerings[index.column()].name
            where = fmt(self.tr("%1 at %2: %3"), offering, centre, cell.state.label)
            return where + (f"\n{cell.notes}" if cell.notes else "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == STATE_ROLE:
            return cell.state.value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.grid is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None  # the tooltip: a narrow column elides the offering's name
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.grid.offerings):
            return self.grid.offerings[section].name
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.grid.centres):
            return self.grid.centres[section].name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class WhitespacePanel(PlanPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = WhitespaceModel(self)
        self.table = QTableView()
        self.table.setObjectName("whitespace_grid")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(90)
        self.table.verticalHeader().setDefaultSectionSize(46)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        header.setMinimumHeight(44)
        self.table.setWordWrap(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_menu)
        self.table.doubleClicked.connect(self._on_create)
        self.legend = QLabel()
        self.legend.setObjectName("whitespace_legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)  # one chip per state: wraps rather than clips in Italian
        state_row = QHBoxLayout()
        state_row.addWidget(QLabel(self.tr("Selected cell:")))
        self.state_buttons: dict[WhitespaceState, QPushButton] = {}
        for state in WhitespaceState:
            button = QPushButton(f"{state.label} ({state_key(state)})")  # two translated words
            button.setObjectName(f"ws_{state.value}")
            button.setStyleSheet(f"background: {theme.hex_of(STATE_COLOURS[state])};")
            button.clicked.connect(lambda _c=False, s=state: self.set_state(s))
            state_row.addWidget(button)
            self.state_buttons[state] = button
            QShortcut(QKeySequence(state_key(state)), self.table, lambda s=state: self.set_state(s))
        state_row.addStretch(1)
        self.create_button = QPushButton(self.tr("Create opportunity…"))
        self.create_button.setObjectName("btn_ws_opportunity")
        self.create_button.clicked.connect(self._on_create)
        add_centre = QPushButton(self.tr("Add buying centre…"))
        add_centre.clicked.connect(self._on_add_centre)
        add_offering = QPushButton(self.tr("Add offering…"))
        add_offering.clicked.connect(self._on_add_offering)
        actions = QHBoxLayout()
        for w in (self.create_button, add_centre, add_offering):
            actions.addWidget(w)
        actions.addStretch(1)
        self.empty = hint_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(state_row)
        layout.addLayout(actions)

    def reload(self) -> None:
        if not self.account_id:
            return
        index = self.table.currentIndex()
        grid = ap.whitespace_grid(self.ctx.db, self.account_id)
        self.model.set_grid(grid)
        if index.isValid():
            self.table.setCurrentIndex(self.model.index(index.row(), index.column()))
        counts = grid.counts()
        self.legend.setText(
            " &nbsp; ".join(
                f"<span style='background:{theme.hex_of(STATE_COLOURS[s])}'>&nbsp;{s.label}: {counts[s]}&nbsp;</span>"
                for s in WhitespaceState
            )
            + f"<br><span style='color:{theme.hex_of('text2')}'>"
            + fmt(
                self.tr(
                    "Rows are buying centres, columns our offerings. Pick a cell "
                    "and a state (keys %1); double-click a cell to "
                    "create an opportunity."
                ),
                ", ".join(state_key(s) for s in STATE_KEYS),
            )
            + "</span>"
        )
        missing = []
        if not grid.centres:
            missing.append(self.tr("add the account's buying centres (divisions, business units, sites)"))
        if not grid.offerings:
            missing.append(self.tr("add our offerings to the catalogue"))
        self.empty.setText(fmt(self.tr("To map the whitespace, first %1."), self.tr(" and ").join(missing)))
        self.empty.setVisible(bool(missing))

    def current_cell(self) -> ap.CellView | None:
        return self.model.cell_at(self.table.currentIndex())

    def select_cell(self, centre_id: int, offering_id: int) -> None:
        grid = self.model.grid
        if grid is None:
            return
        rows = [c.id for c in grid.centres]
        cols = [o.id for o in grid.offerings]
        if centre_id in rows and offering_id in cols:
            self.table.setCurrentIndex(self.model.index(rows.index(centre_id), cols.index(offering_id)))

    def set_state(self, state: WhitespaceState) -> None:
        cell = self.current_cell()
        if cell is None:
            return
        if (
            attempt(
                self,
                ap.set_cell_state,
                self.ctx.db,
                self.account_id,
                cell.buying_centre_id,
                cell.offering_id,
                state,
            )
            is not None
        ):
            self.after_change()

    def _on_create(self, *_args: object) -> None:
        cell = self.current_cell()
        if cell is None:
            return
        if OpportunityDialog.ask(
            self.ctx.db, self.account_id, cell=(cell.buying_centre_id, cell.offering_id), parent=self
        ):
            self.after_change()

    def _on_menu(self, pos: Any) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        for state in WhitespaceState:
            menu.addAction(state.label, lambda s=state: self.set_state(s))
        menu.addSeparator()
        menu.addAction(self.tr("Create opportunity…"), self._on_create)
        menu.addAction(self.tr("Notes…"), self._on_notes)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _on_notes(self) -> None:
        cell = self.current_cell()
        if cell is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Notes"), self.tr("Notes on this cell"), cell.notes
        )
        if (
            ok
            and attempt(
                self,
                ap.set_cell_state,
                self.ctx.db,
                self.account_id,
                cell.buying_centre_id,
                cell.offering_id,
                cell.state,
                text,
            )
            is not None
        ):
            self.after_change()

    def _on_add_centre(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Add buying centre"), self.tr("Name of the division, unit or site")
        )
        if (
            ok
            and name.strip()
            and attempt(self, accounts.save_buying_centre, self.ctx.db, self.account_id, name)
        ):
            self.after_change(Topic.ACCOUNTS, Topic.PLAN)

    def _on_add_offering(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Add offering"), self.tr("One of our products or services")
        )
        if ok and name.strip() and attempt(self, ap.add_offering, self.ctx.db, name):
            self.after_change(Topic.PROGRAM, Topic.PLAN)
