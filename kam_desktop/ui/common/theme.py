"""One theme, light and dark: every custom colour of the interface comes from here.

Widgets name a *role* ("good", "bad", "surface", "nav_bg" ...) and ask for its colour when they
paint or fill a cell, so switching the scheme needs no restart of the pages that read colours
lazily. The scheme follows the operating system (its palette at start-up, Qt's style hints after) unless ``--theme light|dark``
or the preference says otherwise. Standard widgets get a matching Fusion palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

LIGHT: dict[str, str] = {
    # text colours that carry meaning
    "good": "#187035",
    "bad": "#b3261e",
    "warn": "#9a5b00",
    "info": "#1f5fbf",
    "accent": "#2f6690",
    "muted": "#7a8b99",
    "text": "#222222",
    "text2": "#555555",
    "heading": "#1f3b63",
    # surfaces and lines
    "surface": "#ffffff",
    "surface_alt": "#f3f6f9",
    "grid": "#e3e7eb",
    "gridline": "#c8d0d8",
    "line": "#8a99a6",
    "edge": "#20303f",
    "bar_track": "#e8edf1",
    # navigation sidebar
    "nav_bg": "#20303f",
    "nav_fg": "#dfe7ee",
    "nav_sel": "#2f6690",
    "nav_sel_fg": "#ffffff",
    # chip / cell backgrounds
    "good_bg": "#d7efd9",
    "good_soft_bg": "#eaf6ee",
    "warn_bg": "#ffe7a8",
    "warn_soft_bg": "#fff7e6",
    "bad_bg": "#f8cfcb",
    "info_bg": "#cfe2f3",
    "info_soft_bg": "#eef3f7",
    "neutral_bg": "#f3f5f7",
    "note_bg": "#fff4d6",
    "note_fg": "#7a5a00",
    # chip foregrounds (dark text on the light chips above)
    "good_chip": "#1b5e20",
    "warn_chip": "#6d4500",
    "bad_chip": "#8c1d18",
    "info_chip": "#123f66",
    "info_soft_chip": "#3d5568",
    "archived": "#9a9a9a",
    # whitespace cells
    "ws_sold": "#c8e6c9",
    "ws_opportunity": "#bbdefb",
    "ws_competitor": "#ffcdd2",
    "ws_not_relevant": "#eeeeee",
    "ws_unknown": "#ffffff",
    # stakeholder attitude (fills with dark text in light mode)
    "att_strong_supporter": "#1b7f3b",
    "att_supporter": "#7fbf7f",
    "att_neutral": "#c9c9c9",
    "att_opponent": "#f0a070",
    "att_strong_opponent": "#c0392b",
    "att_unknown": "#eeeeee",
    # categorical series (pipeline stages, growth topics)
    "stage_identified": "#9aa5b1",
    "stage_qualified": "#5b8def",
    "stage_proposed": "#3559c7",
    "stage_won": "#2e9e5b",
    "stage_lost": "#c0564b",
    "topic_penetration": "#7e57c2",
    "topic_expansion": "#26a69a",
    "topic_protection": "#ef8f00",
    "status_candidate": "#d98e04",
    "status_archived": "#aaaaaa",
    "score_high": "#2e8b57",
    "score_mid": "#d98e04",
    "score_low": "#b3261e",
}

DARK: dict[str, str] = {
    **LIGHT,
    "good": "#6fcf8a",
    "bad": "#ff8a80",
    "warn": "#f2b75b",
    "info": "#8ab4f8",
    "accent": "#7fb2e0",
    "muted": "#9aa7b3",
    "text": "#e6e6e6",
    "text2": "#b4bcc4",
    "heading": "#9cc3ec",
    "surface": "#1f2328",
    "surface_alt": "#2a3038",
    "grid": "#343b44",
    "gridline": "#3f4852",
    "line": "#7d8a97",
    "edge": "#c9d3dc",
    "bar_track": "#343b44",
    "nav_bg": "#14191f",
    "nav_fg": "#d0d8e0",
    "nav_sel": "#2f6690",
    "nav_sel_fg": "#ffffff",
    "good_bg": "#1f4a2a",
    "good_soft_bg": "#1c3324",
    "warn_bg": "#4d3b14",
    "warn_soft_bg": "#3a3020",
    "bad_bg": "#5a2521",
    "info_bg": "#1e3a5a",
    "info_soft_bg": "#253240",
    "neutral_bg": "#2c3138",
    "note_bg": "#4a3f1f",
    "note_fg": "#f2d48a",
    "good_chip": "#a5e3b3",
    "warn_chip": "#ffd98a",
    "bad_chip": "#ffb4ab",
    "info_chip": "#b5d3f3",
    "info_soft_chip": "#c2cfdb",
    "archived": "#7d868f",
    "ws_sold": "#2e5a33",
    "ws_opportunity": "#24486b",
    "ws_competitor": "#6b2b2b",
    "ws_not_relevant": "#3a3f45",
    "ws_unknown": "#1f2328",
    "att_strong_supporter": "#2e9e5b",
    "att_supporter": "#4f8f5f",
    "att_neutral": "#6b7178",
    "att_opponent": "#b8703f",
    "att_strong_opponent": "#c0392b",
    "att_unknown": "#3a3f45",
    "stage_identified": "#8a96a3",
    "stage_qualified": "#6f9cf2",
    "stage_proposed": "#5c7ee0",
    "status_archived": "#7d868f",
}

_mode = "light"
_applied = False  # our palette set (after that the application palette is no longer the platform's)


def is_dark() -> bool:
    return _mode == "dark"


def mode() -> str:
    return _mode


def hex_of(role: str) -> str:
    """The colour of ``role`` in the current scheme, as ``#rrggbb`` (for style sheets and HTML)."""
    return (DARK if _mode == "dark" else LIGHT)[role]


