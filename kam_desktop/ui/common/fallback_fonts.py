"""The bundled fonts as fallbacks for the interface: user text with emoji (🚀), and Chinese,
Japanese, Korean or Arabic on a system without fonts for them, draws in every view.

The PDFs draw with the fonts in ``resources/fonts`` (``report/fonts.py``); the windows use the
system's fonts, and a system without an emoji font showed 🚀 as an empty box. Here the bundled
Symbola (monochrome emoji and symbols) is always registered with Qt, Droid Sans Fallback (CJK)
and Noto Sans Arabic only when no installed family covers those scripts, and they become the
substitutes of the interface's font family: Qt tries them for a character its font lacks.

Called once the main window has painted its first frame (``ui/application.py``), so the first
paint does not wait for it: 1-14 ms in all on the shared machine at load 13 (addApplicationFont
0.3 ms; Droid and Noto are not loaded on a system that has fonts for those scripts), and Qt
re-lays out what is on screen once the fonts are known.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

_installed: list[str] = []

WritingSystem = QFontDatabase.WritingSystem
# file, and the writing system whose absence on the system makes it needed (None: always)
_BUNDLED: tuple[tuple[str, WritingSystem | None], ...] = (
    ("Symbola-emoji.ttf", None),
    ("DroidSansFallback.ttf", WritingSystem.SimplifiedChinese),
    ("NotoSansArabic-Regular.ttf", WritingSystem.Arabic),
)


def install_fallback_fonts() -> list[str]:
    """Register the bundled fallback fonts the system needs and make them the substitutes of
    the interface's font; the families registered (idempotent: the second call does nothing)."""
    if _installed:
        return list(_installed)
    from kam_desktop.locations import resources_dir

    folder = resources_dir() / "fonts"
    families: list[str] = []
    for name, needed_for in _BUNDLED:
        if needed_for is not None and QFontDatabase.families(needed_for):
            continue  # the system has fonts for this script: Qt's own fallback finds them
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    app = QApplication.instance()
    base = app.font() if isinstance(app, QApplication) else QFont()
    # the family the interface's font resolves to ('DejaVu Sans'), not the generic alias ('Sans
    # Serif'): substitutes of an alias would stand in for the font itself and change every metric
    family = QFontInfo(base).family()
    known = QFont.substitutes(family)
    QFont.insertSubstitutions(family, [f for f in families if f not in known])
    _installed.extend(families or ["-"])
    return families
