"""The internal edition's phase chips say each phase's real status: the chip under a section's
heading and the summary's "Where the plan stands" row agree with the stored phase, exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop.services.export import export_plan_pdf
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

TABLE_TITLE = {"en": "Where the plan stands", "it": "A che punto è il piano"}
STATUSES = {  # phase -> (status, completed on); action_plan has no row at all
    "strategy": ("done", dt.date(2026, 3, 1)),
    "research": ("done", dt.date(2026, 4, 15)),
    "execution": ("in_progress", None),
    "review": ("not_started", None),
}


def _plan(db: Database) -> int:
    with db.session() as s:
        account = m.Account(name="Chipcheck Srl", status="key")
        s.add(account)
        s.flush()
        plan = m.AccountPlan(
            account_id=account.id, period_start=dt.date(2026, 1, 1), period_end=dt.date(2026, 12, 31)
        )
        s.add(plan)
        s.flush()
        for phase, (status, on) in STATUSES.items():
            s.add(m.PlanPhase(plan_id=plan.id, phase=phase, status=status, completed_on=on))
        return int(account.id)


def _lines(path: Path) -> list[str]:
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("lang", "chips", "table"),
    [
        (
            "en",
            {
                "Strategy": "Phase done (01 Mar 2026)",
                "Research": "Phase done (15 Apr 2026)",
                "Action plan": "Phase not started",
                "Execution": "Phase in progress",
                "Review": "Phase not started",
            },
            [
                "Strategy Done 01 Mar 2026",
                "Research Done 15 Apr 2026",
                "Action plan Not started",
                "Execution In progress",
                "Review Not started",
            ],
        ),
        (
            "it",
            {
                "Strategia": "Fase completata (1 mar 2026)",
                "Ricerca": "Fase completata (15 apr 2026)",  # one line: the chip is as wide as its words
                "Piano d'azione": "Fase non iniziata",
                "Esecuzione": "Fase in corso",
                "Revisione": "Fase non iniziata",
            },
            [
                "Strategia Completata 1 marzo 2026",
                "Ricerca Completata 15 aprile 2026",
                "Piano d'azione Non iniziata",
                "Esecuzione In corso",
                "Revisione Non iniziata",
            ],
        ),
    ],
)
def test_each_section_chip_and_the_summary_say_the_stored_status(
    db: Database, tmp_path: Path, lang: str, chips: dict[str, str], table: list[str]
) -> None:
    account_id = _plan(db)
    out = tmp_path / "internal.pdf"
    export_plan_pdf(db, account_id, "internal", "a4", out, language=lang)
    lines = _lines(out)
    for heading, chip in chips.items():  # the section's heading, then its chip
        at = [i for i, line in enumerate(lines) if line == heading and lines[i + 1].startswith(chip[:4])]
        assert [lines[i + 1] for i in at] == [chip], heading
    # the summary's table: phase, status, completed - three cells a row
    start = max(i for i, line in enumerate(lines) if line == TABLE_TITLE[lang])
    cells = lines[start + 4 : start + 4 + 14]
    rows, k = [], 0
    while len(rows) < 5:
        done = cells[k + 1] in ("Done", "Completata")
        rows.append(" ".join(cells[k : k + (3 if done else 2)]))
        k += 3 if done else 2
    assert rows == table
