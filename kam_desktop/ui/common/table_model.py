"""A table model over immutable rows, described by columns, that sorts itself.

Sorting happens here, in the source model: a column's sort keys are computed once per row (and
kept until the rows change), one Python ``sorted`` orders the rows, and the persistent indexes
(selection, current cell) follow their rows. Blank keys (None or "") sort after every real
value in both directions. Ties keep the order the rows were loaded in, as Qt's stable sort does.
Filtering is the proxy's job (``ui/common/tables.py``); it never sorts.

Painting: every cell's text (and foreground, background) is computed once per row, the first
time the row is shown, and kept until the rows change; ``cell_roles`` answers all the roles a
delegate asks for in one call (Qt's ``multiData``), so a repainted cell costs one Python call
instead of one per role.

Roles: DisplayRole is the text; SORT_ROLE the key used for ordering (numbers, dates, casefolded
text, None for "nothing"); VALUE_ROLE the raw value a delegate draws (falls back to SORT_ROLE);
ROW_ROLE the row object; ID_ROLE its ``id``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:  # (the first frame's modules build no Qt namespace: see ui/common/lazy_qt.py)
    from kam_desktop.ui.common.lazy_qt import Qt

R = TypeVar("R")
# Qt's roles and alignments by their numbers (Qt::ItemDataRole, Qt::AlignmentFlag): naming them
# at import would build PySide6's Qt namespace before the first frame (tests check the numbers)
_DISPLAY, _ALIGN, _TOOLTIP, _BACKGROUND, _FOREGROUND, _USER = 0, 7, 3, 8, 9, 0x100
_LEFT = 0x0001 | 0x0080  # AlignLeft | AlignVCenter
_RIGHT = 0x0002 | 0x0080  # AlignRight | AlignVCenter
SORT_ROLE = _USER + 10
ROW_ROLE = _USER + 11
ID_ROLE = _USER + 12
VALUE_ROLE = _USER + 13

Index = QModelIndex | QPersistentModelIndex


class Column(Generic[R]):
    """A table's column: its key, its title (the source text, translated where shown), a row's
    text in it, and optionally its sort key, right alignment, tooltip, colours and the value a
    delegate draws (VALUE_ROLE). Not changed once made. (A plain class: a dataclass compiles its
    generated methods when its module is imported - 2 ms of the main window's first frame.)"""

    __slots__ = (
        "align_right",
        "background",
        "display",
        "foreground",
        "key",
        "sort",
        "title",
        "tooltip",
        "value",
    )

    def __init__(
        self,
        key: str,
        title: str,
        display: Callable[[R], str],
        sort: Callable[[R], Any] | None = None,
        align_right: bool = False,
        tooltip: Callable[[R], str] | None = None,
        foreground: Callable[[R], Any] | None = None,
        background: Callable[[R], Any] | None = None,
        value: Callable[[R], Any] | None = None,
    ) -> None:
        self.key = key
        self.title = title
        self.display = display
        self.sort = sort
        self.align_right = align_right
        self.tooltip = tooltip
        self.foreground = foreground
        self.background = background
        self.value = value

    def __repr__(self) -> str:
        return f"Column({self.key!r})"


def is_blank(value: Any) -> bool:
    return value is None or value == ""


def inverse(order: Sequence[int]) -> list[int]:
    """position -> row for an ``order`` of row -> position (one pass, not a search per index)."""
    row_of = [0] * len(order)
    for _ in map(row_of.__setitem__, order, range(len(order))):  # the loop runs in C
        pass
    return row_of


def rows_of(order: list[int], positions: Sequence[int]) -> list[int]:
    """The row of each of a few ``positions`` in ``order`` (row -> position): a search in C for
    each when they are few (a selection, the current cell), one inverse map when they are many."""
    if len(positions) <= 8:
        return [order.index(p) if 0 <= p < len(order) else -1 for p in positions]
    row_of = inverse(order)
    return [row_of[p] if 0 <= p < len(order) else -1 for p in positions]


def sorted_order(keys: Sequence[Any], descending: bool, start: Sequence[int] | None = None) -> list[int]:
    """Positions into ``keys`` ordered by key: stable over ``start`` (default: 0..n-1), so equal
    keys keep their previous order as with Qt's stable sort; blanks last in both directions;
    strings compared case-insensitively; keys of mixed types fall back to comparing their text."""
    return SortKeys(keys).order(descending, start)


class SortKeys:
    """One column's keys prepared once, sorted many times.

    The first sort ranks the keys (equal keys, equal rank; blanks after every real value) and
    keeps one integer per row for each direction, so every later sort - a header click - is one
    sort of small integers, whatever the keys are (text, tuples, dates)."""

    def __init__(self, keys: Sequence[Any]) -> None:
        self.keys = list(keys)
        self.blank = [k is None or k == "" for k in self.keys]
        if any(isinstance(k, str) for k in self.keys):
            self.comparable = [k.casefold() if isinstance(k, str) else k for k in self.keys]
        else:
            self.comparable = self.keys
        self._ascending: list[int] | None = None
        self._descending: list[int] | None = None

    def prepare(self) -> None:
        """Rank the keys now rather than on the first sort."""
        self._rank()

    def _rank(self) -> tuple[list[int], list[int]]:
        if self._ascending is None or self._descending is None:
            blank = self.blank
            filled = [i for i in range(len(self.keys)) if not blank[i]]
            compared: list[Any] = self.comparable
            try:
                filled.sort(key=compared.__getitem__)
            except TypeError:  # keys of mixed types: their text
                compared = [str(k).casefold() for k in self.keys]
                filled.sort(key=compared.__getitem__)
            last = len(filled) + 1  # blanks: after everything, both ways
            ascending, descending = [last] * len(self.keys), [last] * len(self.keys)
            rank, previous = 0, None
            for n, i in enumerate(filled):
                key = compared[i]
                if n and key != previous:
                    rank += 1
                previous = key
                ascending[i], descending[i] = rank, -rank
            self._ascending, self._descending = ascending, descending
        return self._ascending, self._descending

    def order(self, descending: bool, start: Sequence[int] | None = None) -> list[int]:
        ascending_keys, descending_keys = self._rank()
        positions = range(len(self.keys)) if start is None else start
        return sorted(positions, key=(descending_keys if descending else ascending_keys).__getitem__)


def fill_roles(model: RowTableModel[Any], position: int, column: int, span: Any) -> None:
    """Answer every role of a ``multiData`` span for one cell from the row's made-once cells:
    the delegate's seven questions (font, alignment, colours, check state, icon, text) in one
    Python call. Roles the model does not know are cleared."""
    cells = model._cells[position] or model.cells(position)
    for item in span:
        role = item.role()
        if role == _DISPLAY:
            item.setData(cells[0][column])
        elif role == _ALIGN:
            item.setData(model._align[column])
        elif role == _FOREGROUND:
            value = cells[1][column]
            if value is None:
                item.clearData()
            else:
                item.setData(value)
        elif role == _BACKGROUND:
            value = cells[2][column]
            if value is None:
                item.clearData()
            else:
                item.setData(value)
        elif role < _USER and role != _TOOLTIP:  # font, icon, check state...: none
            item.clearData()
        else:
            value = model.value_at(position, column, role)
            if value is None:
                item.clearData()
            else:
                item.setData(value)


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._base: tuple[R, ...] = ()  # rows in the order they were given
        self._order: list[int] = []  # model row -> position in _base
        self._keys: dict[int, SortKeys] = {}  # column -> sort keys per _base position
        self._sort_column = -1
        self._descending = False  # (the order as a flag: its enum is made on first use)
        # per _base position: (texts, foregrounds, backgrounds) of every column, made when first shown
        self._cells: list[tuple[tuple[Any, ...], ...] | None] = []
        count = len(self.columns)
        self._align = tuple(_RIGHT if c.align_right else _LEFT for c in self.columns)
        self._fg_columns = tuple(i for i, c in enumerate(self.columns) if c.foreground is not None)
        self._bg_columns = tuple(i for i, c in enumerate(self.columns) if c.background is not None)
        self._none_row = (None,) * count

    # --- rows ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace the rows. When every row has an ``id`` and the ids are the same as before
        (an edit, a re-score), the rows are swapped in place and ``dataChanged`` says so, then
        the current sort is applied as a layout change: selection and scroll survive. Anything
        else is a reset."""
        new = tuple(rows)
        old_ids = self._ids(self._base)
        new_ids = self._ids(new)
        if old_ids is not None and old_ids == new_ids and new:
            self._base = new
            self._keys = {}
            self._cells = [None] * len(new)
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(self.columns) - 1), [])
            self._sort_to(self._sort_column, self._descending)
            return
        self.beginResetModel()
        self._base = new
        self._keys = {}
        self._cells = [None] * len(new)
        self._order = self._ordered(self._sort_column, self._descending)
        self.endResetModel()

    @staticmethod
    def _ids(rows: tuple[Any, ...]) -> tuple[Any, ...] | None:
        ids = tuple(getattr(r, "id", None) for r in rows)
        return None if None in ids else ids

    def rows(self) -> tuple[R, ...]:
        """The rows in the model's current (sorted) order."""
        base = self._base
        return tuple([base[i] for i in self._order])

    def base_rows(self) -> tuple[R, ...]:
        """The rows in the order they were given (what ``base_position`` indexes)."""
        return self._base

    def base_position(self, row: int) -> int:
        return self._order[row]

    def base_order(self) -> list[int]:
        """Model row -> base position, for proxies that keep per-row facts by base position."""
        return self._order

    def row_at(self, row: int) -> R:
        return self._base[self._order[row]]

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # --- sorting -------------------------------------------------------------------------

    def sort_keys(self, column: int) -> list[Any]:
        """The sort key of every row (base order) for ``column``, computed once per row set."""
        return self._prepared(column).keys

    def prepare_sort_keys(self) -> None:
        """Compute every column's sort keys now (after a load, while the user looks at the rows),
        so that no header click pays for them."""
        for column in range(len(self.columns)):
            self._prepared(column).prepare()

    def _prepared(self, column: int) -> SortKeys:
        keys = self._keys.get(column)
        if keys is None:
            spec = self.columns[column]
            func = spec.sort or spec.display
            keys = self._keys[column] = SortKeys([func(r) for r in self._base])
        return keys

    def _ordered(self, column: int, descending: bool, start: Sequence[int] | None = None) -> list[int]:
        if not (0 <= column < len(self.columns)):
            return list(range(len(self._base)))
        return self._prepared(column).order(descending, start)

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """Order the rows by ``column`` (-1: the order they were given). One Python sort; the
        persistent indexes follow their rows."""
        self._sort_to(column, order == Qt.SortOrder.DescendingOrder)

    def _sort_to(self, column: int, descending: bool) -> None:
        self._sort_column, self._descending = column, descending
        new_order = self._ordered(column, descending, self._order)
        if new_order == self._order:
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_base = [self._order[i.row()] for i in old_persistent]
        self._order = new_order
        if old_persistent:
            new_rows = rows_of(new_order, old_base)
            self.changePersistentIndexList(
                old_persistent,
                [self.index(r, i.column()) for i, r in zip(old_persistent, new_rows, strict=True)],
            )
        self.layoutChanged.emit()

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("Column", self.columns[section].title)
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def cells(self, position: int) -> tuple[tuple[Any, ...], ...]:
        """(texts, foregrounds, backgrounds) of the row at base ``position``, made once."""
        cells = self._cells[position]
        if cells is None:
            row = self._base[position]
            columns = self.columns
            texts = tuple([c.display(row) for c in columns])
            fg = bg = self._none_row
            if self._fg_columns:
                values = list(self._none_row)
                for i in self._fg_columns:
                    values[i] = columns[i].foreground(row)  # type: ignore[misc]
                fg = tuple(values)
            if self._bg_columns:
                values = list(self._none_row)
                for i in self._bg_columns:
                    values[i] = columns[i].background(row)  # type: ignore[misc]
                bg = tuple(values)
            cells = self._cells[position] = (texts, fg, bg)
        return cells

    def value_at(self, position: int, column: int, role: int) -> Any:
        """The data of ``role`` for the row at base ``position`` (what ``data`` answers)."""
        if role == _DISPLAY:
            cells = self._cells[position] or self.cells(position)
            return cells[0][column]
        if role == _ALIGN:
            return self._align[column]
        if role == _FOREGROUND:
            cells = self._cells[position] or self.cells(position)
            return cells[1][column]
        if role == _BACKGROUND:
            cells = self._cells[position] or self.cells(position)
            return cells[2][column]
        row = self._base[position]
        spec = self.columns[column]
        if role == SORT_ROLE:
            return self.sort_keys(column)[position]
        if role == VALUE_ROLE:
            if spec.value is not None:
                return spec.value(row)
            return self.sort_keys(column)[position]
        if role == _TOOLTIP:
            if spec.tooltip:
                return spec.tooltip(row)
            # a narrow column elides its text: the tooltip shows it whole
            cells = self._cells[position] or self.cells(position)
            text = cells[0][column]
            return text if isinstance(text, str) and text else None
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return getattr(row, "id", None)
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._order)) or not (0 <= column < len(self.columns)) or not index.isValid():
            return None
        return self.value_at(self._order[row], column, role)

    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # noqa: N802, N803 - Qt override
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._order)) or not (0 <= column < len(self.columns)):
            for item in roleDataSpan:
                item.clearData()
            return
        fill_roles(self, self._order[row], column, roleDataSpan)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
