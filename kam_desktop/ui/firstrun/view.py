"""The first-run view, shown instead of the portfolio on an empty database whose profile was
never answered: your name (printed as "Prepared by" on every exported plan), your company, the
interface language and the currency, with defaults from the system's locale; then "Create your
first account" or "Open the demo". Once answered (a name is stored) it is not shown again.

The name, company and currency are the Program page's own settings (``services.profile``
writes them with validation), so there is one place for them; the language is the window's
preference (View > Language)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import i18n
from kam_desktop.domain.errors import DomainError
from kam_desktop.ui.common import settings, theme
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.language import LANGUAGE_NAMES
from kam_desktop.ui.common.widgets import ValidatedForm

COMMON_CURRENCIES = (
    "EUR",
    "USD",
    "GBP",
    "CHF",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "JPY",
    "CNY",
    "AUD",
    "CAD",
)


def system_currency() -> str:
    """The system locale's currency (EUR where the locale names none, e.g. the C locale)."""
    code = QLocale.system().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 and code.isalpha() else "EUR"


class FirstRunView(QWidget):
    """``finished`` carries what was chosen: "account", "demo-it" or "demo-en";
    ``language_chosen`` the interface language picked in the form (the window switches at once)."""

    finished = Signal(str)
    language_chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("first_run")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QFrame()
        card.setObjectName("first_run_card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(640)
        card.setMinimumWidth(520)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Welcome to KAM Desktop"))
        heading.setObjectName("first_run_heading")
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "Before you start: who is preparing the plans? Your name and company appear as "
                '"Prepared by" on every plan and brief you export. You can change all of this later '
                "on the Program page (Settings)."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {theme.hex_of('text2')};")
        layout.addWidget(intro)

        self.form = ValidatedForm()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("first_run_name")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("e.g. Giulia Conti"))
        self.form.add_row("user_name", self.tr("Your &name *"), self.name_edit)
        self.company_edit = QLineEdit()
        self.company_edit.setObjectName("first_run_company")
        self.company_edit.setMaxLength(200)
        self.form.add_row("company_name", self.tr("Your &company"), self.company_edit)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("first_run_language")
        for code, label in LANGUAGE_NAMES.items():
            self.language_combo.addItem(label, code)
        self.form.add_row("language", self.tr("&Language"), self.language_combo)
        self.currency_combo = QComboBox()
        self.currency_combo.setObjectName("first_run_currency")
        self.currency_combo.setEditable(True)
        self.currency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency_combo.addItems(list(COMMON_CURRENCIES))
        self.form.add_row("currency", self.tr("C&urrency"), self.currency_combo)
        self.form.finish()
        layout.addWidget(self.form)
        note = QLabel(self.tr("* required. The language applies to the whole window at once."))
        note.setStyleSheet(f"color: {theme.hex_of('muted')}; font-size: 11px;")
        note.setWordWrap(True)
        layout.addWidget(note)

        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Create your &first account"))
        self.create_button.setObjectName("first_run_create")
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.demo_button = QPushButton(self.tr("Open the &demo"))
        self.demo_button.setObjectName("first_run_demo")
        self.demo_button.setAutoDefault(True)
        self.demo_button.setToolTip(
            self.tr("A sample portfolio in a database of its own; your database stays as it is.")
        )
        self.demo_button.clicked.connect(self._on_demo_clicked)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        for edit in (self.name_edit, self.company_edit):
            edit.returnPressed.connect(self._on_create_clicked)
        QWidget.setTabOrder(self.name_edit, self.company_edit)
        QWidget.setTabOrder(self.company_edit, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.currency_combo)
        QWidget.setTabOrder(self.currency_combo, self.create_button)
        QWidget.setTabOrder(self.create_button, self.demo_button)
        self._fill_defaults()
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)

    def _on_language_changed(self, _index: int) -> None:
        language = str(self.language_combo.currentData())
        if language != i18n.language():
            self.language_chosen.emit(language)

    def values(self) -> tuple[str, str, str]:
        """What was typed so far: name, company, currency (kept across a language switch)."""
        return self.name_edit.text(), self.company_edit.text(), self.currency_combo.currentText()

    def set_values(self, values: tuple[str, str, str]) -> None:
        name, company, currency = values
        self.name_edit.setText(name)
        self.company_edit.setText(company)
        self.currency_combo.setCurrentText(currency)

    def _fill_defaults(self) -> None:
        """What the database already holds, else the system's locale."""
        from kam_desktop.services.profile import get_profile

        profile = get_profile(self.ctx.db)
        self.name_edit.setText(profile.user_name)
        self.company_edit.setText(profile.company_name)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(i18n.language())))
        currency = system_currency() if profile.currency in ("", "EUR") else profile.currency
        self.currency_combo.setCurrentText(currency)

    def start(self) -> None:
        """Shown: the cursor goes to the name."""
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self) -> bool:
        from kam_desktop.services.profile import save_profile

        self.form.clear_errors()
        try:
            save_profile(
                self.ctx.db,
                self.name_edit.text(),
                self.company_edit.text(),
                self.currency_combo.currentText(),
            )
        except DomainError as exc:
            self.form.show_error(exc)
            field = {"user_name": self.name_edit, "company_name": self.company_edit}.get(exc.field or "")
            (field or self.currency_combo).setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self._keep_language()
        return True

    def _keep_language(self) -> None:
        language = str(self.language_combo.currentData())
        if language != i18n.language():
            settings.put(settings.LANGUAGE, language)
            self.language_changed = language

    language_changed: str = ""  # set when the user chose another interface language
    typed_profile: tuple[str, str] | None = None  # name and company typed before "Open the demo"

    def _on_create_clicked(self) -> None:
        if self._save():
            self.finished.emit("account")

    def _on_demo_clicked(self) -> None:
        """The demo brings its own file and sample people: nothing in the form is required, but a
        name typed is the user's - stored here and made the demo's user too."""
        self.form.clear_errors()
        if self.name_edit.text().strip():
            if not self._save():  # (refused: said next to the field, nothing opened)
                return
            self.typed_profile = (self.name_edit.text().strip(), self.company_edit.text().strip())
        else:
            self._keep_language()
        self.finished.emit("demo-" + str(self.language_combo.currentData()))
