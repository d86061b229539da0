"""File > Export calendar… and "Add to calendar" in meeting prep: an .ics that icalendar reads,
handed to the system's handler (recorded here instead of opening an app)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from kam_desktop.services import clock
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.interactions import InteractionInput, save_interaction
from kam_desktop.store.database import Database
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.importing import calendar_dialog

pytestmark = pytest.mark.gui


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    monkeypatch.setattr(calendar_dialog, "open_with_system", lambda path: calls.append(path) or True)
    return calls


@pytest.fixture
def two_accounts(db: Database) -> Database:
    clock.pin_today(dt.date(2027, 3, 20))
    for name, day in (("Alpha SpA", "2027-04-01"), ("Beta AG", "2027-04-02")):
        account = create_account(db, AccountInput(name=name))
        save_interaction(
            db,
            account.id,
            InteractionInput(kind="meeting", on_date=day, start_time="14:00", subject="Review"),
        )
    yield db
    clock.pin_today(None)


def test_export_calendar_dialog(qtbot, two_accounts: Database, opened: list[Path], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = calendar_dialog.CalendarExportDialog(AppContext(two_accounts))
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "missing-folder" / "x.ics"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "does not exist" in dialog.error_label.text() and opened == []
    out = tmp_path / "kam.ics"
    dialog.path_edit.setText(str(out))
    dialog.account_box.setCurrentIndex(dialog.account_box.findData("Beta AG"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result_value.meetings == 1 and opened == [out]
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Review – Beta AG"]


def test_add_to_calendar_from_meeting_prep(qtbot, two_accounts: Database, opened: list[Path]) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.accounts import find_account_id
    from kam_desktop.ui.meeting.prep_tab import Tab

    tab = Tab(AppContext(two_accounts))
    qtbot.addWidget(tab)
    tab.set_account(find_account_id(two_accounts, "Alpha SpA"))
    assert tab.calendar_button.isEnabled()
    tab.calendar_button.click()
    assert len(opened) == 1 and opened[0].name.startswith("kam-meeting-")
    events = icalendar.Calendar.from_ical(opened[0].read_bytes()).walk("VEVENT")
    assert [(str(e["summary"]), e.decoded("dtstart").hour) for e in events] == [("Review – Alpha SpA", 14)]
