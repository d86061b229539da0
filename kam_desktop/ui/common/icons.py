"""Icons on the main actions: bundled line-art SVGs (resources/icons/actions), drawn in the theme's
text colour, so they are crisp at any scale and readable in light and dark.

They ship as PNGs drawn from the SVGs in both schemes' text colours, one file per size
(resources/icons/actions/<rrggbb>/<name>-<size>.png, made by `make icons`; a test checks each
against the SVG): Qt reads a size's file when it is first painted. Drawing every icon at every
size from its SVG took ~10 ms of the main window's first frame, and QtSvg's import as much."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QIcon, QPixmap

from kam_desktop.locations import resources_dir
from kam_desktop.ui.common import theme

if TYPE_CHECKING:  # (drawn only for a colour with no PNGs: not before the first frame)
    from PySide6.QtGui import QImage

NAMES = (
    "new", "edit", "delete", "undo", "redo", "export", "brief", "search", "backup",
    "assess", "promote", "demote", "archive", "weights", "trash", "quit",
)  # fmt: skip
SIZES = (16, 24, 32, 48, 64)  # 32-64 serve HiDPI screens


def icon(name: str) -> QIcon:
    """The icon for ``name`` in the current scheme (an empty icon for an unknown name)."""
    return _icon(name, theme.hex_of("text"))


def png_folder(colour: str) -> Path:
    """Where the icons drawn in ``colour`` (``#rrggbb``) are shipped as PNGs."""
    return resources_dir() / "icons" / "actions" / colour.lstrip("#").lower()


@cache
def _shipped(colour: str) -> bool:
    return png_folder(colour).is_dir()


@cache
def _icon(name: str, colour: str) -> QIcon:
    """The icon from the PNGs shipped for ``colour`` (both schemes' text colours; Qt reads a
    size's file only when it is first painted at that size), else drawn from the SVG now."""
    svg = resources_dir() / "icons" / "actions" / f"{name}.svg"
    result = QIcon()
    if not svg.is_file():
        return result
    if _shipped(colour):
        folder = png_folder(colour)
        for size in SIZES:
            result.addFile(str(folder / f"{name}-{size}.png"), QSize(size, size))
        return result
    for size in SIZES:
        result.addPixmap(QPixmap.fromImage(render(name, colour, size)))
    return result


def render(name: str, colour: str, size: int) -> QImage:
    """The SVG ``name`` drawn in ``colour`` at ``size`` pixels (what the shipped PNGs hold)."""
    data = (resources_dir() / "icons" / "actions" / f"{name}.svg").read_text(encoding="utf-8")
    return draw_svg(data.replace("currentColor", colour).encode("utf-8"), size)


def draw_svg(data: bytes, size: int) -> QImage:
    """An SVG drawn, antialiased, on a transparent ``size`` x ``size`` image (also `make icons`'
    application icon)."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer  # (only for a colour with no PNGs: `make icons`, tests)

    renderer = QSvgRenderer(QByteArray(data))
    # transparent: made from zero bytes (``fill`` with a colour would build PySide6's whole
    # Qt namespace before the first frame - see ui/common/lazy_qt.py)
    image = QImage(bytes(size * size * 4), size, size, QImage.Format.Format_ARGB32_Premultiplied).copy()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image
