"""The account the user works on stays open when the account list reloads: closing a phase
wizard (which announces a change to the accounts) once switched the workspace to the list's last
account while the list still highlighted the first - the next edit would land on the wrong
customer."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from kam_desktop.domain.enums import AccountStatus, Phase
from kam_desktop.services import accounts
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.wizards.base import open_phase_wizard


def _three(ctx: AppContext) -> list[int]:
    ids = []
    for name in ("Alpen Rail AG", "Baltic Steel AB", "Zenith Health Oy"):
        made = accounts.create_account(ctx.db, accounts.AccountInput(name))
        accounts.change_status(ctx.db, made.id, AccountStatus.KEY)
        ids.append(made.id)
    return ids


def _open(qtbot, ctx: AppContext, account_id: int) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_account(account_id, "Strategy")
    return window


def _shown(window: MainWindow) -> tuple[int | None, str]:
    page = window.accounts_page
    return page.workspace.account_id, page.list.currentIndex().data()


def test_a_reload_of_the_account_list_keeps_the_open_account(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    alpen, baltic, _zenith = _three(ctx)
    window = _open(qtbot, ctx, baltic)
    assert _shown(window) == (baltic, "Baltic Steel AB")
    window.accounts_page.list.setFocus()
    ctx.notify(Topic.ACCOUNTS)
    assert _shown(window) == (baltic, "Baltic Steel AB")
    window.open_account(alpen, "Strategy")
    ctx.notify(Topic.ACCOUNTS, Topic.PLAN)
    assert _shown(window) == (alpen, "Alpen Rail AG")


def test_cancelling_a_wizard_keeps_the_account_open(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    _alpen, baltic, _zenith = _three(ctx)
    window = _open(qtbot, ctx, baltic)
    wizard = open_phase_wizard(ctx, baltic, Phase.STRATEGY, window)
    qtbot.waitUntil(wizard.isVisible)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert _shown(window) == (baltic, "Baltic Steel AB")
