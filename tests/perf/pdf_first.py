"""One process's plan PDF exports, first and warm, as the app makes them (``bench.py`` runs this
in fresh processes, on the compiled copy of the package, and takes medians).

    python tests/perf/pdf_first.py DB [--state dialog|store] [--warm N]

The account: the demo database's richest (the most actions). The timed call is the one the export
dialog's worker makes, ``services.export.export_plan_pdf`` (internal edition, A4, to a file), so
each figure is what the user waits for after pressing Export.

``--state dialog`` (the headline): the store is open and the export dialog's module is imported -
the state of the app when the user presses Export in that dialog. The first export still pays for
everything an export loads on first use: ReportLab and the report modules, the fonts (parsed, or
read back from the user's font cache), the statements compiled for the first time.
``--state prepared``: as ``dialog``, after the steps the dialog runs while it is on screen
(``services.export.first_use_steps``: about 0.2 s once it has been shown).
``--state store``: only the store is open; the first export also pays for the modules the dialog
would have loaded when it opened (the ORM models among them).

Prints one JSON line: first and warm (the fastest of ``--warm`` more exports), wall and CPU seconds.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--state", choices=("dialog", "prepared", "store"), default="dialog")
    parser.add_argument("--warm", type=int, default=2)
    args = parser.parse_args()

    import sqlite3

    with sqlite3.connect(f"file:{args.db}?mode=ro", uri=True) as conn:
        account_id, name = conn.execute(
            "SELECT a.id, a.name FROM account a LEFT JOIN account_plan p ON p.account_id = a.id "
            "LEFT JOIN action x ON x.plan_id = p.id WHERE a.deleted_at IS NULL "
            "GROUP BY a.id ORDER BY COUNT(x.id) DESC, a.id LIMIT 1"
        ).fetchone()
    from kam_desktop.store.database import open_database

    db = open_database(Path(args.db))
    if args.state in ("dialog", "prepared"):
        import kam_desktop.ui.export.export_dialog  # noqa: F401 - what the open dialog has loaded
    if args.state == "prepared":  # what the dialog loads while on screen, before Export is pressed
        from kam_desktop.services.export import first_use_steps

        for step in first_use_steps(plan=True):
            step()
    from kam_desktop.services.export import export_plan_pdf

    walls: list[float] = []
    cpus: list[float] = []
    pages = 0
    with tempfile.TemporaryDirectory(prefix="kam-pdf-") as folder:
        for i in range(1 + args.warm):
            w0, c0 = time.perf_counter(), time.process_time()
            done = export_plan_pdf(db, account_id, "internal", "a4", Path(folder) / f"plan-{i}.pdf")
            walls.append(time.perf_counter() - w0)
            cpus.append(time.process_time() - c0)
            pages = done.pages
    db.close()
    print(
        json.dumps(
            {
                "account": name,
                "pages": pages,
                "first_seconds": round(walls[0], 4),
                "first_cpu_seconds": round(cpus[0], 4),
                "warm_seconds": round(min(walls[1:] or walls), 4),
                "warm_cpu_seconds": round(min(cpus[1:] or cpus), 4),
            }
        )
    )


if __name__ == "__main__":
    sys.exit(main())
