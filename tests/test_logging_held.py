"""The log file is opened after the GUI's first frame: what is logged before is kept and
written first, in order - also when the process ends before the file was opened."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import logging, sys
from kam_desktop.logging_setup import hold_logging, setup_logging
hold_logging()
logging.getLogger("kam_desktop.start").info("held one")
logging.getLogger("kam_desktop.start").warning("held two")
if sys.argv[1] == "open":
    setup_logging()
    logging.getLogger("kam_desktop.start").info("after the file was opened")
"""


def _run(tmp_path: Path, how: str) -> list[str]:
    env = dict(os.environ, KAM_DESKTOP_LOG_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", SCRIPT, how], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # nothing went to the console meanwhile
    return [line.split(": ", 1)[1] for line in (tmp_path / "kam-desktop.log").read_text().splitlines()]


def test_records_logged_before_the_file_is_opened_come_first_in_order(tmp_path: Path) -> None:
    assert _run(tmp_path, "open") == ["held one", "held two", "after the file was opened"]


def test_records_held_until_exit_are_written_at_exit(tmp_path: Path) -> None:
    assert _run(tmp_path, "exit") == ["held one", "held two"]
