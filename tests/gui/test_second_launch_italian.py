"""A second launch on a file already open answers in the language asked for (fresh-eyes report:
'--lang it' still printed the English sentence)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kam_desktop.store.database import open_database
from kam_desktop.ui.common.language import install_language
from kam_desktop.ui.common.single_instance import Outcome, SingleInstance
from tests.gui.pristine_language import english_again


@pytest.mark.qt_log_ignore("does not support raise", "does not support activateWindow")
@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("it", "KAM Desktop è già aperto su %s; la sua finestra è stata portata in primo piano."),
        ("en", "KAM Desktop is already open on %s; its window was brought forward."),
    ],
)
def test_a_second_launch_says_so_in_the_language_asked_for(
    qtbot, tmp_path: Path, capsys, lang, sentence
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from kam_desktop.app import main

    path = tmp_path / "kam.sqlite"
    open_database(path).close()
    first = SingleInstance(path)
    assert first.acquire() is Outcome.ACQUIRED
    window = QWidget()
    qtbot.addWidget(window)
    first.listen(lambda: window)
    try:
        assert main(["--db", str(path), "--lang", lang]) == 0
        qtbot.waitUntil(lambda: first.raised_count == 1)
    finally:
        first.release()
        english_again()
    assert capsys.readouterr().out == "kam-desktop: " + sentence % first.db_path + "\n"


def test_the_busy_message_in_italian(tmp_path: Path) -> None:
    instance = SingleInstance(tmp_path / "kam.sqlite")
    install_language("it")
    try:
        assert (
            instance.busy_message() == f"Un altro KAM Desktop sta usando {instance.db_path}; chiudilo prima."
        )
    finally:
        english_again()
