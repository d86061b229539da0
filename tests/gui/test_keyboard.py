"""The keyboard, as a keyboard user meets it: Tab leaves a multi-line field (Ctrl+Tab types a
tab), menu shortcuts work wherever the focus is, the self-assessment's tab order, and a name for
every control a screen reader lands on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QWidget

from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.store.database import Database
from kam_desktop.ui.common import keyboard
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.main_window import MainWindow


@pytest.fixture
def policy(qapp) -> Iterator[keyboard.KeyboardPolicy]:  # type: ignore[no-untyped-def]
    """The application-wide keyboard policy, as ``make_app`` installs it."""
    installed = keyboard.install(qapp)
    yield installed
    keyboard.uninstall(qapp)


@pytest.mark.parametrize("editor_type", [QPlainTextEdit, QTextEdit])
def test_tab_leaves_a_multi_line_field_and_ctrl_tab_types_a_tab(qtbot, policy, editor_type) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    host = QWidget()
    layout = QVBoxLayout(host)
    before, notes, after = QLineEdit(), editor_type(), QLineEdit()
    for widget in (before, notes, after):
        layout.addWidget(widget)
    qtbot.addWidget(host)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    notes.setFocus()
    qtbot.keyClicks(notes, "first")
    qtbot.keyClick(notes, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(notes, "second")
    assert notes.toPlainText() == "first\tsecond"  # Ctrl+Tab typed one tab
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    assert after.hasFocus()  # Tab moved on, typing nothing
    assert notes.toPlainText() == "first\tsecond"
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert before.hasFocus()
    assert notes.toPlainText() == "first\tsecond"


class _ClaimsCtrlE(QObject):
    """What Linux's key bindings make a text field do: claim Ctrl+E ("end of line") for itself."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride:
            key: QKeyEvent = event  # type: ignore[assignment]
            if key.key() == Qt.Key.Key_E and key.modifiers() & Qt.KeyboardModifier.ControlModifier:
                event.accept()
                return True
        return False


