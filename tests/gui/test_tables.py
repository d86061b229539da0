"""The table toolkit: the source model sorts (stable, blanks last both ways), the proxy filters,
selection follows its row across sorts and filters, same-id reloads are not resets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.ui.common.tables import ROW_ROLE, SORT_ROLE, Column, RowTableModel, TableProxy, make_table
from kam_desktop.ui.portfolio.model import PortfolioFilterProxy, PortfolioModel

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    amount: float | None
    due: dt.date | None


COLUMNS = (
    Column[Item]("name", "Name", lambda r: r.name, sort=lambda r: r.name),
    Column[Item](
        "amount", "Amount", lambda r: "" if r.amount is None else f"{r.amount:g}", sort=lambda r: r.amount
    ),
    Column[Item]("due", "Due", lambda r: r.due.isoformat() if r.due else "", sort=lambda r: r.due),
)

ITEMS = (
    Item(1, "beta", 2.0, dt.date(2026, 3, 1)),
    Item(2, "Alpha", None, None),
    Item(3, "gamma", 2.0, dt.date(2026, 1, 1)),
    Item(4, "alpha", 1.0, None),
    Item(5, "Delta", 3.0, dt.date(2026, 3, 1)),
)


def _ids(model: Any) -> list[int]:
    return [model.index(r, 0).data(ROW_ROLE).id for r in range(model.rowCount())]


def _model() -> RowTableModel[Item]:
    model = RowTableModel(COLUMNS)
    model.set_rows(ITEMS)
    return model


@pytest.mark.parametrize(
    ("column", "order", "expected"),
    [
        ("name", ASC, [2, 4, 1, 5, 3]),  # case-insensitive, ties (Alpha/alpha) in load order
        ("name", DESC, [3, 5, 1, 2, 4]),  # ties still in load order, as Qt's stable sort
        ("amount", ASC, [4, 1, 3, 5, 2]),  # blank amount last
        ("amount", DESC, [5, 1, 3, 4, 2]),  # ... and last again, descending
        ("due", ASC, [3, 1, 5, 2, 4]),
        ("due", DESC, [1, 5, 3, 2, 4]),
    ],
)
def test_source_model_sorts_stably_with_blanks_last(
    qapp, column: str, order: Qt.SortOrder, expected: list[int]
) -> None:  # type: ignore[no-untyped-def]
    model = _model()
    proxy = TableProxy()
    proxy.setSourceModel(model)
    proxy.sort(model.column_index(column), order)
    assert _ids(model) == expected
    assert _ids(proxy) == expected
    proxy.sort(-1, order)
    assert _ids(proxy) == [1, 2, 3, 4, 5]


class _QtReference(QSortFilterProxyModel):
    """Qt's own stable sort over the same keys, with blank keys after every real value."""

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        blank_a, blank_b = a is None or a == "", b is None or b == ""
        if blank_a or blank_b:
            # Qt sorts descending by asking lessThan(right, left): keep blanks at the end either way.
            return (not blank_a and blank_b) if self.sortOrder() == ASC else (blank_a and not blank_b)
        if isinstance(a, str):
            a, b = a.casefold(), b.casefold()
        return bool(a < b)


def test_portfolio_order_equals_qts_stable_order_for_every_column_and_filters_never_reorder(
    qapp, demo_db
) -> None:  # type: ignore[no-untyped-def]
    rows = load_portfolio(demo_db).rows
    ours = PortfolioModel()
    ours.set_rows(rows)
    proxy = PortfolioFilterProxy()
    proxy.setSourceModel(ours)
    unsorted = PortfolioModel()
    unsorted.set_rows(rows)
    reference = _QtReference()
    reference.setSourceModel(unsorted)
    reference.setSortRole(SORT_ROLE)
    word = rows[0].industry[:4].lower()
    keep = {r.id for r in rows if word in f"{r.name}\n{r.industry}\n{r.region}".casefold()}
    assert 0 < len(keep) < len(rows)
    for column in range(ours.columnCount()):
        for order in (ASC, DESC):
            proxy.sort(column, order)
            reference.sort(column, order)  # the same click history: ties keep the previous order
            expected = [reference.index(r, 0).data(ROW_ROLE).id for r in range(reference.rowCount())]
            assert _ids(proxy) == expected, (ours.columns[column].key, order)
            proxy.set_text(word.upper())  # narrowing keeps the order
            assert _ids(proxy) == [i for i in expected if i in keep]
            proxy.sort(column, order)  # sorting while filtered: the same order
            assert _ids(proxy) == [i for i in expected if i in keep]
            proxy.set_text("")  # widening brings every row back in place
            assert _ids(proxy) == expected


