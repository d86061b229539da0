"""Program section: the method's checklist for the whole KAM program - the charter (the shared
definition), the self-assessment on the 9 success factors with evidence and trend, internal
trust and collaboration, leadership support, "KAM is not selling" - and the settings.

"Why it matters" (the method's figures, sourced) shows on first use until dismissed.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from kam_desktop.domain.program_method import WHY_INTRO, WHY_IT_MATTERS, WHY_SOURCE, text
from kam_desktop.ui.common import locale_format, settings, theme
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.program.assessment_tab import AssessmentTab
from kam_desktop.ui.program.charter_tab import CharterTab
from kam_desktop.ui.program.leadership_tab import LeadershipTab
from kam_desktop.ui.program.selling_tab import SellingTab
from kam_desktop.ui.program.settings_tab import SettingsTab
from kam_desktop.ui.program.trust_tab import TrustTab

WHY_SEEN = settings.Setting("program/why_it_matters_seen", "", str)
TAB_KEYS = ("assessment", "charter", "trust", "leadership", "selling", "settings")


def why_it_matters_html() -> str:
    items = "".join(
        f"<li><b>{f.value(locale_format.locale())}</b> {text(f.claim)}</li>" for f in WHY_IT_MATTERS
    )
    return f"{text(WHY_INTRO)}<ul style='margin: 2px 0'>{items}</ul><i>{text(WHY_SOURCE)}</i>"


class ProgramPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        title = QLabel(self.tr("Program"))
        title.setStyleSheet("font-size: 22px; font-weight: 600;")
        subtitle = QLabel(
            self.tr("Check your key-account program against the nine things successful teams share.")
        )
        subtitle.setStyleSheet(f"color: {theme.hex_of('text2')};")
        self.why = QWidget()
        self.why.setObjectName("why_it_matters")
        self.why.setStyleSheet(f"background: {theme.hex_of('surface_alt')}; border-radius: 4px;")
        why_text = QLabel("<b>" + (self.tr("Why it matters")) + f"</b><br>{why_it_matters_html()}")
        why_text.setWordWrap(True)
        self.why_button = QPushButton(self.tr("Got it"))
        self.why_button.setObjectName("btn_why_seen")
        self.why_button.clicked.connect(self._on_why_button_clicked)
        why_row = QHBoxLayout(self.why)
        why_row.addWidget(why_text, 1)
        why_row.addWidget(self.why_button)
        self.why.setVisible(settings.get(WHY_SEEN) != "1")

        self.assessment = AssessmentTab(ctx)
        self.assessment.navigate.connect(self.go_to)
        self.charter = CharterTab(ctx)
        self.trust = TrustTab(ctx)
        self.leadership = LeadershipTab(ctx)
        self.selling = SellingTab(ctx)
        self.settings_tab = SettingsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("program_tabs")
        for widget, label in (
            (self.assessment, self.tr("Self-assessment")),
            (self.charter, self.tr("Charter")),
            (self.trust, self.tr("Trust and collaboration")),
            (self.leadership, self.tr("Leadership support")),
            (self.selling, self.tr("KAM is not selling")),
            (self.settings_tab, self.tr("Settings")),
        ):
            self.tabs.addTab(widget, label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.why)
        layout.addWidget(self.tabs, 1)
        self._dirty = True  # loaded when first shown: evidence reads the whole portfolio
        ctx.changed.connect(self._on_changed)

    # --- behaviour -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        self._dirty = False
        self.assessment.load()
        self.charter.load()
        self.trust.load()
        self.leadership.load()
        self.selling.load()
        self.settings_tab.load()

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        # Evidence reads accounts, plans, roles and the team: refresh on any of them.
        # Only what other screens change is refreshed; texts being typed in the tabs stay.
        if not topics & {Topic.PROGRAM, Topic.ACCOUNTS, Topic.PLAN, Topic.ROLES, Topic.TEAM}:
            return
        if self._dirty or not self.isVisible():
            self._dirty = True
            return
        self.assessment.load()
        self.trust.load_accounts()
        self.leadership.load()
        self.selling.load_linked()
        self.settings_tab.load()

    def show_tab(self, key: str) -> None:
        if key in TAB_KEYS:
            self.tabs.setCurrentIndex(TAB_KEYS.index(key))

    def go_to(self, screen: str) -> None:
        """Open the screen named by an advice ("program:charter", "portfolio", "team" ...)."""
        name, _, arg = screen.partition(":")
        if name == "program":
            self.show_tab(arg)
            return
        from kam_desktop.ui import screenshot

        screenshot._load_extensions()
        view = screenshot.VIEWS.get(name)
        window = self.window()
        if view is not None and hasattr(window, "show_section"):
            view(window, arg)

    def _on_why_button_clicked(self) -> None:
        settings.put(WHY_SEEN, "1")
        self.why.hide()
