"""The interface language: OS, preference, --lang; Qt's tr() served from the .ts catalogues."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from kam_desktop import i18n
from kam_desktop.domain import numbers
from kam_desktop.ui.common import language, settings
from kam_desktop.ui.common.context import AppContext
from tests.gui.shots import assert_real_screenshot


@pytest.fixture(autouse=True)
def _back_to_english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    settings.put(settings.LANGUAGE, "")
    language.install_language("en")


def test_choice_order_is_command_line_then_preference_then_system(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(language, "system_locale_name", lambda: "it_CH")
    assert language.choose_language() == "it"
    settings.put(settings.LANGUAGE, "en")
    assert language.choose_language() == "en"
    assert language.choose_language("it") == "it"
    monkeypatch.setattr(language, "system_locale_name", lambda: "de_DE")
    settings.put(settings.LANGUAGE, "")
    assert language.choose_language() == "en"  # unsupported system language: English


def test_italian_interface_numbers_and_plurals(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.main_window import MainWindow
    from kam_desktop.ui.meeting.brief_html import BriefPlurals

    monkeypatch.setattr(language, "system_locale_name", lambda: "it_IT")
    assert language.install_language() == "it"
    assert numbers.current_locale() == "it_IT"
    assert QLocale().name() == "it_IT"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Portafoglio",
        "Account",
        "Team",
        "Programma",
    ]
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Modifica", "&Visualizza", "&Aiuto"]
    plurals = BriefPlurals()
    assert (plurals.days_ago(1), plurals.days_ago(3)) == ("1 giorno fa", "3 giorni fa")
    assert (plurals.in_days(1), plurals.open_actions(2)) == ("tra 1 giorno", "2 azioni aperte")

    assert language.install_language("en") == "en"
    assert numbers.current_locale() == "en_US"
    english = MainWindow(ctx)
    qtbot.addWidget(english)
    assert english.nav.item(0).text() == "Portfolio"
    assert (plurals.days_ago(1), plurals.days_ago(3)) == ("1 day ago", "3 days ago")


def test_lang_on_the_command_line(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.app import main

    shot = tmp_path / "it.png"
    assert main(["--db", str(tmp_path / "kam.sqlite"), "--lang", "it", "--screenshot", str(shot)]) == 0
    assert_real_screenshot(shot)
    assert i18n.language() == "it"
    assert numbers.format_date(dt.date(2027, 6, 30), numbers.current_locale(), "long") == "30 giugno 2027"


def test_the_start_up_sets_the_number_locale_after_the_first_frame() -> None:
    """The first frame shows no number: the GUI's start installs the language first and the
    number/date locale (Babel) after that frame; until then the previous locale stays."""
    language.install_language("en")
    assert numbers.current_locale() == "en_US"
    assert language.install_language("it", number_locale_later=True) == "it"
    assert i18n.language() == "it" and numbers.current_locale() == "en_US"  # not yet
    assert language.install_number_locale() == numbers.current_locale() == "it_IT"
    assert QLocale().name() == "it_IT"  # Qt's own widgets too
    assert numbers.format_decimal(Decimal("1234.5"), numbers.current_locale(), 1) == "1.234,5"
