"""The command line: user errors are one line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kam_desktop.app import main
from kam_desktop.store.database import open_database


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "kam_desktop", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("KAM Desktop ")


def test_unwritable_location_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", "/proc/no-such-dir/kam.sqlite", "--smoke-test"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("kam-desktop: ")
    assert "Traceback" not in err


def test_newer_database_is_refused_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'zzzz_future'")
    conn.commit()
    conn.close()
    assert main(["--db", str(path), "--smoke-test"]) == 2
    err = capsys.readouterr().err
    assert "newer version" in err and err.count("\n") == 1


def test_unknown_option_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--no-such-option"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments" in err and "Traceback" not in err


def test_demo_smoke_test_and_screenshot_end_to_end(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite"
    result = _run(["demo", "--db", str(db), "--accounts", "12", "--seed", "5"])
    assert result.returncode == 0, result.stderr
    assert "Wrote a demo portfolio of 12 accounts" in result.stdout
    again = _run(["demo", "--db", str(db)])
    assert again.returncode == 2 and "empty" in again.stderr and "Traceback" not in again.stderr
    smoke = _run(["--db", str(db), "--smoke-test"])
    assert smoke.returncode == 0, smoke.stderr
    assert smoke.stdout.startswith("start-up: ")
    png = tmp_path / "portfolio.png"
    shot = _run(["--db", str(db), "--screenshot", str(png), "--view", "portfolio"])
    assert shot.returncode == 0, shot.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bad_view = _run(["--db", str(db), "--screenshot", str(tmp_path / "x.png"), "--view", "nowhere"])
    assert bad_view.returncode == 2 and "Unknown view" in bad_view.stderr
