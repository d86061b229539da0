"""The interface language: the OS's, unless the preference or ``--lang`` says otherwise.

Qt's ``tr()`` is served by a QTranslator that reads the same Qt Linguist catalogues
(``resources/translations/*_<lang>.ts``) as the Qt-free ``kam_desktop.i18n`` used by services,
reports and the CLI. So the window, the PDFs and the command line can never disagree, and there
is no compiled ``.qm`` to forget to rebuild: the ``.ts`` files in the repository are what runs.
Qt's own texts (OK/Cancel, the calendar) come from the ``qtbase_<lang>.qm`` that PySide6 ships.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from kam_desktop import i18n
from kam_desktop.ui.common import settings

_installed: list[QTranslator] = []
_catalogue_lookup = i18n.lookup

LANGUAGE_NAMES = {"en": "English", "it": "Italiano"}


class CatalogueTranslator(QTranslator):
    """A QTranslator backed by ``i18n.lookup`` (the .ts catalogues)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        del disambiguation
        # Qt fills %n itself after the lookup, so pass n only to choose the plural form.
        return i18n.lookup(context, source_text, n, self.language)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False

    def language_code(self) -> str:
        return self.language


# Qt's own Italian catalogue (qtbase_it) lacks these labels of Qt 6's file dialog (its sources
# gained the "&"): ours has them, and our translator is asked first.
_QT_GAPS = (
    i18n.QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    i18n.QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def system_locale_name() -> str:
    return QLocale.system().name()


def choose_language(override: str | None = None) -> str:
    """``--lang`` first, then the preference, then the OS; always a supported code."""
    preference = str(settings.get(settings.LANGUAGE) or "")
    return i18n.normalise_language(override or preference or system_locale_name())


def install_language(override: str | None = None, *, number_locale_later: bool = False) -> str:
    """Set the language for tr(), translate() and the number/date locale; returns the code.
    ``number_locale_later``: the caller sets the number/date locale (``install_number_locale``)
    after the main window's first frame, which shows no number: it needs Babel, ~40 million
    instructions to import and ready."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    i18n.lookup = _catalogue_lookup  # type: ignore[assignment]  # undo a pseudo-locale
    language = i18n.set_language(choose_language(override))
    if not number_locale_later:
        install_number_locale()
    if app is None:
        return language
    qt_own = QTranslator()
    if language != i18n.SOURCE_LANGUAGE and qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    # Also for English: ui_en.ts holds the English plural forms ("1 day ago", "3 days ago").
    ours = CatalogueTranslator(language)
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    if os.environ.get("KAM_DESKTOP_PSEUDO_LOCALE") == "1":
        install_pseudo_locale()
    return language


def install_number_locale() -> str:
    """The locale for numbers and dates, from the language installed and the system's locale:
    for the services (``domain.numbers``) and Qt's own widgets. Returns its name."""
    from kam_desktop.domain import numbers

    locale_name = numbers.set_locale(numbers.locale_for_language(i18n.language(), system_locale_name()))
    QLocale.setDefault(QLocale(locale_name))
    return locale_name


def add_language_menu(parent: QWidget, menu: QMenu) -> QMenu:
    """View > Language: follow the system, English or Italiano (saved; the window changes to it at once)."""
    sub = menu.addMenu(QCoreApplication.translate("Language", "&Language"))
    sub.setObjectName("language_menu")
    group = QActionGroup(sub)
    current = str(settings.get(settings.LANGUAGE) or "")
    choices = [("", QCoreApplication.translate("Language", "Same as the system"))]
    choices += [(code, name) for code, name in LANGUAGE_NAMES.items()]
    for code, label in choices:
        action = QAction(label, sub)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        sub.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: _on_language_chosen(parent, c))
    return sub


def _on_language_chosen(parent: QWidget, code: str) -> None:
    """Saved, and the window changes to it at once (rebuilt, as the first-run view does) - unless
    a wizard or dialog is open, whose typing a rebuild would lose: then say to close it first."""
    from PySide6.QtWidgets import QMessageBox  # (not before the first frame: see ui/common/lazy_qt.py)

    settings.put(settings.LANGUAGE, code)
    window = parent.window()
    switch = getattr(window, "switch_language", None)
    if switch is None or getattr(window, "workspace", None) is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Language", "Language"),
            QCoreApplication.translate(
                "Language", "The new language is used from the next start of KAM Desktop."
            ),
        )
        return
    open_dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if w is not window and w.isVisible() and isinstance(w, QDialog) and not isinstance(w, QMessageBox)
    ]
    if open_dialogs:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Language", "Language"),
            QCoreApplication.translate(
                "Language",
                "Saved. Close the open wizards and dialogs and choose the language again to switch now; "
                "otherwise KAM Desktop starts in it next time.",
            ),
        )
        return
    QTimer.singleShot(0, lambda: switch(code))  # after the menu has closed


# --- pseudo-locale: every text longer and accented, to find clipped labels ----------------------

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
_KEEP = re.compile(r"(<[^>]*>|%\d|%n|&[#\w]+;|&(?=\w)|\n|\{[^}]*\})")


def pseudo(text: str) -> str:
    """'Save answer' -> '[Šåṽé åñšŵéŕ ·····]': accented, 40% longer, placeholders and markup kept."""
    if len(text.strip()) <= 1:  # blank, or a shortcut letter ("V" for Venduto): kept as is
        return text
    parts = _KEEP.split(text)
    out = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTED) for p in parts)
    visible = len(re.sub(_KEEP, "", text))
    return "[" + out + " " + "·" * max(2, round(visible * 0.4)) + "]"


class PseudoTranslator(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        del context, disambiguation, n
        return pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def install_pseudo_locale() -> None:
    """Developer aid (KAM_DESKTOP_PSEUDO_LOCALE=1): run the interface in a pseudo-language."""
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)

    def lookup(context: str, text: str, n: int = -1, lang: str | None = None) -> str | None:
        return pseudo(text)

    i18n.lookup = lookup  # type: ignore[assignment]
