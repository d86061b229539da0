"""The data-safety subcommands: backup, backups, restore, check, export-json, import-json,
export-csv; and --smoke-test on a damaged file (one line, the problem and the good backup)."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from kam_desktop.app import main
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.store.backup import list_backups
from kam_desktop.store.database import Database, open_database


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kam-desktop: "), err
    assert "Traceback" not in err
    return err


def test_backup_backups_and_restore(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(demo_db.path)
    assert main(["backup", "--db", path]) == 0
    assert "Backed up" in capsys.readouterr().out
    backup = list_backups(demo_db.path)[0].path
    create_account(demo_db, AccountInput(name="After The Backup AG"))

    assert main(["backups", "--db", path]) == 0
    listing = capsys.readouterr().out
    assert backup.name in listing and " 25 " in listing and "Made by you" in listing

    demo_db.close()
    assert main(["restore", "--db", path, "--from", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "previous file was kept" in out
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM account WHERE name = 'After The Backup AG'").fetchone()[0] == 0
    conn.close()
    assert {b.reason for b in list_backups(demo_db.path)} == {"manual", "replaced"}


def test_backups_of_a_database_without_any(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kam.sqlite"
    open_database(path).close()
    assert main(["backups", "--db", str(path)]) == 0
    assert "No backups" in capsys.readouterr().out


def test_restore_from_a_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kam.sqlite"
    open_database(path).close()
    assert main(["restore", "--db", str(path), "--from", str(tmp_path / "nope.sqlite")]) == 2
    _one_line_error(capsys)


def test_check_healthy_and_damaged(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = demo_db.path
    assert main(["check", "--db", str(path)]) == 0
    assert "no problems found" in capsys.readouterr().out
    main(["backup", "--db", str(path)])
    capsys.readouterr()
    demo_db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO kpi (plan_id, name, unit, direction, internal, created_at, updated_at) "
        "VALUES (77777, 'Ghost KPI', '', 'higher_is_better', 0, '2026-01-01', '2026-01-01')"
    )
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(path)]) == 2
    err = _one_line_error(capsys)
    assert "damaged" in err and "kam-desktop restore" in err


def test_smoke_test_on_a_damaged_file_names_the_problem_and_the_good_backup(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = demo_db.path
    main(["backup", "--db", str(path)])
    good = list_backups(path)[0].path
    capsys.readouterr()
    demo_db.close()
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 3 + 17)
    before = path.read_bytes()
    code = main(["--db", str(path), "--smoke-test"])
    assert code == 3  # damage has its own status (app.py), apart from the user errors' 2
    err = _one_line_error(capsys)
    assert "damaged" in err and str(good) in err
    assert path.read_bytes() == before


def test_export_and_import_json(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.json"
    assert main(["export-json", "--db", str(demo_db.path), "--out", str(out)]) == 0
    assert "rows of" in capsys.readouterr().out
    target = tmp_path / "copy.sqlite"
    assert main(["import-json", "--db", str(target), "--from", str(out)]) == 0
    assert "Imported" in capsys.readouterr().out
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM account").fetchone()[0] == 25
    conn.close()
    assert main(["import-json", "--db", str(target), "--from", str(out)]) == 2
    assert "already exists" in _one_line_error(capsys)


def test_export_csv(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kam_desktop.services.export_csv import ACTIONS_HEADER, PORTFOLIO_HEADER, export_csv

    out = tmp_path / "portfolio.csv"
    assert main(["export-csv", "--db", str(demo_db.path), "--what", "portfolio", "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == list(PORTFOLIO_HEADER) and len(rows) == 26
    actions = tmp_path / "actions.csv"
    assert main(["export-csv", "--db", str(demo_db.path), "--what", "actions", "--out", str(actions)]) == 0
    with actions.open(encoding="utf-8-sig", newline="") as fh:
        assert next(csv.reader(fh)) == list(ACTIONS_HEADER)
    # the command writes exactly what the service writes (its cells are pinned in
    # tests/services/test_visible_values.py and test_export_csv.py)
    for what, written in (("portfolio", out), ("actions", actions)):
        export_csv(demo_db, what, tmp_path / f"service-{what}.csv")
        assert written.read_bytes() == (tmp_path / f"service-{what}.csv").read_bytes(), what
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:
        main(["export-csv", "--db", str(demo_db.path), "--what", "everything", "--out", str(out)])
    assert exited.value.code == 2
    assert "invalid choice: 'everything'" in _one_line_error(capsys)


def test_a_missing_database_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(tmp_path / "none.sqlite")]) == 2
    _one_line_error(capsys)


def test_backups_listing_and_export_messages_in_italian(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(demo_db.path)
    assert main(["backup", "--db", path, "--lang", "it"]) == 0
    capsys.readouterr()
    assert main(["backups", "--db", path, "--lang", "it"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Creato", "(UTC)", "Dimensione", "Account", "Tipo", "File"]
    assert "Creato da te" in lines[1] and " 25 " in lines[1]
    demo_db.close()
    out = tmp_path / "portafoglio.csv"
    assert main(["export-csv", "--db", path, "--what", "portfolio", "--out", str(out), "--lang", "it"]) == 0
    assert capsys.readouterr().out.strip() == f"Scritte 25 righe di portfolio in {out}"
