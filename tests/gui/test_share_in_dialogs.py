"""A value proposition, a meeting and a review can be shared with the customer from their own
dialogs and screens, each saying what of it the customer reads; the joint plan follows."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kam_desktop.services import clock
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.services import review as rv
from kam_desktop.services.plan_report_joint import build_joint_plan
from kam_desktop.store.database import Database
from kam_desktop.ui.account import customer_share
from kam_desktop.ui.account.action_plan.dialogs import ValuePropositionDialog
from kam_desktop.ui.account.execution.dialogs import InteractionDialog
from kam_desktop.ui.account.review.panels import HistoryPanel
from kam_desktop.ui.common.context import AppContext
from tests.services.phase35_factory import build

pytestmark = pytest.mark.gui


def _ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_value_proposition_is_shared_from_its_own_dialog(qtbot, qapp, db: Database) -> None:  # type: ignore[no-untyped-def]
    w = build(db)
    dialog = ValuePropositionDialog(db, w.plan_id)
    qtbot.addWidget(dialog)
    assert not dialog.share.isChecked()  # not shared by default
    assert "the value per year stays ours" in dialog.share.hint.text()
    dialog.form.title.setText("Uptime as a service")
    dialog.form.problem.setPlainText("Stops cost 2% of output")
    dialog.form.solution.setPlainText("Predictive maintenance")
    dialog.share.check.setChecked(True)
    _ok(qtbot, dialog)
    assert [v.title for v in build_joint_plan(db, w.account_id).values] == ["Uptime as a service"]
    view = dialog.result_value
    again = ValuePropositionDialog(db, w.plan_id, view)
    qtbot.addWidget(again)
    assert again.share.isChecked()
    again.share.check.setChecked(False)
    _ok(qtbot, again)
    assert build_joint_plan(db, w.account_id).values == ()


def test_an_upcoming_meeting_is_shared_from_its_own_dialog(qtbot, qapp, db: Database) -> None:  # type: ignore[no-untyped-def]
    w = build(db)
    dialog = InteractionDialog(db, w.account_id)
    qtbot.addWidget(dialog)
    assert not dialog.share.isChecked()
    assert "the summary, next steps and attendees stay ours" in dialog.share.hint.text()
    dialog.on_date.set_date(clock.today() + dt.timedelta(days=9))
    dialog.subject.setText("Joint review of the pilot")
    dialog.summary.setPlainText("SECRET call notes")
    dialog.share.check.setChecked(True)
    _ok(qtbot, dialog)
    plan = build_joint_plan(db, w.account_id)
    assert plan.governance is not None
    assert [mt.subject for mt in plan.governance.meetings] == ["Joint review of the pilot"]
    assert sharing.is_shared(db, "interaction", dialog.result_value.id)


def test_a_review_is_shared_from_the_review_history_with_its_summary_for_the_customer(
    qtbot, qapp, db: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    w = build(db)
    review = rv.record_review(
        db, w.plan_id, rv.ReviewInput(held_on=clock.today(), health="off_track", findings="BLAME procurement")
    )
    panel = HistoryPanel(AppContext(db))
    qtbot.addWidget(panel)
    panel.set_plan(w.account_id, w.plan_id)
    assert "Not shared with the customer" in panel.detail.toPlainText()
    assert panel.share_button.isEnabled()

    dialogs: list[customer_share.ReviewShareDialog] = []

    def fill(dialog: customer_share.ReviewShareDialog) -> int:
        dialogs.append(dialog)
        dialog.check.setChecked(True)  # shared without a summary: refused, nothing written
        dialog.ok_button.click()
        assert dialog.error.text() == "Write the summary for the customer before you share the review."
        assert sharing.review_share(db, review.id) == (False, "")
        dialog.summary.setPlainText("Downtime fell by a third since June.")
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(customer_share.ReviewShareDialog, "exec", fill)
    qtbot.mouseClick(panel.share_button, Qt.MouseButton.LeftButton)
    assert dialogs
    assert sharing.review_share(db, review.id) == (True, "Downtime fell by a third since June.")
    joint = build_joint_plan(db, w.account_id).review
    assert joint is not None and joint.summary == "Downtime fell by a third since June."
    text = panel.detail.toPlainText()
    assert "Shared with the customer" in text and "Downtime fell by a third since June." in text
