"""Light and dark: every custom colour comes from one theme; text stays readable in both."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext

pytestmark = pytest.mark.gui


def _luminance(hex_colour: str) -> float:
    c = QColor(hex_colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    theme.apply(qapp, "dark")
    yield
    theme.apply(qapp, "light")


def test_both_schemes_define_the_same_roles() -> None:
    assert set(theme.LIGHT) == set(theme.DARK)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("role", ["good", "bad", "warn", "info", "accent", "text", "text2", "heading"])
def test_meaningful_text_reads_on_the_surface(scheme: str, role: str) -> None:
    colours = theme.LIGHT if scheme == "light" else theme.DARK
    window = "#efefef" if scheme == "light" else "#262a30"
    for background in (colours["surface"], window):
        assert contrast(colours[role], background) >= 4.5, (scheme, role, background)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    ("fg", "bg"),
    [
        ("good_chip", "good_bg"),
        ("warn_chip", "warn_bg"),
        ("bad_chip", "bad_bg"),
        ("info_chip", "info_bg"),
        ("info_soft_chip", "info_soft_bg"),
        ("nav_fg", "nav_bg"),
        ("nav_sel_fg", "nav_sel"),
        ("note_fg", "note_bg"),
        ("good", "good_soft_bg"),
        ("warn", "warn_soft_bg"),
    ],
)
def test_chips_read_in_both_schemes(scheme: str, fg: str, bg: str) -> None:
    colours = theme.LIGHT if scheme == "light" else theme.DARK
    assert contrast(colours[fg], colours[bg]) >= 4.5, (scheme, fg, bg)


def test_resolve_follows_the_choice_or_the_system(qapp: QApplication) -> None:
    assert theme.resolve("dark") == "dark"
    assert theme.resolve("light") == "light"
    # offscreen has no colour-scheme preference: 'system' means light here
    assert theme.resolve("system") == ("dark" if theme.system_prefers_dark() else "light")


def test_dark_scheme_paints_the_main_window_dark(qtbot, ctx: AppContext, dark: None) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.main_window import MainWindow

    assert theme.is_dark()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.3
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    image = window.grab().toImage()
    nav = window.nav.mapTo(window, window.nav.rect().bottomLeft())
    sample = image.pixelColor(nav.x() + 5, nav.y() - 5)
    assert sample.name() == theme.DARK["nav_bg"]
    assert "background: " + theme.DARK["nav_bg"] in window.nav.styleSheet()


def test_light_is_the_default_in_tests(qapp: QApplication) -> None:
    assert not theme.is_dark()
    assert theme.hex_of("bad") == "#b3261e"


@pytest.mark.parametrize("button", ["#efefef", "#ffffff", "#d0d7de", "#f6f8fa"])
def test_the_light_palette_is_the_one_qt_derives_from_the_button_colour(
    qapp: QApplication, button: str
) -> None:
    """``light_base_palette`` avoids ``QPalette(QColor)`` (whose overloads build PySide6's Qt
    namespace before the first frame): for a light button colour (the light scheme's), every
    colour of every group must still be Qt's."""
    ours, qts = theme.light_base_palette(QColor(button)), QPalette(QColor(button))
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
    roles = [r for r in QPalette.ColorRole if r != QPalette.ColorRole.NColorRoles]
    differ = [
        (group.name, role.name)
        for group in groups
        for role in roles
        if ours.color(group, role).rgba() != qts.color(group, role).rgba()
    ]
    assert differ == []


def test_the_system_scheme_at_start_up_is_read_from_the_platform_palette(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before our palette is set, a dark platform palette means a dark system; after, the
    style hints answer (the application palette is then ours)."""
    from PySide6.QtCore import Qt

    monkeypatch.setattr(theme, "_applied", False)
    dark, light = (
        QPalette(QColor("#202020"), QColor("#202020")),
        QPalette(QColor("#efefef"), QColor("#efefef")),
    )
    monkeypatch.setattr(theme.QGuiApplication, "palette", staticmethod(lambda *a: dark))
    assert theme.system_prefers_dark()
    monkeypatch.setattr(theme.QGuiApplication, "palette", staticmethod(lambda *a: light))
    assert not theme.system_prefers_dark()
    monkeypatch.setattr(theme, "_applied", True)
    hints = qapp.styleHints()
    assert theme.system_prefers_dark() == (hints.colorScheme() == Qt.ColorScheme.Dark)
