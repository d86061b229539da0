"""A plan stores its language: what the app writes into it and its PDFs follow that language,
whatever the interface's language is when the user works on it (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from kam_desktop import i18n
from kam_desktop.cli import run as cli_main
from kam_desktop.domain.errors import ValidationError
from kam_desktop.services import accounts, action_plan, plans, review, strategy, team
from kam_desktop.services.research import AnswerInput, list_questions, save_answer
from kam_desktop.store import models as m
from kam_desktop.store.database import Database, open_database
from tests.report.factory import pdf_text


def _account(db: Database, name: str = "Rossi Meccanica S.p.A.") -> int:
    return accounts.create_account(db, accounts.AccountInput(name=name)).id


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_database(tmp_path / "plan-language.sqlite")
    yield database
    database.close()


def test_a_new_plan_stores_the_language_in_use_when_it_is_made(db: Database) -> None:
    english = plans.ensure_plan(db, _account(db, "Alpha"))
    with i18n.using_language("it"):
        italian = plans.ensure_plan(db, _account(db, "Beta"))
    assert (english.language, italian.language) == ("en", "it")
    with db.reading() as s:
        stored = dict(s.execute(select(m.AccountPlan.id, m.AccountPlan.language)).all())
    assert stored == {english.id: "en", italian.id: "it"}


def test_an_italian_plan_made_from_an_english_interface_writes_italian(db: Database) -> None:
    account_id = _account(db)
    plan = plans.ensure_plan(db, account_id)  # the interface is English
    assert plans.set_plan_language(db, plan.id, "it").language == "it"
    objective = strategy.save_objective(
        db,
        plan.id,
        strategy.ObjectiveInput(
            growth_focus="penetration",
            description="Diventare il fornitore preferito",
            measurable_target="+20%",
        ),
    )
    assert i18n.language() == "en"
    action = action_plan.spawn_from_objective(db, plan.id, objective.id)
    assert action.title == "Lavorare per: Diventare il fornitore preferito"
    assert action_plan.objective_action_title(db, plan.id, "X") == "Lavorare per: X"
    kpis = review.add_starting_kpis(db, plan.id)
    assert [k.name for k in kpis] == [
        "Crescita del fatturato",
        "Crescita del profitto",
        "Soddisfazione del cliente",
    ]
    # the interface language does not leak into the plan either way
    english_plan = plans.ensure_plan(db, _account(db, "Smith Ltd"))
    with i18n.using_language("it"):
        english_title = action_plan.objective_action_title(db, english_plan.id, "Grow")
    assert english_title == "Work towards: Grow"


def test_research_actions_carry_the_question_in_the_plans_language(db: Database) -> None:
    from kam_desktop.domain.question_bank import load_question_bank

    account_id = _account(db)
    plan = plans.ensure_plan(db, account_id)
    plans.set_plan_language(db, plan.id, "it")
    member = team.create_member(db, team.MemberInput(name="Anna Bianchi"))
    question = list_questions(db, plan.id)[0]
    row = save_answer(
        db,
        plan.id,
        question.key,
        AnswerInput(status="needs_research", owner_id=member.id, due_date="2027-03-31"),
    )
    assert row.answer_id is not None
    created = action_plan.spawn_from_research(db, plan.id, [row.answer_id])
    bank_question = load_question_bank().by_id(question.key)
    with i18n.using_language("it"):
        italian_question = bank_question.text
    assert italian_question != bank_question.text  # the bank has it in both languages
    assert created[0].title == "Scoprire: " + italian_question


def test_a_plan_language_other_than_en_or_it_is_refused(db: Database) -> None:
    plan = plans.ensure_plan(db, _account(db))
    with pytest.raises(ValidationError):
        plans.set_plan_language(db, plan.id, "de")
    assert plans.get_plan(db, plan.account_id).language == "en"  # type: ignore[union-attr]


def test_a_plan_from_before_0005_follows_the_interface_until_chosen(db: Database) -> None:
    plan = plans.ensure_plan(db, _account(db))
    with db.session() as s:
        s.execute(text("UPDATE account_plan SET language = NULL"))
    view = plans.get_plan(db, plan.account_id)
    assert view is not None and (view.language, view.language_chosen) == ("en", False)
    with i18n.using_language("it"):
        assert plans.get_plan(db, plan.account_id).language == "it"  # type: ignore[union-attr]


def test_export_plan_defaults_to_the_plans_language_and_lang_overrides(db: Database, tmp_path: Path) -> None:
    account_id = _account(db)
    plan = plans.ensure_plan(db, account_id)
    plans.set_plan_language(db, plan.id, "it")
    path = db.path
    db.close()
    italian, english = tmp_path / "it.pdf", tmp_path / "en.pdf"
    base = ["export-plan", "--db", str(path), "--account", "Rossi Meccanica S.p.A."]
    assert cli_main([*base, "--out", str(italian)]) == 0
    assert cli_main([*base, "--lang", "en", "--out", str(english)]) == 0
    it_text, en_text = pdf_text(italian), pdf_text(english)
    assert "Strategia" in it_text and "Ricerca" in it_text
    assert "Strategy" not in it_text
    assert "Strategy" in en_text and "Strategia" not in en_text


def test_the_strategy_wizard_sets_the_plans_language_and_export_starts_with_it(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from kam_desktop.domain.enums import Phase
    from kam_desktop.ui.export.export_dialog import ExportDialog
    from kam_desktop.ui.wizards.base import PhaseWizard

    account_id = _account(ctx.db)
    wizard = PhaseWizard(ctx, account_id, Phase.STRATEGY)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.currentPage()
    assert page.plan_language.currentData() == "en"  # a new plan, made from the English interface
    page.plan_language.setFocus()
    page.plan_language.setCurrentIndex(page.plan_language.findData("it"))
    QTest.keyClick(wizard, Qt.Key.Key_Return)  # Next
    view = plans.get_plan(ctx.db, account_id)
    assert view is not None and view.language == "it"
    dialog = ExportDialog("Rossi", plan=True, language=plans.account_plan_language(ctx.db, account_id))
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "it"
