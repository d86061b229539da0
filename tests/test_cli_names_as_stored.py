"""The command line finds an account by its name in any case, and names it in its messages as it
is stored ("Lumen Telecom GmbH"), not as it was typed ("  lumen telecom gmbh ")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kam_desktop.cli import run
from kam_desktop.services import accounts
from kam_desktop.store.database import open_database


def test_exports_name_the_account_as_stored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "kam.sqlite"
    db = open_database(db_path)
    accounts.create_account(db, accounts.AccountInput(name="Lumen Telecom GmbH"))
    db.close()
    typed = "  lumen TELECOM gmbh "
    plan = tmp_path / "plan.pdf"
    assert (
        run(["export-plan", "--db", str(db_path), "--account", typed, "--lang", "en", "--out", str(plan)])
        == 0
    )
    out = capsys.readouterr().out.strip()
    assert re.fullmatch(
        rf"Wrote the internal edition of the plan for Lumen Telecom GmbH \(\d+ pages?\) to "
        rf"{re.escape(str(plan))} in \d+\.\d s\.",
        out,
    ), out
    brief = tmp_path / "brief.pdf"
    assert (
        run(["export-brief", "--db", str(db_path), "--account", typed, "--lang", "it", "--out", str(brief)])
        == 0
    )
    assert (
        capsys.readouterr().out.strip()
        == f"Scheda incontro per Lumen Telecom GmbH (1 pagina) scritta in {brief}."
    )