def test_scores_sort_descending_with_unrated_accounts_last(qapp, demo_db) -> None:  # type: ignore[no-untyped-def]
    model = PortfolioModel()
    model.set_rows(load_portfolio(demo_db).rows)
    column = model.column_index("score")
    for order in (ASC, DESC):
        model.sort(column, order)
        values = [model.row_at(r).score.value for r in range(model.rowCount())]
        rated = [v for v in values if v is not None]
        assert values == rated + [None] * (len(values) - len(rated))
        assert rated == sorted(rated, reverse=order == DESC)


def test_text_and_predicate_filters_combine_and_widen_again(qapp) -> None:  # type: ignore[no-untyped-def]
    model = _model()
    proxy = TableProxy(haystack=lambda r: r.name)
    proxy.setSourceModel(model)
    proxy.sort(model.column_index("name"), ASC)
    proxy.set_text("  ALP ")
    assert _ids(proxy) == [2, 4]
    proxy.set_row_filter(lambda r: r.amount is not None)
    assert _ids(proxy) == [4]
    proxy.set_text("")
    assert _ids(proxy) == [4, 1, 5, 3]
    proxy.set_row_filter(None)
    assert _ids(proxy) == [2, 4, 1, 5, 3]
    assert proxy.mapToSource(proxy.index(2, 1)).row() == 2
    assert proxy.mapFromSource(model.index(4, 0)).row() == 4


def test_default_haystack_is_every_column_text(qapp) -> None:  # type: ignore[no-untyped-def]
    model = _model()
    proxy = TableProxy()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("2026-03")
    assert _ids(proxy) == [1, 5]


