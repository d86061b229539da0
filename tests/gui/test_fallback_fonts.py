"""User text with an emoji draws in the windows: the bundled Symbola is registered with Qt (after
the first frame) and is a substitute of the interface's font, so 🚀 has a glyph instead of an
empty box (a fresh-eyes tester saw the box in every view)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from kam_desktop.ui.common.fallback_fonts import install_fallback_fonts


def _glyphs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    """(font family, glyph indexes) of each run Qt draws ``text`` with."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_an_emoji_in_user_text_is_drawn_with_the_bundled_font(qtbot) -> None:  # type: ignore[no-untyped-def]
    families = install_fallback_fonts()
    assert "Symbola" in QFontDatabase.families()
    assert install_fallback_fonts() == families  # once per process
    label = QLabel("Città 東京 株式会社 🚀 شركة النور")
    qtbot.addWidget(label)
    runs = _glyphs("🚀", label.font())
    assert [family.casefold() for family, _ in runs] == ["symbola"]
    assert all(index != 0 for _, glyphs in runs for index in glyphs)  # glyph 0 is the empty box
    resolved = QFontInfo(QApplication.font()).family()
    assert "symbola" in [f.casefold() for f in QFont.substitutes(resolved)]
    # the rest of the name keeps its own fonts: Latin letters are not drawn with Symbola
    assert _glyphs("Città", label.font())[0][0].casefold() != "symbola"
