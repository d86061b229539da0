"""The first-run view, File > New / Open / Open recent and the window title, driven as a user
does (keys and clicks), asserting what the user sees."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.profile import get_profile, needs_first_run
from kam_desktop.services.program import get_program
from kam_desktop.store.database import Database, open_database
from kam_desktop.ui.common import recent_files, settings
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.workspace import Workspace
from tests.conftest import hostile_strings
from tests.gui.loading import wait_loaded


@pytest.fixture(autouse=True)
def _fresh_preferences() -> None:
    recent_files.clear()
    settings.put(settings.LANGUAGE, "")


@pytest.fixture
def window(qtbot, db: Database) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """Not registered with qtbot: File > Open replaces (and deletes) the window it started in."""
    win = MainWindow(AppContext(db))
    workspace = win.workspace
    yield win
    _close_workspace(workspace)


def _current(window: MainWindow) -> MainWindow:
    return window.workspace.window


def _close_workspace(workspace: Workspace) -> None:
    """What quitting does: the open window and file are closed (the first file is the fixture's)."""
    workspace.window.close()
    workspace.db.close()


# --- first run -----------------------------------------------------------------------------


def test_first_run_completes_by_keyboard_and_is_not_shown_again(
    qtbot, window: MainWindow, db: Database
) -> None:  # type: ignore[no-untyped-def]
    window.show()
    assert window.show_first_run_if_needed()
    view = window.first_run
    assert view is not None and window.screens.currentWidget() is view
    qtbot.waitUntil(lambda: view.name_edit.hasFocus())
    # Enter with no name: refused next to the field, nothing stored
    qtbot.keyClick(view.name_edit, Qt.Key.Key_Return)
    assert "cannot be empty" in view.form.error_text("user_name")
    assert not get_profile(db).answered
    qtbot.keyClicks(view.name_edit, "Giulia Conti")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert view.company_edit.hasFocus()
    qtbot.keyClicks(view.company_edit, "OurCo S.p.A.")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert view.language_combo.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert view.currency_combo.hasFocus()
    view.currency_combo.lineEdit().selectAll()
    qtbot.keyClicks(view.currency_combo.lineEdit(), "chf")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert view.create_button.hasFocus()
    seen: list[str] = []

    def close_new_account_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(dialog.windowTitle())
            dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, close_new_account_dialog)
    qtbot.keyClick(view.create_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["New account"]  # "Create your first account" opens the account dialog
    assert window.first_run is None and window.screens.currentWidget() is window.main_area
    program = get_program(db)
    assert (program.user_name, program.company_name, program.currency) == (
        "Giulia Conti",
        "OurCo S.p.A.",
        "CHF",
    )
    assert not needs_first_run(db)
    assert not window.show_first_run_if_needed()  # never again
    again = MainWindow(AppContext(db))
    qtbot.addWidget(again)
    assert not again.show_first_run_if_needed()


def test_first_run_is_not_shown_on_a_database_with_accounts(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    create_account(db, AccountInput(name="Baltic Logistics"))
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    assert not window.show_first_run_if_needed()


def test_the_profile_keeps_hostile_names_exactly_or_refuses_them_next_to_the_field(db: Database) -> None:
    from kam_desktop.domain.errors import ValidationError
    from kam_desktop.services.profile import save_profile

    kept = refused = 0
    for name in hostile_strings():
        save_profile(db, "Before", "", "EUR")
        try:
            saved = save_profile(db, name, name, "EUR")
        except ValidationError as exc:
            assert exc.field in ("user_name", "company_name"), name
            assert get_program(db).user_name == "Before", name  # nothing written
            refused += 1
            continue
        assert saved.user_name == name.strip() and get_program(db).user_name == name.strip(), name
        assert get_program(db).company_name == name.strip(), name
        kept += 1
    assert kept > 0 and refused > 0  # the list holds both kinds


def test_a_too_long_name_is_refused_next_to_the_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.show_first_run()
    view.name_edit.setMaxLength(1000)
    view.name_edit.setText("x" * 201)
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    assert "too long" in view.form.error_text("user_name")
    assert window.first_run is view


def test_open_the_demo_opens_a_database_of_its_own(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    own = window.ctx.db.path
    view = window.show_first_run()
    assert view.name_edit.text() == ""  # the demo brings its own profile: no name needed
    qtbot.mouseClick(view.demo_button, Qt.MouseButton.LeftButton)
    assert view.form.error_text("user_name") == ""  # no "Your name cannot be empty."
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.window is not window, timeout=60000)
    shown = workspace.window
    assert shown.windowTitle() == "demo.sqlite - KAM Desktop"
    wait_loaded(qtbot, shown.portfolio_page)
    assert shown.portfolio_page.model.rowCount() == 25
    assert get_program(Database_of(shown)).user_name == "Giulia Conti"
    assert recent_files.paths()[:2] == [workspace.db.path, own]


def Database_of(window: MainWindow) -> Database:  # noqa: N802 - reads like the user's words
    return window.ctx.db


# --- File > Open / New / Open recent -------------------------------------------------------


def test_title_names_the_open_file(window: MainWindow, db: Database) -> None:
    assert window.windowTitle() == f"{db.path.name} - KAM Desktop"


def test_file_open_switches_database_and_title(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other_path = tmp_path / "other" / "second.sqlite"
    other_path.parent.mkdir()
    other = open_database(other_path)
    create_account(other, AccountInput(name="Nordwind AG"))
    other.close()
    first_path = window.ctx.db.path
    assert window.workspace.open_file(other_path)
    shown = _current(window)
    assert shown is not window
    assert shown.windowTitle() == "second.sqlite - KAM Desktop"
    assert shown.db_label.text() == f"Database: {other_path}"
    wait_loaded(qtbot, shown.portfolio_page)
    assert [
        shown.portfolio_page.model.index(r, 0).data() for r in range(shown.portfolio_page.model.rowCount())
    ] == ["Nordwind AG"]
    # Open recent lists the first file; choosing it switches back
    shown.fill_recent_menu()
    entries = [a for a in shown.recent_menu.actions() if a.toolTip() == str(first_path)]
    assert len(entries) == 1 and entries[0].isEnabled() and entries[0].text() == "&1 kam.sqlite"
    entries[0].trigger()
    back = _current(window)
    assert back.windowTitle() == "kam.sqlite - KAM Desktop"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is empty (0 bytes)"),
        (b"just some notes\n", "is not a KAM Desktop database (not a SQLite file)"),
    ],
)
def test_a_refused_file_leaves_the_current_database_open_and_says_why(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, content: bytes, reason: str
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    current = window.ctx.db
    assert not window.workspace.open_file(bad)
    assert _current(window) is window and window.ctx.db is current
    box = window.workspace.refusal
    assert box is not None and box.isVisible()
    assert box.text() == f"{bad} {reason}" or box.text().startswith(f"{bad} {reason}")
    assert box.informativeText() == f"Still open: {current.path}"
    assert bad.read_bytes() == content  # untouched
    from kam_desktop.services.portfolio import load_portfolio

    assert load_portfolio(current).rows == ()  # still open and usable
    box.close()


def test_a_fifo_and_another_applications_sqlite_file_are_refused(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    assert not window.workspace.open_file(fifo)
    assert "is not a regular file" in window.workspace.refusal.text()
    foreign = tmp_path / "firefox.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE moz_places (id INTEGER)")
    conn.commit()
    conn.close()
    assert not window.workspace.open_file(foreign)
    assert window.workspace.refusal.text() == f"{foreign} is a SQLite database, but not one of KAM Desktop's."
    assert _current(window) is window


def test_new_database_creates_an_empty_file_and_shows_the_first_run(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "fresh"
    assert window.new_database(target)
    shown = _current(window)
    assert shown.windowTitle() == "fresh.sqlite - KAM Desktop"
    assert (tmp_path / "fresh.sqlite").stat().st_size > 0
    assert shown.first_run is not None and shown.screens.currentWidget() is shown.first_run
    # an existing file is never made "new"
    assert not shown.new_database(tmp_path / "fresh.sqlite")


def test_recent_list_persists_and_shows_a_missing_file_disabled(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "gone.sqlite"
    there = tmp_path / "there.sqlite"
    open_database(there).close()
    recent_files.add(gone)
    recent_files.add(there)
    stored = json.loads(settings.get(settings.RECENT_DATABASES))
    assert stored[:2] == [str(there), str(gone)]  # persisted in the settings, newest first
    again = MainWindow(AppContext(window.ctx.db))  # as after a restart
    qtbot.addWidget(again)
    again.fill_recent_menu()
    texts = {a.text(): a.isEnabled() for a in again.recent_menu.actions() if a.text()}
    assert texts["&1 there.sqlite"] is True
    assert texts["&2 gone.sqlite (missing)"] is False
    clear = next(a for a in again.recent_menu.actions() if a.objectName() == "action_clear_recent")
    clear.trigger()
    assert recent_files.paths() == [window.ctx.db.path]


def test_a_second_workspace_cannot_take_a_file_locked_by_another_instance(
    qtbot, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.common.single_instance import SingleInstance

    other_path = tmp_path / "held.sqlite"
    open_database(other_path).close()
    holder = SingleInstance(other_path)
    holder.acquire()  # in this process the lock is taken: another taker must fail
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    workspace = Workspace(window, db, guarded=True)
    try:
        from PySide6.QtCore import QLockFile

        probe = QLockFile(str(holder._lock.fileName()))
        assert not probe.tryLock(0)
        assert not workspace.open_file(other_path)
        assert "Another KAM Desktop" in workspace.refusal.text() or "already open" in workspace.refusal.text()
        assert workspace.window is window and workspace.db is db
    finally:
        holder.release()


def test_choosing_italian_at_the_first_run_shows_the_window_in_italian_at_once(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from kam_desktop.ui.common.language import install_language

    workspace = window.workspace
    view = window.show_first_run()
    view.name_edit.setText("Giulia Conti")
    view.language_combo.setCurrentIndex(view.language_combo.findData("it"))
    closed: list[str] = []
    try:  # the form itself switches at once, keeping what was typed
        assert workspace.window is not window
        view = workspace.window.first_run
        assert view is not None
        assert view.create_button.text() == "Crea il tuo &primo account"
        assert view.demo_button.text() == "Apri la &demo"
        assert view.name_edit.text() == "Giulia Conti"
        assert view.language_combo.currentData() == "it"
    except AssertionError:
        install_language("en")
        raise

    def close_new_account_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            closed.append(dialog.windowTitle())
            dialog.reject()

    try:
        QTimer.singleShot(50, close_new_account_dialog)
        qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(closed))
        shown = workspace.window
        assert shown is not window  # rebuilt in the new language, same database
        assert shown.ctx.db is window.ctx.db
        assert [a.text() for a in shown.menuBar().actions()] == [
            "&File",
            "&Modifica",
            "&Visualizza",
            "&Aiuto",
        ]
        assert closed == ["Nuovo account"]
        assert settings.get(settings.LANGUAGE) == "it"
    finally:
        install_language("en")


def test_the_empty_portfolio_offers_a_new_account_and_the_demo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    window.show()
    page = window.portfolio_page
    wait_loaded(qtbot, page)
    assert page.stack.currentWidget() is page.empty
    texts = " ".join(label.text() for label in page.empty.findChildren(QLabel))
    assert "command line" not in texts
    assert "kam-desktop demo" not in texts
    assert page.empty.button.text() == "&New account…"
    assert page.empty.second_button.text() == "Open the &demo"
    workspace = window.workspace
    qtbot.mouseClick(page.empty.second_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.window is not window, timeout=60000)
    shown = workspace.window
    assert shown.windowTitle() == "demo.sqlite - KAM Desktop"
    wait_loaded(qtbot, shown.portfolio_page)
    assert shown.portfolio_page.model.rowCount() == 25


# --- View > Language --------------------------------------------------------------------------


def _language_action(window: MainWindow, code: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    menu = window.findChild(QMenu, "language_menu")
    assert menu is not None
    return next(a for a in menu.actions() if a.data() == code)


def test_view_language_switches_the_running_window_at_once_keeping_its_place(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, db: Database, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kam_desktop.ui.common.language import install_language

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **_kw: told.append(args[2]))
    account = create_account(db, AccountInput("Acme Logistics")).id
    workspace = window.workspace
    window.open_account(account, "Research")
    undo_stack = window.ctx.undo_stack
    try:
        _language_action(window, "it").trigger()
        qtbot.waitUntil(lambda: workspace.window is not window)
        shown = workspace.window
        assert told == []  # no "from the next start": it changed now
        assert [a.text() for a in shown.menuBar().actions()] == [
            "&File",
            "&Modifica",
            "&Visualizza",
            "&Aiuto",
        ]
        assert shown.current_section() == "Accounts"
        assert shown.accounts_page.workspace.account_id == account
        tabs = shown.accounts_page.workspace.tabs
        assert tabs.tabText(tabs.currentIndex()) == "Ricerca"
        assert shown.ctx.undo_stack is undo_stack  # Edit > Undo still undoes what came before
        assert settings.get(settings.LANGUAGE) == "it"
        # back to English the same way
        _language_action(shown, "en").trigger()
        qtbot.waitUntil(lambda: workspace.window is not shown)
        assert [a.text() for a in workspace.window.menuBar().actions()][:2] == ["&File", "&Edit"]
    finally:
        install_language("en")


def test_view_language_with_a_dialog_open_says_to_close_it_first(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **_kw: told.append(args[2]))
    dialog = QDialog(window)
    dialog.show()
    try:
        _language_action(window, "it").trigger()
        QApplication.processEvents()
        assert window.workspace.window is window  # not rebuilt under the open dialog
        assert len(told) == 1 and "Close the open wizards and dialogs" in told[0]
        assert settings.get(settings.LANGUAGE) == "it"  # saved for the next start
    finally:
        dialog.close()
        settings.put(settings.LANGUAGE, "")


def test_view_language_on_the_welcome_form_shows_the_form_again_with_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, db: Database
) -> None:
    """The first run's welcome form, then View > Language: the window in the new language shows
    the form again, with the name and company typed so far (it showed an empty portfolio, and
    the form only at the next start)."""
    from kam_desktop.ui.common.language import install_language

    window.show()
    assert window.show_first_run_if_needed()
    assert window.first_run is not None
    window.first_run.name_edit.setText("Giulia Conti")
    window.first_run.company_edit.setText("OurCo S.p.A.")
    workspace = window.workspace
    try:
        _language_action(window, "it").trigger()
        qtbot.waitUntil(lambda: workspace.window is not window)
        shown = workspace.window
        view = shown.first_run
        assert view is not None and shown.screens.currentWidget() is view
        assert view.name_edit.text() == "Giulia Conti"
        assert view.company_edit.text() == "OurCo S.p.A."
        assert [a.text() for a in shown.menuBar().actions()][1] == "&Modifica"
        assert not get_profile(db).answered  # nothing stored: the form still asks
    finally:
        install_language("en")
        settings.put(settings.LANGUAGE, "")  # (the preference it stored: not for the next tests)
