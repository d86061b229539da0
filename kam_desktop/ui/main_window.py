"""The main window: navigation (Portfolio, Accounts, Team, Program), global search, status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QStringListModel, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from kam_desktop import __version__
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services.search import SearchHit, search
from kam_desktop.ui.common import icons, settings, theme
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.language import add_language_menu

SECTIONS = (
    QT_TRANSLATE_NOOP("MainWindow", "Portfolio"),
    QT_TRANSLATE_NOOP("MainWindow", "Accounts"),
    QT_TRANSLATE_NOOP("MainWindow", "Team"),
    QT_TRANSLATE_NOOP("MainWindow", "Program"),
)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("KAM Desktop"))
        self.resize(1360, 860)
        self._build_pages()
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        ctx.open_account_requested.connect(self.open_account)
        ctx.open_meeting_requested.connect(self.open_meeting)

    # --- construction --------------------------------------------------------------------

    def _build_pages(self) -> None:
        from kam_desktop.ui.account.accounts_page import AccountsPage
        from kam_desktop.ui.portfolio.page import PortfolioPage
        from kam_desktop.ui.program.page import ProgramPage
        from kam_desktop.ui.team.page import TeamPage

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet(
            f"QListWidget {{ background: {theme.hex_of('nav_bg')}; color: {theme.hex_of('nav_fg')}; "
            "border: none; outline: 0; font-size: 14px; }"
            "QListWidget::item { padding: 12px 14px; }"
            f"QListWidget::item:selected {{ background: {theme.hex_of('nav_sel')}; "
            f"color: {theme.hex_of('nav_sel_fg')}; }}"
        )
        self.stack = QStackedWidget()
        self.portfolio_page = PortfolioPage(self.ctx)
        self.accounts_page = AccountsPage(self.ctx)
        self.team_page = TeamPage(self.ctx)
        self.program_page = ProgramPage(self.ctx)
        for index, (name, page) in enumerate(
            zip(
                SECTIONS,
                (self.portfolio_page, self.accounts_page, self.team_page, self.program_page),
                strict=True,
            )
        ):
            item = QListWidgetItem(translate("MainWindow", name))
            item.setToolTip(fmt(self.tr("Ctrl+%1"), str(index + 1)))
            self.nav.addItem(item)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.setCurrentRow(0)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Search"))
        bar.setObjectName("search_toolbar")
        bar.setMovable(False)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("global_search")
        self.search_box.setPlaceholderText(self.tr("Search accounts, stakeholders, actions…  (Ctrl+K)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(460)
        self._hits: dict[str, SearchHit] = {}
        self._completer_model = QStringListModel(self)
        completer = QCompleter(self._completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(15)
        completer.activated.connect(self._on_search_activated)
        self.search_box.setCompleter(completer)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._run_search)
        self.search_box.textEdited.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self._on_search_return)
        spacer = QWidget()
        spacer.setFixedWidth(160)
        bar.addWidget(spacer)
        bar.addWidget(self.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.new_account_action = QAction(icons.icon("new"), self.tr("&New account…"), self)
        self.new_account_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_account_action.triggered.connect(self._on_new_account)
        self.new_account_action.setEnabled(not self.ctx.read_only)
        file_menu.addAction(self.new_account_action)
        from kam_desktop.ui.export.export_dialog import export_for_open_account

        self.export_plan_action = file_menu.addAction(self.tr("&Export account plan…"))
        self.export_plan_action.setIcon(icons.icon("export"))
        self.export_plan_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_plan_action.triggered.connect(lambda: export_for_open_account(self, self.ctx))
        self.export_brief_action = file_menu.addAction(self.tr("Export &meeting brief…"))
        self.export_brief_action.setIcon(icons.icon("brief"))
        self.export_brief_action.triggered.connect(
            lambda: export_for_open_account(self, self.ctx, brief=True)
        )
        from kam_desktop.ui.program.export import open_program_export

        self.export_program_action = file_menu.addAction(self.tr("Export &program report…"))
        self.export_program_action.triggered.connect(lambda: open_program_export(self.ctx, self))
        file_menu.addSeparator()
        from kam_desktop.ui.importing import menu as import_menu

        self.import_actions = import_menu.add_file_actions(self, self.ctx, file_menu)
        file_menu.addSeparator()
        from kam_desktop.ui.common import data_menu

        self.data_file_actions = data_menu.add_file_actions(self, self.ctx, file_menu)
        file_menu.addSeparator()
        quit_action = QAction(icons.icon("quit"), self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.edit_menu = menu.addMenu(self.tr("&Edit"))
        self.trash_action = data_menu.add_edit_actions(self, self.ctx, self.edit_menu)[0]

        view_menu = menu.addMenu(self.tr("&View"))
        for index, name in enumerate(SECTIONS):
            action = QAction(translate("MainWindow", name), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_section(i))
            view_menu.addAction(action)
        view_menu.addSeparator()
        search_action = QAction(icons.icon("search"), self.tr("&Search"), self)
        search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence.StandardKey.Find])
        search_action.triggered.connect(self.focus_search)
        view_menu.addAction(search_action)
        view_menu.addSeparator()
        add_language_menu(self, view_menu)

        self.help_menu = menu.addMenu(self.tr("&Help"))
        self.check_action = data_menu.add_help_actions(self, self.ctx, self.help_menu)[0]
        self.help_menu.addSeparator()
        about = QAction(self.tr("&About KAM Desktop"), self)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        suffix = self.tr(" (read-only)") if self.ctx.read_only else ""
        self.db_label = QLabel(fmt(self.tr("Database: %1"), str(self.ctx.db.path)) + suffix)
        self.db_label.setObjectName("db_path")
        self.statusBar().addPermanentWidget(self.db_label)

    # --- behaviour -----------------------------------------------------------------------

    def show_section(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def current_section(self) -> str:
        return SECTIONS[self.nav.currentRow()]

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def open_account(self, account_id: int, tab: str = "") -> None:
        self.show_section(1)
        self.accounts_page.open_account(account_id, tab)

    def open_meeting(self, account_id: int, interaction_id: int) -> None:
        self.show_section(1)
        self.accounts_page.open_meeting(account_id, interaction_id)

    def _run_search(self) -> None:
        hits = search(self.ctx.db, self.search_box.text())
        labels = []
        self._hits = {}
        for hit in hits:
            label = (
                f"{hit.title}  —  {hit.kind}: {hit.detail}" if hit.detail else f"{hit.title}  —  {hit.kind}"
            )
            self._hits[label] = hit
            labels.append(label)
        self._completer_model.setStringList(labels)
        completer = self.search_box.completer()
        if labels and self.search_box.hasFocus():
            completer.setCompletionPrefix(self.search_box.text())
            completer.complete()

    def _on_search_activated(self, label: str) -> None:
        hit = self._hits.get(label)
        if hit is None:
            return
        tab = {"account": "", "stakeholder": "Research", "action": "Action plan"}[hit.kind]
        self.open_account(hit.account_id, tab)
        QTimer.singleShot(0, self.search_box.clear)

    def _on_search_return(self) -> None:
        self._run_search()
        if self._hits:
            self._on_search_activated(next(iter(self._hits)))

    def _on_new_account(self) -> None:
        self.show_section(0)
        self.portfolio_page.new_account()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About KAM Desktop"),
            fmt(
                self.tr(
                    "<h3>KAM Desktop %1</h3><p>Key account management for one manager, offline: "
                    "identify key accounts, plan them in five phases, cover the six roles, prepare "
                    "every meeting, and hand customers a clean plan.</p><p>Database: %2</p>"
                ),
                __version__,
                str(self.ctx.db.path),
            ),
        )

    # --- geometry ------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        super().closeEvent(event)
