"""Damage found while the window is open: the newest good backup is offered (the start-up's
offer), a restore lifts the latch and the window shows the restored data; a close backup that
fails is said in a message box, not only in the log."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kam_desktop.domain.errors import StoreError
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.store import backup as store_backup
from kam_desktop.store import integrity
from kam_desktop.store.database import DatabaseDamagedError
from kam_desktop.ui.common import data_safety as data_safety_module
from kam_desktop.ui.common import restore_dialog as restore_module
from kam_desktop.ui.common.data_safety import DataSafety
from kam_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_damage_found_while_open_offers_the_good_backup_and_a_restore_lifts_the_latch(
    qtbot, ctx, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    create_account(ctx.db, AccountInput(name="Saved AG"))
    good = store_backup.make_backup(ctx.db.path, reason="auto")
    create_account(ctx.db, AccountInput(name="After The Backup AG"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    safety = DataSafety(ctx.db, window)
    shown: list[tuple[str, str, list[str]]] = []

    def click_restore(box: QMessageBox) -> None:
        shown.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        button.click()

    monkeypatch.setattr(restore_module, "_run_box", click_restore)
    monkeypatch.setattr(restore_module.QMessageBox, "information", lambda *_a, **_k: None)
    ctx.db.mark_damaged(integrity.CheckResult(ctx.db.path, "parts of the file are damaged."))
    with pytest.raises(DatabaseDamagedError):
        create_account(ctx.db, AccountInput(name="Refused AG"))
    qtbot.waitUntil(lambda: bool(shown))
    text, informative, buttons = shown[0]
    assert text == (
        f"{ctx.db.path} is damaged: parts of the file are damaged. Nothing more is written to it: "
        "every change is refused until a good backup is put in its place."
    )
    assert informative.startswith("Restore the newest good backup, from ")
    assert "(1 accounts)? The damaged file is kept." in informative
    assert sorted(buttons) == ["Choose a backup…", "Not now (changes are refused)", "Restore backup"]
    qtbot.waitUntil(lambda: not ctx.db.damaged)
    assert {r.name for r in load_portfolio(ctx.db).rows} == {"Saved AG"}
    create_account(ctx.db, AccountInput(name="Written Again AG"))  # the latch is lifted
    kept = [b for b in store_backup.list_backups(ctx.db.path) if b.reason == "damaged"]
    assert len(kept) == 1
    assert good.exists()
    assert safety.offered is False


def test_a_failed_close_backup_is_shown_to_the_user(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    safety = DataSafety(ctx.db, window)
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(data_safety_module, "_warn", lambda _p, title, text: warned.append((title, text)))
    monkeypatch.setattr(restore_module, "_run_box", lambda box: None)  # the offer: "Not now"
    create_account(ctx.db, AccountInput(name="Changed AG"))

    def failing(_path: Path, **_kwargs: object) -> Path:
        raise StoreError("The backup folder is full.")

    monkeypatch.setattr("kam_desktop.services.backups.store_backup.make_backup", failing)
    assert safety.on_close() is None
    assert warned == [
        (
            "Backup on close failed",
            "The backup made when KAM Desktop closes failed: The backup folder is full.\n\n"
            f"Your saved changes are still in {ctx.db.path}; they are not in a backup yet.",
        )
    ]
