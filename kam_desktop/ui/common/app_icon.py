"""The application icon (window, task bar, dialogs), from resources/icons."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from kam_desktop.locations import resources_dir

APP_ID = "io.github.kamdesktop.kamdesktop"  # the desktop entry's name, for Wayland and the task bar
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every PNG size (crisp at each size and on HiDPI) plus the SVG for anything larger."""
    folder = resources_dir() / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        png = folder / f"kam-desktop-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    svg = folder / "kam-desktop.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon
