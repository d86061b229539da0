"""Texts the app writes into the user's data follow the language: demo, actions, talking points."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from kam_desktop import i18n
from kam_desktop.services.action_plan import spawn_from_objective
from kam_desktop.services.demo import generate_demo
from kam_desktop.services.meeting import build_brief
from kam_desktop.store import models as m
from kam_desktop.store.database import open_database


def _counts(path: Path, language: str) -> tuple[dict[str, int], list[str], list[str]]:
    db = open_database(path)
    try:
        counts = generate_demo(db, accounts=6, seed=3, language=language)
        with db.session() as s:
            industries = sorted(set(s.scalars(select(m.Account.industry))))
            objectives = sorted(s.scalars(select(m.Objective.description)))
    finally:
        db.close()
    return counts, industries, objectives


def test_demo_in_italian_is_the_same_portfolio_in_other_words(tmp_path: Path) -> None:
    it_counts, it_industries, it_objectives = _counts(tmp_path / "it.sqlite", "it")
    en_counts, en_industries, en_objectives = _counts(tmp_path / "en.sqlite", "en")
    assert it_counts == en_counts
    assert len(it_industries) == len(en_industries) and set(it_industries).isdisjoint(
        {"Chemicals", "Healthcare", "Metals", "Telecommunications", "Electronics", "Packaging"}
    )
    assert any(o.startswith("Vendere ") for o in it_objectives)
    assert any(o.startswith("Sell ") for o in en_objectives)
    assert not any(o.startswith(("Sell ", "Open ", "Keep ")) for o in it_objectives)


def test_generated_action_titles_and_talking_points_in_italian(tmp_path: Path) -> None:
    db = open_database(tmp_path / "it.sqlite")
    try:
        generate_demo(db, accounts=6, seed=3, language="it")
        with db.session() as s:
            objective = s.scalars(select(m.Objective).order_by(m.Objective.id)).first()
            assert objective is not None
            plan = s.get(m.AccountPlan, objective.plan_id)
            assert plan is not None
            account_id, plan_id, objective_id = plan.account_id, plan.id, objective.id
            description = objective.description
            assert s.scalar(select(func.count()).select_from(m.Objective)) > 0
        with i18n.using_language("it"):
            action = spawn_from_objective(db, plan_id, objective_id)
            brief = build_brief(db, account_id)
        assert action.title == f"Lavorare per: {description}"
        points = " | ".join(brief.talking_points)
        assert "Aprire porte:" in points or "Ampliare l'offerta:" in points or "Proteggere la base:" in points
        for english in ("Open doors", "Widen the offer", "Protect the base", "Make the case"):
            assert english not in points
        with i18n.using_language("en"):
            assert any(
                p.startswith(("Open doors", "Widen the offer", "Protect the base", "Make the case"))
                for p in build_brief(db, account_id).talking_points
            )
    finally:
        db.close()
