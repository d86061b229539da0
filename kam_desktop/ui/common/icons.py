"""Icons on the main actions: bundled line-art SVGs (resources/icons/actions), drawn in the theme's
text colour, so they are crisp at any scale and readable in light and dark."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kam_desktop.locations import resources_dir
from kam_desktop.ui.common import theme

NAMES = (
    "new", "edit", "delete", "undo", "redo", "export", "brief", "search", "backup",
    "assess", "promote", "demote", "archive", "weights", "trash", "quit",
)  # fmt: skip
SIZES = (16, 24, 32, 48, 64)  # 32-64 serve HiDPI screens


def icon(name: str) -> QIcon:
    """The icon for ``name`` in the current scheme (an empty icon for an unknown name)."""
    return _icon(name, theme.hex_of("text"))


@cache
def _icon(name: str, colour: str) -> QIcon:
    path = resources_dir() / "icons" / "actions" / f"{name}.svg"
    result = QIcon()
    if not path.is_file():
        return result
    data = path.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    for size in SIZES:
        # transparent: made from zero bytes (``fill`` with a colour would build PySide6's whole
        # Qt namespace before the first frame - see ui/common/lazy_qt.py)
        image = QImage(bytes(size * size * 4), size, size, QImage.Format.Format_ARGB32_Premultiplied).copy()
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        result.addPixmap(QPixmap.fromImage(image))
    return result
