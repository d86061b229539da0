"""Icons on the main actions: bundled line-art SVGs (resources/icons/actions), drawn in the theme's
text colour, so they are crisp at any scale and readable in light and dark.

Each icon is drawn at the size asked for when it is first asked for (``_SvgIconEngine``): the
main window's first frame needs its buttons' icons at one size only, and drawing every icon at
every size up front cost that frame ~10 ms."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyleOption

from kam_desktop.locations import resources_dir
from kam_desktop.ui.common import theme

NAMES = (
    "new", "edit", "delete", "undo", "redo", "export", "brief", "search", "backup",
    "assess", "promote", "demote", "archive", "weights", "trash", "quit",
)  # fmt: skip
SIZES = (16, 24, 32, 48, 64)  # the sizes the app's buttons, menus and tool bars use (32-64: HiDPI)


def icon(name: str) -> QIcon:
    """The icon for ``name`` in the current scheme (an empty icon for an unknown name)."""
    return _icon(name, theme.hex_of("text"))


class _SvgIconEngine(QIconEngine):
    """One recoloured SVG, drawn per size and mode when first needed and kept."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = data
        self._renderer = None
        self._pixmaps: dict[tuple[int, int, int], QPixmap] = {}

    def _draw(self, size: QSize) -> QPixmap:
        from PySide6.QtSvg import QSvgRenderer

        if self._renderer is None:
            self._renderer = QSvgRenderer(QByteArray(self._data))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter)
        painter.end()
        return QPixmap.fromImage(image)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:  # noqa: ARG002
        side = min(size.width(), size.height())
        if side <= 0:
            return QPixmap()
        key = (side, side, mode.value)
        found = self._pixmaps.get(key)
        if found is None:
            found = self._draw(QSize(side, side))
            if mode in (QIcon.Mode.Disabled, QIcon.Mode.Selected):  # greyed / tinted as Qt's own
                app = QApplication.instance()
                style = app.style() if isinstance(app, QApplication) else None
                if style is not None:
                    found = style.generatedIconPixmap(mode, found, QStyleOption())
            self._pixmaps[key] = found
        return found

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        found = self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)), mode, state)
        result = QPixmap(found)
        result.setDevicePixelRatio(scale)
        return result

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        side = min(rect.width(), rect.height())
        drawn = self.scaledPixmap(QSize(side, side), mode, state, ratio)
        target = QRect(0, 0, side, side)
        target.moveCenter(rect.center())
        painter.drawPixmap(target, drawn)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802, ARG002
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._data)

    def key(self) -> str:
        return "kam_svg"

    def isNull(self) -> bool:  # noqa: N802
        return False


@cache
def _icon(name: str, colour: str) -> QIcon:
    path = resources_dir() / "icons" / "actions" / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    data = path.read_text(encoding="utf-8").replace("currentColor", colour)
    return QIcon(_SvgIconEngine(data.encode("utf-8")))
