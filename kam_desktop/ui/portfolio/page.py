"""The Portfolio: every account with score, status, revenue, plan phase, next meeting, overdue
actions and role gaps; the key-account cap; the chart; promote/demote/archive/delete with undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QPoint, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.plain_values import ARCHIVED, CANDIDATE, DISQUALIFIED, KEY, STANDARD, STATUSES
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, sentence, translate
from kam_desktop.ui.common import icons, prompter, settings, theme, undo
from kam_desktop.ui.common.background_call import BackgroundCall
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.locale_format import number_text
from kam_desktop.ui.common.table_model import ROW_ROLE
from kam_desktop.ui.common.tables import first_frame_model, fit_titles
from kam_desktop.ui.common.undo import quoted
from kam_desktop.ui.common.widgets import EmptyState
from kam_desktop.ui.portfolio.model import PortfolioFilterProxy, PortfolioModel

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from kam_desktop.domain import enums
    from kam_desktop.domain.enums import AccountStatus
    from kam_desktop.domain.portfolio import CapState
    from kam_desktop.services.portfolio_rows import Portfolio, PortfolioRow
    from kam_desktop.store.database import Database
    from kam_desktop.ui.portfolio.chart import PortfolioChart
else:  # (the first frame's modules build no Qt namespace and import no domain enums: see
    # ui/common/lazy_qt.py and ui/portfolio/model.py)
    from kam_desktop.ui.common.lazy_qt import LazyModule, Qt

    enums = LazyModule("kam_desktop.domain.enums")

# The services (and so SQLAlchemy) and the dialogs are imported where first used: this page is
# built, empty, for the main window's first frame, before the store is opened. So are the chart
# and the score column's bar (made when the first rows arrive; the first frame shows neither).

CHART_MINIMUM_SIZE = (480, 320)  # the chart's (ui/portfolio/chart.py), kept by its placeholder
ACCOUNT_TOPICS = (Topic.ACCOUNTS, Topic.PLAN)  # what an account's undo or redo touches
FILTER_DEBOUNCE_MS = 40  # a burst of keystrokes filters once
CHART_DEBOUNCE_MS = 250  # the chart follows the table once typing pauses, not on every key

# the statuses by their values (see domain/plain_values.py)
STATUS_FILTERS: tuple[tuple[str, frozenset[str] | None], ...] = (
    (QT_TRANSLATE_NOOP("PortfolioPage", "All active"), frozenset(STATUSES) - {ARCHIVED}),
    (QT_TRANSLATE_NOOP("PortfolioPage", "Key accounts"), frozenset({KEY})),
    (QT_TRANSLATE_NOOP("PortfolioPage", "Candidates"), frozenset({CANDIDATE})),
    (QT_TRANSLATE_NOOP("PortfolioPage", "Standard"), frozenset({STANDARD})),
    (QT_TRANSLATE_NOOP("PortfolioPage", "Disqualified"), frozenset({DISQUALIFIED})),
    (QT_TRANSLATE_NOOP("PortfolioPage", "Archived"), frozenset({ARCHIVED})),
    (QT_TRANSLATE_NOOP("PortfolioPage", "Everything"), None),
)


def read_portfolio(db: Database) -> Portfolio:
    """The worker thread's part of a load: the services and the ORM models are imported here,
    off the GUI thread, and so is the locale's number and date data the first cells need."""
    import datetime as dt

    from kam_desktop.services import portfolio as service
    from kam_desktop.ui.common import locale_format

    portfolio = service.load_portfolio(db)
    locale_format.short_money(0)
    locale_format.date_text(dt.date(2000, 1, 1))
    return portfolio


