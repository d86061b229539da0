"""A name typed on the first run, then "Open the demo": the name is kept as the user's - in
their own database (the first run is answered) and as the demo's user ("Prepared by"); the demo's
sample people stay (fresh-eyes report: the typed name was dropped, the demo said 'Giulia Conti')."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kam_desktop.services.profile import needs_first_run
from kam_desktop.services.program import get_program
from kam_desktop.store.database import Database
from kam_desktop.ui.common import recent_files, settings
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.main_window import MainWindow
from tests.gui.loading import wait_loaded


@pytest.fixture
def window(qtbot, db: Database) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    recent_files.clear()
    settings.put(settings.LANGUAGE, "")
    win = MainWindow(AppContext(db))
    workspace = win.workspace
    yield win
    workspace.window.close()
    workspace.db.close()


def test_a_name_typed_before_open_the_demo_is_kept(
    qtbot, window: MainWindow, db: Database, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui import workspace as workspace_module

    # a demo file of this test's own (the shared one must keep its sample user for the others)
    monkeypatch.setattr(workspace_module, "demo_path", lambda language: tmp_path / f"demo-{language}.sqlite")
    view = window.show_first_run()
    QTest.keyClicks(view.name_edit, "Marta Bianchi")
    QTest.keyClicks(view.company_edit, "Acme Srl")
    qtbot.mouseClick(view.demo_button, Qt.MouseButton.LeftButton)
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.window is not window, timeout=60000)
    shown = workspace.window
    wait_loaded(qtbot, shown.portfolio_page)
    demo = get_program(shown.ctx.db)
    assert (demo.user_name, demo.company_name) == ("Marta Bianchi", "Acme Srl")
    assert shown.portfolio_page.model.rowCount() == 25  # the demo's own accounts and people
    assert get_program(db).user_name == "Marta Bianchi"  # the user's own file: answered
    assert not needs_first_run(db)


def test_an_invalid_name_stops_at_the_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.show_first_run()
    view.name_edit.setMaxLength(1000)
    view.name_edit.setText("x" * 201)
    qtbot.mouseClick(view.demo_button, Qt.MouseButton.LeftButton)
    assert "too long" in view.form.error_text("user_name")
    assert window.first_run is view  # nothing opened
