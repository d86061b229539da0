"""Picking "Customer edition" in the plan's export dialog neither grows the dialog nor moves its
radio buttons: the room for what the customer edition will hold is kept from the start
(fresh-eyes report: the dialog grew and the buttons jumped)."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from kam_desktop.ui.export.export_dialog import ExportDialog


def test_picking_the_customer_edition_keeps_the_dialog_still(qtbot) -> None:  # type: ignore[no-untyped-def]
    counts = {"summary": 0, "priorities": 2, "objectives": 3, "actions": 4, "next_steps": 0}
    dialog = ExportDialog("Any", plan=True, joint_counts=counts)
    qtbot.addWidget(dialog)
    dialog.internal_radio.setChecked(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    size = dialog.size()
    radios = [b.mapTo(dialog, QPoint(0, 0)) for b in (dialog.internal_radio, dialog.customer_radio)]
    export_button = dialog.paper_combo.mapTo(dialog, QPoint(0, 0))
    dialog.customer_radio.setChecked(True)
    assert dialog.joint_summary.isVisible() and dialog.joint_summary.text()
    assert dialog.size() == size
    assert [b.mapTo(dialog, QPoint(0, 0)) for b in (dialog.internal_radio, dialog.customer_radio)] == radios
    assert dialog.paper_combo.mapTo(dialog, QPoint(0, 0)) == export_button  # nothing below moves either
    dialog.internal_radio.setChecked(True)
    assert dialog.size() == size and not dialog.joint_summary.isVisible()
