"""The meeting brief's export dialog says which meeting the brief covers: its date, kind and
subject - the one chosen in Meeting prep, else the next upcoming one - or that there is none
(fresh-eyes report: the dialog did not say which meeting)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kam_desktop.services.meeting import upcoming_meetings
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.locale_format import date_text, time_text
from kam_desktop.ui.export.export_dialog import ExportDialog, brief_meeting_text


def _with_meetings(ctx: AppContext) -> tuple[int, tuple]:  # type: ignore[type-arg]
    for account in range(1, 26):
        meetings = upcoming_meetings(ctx.db, account)
        if len(meetings) >= 2:
            return account, meetings
    raise AssertionError("the demo has an account with two upcoming meetings")


def test_the_dialog_names_the_next_or_the_chosen_meeting(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    account, meetings = _with_meetings(demo_ctx)
    for chosen, meeting in ((None, meetings[0]), (meetings[1].id, meetings[1])):
        when = date_text(meeting.on_date) + (
            f" {time_text(meeting.start_time)}" if meeting.start_time else ""
        )
        expected = f"For the meeting of {when}: {meeting.kind.label} - {meeting.subject}"
        text = brief_meeting_text(demo_ctx, account, chosen)
        assert text == expected
        dialog = ExportDialog("Any", plan=False, meeting=text)
        qtbot.addWidget(dialog)
        label = dialog.findChild(QLabel, "brief_meeting")
        assert label is not None and label.text() == expected and not label.isHidden()


def test_without_an_upcoming_meeting_the_dialog_says_so(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    account = next(a for a in range(1, 26) if not upcoming_meetings(demo_ctx.db, a))
    assert brief_meeting_text(demo_ctx, account, None) == (
        "No upcoming meeting: the brief covers the account and its most influential people."
    )


def test_the_plan_dialog_has_no_meeting_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog("Any", plan=True)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "brief_meeting")
    assert label is not None and label.isHidden()
