"""The main window: navigation (Portfolio, Accounts, Team, Program), global search, status bar.

Built in two steps so that its first frame is painted before SQLAlchemy is imported and before
the store is opened: ``MainWindow()`` is the shell (navigation, an empty sized portfolio table,
search box, menus); ``attach(ctx)`` gives it the open database, and the data arrives. The
Accounts, Team and Program pages, the export menu's dialogs and the search service are built or
imported on first use."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from kam_desktop import __version__, i18n
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.ui.common import icons, settings, theme
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.language import add_language_menu
from kam_desktop.ui.common.undo import UndoActions
from kam_desktop.ui.portfolio.page import PortfolioPage

if TYPE_CHECKING:
    from PySide6.QtCore import QStringListModel, Qt
    from PySide6.QtWidgets import QCompleter

    from kam_desktop.services.search import SearchHit
    from kam_desktop.ui.account.accounts_page import AccountsPage
    from kam_desktop.ui.firstrun.view import FirstRunView
    from kam_desktop.ui.program.page import ProgramPage
    from kam_desktop.ui.team.page import TeamPage
    from kam_desktop.ui.workspace import Workspace
else:  # (the first frame's modules build no Qt namespace: see ui/common/lazy_qt.py)
    from kam_desktop.ui.common.lazy_qt import Qt

SECTIONS = (
    QT_TRANSLATE_NOOP("MainWindow", "Portfolio"),
    QT_TRANSLATE_NOOP("MainWindow", "Accounts"),
    QT_TRANSLATE_NOOP("MainWindow", "Team"),
    QT_TRANSLATE_NOOP("MainWindow", "Program"),
)


def available_geometry(widget: QWidget) -> QRect | None:
    """The free area (without panels and docks) of the screen ``widget`` is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry()


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self._ctx: AppContext | None = None
        self._workspace: Workspace | None = None
        self.first_run: FirstRunView | None = None
        self._pages: dict[int, QWidget] = {}
        self._fitted = False
        self.setWindowTitle(self.tr("KAM Desktop"))
        self.resize(1360, 860)
        self._build_pages()
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        if ctx is not None:
            self.attach(ctx)

    @property
    def workspace(self) -> Workspace:
        """What switches this window's database (File > New/Open); a window built on its own
        (tests, tools) gets one that takes no lock and runs no automatic backups."""
        if self._workspace is None:
            from kam_desktop.ui.workspace import Workspace

            Workspace(self, self.ctx.db)  # sets self.workspace
        assert self._workspace is not None
        return self._workspace

    @workspace.setter
    def workspace(self, value: Workspace | None) -> None:
        self._workspace = value

    @property
    def ctx(self) -> AppContext:
        if self._ctx is None:
            raise RuntimeError("the main window has no database yet")
        return self._ctx

    def attach(self, ctx: AppContext, *, loaded: bool = False) -> None:
        """Give the window its open database: menus that need it, status bar, the data.
        ``loaded``: the portfolio shown early is this database's (see PortfolioPage.attach)."""
        from kam_desktop.ui.common import data_menu

        self._ctx = ctx
        ctx.open_account_requested.connect(self.open_account)
        ctx.open_meeting_requested.connect(self.open_meeting)
        from kam_desktop.ui.importing import menu as import_menu

        self.import_actions = import_menu.add_file_actions(self, ctx, self.file_menu)
        self.file_menu.insertActions(self._import_separator, self.import_actions)
        self.data_file_actions = data_menu.add_file_actions(self, ctx, self.file_menu)
        self.file_menu.insertActions(self._quit_separator, self.data_file_actions)
        self.undo_actions.bind(ctx.undo_stack)
        self.trash_action = data_menu.add_edit_actions(self, ctx, self.edit_menu)[0]
        self.check_action = data_menu.add_help_actions(self, ctx, self.help_menu)[0]
        self.help_menu.insertAction(self._about_separator, self.check_action)
        for action in self._needs_database():
            action.setEnabled(True)
        self.new_account_action.setEnabled(not ctx.read_only)
        suffix = self.tr(" (read-only)") if ctx.read_only else ""
        self.db_label.setText(fmt(self.tr("Database: %1"), str(ctx.db.path)) + suffix)
        # every change is saved as it is made, so there is no "modified" marker to show
        self.setWindowFilePath(str(ctx.db.path))
        self.setWindowTitle(
            fmt(self.tr("%1 (read-only) - KAM Desktop"), ctx.db.path.name)
            if ctx.read_only
            else fmt(self.tr("%1 - KAM Desktop"), ctx.db.path.name)
        )
        self.portfolio_page.attach(ctx, loaded=loaded)
        current = self.nav.currentRow()
        if current > 0:
            self._page(current)

    # --- construction --------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet(
            f"QListWidget {{ background: {theme.hex_of('nav_bg')}; color: {theme.hex_of('nav_fg')}; "
            "border: none; outline: 0; font-size: 14px; }"
            "QListWidget::item { padding: 12px 14px; }"
            f"QListWidget::item:selected {{ background: {theme.hex_of('nav_sel')}; "
            f"color: {theme.hex_of('nav_sel_fg')}; }}"
        )
        self.stack = QStackedWidget()
        self.portfolio_page = PortfolioPage()
        self.portfolio_page.demo_requested.connect(self._on_open_demo)
        self._pages[0] = self.portfolio_page
        for index, name in enumerate(SECTIONS):
            item = QListWidgetItem(translate("MainWindow", name))
            item.setToolTip(fmt(self.tr("Ctrl+%1"), str(index + 1)))
            self.nav.addItem(item)
            self.stack.addWidget(self.portfolio_page if index == 0 else QWidget())  # built on first use
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.main_area = central
        self.screens = QStackedWidget()  # the main area, or the first-run view
        self.screens.setObjectName("screens")
        self.screens.addWidget(central)
        self.setCentralWidget(self.screens)
        self.nav.setCurrentRow(0)

    # --- first run ---------------------------------------------------------------------

    def show_first_run_if_needed(self) -> bool:
        """An empty database whose profile was never answered: the first-run view."""
        from kam_desktop.services.profile import needs_first_run

        if self._ctx is None or self.ctx.read_only or not needs_first_run(self.ctx.db):
            return False
        self.show_first_run()
        return True

    def show_first_run(self) -> FirstRunView:
        from kam_desktop.ui.firstrun.view import FirstRunView

        if self.first_run is None:
            self.first_run = FirstRunView(self.ctx, self)
            self.first_run.finished.connect(self._on_first_run_finished)
            self.first_run.language_chosen.connect(self._on_first_run_language)
            self.screens.addWidget(self.first_run)
        self.screens.setCurrentWidget(self.first_run)
        self.search_toolbar.setVisible(False)  # nothing to search yet
        self.first_run.start()
        return self.first_run

    def _on_open_demo(self) -> None:
        """The demo in the interface's language, in a database of its own."""
        self.workspace.open_demo(i18n.language())

    def _on_first_run_language(self, language: str) -> None:
        """The language picked in the first-run form applies to the whole window at once: the
        window is rebuilt in it, the form shown again with what was typed."""
        from kam_desktop.ui.common.language import install_language

        if self.first_run is None:
            return
        typed = self.first_run.values()
        settings.put(settings.LANGUAGE, language)
        install_language(language or None)  # ('' from View > Language: the system's)
        window = self.workspace.rebuild_window()
        view = window.show_first_run()
        view.set_values(typed)
        view.language_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def switch_language(self, language: str) -> MainWindow:
        """View > Language: the window rebuilt in ``language`` ('' = the system's) at once, with
        the same section, open account and tab, and the same undo history - or, on the first
        run's welcome form, that form again with what was typed (it was dropped: the rebuilt
        window showed an empty portfolio, the form came back only at the next start)."""
        from kam_desktop.ui.common.language import install_language

        if self.first_run is not None and self.screens.currentWidget() is self.first_run:
            self._on_first_run_language(language)  # the welcome form again, with what was typed
            return self.workspace.window
        section = self.nav.currentRow()
        account: int | None = None
        tab = ""
        if 1 in self._pages:
            account_workspace = self.accounts_page.workspace
            account = account_workspace.account_id
            tab = account_workspace.tab_titles()[account_workspace.tabs.currentIndex()]
        install_language(language or None)
        window = self.workspace.rebuild_window(self.ctx)
        if account is not None:
            window.open_account(account, tab)
        window.show_section(section)
        return window

    def _on_first_run_finished(self, choice: str) -> None:
        language = ""
        typed: tuple[str, str] | None = None
        self.screens.setCurrentWidget(self.main_area)
        self.search_toolbar.setVisible(True)
        if self.first_run is not None:
            language = self.first_run.language_changed
            typed = self.first_run.typed_profile
            self.screens.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        self.ctx.notify(Topic.PROGRAM)
        window = self
        if language:  # the whole window in the language chosen, at once
            from kam_desktop.ui.common.language import install_language

            install_language(language)
            window = self.workspace.rebuild_window()
        if choice == "account":  # after this click returns: the dialog is modal
            QTimer.singleShot(0, window._on_new_account)
        elif choice in ("demo-it", "demo-en"):
            window.workspace.open_demo(choice[-2:], typed)

    def _on_nav_current_row_changed(self, index: int) -> None:
        if self._ctx is not None:
            self._page(index)
        self.stack.setCurrentIndex(index)

    def _page(self, index: int) -> QWidget:
        """The page of section ``index``, built the first time it is needed."""
        page = self._pages.get(index)
        if page is None:
            if index == 1:
                from kam_desktop.ui.account.accounts_page import AccountsPage

                page = AccountsPage(self.ctx)
            elif index == 2:
                from kam_desktop.ui.team.page import TeamPage

                page = TeamPage(self.ctx)
            else:
                from kam_desktop.ui.program.page import ProgramPage

                page = ProgramPage(self.ctx)
            self._pages[index] = page
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
        return page

    @property
    def accounts_page(self) -> AccountsPage:
        return self._page(1)  # type: ignore[return-value]

    @property
    def team_page(self) -> TeamPage:
        return self._page(2)  # type: ignore[return-value]

    @property
    def program_page(self) -> ProgramPage:
        return self._page(3)  # type: ignore[return-value]

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Search"))
        bar.setObjectName("search_toolbar")
        bar.setMovable(False)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("global_search")
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setPlaceholderText(self.tr("Search accounts, stakeholders, actions…  (Ctrl+K)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(460)
        self._hits: dict[str, SearchHit] = {}
        self._completer_model: QStringListModel | None = None  # (with the first search)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._run_search)
        self.search_box.textEdited.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self._on_search_return)
        spacer = QWidget()
        spacer.setFixedWidth(160)
        bar.addWidget(spacer)
        bar.addWidget(self.search_box)
        self.search_toolbar = bar
        self.addToolBar(bar)  # (the top area)

    def _build_menus(self) -> None:
        # (shortcuts through ``setShortcuts([...])`` and ``QKeySequence.fromString``: the overloads of
        # ``setShortcut`` and ``QKeySequence(str)`` build PySide6's Qt namespace, see ui/common/lazy_qt.py)
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.new_database_action = QAction(self.tr("New &database…"), self)
        self.new_database_action.setObjectName("action_new_database")
        self.new_database_action.setShortcuts([QKeySequence.fromString("Ctrl+Shift+N")])
        self.new_database_action.triggered.connect(self._on_new_database)
        file_menu.addAction(self.new_database_action)
        self.open_database_action = QAction(icons.icon("open"), self.tr("&Open database…"), self)
        self.open_database_action.setObjectName("action_open_database")
        self.open_database_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Open)])
        self.open_database_action.triggered.connect(self._on_open_database)
        file_menu.addAction(self.open_database_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        file_menu.addSeparator()
        self.new_account_action = QAction(icons.icon("new"), self.tr("&New account…"), self)
        self.new_account_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.New)])
        self.new_account_action.triggered.connect(self._on_new_account)
        file_menu.addAction(self.new_account_action)
        self.export_plan_action = file_menu.addAction(self.tr("&Export account plan…"))
        self.export_plan_action.setIcon(icons.icon("export"))
        self.export_plan_action.setShortcuts([QKeySequence.fromString("Ctrl+E")])
        self.export_plan_action.triggered.connect(lambda: self._export())
        self.export_brief_action = file_menu.addAction(self.tr("Export &meeting brief…"))
        self.export_brief_action.setIcon(icons.icon("brief"))
        self.export_brief_action.setShortcuts([QKeySequence.fromString("Ctrl+Shift+E")])
        self.export_brief_action.triggered.connect(lambda: self._export(brief=True))
        self.export_program_action = file_menu.addAction(self.tr("Export &program report…"))
        self.export_program_action.setShortcuts([QKeySequence.fromString("Ctrl+Shift+P")])
        self.export_program_action.triggered.connect(lambda: self._export_program())
        for action in self._needs_database():
            action.setEnabled(False)  # until the database is open
        file_menu.addSeparator()
        self.file_menu = file_menu
        self._import_separator = file_menu.addSeparator()  # File > Import … go above it
        self._quit_separator = file_menu.addSeparator()  # File > Back up / Restore go above it
        quit_action = QAction(icons.icon("quit"), self.tr("&Quit"), self)
        quit_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Quit)])
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.edit_menu = menu.addMenu(self.tr("&Edit"))
        self.undo_actions = UndoActions(self)  # Edit > Undo / Redo of the context's one stack
        self.edit_menu.addActions(self.undo_actions.actions())
        self.edit_menu.addSeparator()

        view_menu = menu.addMenu(self.tr("&View"))
        for index, name in enumerate(SECTIONS):
            action = QAction(translate("MainWindow", name), self)
            action.setShortcuts([QKeySequence.fromString(f"Ctrl+{index + 1}")])
            action.triggered.connect(lambda _checked=False, i=index: self.show_section(i))
            view_menu.addAction(action)
        view_menu.addSeparator()
        search_action = QAction(icons.icon("search"), self.tr("&Search"), self)
        search_action.setShortcuts(
            [QKeySequence.fromString("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)]
        )
        search_action.triggered.connect(self.focus_search)
        view_menu.addAction(search_action)
        view_menu.addSeparator()
        add_language_menu(self, view_menu)

        self.help_menu = menu.addMenu(self.tr("&Help"))
        self._about_separator = self.help_menu.addSeparator()  # Help > Check database goes above it
        about = QAction(self.tr("&About KAM Desktop"), self)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        self.db_label = QLabel(self.tr("Opening the database…"))
        self.db_label.setObjectName("db_path")
        self.statusBar().addPermanentWidget(self.db_label)

    def _needs_database(self) -> tuple[QAction, ...]:
        return (
            self.new_database_action,
            self.open_database_action,
            self.new_account_action,
            self.export_plan_action,
            self.export_brief_action,
            self.export_program_action,
        )

    # --- File > New / Open / Open recent -------------------------------------------------

    def _database_folder(self) -> str:
        remembered = str(settings.get(settings.LAST_DATABASE_DIR) or "")
        if remembered and Path(remembered).is_dir():
            return remembered
        return str(self.ctx.db.path.parent)

    def _on_open_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            self._database_folder(),
            self.tr("KAM Desktop databases (*.sqlite *.db);;All files (*)"),
        )
        if chosen:
            settings.put(settings.LAST_DATABASE_DIR, str(Path(chosen).parent))
            self.workspace.open_file(chosen)

    def _on_new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(Path(self._database_folder()) / "kam.sqlite"),
            self.tr("KAM Desktop databases (*.sqlite *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.new_database(chosen)

    def new_database(self, chosen: str | Path) -> bool:
        """File > New: a new, empty database at ``chosen`` (an existing file is never reused)."""
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".sqlite")
        settings.put(settings.LAST_DATABASE_DIR, str(path.parent))
        if path.exists():
            self.workspace.refuse(
                fmt(
                    self.tr("%1 already exists. Choose a new name; File > Open opens an existing database."),
                    str(path),
                )
            )
            return False
        return self.workspace.open_file(path)

    def fill_recent_menu(self) -> None:
        """The recent databases, newest first; a missing file is listed disabled."""
        from kam_desktop.ui.common import recent_files

        self.recent_menu.clear()
        current = self.ctx.db.path if self._ctx is not None else None
        entries = [p for p in recent_files.paths() if p != current]
        for number, path in enumerate(entries, start=1):
            exists = path.is_file()
            label = f"&{number} {path.name}" if number < 10 else path.name
            if not exists:
                label = fmt(self.tr("%1 (missing)"), label)
            action = self.recent_menu.addAction(label)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(exists and self._ctx is not None)
            action.triggered.connect(lambda _checked=False, p=path: self.workspace.open_file(p))
        if not entries:
            empty = self.recent_menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear the list"))
        clear.setObjectName("action_clear_recent")
        clear.setEnabled(bool(entries))
        clear.triggered.connect(self._on_clear_recent)

    def _on_clear_recent(self) -> None:
        from kam_desktop.ui.common import recent_files

        recent_files.clear()
        if self._ctx is not None:
            recent_files.add(self.ctx.db.path)

    def _export_program(self) -> None:
        from kam_desktop.ui.program.export import open_program_export

        open_program_export(self.ctx, self)

    def _export(self, *, brief: bool = False) -> None:
        from kam_desktop.ui.export.export_dialog import export_for_open_account

        export_for_open_account(self, self.ctx, brief=brief)

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
        if self._ctx is None:
            return
        from kam_desktop.services.search import search

        hits = search(self.ctx.db, self.search_box.text())
        labels = []
        self._hits = {}
        for hit in hits:
            label = (
                f"{hit.title}  —  {hit.kind}: {hit.detail}" if hit.detail else f"{hit.title}  —  {hit.kind}"
            )
            self._hits[label] = hit
            labels.append(label)
        completer = self._search_completer()
        assert self._completer_model is not None
        self._completer_model.setStringList(labels)
        if labels and self.search_box.hasFocus():
            completer.setCompletionPrefix(self.search_box.text())
            completer.complete()

    def _search_completer(self) -> QCompleter:  # (imported where first made)
        """The search box's list of hits, made with the first search (not for the first frame)."""
        completer = self.search_box.completer()
        if completer is None:
            from PySide6.QtCore import QStringListModel
            from PySide6.QtWidgets import QCompleter

            self._completer_model = QStringListModel(self)
            completer = QCompleter(self._completer_model, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setMaxVisibleItems(15)
            completer.activated.connect(self._on_search_activated)
            self.search_box.setCompleter(completer)
        return completer

    def _on_search_activated(self, label: str) -> None:
        hit = self._hits.get(label)
        if hit is None:
            return
        self._hits = {}  # opened once (Return in the list also reaches the box)
        tab = {"account": "", "stakeholder": "Research", "action": "Action plan"}[hit.kind]
        self.open_account(hit.account_id, tab)
        QTimer.singleShot(0, self.search_box.clear)

    def _on_search_return(self) -> None:
        chosen = self.search_box.text()
        if chosen in self._hits:  # a hit picked in the list with the arrow keys: open that one
            self._on_search_activated(chosen)
            return
        self._run_search()
        if self._hits:
            self._on_search_activated(next(iter(self._hits)))

    def _on_new_account(self) -> None:
        self.show_section(0)
        self.portfolio_page.new_account()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

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
        self.fit_to_screen()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # once shown the frame's own size is known: fit again with it
            self._fitted = True
            self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Keep the window inside its screen's available area: the default size (1360x860) on a
        smaller screen, or a geometry remembered from a larger screen, shrinks to fit and moves
        back on screen, so the table and the chart never run off the edge."""
        available = available_geometry(self)
        if available is None:
            return
        frame = self.frameGeometry()
        extra_w = max(0, frame.width() - self.width())
        extra_h = max(0, frame.height() - self.height())
        width = min(self.width(), available.width() - extra_w)
        height = min(self.height(), available.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        x = min(max(frame.x(), available.left()), available.right() + 1 - width - extra_w)
        y = min(max(frame.y(), available.top()), available.bottom() + 1 - height - extra_h)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        super().closeEvent(event)