def test_a_menu_shortcut_fires_while_focus_is_in_a_multi_line_field(
    qtbot, policy, db: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    fired: list[str] = []
    window.export_plan_action.triggered.disconnect()
    window.export_plan_action.triggered.connect(lambda: fired.append("export"))
    brief = QPlainTextEdit()  # a notes box of the window (as the meeting brief's)
    window.statusBar().addWidget(brief)
    claim = _ClaimsCtrlE()
    brief.installEventFilter(claim)
    brief.setFocus()
    qtbot.waitUntil(brief.hasFocus)
    qtbot.keyClick(brief, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["export"]
    # Ctrl+K (Search), which a Linux text field takes as "delete to end of line", also works
    qtbot.keyClicks(brief, "keep this")
    qtbot.keyClick(brief, Qt.Key.Key_Home)
    qtbot.keyClick(brief, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    assert brief.toPlainText() == "keep this"
    # the text field keeps its own editing keys: Ctrl+A selects its text, not a menu's
    brief.setFocus()
    qtbot.keyClick(brief, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert brief.textCursor().selectedText() == "keep this"


def test_tab_after_the_last_factor_goes_to_save_not_the_date(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.program.assessment_tab import AssessmentTab

    tab = AssessmentTab(AppContext(db))
    qtbot.addWidget(tab)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    last = tab.rows[-1]
    last.notes.setFocus()
    qtbot.waitUntil(last.notes.hasFocus)
    qtbot.keyClick(last.notes, Qt.Key.Key_Tab)
    assert last.evidence.hasFocus()
    qtbot.keyClick(last.evidence, Qt.Key.Key_Tab)
    assert tab.save_button.hasFocus() and not tab.date.hasFocus()
    # and from the note beside the date, Tab goes to the first factor's rating
    tab.note.setFocus()
    qtbot.keyClick(tab.note, Qt.Key.Key_Tab)
    assert tab.rows[0].rating.hasFocus()


def test_every_menu_action_used_often_shows_its_shortcut(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    shortcuts = {
        a.text(): a.shortcut().toString()
        for a in window.findChildren(type(window.export_plan_action))
        if not a.shortcut().isEmpty()
    }
    assert shortcuts["New &database…"] == "Ctrl+Shift+N"
    assert shortcuts["&Open database…"] == "Ctrl+O"
    assert shortcuts["&New account…"] == "Ctrl+N"
    assert shortcuts["&Export account plan…"] == "Ctrl+E"
    assert shortcuts["Export &meeting brief…"] == "Ctrl+Shift+E"
    assert shortcuts["Export &program report…"] == "Ctrl+Shift+P"
    assert shortcuts["&Search"] == "Ctrl+K"
    assert [shortcuts[s] for s in ("Portfolio", "Accounts", "Team", "Program")] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
        "Ctrl+4",
    ]
    # no two actions share one shortcut (one of them would never fire)
    every = [s for a in window.findChildren(type(window.export_plan_action)) for s in a.shortcuts()]
    texts = [s.toString() for s in every]
    assert len(texts) == len(set(texts)), sorted(t for t in texts if texts.count(t) > 1)


# --- accessible names ----------------------------------------------------------------------


def _unnamed(root: QWidget) -> list[str]:
    """Focusable, visible, enabled controls under ``root`` that a screen reader cannot name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if not keyboard.accessible_name(widget):
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}"
            )
    return missing


def test_every_control_of_the_main_window_and_key_dialogs_has_a_name(
    qtbot, policy, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.common.check_dialog import CheckDialog
    from kam_desktop.ui.export.export_dialog import ExportDialog

    window = MainWindow(AppContext(demo_db))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    problems: dict[str, list[str]] = {}
    for index, section in enumerate(("portfolio", "accounts", "team", "program")):
        window.show_section(index)
        problems[section] = _unnamed(window)
    window.program_page.show_tab("settings")
    problems["program settings"] = _unnamed(window)
    first_run = window.show_first_run()
    problems["first run"] = _unnamed(first_run)
    for plan in (True, False):
        dialog = ExportDialog("Baltic Logistics", plan=plan, parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        problems[f"export dialog (plan={plan})"] = _unnamed(dialog)
        dialog.close()
    check = CheckDialog(AppContext(demo_db), window)
    qtbot.addWidget(check)
    check.show()
    qtbot.waitUntil(lambda: check.result is not None)
    problems["check dialog"] = _unnamed(check)
    check.close()
    assert {where: found for where, found in problems.items() if found} == {}


def test_the_first_run_is_not_shown_once_an_account_exists_even_without_a_name(db: Database) -> None:
    from kam_desktop.services.profile import needs_first_run

    assert needs_first_run(db)
    create_account(db, AccountInput(name="Nordwind AG"))
    assert not needs_first_run(db)


def test_tab_after_the_last_scoring_factor_goes_to_the_notes(qtbot, policy, db: Database) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.domain.scoring import DEFAULT_WEIGHTS
    from kam_desktop.ui.portfolio.dialogs import AssessmentDialog

    account = create_account(db, AccountInput(name="Nordwind AG"))
    dialog = AssessmentDialog(db, account.id, DEFAULT_WEIGHTS)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    combos = list(dialog.combos.values())
    today = dialog.date.date()
    combos[-1].setFocus()
    qtbot.waitUntil(combos[-1].hasFocus)
    qtbot.keyClick(combos[-1], Qt.Key.Key_Tab)
    assert dialog.notes.hasFocus()
    qtbot.keyClicks(dialog.notes, "2024")  # typed into the notes, not into the date
    assert dialog.notes.toPlainText() == "2024" and dialog.date.date() == today
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Tab)  # the notes let Tab go (one application rule)
    focused = QApplication.focusWidget()
    assert focused is not None and (focused is dialog.date or dialog.date.isAncestorOf(focused))
    assert dialog.notes.toPlainText() == "2024"
