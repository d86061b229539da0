"""Icons on the main actions: every bundled icon renders at every size, in the theme's text colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from kam_desktop.ui.common import icons, theme
from kam_desktop.ui.common.context import AppContext

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("name", icons.NAMES)
def test_icon_renders_at_every_size(qapp: QApplication, name: str) -> None:
    icon = icons.icon(name)
    assert not icon.isNull()
    for size in icons.SIZES:
        image = icon.pixmap(QSize(size, size)).toImage()
        assert image.width() == size
        inked = [
            image.pixelColor(x, y)
            for x in range(size)
            for y in range(size)
            if image.pixelColor(x, y).alpha() >= 128
        ]
        assert inked, f"{name} at {size}px draws nothing"
        want = QColor(theme.hex_of("text"))
        for c in inked:  # antialiased edges: the colour, within rounding of the alpha
            assert abs(c.red() - want.red()) <= 6 and abs(c.green() - want.green()) <= 6, c.name()


def test_unknown_icon_is_empty(qapp: QApplication) -> None:
    assert icons.icon("no-such-icon").isNull()


def test_dark_scheme_draws_light_icons(qapp: QApplication) -> None:
    theme.apply(qapp, "dark")
    try:
        image = icons.icon("new").pixmap(QSize(24, 24)).toImage()
        assert image.pixelColor(12, 12).name() == theme.DARK["text"]
    finally:
        theme.apply(qapp, "light")


def test_main_actions_carry_icons(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert not window.new_account_action.icon().isNull()
    assert not window.export_plan_action.icon().isNull()
    page = window.portfolio_page
    for key in ("new", "edit", "assess", "promote", "demote", "archive", "delete", "weights"):
        assert not page.buttons[key].icon().isNull(), key
    assert not page.undo_button.icon().isNull()


def test_a_copy_of_an_icon_can_be_changed(qapp: QApplication) -> None:
    """Changing a copy detaches it (Qt copies the icon's engine): a Python-made QIconEngine's copy
    crashed the app there (tried on 29 Nov for a faster first frame, and dropped)."""
    import gc

    from PySide6.QtGui import QIcon, QPixmap

    original = icons.icon("new")
    copy = QIcon(original)
    copy.addPixmap(QPixmap(8, 8))
    gc.collect()
    assert copy.pixmap(QSize(16, 16)).width() == 16
    assert original.pixmap(QSize(24, 24)).width() == 24


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_shipped_pngs_are_the_svgs_drawn_in_the_schemes_text_colour(
    qapp: QApplication, scheme: str
) -> None:
    """The PNGs the app loads are what the SVG draws now in the scheme's text colour: after an
    SVG or a colour changes, `make icons` must be run again."""
    from PySide6.QtGui import QImage

    colour = (theme.DARK if scheme == "dark" else theme.LIGHT)["text"]
    folder = icons.png_folder(colour)
    stale = []
    for name in icons.NAMES:
        for size in icons.SIZES:
            shipped = QImage(str(folder / f"{name}-{size}.png")).convertToFormat(QImage.Format.Format_ARGB32)
            drawn = icons.render(name, colour, size).convertToFormat(QImage.Format.Format_ARGB32)
            if shipped.size() != drawn.size() or any(
                max(
                    abs(a - b)
                    for a, b in zip(
                        QColor(shipped.pixel(x, y)).getRgb(), QColor(drawn.pixel(x, y)).getRgb(), strict=True
                    )
                )
                > 3
                for x in range(size)
                for y in range(size)
            ):
                stale.append(f"{name}-{size}")
    assert stale == [], "run `make icons`"


def test_the_icons_are_read_from_the_shipped_pngs(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In both schemes the icons come from the PNGs (no SVG drawn, QtSvg not needed)."""
    drawn: list[str] = []
    monkeypatch.setattr(icons, "render", lambda name, colour, size: drawn.append(name))
    for colour in (theme.LIGHT["text"], theme.DARK["text"]):
        assert icons._shipped(colour)
        for name in icons.NAMES:
            assert not icons._icon.__wrapped__(name, colour).pixmap(QSize(16, 16)).isNull()
    assert drawn == []
