"""While the export dialog is on screen, it loads what the session's first export would load after
Export is pressed (the PDF's modules with ReportLab, the read model's, the fonts). Run in a fresh
process: in the test process these modules are long loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
from kam_desktop.ui.export.export_dialog import ExportDialog
from kam_desktop.report import fonts

WATCHED = sys.argv[2:]
def loaded():
    return [name in sys.modules for name in WATCHED] + [fonts._registered]

before = loaded()
dialog = ExportDialog("Acme Rail AG", plan=sys.argv[1] == "plan")
dialog.show()
poll = QTimer()
poll.timeout.connect(lambda: all(loaded()) and app.quit())
poll.start(10)
QTimer.singleShot(60_000, app.quit)  # a guard: the answer is then "not loaded"
app.exec()
print(before, loaded())
"""


@pytest.mark.parametrize(
    ("kind", "modules"),
    [
        (
            "plan",
            ["kam_desktop.report.plan_pdf", "kam_desktop.services.plan_report_joint", "reportlab.platypus"],
        ),
        ("brief", ["kam_desktop.report.brief_pdf", "kam_desktop.services.meeting", "reportlab.platypus"]),
    ],
)
def test_the_open_dialog_loads_what_the_first_export_needs(
    kind: str, modules: list[str], tmp_path: Path
) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        KAM_DESKTOP_LOG_DIR=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path),
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, kind, *modules], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    before, after = done.stdout.strip().splitlines()[-1].split("] [")
    assert before == "[False, False, False, False"  # nothing of it when the dialog was made
    assert after == "True, True, True, True]"  # all of it once the dialog had been on screen
