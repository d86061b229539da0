"""The export dialog remembers "Open the PDF when it is ready", and says when the PDF's language
differs from the language the plan was written in (its texts are not translated)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kam_desktop.ui.common import language, settings
from kam_desktop.ui.export.export_dialog import ExportDialog


@pytest.fixture(autouse=True)
def _first_export() -> Iterator[None]:
    settings.put(settings.EXPORT_OPEN_PDF, "yes")
    yield
    settings.put(settings.EXPORT_OPEN_PDF, "yes")
    language.install_language("en")


def _export(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.options is not None


def test_open_the_pdf_is_remembered(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = ExportDialog("Rossi S.p.A.", plan=True)
    qtbot.addWidget(first)
    first.show()
    assert first.open_check.isChecked()
    first.open_check.click()
    first.path_edit.setText(str(tmp_path / "rossi.pdf"))
    _export(qtbot, first)
    assert first.options is not None and not first.options.open_when_done
    again = ExportDialog("Bianchi S.r.l.", plan=False)  # the next export, also after a restart
    qtbot.addWidget(again)
    again.show()
    assert not again.open_check.isChecked()
    again.open_check.click()
    again.path_edit.setText(str(tmp_path / "bianchi.pdf"))
    _export(qtbot, again)
    third = ExportDialog("Verdi S.p.A.", plan=True)
    qtbot.addWidget(third)
    assert third.open_check.isChecked()


def test_a_note_when_the_pdf_language_is_not_the_plans(qtbot) -> None:  # type: ignore[no-untyped-def]
    language.install_language("it")
    dialog = ExportDialog("Rossi S.p.A.", plan=True, language="it")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language_combo.currentData() == "it"
    assert not dialog.language_note.isVisible()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.language_note.isVisible()
    assert dialog.language_note.text() == (
        "I testi di questo piano sono scritti in italiano e non vengono tradotti: nel PDF avranno "
        "intorno titoli, date e importi in inglese."
    )
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("it"))
    assert not dialog.language_note.isVisible()

    english_plan = ExportDialog("Acme Ltd", plan=True, language="en")
    qtbot.addWidget(english_plan)
    english_plan.show()
    english_plan.language_combo.setCurrentIndex(english_plan.language_combo.findData("it"))
    assert english_plan.language_note.text().startswith("I testi di questo piano sono scritti in inglese")
