"""Table models of the Team section: the account and portfolio role matrices, member load,
the team list, fluency (latest ratings) and fluency history. All over immutable read models."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from kam_desktop.domain.coverage import USUAL_GAPS, Coverage, MemberLoad
from kam_desktop.domain.enums import ROLE_DESCRIPTIONS, FluencyArea, Role
from kam_desktop.services.team import (
    AccountMatrix,
    FluencyEntry,
    FluencyRow,
    MatrixMember,
    MemberView,
    PortfolioMatrix,
    RoleCell,
)
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.table_model import SORT_ROLE, Column, RowTableModel
from kam_desktop.ui.team import styles as st

Index = QModelIndex | QPersistentModelIndex
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 20
ROLE_ROLE = Qt.ItemDataRole.UserRole + 21
ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 22
ROLES = tuple(Role)
DISPLAY = Qt.ItemDataRole.DisplayRole
CENTER = int(Qt.AlignmentFlag.AlignCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _holders(cell: RoleCell) -> str:
    lines = [st.tr(ROLE_DESCRIPTIONS[cell.role]), st.tr(st.COVERAGE_MEANING[cell.state])]
    if cell.primary:
        lines.append(st.tr("Primary: %1").replace("%1", ", ".join(cell.primary)))
    if cell.backup:
        lines.append(st.tr("Backup: %1").replace("%1", ", ".join(cell.backup)))
    return "\n".join(lines)


def _role_header(section: int, role: int, *, mark_usual: bool) -> Any:
    r = ROLES[section]
    if role == DISPLAY:
        label = st.role_label(r).replace(" ", "\n", 1)
        return f"{label}\n★ {st.tr('usual gap')}" if mark_usual and r in USUAL_GAPS else label
    if role == Qt.ItemDataRole.ToolTipRole:
        tip = f"{st.role_label(r)}: {st.tr(ROLE_DESCRIPTIONS[r])}"
        if r in USUAL_GAPS:
            tip += "\n" + st.tr("★ Most companies leave this role open, and its absence limits growth.")
        return tip
    return None


class AccountMatrixModel(QAbstractTableModel):
    """Rows: the account's team, then a totals row. Columns: member, then the 6 roles."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: AccountMatrix | None = None

    def set_matrix(self, matrix: AccountMatrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    @property
    def members(self) -> tuple[MatrixMember, ...]:
        return self.matrix.members if self.matrix else ()

    @property
    def totals_row(self) -> int:
        return len(self.members)

    def member_at(self, row: int) -> MatrixMember | None:
        return self.members[row] if 0 <= row < len(self.members) else None

    def role_at(self, column: int) -> Role | None:
        return ROLES[column - 1] if 1 <= column <= len(ROLES) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.members) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(ROLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if section == 0:
                return st.tr("Team member") if role == DISPLAY else None
            if 1 <= section <= len(ROLES):
                return _role_header(section - 1, role, mark_usual=False)
        elif role == DISPLAY and 0 <= section < self.rowCount():
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if self.matrix is None or not index.isValid() or not self.hasIndex(index.row(), index.column()):
            return None
        if index.row() == self.totals_row:
            return self._totals(index.column(), role)
        member = self.members[index.row()]
        if role == MEMBER_ID_ROLE:
            return member.id
        if index.column() == 0:
            return self._member_cell(member, role)
        r = ROLES[index.column() - 1]
        strength = member.strength(r)
        if role == ROLE_ROLE:
            return r.value
        if role == DISPLAY:
            text = st.strength_text(strength)
            return f"{text} ({st.tr('archived')})" if text and member.archived else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role == Qt.ItemDataRole.ForegroundRole:
            if member.archived:
                return QBrush(theme.color(st.ARCHIVED_FG))
            return QBrush(theme.color(st.STRENGTH_LOOK[strength][1])) if strength else None
        if role == Qt.ItemDataRole.BackgroundRole and strength and not member.archived:
            return QBrush(theme.color(st.STRENGTH_LOOK[strength][2]))
        if role == Qt.ItemDataRole.FontRole and strength is not None and strength.value == "primary":
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tip(member, r)
        return None

    def _member_cell(self, member: MatrixMember, role: int) -> Any:
        if role == DISPLAY:
            name = member.name + (f" ({st.tr('archived')})" if member.archived else "")
            return name if member.on_team else f"{name} *"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [member.name, member.function]
            if not member.on_team:
                lines.append(st.tr("* Holds a role here but is not on the core account team."))
            if member.archived:
                lines.append(st.tr("Archived: kept as history, covers no role."))
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.ForegroundRole and member.archived:
            return QBrush(theme.color(st.ARCHIVED_FG))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT
        return None

    def _cell_tip(self, member: MatrixMember, r: Role) -> str:
        if member.archived:
            return st.tr("%1 is archived: this assignment is history only. Right-click to clear it.").replace(
                "%1", member.name
            )
        strength = member.strength(r)
        now = st.strength_text(strength) or st.tr("not assigned")
        return (
            st.tr("%1 - %2: %3.\nClick to cycle none → primary → backup → none; right-click for more.")
            .replace("%1", member.name)
            .replace("%2", st.role_label(r))
            .replace("%3", now)
        )

    def _totals(self, column: int, role: int) -> Any:
        assert self.matrix is not None
        if column == 0:
            if role == DISPLAY:
                gaps = self.matrix.gap_count
                return st.tr("Coverage: %1 of 6 covered").replace("%1", str(6 - gaps))
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            if role == Qt.ItemDataRole.ToolTipRole:
                return st.tr("A role is covered with a primary holder, thin with a backup only.")
            return None
        cell = self.matrix.roles[column - 1]
        if role == DISPLAY:
            return st.coverage_text(cell.state)
        if role == ROLE_ROLE:
            return cell.role.value
        if role == SORT_ROLE:
            return cell.state.value
        if role == Qt.ItemDataRole.ForegroundRole:
            return st.coverage_fg(cell.state)
        if role == Qt.ItemDataRole.BackgroundRole:
            return st.coverage_bg(cell.state)
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            return _holders(cell)
        return None


class PortfolioMatrixModel(QAbstractTableModel):
    """Rows: key accounts, then a counts row. Columns: account, the 6 roles, gaps."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: PortfolioMatrix | None = None

    def set_matrix(self, matrix: PortfolioMatrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    @property
    def totals_row(self) -> int:
        return len(self.matrix.rows) if self.matrix else 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.matrix or not self.matrix.rows else len(self.matrix.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ROLES) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if section == 0:
                return st.tr("Key account") if role == DISPLAY else None
            if 1 <= section <= len(ROLES):
                return _role_header(section - 1, role, mark_usual=True)
            if section == len(ROLES) + 1:
                if role == DISPLAY:
                    return st.tr("Gaps")
                if role == Qt.ItemDataRole.ToolTipRole:
                    return st.tr("Roles without a primary holder (the Portfolio's “Role gaps”).")
        elif role == DISPLAY and 0 <= section < self.rowCount():
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if self.matrix is None or not index.isValid() or not self.hasIndex(index.row(), index.column()):
            return None
        col = index.column()
        if index.row() == self.totals_row:
            return self._counts(col, role)
        row = self.matrix.rows[index.row()]
        if role == ACCOUNT_ID_ROLE:
            return row.account_id
        if col == 0:
            if role == DISPLAY:
                return row.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return st.tr("Double-click to open %1's Team & roles").replace("%1", row.name)
            return None
        if col == len(ROLES) + 1:
            if role == DISPLAY:
                return str(row.gap_count) if row.gap_count else "0 ✔"
            if role == SORT_ROLE:
                return row.gap_count
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return CENTER
            if role == Qt.ItemDataRole.ForegroundRole:
                return st.coverage_fg(
                    Coverage.UNCOVERED
                    if row.gap_count >= 3
                    else Coverage.COVERED
                    if not row.gap_count
                    else Coverage.THIN
                )
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            return None
        cell = row.roles[col - 1]
        if role == DISPLAY:
            return st.coverage_text(cell.state)
        if role == ROLE_ROLE:
            return cell.role.value
        if role == Qt.ItemDataRole.ForegroundRole:
            return st.coverage_fg(cell.state)
        if role == Qt.ItemDataRole.BackgroundRole:
            return st.coverage_bg(cell.state)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.name}\n{_holders(cell)}"
        return None

    def _counts(self, col: int, role: int) -> Any:
        assert self.matrix is not None
        total = len(self.matrix.rows)
        if col == 0:
            if role == DISPLAY:
                return st.tr("Accounts with a primary")
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            return None
        if col == len(ROLES) + 1:
            if role == DISPLAY:
                return str(sum(r.gap_count for r in self.matrix.rows))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return CENTER
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            return None
        r = ROLES[col - 1]
        count = self.matrix.counts[r]
        state = (
            Coverage.COVERED
            if not count.gaps
            else (Coverage.UNCOVERED if count.covered * 2 < total else Coverage.THIN)
        )
        if role == DISPLAY:
            return st.tr("%1 of %2").replace("%1", str(count.covered)).replace("%2", str(total))
        if role == Qt.ItemDataRole.ForegroundRole:
            return st.coverage_fg(state)
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                st.tr("%1: covered on %2, thin on %3, uncovered on %4 of %5 key accounts")
                .replace("%1", st.role_label(r))
                .replace("%2", str(count.covered))
                .replace("%3", str(count.thin))
                .replace("%4", str(count.uncovered))
                .replace("%5", str(total))
            )
        return None


# --- simple row tables -----------------------------------------------------------------------


def _load_state(x: MemberLoad) -> str:
    if x.overloaded:
        return st.tr("⚠ Overloaded")
    if x.key_accounts == 0:
        return st.tr("Free capacity")
    return st.tr("OK")


LOAD_COLUMNS: tuple[Column[MemberLoad], ...] = (
    Column("name", "Team member", lambda x: x.name, sort=lambda x: x.name.casefold()),
    Column(
        "accounts",
        "Key accounts",
        lambda x: str(x.key_accounts),
        sort=lambda x: x.key_accounts,
        align_right=True,
    ),
    Column(
        "primary",
        "Primary roles",
        lambda x: str(x.primary_roles),
        sort=lambda x: x.primary_roles,
        align_right=True,
    ),
    Column(
        "backup",
        "Backup roles",
        lambda x: str(x.backup_roles),
        sort=lambda x: x.backup_roles,
        align_right=True,
    ),
    Column(
        "load",
        "Load",
        lambda x: ("█" * min(x.primary_roles, 12)) or "·",
        sort=lambda x: (x.primary_roles, x.key_accounts),
        foreground=lambda x: QBrush(theme.color("bad" if x.overloaded else "accent")),
        tooltip=lambda x: st.tr("One block per primary role on a key account"),
    ),
    Column(
        "state",
        "",
        _load_state,
        sort=lambda x: (x.overloaded, x.key_accounts),
        foreground=lambda x: QBrush(theme.color("bad")) if x.overloaded else None,
        tooltip=lambda x: st.tr("Overloaded: more than 4 key accounts or more than 6 primary roles"),
    ),
)


def _grey(m: MemberView) -> QBrush | None:
    return QBrush(theme.color(st.ARCHIVED_FG)) if m.archived else None


MEMBER_COLUMNS: tuple[Column[MemberView], ...] = (
    Column(
        "name",
        "Name",
        lambda m: m.name,
        sort=lambda m: m.name.casefold(),
        foreground=_grey,
        tooltip=lambda m: m.notes[:500],
    ),
    Column(
        "function", "Function", lambda m: m.function, sort=lambda m: m.function.casefold(), foreground=_grey
    ),
    Column("email", "Email", lambda m: m.email, sort=lambda m: m.email.casefold(), foreground=_grey),
    Column(
        "accounts",
        "Accounts",
        lambda m: str(m.accounts),
        sort=lambda m: m.accounts,
        align_right=True,
        foreground=_grey,
    ),
    Column(
        "key",
        "Key accounts",
        lambda m: str(m.key_accounts),
        sort=lambda m: m.key_accounts,
        align_right=True,
        foreground=_grey,
    ),
    Column(
        "primary",
        "Primary roles",
        lambda m: str(m.primary_roles),
        sort=lambda m: m.primary_roles,
        align_right=True,
        foreground=_grey,
    ),
    Column(
        "backup",
        "Backup roles",
        lambda m: str(m.backup_roles),
        sort=lambda m: m.backup_roles,
        align_right=True,
        foreground=_grey,
    ),
    Column(
        "status",
        "Status",
        lambda m: st.tr("Archived") if m.archived else st.tr("Active"),
        sort=lambda m: m.archived,
        foreground=_grey,
    ),
)

HISTORY_COLUMNS: tuple[Column[FluencyEntry], ...] = (
    Column(
        "date", "Rated on", lambda e: e.rated_on.isoformat(), sort=lambda e: (e.rated_on.toordinal(), e.id)
    ),
    Column("area", "Area", lambda e: st.tr(e.area.label), sort=lambda e: list(FluencyArea).index(e.area)),
    Column(
        "rating",
        "Rating",
        lambda e: st.rating_text(e.rating),
        sort=lambda e: e.rating,
        align_right=True,
        foreground=lambda e: QBrush(theme.color(st.WEAK_LOOK[0])) if st.is_weak(e.rating) else None,
    ),
)


class LoadModel(RowTableModel[MemberLoad]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(LOAD_COLUMNS, parent)


class MemberTableModel(RowTableModel[MemberView]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(MEMBER_COLUMNS, parent)


class HistoryModel(RowTableModel[FluencyEntry]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(HISTORY_COLUMNS, parent)


class FluencyModel(QAbstractTableModel):
    """Members x the 5 fluency areas (latest rating). Editing a cell emits ``rating_entered``;
    the owner records it as a NEW rating (history is never rewritten) and reloads."""

    rating_entered = Signal(int, str, int)  # member id, area value, rating

    def __init__(self, parent: Any = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        self.rows: tuple[FluencyRow, ...] = ()
        self.editable = editable

    def set_rows(self, rows: tuple[FluencyRow, ...]) -> None:
        self.beginResetModel()
        self.rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(FluencyArea)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if section == 0:
                return st.tr("Team member") if role == DISPLAY else None
            if 1 <= section <= len(FluencyArea):
                area = list(FluencyArea)[section - 1]
                if role == DISPLAY:
                    return st.tr(st.SHORT_AREA[area])
                if role == Qt.ItemDataRole.ToolTipRole:
                    return st.tr(area.label)
        elif role == DISPLAY and 0 <= section < len(self.rows):
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() > 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not self.hasIndex(index.row(), index.column()):
            return None
        row = self.rows[index.row()]
        if role == MEMBER_ID_ROLE:
            return row.member_id
        if index.column() == 0:
            if role == DISPLAY:
                return row.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.function
            if role == SORT_ROLE:
                return row.name.casefold()
            return None
        area = list(FluencyArea)[index.column() - 1]
        rating = row.latest[area]
        if role == DISPLAY:
            return st.rating_text(rating)
        if role == Qt.ItemDataRole.EditRole:
            return rating or 3
        if role == SORT_ROLE:
            return rating or 0
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role == Qt.ItemDataRole.ForegroundRole and st.is_weak(rating):
            return QBrush(theme.color(st.WEAK_LOOK[0]))
        if role == Qt.ItemDataRole.BackgroundRole and st.is_weak(rating):
            return QBrush(theme.color(st.WEAK_LOOK[1]))
        if role == Qt.ItemDataRole.ToolTipRole:
            on = row.rated_on[area]
            head = st.tr(area.label)
            if rating is None:
                return head + "\n" + st.tr("Not rated yet: a weak area until rated.")
            tip = (
                st.tr("%1\nRated %2 of 5 on %3.")
                .replace("%1", head)
                .replace("%2", str(rating))
                .replace("%3", on.isoformat() if on else "?")
            )
            if st.is_weak(rating):
                tip += "\n" + st.tr("Weak area.")
            if self.editable:
                tip += "\n" + st.tr("Double-click (or type 1-5) to record a new rating today.")
            return tip
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not self.editable
            or not index.isValid()
            or index.column() == 0
        ):
            return False
        try:
            rating = int(value)
        except (TypeError, ValueError):
            return False
        row = self.rows[index.row()]
        area = list(FluencyArea)[index.column() - 1]
        if rating == row.latest[area]:
            return False
        self.rating_entered.emit(row.member_id, area.value, rating)
        return True
