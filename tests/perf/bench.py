"""Benchmarks, printed as JSON. Not part of the test suite (tests never assert times).

    python -m tests.perf.bench            # all figures
    python -m tests.perf.bench --quick    # smaller databases, for a quick look

Figures:
- start-up seconds and peak memory (MB) of `kam-desktop --smoke-test` on an empty, a 1,000-
  and a 10,000-account demo database, each beside a bare PySide6 window with an empty table
  measured in the same run (the floor), and the ratio;
- portfolio load time and time per filter keystroke on the 10,000-account database;
- demo generation time for 10,000 accounts;
- PDF export of the largest demo account's full plan (seconds, pages per second), when the
  export module is present.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR_SCRIPT = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from PySide6.QtGui import QStandardItemModel
app = QApplication(sys.argv[:1])
w = QMainWindow(); v = QTableView(); v.setModel(QStandardItemModel(0, 12)); w.setCentralWidget(v); w.show()
for _ in range(10): app.processEvents()
print(f"start-up: {time.perf_counter() - t0:.3f} s")
"""

MEASURE = """
import resource, subprocess, sys, time
t0 = time.perf_counter()
out = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - t0
rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"{wall:.4f} {rss_kb} {out.returncode}")
print(out.stdout)
print(out.stderr, file=sys.stderr)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.mkdtemp(prefix="kam-bench-home-")
    env["KAM_DESKTOP_DATA_DIR"] = tmp
    env["KAM_DESKTOP_LOG_DIR"] = tmp
    env["XDG_CONFIG_HOME"] = tmp
    return env


def _measure(cmd: list[str], repeat: int) -> dict[str, float]:
    walls, rss = [], []
    for _ in range(repeat):
        result = subprocess.run(
            [sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, env=_env()
        )
        first = result.stdout.splitlines()[0].split()
        if first[2] != "0":
            raise SystemExit(f"benchmark command failed: {cmd}\n{result.stdout}\n{result.stderr}")
        walls.append(float(first[0]))
        rss.append(int(first[1]) / 1024)
    return {"seconds": round(statistics.median(walls), 3), "peak_mb": round(max(rss), 1)}


def bench_startup(workdir: Path, sizes: list[int], repeat: int) -> dict[str, object]:
    results: dict[str, object] = {}
    app = [sys.executable, "-m", "kam_desktop"]
    for size in sizes:
        db = workdir / f"bench-{size}.sqlite"
        if size:
            subprocess.run(
                [*app, "demo", "--db", str(db), "--accounts", str(size)],
                check=True,
                capture_output=True,
                env=_env(),
            )
        floor = _measure([sys.executable, "-c", FLOOR_SCRIPT], repeat)
        ours = _measure([*app, "--db", str(db), "--smoke-test"], repeat)
        results[f"{size}_accounts"] = {
            "kam_desktop": ours,
            "bare_pyside6_floor": floor,
            "ratio_seconds": round(ours["seconds"] / floor["seconds"], 2),
            "ratio_memory": round(ours["peak_mb"] / floor["peak_mb"], 2),
        }
    return results


def bench_portfolio(workdir: Path, size: int) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kam_desktop.services.demo import generate_demo
    from kam_desktop.services.portfolio import load_portfolio
    from kam_desktop.store.database import open_database
    from kam_desktop.ui.portfolio.model import PortfolioFilterProxy, PortfolioModel

    path = workdir / f"portfolio-{size}.sqlite"
    path.unlink(missing_ok=True)
    db = open_database(path)
    t0 = time.perf_counter()
    generate_demo(db, accounts=size, seed=1)
    demo_seconds = time.perf_counter() - t0
    loads = []
    for _ in range(3):
        t0 = time.perf_counter()
        portfolio = load_portfolio(db)
        loads.append(time.perf_counter() - t0)
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    model = PortfolioModel()
    t0 = time.perf_counter()
    model.set_rows(portfolio.rows)
    proxy = PortfolioFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(model.column_index("score"))
    model_seconds = time.perf_counter() - t0
    keystrokes = []
    typed = ""
    for char in "logistics":
        typed += char
        t0 = time.perf_counter()
        proxy.set_text(typed)
        proxy.rowCount()
        keystrokes.append(time.perf_counter() - t0)
    db.close()
    return {
        "accounts": size,
        "demo_generation_seconds": round(demo_seconds, 2),
        "portfolio_query_seconds": round(statistics.median(loads), 3),
        "model_and_sort_seconds": round(model_seconds, 3),
        "filter_keystroke_ms_median": round(statistics.median(keystrokes) * 1000, 1),
        "filter_keystroke_ms_max": round(max(keystrokes) * 1000, 1),
    }


def bench_export(workdir: Path) -> dict[str, object]:
    try:
        from kam_desktop.services.export import benchmark_export  # type: ignore[attr-defined]
    except ImportError:
        return {"skipped": "the export module is not present"}
    path = workdir / "bench-export.sqlite"
    if not path.exists():
        subprocess.run(
            [sys.executable, "-m", "kam_desktop", "demo", "--db", str(path)],
            check=True,
            capture_output=True,
            env=_env(),
        )
    return dict(benchmark_export(path))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = [0, 200, 1000] if args.quick else [0, 1000, 10_000]
    with tempfile.TemporaryDirectory(prefix="kam-bench-") as tmp:
        workdir = Path(tmp)
        report = {
            "python": sys.version.split()[0],
            "startup": bench_startup(workdir, sizes, args.repeat),
            "portfolio": bench_portfolio(workdir, sizes[-1]),
            "pdf_export": bench_export(workdir),
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
