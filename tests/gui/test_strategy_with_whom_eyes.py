"""The Strategy wizard in Italian: a ticked stakeholder under 'Stakeholder mirati' says 'with
whom' (the finish page no longer asks for it), and the field's placeholder says so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kam_desktop.domain.enums import AccountStatus, Phase
from kam_desktop.services import accounts
from kam_desktop.services import stakeholders as sh
from kam_desktop.ui.common import language
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.wizards.base import PhaseWizard


@pytest.fixture(autouse=True)
def _italian_then_english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    language.install_language("it")
    yield
    language.install_language("en")


def _wizard_at(qtbot, ctx: AppContext, account_id: int, key: str) -> PhaseWizard:  # type: ignore[no-untyped-def]
    wizard = PhaseWizard(ctx, account_id, Phase.STRATEGY)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.go_to(key)
    return wizard


def test_a_ticked_stakeholder_says_with_whom(qtbot, prompter, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    account = accounts.create_account(
        ctx.db, accounts.AccountInput("Rossi S.p.A.", current_revenue="2000000")
    )
    accounts.change_status(ctx.db, account.id, AccountStatus.KEY)
    sh.save_stakeholder(ctx.db, account.id, sh.StakeholderInput("Anna Rossi", "COO"))
    wizard = _wizard_at(qtbot, ctx, account.id, "strategy.statement")
    page = wizard.currentPage()
    assert page.with_whom.placeholderText() == (
        "I centri d'acquisto e le persone a cui si rivolge questa strategia, oppure spuntali qui sotto."
    )
    QTest.keyClicks(page.what, "Diventare il partner per la manutenzione")
    QTest.keyClicks(page.why, "Stanno riducendo i fornitori")
    assert page.people.item(0).text() == "Anna Rossi — COO"
    page.people.item(0).setCheckState(Qt.CheckState.Checked)
    wizard.next()  # saves the statement
    assert prompter.asked == []
    status = _wizard_at(qtbot, ctx, account.id, "strategy.finish").currentPage().status.text()
    assert "Manca ancora" in status
    assert "con chi" not in status

    wizard = _wizard_at(qtbot, ctx, account.id, "strategy.statement")
    page = wizard.currentPage()
    page.people.item(0).setCheckState(Qt.CheckState.Unchecked)
    wizard.next()
    status = _wizard_at(qtbot, ctx, account.id, "strategy.finish").currentPage().status.text()
    assert "Di&#x27; con chi: scrivilo, oppure spunta" in status
