"""Another program holds the database's write lock while the window starts: the window still
opens and its pages load (they only read), no error dialog, no traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kam_desktop.store.database import Database
from tests.gui.shots import assert_real_screenshot


@pytest.mark.parametrize("view", ["program", "team", "accounts"])
def test_pages_load_while_another_program_holds_the_write_lock(
    demo_db: Database, tmp_path: Path, view: str
) -> None:
    path = demo_db.path
    demo_db.close()
    other = sqlite3.connect(path)
    other.isolation_level = None
    other.execute("BEGIN IMMEDIATE")  # held for the whole start (it commits after)
    png = tmp_path / f"{view}.png"
    try:
        # (an error dialog would wait for a click: the timeout turns that into a failure)
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "kam_desktop",
                "--db",
                str(path),
                "--screenshot",
                str(png),
                "--view",
                view,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    finally:
        other.execute("COMMIT")
        other.close()
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert_real_screenshot(png)
