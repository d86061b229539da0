"""CSV exports: every account and action, and no cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.export_csv import ACTIONS_HEADER, PORTFOLIO_HEADER, export_csv, neutralise
from kam_desktop.store.database import Database


def _read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the accents right
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_starters_are_neutralised(start: str) -> None:
    assert neutralise(f'{start}HYPERLINK("http://x")') == f'\'{start}HYPERLINK("http://x")'


def test_harmless_cells_are_unchanged() -> None:
    assert neutralise("Alpen AG") == "Alpen AG"
    assert neutralise(None) == ""
    assert neutralise(-5) == "-5"  # numbers we write ourselves are not formulas
    assert neutralise(True) == "yes"


def test_portfolio_export_neutralises_formula_cells(db: Database, tmp_path: Path) -> None:
    evil = ["=1+1", "+SUM(A1:A9)", "-2+3", "@cmd", '=HYPERLINK("http://evil")']
    for index, text in enumerate(evil):
        create_account(db, AccountInput(name=f"Acc {index}", industry=text, region="Nordics"))
    create_account(db, AccountInput(name="=cmd|' /C calc'!A0"))
    out = tmp_path / "portfolio.csv"
    summary = export_csv(db, "portfolio", out)
    rows = _read(out)
    assert rows[0] == list(PORTFOLIO_HEADER)
    assert summary.rows == len(rows) - 1 == 6
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    industries = {row[4] for row in rows[1:]}
    assert {f"'{t}" for t in evil} <= industries
    assert "'=cmd|' /C calc'!A0" in {row[0] for row in rows[1:]}


def test_demo_exports_every_account_and_live_action(demo_db: Database, tmp_path: Path) -> None:
    import sqlite3

    portfolio = tmp_path / "p.csv"
    actions = tmp_path / "a.csv"
    export_csv(demo_db, "portfolio", portfolio)
    export_csv(demo_db, "actions", actions)
    conn = sqlite3.connect(demo_db.path)
    live_accounts = conn.execute("SELECT count(*) FROM account WHERE deleted_at IS NULL").fetchone()[0]
    live_actions = conn.execute(
        "SELECT count(*) FROM action a JOIN account_plan p ON p.id = a.plan_id JOIN account c ON c.id = p.account_id "
        "WHERE a.deleted_at IS NULL AND c.deleted_at IS NULL"
    ).fetchone()[0]
    conn.close()
    assert len(_read(portfolio)) - 1 == live_accounts
    action_rows = _read(actions)
    assert action_rows[0] == list(ACTIONS_HEADER)
    assert len(action_rows) - 1 == live_actions


def test_unknown_export_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        export_csv(db, "everything", tmp_path / "x.csv")
