"""Table models of the Team section: the account and portfolio role matrices, member load,
the team list, fluency (latest ratings) and fluency history. All over immutable read models."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from kam_desktop.domain.coverage import USUAL_GAPS, Coverage, MemberLoad
from kam_desktop.domain.enums import ROLE_DESCRIPTIONS, FluencyArea, Role
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
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
from kam_desktop.ui.common.locale_format import date_text
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
    lines = [
        translate("Enums", ROLE_DESCRIPTIONS[cell.role]),
        translate("Team", st.COVERAGE_MEANING[cell.state]),
    ]
    if cell.primary:
        lines.append(fmt(translate("Team", "Primary: %1"), ", ".join(cell.primary)))
    if cell.backup:
        lines.append(fmt(translate("Team", "Backup: %1"), ", ".join(cell.backup)))
    return "\n".join(lines)


def _role_header(section: int, role: int, *, mark_usual: bool) -> Any:
    r = ROLES[section]
    if role == DISPLAY:
        label = st.role_label(r).replace(" ", "\n", 1)
        return (
            (f"{label}\n★ " + (translate("Team", "usual gap"))) if mark_usual and r in USUAL_GAPS else label
        )
    if role == Qt.ItemDataRole.ToolTipRole:
        tip = f"{st.role_label(r)}: {translate('Enums', ROLE_DESCRIPTIONS[r])}"
        if r in USUAL_GAPS:
            tip += "\n" + translate(
                "Team", "★ Most companies leave this role open, and its absence limits growth."
            )
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
                return translate("Team", "Team member") if role == DISPLAY else None
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
            return (f"{text} (" + (translate("Team", "archived")) + ")") if text and member.archived else text
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
            name = member.name + ((" (" + (translate("Team", "archived")) + ")") if member.archived else "")
            return name if member.on_team else f"{name} *"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [member.name, member.function]
            if not member.on_team:
                lines.append(translate("Team", "* Holds a role here but is not on the core account team."))
            if member.archived:
                lines.append(translate("Team", "Archived: kept as history, covers no role."))
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.ForegroundRole and member.archived:
            return QBrush(theme.color(st.ARCHIVED_FG))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT
        return None

    def _cell_tip(self, member: MatrixMember, r: Role) -> str:
        if member.archived:
            return fmt(
                translate(
                    "Team", "%1 is archived: this assignment is history only. Right-click to clear it."
                ),
                member.name,
            )
        strength = member.strength(r)
        now = st.strength_text(strength) or translate("Team", "not assigned")
        return fmt(
            translate(
                "Team", "%1 - %2: %3.\nClick to cycle none → primary → backup → none; right-click for more."
            ),
            member.name,
            st.role_label(r),
            now,
        )

    def _totals(self, column: int, role: int) -> Any:
        assert self.matrix is not None
        if column == 0:
            if role == DISPLAY:
                gaps = self.matrix.gap_count
                return fmt(translate("Team", "Coverage: %1 of 6 covered"), str(6 - gaps))
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("Team", "A role is covered with a primary holder, thin with a backup only.")
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
                return translate("Team", "Key account") if role == DISPLAY else None
            if 1 <= section <= len(ROLES):
                return _role_header(section - 1, role, mark_usual=True)
            if section == len(ROLES) + 1:
                if role == DISPLAY:
                    return translate("Team", "Gaps")
                if role == Qt.ItemDataRole.ToolTipRole:
                    return translate("Team", "Roles without a primary holder (the Portfolio's “Role gaps”).")
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
                return fmt(translate("Team", "Double-click to open %1's Team & roles"), row.name)
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
                return translate("Team", "Accounts with a primary")
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
            return fmt(translate("Team", "%1 of %2"), str(count.covered), str(total))
        if role == Qt.ItemDataRole.ForegroundRole:
            return st.coverage_fg(state)
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            return fmt(
                translate("Team", "%1: covered on %2, thin on %3, uncovered on %4 of %5 key accounts"),
                st.role_label(r),
                str(count.covered),
                str(count.thin),
                str(count.uncovered),
                str(total),
            )
        return None


# --- simple row tables -----------------------------------------------------------------------


def _load_state(x: MemberLoad) -> str:
    if x.overloaded:
        return translate("Team", "⚠ Overloaded")
    if x.key_accounts == 0:
        return translate("Team", "Free capacity")
    return translate("Team", "OK")


LOAD_COLUMNS: tuple[Column[MemberLoad], ...] = (
    Column(
        "name", QT_TRANSLATE_NOOP("Column", "Team member"), lambda x: x.name, sort=lambda x: x.name.casefold()
    ),
    Column(
        "accounts",
        QT_TRANSLATE_NOOP("Column", "Key accounts"),
        lambda x: str(x.key_accounts),
        sort=lambda x: x.key_accounts,
        align_right=True,
    ),
    Column(
        "primary",
        QT_TRANSLATE_NOOP("Column", "Primary roles"),
        lambda x: str(x.primary_roles),
        sort=lambda x: x.primary_roles,
        align_right=True,
    ),
    Column(
        "backup",
        QT_TRANSLATE_NOOP("Column", "Backup roles"),
        lambda x: str(x.backup_roles),
        sort=lambda x: x.backup_roles,
        align_right=True,
    ),
    Column(
        "load",
        QT_TRANSLATE_NOOP("Column", "Load"),
        lambda x: ("█" * min(x.primary_roles, 12)) or "·",
        sort=lambda x: (x.primary_roles, x.key_accounts),
        foreground=lambda x: QBrush(theme.color("bad" if x.overloaded else "accent")),
        tooltip=lambda x: translate("Team", "One block per primary role on a key account"),
    ),
    Column(
        "state",
        QT_TRANSLATE_NOOP("Column", ""),
        _load_state,
        sort=lambda x: (x.overloaded, x.key_accounts),
        foreground=lambda x: QBrush(theme.color("bad")) if x.overloaded else None,
        tooltip=lambda x: translate(
            "Team", "Overloaded: more than 4 key accounts or more than 6 primary roles"
        ),
    ),
)


def _grey(m: MemberView) -> QBrush | None:
    return QBrush(theme.color(st.ARCHIVED_FG)) if m.archived else None


MEMBER_COLUMNS: tuple[Column[MemberView], ...] = (
    Column(
        "name",
        QT_TRANSLATE_NOOP("Column", "Name"),
        lambda m: m.name,
        sort=lambda m: m.name.casefold(),
        foreground=_grey,
        tooltip=lambda m: m.notes[:500],
    ),
    Column(
        "function",
        QT_TRANSLATE_NOOP("Column", "Function"),
        lambda m: m.function,
        sort=lambda m: m.function.casefold(),
        foreground=_grey,
    ),
    Column(
        "email",
        QT_TRANSLATE_NOOP("Column", "Email"),
        lambda m: m.email,
        sort=lambda m: m.email.casefold(),
        foreground=_grey,
    ),
    Column(
        "accounts",
        QT_TRANSLATE_NOOP("Column", "Accounts"),
        lambda m: str(m.accounts),
        sort=lambda m: m.accounts,
        align_right=True,
        foreground=_grey,
    ),
    Column(
        "key",
        QT_TRANSLATE_NOOP("Column", "Key accounts"),
        lambda m: str(m.key_accounts),
        sort=lambda m: m.key_accounts,
        align_right=True,
        foreground=_grey,
    ),
    Column(
        "primary",
        QT_TRANSLATE_NOOP("Column", "Primary roles"),
        lambda m: str(m.primary_roles),
        sort=lambda m: m.primary_roles,
        align_right=True,
        foreground=_grey,
    ),
    Column(
        "backup",
        QT_TRANSLATE_NOOP("Column", "Backup roles"),
        lambda m: str(m.backup_roles),
        sort=lambda m: m.backup_roles,
        align_right=True,
        foreground=_grey,
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("Column", "Status"),
        lambda m: translate("Team", "Archived") if m.archived else translate("Team", "Active"),
        sort=lambda m: m.archived,
        foreground=_grey,
    ),
)

HISTORY_COLUMNS: tuple[Column[FluencyEntry], ...] = (
    Column(
        "date",
        QT_TRANSLATE_NOOP("Column", "Rated on"),
        lambda e: date_text(e.rated_on),
        sort=lambda e: (e.rated_on.toordinal(), e.id),
    ),
    Column(
        "area",
        QT_TRANSLATE_NOOP("Column", "Area"),
        lambda e: e.area.label,
        sort=lambda e: list(FluencyArea).index(e.area),
    ),
    Column(
        "rating",
        QT_TRANSLATE_NOOP("Column", "Rating"),
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
                return translate("Team", "Team member") if role == DISPLAY else None
            if 1 <= section <= len(FluencyArea):
                area = list(FluencyArea)[section - 1]
                if role == DISPLAY:
                    return translate("Team", st.SHORT_AREA[area])
                if role == Qt.ItemDataRole.ToolTipRole:
                    return area.label
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
        look = st.WEAK_LOOK if st.is_weak(rating) else st.UNRATED_LOOK if rating is None else None
        if role == Qt.ItemDataRole.ForegroundRole and look is not None:
            return QBrush(theme.color(look[0]))
        if role == Qt.ItemDataRole.BackgroundRole and look is not None:
            return QBrush(theme.color(look[1]))
        if role == Qt.ItemDataRole.FontRole and rating is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            on = row.rated_on[area]
            head = area.label
            if rating is None:
                tip = head + "\n" + translate("Team", "Not rated yet: nobody has judged this area.")
                if self.editable:
                    tip += "\n" + translate(
                        "Team", "Double-click (or type 1-5) to record a new rating today."
                    )
                return tip
            tip = fmt(
                translate("Team", "%1\nRated %2 of 5 on %3."), head, str(rating), date_text(on) if on else "?"
            )
            if st.is_weak(rating):
                tip += "\n" + translate("Team", "Weak area.")
            if self.editable:
                tip += "\n" + translate("Team", "Double-click (or type 1-5) to record a new rating today.")
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