def color(role: str) -> QColor:
    return QColor(hex_of(role))


def readable_on(fill: QColor) -> QColor:
    """Black or white text, whichever reads better on ``fill``."""
    return QColor("#ffffff" if fill.lightnessF() < 0.55 else "#1a1a1a")


def system_prefers_dark() -> bool:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    if not _applied:
        # At start-up, before our palette replaces it, the application's palette is the
        # platform's, dark when the system is (Qt 6.5+ on Windows, macOS and GNOME, and
        # Fusion's own): its window colour says. Asking the style hints would build PySide6's
        # whole Qt namespace before the first frame (see ui/common/lazy_qt.py).
        return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    from PySide6.QtCore import Qt

    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str | None) -> str:
    """'light' / 'dark' as given; 'system' or None follows the operating system."""
    if choice in ("light", "dark"):
        return choice
    return "dark" if system_prefers_dark() else "light"


def apply(app: QGuiApplication, choice: str | None = None) -> str:
    """Set the scheme for the whole application (palette included); returns 'light' or 'dark'."""
    global _mode, _applied
    _mode = resolve(choice)
    app.setPalette(_palette(_mode))
    _applied = True
    return _mode


def set_mode_for_tests(value: str) -> None:
    global _mode
    _mode = value


def light_base_palette(button: QColor) -> QPalette:
    """``QPalette(button)`` for a light ``button``, the palette Qt derives from one colour, made without that
    constructor: resolving its overloads builds PySide6's whole Qt namespace (one of them takes
    a ``Qt.GlobalColor``), a tenth of the first frame's cost (see ui/common/lazy_qt.py). The
    two-colour constructor gives the same palette but for the disabled group's text and base,
    set here as the one-colour one has them (tests/gui/test_theme.py compares every colour)."""
    palette = QPalette(button, button)
    disabled, roles = QPalette.ColorGroup.Disabled, QPalette.ColorRole
    dark = button.darker()
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, dark)
    for role in (roles.Base, roles.AlternateBase):
        palette.setColor(disabled, role, button)
    placeholder = button.darker()  # (a copy: QColor(dark) resolves overloads, see above)
    placeholder.setAlpha(127)
    palette.setColor(disabled, roles.PlaceholderText, placeholder)
    return palette


def _palette(scheme: str) -> QPalette:
    if scheme != "dark":
        palette = light_base_palette(QColor("#efefef"))
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f8fa"))
        palette.setColor(QPalette.ColorRole.Link, QColor(LIGHT["info"]))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6690"))
        return palette
    window, base, text = QColor("#262a30"), QColor("#1f2328"), QColor("#e6e6e6")
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, window),
        (roles.WindowText, text),
        (roles.Base, base),
        (roles.AlternateBase, QColor("#2a2f36")),
        (roles.ToolTipBase, QColor("#31363d")),
        (roles.ToolTipText, text),
        (roles.PlaceholderText, QColor("#8b949e")),
        (roles.Text, text),
        (roles.Button, QColor("#31363d")),
        (roles.ButtonText, text),
        (roles.BrightText, QColor("#ff8a80")),
        (roles.Light, QColor("#3a4048")),
        (roles.Midlight, QColor("#343a41")),
        (roles.Mid, QColor("#2c3137")),
        (roles.Dark, QColor("#16191d")),
        (roles.Shadow, QColor("#000000")),
        (roles.Highlight, QColor("#2f6690")),
        (roles.HighlightedText, QColor("#ffffff")),
        (roles.Link, QColor(DARK["info"])),
        (roles.LinkVisited, QColor("#c3a6ff")),
    ):
        palette.setColor(role, value)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#6e7681"))
    return palette
