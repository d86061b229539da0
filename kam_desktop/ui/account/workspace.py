"""One place per account: tabs Overview, Strategy, Research, Action plan, Execution, Review,
Team & roles, Whitespace, Meeting prep. Tabs load their data lazily when first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kam_desktop.domain.errors import NotFoundError
from kam_desktop.i18n import translate
from kam_desktop.services.accounts import get_account
from kam_desktop.ui.account.tabs import TAB_MODULES, make_tab
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.read_only import ReadOnlyLatch, disable_writing_buttons

TOPICS = frozenset({Topic.ACCOUNTS, Topic.PLAN, Topic.TEAM, Topic.ROLES, Topic.INTERACTIONS, Topic.PROGRAM})


class AccountWorkspace(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self._loaded: dict[int, int | None] = {}
        self.title = QLabel()
        self.title.setObjectName("workspace_title")
        self.title.setStyleSheet("font-size: 20px; font-weight: 600; padding: 6px 2px;")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspace_tabs")
        self.tabs.setDocumentMode(True)
        self._tab_widgets: dict[str, QWidget] = {}
        self._modules = dict(TAB_MODULES)
        # a read-only database: every button that writes stays disabled, saying why
        self._latch = ReadOnlyLatch(self) if ctx.read_only else None
        for title, _module in TAB_MODULES:
            holder = QWidget()  # the real tab is built the first time it is shown (fast start-up)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, translate("AccountWorkspace", title).replace("&", "&&"))
        self.tabs.currentChanged.connect(self._load_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs)
        ctx.changed.connect(self._on_changed)

    def tab(self, title: str) -> QWidget:
        """The tab's widget, built on first use."""
        widget = self._tab_widgets.get(title)
        if widget is None:
            widget = make_tab(self.ctx, title, self._modules[title])
            self._tab_widgets[title] = widget
            index = [t for t, _m in TAB_MODULES].index(title)
            holder = self.tabs.widget(index)
            layout = holder.layout()
            assert layout is not None
            layout.addWidget(widget)
        return widget

    def tab_titles(self) -> list[str]:
        return [t for t, _m in TAB_MODULES]

    def set_account(self, account_id: int, tab: str = "") -> None:
        self.account_id = account_id
        self._loaded.clear()
        self._update_title()
        if tab and tab in self._modules:
            index = self.tab_titles().index(tab)
            if self.tabs.currentIndex() != index:
                self.tabs.setCurrentIndex(index)  # loads it
                return
        self._load_current()

    def _update_title(self) -> None:
        if self.account_id is None:
            self.title.clear()
            return
        try:
            detail = get_account(self.ctx.db, self.account_id)
        except NotFoundError:
            self.account_id = None
            self.title.setText(self.tr("This account is in the trash."))
            return
        a = detail.account
        self.title.setText(f"{a.name}  ·  {a.status.label}")

    def _load_current(self, *_args: object) -> None:
        if self.account_id is None:
            return
        index = self.tabs.currentIndex()
        if self._loaded.get(index) == self.account_id:
            return
        self._loaded[index] = self.account_id
        widget = self.tab(self.tab_titles()[index])
        setter = getattr(widget, "set_account", None)
        if setter is not None:
            setter(self.account_id)
        if self._latch is not None:  # (after the load: buttons it made are covered too)
            disable_writing_buttons(widget, self._latch)

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if self.account_id is None or not (topics & TOPICS):
            return
        self._loaded.clear()
        self._update_title()
        if self.isVisible():
            self._load_current()
