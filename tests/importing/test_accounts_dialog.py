"""The import dialog: detected settings shown, a mapping change re-previews, import, undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kam_desktop.store.database import Database
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.importing.accounts_dialog import AccountImportDialog

pytestmark = pytest.mark.gui
FILES = Path(__file__).parent / "files"


def _names(db: Database) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db.path)
    rows = conn.execute("SELECT name, description FROM account ORDER BY name").fetchall()
    conn.close()
    return rows


def _cell(dialog: AccountImportDialog, row: int, key: str) -> str:
    model = dialog.preview_model
    return str(model.data(model.index(row, model.column_index(key)), Qt.ItemDataRole.DisplayRole))


def test_mapping_change_preview_import_and_undo(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(db)
    dialog = AccountImportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.load_file(FILES / "italian_excel.csv")

    assert dialog.encoding_box.currentData() == "cp1252"
    assert dialog.delimiter_box.currentData() == ";"
    assert dialog.decimal_box.currentData() == "comma"
    assert (
        dialog.detected_label.text() == "Detected: cp1252, Semicolon ; delimited, decimal comma (1.234,56)."
    )
    assert dialog.preview_model.rowCount() == 7
    assert [_cell(dialog, r, "row") for r in range(7)] == ["2", "3", "4", "5", "6", "7", "8"]
    assert _cell(dialog, 2, "action") == "Error"
    assert _cell(dialog, 2, "message") == "Current revenue cannot be negative."
    assert _cell(dialog, 0, "revenue") == "€1,250,000.50"
    assert dialog.summary_label.text() == "7 rows: 4 new, 0 to update, 1 skipped, 2 with errors."
    assert not dialog.import_button.isEnabled()  # strict: rows with errors block the import

    # map "Partita IVA" (column 1) to the description: the preview reads it at once
    vat_box = dialog.findChild(type(dialog.encoding_box), "map_1")
    vat_box.setCurrentIndex(vat_box.findData("description"))
    assert dialog._mapping[1] == "description"
    # unmapping the revenue turns the negative-revenue row valid
    revenue_box = dialog.findChild(type(dialog.encoding_box), "map_4")
    revenue_box.setCurrentIndex(revenue_box.findData("ignore"))
    assert _cell(dialog, 2, "action") == "New" and _cell(dialog, 0, "revenue") == ""
    assert dialog.summary_label.text() == "7 rows: 5 new, 0 to update, 1 skipped, 1 with errors."

    dialog.skip_invalid_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(ctx.changed):
        dialog.import_button.click()
    stored = _names(db)
    assert len(stored) == 5
    assert ("Caffè Nero S.r.l.", "09876543210") in stored
    assert dialog.summary_label.text().startswith("Added 5, updated 0, skipped 1, invalid 1.")
    assert _cell(dialog, 0, "action") == "Already exists"

    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(ctx.changed):
        dialog.undo_button.click()
    assert _names(db) == []
    assert not dialog.undo_button.isEnabled()
    assert _cell(dialog, 0, "action") == "New"


def test_changing_the_decimal_separator_re_reads_amounts(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = AccountImportDialog(AppContext(db))
    qtbot.addWidget(dialog)
    dialog.load_bytes(b'Account Name,Annual Revenue\nAlpha,"1,250"\n', "alpha.csv")
    assert dialog.detected_label.text().endswith("(a guess: check the amounts).")
    assert _cell(dialog, 0, "action") == "Error"
    assert dialog.decimal_box.currentText() == "Not sure - read as decimal point (1,234.56)"
    dialog.decimal_box.setCurrentIndex(dialog.decimal_box.findData("point"))
    assert _cell(dialog, 0, "revenue") == "€1,250.00"
    dialog.decimal_box.setCurrentIndex(dialog.decimal_box.findData("comma"))
    assert _cell(dialog, 0, "revenue") == "€1.25"
    assert dialog.decimal_box.count() == 2  # the guess entry is gone once the user chose


def test_contacts_dialog_account_choice_import_and_undo(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.accounts import AccountInput, create_account
    from kam_desktop.ui.importing.contacts_dialog import ContactImportDialog

    create_account(db, AccountInput(name="Acme Corporation"))
    create_account(db, AccountInput(name="Globex GmbH"))
    ctx = AppContext(db)
    dialog = ContactImportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.load_file(FILES / "salesforce_contacts_dataloader.csv")
    model = dialog.model
    assert [model.data(model.index(r, 1)) for r in range(3)] == ["Error"] * 3
    assert not dialog.import_button.isEnabled()
    dialog.account_box.setCurrentIndex(dialog.account_box.findData("Globex GmbH"))
    assert [model.data(model.index(r, 6)) for r in range(3)] == ["", "Pepper Potts", "Happy Hogan"]
    assert dialog.summary_label.text() == "3 contacts: 3 new (2 with a manager), 0 skipped, 0 with errors."
    with qtbot.waitSignal(ctx.changed):
        dialog.import_button.click()
    conn = sqlite3.connect(db.path)
    count = conn.execute("SELECT count(*) FROM stakeholder WHERE reports_to_id IS NOT NULL").fetchone()[0]
    conn.close()
    assert count == 2
    assert model.data(model.index(0, 1)) == "Already there"
    with qtbot.waitSignal(ctx.changed):
        dialog.undo_button.click()
    conn = sqlite3.connect(db.path)
    assert conn.execute("SELECT count(*) FROM stakeholder").fetchone()[0] == 0
    conn.close()


def test_file_menu_import_then_undo_last_import_after_closing(qtbot, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog

    from kam_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(FILES / "salesforce_report.csv"), "")
    )
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    undo = window.findChild(QAction, "action_undo_import")
    assert not undo.isEnabled()
    window.findChild(QAction, "action_import_accounts").trigger()
    dialog = window.findChild(AccountImportDialog, "import_accounts_dialog")
    assert dialog.file_label.text() == "salesforce_report.csv"
    dialog.import_button.click()
    assert len(_names(db)) == 4
    dialog.close()
    assert undo.isEnabled()
    undo.trigger()
    assert _names(db) == []
    assert not undo.isEnabled()
    assert window.statusBar().currentMessage() == "Import undone (Added 4, updated 0, skipped 0, invalid 0.)"