class PortfolioPage(QWidget):
    """Built without a context, it is the empty, sized table of the first frame; ``attach``
    gives it the open database and starts the load. The rows are read in a worker thread and
    arrive through ``loaded`` (emitted after every load); a load the store refuses (locked,
    damaged meanwhile) arrives through ``load_failed`` with the message."""

    loaded = Signal()
    load_failed = Signal(str)
    demo_requested = Signal()  # "Open the demo" on the empty portfolio

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.portfolio: Portfolio | None = None
        self.model = PortfolioModel(self)
        self.proxy = PortfolioFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        # the status filter's first entry ("All active") from the start, not only once the
        # combo is touched (archived accounts were listed under it until then)
        self.proxy.set_statuses(STATUS_FILTERS[0][1])
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DEBOUNCE_MS)
        self._filter_timer.timeout.connect(self.flush_filter)
        self._chart_timer = QTimer(self, singleShot=True, interval=CHART_DEBOUNCE_MS)
        self._chart_timer.timeout.connect(self._sync_chart)
        self._build()
        self._dirty = True
        self._loading = False
        self._load_again = False
        self._select_after_load: int | None = None
        self._loader = BackgroundCall(self, "portfolio-load")
        self._loader.finished.connect(self._on_load_finished)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext, *, loaded: bool = False) -> None:
        """Take the open database and load the portfolio. ``loaded``: the rows shown (by
        ``show_early``) are those of this database as opened: no second read."""
        self.complete()
        self.ctx = ctx
        ctx.changed.connect(self._on_changed)
        ctx.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        ctx.undo_stack.undoTextChanged.connect(self.undo_button.setToolTip)
        if loaded and self.portfolio is not None:
            self._dirty = False
            self._update_buttons()  # the actions that write, now that there is a database
            return
        self.reload()

    def show_early(self, portfolio: Portfolio) -> None:
        """Show rows read before the store was opened (start-up's plain case, see
        services.portfolio_early); until ``attach`` nothing can be changed (no database).
        The chart follows the table a moment later (its layout of every bubble is the slow
        part at 10,000 accounts). A first screen (``Portfolio.first_screen_of``) shows only
        its rows, the count of every account and the cap; every row follows (``show_early``
        again): only then the suggestions' summary, the chart, the filter and ``loaded``."""
        self.complete()
        if portfolio.first_screen_of:
            self._show_first_screen(portfolio)
        else:
            self._show(portfolio, chart_now=False)

    def _show_first_screen(self, portfolio: Portfolio) -> None:
        self.portfolio = portfolio
        self._ensure_score_bars()
        self.model.set_rows(portfolio.rows)
        self.table.sortByColumn(self.model.column_index("score"), Qt.SortOrder.DescendingOrder)
        self._show_cap(portfolio.cap)
        self.stack.setCurrentWidget(self.splitter)
        total = number_text(portfolio.first_screen_of)
        self.count_label.setText(fmt(self.tr("%1 of %2 accounts"), total, total))
        self._update_buttons()

    def withdraw_rows(self) -> None:
        """Take away rows shown early: the store refused the file (locked, damaged) or it
        changed meanwhile. The empty, sized table again, nothing claimed about the file."""
        if self.portfolio is None:
            return
        self.portfolio = None
        self.model.set_rows(())
        self.cap_label.setText("")
        self.tips_label.setText("")
        self.stack.setCurrentWidget(self.splitter)
        self._update_count()
        self.flush_chart()
        self._update_buttons()

    @property
    def chart(self) -> PortfolioChart:
        """The bubble chart below the table, made the first time it is needed (the first rows)."""
        if self._chart is None:
            from kam_desktop.ui.portfolio.chart import PortfolioChart

            chart = PortfolioChart()
            chart.account_clicked.connect(self.select_account)
            chart.account_activated.connect(lambda aid: self.context().open_account_requested.emit(aid, ""))
            self._chart = chart
            layout = self._chart_place.layout()
            assert layout is not None
            layout.addWidget(chart)  # (the place's layout owns it; replaceWidget left it owned twice)
        return self._chart

    def _ensure_score_bars(self) -> None:
        """The score column's bar, set when the first rows arrive."""
        column = self.model.column_index("score")
        if self.table.itemDelegateForColumn(column) is None:
            from kam_desktop.ui.portfolio.delegates import ScoreBarDelegate

            self.table.setItemDelegateForColumn(column, ScoreBarDelegate(self.table))

    def context(self) -> AppContext:
        if self.ctx is None:
            raise RuntimeError("the portfolio page has no database yet")
        return self.ctx

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Portfolio"))
        title.setStyleSheet("font-size: 22px; font-weight: 600;")
        self.cap_label = QLabel()
        self.cap_label.setObjectName("cap_label")
        self.tips_label = QLabel()
        self.tips_label.setObjectName("suggestions_label")
        self.tips_label.setStyleSheet(f"color: {theme.hex_of('note_fg')};")
        top_row = QHBoxLayout()
        top_row.addWidget(title)
        top_row.addSpacing(24)
        top_row.addWidget(self.cap_label)
        top_row.addSpacing(16)
        top_row.addWidget(self.tips_label, 1)

        self.filter = QLineEdit()
        self.filter.setObjectName("portfolio_filter")
        self.filter.setAccessibleName(self.tr("Filter accounts"))
        self.filter.setPlaceholderText(self.tr("Filter: name, industry, region"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(200)
        self.filter.textEdited.connect(self._on_filter_text_edited)  # typing: debounced
        self.filter.textChanged.connect(self._on_filter_text_changed)  # setText: at once
        self.filter.returnPressed.connect(self.flush_filter)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        for label, _statuses in STATUS_FILTERS:
            self.status_filter.addItem(translate("PortfolioPage", label))
        self.status_filter.currentIndexChanged.connect(self._on_status_filter_changed)
        self.count_label = QLabel()
        tools = QHBoxLayout()
        tools.addWidget(self.filter, 2)
        tools.addWidget(self.status_filter)
        tools.addWidget(self.count_label, 1)
        # The actions get a row of their own, so the page fits a 1366-pixel laptop screen.
        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("new", self.tr("New…"), self.new_account),
            ("edit", self.tr("Edit…"), self.edit_selected),
            ("assess", self.tr("Assess…"), self.assess_selected),
            ("promote", self.tr("Promote…"), self.promote_selected),
            ("demote", self.tr("Demote…"), self.demote_selected),
            ("archive", self.tr("Archive…"), self.archive_selected),
            ("delete", self.tr("Delete"), self.delete_selected),
            ("weights", self.tr("Weights…"), self.edit_weights),
        ):
            button = QPushButton(icons.icon(key), text)
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[key] = button
        self.undo_button = QPushButton(icons.icon("undo"), self.tr("Undo"))  # the shared stack's
        self.undo_button.setObjectName("btn_undo")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)

        self.table = QTableView()
        self.table.setObjectName("portfolio_table")
        self.table.setAccessibleName(self.tr("Portfolio"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row sizes
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.customContextMenuRequested.connect(self._on_header_menu)
        self.table.customContextMenuRequested.connect(self._on_table_menu)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        # The first frame's table shows the columns' titles from a model of Qt's own: ours
        # answers the header in Python, whose arguments are enums of PySide6's Qt namespace,
        # built on the first one (a tenth of the frame's cost, see ui/common/lazy_qt.py).
        # ``complete`` puts the real model in after the frame.
        self.table.setModel(first_frame_model(self.model, self))
        # Its sort arrow (on Score) cannot be set without an enum of that namespace either: the
        # header's state saved by ``complete`` (a byte string) brings it, from the second start.
        saved = settings.get(settings.PORTFOLIO_FIRST_HEADER)
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            header.restoreState(saved)
        self._size_columns()

        self._chart: PortfolioChart | None = None
        self._chart_place = QWidget()  # the chart's place: its empty surface until the first rows
        QVBoxLayout(self._chart_place).setContentsMargins(0, 0, 0, 0)
        self._chart_place.setObjectName("chart_placeholder")
        self._chart_place.setAutoFillBackground(True)
        self._chart_place.setMinimumSize(*CHART_MINIMUM_SIZE)  # (the layout does not move when it comes)
        palette = self._chart_place.palette()
        palette.setColor(self._chart_place.backgroundRole(), theme.color("surface"))
        self._chart_place.setPalette(palette)
        self.splitter = QSplitter()
        self.splitter.setProperty("orientation", 2)  # Qt.Orientation.Vertical (see the table's model above)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._chart_place)
        self.splitter.setSizes([480, 300])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)  # the empty, sized table until the rows arrive
        self.empty: EmptyState | None = None  # "No accounts yet": made by ``complete``
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top_row)
        layout.addLayout(tools)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    def _size_columns(self) -> None:
        """Every column its width (at least its translated title's), the hidden ones hidden."""
        widths = {
            self.model.column_index(key): width
            for key, width in (
                ("name", 230),
                ("status", 110),
                ("score", 110),
                ("industry", 150),
                ("region", 110),
                ("revenue", 80),
                ("potential", 80),
                ("gap", 90),
                ("phase", 130),
                ("meeting", 100),
                ("overdue", 115),
            )
        }
        fit_titles(self.table, widths, arrow_room=True)  # at least as wide as its translated title
        self._restore_columns()

    def complete(self) -> None:
        """Finish the page the first frame showed: the real model behind the table, sorted by
        score (best first), the context menus, the empty state. ``attach`` and ``show_early``
        call it; the start-up calls it right after the first frame (once is enough)."""
        if self.empty is not None:
            return
        stand_in = self.table.model()
        self.table.setModel(self.proxy)
        stand_in.deleteLater()
        self.table.setSortingEnabled(True)
        self._size_columns()  # (a new model resets the header's sections)
        self.table.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.sortByColumn(self.model.column_index("score"), Qt.SortOrder.DescendingOrder)
        state = self.table.horizontalHeader().saveState()  # for the next start's first frame
        if state != settings.get(settings.PORTFOLIO_FIRST_HEADER):
            settings.put(settings.PORTFOLIO_FIRST_HEADER, state)
        self.empty = EmptyState(
            self.tr("No accounts yet"),
            self.tr(
                "Start by adding the customers you are considering for key-account status. "
                "Then rate each on the 8 identification factors; the best-scoring ones, up to your "
                "cap, become your key accounts. Or open the demo first: a sample portfolio in a "
                "database of its own; this one stays as it is."
            ),
            self.tr("&New account…"),
            second_button=self.tr("Open the &demo"),
        )
        self.empty.action_clicked.connect(self.new_account)
        self.empty.second_action_clicked.connect(self.demo_requested)
        self.stack.insertWidget(0, self.empty)

    # --- data ----------------------------------------------------------------------------

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if topics & {Topic.ACCOUNTS, Topic.PROGRAM, Topic.PLAN, Topic.ROLES, Topic.TEAM, Topic.INTERACTIONS}:
            self._dirty = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._dirty and self.ctx is not None:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the portfolio again, in the worker thread; ``loaded`` says when it is shown."""
        self._dirty = False
        if self._loading:
            self._load_again = True  # after the read under way, which may predate the change
            return
        self._loading = True
        self._loader.start(read_portfolio, self.context().db)

    def is_loading(self) -> bool:
        return self._loading

    def _on_load_finished(self, result: object) -> None:
        self._loading = False
        if self._load_again:
            self._load_again = False
            self.reload()
            return
        if isinstance(result, DomainError):
            self._dirty = True  # try again when the page is shown or the data changes
            self.load_failed.emit(result.message)
            return
        if isinstance(result, BaseException):
            raise result  # a bug: to the crash reporter, as on the GUI thread
        from kam_desktop.services.portfolio_rows import Portfolio

        if isinstance(result, Portfolio):
            self._show(result)

    def _show(self, portfolio: Portfolio, *, chart_now: bool = True) -> None:
        selected = self.selected_row()
        self.portfolio = portfolio
        self._ensure_score_bars()
        header = self.table.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        self.model.set_rows(self.portfolio.rows)
        if column < 0 or column >= self.model.columnCount():
            column, order = self.model.column_index("score"), Qt.SortOrder.DescendingOrder
        self.table.sortByColumn(column, order)
        self._show_cap(self.portfolio.cap)
        tips = self.portfolio.suggestions
        promote = sum(1 for t in tips if t.kind == "promote")
        review = sum(1 for t in tips if t.kind == "review_key")
        parts = []
        if promote:
            # (%1, not %n: the count in the locale's digits, 1.200 / 1,200; n picks the plural form)
            parts.append(
                fmt(self.tr("%1 account(s) score like key accounts", "", promote), number_text(promote))
            )
        if review:
            below = self.tr("%1 key account(s) score below every non-key one", "", review)
            parts.append(fmt(below, number_text(review)))
        self.tips_label.setText(
            "★ " + "; ".join(parts) + self.tr(" (hover the names marked ★).") if parts else ""
        )
        self.complete()
        assert self.empty is not None
        self.stack.setCurrentWidget(self.splitter if self.portfolio.rows else self.empty)
        self._update_count()
        if chart_now:
            self.flush_chart()  # fresh data: the chart at once
        else:
            self._chart_timer.stop()
            QTimer.singleShot(0, self.flush_chart)  # after the table's rows are painted
        target = self._select_after_load or (selected.id if selected is not None else None)
        self._select_after_load = None
        if target is not None:
            self._select_now(target)
        self._update_buttons()
        QTimer.singleShot(0, self.proxy.prepare_filter)  # after the rows are painted
        self.loaded.emit()

    def _show_cap(self, cap: CapState) -> None:
        from html import escape

        colour = theme.hex_of("bad" if cap.over_cap else "accent")
        self.cap_label.setText(
            f"<span style='font-size:16px; color:{colour}; font-weight:600'>{escape(self._cap_text(cap))}</span>"
            + (self.tr(" — over the cap") if cap.over_cap else "")
        )

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.count_label.setText(fmt(self.tr("%1 of %2 accounts"), number_text(shown), number_text(total)))
        self._chart_timer.start()  # 10,000 bubbles per keystroke made typing lag: after a pause

    def flush_chart(self) -> None:
        """Bring the chart up to the table's rows now (after a load; tests)."""
        self._chart_timer.stop()
        self._sync_chart()

    def _sync_chart(self) -> None:
        """The chart shows what the table shows: the rows the filters let through."""
        self.chart.set_rows(self.proxy.visible_rows())

    def _on_filter_text_edited(self, text: str) -> None:
        # A short debounce: a burst of keys filters once. Emptying the box applies at once.
        if text:
            self._filter_timer.start()

    def _on_filter_text_changed(self, _text: str) -> None:
        if not self._filter_timer.isActive():  # not a keystroke waiting for the debounce
            self.flush_filter()

    def flush_filter(self) -> None:
        """Apply the filter box's text now (also on Enter, and when the debounce expires)."""
        self._filter_timer.stop()
        self.proxy.set_text(self.filter.text())
        self._update_count()

    def _cap_text(self, cap: CapState) -> str:
        return fmt(self.tr("%1 of %2 key accounts"), number_text(cap.key_count), number_text(cap.cap))

    def _on_status_filter_changed(self, index: int) -> None:
        self.proxy.set_statuses(STATUS_FILTERS[index][1])
        self._update_count()

    # --- selection -----------------------------------------------------------------------

    def selected_row(self) -> PortfolioRow | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not indexes:
            return None
        from kam_desktop.services.portfolio_rows import PortfolioRow

        row = indexes[0].data(ROW_ROLE)
        return row if isinstance(row, PortfolioRow) else None

    def select_account(self, account_id: int) -> None:
        """Select the account's row; while a load is under way (or due), once it is shown."""
        if self._loading or (self._dirty and self.ctx is not None):
            self._select_after_load = account_id
            return
        self._select_now(account_id)

    def _select_now(self, account_id: int) -> None:
        from kam_desktop.services.portfolio_rows import PortfolioRow

        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            row = index.data(ROW_ROLE)
            if isinstance(row, PortfolioRow) and row.id == account_id:
                self.table.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                self.table.setCurrentIndex(index)
                return

    def _on_selection_changed(self, *_args: object) -> None:
        row = self.selected_row()
        self.chart.set_selected(row.id if row else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        writable = self.ctx is not None and not self.ctx.read_only
        for key in ("edit", "assess", "archive", "delete"):
            self.buttons[key].setEnabled(row is not None and writable)
        self.buttons["promote"].setEnabled(
            writable and row is not None and row.status is not enums.AccountStatus.KEY
        )
        self.buttons["demote"].setEnabled(
            writable and row is not None and row.status is enums.AccountStatus.KEY
        )
        self.buttons["new"].setEnabled(writable)
        self.buttons["weights"].setEnabled(writable)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        from kam_desktop.services.portfolio_rows import PortfolioRow

        row = index.data(ROW_ROLE)
        if not isinstance(row, PortfolioRow):
            return
        if index.column() == self.model.column_index("meeting") and row.next_meeting_id is not None:
            self.context().open_meeting_requested.emit(row.id, row.next_meeting_id)
        else:
            self.context().open_account_requested.emit(row.id, "")

    def _on_table_menu(self, pos: QPoint) -> None:
        row = self.selected_row()
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(
            self.tr("Open workspace"), lambda: self.context().open_account_requested.emit(row.id, "")
        )
        if row.next_meeting_id is not None:
            menu.addAction(
                self.tr("Prepare next meeting"),
                lambda: self.context().open_meeting_requested.emit(row.id, row.next_meeting_id or 0),
            )
        menu.addSeparator()
        menu.addAction(self.tr("Assess…"), self.assess_selected)
        if row.status is enums.AccountStatus.KEY:
            menu.addAction(self.tr("Demote…"), self.demote_selected)
        else:
            menu.addAction(self.tr("Promote to key…"), self.promote_selected)
        menu.addAction(self.tr("Edit…"), self.edit_selected)
        menu.addAction(self.tr("Buying centres…"), self.edit_buying_centres)
        menu.addAction(self.tr("Archive…"), self.archive_selected)
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _on_header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for column, spec in enumerate(self.model.columns):
            if spec.key == "name":
                continue
            action = QAction(spec.title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda checked, c=column: self.set_column_visible(c, checked))
            menu.addAction(action)
        menu.popup(header.mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not visible)
        hidden = [
            self.model.columns[c].key
            for c in range(self.model.columnCount())
            if self.table.horizontalHeader().isSectionHidden(c)
        ]
        settings.put(settings.PORTFOLIO_HIDDEN_COLUMNS, ",".join(hidden))

    def _restore_columns(self) -> None:
        hidden = {k for k in str(settings.get(settings.PORTFOLIO_HIDDEN_COLUMNS)).split(",") if k}
        for column, spec in enumerate(self.model.columns):
            self.table.horizontalHeader().setSectionHidden(column, spec.key in hidden and spec.key != "name")

    # --- actions -------------------------------------------------------------------------

    def new_account(self) -> None:
        from kam_desktop.services.program import get_program
        from kam_desktop.ui.portfolio.dialogs import AccountDialog

        ctx = self.context()
        currency = get_program(ctx.db).currency
        created = AccountDialog.ask(ctx.db, None, currency, self)
        if created is not None:
            text = fmt(self.tr("Add account “%1”"), quoted(created.name))
            undo.record_add(ctx, "account", created.id, text, ACCOUNT_TOPICS)
            self.context().notify(Topic.ACCOUNTS)
            self.select_account(created.id)

    def edit_selected(self) -> None:
        from kam_desktop.services import accounts as account_service
        from kam_desktop.ui.common.errors import attempt
        from kam_desktop.ui.portfolio.dialogs import AccountDialog

        row = self.selected_row()
        if row is None:
            return
        ctx = self.context()
        detail = attempt(self, account_service.get_account, ctx.db, row.id)  # (locked, damaged: said)
        if detail is None:
            return
        before = undo.capture(ctx, "account", row.id)
        if AccountDialog.ask(ctx.db, detail.account, detail.account.currency, self) is not None:
            undo.record_edit(ctx, before, fmt(self.tr("Edit account “%1”"), quoted(row.name)), ACCOUNT_TOPICS)
            ctx.notify(Topic.ACCOUNTS)

    def edit_buying_centres(self) -> None:
        from kam_desktop.ui.portfolio.buying_centres import BuyingCentresDialog

        row = self.selected_row()
        if row is not None and BuyingCentresDialog.ask(self.context().db, row.id, self):
            self.context().notify(Topic.ACCOUNTS, Topic.PLAN)

    def assess_selected(self) -> None:
        from kam_desktop.ui.portfolio.dialogs import AssessmentDialog

        row = self.selected_row()
        if row is None or self.portfolio is None:
            return
        ctx = self.context()
        before = undo.capture(ctx, "account", row.id)
        if AssessmentDialog.ask(ctx.db, row.id, self.portfolio.weights, self) is not None:
            undo.record_edit(ctx, before, fmt(self.tr("Assess “%1”"), quoted(row.name)), ACCOUNT_TOPICS)
            ctx.notify(Topic.ACCOUNTS)

    def _change_status(self, to_status: AccountStatus) -> None:
        from kam_desktop.services import accounts as account_service
        from kam_desktop.ui.portfolio.dialogs import StatusDialog

        row = self.selected_row()
        if row is None or self.portfolio is None:
            return
        cap = self.portfolio.cap
        needs_reason = (
            to_status is enums.AccountStatus.KEY and cap.at_or_over_cap
        ) or row.status is enums.AccountStatus.KEY
        if to_status is enums.AccountStatus.KEY:
            text = fmt(self.tr("%1 now. "), self._cap_text(cap))
            text += (
                self.tr(
                    "The list is full: promoting %1 puts you over the cap, which needs a written "
                    "justification."
                )
                if cap.at_or_over_cap
                else self.tr("There is room for %1.")
            )
        elif row.status is enums.AccountStatus.KEY:
            text = self.tr(
                "%1 is a key account. Write why it no longer is; the reason is kept with the date."
            )
        else:
            text = self.tr("Change the status of %1.")
        ctx = self.context()
        detail = account_service.get_account(ctx.db, row.id)
        before = undo.capture(ctx, "account", row.id)
        if (
            StatusDialog.ask(
                ctx.db, detail.account, to_status, sentence(fmt(text, row.name)), needs_reason, self
            )
            is not None
        ):
            if to_status is enums.AccountStatus.KEY:
                command = fmt(self.tr("Promote “%1” to key account"), quoted(row.name))
            elif row.status is enums.AccountStatus.KEY:
                command = fmt(self.tr("Demote “%1”"), quoted(row.name))
            else:
                command = fmt(self.tr("Change the status of “%1”"), quoted(row.name))
            undo.record_edit(ctx, before, command, ACCOUNT_TOPICS)
            ctx.notify(Topic.ACCOUNTS)

    def promote_selected(self) -> None:
        self._change_status(enums.AccountStatus.KEY)

    def demote_selected(self) -> None:
        self._change_status(enums.AccountStatus.STANDARD)

    def archive_selected(self) -> None:
        self._change_status(enums.AccountStatus.ARCHIVED)

    def delete_selected(self) -> None:
        from kam_desktop.services import accounts as account_service

        row = self.selected_row()
        if row is None:
            return
        question = fmt(
            self.tr(
                "Move %1 and its whole plan to the trash?\n\nYou can undo this (Ctrl+Z) or restore it from "
                "the trash later."
            ),
            row.name,
        )
        if not prompter.confirm(self, self.tr("Delete account"), question):
            return
        ctx = self.context()
        text = fmt(self.tr("Delete account “%1”"), quoted(row.name))
        undo.delete(
            ctx,
            self,
            "account",
            row.id,
            text,
            ACCOUNT_TOPICS,
            do=lambda: account_service.delete_account(ctx.db, row.id),
        )

    def undo(self) -> None:
        if self.ctx is not None and self.ctx.undo_stack.canUndo():
            self.ctx.undo_stack.undo()

    def edit_weights(self) -> None:
        from kam_desktop.ui.portfolio.weights import WeightsDialog

        if WeightsDialog.ask(self.context().db, self):
            self.context().notify(Topic.PROGRAM)

    def show_chart(self) -> None:
        self.splitter.setSizes([260, 560])
        QTimer.singleShot(0, self.chart.update)
