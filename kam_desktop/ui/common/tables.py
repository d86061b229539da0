"""One table toolkit: ``TableProxy`` (filter only) and ``make_table`` over a ``RowTableModel``.

The source model sorts itself (``RowTableModel.sort``: keys once per row, one Python sort, blanks
last). The proxy only filters: a text needle matched against one precomputed, casefolded
haystack per row, and an optional predicate on the row object. A filter change computes the
match flags once, in one pass, and remaps the rows as one layout change - no per-row virtual
calls from C++ into Python, no sorting. Header clicks reach the source model's ``sort`` through
the proxy.

Painting: the proxy answers ``flags``, ``data`` and ``multiData`` itself from the source's
made-once cells (never through ``mapToSource`` and the source's ``index``), so a repainted cell
costs the view ``index`` + ``flags`` + one ``multiData`` call instead of a dozen Python calls per
role.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractProxyModel, QCoreApplication, QModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kam_desktop.ui.common.table_model import (  # (roles and alignments by number: see there)
    _ALIGN,
    _DISPLAY,
    _RIGHT,
    ID_ROLE,
    ROW_ROLE,
    SORT_ROLE,
    VALUE_ROLE,
    Column,
    Index,
    RowTableModel,
    fill_roles,
    is_blank,
    rows_of,
)

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:  # (the first frame's modules build no Qt namespace: see ui/common/lazy_qt.py)
    from kam_desktop.ui.common.lazy_qt import Qt

_FLAGS: list[Qt.ItemFlag] = []


def _flags() -> list[Qt.ItemFlag]:
    """[a cell's flags (as RowTableModel.flags), no flags], made on first use."""
    if not _FLAGS:
        _FLAGS.extend([Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable, Qt.ItemFlag.NoItemFlags])
    return _FLAGS


__all__ = [
    "ID_ROLE",
    "ROW_ROLE",
    "SORT_ROLE",
    "VALUE_ROLE",
    "Column",
    "RowTableModel",
    "TableProxy",
    "is_blank",
    "make_table",
]

Haystack = Callable[[Any], str]
Predicate = Callable[[Any], bool]


class TableProxy(QAbstractProxyModel):
    """Filters a ``RowTableModel`` by text and by a predicate; keeps the source's order."""

    def __init__(self, parent: Any = None, haystack: Haystack | None = None) -> None:
        super().__init__(parent)
        self._src: RowTableModel[Any] | None = None
        self._haystack_of = haystack
        self._haystacks: list[str] | None = None  # per base position, built on first text
        self._needle = ""
        self._accept: Predicate | None = None
        self._flags: list[bool] | None = None  # per base position; None = every row
        self._visible: list[int] = []  # proxy row -> source row
        self._inverse: list[int] = []  # source row -> proxy row, -1 when hidden
        self._pending: list[tuple[QModelIndex, int, int]] = []
        self._quiet = False  # the source's layout change told to the views as changed data

    # --- wiring --------------------------------------------------------------------------

    def setSourceModel(self, model: Any) -> None:
        if not isinstance(model, RowTableModel):
            raise TypeError("TableProxy filters a RowTableModel")
        self.beginResetModel()
        super().setSourceModel(model)
        self._src = model
        model.modelAboutToBeReset.connect(self._on_source_about_to_reset)
        model.modelReset.connect(self._on_source_reset)
        model.layoutAboutToBeChanged.connect(self._on_source_layout_about_to_change)
        model.layoutChanged.connect(self._on_source_layout_changed)
        model.dataChanged.connect(self._on_source_data_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._refresh_flags()
        self._remap()
        self.endResetModel()

    def _on_source_about_to_reset(self) -> None:
        self.beginResetModel()

    def _on_source_reset(self) -> None:
        self._haystacks = None
        self._refresh_flags()
        self._remap()
        self.endResetModel()

    def _on_source_layout_about_to_change(self, *_args: object) -> None:
        # A sort is a pure reorder (same rows, same count). When the persistent indexes the views
        # keep (a selected row, the current cell) lie on one row at most, they are moved here and
        # the views are told "every cell changed" - a repaint - instead of a layout change, whose
        # handling by the views (every header section and selection range rebuilt) was the
        # larger part of a header click on 10,000 rows. Anything wider (a selection over several
        # rows: its ranges must be split and merged again) takes Qt's layout change.
        self._quiet = len({index.row() for index in self.persistentIndexList()}) <= 1
        if not self._quiet:
            self.layoutAboutToBeChanged.emit()  # (first: the views make their persistent indexes)
        self._pending = self._persistent_bases()

    def _on_source_layout_changed(self, *_args: object) -> None:
        self._remap()
        self._restore_persistent(self._pending)
        self._pending = []
        if not self._quiet:
            self.layoutChanged.emit()
        elif self._visible:
            last = self.index(len(self._visible) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _on_source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()
    ) -> None:
        src = self._source()
        changed = range(top_left.row(), bottom_right.row() + 1)
        if self._haystacks is not None and self._haystack_of is not None:
            base = src.base_rows()
            for row in changed:
                position = src.base_position(row)
                self._haystacks[position] = self._haystack_of(base[position]).casefold()
        before = self._flags
        self._refresh_flags()
        if before != self._flags:
            self._relayout()
            return
        shown = [self._inverse[r] for r in changed if self._inverse[r] >= 0]
        if shown:
            self.dataChanged.emit(
                self.index(min(shown), top_left.column()),
                self.index(max(shown), bottom_right.column()),
                roles,
            )

    def _source(self) -> RowTableModel[Any]:
        if self._src is None:
            raise RuntimeError("TableProxy has no source model")
        return self._src

    # --- filtering -----------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Show rows whose haystack contains ``text`` (case-insensitive, trimmed)."""
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self._needle = needle
        self._apply()

    def setFilterFixedString(self, text: str) -> None:  # the name Qt's own proxy uses
        self.set_text(text)

    def filter_text(self) -> str:
        return self._needle

    def set_row_filter(self, accept: Predicate | None) -> None:
        """Show only rows for which ``accept(row)`` is true (None: every row)."""
        self._accept = accept
        self._apply()

    def _apply(self) -> None:
        before = self._flags
        self._refresh_flags()
        if before != self._flags:
            self._relayout()

    def prepare_filter(self) -> None:
        """Build the rows' haystacks and every column's sort keys now (e.g. right after a load),
        not on the first keystroke or the first click on a header."""
        self._haystack_list()
        self._source().prepare_sort_keys()

    def _haystack_list(self) -> list[str]:
        if self._haystacks is None:
            src = self._source()
            func = self._haystack_of or self._default_haystack(src)
            self._haystacks = [func(r).casefold() for r in src.base_rows()]
        return self._haystacks

    @staticmethod
    def _default_haystack(src: RowTableModel[Any]) -> Haystack:
        columns = src.columns
        return lambda r: "\n".join(c.display(r) for c in columns)

    def _refresh_flags(self) -> None:
        src = self._source()
        rows = src.base_rows()
        needle, accept = self._needle, self._accept
        if not needle and accept is None:
            self._flags = None
            return
        if needle:
            hay = self._haystack_list()
            if accept is None:
                self._flags = [needle in h for h in hay]
            else:
                self._flags = [needle in h and accept(r) for h, r in zip(hay, rows, strict=True)]
        elif accept is not None:
            self._flags = [bool(accept(r)) for r in rows]

    def _remap(self) -> None:
        src = self._source()
        order = src.base_order()
        flags = self._flags
        if flags is None:
            self._visible = list(range(len(order)))
            self._inverse = list(self._visible)
            return
        self._visible = [row for row, base in enumerate(order) if flags[base]]
        inverse = [-1] * len(order)
        for proxy_row, row in enumerate(self._visible):
            inverse[row] = proxy_row
        self._inverse = inverse

    def _persistent_bases(self) -> list[tuple[QModelIndex, int, int]]:
        """Each persistent index with the base position of its row (stable across sorts)."""
        src = self._source()
        out = []
        for index in self.persistentIndexList():
            row = index.row()
            if 0 <= row < len(self._visible):
                out.append((index, src.base_position(self._visible[row]), index.column()))
        return out

    def _restore_persistent(self, pending: list[tuple[QModelIndex, int, int]]) -> None:
        if not pending:
            return
        order = self._source().base_order()
        rows = rows_of(order, [base for _index, base, _column in pending])
        old, new = [], []
        for (index, _base, column), row in zip(pending, rows, strict=True):
            proxy_row = self._inverse[row] if row >= 0 else -1
            old.append(index)
            new.append(self.index(proxy_row, column) if proxy_row >= 0 else QModelIndex())
        self.changePersistentIndexList(old, new)

    def _relayout(self) -> None:
        self.layoutAboutToBeChanged.emit()
        pending = self._persistent_bases()
        self._remap()
        self._restore_persistent(pending)
        self.layoutChanged.emit()

    # --- sorting goes to the source --------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        self._source().sort(column, order)

    # --- Qt proxy model ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._visible)) or self._src is None:
            return QModelIndex()
        if not (0 <= column < len(self._src.columns)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._visible)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._src is None else len(self._src.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = _FLAGS or _flags()
        return flags[0] if index.isValid() else flags[1]

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._visible)) or self._src is None or not index.isValid():
            return None
        src = self._src
        return src.value_at(src._order[self._visible[row]], column, role)

    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # noqa: N802, N803 - Qt override
        row = index.row()
        src = self._src
        if src is None or not (0 <= row < len(self._visible)):
            for item in roleDataSpan:
                item.clearData()
            return
        fill_roles(src, src._order[self._visible[row]], index.column(), roleDataSpan)

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or self._src is None or not (0 <= index.row() < len(self._visible)):
            return QModelIndex()
        return self._src.index(self._visible[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or not (0 <= index.row() < len(self._inverse)):
            return QModelIndex()
        row = self._inverse[index.row()]
        return self.createIndex(row, index.column()) if row >= 0 else QModelIndex()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return self._source().headerData(section, orientation, role)

    # --- rows ----------------------------------------------------------------------------

    def row_at(self, proxy_row: int) -> Any:
        return self._source().row_at(self._visible[proxy_row])

    def visible_rows(self) -> list[Any]:
        rows = self._source().rows()
        return [rows[r] for r in self._visible]


def make_table(
    model: RowTableModel[Any],
    name: str,
    parent: QWidget | None = None,
    widths: Mapping[str, int] | None = None,
    *,
    haystack: Haystack | None = None,
) -> tuple[QTableView, TableProxy]:
    """A sortable, read-only, single-selection table over ``model`` through a ``TableProxy``."""
    proxy = TableProxy(parent, haystack)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    chosen = {model.column_index(key): width for key, width in (widths or {}).items()}
    fit_titles(view, chosen)
    return view, proxy


def fit_titles(
    view: QTableView, widths: Mapping[int, int] | None = None, *, arrow_room: bool = False
) -> None:
    """Give every column its chosen width (else the default), but never less than its title
    needs: translated titles (Italian, German...) are often longer than the English ones.
    ``arrow_room``: also room for the sort arrow while the header does not show it yet (a
    first frame's stand-in model, ``first_frame_model``): what Qt adds once it does - the
    title's height and the style's header margin (``QHeaderView::sectionSizeFromContents``),
    measured by Qt with the arrow shown for the while (asking the style for its margin from
    Python would build PySide6's QStyle type and its 11 enums - ~8 ms - before the first frame)."""
    header = view.horizontalHeader()
    model = view.model()
    lend_arrow = arrow_room and not header.isSortIndicatorShown()
    if lend_arrow:
        header.setSortIndicatorShown(True)
    try:
        for column in range(model.columnCount() if model is not None else 0):
            width = (widths or {}).get(column, header.defaultSectionSize())
            view.setColumnWidth(column, max(width, header.sectionSizeFromContents(column).width()))
    finally:
        if lend_arrow:
            header.setSortIndicatorShown(False)


def first_frame_model(model: RowTableModel[Any], parent: QWidget | None = None) -> QStandardItemModel:
    """A model of Qt's own with ``model``'s columns and no rows, for a table's first frame:
    the same titles and alignments as ``model.headerData`` gives, answered without Python (a
    Python ``headerData`` receives an enum of PySide6's Qt namespace, built on the first: see
    ui/common/lazy_qt.py)."""
    stand_in = QStandardItemModel(0, len(model.columns), parent)
    for column, spec in enumerate(model.columns):
        item = QStandardItem(QCoreApplication.translate("Column", spec.title))
        if spec.align_right:
            item.setData(_RIGHT, _ALIGN)
        stand_in.setHorizontalHeaderItem(column, item)
    return stand_in
