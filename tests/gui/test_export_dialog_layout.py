"""The export dialog in both languages: the customer edition's notes wrapped with room (a
fresh-eyes tester saw them overlap and cut off in Italian), and file names offered in the
export's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kam_desktop.ui.common import settings
from kam_desktop.ui.common.language import install_language
from kam_desktop.ui.export.export_dialog import ExportDialog
from tests.conftest import nonempty

pytestmark = pytest.mark.gui

COUNTS = {"summary": 2, "priorities": 4, "value": 4, "objectives": 3, "actions": 6, "next_steps": 1}


@pytest.fixture(params=["en", "it"])
def lang(request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    settings.put(settings.EXPORT_EDITION, "internal")
    install_language(request.param)
    try:
        yield request.param
    finally:
        install_language("en")


def _rect(label: QWidget, dialog: QWidget) -> QRect:
    return QRect(label.mapTo(dialog, QPoint(0, 0)), label.size())


def test_customer_edition_notes_are_wrapped_with_room(qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog("Lumen Telecom GmbH", plan=True, joint_counts=COUNTS, language=lang)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.customer_radio.click()
    QApplication.processEvents()
    notes = [dialog.customer_note, dialog.joint_summary]
    assert all(note.isVisible() and note.text() for note in notes)
    for note in notes:
        assert note.wordWrap()
        needed = note.heightForWidth(note.width())
        assert note.height() >= needed, (note.text(), note.height(), needed)
        assert dialog.rect().contains(_rect(note, dialog))
    assert not _rect(notes[0], dialog).intersects(_rect(notes[1], dialog))
    below = _rect(dialog.paper_combo, dialog)
    assert _rect(notes[1], dialog).bottom() < below.top()
    for label in nonempty(dialog.findChildren(QLabel)):
        if label.isVisible() and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


@pytest.mark.parametrize(
    ("lang_code", "internal", "customer", "brief"),
    [
        ("en", "account plan (internal).pdf", "account plan (customer).pdf", "meeting brief"),
        ("it", "piano dell'account (interno).pdf", "piano dell'account (cliente).pdf", "scheda incontro"),
    ],
)
def test_file_names_are_in_the_exports_language(  # type: ignore[no-untyped-def]
    qtbot, lang_code: str, internal: str, customer: str, brief: str
) -> None:
    settings.put(settings.EXPORT_EDITION, "internal")
    dialog = ExportDialog("Lumen Telecom GmbH", plan=True, language=lang_code)
    qtbot.addWidget(dialog)
    assert dialog.path_edit.text().endswith("Lumen Telecom GmbH - " + internal)
    dialog.customer_radio.click()
    assert dialog.path_edit.text().endswith("Lumen Telecom GmbH - " + customer)
    other = "en" if lang_code == "it" else "it"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(other))
    assert customer not in dialog.path_edit.text()  # the name follows the PDF's language
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(lang_code))
    assert dialog.path_edit.text().endswith("Lumen Telecom GmbH - " + customer)
    brief_dialog = ExportDialog("Lumen Telecom GmbH", plan=False, language=lang_code)
    qtbot.addWidget(brief_dialog)
    assert f"Lumen Telecom GmbH - {brief} " in brief_dialog.path_edit.text()
