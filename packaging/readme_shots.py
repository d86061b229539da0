"""Render the README's English screenshots from a fresh demo database (``make screenshots``).

The demo's accounts depend on the day it is generated, so the account shown is picked from the
data: the key account whose plan has the most actions, interactions and KPIs."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DB = ROOT / "out" / "shots.sqlite"
DOCS = ROOT / "docs"
RICHEST = """
select a.name from account a join account_plan p on p.account_id = a.id
where a.status = 'key'
order by (select count(*) from action x where x.plan_id = p.id)
       + (select count(*) from interaction i where i.account_id = a.id)
       + (select count(*) from kpi k where k.plan_id = p.id) desc, a.name
limit 1
"""


def main() -> None:
    app = [str(Path(sys.executable).parent / "kam-desktop")]
    for suffix in ("", "-wal", "-shm"):
        Path(f"{DB}{suffix}").unlink(missing_ok=True)
    DB.parent.mkdir(exist_ok=True)
    subprocess.run([*app, "demo", "--db", str(DB)], check=True)
    with sqlite3.connect(DB) as con:
        name = con.execute(RICHEST).fetchone()[0]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    views = {
        "portfolio.png": "portfolio",
        "chart.png": "chart",
        "account.png": f"account:{name}",
        "account-Research.png": f"account:{name}:Research",
        "account-Review.png": f"account:{name}:Review",
        "roles.png": f"roles:{name}",
        "portfolio-roles.png": "portfolio-roles",
        "brief.png": f"brief:{name}",
        "wizard-strategy.png": f"wizard:strategy:{name}",
        "program.png": "program",
    }
    for file, view in views.items():
        subprocess.run(
            [*app, "--db", str(DB), "--screenshot", str(DOCS / file), "--view", view], check=True, env=env
        )
        print(f"docs/{file}: {view}")
    for file, view in {"dark-portfolio.png": "portfolio", "dark-account.png": f"account:{name}"}.items():
        command = [*app, "--db", str(DB), "--screenshot", str(DOCS / file), "--view", view, "--theme", "dark"]
        subprocess.run(command, check=True, env=env)
        print(f"docs/{file}: {view} (dark)")


if __name__ == "__main__":
    main()
