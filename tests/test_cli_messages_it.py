"""The command line answers in Italian when asked in Italian (`--lang it`), like export-program:
demo, export-plan and export-brief printed English sentences (fresh-eyes report, item 10)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kam_desktop.cli import run


def test_demo_and_exports_speak_italian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.db"
    assert run(["demo", "--db", str(db), "--lang", "it", "--accounts", "3", "--seed", "7"]) == 0
    out = capsys.readouterr().out.strip()
    assert re.fullmatch(
        rf"Portafoglio demo di 3 account \(\d+ righe\) scritto in {re.escape(str(db))} \(\d+,\d s\)\.", out
    )
    name = next(
        n for n in ("Lumen Telecom GmbH", "Delta Water SA", "Vistula Logistics Ltd") if n in _accounts(db)
    )
    plan = tmp_path / "plan.pdf"
    args = ["export-plan", "--db", str(db), "--account", name, "--edition", "customer", "--lang", "it"]
    assert run([*args, "--out", str(plan)]) == 0
    out = capsys.readouterr().out.strip()
    assert re.fullmatch(
        rf"Edizione per il cliente del piano di {re.escape(name)} \(\d+ pagine\) scritta in "
        rf"{re.escape(str(plan))} \(\d+,\d s\)\.",
        out,
    )
    brief = tmp_path / "brief.pdf"
    assert run(["export-brief", "--db", str(db), "--account", name, "--lang", "it", "--out", str(brief)]) == 0
    assert capsys.readouterr().out.strip() == f"Scheda incontro per {name} (1 pagina) scritta in {brief}."
    assert run(["export-brief", "--db", str(db), "--account", name, "--lang", "en", "--out", str(brief)]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote the meeting brief for {name} (1 page) to {brief}."


def _accounts(db: Path) -> list[str]:
    import sqlite3

    con = sqlite3.connect(db)
    names = [n for (n,) in con.execute("select name from account")]
    con.close()
    return names