def test_selection_follows_its_row_across_sorts_and_filters(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _model()
    view, proxy = make_table(model, "things", haystack=lambda r: r.name)
    qtbot.addWidget(view)
    view.show()
    view.sortByColumn(model.column_index("name"), ASC)
    view.selectRow(3)  # Delta
    assert view.selectionModel().selectedRows()[0].data(ROW_ROLE).id == 5
    for column, order in (("amount", DESC), ("due", ASC), ("name", DESC)):
        view.sortByColumn(model.column_index(column), order)
        selected = view.selectionModel().selectedRows()
        assert [i.data(ROW_ROLE).id for i in selected] == [5]
        assert view.currentIndex().data(ROW_ROLE).id == 5
    proxy.set_text("lt")  # Delta stays
    assert [i.data(ROW_ROLE).id for i in view.selectionModel().selectedRows()] == [5]
    proxy.set_text("alp")  # Delta hidden: nothing selected
    assert view.selectionModel().selectedRows() == []


def test_many_selected_rows_follow_their_rows_across_sorts_and_filters(qtbot) -> None:  # type: ignore[no-untyped-def]
    items = tuple(Item(i, f"item {i:02d}", float(i % 7), None) for i in range(1, 31))
    model = RowTableModel(COLUMNS)
    model.set_rows(items)
    view, proxy = make_table(model, "many", haystack=lambda r: r.name)
    qtbot.addWidget(view)
    view.setSelectionMode(QTableView.SelectionMode.MultiSelection)
    chosen = {3, 8, 9, 14, 15, 20, 21, 22, 27, 30}  # more than a handful of persistent indexes
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(ROW_ROLE).id in chosen:
            view.selectionModel().select(
                proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )

    def selected() -> set[int]:
        return {i.data(ROW_ROLE).id for i in view.selectionModel().selectedRows()}

    for column, order in (("amount", DESC), ("name", DESC), ("amount", ASC), ("name", ASC)):
        view.sortByColumn(model.column_index(column), order)
        assert selected() == chosen
    proxy.set_text("item 2")  # 20..29 and 2 stay
    assert selected() == {20, 21, 22, 27}
    view.sortByColumn(model.column_index("amount"), DESC)
    assert selected() == {20, 21, 22, 27}
    proxy.set_text("")
    assert selected() == {20, 21, 22, 27}


def test_sort_keys_are_computed_once_per_row_and_column(qtbot) -> None:  # type: ignore[no-untyped-def]
    calls: dict[str, int] = {"name": 0, "amount": 0}

    def counted(key: str, func: Any) -> Any:
        def sort_key(row: Item) -> Any:
            calls[key] += 1
            return func(row)

        return sort_key

    columns = (
        Column[Item]("name", "Name", lambda r: r.name, sort=counted("name", lambda r: r.name)),
        Column[Item]("amount", "Amount", lambda r: str(r.amount), sort=counted("amount", lambda r: r.amount)),
    )
    model = RowTableModel(columns)
    model.set_rows(ITEMS)
    view, proxy = make_table(model, "counted", haystack=lambda r: r.name)
    qtbot.addWidget(view)
    proxy.prepare_filter()  # what the portfolio does once its rows are shown
    assert calls == {"name": 5, "amount": 5}
    for text in ("a", "al", "", "e"):
        proxy.set_text(text)
        for column in (0, 1):
            for order in (ASC, DESC):
                view.sortByColumn(column, order)
    assert calls == {"name": 5, "amount": 5}  # header clicks and filters reuse the keys
    assert _ids(proxy) == [5, 1]  # beta and Delta (an 'e' in the name) by amount, descending
    model.set_rows(ITEMS[:2])  # new rows: new keys, computed when next needed
    assert calls == {"name": 5, "amount": 7}  # the current sort column's, for the new rows


def test_same_ids_reload_is_data_changed_not_reset(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _model()
    view, proxy = make_table(model, "things")
    qtbot.addWidget(view)
    view.sortByColumn(model.column_index("amount"), ASC)
    view.selectionModel().select(
        proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    resets: list[bool] = []
    proxy.modelReset.connect(lambda: resets.append(True))
    changed = [*ITEMS[:3], Item(4, "alpha", 9.0, None), ITEMS[4]]
    with qtbot.waitSignal(proxy.dataChanged):
        model.set_rows(changed)
    assert resets == []
    assert _ids(proxy) == [1, 3, 5, 4, 2]  # re-sorted by the new amount
    assert [i.data(ROW_ROLE) for i in view.selectionModel().selectedRows()] == [changed[3]]
    model.set_rows(ITEMS[:2])  # other ids: a reset
    assert resets == [True]
    assert _ids(proxy) == [1, 2]


def test_proxy_passes_the_model_tester_while_filtering_and_sorting(qtmodeltester, demo_db) -> None:  # type: ignore[no-untyped-def]
    model = PortfolioModel()
    model.set_rows(load_portfolio(demo_db).rows)
    proxy = PortfolioFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("a")
    proxy.sort(model.column_index("revenue"), DESC)
    qtmodeltester.check(proxy)


def test_the_table_paints_exactly_what_a_plain_qt_model_with_the_same_cells_paints(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    """The proxy answers a cell's roles from the rows' made-once texts and colours (multiData):
    the pixels equal those of a QStandardItemModel holding the same text, alignment and colour."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    rows = load_portfolio(demo_db).rows
    model = PortfolioModel()
    model.set_rows(rows)
    view, proxy = make_table(model, "ours")
    proxy.sort(model.column_index("status"), DESC)
    proxy.set_text("a")
    plain = QStandardItemModel(proxy.rowCount(), proxy.columnCount())
    coloured = 0
    for r in range(proxy.rowCount()):
        row = proxy.index(r, 0).data(ROW_ROLE)
        for c, column in enumerate(model.columns):
            item = QStandardItem(column.display(row))
            item.setTextAlignment(
                (Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignVCenter
            )
            brush = column.foreground(row) if column.foreground else None
            if brush is not None:
                item.setForeground(brush)
                coloured += 1
            plain.setItem(r, c, item)
    assert coloured > 0  # the statuses' colours are part of the comparison
    reference = QTableView()
    reference.setModel(plain)
    for table in (view, reference):
        qtbot.addWidget(table)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        for c in range(model.columnCount()):
            table.setColumnWidth(c, 120)
        table.resize(1000, 400)
        table.show()
    qtbot.waitExposed(view)
    qtbot.waitExposed(reference)
    ours = view.viewport().grab().toImage()
    theirs = reference.viewport().grab().toImage()
    assert ours.size() == theirs.size()
    assert ours == theirs


def test_a_sort_with_at_most_one_row_selected_repaints_instead_of_a_layout_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The header click's fast path: the views are told that every cell changed (a repaint), not
    that the layout changed, while what they keep lies on one row; a wider selection still gets
    Qt's layout change (its ranges must be split and merged again)."""
    model = _model()
    view, proxy = make_table(model, "things")
    qtbot.addWidget(view)
    view.show()
    layouts: list[bool] = []
    changes: list[tuple[int, int, int, int]] = []
    proxy.layoutChanged.connect(lambda *_args: layouts.append(True))
    proxy.dataChanged.connect(
        lambda top, bottom, *_roles: changes.append((top.row(), top.column(), bottom.row(), bottom.column()))
    )
    view.sortByColumn(model.column_index("name"), ASC)  # nothing selected
    assert (layouts, changes) == ([], [(0, 0, 4, 2)])
    assert _ids(proxy) == [2, 4, 1, 5, 3]
    view.selectRow(3)  # Delta, the current cell on its row
    view.sortByColumn(model.column_index("amount"), DESC)
    assert (layouts, changes[1:]) == ([], [(0, 0, 4, 2)])
    assert _ids(proxy) == [5, 1, 3, 4, 2]
    assert [i.data(ROW_ROLE).id for i in view.selectionModel().selectedRows()] == [5]
    assert view.currentIndex().data(ROW_ROLE).id == 5
    view.setSelectionMode(QTableView.SelectionMode.MultiSelection)
    view.selectionModel().select(
        proxy.index(4, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )  # Alpha too: two rows
    view.sortByColumn(model.column_index("due"), ASC)
    assert layouts == [True]
    assert len(changes) == 2  # no repaint-everything this time
    assert _ids(proxy) == [3, 5, 1, 4, 2]  # stable over the previous order, blanks last
    assert {i.data(ROW_ROLE).id for i in view.selectionModel().selectedRows()} == {5, 2}


def test_a_table_sorted_on_screen_paints_what_one_sorted_before_it_was_shown_paints(qtbot) -> None:  # type: ignore[no-untyped-def]
    """After a header click's fast path (no layout change) the view's state - order, selected
    row, current cell, sort indicator - renders pixel for pixel as a table sorted before it was
    first shown (that the visible cells are repainted at all is the dataChanged over every cell
    pinned above)."""

    def table() -> tuple[QTableView, TableProxy, RowTableModel[Item]]:
        model = _model()
        view, proxy = make_table(model, "things")
        qtbot.addWidget(view)
        view.resize(420, 220)
        return view, proxy, model

    clicked, clicked_proxy, clicked_model = table()
    clicked.show()
    clicked.selectRow(0)  # beta, in load order
    qtbot.waitExposed(clicked)
    clicked.sortByColumn(clicked_model.column_index("name"), DESC)
    ready, ready_proxy, ready_model = table()
    ready.sortByColumn(ready_model.column_index("name"), DESC)
    ready.show()
    qtbot.waitExposed(ready)
    ready.selectRow(_ids(ready_proxy).index(1))
    assert _ids(clicked_proxy) == _ids(ready_proxy) == [3, 5, 1, 2, 4]
    assert clicked.currentIndex().row() == ready.currentIndex().row() == 2
    assert clicked.grab().toImage() == ready.grab().toImage()


def test_the_roles_and_alignments_named_by_number_are_qts() -> None:
    """The table toolkit names Qt's roles and alignments by number (naming the enums at import
    would build PySide6's Qt namespace before the first frame): the numbers must be Qt's."""
    from PySide6.QtCore import Qt

    from kam_desktop.ui.common import table_model, tables

    roles = Qt.ItemDataRole
    assert (
        int(roles.DisplayRole),
        int(roles.TextAlignmentRole),
        int(roles.ToolTipRole),
        int(roles.BackgroundRole),
        int(roles.ForegroundRole),
        int(roles.UserRole),
    ) == (
        table_model._DISPLAY,
        table_model._ALIGN,
        table_model._TOOLTIP,
        table_model._BACKGROUND,
        table_model._FOREGROUND,
        table_model._USER,
    )
    align = Qt.AlignmentFlag
    assert int(align.AlignLeft | align.AlignVCenter) == table_model._LEFT
    assert table_model._RIGHT == tables._RIGHT == int(align.AlignRight | align.AlignVCenter)
    assert (int(roles.DisplayRole), int(roles.TextAlignmentRole)) == (tables._DISPLAY, tables._ALIGN)
