"""Check the frozen build the way a user's machine would run it (`make check-package`).

Starts dist/kam-desktop/kam-desktop in a clean environment - no virtual environment on PATH,
no PYTHONPATH, a fresh HOME - and runs --version, demo, --smoke-test and export-plan (both
editions). Each must exit 0; the PDFs must be valid and carry the account's name. Prints one
line per step and exits non-zero on the first failure.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / "dist" / "kam-desktop" / ("kam-desktop.exe" if os.name == "nt" else "kam-desktop")


def run(args: list[str], env: dict[str, str], cwd: Path) -> str:
    result = subprocess.run(
        [str(EXE), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )
    shown = " ".join(args)
    if result.returncode != 0:
        print(f"FAIL  kam-desktop {shown} -> exit {result.returncode}\n{result.stdout}\n{result.stderr}")
        raise SystemExit(1)
    print(
        f"ok    kam-desktop {shown}: {result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ''}"
    )
    return result.stdout


def _smoke_test_on_x11(db: Path, env: dict[str, str], cwd: Path) -> None:
    """A real X11 window (Xvfb), as on a Linux desktop: the bundled xcb plugin and its libraries."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None or sys.platform != "linux":
        print("skip  real-window start: no Xvfb here")
        return
    display = ":97"
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
    try:
        time.sleep(1.0)  # the server needs a moment before the first client connects
        x11 = {key: value for key, value in env.items() if key != "QT_QPA_PLATFORM"}
        run(["--db", str(db), "--smoke-test"], {**x11, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}, cwd)
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> int:
    if not EXE.is_file():
        print(f"no frozen build at {EXE}: run `make package` first")
        return 1
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory(prefix="kam-frozen-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = {
            "HOME": str(home),
            "PATH": "/usr/bin:/bin",
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": tmp,
        }
        if os.name == "nt":
            env = {**env, "SYSTEMROOT": os.environ.get("SYSTEMROOT", "C:\\Windows")}
        db = Path(tmp) / "demo.sqlite"
        version = run(["--version"], env, Path(tmp))
        if "KAM Desktop" not in version:
            print(f"FAIL  --version printed {version!r}")
            return 1
        run(["demo", "--db", str(db), "--accounts", "12"], env, Path(tmp))
        run(["--db", str(db), "--smoke-test"], env, Path(tmp))
        _smoke_test_on_x11(db, env, Path(tmp))
        with sqlite3.connect(db) as con:
            (name,) = con.execute(
                "SELECT a.name FROM account a JOIN account_plan p ON p.account_id = a.id ORDER BY a.id LIMIT 1"
            ).fetchone()
        for edition in ("internal", "customer"):
            out = Path(tmp) / f"plan-{edition}.pdf"
            run(
                ["export-plan", "--db", str(db), "--account", name, "--edition", edition, "--out", str(out)],
                env,
                Path(tmp),
            )
            reader = PdfReader(str(out))
            text = "".join(page.extract_text() or "" for page in reader.pages)
            if len(reader.pages) < 1 or name not in text:
                print(f"FAIL  the {edition} PDF has {len(reader.pages)} pages and does not name {name!r}")
                return 1
            print(f"ok    {edition} edition: {len(reader.pages)} pages, names the account")
        # Bringing data in and out: charset detection, the money reader (Babel), vCard, iCalendar
        # and time zones all live in packages that must be inside the bundle.
        csv_file = Path(tmp) / "clienti.csv"
        csv_file.write_bytes(
            "Ragione sociale;Fatturato;Settore\r\nCittà Alta S.p.A.;1.250.000,50;Alimentare\r\n".encode(
                "cp1252"
            )
        )
        run(["import-accounts", "--db", str(db), "--from", str(csv_file)], env, Path(tmp))
        with sqlite3.connect(db) as con:
            row = con.execute(
                "SELECT current_revenue_cents FROM account WHERE name = ?", ("Città Alta S.p.A.",)
            ).fetchone()
        if row is None or row[0] != 125_000_050:
            print(f"FAIL  '1.250.000,50' was not stored as 125000050 cents: {row!r}")
            return 1
        print("ok    '1.250.000,50' from an Italian Excel file stored as 125000050 cents")
        vcard = Path(tmp) / "contacts.vcf"
        vcard.write_text(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\nN:Rossi;Anna;;;\r\nORG:Città Alta S.p.A.\r\n"
            "TITLE:Direttrice acquisti\r\nEND:VCARD\r\n",
            encoding="utf-8",
        )
        run(["import-contacts", "--db", str(db), "--from", str(vcard)], env, Path(tmp))
        ics = Path(tmp) / "meetings.ics"
        run(["export-ics", "--db", str(db), "--out", str(ics), "--tz", "Europe/Rome"], env, Path(tmp))
        if not ics.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR"):
            print("FAIL  the calendar file does not start with BEGIN:VCALENDAR")
            return 1
        print("ok    calendar file written")
    print("frozen build: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
