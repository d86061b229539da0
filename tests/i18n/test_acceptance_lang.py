"""Acceptance: the Italian demo's richest account exported in Italian has no English label left,
and the same export in English has no Italian one (issue 14)."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kam_desktop.cli import run as cli_main
from kam_desktop.services.demo import generate_demo
from kam_desktop.store import models as m
from kam_desktop.store.database import open_database
from tests.report.factory import pdf_text

CORE_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "core_it.ts"
# words that are the same in both languages, or ordinary Italian words
SHARED = {
    "KPI",
    "Standard",
    "Workshop",
    "Media",
    "Marketing",
    "IT",
    "Finanza",
    "Prob.",
    "Infl.",
    "Rel.",
    "E-mail",
}


def _catalogue(contexts: tuple[str, ...]) -> list[tuple[str, str]]:
    pairs = []
    for ctx in ET.parse(CORE_TS).getroot().iter("context"):
        if ctx.findtext("name") not in contexts:
            continue
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            translation = "".join(msg.find("translation").itertext())  # type: ignore[union-attr]
            pairs.append((source, translation))
    return pairs


def _labels(texts: list[str]) -> list[str]:
    """Texts worth looking for: without placeholders, not shared by both languages."""
    out = []
    for text in texts:
        for part in re.split(r"%\d|%n", text):
            part = part.strip(" :·–-()[],.")
            if (len(part) >= 4 and part not in SHARED and " " in part) or part in {
                "Strategy",
                "Research",
                "Execution",
            }:
                out.append(part)
    return out


def _richest(tmp_path_factory: pytest.TempPathFactory, language: str) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp(language) / "demo.sqlite"
    db = open_database(path)
    try:
        generate_demo(db, accounts=25, seed=7, language=language)
        with db.session() as s:
            stakeholders = (
                select(m.Stakeholder.account_id, func.count().label("n"))
                .group_by(m.Stakeholder.account_id)
                .subquery()
            )
            name = s.scalar(
                select(m.Account.name)
                .join(stakeholders, stakeholders.c.account_id == m.Account.id)
                .where(m.Account.status == "key")
                .order_by(stakeholders.c.n.desc(), m.Account.id)
                .limit(1)
            )
    finally:
        db.close()
    assert name
    return path, str(name)


@pytest.fixture(scope="module")
def italian_demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return _richest(tmp_path_factory, "it")


@pytest.fixture(scope="module")
def english_demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return _richest(tmp_path_factory, "en")


def _export(db: Path, account: str, lang: str, out: Path) -> str:
    assert (
        cli_main(["export-plan", "--db", str(db), "--account", account, "--lang", lang, "--out", str(out)])
        == 0
    )
    return pdf_text(out)


def test_italian_export_has_no_english_label(italian_demo: tuple[Path, str], tmp_path: Path) -> None:
    db, account = italian_demo
    text = _export(db, account, "it", tmp_path / "it.pdf")
    flat = " ".join(text.split())
    for phase in ("Strategia", "Ricerca", "Piano d'azione", "Esecuzione", "Revisione"):
        assert phase in flat
    assert "Responsabile della relazione" in flat or "Esperto tecnico" in flat
    assert re.search(
        r"\d{1,2} (gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) \d{4}",
        flat,
    )
    assert re.search(r"\d{1,3}(\.\d{3})+ EUR", flat)
    assert "Pagina 2 di" in flat
    english = _labels(
        [source for source, _ in _catalogue(("Report", "Enums", "PhaseRules", "Kpi", "Scoring"))]
    )
    left = sorted({label for label in english if label in flat})
    assert left == []


def test_english_export_has_no_italian_label(english_demo: tuple[Path, str], tmp_path: Path) -> None:
    db, account = english_demo
    text = _export(db, account, "en", tmp_path / "en.pdf")
    flat = " ".join(text.split())
    for phase in ("Strategy", "Research", "Action plan", "Execution", "Review"):
        assert phase in flat
    assert re.search(r"\d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}", flat)
    assert re.search(r"\d{1,3}(,\d{3})+ EUR", flat)
    italian = _labels(
        [translation for _, translation in _catalogue(("Report", "Enums", "PhaseRules", "Kpi", "Scoring"))]
    )
    left = sorted({label for label in italian if label in flat})
    assert left == []


def test_italian_customer_edition_labels_and_one_full_stop(tmp_path: Path) -> None:
    """The joint plan's generated labels ("Objective 1", "For <company>") are Italian, and a company
    name ending in a full stop ("S.p.A.") does not get a second one."""
    import datetime as dt

    from kam_desktop.services import clock

    db = tmp_path / "it.sqlite"
    found = None
    clock.pin_today(dt.date(2026, 11, 27))
    try:
        for seed in range(1, 30):  # the first seed whose demo has a joint plan with an "S.p.A."
            db.unlink(missing_ok=True)
            assert cli_main(["demo", "--db", str(db), "--lang", "it", "--seed", str(seed)]) == 0
            conn = sqlite3.connect(db)
            found = conn.execute(
                "SELECT a.name FROM account a JOIN account_plan p ON p.account_id = a.id "
                "WHERE p.joint_version = 2 AND a.name LIKE '%S.p.A.' ORDER BY a.id"
            ).fetchone()
            conn.close()
            if found:
                break
    finally:
        clock.pin_today(None)
    assert found
    (account,) = found
    out = tmp_path / "joint.pdf"
    args = ["export-plan", "--db", str(db), "--account", account, "--edition", "customer", "--lang", "it"]
    assert cli_main([*args, "--out", str(out)]) == 0
    flat = " ".join(pdf_text(out).split())
    assert "Obiettivo 1" in flat
    assert f"Per {account}" in flat
    assert "Objective 1" not in flat and f"For {account}" not in flat
    assert "S.p.A.." not in flat
