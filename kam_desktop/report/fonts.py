"""The PDF font: DejaVu Sans shipped in resources/fonts (Latin, Greek, Cyrillic, €, Hebrew...).

Registered once per process (ReportLab's font registry is global). Characters the font lacks
(CJK, emoji) are drawn as empty boxes by ReportLab; they never fail an export.
"""

from __future__ import annotations

import threading
from pathlib import Path

REGULAR = "KamSans"
BOLD = "KamSans-Bold"
ITALIC = "KamSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


def font_dir() -> Path:
    from kam_desktop.locations import resources_dir

    return resources_dir() / "fonts"


def register_fonts(directory: Path | None = None) -> None:
    """Register the shipped TTFs under our family name (idempotent, thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = directory or font_dir()
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


def can_render(text: str) -> bool:
    """True if every visible character of ``text`` has a glyph in the regular font."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    cmap = pdfmetrics.getFont(REGULAR).face.charToGlyph
    return all(ord(ch) in cmap for ch in text if not ch.isspace())
